//! Reading a text file defensively: refuse directories, FIFOs, devices,
//! huge files and invalid UTF-8 with a clear message instead of a panic or
//! a stall.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::error::{FileError, Location};
use crate::i18n::tr;

/// Largest file we read. A session with a year of long notes is well under
/// 1 MiB; anything far bigger is not a session file.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A size in bytes as people read it, in MiB (the unit of the limit).
pub fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// The message for a file (or a file about to be written) over the limit.
pub fn too_large_message(bytes: u64) -> String {
    crate::tr!(
        "file-too-large",
        size = mib(bytes),
        limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
    )
}

/// What a path that is not a regular file is, in a user's words, or None
/// for a regular file.
pub fn not_a_file(meta: &fs::Metadata) -> Option<String> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some(tr("file-is-directory"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some(tr("file-is-fifo"));
        }
        if t.is_socket() {
            return Some(tr("file-is-socket"));
        }
        if t.is_char_device() || t.is_block_device() {
            return Some(tr("file-is-device"));
        }
    }
    Some(tr("file-not-regular"))
}

/// Open `path` for reading only if it is a regular file. The type is checked
/// before opening, and again on the open handle (the path may have been
/// swapped in between); on Unix the open does not wait for a FIFO's writer.
pub fn open_regular(path: &Path) -> Result<(fs::File, fs::Metadata), FileError> {
    let meta = fs::metadata(path).map_err(|e| FileError::new(path, io_message(&e)))?;
    if let Some(what) = not_a_file(&meta) {
        return Err(FileError::new(path, what));
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options
        .open(path)
        .map_err(|e| FileError::new(path, io_message(&e)))?;
    let meta = file
        .metadata()
        .map_err(|e| FileError::new(path, io_message(&e)))?;
    if let Some(what) = not_a_file(&meta) {
        return Err(FileError::new(path, what));
    }
    Ok((file, meta))
}

/// Read `path` as UTF-8 text, or say precisely why not.
pub fn read_text(path: &Path) -> Result<String, FileError> {
    let (file, meta) = open_regular(path)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(FileError::new(path, too_large_message(meta.len())));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FileError::new(path, io_message(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::new(path, too_large_message(bytes.len() as u64)));
    }
    text_from_bytes(path, bytes)
}
/// Decode `bytes` as UTF-8, pointing at the first bad byte if it is not.
/// A leading byte-order mark (added by some Windows editors) is dropped.
pub fn text_from_bytes(path: &Path, mut bytes: Vec<u8>) -> Result<String, FileError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        // Everything before the bad byte is valid, so we can count lines in it.
        let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
        let at = Location::of_offset(prefix, prefix.len());
        FileError::at(
            path,
            Some(at),
            crate::tr!("file-not-utf8", byte = format!("0x{:02X}", bytes[good])),
        )
    })
}

/// A short, user-facing description of an I/O error.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => tr("file-not-found"),
        PermissionDenied => tr("file-permission-denied"),
        IsADirectory => tr("file-is-directory"),
        // English says what the system says; other languages have their
        // own words for what a user meets most, and the system's otherwise.
        _ if crate::i18n::lang() == crate::i18n::Lang::En => e.to_string(),
        ReadOnlyFilesystem => tr("file-read-only-filesystem"),
        StorageFull | QuotaExceeded => tr("file-storage-full"),
        AlreadyExists => tr("file-already-exists"),
        NotADirectory => tr("file-not-a-directory"),
        InvalidFilename => tr("file-invalid-name"),
        // A message of ours (a lock file that is a link…), already in the
        // language in use.
        _ if e.get_ref().is_some() => e.to_string(),
        _ => crate::tr!("file-system-error", error = e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_said_in_the_unit_of_the_limit() {
        let m = too_large_message(MAX_FILE_BYTES + 800 * 1024);
        assert_eq!(m, "file is too large (16.8 MiB; the limit is 16 MiB)");
    }

    #[test]
    fn an_oversized_file_is_refused_in_mib() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ron");
        let f = fs::File::create(&path).unwrap();
        f.set_len(MAX_FILE_BYTES + 1).unwrap();
        let e = read_text(&path).unwrap_err();
        assert!(e.message.contains("MiB; the limit is 16 MiB"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.ron");
        let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = read_text(&path).unwrap_err();
        assert!(e.message.contains("FIFO"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused() {
        let e = read_text(Path::new("/dev/null")).unwrap_err();
        assert!(e.message.contains("device"), "{e}");
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_text(dir.path()).unwrap_err();
        assert!(e.message.contains("directory"), "{e}");
    }
}
