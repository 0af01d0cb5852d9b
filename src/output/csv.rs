//! CSV as spreadsheets on school computers open it: UTF-8 with a byte-order
//! mark (so Excel shows Chinese text correctly), CRLF line ends, quoting
//! where needed, and no cell that a spreadsheet would run as a formula.
//!
//! The formula guard ([`runs_as_formula`]) puts a `'` before a cell only
//! when Excel or LibreOffice Calc would read it as a formula: a note that
//! merely starts with a sign ("-5 members trained") stays as written, so
//! the `'` never shows where nothing needed guarding.

/// A CSV document being written, row by row.
pub struct Csv {
    out: String,
}

impl Default for Csv {
    fn default() -> Self {
        Csv::new()
    }
}

impl Csv {
    pub fn new() -> Csv {
        Csv {
            out: String::from("\u{feff}"),
        }
    }

    /// Add one row.
    pub fn row<S: AsRef<str>>(&mut self, fields: &[S]) {
        let cells: Vec<String> = fields.iter().map(|f| field(f.as_ref())).collect();
        self.out.push_str(&cells.join(","));
        self.out.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// One CSV field: quoted when needed, and never read as a formula by a
/// spreadsheet (a cell that would be gets a leading `'`, see
/// [`runs_as_formula`]).
pub fn field(s: &str) -> String {
    // Control characters and bidi overrides are shown, not passed on (a
    // CSV is also read in terminals); line breaks stay.
    let mut s = crate::text::inert_block(&s.replace("\r\n", "\n")).into_owned();
    if runs_as_formula(&s) {
        s.insert(0, '\'');
    }
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// True when a spreadsheet opening the CSV would run `cell` as a formula.
///
/// Leading spaces, tabs and line breaks are skipped first (a spreadsheet
/// may trim them), then:
/// - `=` or `@` first: always a formula (`@` is Excel's function prefix);
/// - `+` or `-` first: a formula unless the cell is a number ("-12.5",
///   read as the number) or a signed number, a space and words with no
///   formula punctuation ("-5 members trained", "+2 new partners"): a
///   number followed by a word is not a valid formula in Excel or Calc,
///   so both keep such a cell as text. Anything else ("-A1", "- item",
///   "+HYPERLINK(…)", "-1+2") is guarded;
/// - anything else is text.
pub fn runs_as_formula(cell: &str) -> bool {
    let s = cell.trim_start_matches([' ', '\t', '\r', '\n']);
    match s.chars().next() {
        Some('=' | '@') => true,
        Some('+' | '-') => !(is_number(s) || is_signed_count_in_words(s)),
        _ => false,
    }
}

fn is_number(s: &str) -> bool {
    s.parse::<f64>().is_ok_and(f64::is_finite)
}

/// "-5 members trained", "+ 2.5 % more": a sign, a number (a `%` may follow),
/// one or more spaces, then a letter; and nothing a formula could use to
/// reach another cell, a function or another program.
fn is_signed_count_in_words(s: &str) -> bool {
    const FORMULA_PUNCTUATION: &[char] = &[
        '(', ')', '!', '|', '"', '\'', '=', '@', ':', ';', '$', '&', '{', '}', '[', ']', '<', '>',
        '^', '*', '/', '+', '-', '\\',
    ];
    let rest = s[1..].trim_start_matches(' ');
    let digits = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    if digits == 0 || !is_number(&rest[..digits]) {
        return false;
    }
    let rest = &rest[digits..];
    let rest = rest
        .trim_start_matches(' ')
        .strip_prefix('%')
        .unwrap_or(rest);
    let words = rest.trim_start_matches(' ');
    words.len() < rest.len()
        && words.chars().next().is_some_and(char::is_alphabetic)
        && !words.contains(FORMULA_PUNCTUATION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_never_formulas() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("-1+2"), "'-1+2");
        assert_eq!(field("-12.5"), "-12.5");
        assert_eq!(field("esc \u{1b}[2J"), "esc \\u{1b}[2J");
        assert_eq!(field("@cmd"), "'@cmd");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("中文"), "中文");
    }

    #[test]
    fn text_that_starts_with_a_sign_is_left_alone_unless_a_spreadsheet_would_run_it() {
        // Read as text by Excel and Calc: no visible `'`.
        for text in [
            "-5 members trained",
            "+2 new partners this year",
            "- 3 fewer talks",
            "-10 % of S3 absent",
            "+852 hotline staffed",
            "+1 中文講座",
            "a - b",
        ] {
            assert_eq!(field(text).trim_matches('"'), text, "{text:?}");
        }
        // Run as formulas: guarded.
        for formula in [
            "=1+1",
            "@SUM(A1:A2)",
            "+HYPERLINK(\"http://x\")",
            "-A1",
            "- item",
            "-1+2",
            "-2+3+cmd|' /C calc'!A0",
            "-5 members (see A1)",
            "-5 members -A1",
            "+5 *A1",
            " =1+1",
            "\t=1+1",
            "\r-A1",
            "-5 members-A1",
        ] {
            assert!(
                field(formula).trim_start_matches('"').starts_with('\''),
                "{formula:?}"
            );
        }
        assert_eq!(field("-5"), "-5");
        assert_eq!(field("+3.25"), "+3.25");
    }

    #[test]
    fn a_document_starts_with_a_byte_order_mark_and_ends_rows_with_crlf() {
        let mut c = Csv::new();
        c.row(&["a", "b"]);
        c.row(&[String::from("1"), String::from("x,y")]);
        assert_eq!(c.finish(), "\u{feff}a,b\r\n1,\"x,y\"\r\n");
    }
}
