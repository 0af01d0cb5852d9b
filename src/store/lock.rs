//! A sidecar lock file (`FILE.lock`) that marks a session as open for
//! writing, so a second app on the same file is told who has it and offered
//! read-only instead of silently overwriting the first one's work.
//!
//! The lock is the operating system's (`File::try_lock`, on Linux, macOS
//! and Windows alike), taken on the lock file; the file's text only says who
//! holds it. A lock file left by a crash, from an earlier boot, or naming
//! our own process id is not locked by anyone, so it never gets in the way.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::i18n::tr;
use crate::model::date::now_timestamp;

/// Who holds a lock, as written in the lock file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub user: String,
    pub host: String,
    pub pid: u32,
    pub since: String,
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!(
            "lock-holder",
            user = self.user.as_str(),
            host = self.host.as_str(),
            pid = self.pid.to_string(),
            since = self.since.as_str()
        ))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{}", crate::tr!("lock-held", path = path.display().to_string(), holder = holder.to_string()))]
    Held { path: PathBuf, holder: Holder },
    #[error("{}", crate::tr!("lock-cannot-create", path = path.display().to_string(), error = io_text(source)))]
    Io { path: PathBuf, source: io::Error },
}

/// What went wrong with the lock file: the system's words in English, the
/// catalogue's elsewhere.
fn io_text(e: &io::Error) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        e.to_string()
    } else {
        super::read::io_message(e)
    }
}

/// A held lock: an operating-system lock on the lock file, which the system
/// releases when the process ends however it ends (a crash, a kill, a power
/// cut), so a lock can never be left behind. Dropping it removes the lock
/// file (Unix) or empties it (elsewhere), then releases the lock.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    file: fs::File,
}

impl Lock {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked: an opener that opened this file just
        // before sees, once it gets the lock, that the name no longer leads
        // to it and starts over (see `same_file`).
        #[cfg(unix)]
        let _ = fs::remove_file(&self.path);
        #[cfg(not(unix))]
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

pub use super::names::lock_path;

/// Take the lock on `file`, which should be the real path (symbolic links
/// resolved) so that two names of one file share one lock. Who holds it is
/// written into the lock file for others to read; what a lock file says
/// never blocks by itself: only a live lock does.
pub fn acquire(file: &Path) -> Result<Lock, LockError> {
    let path = lock_path(file);
    let io_err = |source| LockError::Io {
        path: path.clone(),
        source,
    };
    // A few rounds at most: each restart means another process removed the
    // lock file between our open and our lock.
    for _ in 0..8 {
        // The lock is held through a read-only handle: an open writable
        // file would stop the system remounting the folder read-only, and
        // locking needs no more. The file is made first if need be, without
        // emptying what a holder wrote in it.
        open_lock_file(&path, Mode::Create).map_err(io_err)?;
        let f = match open_lock_file(&path, Mode::Read) {
            Ok(f) => f,
            // Removed by a holder letting go just now: start over.
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(io_err(e)),
        };
        match f.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                let holder = read_holder(&path).unwrap_or_else(unknown_holder);
                return Err(LockError::Held { path, holder });
            }
            Err(fs::TryLockError::Error(e)) => return Err(io_err(e)),
        }
        if !same_file(&f, &path) {
            continue;
        }
        let me = current_holder();
        let body = format!(
            "user: {}\nhost: {}\npid: {}\nsince: {}\n",
            me.user, me.host, me.pid, me.since
        );
        // Who holds it is only information for others: a failure to write
        // it does not undo the lock.
        let _ = write_holder(&f, &path, &body);
        return Ok(Lock { path, file: f });
    }
    Err(io_err(io::Error::other(tr("lock-keeps-replaced"))))
}

