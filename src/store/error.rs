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
/// ron's own text; elsewhere every error a hand-edited hkbm file can produce
/// is said from the catalogue, and ron's text is the fallback for the rest
/// (what only other uses of RON meet: byte strings, raw values, extensions).
pub fn ron_message(e: &ron::error::Error) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return e.to_string();
    }
    ron_catalogue(e).map_or_else(|| e.to_string(), |(_, text)| text)
}

/// The catalogue's message for ron's error `e`, with its id; None for what
/// no hkbm file can meet (and our own messages, already in the language in
/// use).
fn ron_catalogue(e: &ron::error::Error) -> Option<(&'static str, String)> {
    use crate::tr;
    use ron::error::Error as E;
    let plain = |id: &'static str| Some((id, crate::i18n::tr(id)));
    match e {
        E::Eof => plain("file-ron-eof"),
        E::ExpectedArray => plain("file-ron-expected-array"),
        E::ExpectedAttribute => plain("file-ron-expected-attribute"),
        E::ExpectedAttributeEnd => plain("file-ron-expected-attribute-end"),
        E::ExpectedBoolean => plain("file-ron-expected-boolean"),
        E::ExpectedComma => plain("file-ron-expected-comma"),
        E::ExpectedFloat => plain("file-ron-expected-float"),
        E::FloatUnderscore => plain("file-ron-float-underscore"),
        E::ExpectedInteger => plain("file-ron-expected-integer"),
        E::ExpectedOption => plain("file-ron-expected-option"),
        E::ExpectedOptionEnd => plain("file-ron-expected-option-end"),
        E::ExpectedStructLikeEnd => plain("file-ron-expected-paren-end"),
        E::ExpectedMap => plain("file-ron-expected-map"),
        E::ExpectedMapColon => plain("file-ron-expected-colon"),
        E::ExpectedDifferentStructName { expected, found } => Some((
            "file-ron-other-struct-name",
            tr!(
                "file-ron-other-struct-name",
                expected = *expected,
                found = found.as_str()
            ),
        )),
        E::ExpectedStructLike => plain("file-ron-expected-paren"),
        E::ExpectedNamedStructLike(name) if !name.is_empty() => Some((
            "file-ron-expected-named-paren",
            tr!("file-ron-expected-named-paren", name = *name),
        )),
        E::ExpectedString => plain("file-ron-expected-string"),
        E::ExpectedStringEnd => plain("file-ron-expected-string-end"),
        E::ExpectedIdentifier => plain("file-ron-expected-identifier"),
        E::SuggestRawIdentifier(name) => Some((
            "file-ron-bad-field-name",
            tr!("file-ron-bad-field-name", name = name.as_str()),
        )),
        E::InvalidEscape(_) => plain("file-ron-invalid-escape"),
        E::IntegerOutOfBounds => plain("file-ron-integer-out-of-bounds"),
        E::InvalidIntegerDigit { digit, base } => Some((
            "file-ron-invalid-digit",
            tr!(
                "file-ron-invalid-digit",
                digit = format!("{digit:?}"),
                base = crate::i18n::num(*base)
            ),
        )),
        E::UnclosedBlockComment => plain("file-ron-unclosed-comment"),
        E::UnderscoreAtBeginning => plain("file-ron-leading-underscore"),
        E::UnexpectedChar(c) => Some((
            "file-ron-unexpected-char",
            tr!("file-ron-unexpected-char", char = format!("{c:?}")),
        )),
        E::TrailingCharacters => plain("file-ron-trailing"),
        // The two days of a term in the configuration: `("09-01", "01-31")`.
        E::ExpectedDifferentLength { expected, found } => {
            let size = expected.strip_prefix("a tuple of size ")?;
            Some((
                "file-ron-wrong-length",
                tr!(
                    "file-ron-wrong-length",
                    expected = size.to_string(),
                    found = crate::i18n::num(*found as f64)
                ),
            ))
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer: Some(outer),
        } => Some((
            "file-ron-unknown-variant",
            tr!(
                "file-ron-unknown-variant",
                found = found.as_str(),
                outer = outer.as_str(),
                expected = names(expected)
            ),
        )),
        E::NoSuchStructField {
            expected,
            found,
            outer: Some(outer),
        } => Some((
            "file-ron-unknown-field",
            tr!(
                "file-ron-unknown-field",
                found = found.as_str(),
                outer = outer.as_str(),
                expected = names(expected)
            ),
        )),
        E::MissingStructField {
            field,
            outer: Some(outer),
        } => Some((
            "file-ron-missing-field",
            tr!(
                "file-ron-missing-field",
                field = *field,
                outer = outer.as_str()
            ),
        )),
        E::DuplicateStructField {
            field,
            outer: Some(outer),
        } => Some((
            "file-ron-duplicate-field",
            tr!(
                "file-ron-duplicate-field",
                field = *field,
                outer = outer.as_str()
            ),
        )),
        E::ExceededRecursionLimit => plain("file-ron-too-deep"),
        _ => None,
    }
}

