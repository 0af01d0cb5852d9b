//! The editor overlay: a text area for notes and fields, with the terminal's
//! own cursor at the edit point so an input method's candidate window
//! appears there.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use super::{Theme, bordered, centered, fit};
use crate::app::Action;
use crate::app::editor::Editor;
use crate::app::keymap::{Binding, first_key};
use crate::text::inert_line;

pub fn render(frame: &mut Frame, area: Rect, ed: &Editor, keymap: &[Binding], theme: &Theme) {
    let single = ed.field.single_line();
    let width = area.width.saturating_sub(4).min(100);
    let height = if single {
        5
    } else {
        (area.height * 2 / 3).max(8)
    };
    let r = centered(area, width, height);
    super::clear(frame, r, theme);
    let title = format!(
        " {} ",
        fit(&inert_line(&ed.title), width.saturating_sub(4) as usize)
    );
    let block = bordered(theme, &title);
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let [text_area, help] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    frame.render_widget(&ed.textarea, text_area);
    let help_text = match &ed.error {
        Some(e) => Span::styled(fit(&inert_line(e), help.width as usize), theme.error),
        None => {
            let done = first_key(keymap, Action::EditorDone);
            let cancel = first_key(keymap, Action::EditorCancel);
            let text = if single {
                crate::tr!("editor-keys-line", done = done, cancel = cancel)
            } else {
                crate::tr!("editor-keys-block", done = done, cancel = cancel)
            };
            Span::styled(text, theme.dim)
        }
    };
    frame.render_widget(Paragraph::new(help_text), help);
    // Place the real cursor where the text area draws its own.
    let c = ed.textarea.screen_cursor();
    let (top, left) = ed.textarea.scroll_offset();
    let row = (c.row as u16).saturating_sub(top);
    let col = (c.col as u16).saturating_sub(left);
    if row < text_area.height && col <= text_area.width {
        frame.set_cursor_position(Position::new(
            (text_area.x + col).min(text_area.right().saturating_sub(1)),
            text_area.y + row,
        ));
    }
}