/// Write who holds the lock into the lock file. The text is written over
/// the old and then cut to its length, never emptied first: a file emptied
/// by opening it (`O_TRUNC`) is written out to disk as it is closed (ext4
/// does so to protect replaced files), which would delay the first frame.
#[cfg(unix)]
fn write_holder(_: &fs::File, path: &Path, body: &str) -> io::Result<()> {
    use std::io::Write;
    let mut f = open_lock_file(path, Mode::Rewrite)?;
    f.write_all(body.as_bytes())?;
    f.set_len(body.len() as u64)
}

/// On Windows through the locked handle (another handle may not write).
#[cfg(not(unix))]
fn write_holder(f: &fs::File, _: &Path, body: &str) -> io::Result<()> {
    use std::io::Write;
    f.set_len(0)?;
    let mut w = f;
    w.write_all(body.as_bytes())
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Make the file if there is none; leave its text alone.
    Create,
    /// Open to lock it.
    Read,
    /// Write its text anew (only while holding the lock; Unix).
    #[cfg_attr(not(unix), allow(dead_code))]
    Rewrite,
}

/// Open the lock file, which must be a regular file: a symbolic link, FIFO
/// or device planted under its name is refused, never followed (writing the
/// holder's name must not overwrite some other file) nor waited on.
fn open_lock_file(path: &Path, mode: Mode) -> io::Result<fs::File> {
    let mut o = OpenOptions::new();
    match mode {
        Mode::Create => o.write(true).create(true).truncate(false),
        // Windows locks are mandatory: the holder must write its name
        // through the locked handle itself, so there it is writable too (a
        // writable handle stops nothing there).
        Mode::Read => o.read(true).write(cfg!(not(unix))),
        Mode::Rewrite => o.write(true).truncate(false),
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(io::Error::other(tr("lock-is-link")));
    }
    let f = o.open(path).map_err(|e| {
        // O_NOFOLLOW on a link fails with ELOOP, a FIFO with ENXIO: say
        // what they mean.
        match fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => io::Error::other(tr("lock-is-symlink")),
            Ok(m) if !m.is_file() => io::Error::other(tr("lock-not-regular")),
            _ => e,
        }
    })?;
    if !f.metadata()?.is_file() {
        return Err(io::Error::other(tr("lock-not-regular")));
    }
    Ok(f)
}

/// True when `path` still names the file open as `f`.
#[cfg(unix)]
fn same_file(f: &fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (f.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Elsewhere the lock file is never removed, so the name always leads to it.
#[cfg(not(unix))]
fn same_file(_: &fs::File, _: &Path) -> bool {
    true
}

fn unknown_holder() -> Holder {
    Holder {
        user: tr("lock-unknown-user"),
        host: tr("lock-unknown-host"),
        pid: 0,
        since: tr("lock-unknown-since"),
    }
}

/// Who holds the lock on `file`, if anyone (a lock file nobody has locked
/// says nothing).
pub fn holder_of(file: &Path) -> Option<Holder> {
    let path = lock_path(file);
    let f = open_lock_file(&path, Mode::Read).ok()?;
    match f.try_lock_shared() {
        Ok(()) => {
            let _ = f.unlock();
            None
        }
        Err(_) => Some(read_holder(&path).unwrap_or_else(unknown_holder)),
    }
}

fn read_holder(path: &Path) -> Option<Holder> {
    let text = io::read_to_string(open_lock_file(path, Mode::Read).ok()?).ok()?;
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(": "))
            .map(str::to_string)
    };
    Some(Holder {
        user: field("user")?,
        host: field("host")?,
        pid: field("pid")?.parse().ok()?,
        since: field("since").unwrap_or_default(),
    })
}

fn current_holder() -> Holder {
    Holder {
        user: std::env::var("USER")
            .or_else(|_| std::env::var("USERNAME"))
            .unwrap_or_else(|_| "someone".into()),
        host: host_name(),
        pid: std::process::id(),
        since: now_timestamp(),
    }
}

