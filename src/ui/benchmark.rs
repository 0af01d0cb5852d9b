//! One benchmark at the walk position: a title, the steps as tabs, and the
//! step's items (aim, criteria to rate, tips of a phase, targets), with the
//! reference pane beside or below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Theme, bordered, fit};
use crate::app::jump::Reference;
use crate::app::state::Hit;
use crate::app::walk::{Step, TARGET_ITEMS};
use crate::app::{Action, State};
use crate::i18n::tr;
use crate::model::content::{Benchmark, OURS_MARK, Sourced, mark};
use crate::model::migrate::retired_value;
use crate::model::score::{benchmark_score, format_change, format_score};
use crate::model::{BenchmarkRecord, TipStatus};
use crate::text::{inert_block, inert_line};
use crate::tr;
use unicode_width::UnicodeWidthStr;

/// Screens at least this wide show the reference pane beside the walk.
const SIDE_BY_SIDE: u16 = 120;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let bm = &state.pack.benchmarks[state.pos.bm];
    let rec = state.session.benchmark(&bm.id);
    let [title, tabs, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);

    let group = state.pack.group_name(&bm.group);
    let mut spans = vec![Span::styled(
        fit(
            &format!(
                " {}",
                tr!(
                    "benchmark-heading",
                    n = bm.number,
                    title = inert_line(&bm.title).into_owned()
                )
            ),
            (area.width as usize).saturating_sub(20),
        ),
        theme.title,
    )];
    spans.push(Span::styled(format!("  {}", inert_line(group)), theme.dim));
    frame.render_widget(Paragraph::new(Line::from(spans)), title);

    let mut tab_spans = vec![Span::raw(" ")];
    let mut x = tabs.x + 1;
    for (i, step) in Step::ALL.into_iter().enumerate() {
        let style = if step == state.pos.step {
            theme.tab_current
        } else {
            theme.tab
        };
        let label = format!(" {} ", step.title());
        let w = label.width() as u16;
        super::hit(
            Rect {
                x,
                width: w,
                ..tabs
            },
            Hit::Step(i),
        );
        x += w + 1;
        tab_spans.push(Span::styled(label, style));
        tab_spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(tab_spans)), tabs);

    // Main area and reference pane.
    // Wide screens show the reference pane beside the walk; narrow ones show
    // it in place of the details, so nothing is squeezed to a few lines.
    let (main, side) = match state.reference {
        Some(r) if body.width >= SIDE_BY_SIDE => {
            let [m, s] =
                Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)])
                    .areas(body);
            (m, Some((s, r)))
        }
        _ => (body, None),
    };
    let in_place = state.reference.filter(|_| side.is_none());
    let lower =
        |frame: &mut Frame, area: Rect, detail: Vec<Line<'static>>, title: String| match in_place {
            Some(pane) => reference(frame, area, bm, pane, state, theme),
            None => {
                let detail = super::wrap_cjk(detail, usize::from(area.width.saturating_sub(2)));
                let scroll = clamp_scroll(&detail, area, state.pane_scroll);
                frame.render_widget(
                    Paragraph::new(detail)
                        .wrap(Wrap { trim: false })
                        .scroll((scroll, 0))
                        .block(bordered(theme, &title)),
                    area,
                );
            }
        };
    match state.pos.step {
        Step::Aim | Step::Targets if in_place.is_some() => {
            let [top, bottom] =
                Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)])
                    .areas(main);
            if state.pos.step == Step::Aim {
                aim(frame, top, state, bm, theme);
            } else {
                targets(frame, top, state, bm, rec, theme);
            }
            lower(frame, bottom, Vec::new(), String::new());
        }
        Step::Aim => aim(frame, main, state, bm, theme),
        Step::Criteria => criteria(frame, main, state, bm, rec, theme, &lower),
        Step::Tips(_) => tips(frame, main, state, bm, rec, theme, &lower),
        Step::Targets => targets(frame, main, state, bm, rec, theme),
    }
    if let Some((r, pane)) = side {
        reference(frame, r, bm, pane, state, theme);
    }
}

/// How far a pane of `lines` in `area` (with borders) may scroll.
fn clamp_scroll(lines: &[Line], area: Rect, wanted: u16) -> u16 {
    let inner = area.width.saturating_sub(2).max(1) as usize;
    let inner_h = area.height.saturating_sub(2);
    let total: usize = lines.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
    wanted.min((total as u16).saturating_sub(inner_h.saturating_sub(1)))
}

