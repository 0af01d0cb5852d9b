//! The help overlay: every key, generated from the keymap that handles them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, bordered};
use crate::app::State;
use crate::app::keymap::{Context, bindings_for, keys_label};
use crate::i18n::tr;
use crate::text::inert_line;
use unicode_width::UnicodeWidthStr;

/// The contexts in the order help lists them.
const ORDER: [Context; 15] = [
    Context::Anywhere,
    Context::Overview,
    Context::Aim,
    Context::Criteria,
    Context::Tips,
    Context::Targets,
    Context::Summary,
    Context::Compare,
    Context::Actions,
    Context::ActionSearch,
    Context::Owners,
    Context::Editor,
    Context::Jump,
    Context::Help,
    Context::Recovery,
];

/// The help text, one line per key, grouped by where it works.
pub fn lines(state: &State, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for ctx in ORDER {
        let bindings: Vec<_> = bindings_for(&state.keymap, ctx).collect();
        if bindings.is_empty() {
            continue;
        }
        out.push(Line::from(Span::styled(ctx.title(), theme.title)));
        for b in bindings {
            out.push(Line::from(vec![
                Span::styled(format!("  {:<16}", keys_label(b)), theme.key),
                Span::raw(tr(b.help)),
            ]));
        }
        out.push(Line::from(""));
    }
    if ORDER.contains(&Context::Editor) {
        out.push(Line::from(Span::styled(
            tr("help-rating-scale"),
            theme.title,
        )));
        let label_w = state
            .pack
            .framework
            .scale
            .iter()
            .map(|l| inert_line(&l.label).width())
            .max()
            .unwrap_or(0)
            .max(12);
        for l in &state.pack.framework.scale {
            out.push(Line::from(format!(
                "  {} {} {}",
                l.value,
                super::pad(&inert_line(&l.label), label_w),
                inert_line(&l.descriptor)
            )));
        }
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(tr("help-score"), theme.title)));
        // The levels as the summary and the report list them.
        let levels = crate::output::summary::score_levels(&state.pack);
        out.push(Line::from(format!(
            "  {}",
            crate::tr!("help-score-formula", levels = levels)
        )));
    }
    out
}

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme, scroll: u16) {
    let r = area;
    super::clear(frame, r, theme);
    let inner = r.width.saturating_sub(2).max(1) as usize;
    let text = super::wrap_cjk(lines(state, theme), inner);
    // Count wrapped lines, so the last line (the score formula) can be reached.
    let total: usize = text.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
    let max_scroll = (total as u16).saturating_sub(r.height.saturating_sub(2));
    frame.render_widget(
        Paragraph::new(text)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .scroll((scroll.min(max_scroll), 0))
            .block(bordered(theme, &format!(" {} ", tr("help-title")))),
        r,
    );
}