fn host_name() -> String {
    fs::read_to_string("/etc/hostname")
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "this machine".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_writer_is_told_who_holds_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        let first = acquire(&file).unwrap();
        match acquire(&file) {
            Err(LockError::Held { holder, .. }) => assert_eq!(holder.pid, std::process::id()),
            other => panic!("expected Held, got {other:?}"),
        }
        assert_eq!(holder_of(&file).unwrap().pid, std::process::id());
        drop(first);
        #[cfg(unix)]
        assert!(!lock_path(&file).exists());
        assert!(holder_of(&file).is_none());
        acquire(&file).unwrap();
    }

    fn stale_lock(file: &Path, pid: u32) {
        let body = format!(
            "user: x\nhost: {}\npid: {pid}\nsince: 2020-01-01T00:00:00Z\n",
            host_name()
        );
        fs::write(lock_path(file), body).unwrap();
    }

    #[test]
    fn a_lock_file_left_by_a_dead_process_is_no_obstacle() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        stale_lock(&file, 4_000_000_000);
        assert!(holder_of(&file).is_none());
        let lock = acquire(&file).unwrap();
        assert!(lock.path().exists());
    }

    #[test]
    fn a_longer_text_left_in_the_lock_file_is_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        let left = format!("{}\n", "user: someone with a very long name ".repeat(20));
        fs::write(lock_path(&file), &left).unwrap();
        let _lock = acquire(&file).unwrap();
        let text = fs::read_to_string(lock_path(&file)).unwrap();
        assert!(text.len() < left.len(), "{text}");
        assert!(text.starts_with("user: ") && text.ends_with('\n'), "{text}");
        assert!(!text.contains("very long name"), "{text}");
        assert_eq!(holder_of(&file).map(|h| h.pid), Some(std::process::id()));
    }

    #[test]
    fn a_lock_file_naming_our_own_process_is_no_obstacle() {
        // A container restarted after a kill: hkbm is process 1 again and
        // finds a lock file that names process 1.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        stale_lock(&file, std::process::id());
        assert!(holder_of(&file).is_none());
        acquire(&file).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_lock_file_planted_as_a_link_is_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        let victim = dir.path().join("important.txt");
        fs::write(&victim, "keep me").unwrap();
        std::os::unix::fs::symlink(&victim, lock_path(&file)).unwrap();
        let e = acquire(&file).unwrap_err();
        assert!(e.to_string().contains("symbolic link"), "{e}");
        assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me");
    }

    #[cfg(unix)]
    #[test]
    fn a_lock_file_planted_as_a_fifo_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        let c = std::ffi::CString::new(lock_path(&file).to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = acquire(&file).unwrap_err();
        assert!(e.to_string().contains("not a regular file"), "{e}");
        assert!(holder_of(&file).is_none());
    }

    #[test]
    fn an_empty_lock_file_is_no_obstacle() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        fs::write(lock_path(&file), "").unwrap();
        acquire(&file).unwrap();
    }

    #[test]
    fn of_many_openers_at_once_on_a_stale_lock_exactly_one_can_write() {
        for round in 0..30 {
            let dir = tempfile::tempdir().unwrap();
            let file = dir.path().join("s.ron");
            stale_lock(&file, 4_000_000_000);
            let barrier = std::sync::Barrier::new(8);
            let locks: Vec<Option<Lock>> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..8)
                    .map(|_| {
                        let (file, barrier) = (&file, &barrier);
                        s.spawn(move || {
                            barrier.wait();
                            acquire(file).ok()
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            let held = locks.iter().filter(|l| l.is_some()).count();
            assert_eq!(held, 1, "round {round}");
        }
    }

    #[test]
    fn openers_racing_a_release_never_both_hold() {
        // One side releases and takes again in a loop while another keeps
        // trying: at no moment may both hold the lock.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        let holders = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for _ in 0..200 {
                        if let Ok(lock) = acquire(&file) {
                            let now = holders.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                            assert_eq!(now, 0, "two holders at once");
                            holders.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
                            drop(lock);
                        }
                    }
                });
            }
        });
    }
}
