//! Presentation mode, for a projector in a meeting room: the benchmark
//! number as a big heading, its title, and one item at a time in large,
//! well-spaced text. Side panes are hidden; the progress line stays.

use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::{Theme, fit};
use crate::app::State;
use crate::app::walk::{Step, TARGET_ITEMS, items_in};
use crate::model::TipStatus;
use crate::model::content::{OURS_MARK, Sourced, mark};
use crate::model::score::{benchmark_score, format_score};
use crate::text::{inert_block, inert_line};

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let bm = &state.pack.benchmarks[state.pos.bm];
    // The biggest heading that fits. The big font has Latin letters and
    // digits only: a heading in another script is said in bold words beside
    // the big number instead.
    let long = crate::tr!("present-big-heading", n = bm.number);
    let short = crate::tr!("present-big-heading-short", n = bm.number);
    if !long.is_ascii() {
        return render_beside(frame, area, state, theme, long);
    }
    let (heading, size, rows) = if area.height >= 36 && area.width as usize >= long.len() * 8 {
        (long, PixelSize::Full, 8)
    } else if area.height >= 18 && area.width as usize >= long.len() * 8 {
        (long, PixelSize::HalfHeight, 4)
    } else if area.height >= 18 {
        (short, PixelSize::HalfHeight, 4)
    } else {
        (short, PixelSize::Quadrant, 4)
    };
    // On a big screen the title is big too: quadrant glyphs, 4 columns a
    // character, wrapped onto at most two lines.
    let per_line = (area.width / 4) as usize;
    let title_lines = crate::text::wrap_words(&inert_line(&bm.title), per_line);
    let big_title = area.height >= 40 && title_lines.len() <= 2 && bm.title.is_ascii();
    let title_rows = if big_title {
        4 * title_lines.len() as u16 + 1
    } else {
        2
    };
    let [big, title, tabs, _, body] = Layout::vertical([
        Constraint::Length(rows),
        Constraint::Length(title_rows),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    frame.render_widget(
        BigText::builder()
            .pixel_size(size)
            .style(theme.title)
            .lines(vec![Line::from(heading)])
            .centered()
            .build(),
        big,
    );
    let mut t = vec![Span::styled(
        inert_line(&bm.title).into_owned(),
        theme.title,
    )];
    t.push(Span::styled(
        format!("  {}", inert_line(state.pack.group_name(&bm.group))),
        theme.dim,
    ));
    if big_title {
        let [text, group] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(title);
        frame.render_widget(
            BigText::builder()
                .pixel_size(PixelSize::Quadrant)
                .style(theme.title)
                .lines(title_lines.into_iter().map(Line::from).collect::<Vec<_>>())
                .centered()
                .build(),
            text,
        );
        frame.render_widget(
            Paragraph::new(Line::from(t.split_off(1))).alignment(Alignment::Center),
            group,
        );
    } else {
        frame.render_widget(
            Paragraph::new(Line::from(t))
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            title,
        );
    }
    render_steps(frame, tabs, body, state, theme);
}

/// The heading in words beside the big benchmark number (a language the
/// big font cannot draw), then the steps and the item as in English.
fn render_beside(frame: &mut Frame, area: Rect, state: &State, theme: &Theme, heading: String) {
    let bm = &state.pack.benchmarks[state.pos.bm];
    let (size, rows) = if area.height >= 36 {
        (PixelSize::Full, 8)
    } else if area.height >= 18 {
        (PixelSize::HalfHeight, 4)
    } else {
        (PixelSize::Quadrant, 4)
    };
    let [big, _, tabs, _, body] = Layout::vertical([
        Constraint::Length(rows),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    number_beside(
        frame,
        big,
        &bm.number.to_string(),
        size,
        &[
            (heading, theme.title),
            (inert_line(&bm.title).into_owned(), theme.title),
            (
                inert_line(state.pack.group_name(&bm.group)).into_owned(),
                theme.dim,
            ),
        ],
    );
    render_steps(frame, tabs, body, state, theme);
}

/// A number in the big font with words beside it, in lines wrapped to the
/// room left, the two centred together in `area` (the big font draws
/// digits and Latin letters only; the words can be in any script).
pub fn number_beside(
    frame: &mut Frame,
    area: Rect,
    number: &str,
    size: PixelSize,
    words: &[(String, ratatui::style::Style)],
) {
    let (glyph_w, glyph_h) = match size {
        PixelSize::Full => (8, 8),
        PixelSize::Quadrant => (4, 4),
        _ => (8, 4),
    };
    let gap = 3;
    let big_w = (number.chars().count() as u16 * glyph_w).min(area.width);
    let room = usize::from(area.width.saturating_sub(big_w + gap)).max(1);
    let mut lines: Vec<Line> = words
        .iter()
        .flat_map(|(text, style)| {
            crate::text::wrap(text, room)
                .into_iter()
                .map(move |l| Line::from(Span::styled(l, *style)))
        })
        .collect();
    lines.truncate(usize::from(area.height));
    let text_w = lines.iter().map(Line::width).max().unwrap_or(0) as u16;
    let total = big_w + gap + text_w;
    let x = area.x + area.width.saturating_sub(total) / 2;
    let big = Rect {
        x,
        y: area.y + area.height.saturating_sub(glyph_h) / 2,
        width: big_w,
        height: glyph_h.min(area.height),
    };
    let n = lines.len() as u16;
    let text = Rect {
        x: x + big_w + gap,
        y: area.y + area.height.saturating_sub(n) / 2,
        width: text_w.min(area.width.saturating_sub(big_w + gap)),
        height: n,
    };
    let style = words.first().map(|(_, s)| *s).unwrap_or_default();
    frame.render_widget(
        BigText::builder()
            .pixel_size(size)
            .style(style)
            .lines(vec![Line::from(number.to_string())])
            .build(),
        big,
    );
    frame.render_widget(Paragraph::new(lines), text);
}

/// The steps as tabs, and the current item in one readable column.
fn render_steps(frame: &mut Frame, tabs: Rect, body: Rect, state: &State, theme: &Theme) {
    let bm = &state.pack.benchmarks[state.pos.bm];
    let rec = state.session.benchmark(&bm.id);
    let mut tab_spans = Vec::new();
    for step in Step::ALL {
        let style = if step == state.pos.step {
            theme.tab_current
        } else {
            theme.tab
        };
        tab_spans.push(Span::styled(format!(" {} ", step.title()), style));
        tab_spans.push(Span::raw("  "));
    }
    frame.render_widget(
        Paragraph::new(Line::from(tab_spans)).alignment(Alignment::Center),
        tabs,
    );

    // One readable column in the middle.
    let width = body.width.min(100);
    let column = Rect {
        x: body.x + (body.width - width) / 2,
        width,
        ..body
    };
    let n = items_in(&state.pack, state.pos.bm, state.pos.step);
    let mut lines: Vec<Line> = Vec::new();
    let gap = |lines: &mut Vec<Line>| lines.push(Line::from(""));
    match state.pos.step {
        Step::Aim => {
            lines.push(Line::from(Span::styled(
                tr!("aim-what-good-looks-like"),
                theme.key,
            )));
            lines.push(Line::from(format!(
                "{}{}",
                inert_block(&bm.aim.text),
                mark(&bm.aim)
            )));
            gap(&mut lines);
            lines.push(Line::from(Span::styled(
                tr!("aim-why-this-matters"),
                theme.key,
            )));
            for w in &bm.why {
                gap(&mut lines);
                lines.push(Line::from(format!("• {}{}", inert_block(&w.text), mark(w))));
            }
            gap(&mut lines);
            lines.push(Line::from(Span::styled(
                inert_line(&crate::i18n::provenance(bm)).into_owned(),
                theme.dim,
            )));
            if bm.has_ours() {
                lines.push(Line::from(Span::styled(tr!("ours-legend"), theme.ours)));
            }
        }
        Step::Criteria => {
            let Some(c) = bm.criteria.get(state.pos.item) else {
                return;
            };
            let cr = rec.and_then(|r| r.criterion(&c.id));
            let rating = cr.and_then(|c| c.rating);
            lines.push(Line::from(Span::styled(
                tr!(
                    "present-criterion",
                    item = state.pos.item + 1,
                    items = n,
                    id = c.id.as_str()
                ),
                theme.dim,
            )));
            gap(&mut lines);
            lines.push(Line::from(format!("{}{}", inert_block(&c.text), mark(c))));
            if c.is_ours() {
                lines.push(Line::from(Span::styled(tr!("ours-legend"), theme.ours)));
            }
            gap(&mut lines);
            let label = match rating.and_then(|v| state.pack.level(v)) {
                Some(l) => tr!(
                    "present-where-we-are",
                    value = l.value,
                    label = inert_line(&l.label).into_owned(),
                    descriptor = inert_line(&l.descriptor).into_owned()
                ),
                None => tr!("present-not-rated"),
            };
            lines.push(Line::from(Span::styled(
                label,
                theme
                    .rating_style(rating)
                    .add_modifier(ratatui::style::Modifier::BOLD),
            )));
            for m in &c.measures {
                let v = cr.and_then(|r| r.measured.get(&m.id)).copied();
                let target = cr.and_then(|r| r.targets.get(&m.id)).copied();
                lines.push(Line::from(format!(
                    "◆ {} — {}",
                    inert_line(&crate::i18n::measure_describe(m)),
                    crate::i18n::measure_status(m, v, target)
                )));
            }
            if let Some(note) = cr.map(|c| c.note.as_str()).filter(|n| !n.is_empty()) {
                gap(&mut lines);
                lines.push(Line::from(Span::styled(tr!("present-evidence"), theme.key)));
                lines.extend(super::note_lines(note, frame.area(), 0, theme));
            }
        }
        Step::Tips(phase) => {
            let Some(t) = bm.tips.of(phase).get(state.pos.item) else {
                return;
            };
            let tr = rec.and_then(|r| r.tip(&t.id));
            let status = tr.map_or(TipStatus::NotDiscussed, |t| t.status);
            lines.push(Line::from(Span::styled(
                tr!(
                    "present-tip",
                    phase = crate::i18n::phase(phase),
                    item = state.pos.item + 1,
                    items = n,
                    id = t.id.as_str()
                ),
                theme.dim,
            )));
            gap(&mut lines);
            lines.push(Line::from(format!("{}{}", inert_block(&t.text), mark(t))));
            if t.is_ours() {
                lines.push(Line::from(Span::styled(
                    tr!("present-ours-tip", mark = OURS_MARK),
                    theme.ours,
                )));
            }
            gap(&mut lines);
            let mut decided = vec![Span::styled(
                tr!("present-decision", status = crate::i18n::status(status)),
                theme
                    .status_style(status)
                    .add_modifier(ratatui::style::Modifier::BOLD),
            )];
            if let Some(tr) = tr {
                if !tr.owner.is_empty() {
                    decided.push(Span::raw(format!(
                        " · {}",
                        tr!("retired-owner", owner = inert_line(&tr.owner).into_owned())
                    )));
                }
                if !tr.due.is_empty() {
                    decided.push(Span::raw(format!(
                        " · {}",
                        tr!("present-due", due = inert_line(&tr.due).into_owned())
                    )));
                }
            }
            lines.push(Line::from(decided));
            if let Some(note) = tr.map(|t| t.note.as_str()).filter(|n| !n.is_empty()) {
                gap(&mut lines);
                lines.extend(super::note_lines(note, frame.area(), 0, theme));
            }
        }
        Step::Targets => {
            let s = benchmark_score(&state.pack, bm, rec);
            lines.push(Line::from(Span::styled(
                tr!(
                    "present-score",
                    score = format_score(s.score),
                    rated = s.rated,
                    total = s.total
                ),
                theme.key,
            )));
            gap(&mut lines);
            let values = crate::app::walk::target_values(rec);
            for (i, (name, value)) in TARGET_ITEMS.iter().zip(values).enumerate() {
                let style = if i == state.pos.item {
                    theme.selected
                } else {
                    theme.key
                };
                lines.push(Line::from(Span::styled(crate::i18n::tr(name), style)));
                if value.is_empty() {
                    lines.push(Line::from("—"));
                }
                for l in super::note_lines(&value, frame.area(), 0, theme) {
                    let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
                    lines.push(Line::from(fit(&text, column.width as usize)));
                }
                gap(&mut lines);
            }
        }
    }
    let scroll = if state.pos.step == Step::Aim {
        state.aim_scroll
    } else {
        state.pane_scroll
    };
    let lines = super::wrap_cjk(lines, usize::from(column.width));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        column,
    );
}
