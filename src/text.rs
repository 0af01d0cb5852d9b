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

/// `s` cut to at most `width` terminal columns, ending in `…` when
/// anything was cut (East Asian wide characters count as two columns).
/// The one truncation rule of the screens and of the text outputs.
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = g.width();
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `s` fitted (see [`fit`]) and padded with spaces to exactly `width`
/// columns: a left-aligned table cell.
pub fn pad(s: &str, width: usize) -> String {
    let mut out = fit(s, width);
    let used = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// `s` fitted (see [`fit`]) and right-aligned in `width` columns: a number
/// column. (`format!("{:>8}")` counts characters, not columns.)
pub fn pad_left(s: &str, width: usize) -> String {
    let cut = fit(s, width);
    let mut out: String = std::iter::repeat_n(' ', width.saturating_sub(cut.width())).collect();
    out.push_str(&cut);
    out
}

/// `s` in lines of at most `width` columns, broken between words, or
/// between two characters where one is East Asian wide (Chinese breaks
/// anywhere; it has no spaces). A word wider than a line (a URL) is broken
/// between characters. A `%` stays with the number before it.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    wrap_hanging(s, "", "", width)
}

/// [`wrap`] with `first` before the first line and `rest` before every
/// other one (a hanging indent), each line at most `width` columns with its
/// prefix. A prefix wider than the line gets at least one column of text.
pub fn wrap_hanging(s: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = first.to_string();
    // Columns `line` takes (kept as it grows, not measured again).
    let mut used = first.width();
    let rest_w = rest.width();
    // Whether `line` holds any text after its prefix.
    let mut started = false;
    for (spaced, piece) in pieces(s) {
        let w = piece.width();
        let gap = usize::from(started && spaced);
        if gap + w <= width.saturating_sub(used) {
            if gap > 0 {
                line.push(' ');
            }
            line.push_str(&piece);
            used += gap + w;
            started = true;
            continue;
        }
        if started {
            lines.push(std::mem::replace(&mut line, rest.to_string()));
            used = rest_w;
            started = false;
            if w <= width.saturating_sub(used) {
                line.push_str(&piece);
                used += w;
                started = true;
                continue;
            }
        }
        // Wider than a whole line: broken between characters.
        for g in piece.graphemes(true) {
            let gw = g.width();
            if started && gw > width.saturating_sub(used) {
                lines.push(std::mem::replace(&mut line, rest.to_string()));
                used = rest_w;
            }
            line.push_str(g);
            used += gw;
            started = true;
        }
    }
    if started || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Punctuation that closes a phrase and so never starts a line.
fn is_closing(g: &str) -> bool {
    g.chars().all(|c| {
        matches!(
            c,
            '，' | '。'
                | '、'
                | '；'
                | '：'
                | '！'
                | '？'
                | '）'
                | '」'
                | '』'
                | '》'
                | '〉'
                | '】'
                | ','
                | '.'
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
        )
    })
}

/// The pieces a line may break between, each with whether a space comes
/// before it: the words of `s` ("100 %" is one), and within a word each
/// wide character on its own.
fn pieces(s: &str) -> Vec<(bool, String)> {
    let mut words: Vec<String> = Vec::new();
    for word in s.split_whitespace() {
        match words.last_mut() {
            Some(last) if word.starts_with('%') => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
    }
    let mut out = Vec::new();
    for word in words {
        // No wide character to break at (the common case, measured often).
        if word.is_ascii() {
            out.push((true, word));
            continue;
        }
        let mut spaced = true;
        let mut piece = String::new();
        // Whether the last grapheme put in `piece` is wide.
        let mut after_wide = false;
        for g in word.graphemes(true) {
            let wide = g.width() > 1;
            // Closing punctuation never starts a line.
            if !piece.is_empty() && (wide || after_wide) && !is_closing(g) {
                out.push((spaced, std::mem::take(&mut piece)));
                spaced = false;
            }
            piece.push_str(g);
            after_wide = wide;
        }
        if !piece.is_empty() {
            out.push((spaced, piece));
        }
    }
    out
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
    fn fitting_counts_wide_characters_as_two_columns() {
        assert_eq!(fit("Policy", 6), "Policy");
        assert_eq!(fit("Policy", 5), "Poli…");
        assert_eq!(fit("中文中文", 5), "中文…");
        assert_eq!(fit("中文中文", 6), "中文…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(pad("中文", 5), "中文 ");
        assert_eq!(pad("中文中文", 5), "中文…");
        assert_eq!(pad("中文中文", 6), "中文… ");
        assert_eq!(pad_left("75 %", 6), "  75 %");
        assert_eq!(pad_left("年度", 6), "  年度");
        for n in 0..12 {
            assert!(width(&fit("家長信已發出 letters sent", n)) <= n);
            assert_eq!(width(&pad("家長信已發出 letters sent", n)), n);
        }
    }

    #[test]
    fn wrapping_keeps_every_line_within_the_width() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(
            wrap("score 100 % at most", 9),
            ["score", "100 % at", "most"]
        );
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(
            wrap("面談安排：提早預訂圖書館房間。", 10),
            ["面談安排：", "提早預訂圖", "書館房間。"]
        );
        // Chinese fills the line rather than starting a new one.
        assert_eq!(
            wrap_hanging("家長信已發出，下週發電子通告。", "Note: ", "      ", 20),
            ["Note: 家長信已發出，", "      下週發電子通", "      告。"]
        );
        assert_eq!(wrap("as 中文ab c", 7), ["as 中文", "ab c"]);
        assert_eq!(
            wrap_hanging(
                "see https://example.org/a/very/long/path",
                "Note: ",
                "  ",
                16
            ),
            [
                "Note: see",
                "  https://exampl",
                "  e.org/a/very/l",
                "  ong/path"
            ]
        );
        let long = "SENCO to join the career team from next year. 與社工合作，跟進非華語學生的出路需要。 https://www.edb.gov.hk/attachment/en/curriculum-development";
        for w in [1, 2, 5, 17, 40, 80] {
            for l in wrap_hanging(long, "    2024/25: ", "      ", w) {
                // A prefix wider than the line still gets one character.
                assert!(width(&l) <= w.max(13 + 2), "{w}: {l:?}");
            }
        }
        // Nothing is lost but spaces.
        let joined: String = wrap(long, 9).concat();
        assert_eq!(joined.replace(' ', ""), long.replace(' ', ""));
    }

    #[test]
    fn plain_and_chinese_text_is_untouched() {
        assert!(matches!(inert_line("中文 note 😀"), Cow::Borrowed(_)));
        assert_eq!(inert_block("a\nb"), "a\nb");
        assert_eq!(inert_line("a\nb"), "a b");
        assert_eq!(inert_line("x\u{202E}y"), "x\\u{202e}y");
    }
}
