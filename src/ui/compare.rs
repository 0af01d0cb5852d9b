//! The compare screen: several years of one school side by side — an
//! overlaid radar (or bars) with scores per year and their change, the
//! criteria whose rating changed, earlier plans and what became of them, and
//! one benchmark's notes per year in columns.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::radar::Polygon;
use super::{Theme, bars, bordered, fit, radar};
use crate::app::State;
use crate::app::state::{COMPARE_TABS, RadarMode};
use crate::i18n::tr;
use crate::model::compare::Comparison;
use crate::model::content::OURS_MARK;
use crate::model::migrate::retired_value;
use crate::model::score::{format_change, format_score};
use crate::output::compare::year_mark;
use crate::text::{inert_block, inert_line};

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(c) = &state.comparison else {
        frame.render_widget(Paragraph::new(tr("compare-nothing")), area);
        return;
    };
    let [title, tabs, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    let years: Vec<String> = c
        .years
        .iter()
        .map(|y| inert_line(&y.year).into_owned())
        .collect();
    frame.render_widget(
        Paragraph::new(Span::styled(
            fit(
                &format!(
                    " {}",
                    crate::tr!(
                        "compare-heading",
                        school = inert_line(&school(c)).into_owned(),
                        years = years.join(" → ")
                    )
                ),
                area.width as usize,
            ),
            theme.title,
        )),
        title,
    );
    let mut tab_spans = vec![Span::raw(" ")];
    for (i, t) in COMPARE_TABS.iter().enumerate() {
        let style = if i == state.compare_tab {
            theme.tab_current
        } else {
            theme.tab
        };
        tab_spans.push(Span::styled(format!(" {} ", tr(t)), style));
        tab_spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(tab_spans)), tabs);
    match state.compare_tab {
        0 => scores(frame, body, state, c, theme),
        1 => list(frame, body, state, criteria_lines(state, c), theme),
        2 => list(frame, body, state, plan_lines(c), theme),
        _ => notes(frame, body, state, c, theme),
    }
}

fn school(c: &Comparison) -> String {
    let mut s: Vec<&str> = c.years.iter().map(|y| y.school.as_str()).collect();
    s.dedup();
    s.join(" / ")
}

fn year_colour(theme: &Theme, i: usize, n: usize) -> ratatui::style::Color {
    // Newest in the "current" colour, the one before in the "last year" colour.
    theme.series[match n - 1 - i {
        0 => 0,
        1 => 2,
        k => (k + 1).min(4),
    }]
}

