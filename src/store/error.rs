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
        // One line, whatever the message holds. The separator is the
        // language's own (a full-width colon in Chinese).
        let message = self.message.replace(['\n', '\r'], " ");
        write!(f, "{}{message}", crate::i18n::tr("file-separator"))
    }
}

/// What ron's parse error `e` means, in the language in use. English is
/// ron's own text; elsewhere every error a hand-edited file can produce is
/// said from the catalogue, and ron's text is the fallback for the rest
/// (errors of ron's extensions and raw values, which no hkbm file uses).
pub fn ron_message(e: &ron::error::Error) -> String {
    use ron::error::Error as E;
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return e.to_string();
    }
    let tr = crate::i18n::tr;
    match e {
        E::Eof => tr("file-ron-eof"),
        E::ExpectedArray => tr("file-ron-expected-array"),
        E::ExpectedArrayEnd => tr("file-ron-expected-array-end"),
        E::ExpectedAttribute => tr("file-ron-expected-attribute"),
        E::ExpectedAttributeEnd => tr("file-ron-expected-attribute-end"),
        E::ExpectedBoolean => tr("file-ron-expected-boolean"),
        E::ExpectedComma => tr("file-ron-expected-comma"),
        E::ExpectedChar => tr("file-ron-expected-char"),
        E::ExpectedFloat => tr("file-ron-expected-float"),
        E::FloatUnderscore => tr("file-ron-float-underscore"),
        E::ExpectedInteger => tr("file-ron-expected-integer"),
        E::ExpectedOption => tr("file-ron-expected-option"),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => tr("file-ron-expected-paren-end"),
        E::ExpectedMap => tr("file-ron-expected-map"),
        E::ExpectedMapColon => tr("file-ron-expected-colon"),
        E::ExpectedMapEnd => tr("file-ron-expected-map-end"),
        E::ExpectedDifferentStructName { expected, found } => crate::tr!(
            "file-ron-other-struct-name",
            expected = *expected,
            found = found.as_str()
        ),
        E::ExpectedStructLike => tr("file-ron-expected-paren"),
        E::ExpectedNamedStructLike(name) if !name.is_empty() => {
            crate::tr!("file-ron-expected-named-paren", name = *name)
        }
        E::ExpectedUnit => tr("file-ron-expected-unit"),
        E::ExpectedString => tr("file-ron-expected-string"),
        E::ExpectedStringEnd => tr("file-ron-expected-string-end"),
        E::ExpectedIdentifier => tr("file-ron-expected-identifier"),
        E::InvalidEscape(_) => tr("file-ron-invalid-escape"),
        E::IntegerOutOfBounds => tr("file-ron-integer-out-of-bounds"),
        E::InvalidIntegerDigit { digit, base } => crate::tr!(
            "file-ron-invalid-digit",
            digit = digit.to_string(),
            base = crate::i18n::num(*base)
        ),
        E::UnclosedBlockComment => tr("file-ron-unclosed-comment"),
        E::UnderscoreAtBeginning => tr("file-ron-leading-underscore"),
        E::UnexpectedChar(c) => crate::tr!("file-ron-unexpected-char", char = format!("{c:?}")),
        E::Utf8Error(_) => tr("file-ron-utf8"),
        E::TrailingCharacters => tr("file-ron-trailing"),
        E::InvalidValueForType { expected, found } => crate::tr!(
            "file-ron-wrong-value",
            expected = serde_expected(expected),
            found = serde_found(found)
        ),
        E::ExpectedDifferentLength { expected, found } => crate::tr!(
            "file-ron-wrong-length",
            expected = serde_expected(expected),
            found = crate::i18n::num(*found as f64)
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => crate::tr!(
            "file-ron-unknown-variant",
            found = found.as_str(),
            expected = one_of(expected)
        ),
        E::NoSuchStructField {
            expected, found, ..
        } => crate::tr!(
            "file-ron-unknown-field",
            found = found.as_str(),
            expected = one_of(expected)
        ),
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => crate::tr!(
                "file-ron-missing-field-in",
                field = *field,
                outer = outer.as_str()
            ),
            None => crate::tr!("file-ron-missing-field", field = *field),
        },
        E::DuplicateStructField { field, .. } => {
            crate::tr!("file-ron-duplicate-field", field = *field)
        }
        E::InvalidIdentifier(name) => {
            crate::tr!("file-ron-invalid-identifier", name = format!("{name:?}"))
        }
        E::ExceededRecursionLimit => tr("file-ron-too-deep"),
        E::ExpectedStructName(name) => {
            crate::tr!("file-ron-expected-struct-name", name = name.as_str())
        }
        // Our own messages (already in the language in use), and what no
        // hkbm file can meet: ron's text.
        _ => e.to_string(),
    }
}

/// The names a field or a variant could have been, as a list.
fn one_of(names: &[&str]) -> String {
    if names.is_empty() {
        return crate::i18n::tr("file-ron-none");
    }
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(&crate::i18n::tr("file-list-separator"))
}

/// What serde says a value should be (`a string`, `u8`, `option`…), in
/// the language in use where hkbm's files can ask for it; as it is
/// otherwise (a type's own name).
fn serde_expected(what: &str) -> String {
    let id = match what {
        "a string" | "a borrowed string" | "a char" => "file-value-string",
        "a boolean" => "file-value-boolean",
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" | "isize" => {
            "file-value-integer"
        }
        "f32" | "f64" => "file-value-number",
        "option" => "file-value-option",
        "a sequence" => "file-value-list",
        "a map" => "file-value-map",
        _ if what.starts_with("struct ") || what.starts_with("tuple struct ") => {
            let name = what.rsplit(' ').next().unwrap_or(what);
            return crate::tr!("file-value-struct", name = name);
        }
        _ if what.starts_with("enum ") => {
            let name = what.rsplit(' ').next().unwrap_or(what);
            return crate::tr!("file-value-enum", name = name);
        }
        _ => return what.to_string(),
    };
    crate::i18n::tr(id)
}

/// What ron found instead (`the string "x"`, `the unsigned integer `5``…),
/// in the language in use; as ron says it otherwise.
fn serde_found(found: &str) -> String {
    let quoted = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .map(|v| v.trim_matches('`').to_string())
    };
    let forms: [(&str, &str); 5] = [
        ("the string ", "file-found-string"),
        ("the unsigned integer ", "file-found-integer"),
        ("the signed integer ", "file-found-integer"),
        ("the floating point number ", "file-found-number"),
        ("the boolean ", "file-found-boolean"),
    ];
    for (prefix, id) in forms {
        if let Some(value) = quoted(prefix) {
            return crate::tr!(id, value = value);
        }
    }
    let id = match found {
        "a unit value" => "file-found-unit",
        "an optional value" => "file-found-option",
        "a sequence" => "file-found-list",
        "a map" => "file-found-map",
        "an enum" | "a unit variant" | "a newtype variant" | "a tuple variant"
        | "a struct variant" => "file-found-variant",
        _ => return found.to_string(),
    };
    crate::i18n::tr(id)
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
