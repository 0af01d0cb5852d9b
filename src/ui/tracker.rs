//! The actions screen: every decided tip across the benchmarks as a table
//! (benchmark, tip, status, owner, due; phase and note when there is room),
//! what is shown and how it is sorted, and the highlighted action in full.
//! Late actions say LATE in words and are drawn in the warning style.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Theme, bordered, fit};
use crate::app::State;
use crate::app::tracker::{OwnerPicker, View};
use crate::i18n::tr;
use crate::model::date::Date;
use crate::model::due::{Due, Reading};
use crate::model::tracker::ActionItem;
use crate::text::inert_line;
use crate::tr;

const NO_OWNER: &str = "—";

/// The actions screen's other keys, for the line above the status bar
/// (from the keymap, so a key changed in the configuration shows here).
pub fn key_line(map: &[crate::app::keymap::Binding]) -> String {
    use crate::app::Action as A;
    let key = |a| crate::app::keymap::key_in(map, crate::app::keymap::Context::Actions, a);
    [
        (A::FilterLate, "tracker-key-late"),
        (A::PickOwner, "tracker-key-whose"),
        (A::FilterStatus, "tracker-key-status"),
        (A::FilterSoon, "tracker-key-soon"),
        (A::SortActions, "tracker-key-sort"),
        (A::FilterNotForUs, "tracker-key-not-for-us"),
        (A::ClearFilters, "tracker-key-all"),
    ]
    .iter()
    .map(|(a, what)| format!("{} {}", key(*a), tr(what)))
    .fold(String::new(), |line, k| line + " " + &k + " ·")
    .trim_end_matches(" ·")
    .to_string()
}

/// Widths from which the phase and the note get their own columns.
const PHASE_FROM: u16 = 100;
const NOTE_FROM: u16 = 140;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let v = state.action_view();
    let today = state.today_date();
    // On the projector, a heading the back of the room can read: how many
    // are late, or simply "Actions".
    let area = if state.present && area.height >= 30 {
        let late = v.items.iter().filter(|a| a.late(today)).count();
        let heading = if late > 0 {
            crate::tr!("present-big-late", n = late)
        } else {
            tr("present-big-actions")
        };
        let [big, rest] = Layout::vertical([Constraint::Length(5), Constraint::Min(1)]).areas(area);
        let style = if late > 0 { theme.error } else { theme.title };
        if heading.is_ascii() {
            frame.render_widget(
                tui_big_text::BigText::builder()
                    .pixel_size(tui_big_text::PixelSize::HalfHeight)
                    .style(style)
                    .lines(vec![Line::from(heading)])
                    .centered()
                    .build(),
                big,
            );
        } else if late > 0 {
            // The big font draws no Chinese: the number big, the words beside.
            super::present::number_beside(
                frame,
                big,
                &late.to_string(),
                tui_big_text::PixelSize::HalfHeight,
                &[(heading, style)],
            );
        } else {
            let [_, middle, _] = Layout::vertical([
                Constraint::Length(2),
                Constraint::Length(1),
                Constraint::Min(0),
            ])
            .areas(big);
            frame.render_widget(
                Paragraph::new(Line::from(Span::styled(heading, style))).centered(),
                middle,
            );
        }
        rest
    } else {
        area
    };
    let details_h = if state.present { 8 } else { 6 };
    let [bar, table, details] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(details_h),
    ])
    .areas(area);
    draw_bar(frame, bar, state, &v, today, theme);
    if v.items.is_empty() {
        frame.render_widget(
            Paragraph::new(tr("tracker-no-actions")).wrap(Wrap { trim: true }),
            table,
        );
        return;
    }
    if v.rows.is_empty() {
        frame.render_widget(Paragraph::new(format!(" {}", tr("tracker-nothing"))), table);
    } else {
        draw_table(frame, table, state, &v, today, theme);
    }
    if let Some(a) = v.selected_item() {
        draw_details(frame, details, state, a, today, theme);
    }
}

