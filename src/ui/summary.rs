//! The summary screen: the radar (or bars) of the session's scores with the
//! interim targets and last year's scores, and a table of the same numbers.

use super::{pad, pad_left};
use crate::model::Authorship;
use crate::model::content::OURS_MARK;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::radar::Polygon;
use super::{Theme, bars, fit, radar};
use crate::app::State;
use crate::app::state::RadarMode;
use crate::model::score::{benchmark_score, format_change, format_score};
use crate::text::inert_line;

/// Axis labels: "4 Each student" and, where space is short, "4".
pub fn labels(state: &State) -> (Vec<String>, Vec<String>) {
    let full = state
        .pack
        .benchmarks
        .iter()
        .map(|b| format!("{} {}", b.number, inert_line(&b.short)))
        .collect();
    let short = state
        .pack
        .benchmarks
        .iter()
        .map(|b| b.number.to_string())
        .collect();
    (full, short)
}

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let pack = &state.pack;
    let s = &state.session;
    let scores: Vec<Option<f64>> = pack
        .benchmarks
        .iter()
        .map(|bm| benchmark_score(pack, bm, s.benchmark(&bm.id)).score)
        .collect();
    let targets: Vec<Option<f64>> = pack
        .benchmarks
        .iter()
        .map(|bm| {
            s.benchmark(&bm.id)
                .and_then(|r| r.target_percent)
                .map(f64::from)
        })
        .collect();
    let baseline: Vec<Option<f64>> = pack
        .benchmarks
        .iter()
        .map(|bm| s.baseline_score(&bm.id))
        .collect();
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let view = if state.bars { "bars" } else { "radar" };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(
                format!(
                    " {}",
                    tr!("summary-heading", year = inert_line(&s.year).into_owned())
                ),
                theme.title,
            ),
            Span::styled(format!("  {}", tr!("summary-view", view = view)), theme.dim),
        ])),
        title,
    );
    if state.bars {
        let rows: Vec<bars::Bar> = pack
            .benchmarks
            .iter()
            .enumerate()
            .map(|(i, bm)| bars::Bar {
                label: format!("{} {}", bm.number, inert_line(&bm.short)),
                value: scores[i],
                target: targets[i],
                earlier: vec![baseline[i]],
            })
            .collect();
        let earlier = s.baseline.as_ref().map_or(tr!("summary-last-year"), |b| {
            inert_line(&b.year).into_owned()
        });
        bars::render(
            frame,
            body,
            &rows,
            state.radar == RadarMode::Ascii,
            &earlier,
            theme.series[0],
            theme,
        );
        return;
    }
    let table_w = if body.width >= 130 {
        68
    } else if body.width >= 110 {
        48
    } else {
        39
    };
    let progress = crate::model::tracker::progress_of(pack, s, &state.terms, state.today_date());
    let [plot, table] =
        Layout::horizontal([Constraint::Min(20), Constraint::Length(table_w)]).areas(body);
    let mut polygons = Vec::new();
    if let Some(b) = &s.baseline {
        polygons.push(Polygon {
            name: inert_line(&b.year).into_owned(),
            values: baseline.clone(),
            color: theme.series[2],
            mark: 'o',
        });
    }
    if targets.iter().any(Option::is_some) {
        polygons.push(Polygon {
            name: tr!("summary-target"),
            values: targets.clone(),
            color: theme.series[1],
            mark: '+',
        });
    }
    polygons.push(Polygon {
        name: inert_line(&s.year).into_owned(),
        values: scores.clone(),
        color: theme.series[0],
        mark: '*',
    });
    let (full, short) = labels(state);
    radar::render(frame, plot, (&full, &short), &polygons, state.radar, theme);

    let wide = table_w >= 48;
    let with_actions = table_w >= 68;
    let mut lines = vec![Line::from(Span::styled(
        if with_actions {
            format!(
                "{:>2} {} {} {} {} {} {} {} {} {}",
                "#",
                pad(&tr!("overview-benchmark"), 12),
                pad_left(&tr!("overview-score"), 5),
                pad_left(&tr!("overview-rated"), 6),
                pad_left(&tr!("summary-target-head"), 6),
                pad_left(&tr!("overview-trend"), 6),
                pad_left(&tr!("overview-done"), 4),
                pad_left(&tr!("overview-prog"), 4),
                pad_left(&tr!("overview-plan"), 4),
                pad_left(&tr!("overview-late"), 4),
            )
        } else if wide {
            format!(
                "{:>2} {} {} {} {} {}",
                "#",
                pad(&tr!("overview-benchmark"), 12),
                pad_left(&tr!("overview-score"), 5),
                pad_left(&tr!("overview-rated"), 6),
                pad_left(&tr!("summary-target-head"), 6),
                pad_left(&tr!("overview-trend"), 6),
            )
        } else {
            format!(
                "{:>2} {} {} {} {} {}",
                "#",
                pad(&tr!("overview-benchmark"), 12),
                pad_left(&tr!("overview-score"), 5),
                pad_left(&tr!("overview-rated"), 5),
                pad_left(&tr!("summary-target-short"), 4),
                pad_left(&tr!("overview-trend"), 5),
            )
        },
        theme.dim,
    ))];
    for (i, bm) in pack.benchmarks.iter().enumerate() {
        let sc = benchmark_score(pack, bm, s.benchmark(&bm.id));
        let trend = match (scores[i], baseline[i]) {
            (Some(a), Some(b)) => format_change(a, b).replace(' ', ""),
            _ => String::new(),
        };
        let target = targets[i].map_or("—".to_string(), |t| format!("{t:.0}%"));
        let name = if bm.criteria_authorship() != Authorship::Official {
            format!("{}{OURS_MARK}", fit(&inert_line(&bm.short), 11))
        } else {
            fit(&inert_line(&bm.short), 12)
        };
        let level = scores[i].map(|x| ((x / 25.0).round() as u8).min(4));
        let rated = format!("{}/{}", sc.rated, sc.total);
        let (rw, tw, trw) = if wide { (6, 6, 6) } else { (5, 4, 5) };
        let mut spans = vec![
            Span::raw(format!("{:>2} {} ", bm.number, pad(&name, 12))),
            Span::styled(
                format!("{:>5}", format_score(scores[i])),
                theme.rating_style(level),
            ),
            Span::raw(format!(" {rated:>rw$} {target:>tw$} {trend:>trw$}")),
        ];
        if with_actions {
            let p = progress[i];
            spans.push(Span::raw(format!(
                " {:>4} {:>4} {:>4}",
                p.done, p.in_progress, p.planned
            )));
            let late = if p.late > 0 { theme.error } else { theme.base };
            spans.push(Span::styled(format!(" {:>4}", p.late), late));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    // Without room for the columns, the actions in one line.
    if !with_actions {
        let total = progress.iter().fold((0, 0, 0, 0), |t, p| {
            (
                t.0 + p.done,
                t.1 + p.in_progress,
                t.2 + p.planned,
                t.3 + p.late,
            )
        });
        lines.push(Line::from(vec![
            Span::styled(tr!("summary-actions-label"), theme.dim),
            Span::raw(tr!(
                "summary-actions-done",
                done = total.0,
                progress = total.1
            )),
        ]));
        lines.push(Line::from(vec![
            Span::raw(tr!("summary-actions-planned", planned = total.2)),
            Span::styled(
                tr!("summary-actions-late", late = total.3),
                if total.3 > 0 { theme.error } else { theme.base },
            ),
            Span::styled(tr!("summary-actions-list"), theme.dim),
        ]));
    }
    if pack
        .benchmarks
        .iter()
        .any(|b| b.criteria_authorship() != Authorship::Official)
    {
        lines.push(Line::from(Span::styled(
            tr!("summary-ours", mark = OURS_MARK),
            theme.ours,
        )));
    }
    lines.push(Line::from(Span::styled(tr!("summary-score-1"), theme.dim)));
    lines.push(Line::from(Span::styled(tr!("summary-score-2"), theme.dim)));
    frame.render_widget(Paragraph::new(lines), table);
}
