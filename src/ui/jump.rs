//! The jump overlay: a search box and the best matches.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Theme, bordered, fit};
use crate::app::jump::Jump;
use crate::text::inert_line;

pub fn render(frame: &mut Frame, area: Rect, j: &Jump, theme: &Theme) {
    let r = area;
    super::clear(frame, r, theme);
    let inner_w = r.width.saturating_sub(2) as usize;
    let query = inert_line(&j.query).into_owned();
    let find = crate::i18n::tr("jump-find");
    let mut lines = vec![
        Line::from(vec![
            Span::styled(find.clone(), theme.key),
            Span::raw(query.clone()),
        ]),
        Line::from(Span::styled(
            crate::tr!("jump-matches", n = j.hits.len()),
            theme.dim,
        )),
    ];
    let room = r.height.saturating_sub(4) as usize;
    let start = j.selected.saturating_sub(room.saturating_sub(1));
    for (row, &i) in j.hits.iter().enumerate().skip(start).take(room) {
        let t = &j.targets[i];
        let text = fit(
            &format!("{} {}", super::pad(&kind(t.kind), 9), inert_line(&t.text)),
            inner_w,
        );
        let style = if row == j.selected {
            theme.selected
        } else {
            theme.base
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    let title = format!(" {} ", crate::i18n::tr("jump-title"));
    frame.render_widget(Paragraph::new(lines).block(bordered(theme, &title)), r);
    // The real cursor at the end of the query, where an input method expects it.
    let x = r.x + 1 + find.width() as u16 + query.width() as u16;
    frame.set_cursor_position(Position::new(x.min(r.right().saturating_sub(2)), r.y + 1));
}

/// What kind of thing a result is, in the language in use.
fn kind(kind: &str) -> String {
    crate::i18n::tr(match kind {
        "benchmark" => "jump-kind-benchmark",
        "criterion" => "jump-kind-criterion",
        "tip" => "jump-kind-tip",
        "partner" => "jump-kind-partner",
        "insight" => "jump-kind-insight",
        "glossary" => "jump-kind-glossary",
        "resource" => "jump-kind-resource",
        "note" => "jump-kind-note",
        other => return other.to_string(),
    })
}