/// How many, how sorted, what is filtered (and the search being typed).
fn draw_bar(frame: &mut Frame, area: Rect, state: &State, v: &View, today: Date, theme: &Theme) {
    let t = &state.tracker;
    let f = &t.filter;
    let late = v.rows.iter().filter(|&&i| v.items[i].late(today)).count();
    let mut spans = vec![Span::raw(format!(
        " {}",
        tr!("tracker-shown", shown = v.rows.len(), total = v.items.len())
    ))];
    if late > 0 {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(
            tr!("tracker-late-count", n = late),
            theme.error,
        ));
    }
    spans.push(Span::styled(
        format!(
            " · {}",
            tr!(
                "tracker-by",
                sort = crate::i18n::sort(t.sort),
                status = crate::i18n::status_filter(f.status)
            )
        ),
        theme.dim,
    ));
    let owner = match f.owner.as_deref() {
        None => tr("tracker-everyone"),
        Some("") => tr("tracker-nobody"),
        Some(o) => inert_line(o).into_owned(),
    };
    spans.push(Span::styled(format!(" · {owner}"), theme.dim));
    if f.late {
        spans.push(Span::styled(
            format!(" · {}", tr("tracker-late-only")),
            theme.dim,
        ));
    }
    if let Some(w) = f.within_weeks {
        spans.push(Span::styled(
            format!(" · {}", tr!("tracker-due-within", weeks = w)),
            theme.dim,
        ));
    }
    if f.not_for_us {
        spans.push(Span::styled(
            format!(" · {}", tr("tracker-with-not-for-us")),
            theme.dim,
        ));
    }
    spans.push(Span::styled(
        format!(" · {}", crate::tr!("tracker-as-of", date = today.iso())),
        theme.dim,
    ));
    let search = inert_line(&f.search).into_owned();
    if t.searching || !search.is_empty() {
        // The search gets the right of the line; the rest is cut to fit.
        let label = format!(" {}", tr!("tracker-search", search = search));
        let w = (label.width() + 1).min(area.width as usize / 2) as u16;
        let [left, right] =
            Layout::horizontal([Constraint::Min(0), Constraint::Length(w)]).areas(area);
        frame.render_widget(Paragraph::new(fit_line(spans, left.width)), left);
        frame.render_widget(
            Paragraph::new(fit(&label, right.width as usize)).style(theme.key),
            right,
        );
        if t.searching {
            let x = right.x + label.width().min(right.width as usize - 1) as u16;
            frame.set_cursor_position(Position::new(x, right.y));
        }
    } else {
        frame.render_widget(Paragraph::new(fit_line(spans, area.width)), area);
    }
}