/// Draws the details pane (or whatever takes its place).
type Lower<'a> = dyn Fn(&mut Frame, Rect, Vec<Line<'static>>, String) + 'a;

fn aim(frame: &mut Frame, area: Rect, state: &State, bm: &Benchmark, theme: &Theme) {
    let mut lines = vec![
        Line::from(Span::styled(tr!("aim-what-good-looks-like"), theme.title)),
        Line::from(format!("{}{}", inert_block(&bm.aim.text), mark(&bm.aim))),
        Line::from(""),
        Line::from(Span::styled(tr!("aim-why-this-matters"), theme.title)),
    ];
    for w in &bm.why {
        lines.push(Line::from(format!("• {}{}", inert_block(&w.text), mark(w))));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(vec![
        Span::styled(tr!("aim-text-from"), theme.dim),
        Span::raw(inert_line(&crate::i18n::provenance(bm)).into_owned()),
    ]));
    if bm.has_ours() {
        lines.push(Line::from(Span::styled(tr!("ours-legend"), theme.ours)));
    }
    let lines = super::wrap_cjk(lines, usize::from(area.width.saturating_sub(2)));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((state.aim_scroll, 0))
            .block(bordered(
                theme,
                &format!(" {} ", tr!("aim-title", key = key_of(state, Action::Next))),
            )),
        area,
    );
}

/// Split `area` into a list of `n` one-line rows and a detail pane.
fn list_and_detail(area: Rect, n: usize) -> (Rect, Rect) {
    let list_h = (n as u16).min(area.height.saturating_sub(6) / 2 + 2).max(1);
    let [list, detail] =
        Layout::vertical([Constraint::Length(list_h), Constraint::Min(3)]).areas(area);
    (list, detail)
}

/// One row of a criteria or tips list: marker, a coloured badge (rating or
/// status), the text; the selected row is highlighted after the marker.
fn list_row(
    marker: &str,
    badge: Span<'static>,
    text: String,
    selected: bool,
    theme: &Theme,
) -> Line<'static> {
    let mut spans = vec![
        Span::raw(format!("{marker} ")),
        badge,
        Span::raw(" "),
        Span::raw(text),
    ];
    if selected {
        for s in spans.iter_mut().skip(1) {
            s.style = s.style.patch(theme.selected);
        }
    }
    Line::from(spans)
}

/// The window of `n` rows that keeps `selected` in view.
fn window(n: usize, selected: usize, rows: usize) -> std::ops::Range<usize> {
    if n <= rows {
        return 0..n;
    }
    let start = selected
        .saturating_sub(rows.saturating_sub(1) / 2)
        .min(n - rows);
    start..start + rows
}

