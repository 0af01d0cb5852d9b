//! The overview: the ten benchmarks in their groups, with score, coverage,
//! tips decided, a mark where the criteria are the hkbm team's own, where
//! the selected benchmark's text comes from; the team and the walk.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Theme, fit};
use super::{pad, pad_left};
use crate::app::State;
use crate::i18n::tr;
use crate::model::Authorship;
use crate::model::content::{OURS_MARK, Sourced};
use crate::model::score::{benchmark_score, format_change, format_score};
use crate::text::inert_line;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let pack = &state.pack;
    let rows = pack.benchmarks.len() + pack.framework.groups.len() + 2;
    // Plain splits of rows (no constraint solving on every frame).
    let (table, info) = split_rows(area, rows as u16);
    let width = area.width as usize;
    // Tips decided only where there is room beside the actions' progress.
    let show_tips = width >= 100;
    // number, title, score, rated, [tips and their mark], done, in progress,
    // planned, late, trend
    let fixed = 4 + 7 + 7 + if show_tips { 13 } else { 0 } + 4 * 5 + 6;
    let title_w = width.saturating_sub(fixed + 2).max(10);
    let tips_head = if show_tips {
        format!(" {} ", pad_left(&tr("overview-tips"), 11))
    } else {
        String::new()
    };
    let mut lines = vec![Line::from(Span::styled(
        format!(
            " {:>2}  {} {} {}{tips_head} {} {} {} {} {}",
            "#",
            pad(&tr("overview-benchmark"), title_w),
            pad_left(&tr("overview-score"), 6),
            pad_left(&tr("overview-rated"), 6),
            pad_left(&tr("overview-done"), 4),
            pad_left(&tr("overview-prog"), 4),
            pad_left(&tr("overview-plan"), 4),
            pad_left(&tr("overview-late"), 4),
            pad_left(&tr("overview-trend"), 5),
        ),
        theme.dim,
    ))];
    let progress =
        crate::model::tracker::progress_of(pack, &state.session, &state.terms, state.today_date());
    for group in &pack.framework.groups {
        lines.push(Line::from(Span::styled(
            format!(" {}", inert_line(&group.name)),
            theme.title,
        )));
        for &n in &group.benchmarks {
            let Some((i, bm)) = pack
                .benchmarks
                .iter()
                .enumerate()
                .find(|(_, b)| b.number == n)
            else {
                continue;
            };
            let y = table.y + lines.len() as u16;
            if y < table.bottom() {
                super::hit(
                    Rect {
                        y,
                        height: 1,
                        ..table
                    },
                    crate::app::state::Hit::Benchmark(i),
                );
            }
            let rec = state.session.benchmark(&bm.id);
            let s = benchmark_score(pack, bm, rec);
            let mut title = inert_line(&bm.title).into_owned();
            if bm.criteria_authorship() != Authorship::Official {
                title = format!("{}{OURS_MARK}", fit(&title, title_w.saturating_sub(1)));
            }
            let title = fit(&title, title_w);
            let pad = title_w.saturating_sub(unicode_width::UnicodeWidthStr::width(title.as_str()));
            let trend = match (s.score, state.session.baseline_score(&bm.id)) {
                (Some(a), Some(b)) => format_change(a, b),
                _ => String::new(),
            };
            let level = s.score.map(|x| ((x / 25.0).round() as u8).min(4));
            let row_style = if i == state.overview_selected {
                theme.selected
            } else {
                theme.base
            };
            let p = progress.get(i).copied().unwrap_or_default();
            let late_style = if p.late > 0 { theme.error } else { theme.base };
            let mut spans = vec![
                Span::raw(format!(" {:>2}  ", bm.number)),
                Span::raw(title),
                Span::raw(" ".repeat(pad)),
                Span::styled(
                    format!(" {:>6}", format_score(s.score)),
                    theme.rating_style(level),
                ),
                Span::raw(format!(" {:>6}", format!("{}/{}", s.rated, s.total))),
            ];
            if show_tips {
                spans.push(Span::raw(format!(
                    " {}{}",
                    pad_left(
                        &crate::tr!(
                            "overview-tips-decided",
                            decided = s.tips_decided,
                            total = s.tips_total
                        ),
                        11
                    ),
                    if bm.all_tips().any(Sourced::is_ours) {
                        OURS_MARK
                    } else {
                        " "
                    }
                )));
            }
            spans.extend([
                Span::raw(format!(
                    " {:>4} {:>4} {:>4}",
                    p.done, p.in_progress, p.planned
                )),
                Span::styled(format!(" {:>4}", p.late), late_style),
                Span::raw(format!(" {trend:>5}")),
            ]);
            if i == state.overview_selected {
                for sp in &mut spans {
                    sp.style = sp.style.patch(row_style);
                }
            }
            lines.push(Line::from(spans));
        }
    }
    put_lines(frame, table, &lines);

    let s = &state.session;
    // The selected benchmark's sources in rows of their own, as many as the
    // longest needs at this width: moving the selection redraws only them,
    // not the lines below.
    let source_lines = |bm: &crate::model::content::Benchmark| {
        let head = label(&crate::tr!("overview-text-from", n = bm.number));
        let lines = crate::text::wrap_hanging(
            &inert_line(&crate::i18n::provenance(bm)),
            &head,
            " ",
            info.width as usize,
        );
        (head, lines)
    };
    let counted_for = (info.width, crate::i18n::lang());
    let source_rows = match state.overview_source_rows.get() {
        Some((width, lang, rows)) if (width, lang) == counted_for => rows,
        _ => {
            let rows = pack
                .benchmarks
                .iter()
                .map(|b| source_lines(b).1.len())
                .max()
                .unwrap_or(0);
            let (width, lang) = counted_for;
            state.overview_source_rows.set(Some((width, lang, rows)));
            rows
        }
    };
    let (sources, info) = split_rows(info, 1 + source_rows as u16);
    if let Some((head, lines)) = pack
        .benchmarks
        .get(state.overview_selected)
        .map(source_lines)
    {
        let lines: Vec<Line> = lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| match l.strip_prefix(&head) {
                Some(rest) if i == 0 => Line::from(vec![
                    Span::styled(head.clone(), theme.dim),
                    Span::raw(rest.to_string()),
                ]),
                _ => Line::from(l),
            })
            .collect();
        put_lines(frame, split_rows(sources, 1).1, &lines);
    }
    let mut info_lines = Vec::new();
    if pack.benchmarks.iter().any(|b| {
        b.criteria_authorship() != Authorship::Official
            || b.tips_authorship() != Authorship::Official
    }) {
        info_lines.push(Line::from(Span::styled(
            format!(" {}", crate::tr!("overview-ours", mark = OURS_MARK)),
            theme.ours,
        )));
    }
    let team = if s.participants.is_empty() {
        tr("overview-no-participants")
    } else {
        s.participants
            .iter()
            .map(|p| inert_line(p).into_owned())
            .collect::<Vec<_>>()
            .join(&tr("list-separator"))
    };
    info_lines.push(Line::from(vec![
        Span::styled(label(&tr("overview-team")), theme.dim),
        Span::raw(team),
    ]));
    if let Some(b) = &s.baseline {
        info_lines.push(Line::from(vec![
            Span::styled(label(&tr("overview-trend-label")), theme.dim),
            Span::raw(crate::tr!(
                "overview-compared-with",
                year = inert_line(&b.year).into_owned()
            )),
        ]));
    }
    info_lines.push(Line::from(Span::styled(
        format!(" {}", tr("overview-actions-note")),
        theme.dim,
    )));
    if let Some(why) = &state.read_only {
        info_lines.push(Line::from(Span::styled(
            format!(
                " {}",
                crate::tr!("overview-read-only", why = inert_line(why).into_owned())
            ),
            theme.error,
        )));
    }
    let info_lines = super::wrap_cjk(info_lines, usize::from(info.width));
    frame.render_widget(Paragraph::new(info_lines).wrap(Wrap { trim: false }), info);
}

/// `lines` from the top of `area`, one a row, each cut at its width: what a
/// `Paragraph` without wrapping draws, in a fraction of the steps (no pass
/// over the area for its style, no grapheme-by-grapheme line composer).
fn put_lines(frame: &mut Frame, area: Rect, lines: &[Line]) {
    let buf = frame.buffer_mut();
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        buf.set_line(area.x, y, line, area.width);
    }
}

/// The first `rows` rows of `area` (as many as there are), and the rest.
fn split_rows(area: Rect, rows: u16) -> (Rect, Rect) {
    let top = rows.min(area.height);
    (
        Rect {
            height: top,
            ..area
        },
        Rect {
            y: area.y + top,
            height: area.height - top,
            ..area
        },
    )
}

/// A label of the information lines, set off by a space before it and one
/// after, unless it ends with a full-width colon (「團隊：」), which holds its
/// own space.
fn label(text: &str) -> String {
    format!(" {}", super::label_then(text))
}
