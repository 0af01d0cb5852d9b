//! A sidecar lock file (`FILE.lock`) that marks a session as open for
//! writing, so a second app on the same file is told who has it and offered
//! read-only instead of silently overwriting the first one's work.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

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
        write!(
            f,
            "{}@{} (process {}) since {}",
            self.user, self.host, self.pid, self.since
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{path} is open for writing by {holder}")]
    Held { path: PathBuf, holder: Holder },
    #[error("cannot create lock file {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

/// A held lock; dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
}

impl Lock {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// The lock file that goes with `file`.
pub fn lock_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    file.with_file_name(name)
}

/// Take the lock on `file`. A lock left by a process that no longer runs on
/// this machine is stale and is taken over.
pub fn acquire(file: &Path) -> Result<Lock, LockError> {
    let path = lock_path(file);
    for _ in 0..2 {
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut f) => {
                let me = current_holder();
                let body = format!(
                    "user: {}\nhost: {}\npid: {}\nsince: {}\n",
                    me.user, me.host, me.pid, me.since
                );
                f.write_all(body.as_bytes())
                    .and_then(|_| f.sync_all())
                    .map_err(|source| LockError::Io {
                        path: path.clone(),
                        source,
                    })?;
                return Ok(Lock { path });
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                match read_holder(&path) {
                    Some(h) if !is_stale(&h) => return Err(LockError::Held { path, holder: h }),
                    // Unreadable and fresh: another hkbm is writing it right
                    // now. Treat it as held rather than race it.
                    None if recently_written(&path) => {
                        return Err(LockError::Held {
                            path,
                            holder: Holder {
                                user: "another hkbm".into(),
                                host: "this or another machine".into(),
                                pid: 0,
                                since: "just now".into(),
                            },
                        });
                    }
                    // Stale, or unreadable and old: remove and try once more.
                    _ => {
                        let _ = fs::remove_file(&path);
                    }
                }
            }
            Err(source) => return Err(LockError::Io { path, source }),
        }
    }
    match read_holder(&path) {
        Some(holder) => Err(LockError::Held { path, holder }),
        None => Err(LockError::Io {
            path,
            source: io::Error::other("lock file keeps reappearing"),
        }),
    }
}

/// Who holds the lock on `file`, if anyone.
pub fn holder_of(file: &Path) -> Option<Holder> {
    read_holder(&lock_path(file)).filter(|h| !is_stale(h))
}

fn read_holder(path: &Path) -> Option<Holder> {
    let text = fs::read_to_string(path).ok()?;
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

/// True when `path` was modified in the last few seconds.
fn recently_written(path: &Path) -> bool {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age.as_secs() < 10)
}

/// A lock is stale when it was taken on this machine by a process that has
/// since gone (checked on Linux; elsewhere a lock is cleared by hand). A lock
/// from another machine (a shared folder) is never assumed stale.
fn is_stale(h: &Holder) -> bool {
    h.host == host_name() && !process_alive(h.pid)
}

fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        true
    }
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
        drop(first);
        assert!(!lock_path(&file).exists());
        acquire(&file).unwrap();
    }

    #[test]
    fn a_lock_being_written_right_now_is_not_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        fs::write(lock_path(&file), "").unwrap();
        assert!(matches!(acquire(&file), Err(LockError::Held { .. })));
    }

    #[test]
    fn a_lock_left_by_a_dead_process_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        // A pid far above any real one on this machine.
        let body = format!(
            "user: x\nhost: {}\npid: 4000000000\nsince: 2020-01-01T00:00:00Z\n",
            host_name()
        );
        fs::write(lock_path(&file), body).unwrap();
        assert!(holder_of(&file).is_none());
        let lock = acquire(&file).unwrap();
        assert!(lock.path().exists());
    }
}