fn criteria(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    bm: &Benchmark,
    rec: Option<&BenchmarkRecord>,
    theme: &Theme,
    lower: &Lower,
) {
    let (list, detail) = list_and_detail(area, bm.criteria.len());
    let width = list.width as usize;
    let mut lines = Vec::new();
    for (row, i) in window(bm.criteria.len(), state.pos.item, list.height as usize).enumerate() {
        super::hit(
            Rect {
                y: list.y + row as u16,
                height: 1,
                ..list
            },
            Hit::Item(i),
        );
        let c = &bm.criteria[i];
        let cr = rec.and_then(|r| r.criterion(&c.id));
        let rating = cr.and_then(|c| c.rating);
        let label = match rating.and_then(|v| state.pack.level(v)) {
            Some(l) => format!("{} {}", l.value, super::pad(&inert_line(&l.label), 11)),
            None => format!("· {}", super::pad(&tr!("not-rated"), 11)),
        };
        let marker = if i == state.pos.item { "▶" } else { " " };
        let note = if cr.is_some_and(|c| !c.note.is_empty()) {
            "✎"
        } else {
            " "
        };
        let ours = if c.is_ours() { OURS_MARK } else { " " };
        let text = fit(
            &format!("{note}{ours}{}", inert_line(&c.text)),
            width.saturating_sub(16),
        );
        lines.push(list_row(
            marker,
            Span::styled(label, theme.rating_style(rating)),
            text,
            i == state.pos.item,
            theme,
        ));
    }
    frame.render_widget(Paragraph::new(lines), list);

    let Some(c) = bm.criteria.get(state.pos.item) else {
        return;
    };
    let cr = rec.and_then(|r| r.criterion(&c.id));
    let mut d = vec![Line::from(format!("{}{}", inert_block(&c.text), mark(c)))];
    if c.is_ours() {
        d.push(Line::from(Span::styled(tr!("ours-legend"), theme.ours)));
    }
    for m in &c.measures {
        let value = cr.and_then(|r| r.measured.get(&m.id)).copied();
        let target = cr.and_then(|r| r.targets.get(&m.id)).copied();
        let status = crate::i18n::measure_status(m, value, target);
        let hint = if value.is_none() {
            format!(
                " {}",
                tr!(
                    "measure-keys",
                    measured = key_of(state, Action::EditMeasured),
                    target = key_of(state, Action::EditMeasureTarget)
                )
            )
        } else {
            String::new()
        };
        let style = match m.verdict(value, target).official {
            Some(false) => theme.error,
            _ => theme.base,
        };
        d.push(Line::from(vec![
            Span::styled("◆ ", theme.key),
            Span::raw(format!(
                "{} — ",
                inert_line(&crate::i18n::measure_describe(m))
            )),
            Span::styled(status, style),
            Span::styled(hint, theme.dim),
        ]));
    }
    match cr.map(|c| c.note.as_str()).filter(|n| !n.is_empty()) {
        Some(note) => {
            d.push(Line::from(Span::styled(tr!("evidence-label"), theme.dim)));
            d.extend(super::note_lines(
                note,
                frame.area(),
                state.pane_scroll,
                theme,
            ));
        }
        None => d.push(Line::from(Span::styled(
            tr!("no-evidence-yet", key = key_of(state, Action::EditNote)),
            theme.dim,
        ))),
    }
    let scale: Vec<Span> = state
        .pack
        .framework
        .scale
        .iter()
        .flat_map(|l| {
            [
                Span::styled(format!("{} ", l.value), theme.key),
                Span::styled(
                    format!("{}  ", inert_line(&l.label)),
                    theme.rating_style(Some(l.value)),
                ),
            ]
        })
        .collect();
    d.push(Line::from(scale));
    retired_history(&mut d, rec, theme);
    lower(frame, detail, d, format!(" {} ", c.id));
}

fn tips(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    bm: &Benchmark,
    rec: Option<&BenchmarkRecord>,
    theme: &Theme,
    lower: &Lower,
) {
    let Step::Tips(phase) = state.pos.step else {
        return;
    };
    let list_of = bm.tips.of(phase);
    let (list, detail) = list_and_detail(area, list_of.len());
    let width = list.width as usize;
    let mut lines = Vec::new();
    for (row, i) in window(list_of.len(), state.pos.item, list.height as usize).enumerate() {
        super::hit(
            Rect {
                y: list.y + row as u16,
                height: 1,
                ..list
            },
            Hit::Item(i),
        );
        let t = &list_of[i];
        let tr = rec.and_then(|r| r.tip(&t.id));
        let status = tr.map_or(TipStatus::NotDiscussed, |t| t.status);
        let marker = if i == state.pos.item { "▶" } else { " " };
        let owner = tr
            .map(|t| inert_line(&t.owner).into_owned())
            .filter(|o| !o.is_empty())
            .map(|o| format!("{} · ", fit(&o, 12)))
            .unwrap_or_default();
        let text = fit(
            &format!("{owner}{}", inert_line(&t.text)),
            width.saturating_sub(17),
        );
        lines.push(list_row(
            marker,
            Span::styled(
                super::pad(&crate::i18n::status(status), 13),
                theme.status_style(status),
            ),
            text,
            i == state.pos.item,
            theme,
        ));
    }
    frame.render_widget(Paragraph::new(lines), list);

    let Some(t) = list_of.get(state.pos.item) else {
        return;
    };
    let tr = rec.and_then(|r| r.tip(&t.id));
    let field = |name: &str, value: Option<&str>, key: &str| {
        let v = value.filter(|v| !v.is_empty());
        Line::from(vec![
            Span::styled(super::pad(name, 7), theme.dim),
            match v {
                Some(v) => Span::raw(inert_line(v).into_owned()),
                None => Span::styled(format!("— ({key})"), theme.dim),
            },
        ])
    };
    let status = tr.map_or(TipStatus::NotDiscussed, |t| t.status);
    let mut d = vec![
        Line::from(inert_block(&t.text).into_owned()),
        Line::from(vec![
            Span::styled(super::pad(&tr!("field-status"), 7), theme.dim),
            Span::styled(crate::i18n::status(status), theme.status_style(status)),
        ]),
        field(
            &tr!("field-owner"),
            tr.map(|t| t.owner.as_str()),
            &key_of(state, Action::EditOwner),
        ),
        field(
            &tr!("field-due"),
            tr.map(|t| t.due.as_str()),
            &key_of(state, Action::EditDue),
        ),
    ];
    match tr.map(|t| t.note.as_str()).filter(|n| !n.is_empty()) {
        Some(note) => {
            d.push(Line::from(Span::styled(tr!("note-label"), theme.dim)));
            d.extend(super::note_lines(
                note,
                frame.area(),
                state.pane_scroll,
                theme,
            ));
        }
        None => d.push(field(
            &tr!("field-note"),
            None,
            &key_of(state, Action::EditNote),
        )),
    }
    let legend: Vec<Span> = TipStatus::ALL
        .iter()
        .enumerate()
        .flat_map(|(k, s)| {
            [
                Span::styled(format!("{k} "), theme.key),
                Span::styled(
                    format!("{}  ", crate::i18n::status(*s)),
                    theme.status_style(*s),
                ),
            ]
        })
        .collect();
    d.push(Line::from(legend));
    lower(
        frame,
        detail,
        d,
        format!(" {} · {} ", t.id, crate::i18n::phase(phase)),
    );
}

