//! The text editor overlay: what is being edited, and turning the typed text
//! into a session change when the user is done.

use crate::tr;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::model::session::parse_academic_year;
use crate::model::{BenchmarkRecord, Session};

/// The field being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    CriterionNote {
        bm: String,
        id: String,
    },
    /// A measured value, or (with `target`) the school's own target for it;
    /// `percent` when the measure's numbers are a % of a group.
    Measured {
        bm: String,
        id: String,
        measure: String,
        percent: bool,
        target: bool,
    },
    TipNote {
        bm: String,
        id: String,
    },
    TipOwner {
        bm: String,
        id: String,
    },
    TipDue {
        bm: String,
        id: String,
    },
    BenchmarkNotes {
        bm: String,
    },
    TargetPercent {
        bm: String,
    },
    TargetYear {
        bm: String,
    },
    School,
    Facilitator,
    Participants,
}

impl Field {
    /// Single-line fields finish with Enter.
    pub fn single_line(&self) -> bool {
        !matches!(
            self,
            Field::CriterionNote { .. } | Field::TipNote { .. } | Field::BenchmarkNotes { .. }
        )
    }

    /// The current text of the field in `s`.
    pub fn read(&self, s: &Session) -> String {
        let bm = |id: &str| s.benchmarks.iter().find(|b| b.id == id);
        let crit = |b: &str, c: &str| bm(b).and_then(|r| r.criterion(c));
        let tip = |b: &str, t: &str| bm(b).and_then(|r| r.tip(t));
        match self {
            Field::CriterionNote { bm, id } => crit(bm, id).map(|c| c.note.clone()),
            Field::Measured {
                bm,
                id,
                measure,
                target,
                ..
            } => crit(bm, id)
                .and_then(|c| {
                    if *target {
                        c.targets.get(measure)
                    } else {
                        c.measured.get(measure)
                    }
                })
                .map(|v| crate::model::content::format_number(*v)),
            Field::TipNote { bm, id } => tip(bm, id).map(|t| t.note.clone()),
            Field::TipOwner { bm, id } => tip(bm, id).map(|t| t.owner.clone()),
            Field::TipDue { bm, id } => tip(bm, id).map(|t| t.due.clone()),
            Field::BenchmarkNotes { bm: b } => bm(b).map(|r| r.notes.clone()),
            Field::TargetPercent { bm: b } => {
                bm(b).and_then(|r| r.target_percent).map(|t| t.to_string())
            }
            Field::TargetYear { bm: b } => bm(b).and_then(|r| r.target_year.clone()),
            Field::School => Some(s.school.clone()),
            Field::Facilitator => Some(s.facilitator.clone()),
            Field::Participants => Some(s.participants.join(", ")),
        }
        .unwrap_or_default()
    }