/// Cut a line of spans to `width` columns.
fn fit_line(spans: Vec<Span<'_>>, width: u16) -> Line<'_> {
    let mut used = 0;
    let mut out = Vec::new();
    for s in spans {
        let w = s.content.width();
        if used + w > width as usize {
            let rest = fit(&s.content, (width as usize).saturating_sub(used));
            out.push(Span::styled(rest, s.style));
            break;
        }
        used += w;
        out.push(s);
    }
    Line::from(out)
}

/// The due column: a date, LATE when late, or the text as written.
pub fn due_cell(a: &ActionItem, today: Date) -> String {
    match &a.due {
        Due::Date { date, .. } if a.late(today) => format!("{} {}", date.iso(), tr("tracker-late")),
        Due::Date { date, .. } => date.iso(),
        Due::Unread => inert_line(&a.due_text).into_owned(),
        Due::None => String::new(),
    }
}

fn draw_table(frame: &mut Frame, area: Rect, state: &State, v: &View, today: Date, theme: &Theme) {
    let wide = area.width >= PHASE_FROM;
    let notes = area.width >= NOTE_FROM;
    // The benchmark's column is as wide as its heading (two columns a
    // Chinese character), at least three.
    let bm_head = tr("tracker-head-bm");
    let bm_w = (bm_head.width() as u16).max(3);
    let mut widths = vec![Constraint::Length(bm_w)];
    let mut head = vec![bm_head];
    if wide {
        widths.push(Constraint::Length(9));
        head.push(tr("tracker-head-phase"));
    }
    widths.push(Constraint::Fill(3));
    head.push(tr("tracker-head-tip"));
    widths.extend([
        Constraint::Length(11),
        Constraint::Length(if wide { 18 } else { 12 }),
        Constraint::Length(15),
    ]);
    head.extend([tr("field-status"), tr("field-owner"), tr("field-due")]);
    if notes {
        widths.push(Constraint::Fill(2));
        head.push(tr("field-note"));
    }
    // The tip's column: what the fixed columns and the note leave.
    let fixed: u16 = 2 + bm_w + if wide { 10 } else { 0 } + 12 + if wide { 19 } else { 13 } + 16;
    let rest = area.width.saturating_sub(fixed + 1) as usize;
    let tip_w = if notes { rest * 3 / 5 } else { rest };
    let rows = v.rows.iter().map(|&i| {
        let a = &v.items[i];
        let late = a.late(today);
        let mut cells = vec![Cell::from(format!("{:>2}", a.bm_number))];
        if wide {
            cells.push(Cell::from(crate::i18n::phase(a.phase).to_lowercase()));
        }
        cells.push(Cell::from(fit(&inert_line(&a.text), tip_w)));
        let status = Cell::from(crate::i18n::status(a.status));
        cells.push(if late {
            status.style(theme.error)
        } else {
            status.style(theme.status_style(a.status))
        });
        let owner = if a.owner.trim().is_empty() {
            Cell::from(NO_OWNER).style(theme.dim)
        } else {
            Cell::from(inert_line(&a.owner).into_owned())
        };
        cells.push(owner);
        let due = Cell::from(due_cell(a, today));
        cells.push(match a.due {
            _ if late => due.style(theme.error),
            Due::Unread => due.style(theme.dim),
            _ => due,
        });
        if notes {
            let note_w = rest.saturating_sub(tip_w + 1);
            cells.push(Cell::from(fit(&inert_line(&a.note), note_w)).style(theme.dim));
        }
        let row = Row::new(cells);
        if state.present {
            row.bottom_margin(1)
        } else {
            row
        }
    });
    let table = Table::new(rows, widths)
        .header(Row::new(head).style(theme.dim))
        .column_spacing(1)
        .row_highlight_style(theme.selected)
        .highlight_symbol("▶ ");
    let mut ts = TableState::default().with_selected(Some(v.selected));
    frame.render_stateful_widget(table, area, &mut ts);
    // Where each visible row was drawn, for `--mouse` clicks.
    let height = if state.present { 2 } else { 1 };
    for (n, row) in (ts.offset()..v.rows.len()).enumerate() {
        let y = area.y + 1 + n as u16 * height;
        if y >= area.bottom() {
            break;
        }
        super::hit(
            Rect {
                y,
                height: 1,
                ..area
            },
            crate::app::state::Hit::Action(row),
        );
    }
}

fn draw_details(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    a: &ActionItem,
    today: Date,
    theme: &Theme,
) {
    let title = format!(" {} ", tr("tracker-details"));
    let block = bordered(theme, &title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let bm_title = state
        .pack
        .benchmarks
        .get(a.bm)
        .map(|b| inert_line(&b.title).into_owned())
        .unwrap_or_default();
    let head = Line::from(vec![
        Span::styled(format!("{} ", a.tip_id), theme.key),
        Span::styled(
            tr!(
                "tracker-details-head",
                phase = crate::i18n::phase(a.phase),
                n = a.bm_number,
                title = bm_title
            ),
            theme.dim,
        ),
    ]);
    let due_text = inert_line(&a.due_text).into_owned();
    let mut due = Vec::new();
    if let Some(days) = a.days_late(today) {
        due.push(Span::styled(
            format!(
                "{} · ",
                if days < 14 {
                    tr!("tracker-late-by-days", days = days)
                } else {
                    tr!("tracker-late-by-weeks", weeks = days / 7)
                }
            ),
            theme.error,
        ));
    }
    due.push(Span::styled(
        crate::i18n::status(a.status),
        theme.status_style(a.status),
    ));
    due.push(Span::styled(
        format!(" · {}", tr("tracker-owner-label")),
        theme.dim,
    ));
    due.push(Span::raw(if a.owner.trim().is_empty() {
        NO_OWNER.to_string()
    } else {
        inert_line(&a.owner).into_owned()
    }));
    due.push(Span::styled(
        format!(" · {}", tr("tracker-due-label")),
        theme.dim,
    ));
    match &a.due {
        Due::None => due.push(Span::styled(tr("tracker-due-none"), theme.dim)),
        Due::Unread => {
            due.push(Span::raw(format!("\"{due_text}\" ")));
            due.push(Span::styled(tr("tracker-due-unread"), theme.dim));
        }
        Due::Date { date, from } => due.push(Span::raw(match from {
            Reading::Day => date.iso(),
            Reading::Month => tr!(
                "tracker-due-month",
                text = due_text.as_str(),
                date = date.iso()
            ),
            Reading::Term(t) => tr!(
                "tracker-due-term",
                text = due_text.as_str(),
                date = date.iso(),
                term = inert_line(t).into_owned()
            ),
        })),
    }
    let note = (!a.note.trim().is_empty()).then(|| {
        Line::from(vec![
            Span::styled(super::label_then(&tr("note-label")), theme.dim),
            Span::raw(inert_line(&a.note).into_owned()),
        ])
    });
    let [head_r, tip_r, due_r, note_r] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(u16::from(note.is_some())),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(fit_line(head.spans, head_r.width)), head_r);
    frame.render_widget(
        Paragraph::new(inert_line(&a.text).into_owned()).wrap(Wrap { trim: true }),
        tip_r,
    );
    frame.render_widget(Paragraph::new(fit_line(due, due_r.width)), due_r);
    if let Some(note) = note {
        frame.render_widget(Paragraph::new(fit_line(note.spans, note_r.width)), note_r);
    }
}

/// The owner picker over the actions screen.
pub fn render_picker(frame: &mut Frame, area: Rect, p: &OwnerPicker, theme: &Theme) {
    let h = (p.names.len() as u16 + 2).min(area.height);
    let w = p
        .names
        .iter()
        .map(|n| n.as_deref().map_or(0, |n| inert_line(n).width()))
        .max()
        .unwrap_or(0)
        .max(24) as u16
        + 6;
    let r = super::centered(area, w, h);
    super::clear(frame, r, theme);
    let room = r.height.saturating_sub(2) as usize;
    let start = p.selected.saturating_sub(room.saturating_sub(1));
    let lines: Vec<Line> = p
        .names
        .iter()
        .enumerate()
        .skip(start)
        .take(room)
        .map(|(i, n)| {
            let name = match n.as_deref() {
                None => tr("tracker-everyone"),
                Some("") => tr("tracker-nobody"),
                Some(n) => inert_line(n).into_owned(),
            };
            let style = if i == p.selected {
                theme.selected
            } else {
                theme.base
            };
            Line::from(Span::styled(format!(" {name} "), style))
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).block(bordered(theme, &format!(" {} ", tr("tracker-whose-title")))),
        r,
    );
}