/// The names a field or a variant could have been, as a list.
fn names(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(&crate::i18n::tr("file-list-separator"))
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

    /// What a hand-edited file can get wrong, file by file, and the ron
    /// error it gives: every error the catalogue says in Chinese is reached
    /// by a real malformed file, read by the loader a user's file goes
    /// through.
    #[test]
    fn every_ron_error_said_in_chinese_is_met_by_a_real_malformed_file() {
        use crate::i18n::{Lang, Part, ids_of, scoped};
        use ron::error::Error as E;
        let session = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/sessions/lantau-bay-college-2025-26.ron"
        ))
        .unwrap();
        let benchmark =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/bm01.ron"))
                .unwrap();
        let s = |from: &str, to: &str| {
            assert!(session.contains(from), "{from}");
            session.replacen(from, to, 1)
        };
        let b = |from: &str, to: &str| {
            assert!(benchmark.contains(from), "{from}");
            benchmark.replacen(from, to, 1)
        };
        enum File {
            Session(String),
            Benchmark(String),
            Config(&'static str),
        }
        use File::*;
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        /// A malformed file and the error ron is to give for it.
        type Case = (File, fn(&E) -> bool);
        let cases: Vec<Case> = vec![
            (
                Session(session[..session.find("    baseline:").unwrap()].to_string()),
                |e| matches!(e, E::Eof),
            ),
            (
                Session(s("dates: [\"2025-09-05\"]", "dates: \"2025-09-05\"")),
                |e| matches!(e, E::ExpectedArray),
            ),
            (Session(format!("#!x\n{session}")), |e| {
                matches!(e, E::ExpectedAttribute)
            }),
            (
                Session(format!("#![enable(implicit_some)\n{session}")),
                |e| matches!(e, E::ExpectedAttributeEnd),
            ),
            (Config("(mouse: 5)"), |e| matches!(e, E::ExpectedBoolean)),
            (Session(s("version: 2,", "version: 2")), |e| {
                matches!(e, E::ExpectedComma)
            }),
            (Session(s("score: Some(45.5)", "score: Some(x)")), |e| {
                matches!(e, E::ExpectedFloat)
            }),
            (Session(s("score: Some(45.5)", "score: Some(45._5)")), |e| {
                matches!(e, E::FloatUnderscore)
            }),
            (Session(s("version: 2,", "version: \"2\",")), |e| {
                matches!(e, E::ExpectedInteger)
            }),
            (
                Session(s("target_percent: Some(75)", "target_percent: 75")),
                |e| matches!(e, E::ExpectedOption),
            ),
            (Session(s("rating: Some(3)", "rating: Some(3.5)")), |e| {
                matches!(e, E::ExpectedOptionEnd)
            }),
            (
                Config("(terms: {\"Autumn\": (\"09-01\", \"12-20\", \"x\")})"),
                |e| matches!(e, E::ExpectedStructLikeEnd),
            ),
            (Session(s("measured: {", "measured: [")), |e| {
                matches!(e, E::ExpectedMap)
            }),
            (
                Session(s("{\"policy_review\": 1.0}", "{\"policy_review\" 1.0}")),
                |e| matches!(e, E::ExpectedMapColon),
            ),
            (Session(s("ContentRef(", "Content(")), |e| {
                matches!(e, E::ExpectedDifferentStructName { .. })
            }),
            (
                Benchmark(b("kind: Count(per: \"three years\")", "kind: Count")),
                |e| matches!(e, E::ExpectedStructLike),
            ),
            (
                Session(s(
                    "content: ContentRef(id: \"hkbm\", version: \"2.0.0\")",
                    "content: \"hkbm\"",
                )),
                |e| matches!(e, E::ExpectedNamedStructLike(_)),
            ),
            (
                Session(s("school: \"Lantau Bay College\"", "school: Lantau")),
                |e| matches!(e, E::ExpectedString),
            ),
            (
                Session(format!(
                    "{}\"Lantau",
                    &session[..session.find("\"Lantau").unwrap()]
                )),
                |e| matches!(e, E::ExpectedStringEnd),
            ),
            (Session(s("version: 2,", "version: 2,,")), |e| {
                matches!(e, E::ExpectedIdentifier)
            }),
            (Session(s("version: 2,", "version: 2, 2nd: 1,")), |e| {
                matches!(e, E::SuggestRawIdentifier(_))
            }),
            (
                Session(s("Lantau Bay College", "Lantau Bay \\College")),
                |e| matches!(e, E::InvalidEscape(_)),
            ),
            (Session(s("version: 2,", "version: 99999999999,")), |e| {
                matches!(e, E::IntegerOutOfBounds)
            }),
            (Session(s("version: 2,", "version: 0b102,")), |e| {
                matches!(e, E::InvalidIntegerDigit { .. })
            }),
            (Session(format!("{session}\n/* unfinished")), |e| {
                matches!(e, E::UnclosedBlockComment)
            }),
            (Session(s("version: 2,", "version: _2,")), |e| {
                matches!(e, E::UnderscoreAtBeginning)
            }),
            (
                Session(s("version: 2,", "version: 2,\n    / a note\n")),
                |e| matches!(e, E::UnexpectedChar(_)),
            ),
            (Session(format!("{session})")), |e| {
                matches!(e, E::TrailingCharacters)
            }),
            (Config("(terms: {\"Autumn\": (\"09-01\")})"), |e| {
                matches!(e, E::ExpectedDifferentLength { .. })
            }),
            (Session(s("status: Planned", "status: Maybe")), |e| {
                matches!(e, E::NoSuchEnumVariant { .. })
            }),
            (Benchmark(b("kind: Count(per:", "kind: Count(pr:")), |e| {
                matches!(e, E::NoSuchStructField { .. })
            }),
            (
                Session(s("    school: \"Lantau Bay College\",\n", "")),
                |e| matches!(e, E::MissingStructField { .. }),
            ),
            (
                Session(s(
                    "year: \"2025/26\",",
                    "year: \"2025/26\", year: \"2026/27\",",
                )),
                |e| matches!(e, E::DuplicateStructField { .. }),
            ),
            (
                Session(s("version: 2,", &format!("version: 2, extra: {deep},"))),
                |e| matches!(e, E::ExceededRecursionLimit),
            ),
        ];
        /// The configuration's fields these cases write in, as the
        /// configuration reads them.
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Config {
            mouse: Option<bool>,
            terms: Option<std::collections::BTreeMap<String, (String, String)>>,
        }
        let path = Path::new("f.ron");
        let mut reached = Vec::new();
        for (i, (file, is)) in cases.iter().enumerate() {
            // The error as ron gives it.
            let code = match file {
                Session(t) => ron::Options::default()
                    .from_str::<crate::model::Session>(t)
                    .map(|_| ()),
                Benchmark(t) => ron::Options::default()
                    .from_str::<crate::model::Benchmark>(t)
                    .map(|_| ()),
                Config(t) => ron::Options::default()
                    .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                    .from_str::<Config>(t)
                    .map(|_| ()),
            }
            .expect_err("a malformed file")
            .code;
            assert!(is(&code), "case {i}: {code:?}");
            // What the user is told, by the loader of that file.
            let _zh = scoped(Lang::ZhHk);
            let said = match file {
                Session(t) => crate::store::session::parse(path, t).unwrap_err(),
                Benchmark(t) => {
                    crate::store::content::parse_ron::<crate::model::Benchmark>(path, t)
                        .unwrap_err()
                }
                Config(t) => crate::config::Config::from_text(path, t).1.remove(0),
            };
            let (id, text) = ron_catalogue(&code).expect("a message of the catalogue");
            assert!(said.message.starts_with(&text), "case {i}: {said} / {text}");
            assert!(said.at.is_some(), "case {i}: {said}");
            assert!(
                said.message
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "case {i}: {said}"
            );
            reached.push(id);
        }
        let _zh = scoped(Lang::ZhHk);
        // (Built at run time, so the code scan does not take it for an id.)
        let family = ["file", "ron", ""].join("-");
        let unreached: Vec<&str> = ids_of(Lang::ZhHk, Part::Messages)
            .into_iter()
            .filter(|id| id.starts_with(&family) && !reached.contains(id))
            .collect();
        assert!(
            unreached.is_empty(),
            "no malformed file reaches {unreached:?}"
        );
    }
}
