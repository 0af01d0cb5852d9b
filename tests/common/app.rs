//! The real app in a pseudo-terminal, for the end-to-end tests.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub struct App {
    pub child: Box<dyn Child + Send + Sync>,
    pub writer: Box<dyn Write + Send>,
    pub screen: Arc<Mutex<vt100::Parser>>,
    /// Bytes the app has written to the terminal so far.
    pub bytes: Arc<Mutex<usize>>,
    pub master: Box<dyn MasterPty + Send>,
}

impl App {
    pub fn start(file: &Path, env: &[(&str, &str)]) -> App {
        App::start_args(&[file.to_str().unwrap()], env)
    }

    pub fn start_args(args: &[&str], env: &[(&str, &str)]) -> App {
        App::start_program(env!("CARGO_BIN_EXE_hkbm"), args, env)
    }

    /// `program` (the app, or e.g. Wine running the Windows build) with
    /// `args` in an 80×24 pseudo-terminal.
    pub fn start_program(program: &str, args: &[&str], env: &[(&str, &str)]) -> App {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_CTYPE");
        cmd.env_remove("LC_MESSAGES");
        cmd.env("LANG", "C.UTF-8");
        // Never a real user's configuration.
        cmd.env("XDG_CONFIG_HOME", "/nonexistent/hkbm-test-config");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(24).unwrap(),
            std::num::NonZeroU16::new(80).unwrap(),
            0,
        )));
        let feed = screen.clone();
        let bytes = Arc::new(Mutex::new(0));
        let count = bytes.clone();
        thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
                *count.lock().unwrap() += n;
            }
        });
        App {
            child,
            writer,
            screen,
            bytes,
            master: pty.master,
        }
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Wait until the screen shows `text` (10 s at most, then fail).
    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if self.contents().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "screen never showed {text:?}; it shows:\n{}",
            self.contents()
        );
    }

    pub fn send(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Let a lone Esc arrive on its own, not as the start of a sequence.
        thread::sleep(Duration::from_millis(60));
    }

    /// Write bytes at once, without waiting (to race the app).
    pub fn writer_send(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Wait for the process to end; its exit code.
    pub fn wait_exit(&mut self, limit: Duration) -> (u32, Duration) {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status.exit_code(), start.elapsed());
            }
            thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        panic!(
            "the app did not exit within {limit:?}; the screen shows:\n{}",
            self.contents()
        );
    }
}
