//! Reading a text file defensively: refuse directories, huge files and
//! invalid UTF-8 with a clear message instead of a panic or a stall.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::error::{FileError, Location};

/// Largest file we read. A session with a year of long notes is well under
/// 1 MB; anything far bigger is not a session file.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Read `path` as UTF-8 text, or say precisely why not.
pub fn read_text(path: &Path) -> Result<String, FileError> {
    let meta = fs::metadata(path).map_err(|e| FileError::new(path, io_message(&e)))?;
    if meta.is_dir() {
        return Err(FileError::new(path, "is a directory, not a file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(FileError::new(
            path,
            format!(
                "file is too large ({:.1} MB; the limit is {} MB)",
                meta.len() as f64 / 1_000_000.0,
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| FileError::new(path, io_message(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::new(path, "file is too large"));
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
            format!(
                "not valid UTF-8 text (byte 0x{:02X}); save the file as UTF-8",
                bytes[good]
            ),
        )
    })
}

/// A short, user-facing description of an I/O error.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "is a directory, not a file".into(),
        _ => e.to_string(),
    }
}
