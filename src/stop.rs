//! Requests from outside to stop: a hang-up, a termination or an interrupt.
//!
//! On Unix these are the signals SIGHUP (a dropped SSH connection or a closed
//! terminal window), SIGTERM and SIGINT. On Windows they are the console's
//! control events: closing the console window, logging off or shutting down
//! (like a hang-up), Ctrl-Break (like SIGTERM) and Ctrl-C (like SIGINT; in the
//! app's raw mode Ctrl-C arrives as a key instead). Either way the app keeps
//! what is being typed, saves and exits with the same code.

/// Why the app is asked to stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The terminal went away (SIGHUP; a closed console window).
    HangUp,
    /// Asked to end (SIGTERM; Ctrl-Break).
    Terminate,
    /// Interrupted (SIGINT; Ctrl-C outside raw mode).
    Interrupt,
}

impl Stop {
    /// The exit code, as a shell reports death by the matching signal.
    pub fn exit_code(self) -> u8 {
        match self {
            Stop::HangUp => 129,
            Stop::Interrupt => 130,
            Stop::Terminate => 143,
        }
    }
}

/// Catches every stop request from now on and calls `on_stop` for it. On
/// Unix the calls come from a thread of its own that [`Watch::start`]
/// starts (so that starting it can wait until the first frame is out): a
/// request made before then is kept and comes as soon as it starts.
///
/// On Windows, a closed console window ends the process as soon as the
/// handler returns; the handler therefore waits (up to the few seconds
/// Windows allows) until [`stopped`] says the session is saved.
pub fn watch(on_stop: impl Fn(Stop) + Send + Sync + 'static) -> std::io::Result<Watch> {
    imp::watch(on_stop).map(Watch)
}

/// Stop requests caught, waiting for [`Watch::start`] to act on them.
pub struct Watch(imp::Watch);

impl Watch {
    /// Start calling back for the stop requests (those already made first).
    pub fn start(self) {
        self.0.start();
    }
}

/// Tells a waiting console handler that saving is done and it may let
/// Windows end the process. Does nothing on Unix.
pub fn stopped() {
    imp::stopped();
}

#[cfg(unix)]
mod imp {
    use super::Stop;
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;

    /// The signals are caught from [`watch`] on (signal-hook keeps those
    /// that come before the thread reads them).
    pub struct Watch {
        signals: Signals,
        on_stop: Box<dyn Fn(Stop) + Send + Sync>,
    }

    pub fn watch(on_stop: impl Fn(Stop) + Send + Sync + 'static) -> std::io::Result<Watch> {
        Ok(Watch {
            signals: Signals::new([SIGHUP, SIGTERM, SIGINT])?,
            on_stop: Box::new(on_stop),
        })
    }

    impl Watch {
        pub fn start(self) {
            let Watch {
                mut signals,
                on_stop,
            } = self;
            std::thread::spawn(move || {
                for sig in signals.forever() {
                    on_stop(match sig {
                        SIGHUP => Stop::HangUp,
                        SIGINT => Stop::Interrupt,
                        _ => Stop::Terminate,
                    });
                }
            });
        }
    }

    pub fn stopped() {}
}

#[cfg(windows)]
mod imp {
    use super::Stop;
    use std::sync::{Condvar, Mutex, OnceLock};
    use std::time::Duration;
    use windows_sys::Win32::Foundation::{FALSE, TRUE};
    use windows_sys::Win32::System::Console::{
        CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT,
        SetConsoleCtrlHandler,
    };
    use windows_sys::core::BOOL;

    type Callback = Box<dyn Fn(Stop) + Send + Sync>;

    static CALLBACK: OnceLock<Callback> = OnceLock::new();
    /// Set once the session is saved after a stop request.
    static SAVED: (Mutex<bool>, Condvar) = (Mutex::new(false), Condvar::new());

    /// Windows gives a closing console about five seconds.
    const GRACE: Duration = Duration::from_millis(4500);

    unsafe extern "system" fn handler(event: u32) -> BOOL {
        let stop = match event {
            CTRL_C_EVENT => Stop::Interrupt,
            CTRL_BREAK_EVENT => Stop::Terminate,
            CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => Stop::HangUp,
            _ => return FALSE,
        };
        let Some(callback) = CALLBACK.get() else {
            return FALSE;
        };
        callback(stop);
        // Returning lets Windows end the process: wait for the save first.
        let (lock, cvar) = &SAVED;
        if let Ok(guard) = lock.lock() {
            let _ = cvar.wait_timeout_while(guard, GRACE, |saved| !*saved);
        }
        TRUE
    }

    /// The console calls [`handler`] on a thread of its own: nothing to start.
    pub struct Watch;

    impl Watch {
        pub fn start(self) {}
    }

    pub fn watch(on_stop: impl Fn(Stop) + Send + Sync + 'static) -> std::io::Result<Watch> {
        if CALLBACK.set(Box::new(on_stop)).is_err() {
            return Ok(Watch);
        }
        // SAFETY: `handler` is a plain function that lives for the whole
        // program and only touches the statics above.
        if unsafe { SetConsoleCtrlHandler(Some(handler), TRUE) } == 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(Watch)
    }

    pub fn stopped() {
        let (lock, cvar) = &SAVED;
        if let Ok(mut saved) = lock.lock() {
            *saved = true;
            cvar.notify_all();
        }
    }
}