fn scores(frame: &mut Frame, area: Rect, state: &State, c: &Comparison, theme: &Theme) {
    let n = c.years.len();
    if state.bars {
        let rows: Vec<bars::Bar> = c
            .benchmarks
            .iter()
            .map(|b| bars::Bar {
                label: format!("{} {}", b.number, inert_line(short_of(state, b))),
                value: b.scores[n - 1],
                target: b.targets[n - 1].map(f64::from),
                earlier: b.scores[..n - 1].to_vec(),
            })
            .collect();
        let earlier: Vec<String> = c.years[..n - 1]
            .iter()
            .map(|y| inert_line(&y.year).into_owned())
            .collect();
        bars::render(
            frame,
            area,
            &rows,
            state.radar == RadarMode::Ascii,
            &earlier.join(&tr("list-separator")),
            theme.series[0],
            theme,
        );
        return;
    }
    // Narrower year columns when there are many years, so the table keeps to one line.
    let col = if n >= 3 { 5usize } else { 7 };
    let table_w = (2 + 1 + 12 + (col + 1) * n + 7) as u16;
    let [plot, table] =
        Layout::horizontal([Constraint::Min(20), Constraint::Length(table_w)]).areas(area);
    let polygons: Vec<Polygon> = (0..n)
        .map(|i| Polygon {
            name: inert_line(&c.years[i].year).into_owned(),
            values: c.benchmarks.iter().map(|b| b.scores[i]).collect(),
            color: year_colour(theme, i, n),
            mark: year_mark(i, n),
        })
        .collect();
    let (full, short) = super::summary::labels(state);
    radar::render(frame, plot, (&full, &short), &polygons, state.radar, theme);

    let mut head = format!("{:>2} {}", "#", super::pad(&tr("overview-benchmark"), 12));
    for y in &c.years {
        let label = y.year.get(2..).unwrap_or(&y.year);
        head.push_str(&format!(" {:>col$}", inert_line(label)));
    }
    head.push_str(&format!(" {}", super::pad_left(&tr("compare-change"), 6)));
    let mut lines = vec![Line::from(Span::styled(head, theme.dim))];
    let mut earlier_change = false;
    for b in &c.benchmarks {
        let name = if b.criteria_ours > 0 {
            format!("{}{OURS_MARK}", fit(&inert_line(short_of(state, b)), 11))
        } else {
            fit(&inert_line(short_of(state, b)), 12)
        };
        let mut spans = vec![Span::raw(format!(
            "{:>2} {}",
            b.number,
            super::pad(&name, 12)
        ))];
        for s in &b.scores {
            let level = s.map(|x| ((x / 25.0).round() as u8).min(4));
            spans.push(Span::styled(
                format!(" {:>col$}", format_score(*s)),
                theme.rating_style(level),
            ));
        }
        let mut change = b.change_between().map_or(String::new(), |(before, now)| {
            format_change(now, before).replace(' ', "")
        });
        // Never silently another year: a change not over the last two
        // years is marked, and the mark explained below.
        if b.delta.is_some() && c.change_span(b).is_some() {
            change.push('*');
            earlier_change = true;
        }
        spans.push(Span::raw(format!(" {change:>6}")));
        lines.push(Line::from(spans));
    }
    if earlier_change {
        lines.push(Line::from(Span::styled(
            crate::i18n::tr("compare-earlier-change"),
            theme.dim,
        )));
    }
    lines.push(Line::from(""));
    // Broken here, between words or Chinese characters (never inside an
    // id), rather than by the paragraph, which breaks a long word anywhere.
    let width = usize::from(table.width).max(1);
    for n in &c.notices {
        for l in crate::text::wrap(&crate::tr!("compare-note", note = n.as_str()), width) {
            lines.push(Line::from(Span::styled(l, theme.error)));
        }
    }
    if !c.content_differences.is_empty() {
        lines.push(Line::from(Span::styled(
            crate::tr!("compare-content-differs", n = c.content_differences.len()),
            theme.error,
        )));
        for d in &c.content_differences {
            for l in crate::text::wrap(&inert_line(&d.describe(&c.content)), width) {
                lines.push(Line::from(l));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), table);
}

fn criteria_lines(state: &State, c: &Comparison) -> Vec<Line<'static>> {
    let mut out = vec![Line::from(crate::tr!(
        "compare-criteria-changed",
        n = c.criteria_changed.len()
    ))];
    let label = |r: Option<u8>| match r.and_then(|v| state.pack.level(v)) {
        Some(l) => format!("{} {}", l.value, inert_line(&l.label)),
        None => tr("not-rated"),
    };
    for ch in &c.criteria_changed {
        let ratings: Vec<String> = ch
            .ratings
            .iter()
            .zip(&ch.in_content)
            .map(|(r, known)| {
                if *known {
                    label(*r)
                } else {
                    tr("compare-not-in-content")
                }
            })
            .collect();
        let id = format!("{}{}", ch.id, if ch.ours { OURS_MARK } else { "" });
        out.push(Line::from(""));
        out.push(Line::from(vec![
            Span::raw(format!("{id:<8} ")),
            Span::raw(ratings.join(" → ")),
        ]));
        out.push(Line::from(format!("         {}", inert_line(&ch.text))));
    }
    if !c.retired.is_empty() {
        out.push(Line::from(""));
        out.push(Line::from(crate::tr!(
            "compare-retired",
            n = c.retired.len()
        )));
        for r in &c.retired {
            let mut what = Vec::new();
            if r.rating.is_some() {
                what.push(crate::tr!("retired-rated", v = label(r.rating)));
            }
            for (k, v) in &r.measured {
                what.push(inert_line(&retired_value(&r.id, &r.recorded_with, k, *v)).into_owned());
            }
            if let Some(st) = r.status {
                what.push(crate::i18n::status(st));
            }
            out.push(Line::from(""));
            out.push(Line::from(format!(
                "{} {:<8} ({}) {}",
                inert_line(&r.year),
                inert_line(&r.id),
                inert_line(&r.recorded_with),
                what.join(" · ")
            )));
            if !r.text.is_empty() {
                out.push(Line::from(format!("         {}", inert_line(&r.text))));
            }
        }
    }
    if c.criteria_changed.iter().any(|ch| ch.ours) {
        out.push(Line::from(""));
        out.push(Line::from(tr("ours-legend")));
    }
    out
}

