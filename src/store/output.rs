//! Writing a command's output to the place the user named with `-o`: `-`
//! is standard output; a regular file (or a new one) is replaced
//! atomically; a device, FIFO or terminal is written to as a stream, never
//! replaced; a symbolic link is followed to the file it names.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::atomic::{resolve_links, write_atomic};
use super::error::FileError;
use super::read::{io_message, not_a_file};

/// Where output went.
#[derive(Debug, PartialEq, Eq)]
pub enum Written {
    /// Standard output (`-o -`).
    Stdout,
    /// A regular file, replaced or created (the real path, links followed).
    File(PathBuf),
    /// A device, FIFO or other stream, written to without replacing it.
    Stream(PathBuf),
}

/// True for the `-` that means standard output.
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Write `bytes` to `path` as described in the module documentation.
/// A new file gets `new_mode` (Unix).
pub fn write_output(path: &Path, bytes: &[u8], new_mode: u32) -> Result<Written, FileError> {
    let fail = |e: io::Error| FileError::new(path, io_message(&e));
    if is_stdout(path) {
        let mut out = io::stdout().lock();
        out.write_all(bytes)
            .and_then(|()| out.flush())
            .map_err(fail)?;
        return Ok(Written::Stdout);
    }
    let real = resolve_links(path).map_err(fail)?;
    match fs::metadata(&real) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(fail(e)),
        Ok(m) if m.is_file() => {}
        Ok(m) if m.is_dir() => {
            return Err(FileError::new(path, crate::i18n::tr("file-is-directory")));
        }
        Ok(m) => {
            // A device, FIFO or socket: write into it as `>` in a shell would.
            let what = not_a_file(&m).unwrap_or_else(|| crate::i18n::tr("file-not-regular"));
            let mut f = fs::OpenOptions::new()
                .write(true)
                .open(&real)
                .map_err(|e| {
                    FileError::new(
                        path,
                        crate::tr!("file-stream-error", what = what, error = io_message(&e)),
                    )
                })?;
            f.write_all(bytes).and_then(|()| f.flush()).map_err(fail)?;
            return Ok(Written::Stream(real));
        }
    }
    write_atomic(&real, bytes, new_mode).map_err(fail)?;
    Ok(Written::File(real))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_or_regular_file_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.md");
        assert_eq!(
            write_output(&p, b"1", 0o600).unwrap(),
            Written::File(p.clone())
        );
        write_output(&p, b"2", 0o600).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"2");
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_output(dir.path(), b"1", 0o600).unwrap_err();
        assert!(e.message.contains("directory"));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_to_not_replaced() {
        let p = Path::new("/dev/null");
        assert_eq!(
            write_output(p, b"x", 0o600).unwrap(),
            Written::Stream(p.to_path_buf())
        );
        use std::os::unix::fs::FileTypeExt;
        assert!(fs::metadata(p).unwrap().file_type().is_char_device());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_followed_to_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.md");
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_output(&link, b"new", 0o600).unwrap();
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
    fn a_fifo_is_written_as_a_stream() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pipe");
        let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let reader = {
            let p = p.clone();
            std::thread::spawn(move || fs::read(p).unwrap())
        };
        assert_eq!(
            write_output(&p, b"hello", 0o600).unwrap(),
            Written::Stream(p.clone())
        );
        assert_eq!(reader.join().unwrap(), b"hello");
        use std::os::unix::fs::FileTypeExt;
        assert!(fs::metadata(&p).unwrap().file_type().is_fifo());
    }
}
