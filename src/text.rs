//! Text from files is data: before it reaches a terminal, control
//! characters and bidi overrides are made visible instead of being obeyed.

use std::borrow::Cow;

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
    fn plain_and_chinese_text_is_untouched() {
        assert!(matches!(inert_line("中文 note 😀"), Cow::Borrowed(_)));
        assert_eq!(inert_block("a\nb"), "a\nb");
        assert_eq!(inert_line("a\nb"), "a b");
        assert_eq!(inert_line("x\u{202E}y"), "x\\u{202e}y");
    }
}