fn targets(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    bm: &Benchmark,
    rec: Option<&BenchmarkRecord>,
    theme: &Theme,
) {
    let s = benchmark_score(&state.pack, bm, rec);
    let mut lines = vec![Line::from(vec![
        Span::styled(tr!("score-now-label"), theme.dim),
        Span::raw(tr!(
            "score-now",
            score = format_score(s.score),
            rated = s.rated,
            total = s.total,
            decided = s.tips_decided,
            tips = s.tips_total
        )),
    ])];
    if let Some(base) = state.session.baseline_score(&bm.id) {
        let trend = s
            .score
            .map(|x| format!(" · {}", format_change(x, base)))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(tr!("last-year-label"), theme.dim),
            Span::raw(format!("{}{trend}", format_score(Some(base)))),
        ]));
    }
    lines.push(Line::from(""));
    let values = crate::app::walk::target_values(rec);
    for (i, (name, value)) in TARGET_ITEMS.iter().zip(values).enumerate() {
        let selected = i == state.pos.item;
        let marker = if selected { "▶ " } else { "  " };
        let name_style = if selected { theme.selected } else { theme.key };
        let mut first = vec![
            Span::raw(marker),
            Span::styled(super::pad(&tr(name), 17), name_style),
            Span::raw(" "),
        ];
        if value.is_empty() {
            first.push(Span::styled(
                tr!("empty-to-edit", key = key_of(state, Action::EditNote)),
                theme.dim,
            ));
            lines.push(Line::from(first));
        } else {
            let mut it = super::note_lines(&value, frame.area(), 0, theme).into_iter();
            first.extend(it.next().map(|l| l.spans).unwrap_or_default());
            lines.push(Line::from(first));
            for mut rest in it {
                rest.spans.insert(0, Span::raw(format!("{:20}", "")));
                lines.push(rest);
            }
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        tr!("targets-explained"),
        theme.dim,
    )));
    let lines = super::wrap_cjk(lines, usize::from(area.width.saturating_sub(2)));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(bordered(theme, &format!(" {} ", tr!("targets-title")))),
        area,
    );
}

