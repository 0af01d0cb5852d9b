//! CSV as spreadsheets on school computers open it: UTF-8 with a byte-order
//! mark (so Excel shows Chinese text correctly), CRLF line ends, quoting
//! where needed, and no cell that a spreadsheet would run as a formula.

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
/// spreadsheet (a leading `=`, `+`, `-`, `@`, tab or CR gets a `'`).
pub fn field(s: &str) -> String {
    // Control characters and bidi overrides are shown, not passed on (a
    // CSV is also read in terminals); line breaks stay.
    let mut s = crate::text::inert_block(&s.replace("\r\n", "\n")).into_owned();
    // A number stays a number ("-12.5" is a drop in score, not a formula).
    let number = s.parse::<f64>().is_ok_and(f64::is_finite);
    if !number && s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        s.insert(0, '\'');
    }
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
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
    fn a_document_starts_with_a_byte_order_mark_and_ends_rows_with_crlf() {
        let mut c = Csv::new();
        c.row(&["a", "b"]);
        c.row(&[String::from("1"), String::from("x,y")]);
        assert_eq!(c.finish(), "\u{feff}a,b\r\n1,\"x,y\"\r\n");
    }
}
