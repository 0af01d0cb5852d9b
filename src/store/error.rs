//! Errors from reading files: always name the file, and the line and column
//! where there is one, so a user can open the file at the right place.

use std::fmt;
use std::path::{Path, PathBuf};

/// A 1-based line and column in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub col: usize,
}

impl Location {
    /// The line and column of byte `offset` in `text` (columns count characters).
    pub fn of_offset(text: &str, offset: usize) -> Location {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Location { line, col }
    }

    /// Where `needle` first occurs in `text`, if it does.
    pub fn of_first(text: &str, needle: &str) -> Option<Location> {
        text.find(needle).map(|i| Location::of_offset(text, i))
    }

    /// Where the `nth` (0-based) occurrence of `needle` is in `text`.
    pub fn of_nth(text: &str, needle: &str, nth: usize) -> Option<Location> {
        text.match_indices(needle)
            .nth(nth)
            .map(|(i, _)| Location::of_offset(text, i))
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A file that could not be used, with where and why.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct FileError {
    pub path: PathBuf,
    pub at: Option<Location>,
    pub message: String,
}

impl FileError {
    pub fn new(path: &Path, message: impl Into<String>) -> Self {
        FileError {
            path: path.to_path_buf(),
            at: None,
            message: message.into(),
        }
    }

    pub fn at(path: &Path, at: Option<Location>, message: impl Into<String>) -> Self {
        FileError {
            path: path.to_path_buf(),
            at,
            message: message.into(),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(at) = self.at {
            write!(f, ":{}:{}", at.line, at.col)?;
        }
        // One line, whatever the message holds.
        let message = self.message.replace(['\n', '\r'], " ");
        write!(f, ": {message}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_lines_and_character_columns() {
        let text = "ab\n中文x\n";
        assert_eq!(Location::of_offset(text, 0), Location { line: 1, col: 1 });
        assert_eq!(Location::of_offset(text, 3), Location { line: 2, col: 1 });
        // 'x' follows two three-byte characters.
        assert_eq!(Location::of_offset(text, 9), Location { line: 2, col: 3 });
    }

    #[test]
    fn display_is_path_line_col_message_on_one_line() {
        let e = FileError::at(
            Path::new("a.ron"),
            Some(Location { line: 3, col: 7 }),
            "bad\nthing",
        );
        assert_eq!(e.to_string(), "a.ron:3:7: bad thing");
    }
}