fn plan_lines(c: &Comparison) -> Vec<Line<'static>> {
    let mut out = vec![Line::from(crate::tr!("compare-plans", n = c.plans.len()))];
    for p in &c.plans {
        let statuses: Vec<String> = p
            .statuses
            .iter()
            .map(|s| s.map_or_else(|| tr("compare-no-record"), crate::i18n::status))
            .collect();
        let mut who = Vec::new();
        if !p.owner.is_empty() {
            who.push(inert_line(&p.owner).into_owned());
        }
        if !p.due.is_empty() {
            who.push(crate::tr!(
                "present-due",
                due = inert_line(&p.due).into_owned()
            ));
        }
        out.push(Line::from(""));
        out.push(Line::from(format!(
            "{:<17} {}{}",
            format!("{}{}", p.id, if p.ours { OURS_MARK } else { "" }),
            statuses.join(" → "),
            if who.is_empty() {
                String::new()
            } else {
                format!("  ({})", who.join(&tr("list-separator")))
            }
        )));
        out.push(Line::from(format!(
            "                  {}",
            inert_line(&p.text)
        )));
    }
    out
}

fn list(frame: &mut Frame, area: Rect, state: &State, lines: Vec<Line<'static>>, theme: &Theme) {
    let max = (lines.len() as u16).saturating_sub(area.height.saturating_sub(2));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((state.compare_scroll.min(max), 0))
            .block(bordered(
                theme,
                &format!(" {} ", tr("compare-scroll-title")),
            )),
        area,
    );
}

fn notes(frame: &mut Frame, area: Rect, state: &State, c: &Comparison, theme: &Theme) {
    let Some(b) = c.benchmarks.get(state.overview_selected) else {
        return;
    };
    let [head, cols] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            fit(
                &format!(
                    " {}",
                    crate::tr!(
                        "compare-notes-heading",
                        n = b.number,
                        title = inert_line(title_of(state, b)).into_owned()
                    )
                ),
                area.width as usize,
            ),
            theme.title,
        )),
        head,
    );
    let n = c.years.len();
    let columns = Layout::horizontal(vec![Constraint::Ratio(1, n as u32); n]).split(cols);
    for (i, y) in c.years.iter().enumerate() {
        let mut lines = Vec::new();
        let notes = &b.notes[i];
        lines.push(Line::from(Span::styled(
            tr("compare-benchmark-notes"),
            theme.key,
        )));
        if notes.is_empty() {
            lines.push(Line::from(Span::styled("—", theme.dim)));
        } else {
            for l in inert_block(notes).lines() {
                lines.push(Line::from(l.to_string()));
            }
        }
        for e in &b.evidence {
            if e.notes[i].is_empty() {
                continue;
            }
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(
                crate::tr!("compare-evidence", id = e.id.as_str()),
                theme.key,
            )));
            for l in inert_block(&e.notes[i]).lines() {
                lines.push(Line::from(l.to_string()));
            }
        }
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .scroll((state.compare_scroll, 0))
                .block(bordered(theme, &format!(" {} ", inert_line(&y.year)))),
            columns[i],
        );
    }
}

/// A benchmark's radar label in the pack in use (the language may have
/// changed since the years were compared), else as compared.
fn short_of<'a>(state: &'a State, b: &'a crate::model::compare::BenchmarkRow) -> &'a str {
    state.pack.benchmark(&b.id).map_or(&b.short, |p| &p.short)
}

/// A benchmark's title in the pack in use, else as compared.
fn title_of<'a>(state: &'a State, b: &'a crate::model::compare::BenchmarkRow) -> &'a str {
    state.pack.benchmark(&b.id).map_or(&b.title, |p| &p.title)
}
