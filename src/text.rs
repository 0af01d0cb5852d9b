//! Text from files is data: before it reaches a terminal, control
//! characters and bidi overrides are made visible instead of being obeyed.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// True for characters a terminal would act on rather than print, or that
/// reorder text invisibly.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One line of inert text: every control character (line breaks included)
/// and bidi override becomes a visible `\u{…}` escape, except that line breaks
/// and tabs become spaces.
pub fn inert_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' | '\t' => out.push(' '),
            '\r' => {}
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Multi-line inert text: line breaks kept, tabs as spaces, everything else
/// unsafe made visible.
pub fn inert_block(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) && c != '\n') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            '\r' => {}
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text for standard output as a whole (a report, a table, CSV): line
/// breaks (`\n`, `\r\n`) and tabs kept, every other control character and
/// bidi override made a visible escape. Every command prints through this,
/// so text from a file cannot reach the terminal raw whatever the format.
pub fn inert_output(s: &str) -> Cow<'_, str> {
    let keep =
        |c: char, next: Option<char>| c == '\n' || c == '\t' || (c == '\r' && next == Some('\n'));
    let mut chars = s.chars().peekable();
    let mut clean = true;
    while let Some(c) = chars.next() {
        if is_unsafe(c) && !keep(c, chars.peek().copied()) {
            clean = false;
            break;
        }
    }
    if clean {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if is_unsafe(c) && !keep(c, chars.peek().copied()) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The user-perceived characters of `s` that take space on a terminal, with
/// the columns each takes (1 or 2; a ZWJ emoji sequence is one character).
/// Zero-width ones and control characters are left out, as the terminal
/// drawing leaves them out, so that laying text out and drawing it agree.
pub fn cells(s: &str) -> impl Iterator<Item = (&str, usize)> {
    s.graphemes(true)
        .filter(|g| !g.contains(char::is_control))
        .map(|g| (g, g.width()))
        .filter(|(_, w)| *w > 0)
}

/// The columns `s` takes when drawn (see [`cells`]).
pub fn width(s: &str) -> usize {
    cells(s).map(|(_, w)| w).sum()
}

/// The start of `s` that can fill at most `rows` rows of `width` columns
/// (each row holds at least one character), and whether anything was left
/// out. Drawing a long note costs what is shown, not what it holds.
pub fn visible_head(s: &str, rows: usize, width: usize) -> (&str, bool) {
    let budget = rows.saturating_mul(width.max(1));
    let mut lines = 0;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n >= budget || lines >= rows {
            return (&s[..i], true);
        }
        if c == '\n' {
            lines += 1;
        }
    }
    (s, false)
}

/// `value` as pretty JSON, with every character a terminal or a text
/// viewer could obey written as a `\uXXXX` escape: serde_json escapes only
/// C0 controls and leaves C1 controls, bidi overrides and line separators
/// raw. (Such characters only occur inside JSON strings, where an escape
/// means the same character.)
pub fn json<T: serde::Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let raw = serde_json::to_string_pretty(value)?;
    // serde_json already escapes C0 controls inside strings; the raw ones
    // left are the layout's own line breaks.
    let unsafe_in_json =
        |c: char| (is_unsafe(c) && !c.is_ascii()) || matches!(c, '\u{2028}' | '\u{2029}');
    if !raw.chars().any(unsafe_in_json) {
        return Ok(raw);
    }
    let mut out = String::with_capacity(raw.len() + 16);
    for c in raw.chars() {
        if unsafe_in_json(c) {
            // All of them are in the Basic Multilingual Plane: one escape.
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// A plain-ASCII stand-in for a drawing character (borders, arrows, marks,
/// blocks, Braille), or None for anything else (text stays as it is).
pub fn ascii_for(c: char) -> Option<&'static str> {
    Some(match c {
        '─' | '━' | '═' | '—' | '–' | '·' => "-",
        '│' | '┃' | '║' => "|",
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' | '╭' | '╮' | '╰' | '╯' => {
            "+"
        }
        '•' | '✎' | '†' => "*",
        '…' => ".",
        '→' | '▶' => ">",
        '←' => "<",
        '↑' | '▲' => "^",
        '↓' | '▼' => "v",
        '░' => "-",
        '◆' => "o",
        '✓' => "+",
        '✗' | '×' => "x",
        '⏱' => "@",
        '■' => "#",
        '\u{2580}'..='\u{259f}' | '\u{1fb00}'..='\u{1fbff}' => "#",
        '\u{2800}' => " ",
        '\u{2801}'..='\u{28ff}' => ".",
        _ => return None,
    })
}

/// `s` with its drawing characters replaced by ASCII (see [`ascii_for`]).
pub fn to_ascii(s: &str) -> String {
    s.chars()
        .map(|c| ascii_for(c).map_or_else(|| c.to_string(), str::to_string))
        .collect()
}

/// Words of `s` in lines of at most `width` characters (a longer word gets a
/// line of its own).
pub fn wrap_words(s: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in s.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_obeyed() {
        let s = inert_line("a\u{1b}]0;pwned\u{7}b\u{9b}c");
        assert_eq!(s, "a\\u{1b}]0;pwned\\u{7}b\\u{9b}c");
        assert!(!s.chars().any(is_unsafe));
    }

    #[test]
    fn the_visible_head_of_a_long_text_is_what_fits() {
        assert_eq!(visible_head("short", 3, 10), ("short", false));
        assert_eq!(visible_head("a\nb\nc\nd", 2, 10), ("a\nb\n", true));
        assert_eq!(visible_head("中文中文中文", 2, 2), ("中文中文", true));
        assert_eq!(visible_head("", 0, 0), ("", false));
    }

    #[test]
    fn json_escapes_what_a_terminal_would_obey() {
        let hostile = "a\u{9b}31mb\u{85}c\u{202e}d\u{2066}e\u{2028}f\u{1b}]52;c;x\u{7}中";
        let out = json(&vec![hostile]).unwrap();
        assert!(out.contains('\n'), "laid out on lines: {out}");
        assert!(
            !out.chars()
                .any(|c| (is_unsafe(c) && c != '\n') || c == '\u{2028}'),
            "{out}"
        );
        assert!(out.contains("\\u009b") && out.contains("\\u202e") && out.contains("\\u001b"));
        let back: Vec<String> = serde_json::from_str(&out).unwrap();
        assert_eq!(back, vec![hostile.to_string()]);
    }

    #[test]
    fn output_keeps_line_breaks_and_tabs_only() {
        assert!(matches!(inert_output("a\tb\r\nc\n中"), Cow::Borrowed(_)));
        assert_eq!(
            inert_output("a\u{1b}]52;c;eA==\u{7}\rb\u{9b}2J\u{202e}\n"),
            "a\\u{1b}]52;c;eA==\\u{7}\\u{d}b\\u{9b}2J\\u{202e}\n"
        );
    }

    #[test]
    fn plain_and_chinese_text_is_untouched() {
        assert!(matches!(inert_line("中文 note 😀"), Cow::Borrowed(_)));
        assert_eq!(inert_block("a\nb"), "a\nb");
        assert_eq!(inert_line("a\nb"), "a b");
        assert_eq!(inert_line("x\u{202E}y"), "x\\u{202e}y");
    }
}