    /// Write `text` into the field, or say why it cannot be.
    pub fn write(&self, s: &mut Session, text: &str) -> Result<(), String> {
        // Copied only when it holds carriage returns (a long note is not).
        let text: std::borrow::Cow<'_, str> = if text.contains('\r') {
            text.replace("\r\n", "\n").replace('\r', "\n").into()
        } else {
            text.into()
        };
        // One-line fields' text (notes do not need a second copy).
        let line = if self.single_line() {
            text.trim().to_string()
        } else {
            String::new()
        };
        match self {
            Field::CriterionNote { bm, id } => {
                let r = record(s, bm)?;
                let c = r
                    .criteria
                    .iter_mut()
                    .find(|c| c.id == *id)
                    .ok_or_else(|| tr!("msg-no-record", id = id.as_str()))?;
                c.note = text.trim_end().to_string();
            }
            Field::Measured {
                bm,
                id,
                measure,
                percent,
                target,
            } => {
                let r = record(s, bm)?;
                let c = r
                    .criteria
                    .iter_mut()
                    .find(|c| c.id == *id)
                    .ok_or_else(|| tr!("msg-no-record", id = id.as_str()))?;
                let map = if *target {
                    &mut c.targets
                } else {
                    &mut c.measured
                };
                if line.is_empty() {
                    map.remove(measure);
                } else {
                    let number = if *percent {
                        line.trim_end_matches('%').trim()
                    } else {
                        line.as_str()
                    };
                    let v: f64 = number.parse().map_err(|_| {
                        if *percent {
                            tr!("msg-not-a-percent", text = format!("{line:?}"))
                        } else {
                            tr!("msg-not-a-count", text = format!("{line:?}"))
                        }
                    })?;
                    if !v.is_finite() || v < 0.0 {
                        return Err(tr!("msg-not-negative"));
                    }
                    if *percent && v > 100.0 {
                        return Err(tr!(
                            "msg-percent-range",
                            value = crate::model::content::format_number(v)
                        ));
                    }
                    map.insert(measure.clone(), v);
                }
            }
            Field::TipNote { bm, id } | Field::TipOwner { bm, id } | Field::TipDue { bm, id } => {
                let r = record(s, bm)?;
                let t = r
                    .tips
                    .iter_mut()
                    .find(|t| t.id == *id)
                    .ok_or_else(|| tr!("msg-no-record", id = id.as_str()))?;
                match self {
                    Field::TipNote { .. } => t.note = text.trim_end().to_string(),
                    Field::TipOwner { .. } => t.owner = line,
                    _ => t.due = line,
                }
            }
            Field::BenchmarkNotes { bm } => record(s, bm)?.notes = text.trim_end().to_string(),
            Field::TargetPercent { bm } => {
                let value = if line.is_empty() {
                    None
                } else {
                    let v: u8 = line
                        .trim_end_matches('%')
                        .trim()
                        .parse()
                        .ok()
                        .filter(|v| *v <= 100)
                        .ok_or_else(|| tr!("msg-whole-percent", text = format!("{line:?}")))?;
                    Some(v)
                };
                record(s, bm)?.target_percent = value;
            }
            Field::TargetYear { bm } => {
                let value = if line.is_empty() {
                    None
                } else if parse_academic_year(&line).is_some() {
                    Some(line)
                } else {
                    return Err(tr!("msg-year-form", text = format!("{line:?}")));
                };
                record(s, bm)?.target_year = value;
            }
            Field::School => {
                if line.is_empty() {
                    return Err(tr!("msg-school-name"));
                }
                s.school = line;
            }
            Field::Facilitator => s.facilitator = line,
            Field::Participants => {
                s.participants = line
                    .split([',', '，', '、'])
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect();
            }
        }
        Ok(())
    }
}

/// The session's record of benchmark `id`.
fn record<'a>(s: &'a mut Session, id: &str) -> Result<&'a mut BenchmarkRecord, String> {
    s.benchmarks
        .iter_mut()
        .find(|b| b.id == id)
        .ok_or_else(|| tr!("msg-no-record", id = id))
}

/// A long note is edited through a window of about this many bytes on
/// each side of the cursor: the text area re-lays out everything it holds
/// on every key, so holding only the window keeps a key's cost the same
/// whatever the note's length.
const HALF_WINDOW: usize = 16 * 1024;
/// The window moves when the cursor comes this close to a side that has
/// more text beyond it...
const MARGIN: usize = 6 * 1024;
/// ...or when typing or pasting has made it this big.
const MAX_WINDOW: usize = 4 * HALF_WINDOW;

/// The editor overlay's state.
#[derive(Debug)]
pub struct Editor {
    pub field: Field,
    /// Shown as the editor's title.
    pub title: String,
    /// The part of the text around the cursor that is being edited (all of
    /// it unless it is long).
    pub textarea: TextArea<'static>,
    /// Why the last attempt to finish was refused.
    pub error: Option<String>,
    /// The text before and after the window in `textarea`.
    before: String,
    after: String,
}

/// A text area holding `text`, wrapping as the editor does.
fn text_area(text: &str) -> TextArea<'static> {
    let mut textarea = TextArea::new(text.split('\n').map(str::to_string).collect());
    textarea.set_wrap_mode(WrapMode::WordOrGlyph);
    textarea
}

