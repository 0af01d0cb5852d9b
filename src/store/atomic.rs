//! Atomic replacement of a file: a reader (or a crash, a kill, a dropped SSH
//! connection) sees either the old file or the new one, never half of one.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Write `bytes` to `path` atomically: a temporary file in the same folder,
/// flushed and fsynced, renamed over `path`, then the folder fsynced so the
/// rename itself survives a power cut.
///
/// A symbolic link is followed: the file it points to is replaced and the
/// link stays a link. An existing file keeps its permissions; a new one gets
/// `new_mode` (Unix).
pub fn write_atomic(path: &Path, bytes: &[u8], new_mode: u32) -> io::Result<()> {
    replace(&resolve_links(path)?, bytes, new_mode)
}

/// Like [`write_atomic`], but whatever is at `path` itself is replaced, a
/// symbolic link included: for files hkbm owns (recovery files), where a
/// link planted under the name must not lead the write elsewhere.
pub fn replace(path: &Path, bytes: &[u8], new_mode: u32) -> io::Result<()> {
    let tmp = filled_temp(path, bytes, new_mode)?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(folder_of(path));
    Ok(())
}

/// Create `path` with `bytes`, atomically and only if nothing is there yet:
/// of several processes creating the same file at once, exactly one
/// succeeds; the others get `AlreadyExists` and nothing of theirs is written.
pub fn write_new(path: &Path, bytes: &[u8], new_mode: u32) -> io::Result<()> {
    let tmp = filled_temp(path, bytes, new_mode)?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_dir(folder_of(path));
    Ok(())
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// A temporary file beside `path` holding `bytes`, synced to disk.
fn filled_temp(path: &Path, bytes: &[u8], new_mode: u32) -> io::Result<tempfile::NamedTempFile> {
    if path.file_name().is_none() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            crate::i18n::tr("file-no-name"),
        ));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(&super::names::temp_prefix(path))
        .suffix(".tmp")
        .tempfile_in(folder_of(path))?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    set_mode(tmp.as_file(), path, new_mode)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// The path a chain of symbolic links at `path` ends at (`path` itself when
/// it is not a link). A link to a file that does not exist yet gives the
/// path the file will be created at.
pub fn resolve_links(path: &Path) -> io::Result<std::path::PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = folder_of(&current).join(target);
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(crate::i18n::tr("file-link-loop")))
}

#[cfg(unix)]
fn set_mode(file: &fs::File, target: &Path, new_mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = match fs::metadata(target) {
        Ok(m) => m.permissions().mode() & 0o7777,
        Err(_) => new_mode,
    };
    file.set_permissions(fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_: &fs::File, _: &Path, _: u32) -> io::Result<()> {
    Ok(())
}

/// Make a rename durable. Best effort: some file systems refuse to sync a
/// folder, and the rename has already happened.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        write_atomic(&path, b"one", 0o600).unwrap();
        write_atomic(&path, b"two", 0o600).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_name_of_250_bytes_can_be_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{}.ron", "n".repeat(246)));
        write_atomic(&path, b"one", 0o600).unwrap();
        write_atomic(&path, b"two", 0o600).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_followed_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("archive")).unwrap();
        let real = dir.path().join("archive/2025-26.ron");
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("current.ron");
        std::os::unix::fs::symlink("archive/2025-26.ron", &link).unwrap();
        write_atomic(&link, b"new", 0o600).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn replace_does_not_write_through_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "keep").unwrap();
        let rec = dir.path().join("s.ron.recovery.ron");
        std::os::unix::fs::symlink(&victim, &rec).unwrap();
        replace(&rec, b"recovered", 0o600).unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"keep");
        assert_eq!(fs::read(&rec).unwrap(), b"recovered");
    }

    #[test]
    fn creating_is_exclusive_among_many_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("same.ron");
        let barrier = std::sync::Barrier::new(8);
        let won: Vec<bool> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8u8)
                .map(|i| {
                    let (path, barrier) = (&path, &barrier);
                    s.spawn(move || {
                        barrier.wait();
                        write_new(path, &[b'0' + i], 0o600).is_ok()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(won.iter().filter(|w| **w).count(), 1);
        let winner = won.iter().position(|w| *w).unwrap() as u8;
        assert_eq!(fs::read(&path).unwrap(), [b'0' + winner]);
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp files left"
        );
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_private_and_existing_modes_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        write_atomic(&path, b"one", 0o600).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"two", 0o600).unwrap();
        assert_eq!(mode(&path), 0o640);
    }
}