fn reference(
    frame: &mut Frame,
    area: Rect,
    bm: &Benchmark,
    pane: Reference,
    state: &State,
    theme: &Theme,
) {
    let mut lines: Vec<Line> = Vec::new();
    // Where each entry starts, to bring one into view after a jump.
    let mut starts = Vec::new();
    let mut entry = |head: &str, body: &str| {
        starts.push(lines.len());
        lines.push(Line::from(Span::styled(
            inert_line(head).into_owned(),
            theme.key,
        )));
        lines.push(Line::from(inert_block(body).into_owned()));
    };
    match pane {
        Reference::Partners => bm
            .partners
            .iter()
            .for_each(|p| entry(&format!("{}{}", p.name, mark(p)), &p.role)),
        Reference::Insights => bm
            .insights
            .iter()
            .for_each(|i| entry(&format!("•{}", mark(i)), &i.text)),
        Reference::Glossary => bm
            .glossary
            .iter()
            .for_each(|g| entry(&format!("{}{}", g.term, mark(g)), &g.definition)),
        Reference::Resources => bm.resources.iter().for_each(|r| {
            let body = match &r.url {
                Some(u) => format!("{} {u}", r.note),
                None => r.note.clone(),
            };
            entry(&format!("{}{}", r.name, mark(r)), &body)
        }),
    }
    let any_ours = match pane {
        Reference::Partners => bm.partners.iter().any(Sourced::is_ours),
        Reference::Insights => bm.insights.iter().any(Sourced::is_ours),
        Reference::Glossary => bm.glossary.iter().any(Sourced::is_ours),
        Reference::Resources => bm.resources.iter().any(Sourced::is_ours),
    };
    if any_ours {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(tr!("ours-legend"), theme.ours)));
    }
    if lines.is_empty() {
        lines.push(Line::from(Span::styled(
            tr!("reference-nothing"),
            theme.dim,
        )));
    }
    let inner = area.width.saturating_sub(2).max(1) as usize;
    let wanted = match state.reference_focus.and_then(|k| starts.get(k)) {
        // Wrapped height of everything before the entry.
        Some(&start) => lines[..start]
            .iter()
            .map(|l| l.width().div_ceil(inner).max(1) as u16)
            .sum(),
        None => state.pane_scroll,
    };
    let lines = super::wrap_cjk(lines, usize::from(area.width.saturating_sub(2)));
    let scroll = clamp_scroll(&lines, area, wanted);
    let title = format!(
        " {} ",
        tr!(
            "reference-title",
            pane = pane.title(),
            next = key_of(state, Action::Reference),
            down = key_of(state, Action::ScrollDown),
            up = key_of(state, Action::ScrollUp)
        )
    );
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(bordered(theme, &title)),
        area,
    );
}

/// What the session recorded against ids since retired from the pack:
/// shown read-only under the criteria, never attached to a live criterion.
fn retired_history(d: &mut Vec<Line<'static>>, rec: Option<&BenchmarkRecord>, theme: &Theme) {
    let Some(rec) = rec.filter(|r| !r.retired.is_empty()) else {
        return;
    };
    d.push(Line::from(""));
    d.push(Line::from(Span::styled(
        tr!("retired-history", n = rec.retired.len()),
        theme.title,
    )));
    for r in &rec.retired {
        let mut what = Vec::new();
        if let Some(v) = r.rating {
            what.push(tr!("retired-rated", v = v));
        }
        for (k, v) in &r.measured {
            what.push(inert_line(&retired_value(&r.id, &r.recorded_with, k, *v)).into_owned());
        }
        if let Some(st) = r.status {
            what.push(crate::i18n::status(st));
        }
        if !r.owner.is_empty() {
            what.push(tr!(
                "retired-owner",
                owner = inert_line(&r.owner).into_owned()
            ));
        }
        d.push(Line::from(vec![
            Span::styled(
                format!("{} ({}) ", inert_line(&r.id), inert_line(&r.recorded_with)),
                theme.dim,
            ),
            Span::raw(what.join(" · ")),
        ]));
        if !r.text.is_empty() {
            d.push(Line::from(Span::styled(
                format!("  {}", inert_line(&r.text)),
                theme.dim,
            )));
        }
        if !r.reason.is_empty() {
            d.push(Line::from(Span::styled(
                format!(
                    "  {}",
                    tr!("retired-why", why = inert_line(&r.reason).into_owned())
                ),
                theme.dim,
            )));
        }
        if !r.note.is_empty() {
            d.push(Line::from(format!("  ✎ {}", inert_line(&r.note))));
        }
    }
}

/// The first key bound to `action`, as shown to users.
fn key_of(state: &State, action: Action) -> String {
    crate::app::keymap::key_in(&state.keymap, state.context(), action)
}