/// The largest char boundary of `s` at or below `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl Editor {
    pub fn new(field: Field, title: String, text: &str) -> Editor {
        let mut ed = Editor {
            field,
            title,
            textarea: text_area(""),
            error: None,
            before: String::new(),
            after: String::new(),
        };
        ed.show(text.to_string(), text.len());
        ed
    }

    /// The whole text being edited.
    pub fn text(&self) -> String {
        let mut text = String::with_capacity(self.before.len() + self.after.len() + MAX_WINDOW);
        text.push_str(&self.before);
        text.push_str(&self.textarea.lines().join("\n"));
        text.push_str(&self.after);
        text
    }

    /// A key for the text area. Keys that go to the very start or end of the
    /// text move the window there first.
    pub fn input(&mut self, key: KeyEvent) {
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        // The text area's keys for the first and last line.
        let to_start = alt
            && if ctrl {
                matches!(key.code, KeyCode::Up | KeyCode::Char('p'))
            } else {
                key.code == KeyCode::Char('<')
            };
        let to_end = alt
            && if ctrl {
                matches!(key.code, KeyCode::Down | KeyCode::Char('n'))
            } else {
                key.code == KeyCode::Char('>')
            };
        // Home and End on a line that the window cuts go to the line's real
        // start and end.
        let row = self.textarea.cursor().0;
        let last_row = self.textarea.lines().len() - 1;
        let home = key.code == KeyCode::Home || (ctrl && key.code == KeyCode::Char('a'));
        let end = key.code == KeyCode::End || (ctrl && key.code == KeyCode::Char('e'));
        if home && row == 0 && !self.before.is_empty() && !self.before.ends_with('\n') {
            let text = self.text();
            let at = self.before.rfind('\n').map_or(0, |i| i + 1);
            self.show(text, at);
        } else if end && row == last_row && !self.after.is_empty() && !self.after.starts_with('\n')
        {
            let at = self.before.len()
                + self.cursor_offset().1
                + self.after.find('\n').unwrap_or(self.after.len());
            let text = self.text();
            self.show(text, at);
        } else if (to_start && !self.before.is_empty()) || (to_end && !self.after.is_empty()) {
            // The text area keeps the column on the first or last line.
            let col = self.textarea.cursor().1;
            let text = self.text();
            let line_start = if to_start {
                0
            } else {
                text.rfind('\n').map_or(0, |i| i + 1)
            };
            let line = text[line_start..].split('\n').next().unwrap_or("");
            let at = line_start + line.char_indices().nth(col).map_or(line.len(), |(b, _)| b);
            self.show(text, at);
        }
        self.textarea.input(key);
        self.follow_cursor();
    }

    /// Paste text: line breaks of any kind become new lines (or spaces in a
    /// single-line field).
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = if self.field.single_line() {
            text.replace('\n', " ")
        } else {
            text
        };
        self.textarea.insert_str(text);
        self.follow_cursor();
    }

    /// The cursor's byte offset in the window's text, and the window's length.
    fn cursor_offset(&self) -> (usize, usize) {
        let ratatui_textarea::DataCursor(row, col) = self.textarea.cursor();
        let lines = self.textarea.lines();
        let mut offset = 0;
        let mut len = 0;
        for (i, line) in lines.iter().enumerate() {
            if i == row {
                offset = len + line.char_indices().nth(col).map_or(line.len(), |(b, _)| b);
            }
            len += line.len() + 1;
        }
        (offset, len.saturating_sub(1))
    }

    /// Move the window when the cursor nears a side with more text beyond it,
    /// or when the window has grown too big.
    fn follow_cursor(&mut self) {
        let (offset, len) = self.cursor_offset();
        let near_start = !self.before.is_empty() && offset < MARGIN;
        let near_end = !self.after.is_empty() && len - offset < MARGIN;
        if near_start || near_end || len > MAX_WINDOW {
            let cursor = self.before.len() + offset;
            let text = self.text();
            self.show(text, cursor);
        }
    }

    /// Edit `text` with the cursor at byte `cursor`, through a window around
    /// it that starts and ends at line breaks where there are some near.
    fn show(&mut self, mut text: String, cursor: usize) {
        let cursor = floor_boundary(&text, cursor);
        let mut start = floor_boundary(&text, cursor.saturating_sub(HALF_WINDOW));
        let mut end = floor_boundary(&text, cursor + HALF_WINDOW);
        // Line breaks only where they leave the cursor well inside.
        let inner_start = floor_boundary(&text, cursor.saturating_sub(MARGIN));
        let inner_end = floor_boundary(&text, cursor + MARGIN);
        if start > 0
            && start < inner_start
            && let Some(nl) = text[start..inner_start].find('\n')
        {
            start += nl + 1;
        }
        if end < text.len()
            && inner_end < end
            && let Some(nl) = text[inner_end..end].rfind('\n')
        {
            end = inner_end + nl;
        }
        self.after = text.split_off(end);
        let window = text.split_off(start);
        self.before = text;
        self.textarea = text_area(&window);
        // Put the cursor at its place in the window.
        let head = &window[..cursor - start];
        let row = head.matches('\n').count();
        let col = head[head.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count();
        self.textarea.move_cursor(CursorMove::Jump(
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(col).unwrap_or(u16::MAX),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn note() -> Field {
        Field::CriterionNote {
            bm: "bm1".into(),
            id: "bm1.c1".into(),
        }
    }

    /// The cursor as a byte offset in the whole text.
    fn cursor(ed: &Editor) -> usize {
        ed.before.len() + ed.cursor_offset().0
    }

    /// A long note is edited through a window, and every edit and move
    /// lands exactly where it would with the whole text in the text area.
    #[test]
    fn a_window_on_a_long_note_edits_it_as_a_whole() {
        let text: String = (0..3000)
            .map(|i| format!("line {i}: 學生與僱主會面 {}\n", "x".repeat(i % 70)))
            .collect();
        assert!(text.len() > 3 * HALF_WINDOW + MAX_WINDOW);
        let mut ed = Editor::new(note(), "Note".into(), &text);
        let mut whole = text_area(&text);
        whole.move_cursor(CursorMove::Bottom);
        whole.move_cursor(CursorMove::End);
        assert!(ed.textarea.lines().len() < 1000, "only a window is held");
        let mut seed = 7u64;
        for step in 0..600 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let k = match (seed >> 33) % 12 {
                0 | 1 => key(KeyCode::Up),
                2 => key(KeyCode::Down),
                3 => key(KeyCode::Left),
                4 => key(KeyCode::Right),
                5 => key(KeyCode::Backspace),
                6 => key(KeyCode::Enter),
                7 => key(KeyCode::Home),
                8 => key(KeyCode::End),
                9 => key(KeyCode::Char('中')),
                10 if step % 97 == 0 => KeyEvent::new(KeyCode::Char('<'), KeyModifiers::ALT),
                10 if step % 89 == 0 => KeyEvent::new(KeyCode::Char('>'), KeyModifiers::ALT),
                _ => key(KeyCode::Char('a')),
            };
            ed.input(k);
            whole.input(k);
            let expected = whole.lines().join("\n");
            let ratatui_textarea::DataCursor(row, col) = whole.cursor();
            let at: usize = whole.lines()[..row]
                .iter()
                .map(|l| l.len() + 1)
                .sum::<usize>()
                + whole.lines()[row]
                    .char_indices()
                    .nth(col)
                    .map_or(whole.lines()[row].len(), |(b, _)| b);
            assert_eq!(cursor(&ed), at, "cursor after step {step}: {k:?}");
            if step % 50 == 0 {
                assert_eq!(ed.text(), expected, "text after step {step}");
            }
        }
        assert_eq!(ed.text(), whole.lines().join("\n"));
    }

    /// One long line (no line breaks at all) is windowed too.
    #[test]
    fn a_note_of_one_long_line_is_windowed_and_kept_whole() {
        let text = "word 字 ".repeat(40_000);
        let mut ed = Editor::new(note(), "Note".into(), &text);
        assert!(ed.textarea.lines()[0].len() <= 2 * HALF_WINDOW);
        ed.input(key(KeyCode::Home));
        ed.input(key(KeyCode::Char('!')));
        ed.paste("pasted\nlines");
        let expected = format!("!pasted\nlines{text}");
        assert!(ed.text() == expected, "typed at the start of the line");
        ed.input(key(KeyCode::End));
        ed.input(key(KeyCode::Char('?')));
        assert!(ed.text() == format!("{expected}?"), "typed at its end");
    }
}
