//! One self-contained HTML file with an SVG radar that prints to A4.

use std::fmt::Write as _;

use crate::model::content::{Benchmark, OURS_LEGEND, OURS_MARK, Sourced};
use crate::model::score::format_score;
use crate::model::{ContentPack, Session};
use crate::output::summary::Summary;
use crate::radar::{RINGS, unit_point};

use super::*;

/// HTML-escaped text (line breaks kept as `<br>` when `lines`).
pub fn html_text(s: &str, lines: bool) -> String {
    let s = crate::text::inert_block(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' if lines => out.push_str("<br>"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// An SVG radar of `sum`: current scores, targets and the baseline.
pub fn svg_radar(sum: &Summary) -> String {
    let n = sum.benchmarks.len();
    let r = 100.0;
    let pt = |k: usize, v: f64| {
        let (x, y) = unit_point(k, n, v);
        (x * r, -y * r)
    };
    let poly = |values: &[Option<f64>]| -> String {
        (0..n)
            .map(|k| {
                let (x, y) = pt(k, values[k].unwrap_or(0.0));
                format!("{x:.1},{y:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="-170 -125 340 270" class="radar" role="img" aria-label="Radar of the ten benchmark scores">"#
    );
    for ring in RINGS {
        let _ = write!(
            s,
            r##"<polygon points="{}" fill="none" stroke="#bbb" stroke-width="0.5"/>"##,
            poly(&vec![Some(ring); n])
        );
        let (_, y) = pt(0, ring);
        let _ = write!(
            s,
            r##"<text x="2" y="{:.1}" font-size="6" fill="#888">{ring:.0} %</text>"##,
            y - 1.0
        );
    }
    for k in 0..n {
        let (x, y) = pt(k, 100.0);
        let _ = write!(
            s,
            r##"<line x1="0" y1="0" x2="{x:.1}" y2="{y:.1}" stroke="#ccc" stroke-width="0.5"/>"##
        );
        let (lx, ly) = pt(k, 118.0);
        // The top label sits above the ring labels on axis 0.
        let ly = if k == 0 { ly - 4.0 } else { ly };
        let anchor = if lx.abs() < 5.0 {
            "middle"
        } else if lx > 0.0 {
            "start"
        } else {
            "end"
        };
        let b = &sum.benchmarks[k];
        let _ = write!(
            s,
            r#"<text x="{lx:.1}" y="{:.1}" font-size="8" text-anchor="{anchor}">{} {}</text>"#,
            ly + 3.0,
            b.number,
            html_text(&b.short, false)
        );
    }
    let baseline: Vec<Option<f64>> = sum.benchmarks.iter().map(|b| b.baseline).collect();
    let targets: Vec<Option<f64>> = sum
        .benchmarks
        .iter()
        .map(|b| b.target_percent.map(f64::from))
        .collect();
    let scores: Vec<Option<f64>> = sum.benchmarks.iter().map(|b| b.score).collect();
    let mut legend = Vec::new();
    // A series with every benchmark scored is a closed polygon; otherwise
    // its scored neighbours are joined and the unscored ones left as gaps.
    let series = |values: &[Option<f64>], attrs: &str, fill: &str| -> String {
        if values.iter().all(Option::is_some) {
            return format!(
                r#"<polygon points="{}" fill="{fill}" {attrs}/>"#,
                poly(values)
            );
        }
        let mut path = String::new();
        let mut dots = String::new();
        for k in 0..n {
            let next = (k + 1) % n;
            let here = values[k];
            if let (Some(a), Some(b)) = (here, values[next]) {
                let (x1, y1) = pt(k, a);
                let (x2, y2) = pt(next, b);
                let _ = write!(path, "M{x1:.1},{y1:.1} L{x2:.1},{y2:.1} ");
            }
            let prev = (k + n - 1) % n;
            if let (Some(v), None, None) = (here, values[prev], values[next]) {
                let (x, y) = pt(k, v);
                let _ = write!(dots, r#"<circle cx="{x:.1}" cy="{y:.1}" r="2" {attrs}/>"#);
            }
        }
        format!(
            r#"<path d="{}" fill="none" {attrs}/>{dots}"#,
            path.trim_end()
        )
    };
    if let Some(y) = &sum.baseline_year {
        s.push_str(&series(
            &baseline,
            r##"stroke="#4a7bd0" stroke-width="1.2" stroke-dasharray="3 2" class="baseline""##,
            "none",
        ));
        legend.push(("#4a7bd0", "3 2", html_text(y, false)));
    }
    if targets.iter().any(Option::is_some) {
        s.push_str(&series(
            &targets,
            r##"stroke="#e08a00" stroke-width="1.2" stroke-dasharray="1 1.5" class="target""##,
            "none",
        ));
        legend.push(("#e08a00", "1 1.5", "interim target".to_string()));
    }
    s.push_str(&series(
        &scores,
        r##"stroke="#2e9d4f" stroke-width="1.6" fill-opacity="0.2" class="current""##,
        "#2e9d4f",
    ));
    legend.push(("#2e9d4f", "none", html_text(&sum.year, false)));
    for (i, (colour, dash, name)) in legend.iter().enumerate() {
        let x = -160.0 + 110.0 * i as f64;
        let _ = write!(
            s,
            r#"<line x1="{x}" y1="135" x2="{:.0}" y2="135" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}"/><text x="{:.0}" y="138" font-size="8">{name}</text>"#,
            x + 16.0,
            x + 20.0
        );
    }
    s.push_str("</svg>");
    s
}

const CSS: &str = r#"
body { font-family: "Noto Sans", "Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC", Arial, sans-serif; color: #111; margin: 2em; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #2e9d4f; padding-bottom: 0.1em; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.45em; vertical-align: top; text-align: left; }
th { background: #eef5ef; }
td.num { text-align: right; white-space: nowrap; }
.meta { color: #444; }
.draft { color: #8a3f9b; font-weight: bold; }
.late { color: #b00020; }
.radar { width: 100%; max-width: 17cm; display: block; margin: 0 auto; }
.note { white-space: normal; }
blockquote { border-left: 4px solid #ccc; margin: 0.5em 0; padding: 0.2em 0.8em; color: #333; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; }
  section.benchmark { break-before: page; page-break-before: always; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}
"#;

/// How the HTML report lists the actions.
#[derive(Debug, Clone, Default)]
pub struct HtmlActions {
    /// One list grouped by owner (with lateness on `today`) instead of one
    /// list per benchmark.
    pub by_owner: Option<(crate::model::due::Terms, crate::model::date::Date)>,
}

/// One self-contained HTML file: no scripts, no network fetches.
pub fn html(pack: &ContentPack, s: &Session) -> String {
    html_with(pack, s, &HtmlActions::default())
}

/// The actions grouped by owner: a heading per person (an action with two
/// owners is under both), then those with no owner yet.
fn actions_by_owner(
    pack: &ContentPack,
    s: &Session,
    terms: &crate::model::due::Terms,
    today: crate::model::date::Date,
) -> String {
    use crate::model::tracker::{self, Filter, Sort, StatusFilter};
    let h = |t: &str| html_text(t, false);
    let items = tracker::collect(pack, s, terms);
    let filter = Filter {
        status: StatusFilter::All,
        ..Filter::default()
    };
    let rows = tracker::select(&items, &filter, Sort::Due, today);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<section class=\"actions\">\n<h2>Actions by owner</h2>\n<p class=\"meta\">Tips planned, in progress or done, by due date; late: still open on {} and past the due date.</p>",
        today.iso()
    );
    let mut owners: Vec<Option<String>> = tracker::owners(&items).into_iter().map(Some).collect();
    owners.push(None);
    for owner in owners {
        let mine: Vec<&tracker::ActionItem> = rows
            .iter()
            .map(|&i| &items[i])
            .filter(|a| match &owner {
                Some(o) => a
                    .owners()
                    .iter()
                    .any(|x| x.to_lowercase() == o.to_lowercase()),
                None => a.owners().is_empty(),
            })
            .collect();
        if mine.is_empty() {
            continue;
        }
        let late = mine.iter().filter(|a| a.late(today)).count();
        let name = owner.as_deref().map_or("No owner yet".to_string(), h);
        let late_words = if late > 0 {
            format!(", <strong>{late} late</strong>")
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<h3>{name} <span class=\"meta\">({} actions{late_words})</span></h3>",
            mine.len()
        );
        let _ = writeln!(
            out,
            "<table>\n<tr><th>Due</th><th>Tip</th><th>Benchmark</th><th>Status</th><th>Note</th></tr>"
        );
        for a in mine {
            let date = a.due.date().map(|d| d.iso());
            let due = match (&a.due, date) {
                (_, Some(d)) if d != a.due_text.trim() => format!("{} ({d})", h(&a.due_text)),
                (_, Some(d)) => d,
                (crate::model::due::Due::Unread, None) => h(&a.due_text),
                _ => "—".to_string(),
            };
            let due = match a.days_late(today) {
                Some(d) => format!(
                    "{due}<br><strong class=\"late\">LATE by {}</strong>",
                    tracker::late_by(d)
                ),
                None => due,
            };
            let _ = writeln!(
                out,
                "<tr><td>{due}</td><td><strong>{}</strong> {}</td><td class=\"num\">{}</td><td>{}</td><td class=\"note\">{}</td></tr>",
                h(&a.tip_id),
                h(&a.text),
                a.bm_number,
                a.status.label(),
                html_text(&a.note, true)
            );
        }
        let _ = writeln!(out, "</table>");
    }
    if rows.is_empty() {
        let _ = writeln!(out, "<p>No tips decided yet.</p>");
    }
    let _ = writeln!(out, "</section>");
    out
}

/// The HTML report, its actions listed as `actions` says.
pub fn html_with(pack: &ContentPack, s: &Session, actions_as: &HtmlActions) -> String {
    let sum = Summary::build(pack, s);
    let h = |t: &str| html_text(t, false);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        h(&s.school),
        h(&s.year)
    );
    let _ = writeln!(
        out,
        "<h1>{} — career and life development review {}</h1>",
        h(&s.school),
        h(&s.year)
    );
    let mut meta = Vec::new();
    if !s.facilitator.is_empty() {
        meta.push(format!("Facilitator: {}", h(&s.facilitator)));
    }
    if !s.participants.is_empty() {
        meta.push(format!(
            "Participants: {}",
            s.participants
                .iter()
                .map(|p| h(p))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if !s.dates.is_empty() {
        meta.push(format!(
            "Sittings: {}",
            s.dates.iter().map(|d| h(d)).collect::<Vec<_>>().join(", ")
        ));
    }
    meta.push(format!(
        "{} · content {} {}",
        h(&pack.framework.name),
        h(&pack.framework.id),
        h(&pack.framework.version)
    ));
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join("<br>"));
    let _ = writeln!(out, "{}", svg_radar(&sum));
    let _ = writeln!(
        out,
        "<table>\n<tr><th>#</th><th>Benchmark</th><th>Score</th><th>Rated</th><th>Target</th><th>Trend</th><th>Tips decided</th></tr>"
    );
    for b in &sum.benchmarks {
        let draft = html_mark(b.criteria_ours > 0);
        let tips_mark = html_mark(b.tips_ours > 0);
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}{draft}</td><td class=\"num\">{}</td><td class=\"num\">{}/{}</td><td>{}</td><td>{}</td><td class=\"num\">{}/{}{tips_mark}</td></tr>",
            b.number,
            h(&b.title),
            format_score(b.score),
            b.rated,
            b.criteria,
            h(&target_text(b)),
            h(&trend_text(b)),
            b.tips_decided,
            b.tips
        );
    }
    let _ = writeln!(
        out,
        "</table>\n<p class=\"meta\">Score: {}.</p>",
        h(&sum.score_formula)
    );
    if pack.benchmarks.iter().any(Benchmark::has_ours) {
        let _ = writeln!(
            out,
            "<p class=\"meta\"><span class=\"draft\">{}</span>. On a benchmark: some of its criteria; on tips: some of its tips.</p>",
            h(OURS_LEGEND)
        );
    }
    if let Some((terms, today)) = &actions_as.by_owner {
        out.push_str(&actions_by_owner(pack, s, terms, *today));
    }
    for (bm, line) in pack.benchmarks.iter().zip(&sum.benchmarks) {
        let rec = s.benchmark(&bm.id);
        let draft = html_mark(line.criteria_ours > 0);
        let _ = writeln!(out, "<section class=\"benchmark\" id=\"{}\">", h(&bm.id));
        let _ = writeln!(out, "<h2>{}. {}{draft}</h2>", bm.number, h(&bm.title));
        let _ = writeln!(out, "<p class=\"meta\">Text: {}</p>", h(&bm.provenance()));
        if !bm.sources.is_empty() {
            let sources: Vec<String> = bm
                .sources
                .iter()
                .map(|src| match &src.url {
                    Some(u) if u.starts_with("https://") || u.starts_with("http://") => {
                        format!("<a href=\"{}\">{}</a>", h(u), h(&src.name))
                    }
                    _ => h(&src.name),
                })
                .collect();
            let _ = writeln!(out, "<p class=\"meta\">Sources: {}</p>", sources.join("; "));
        }
        let _ = writeln!(
            out,
            "<p class=\"meta\">{} · Score <strong>{}</strong> ({} of {} criteria rated) · Target {} · {} · {} of {} tips decided</p>",
            h(pack.group_name(&bm.group)),
            format_score(line.score),
            line.rated,
            line.criteria,
            h(&target_text(line)),
            h(&if trend_text(line).is_empty() {
                "no baseline".to_string()
            } else {
                trend_text(line)
            }),
            line.tips_decided,
            line.tips
        );
        let _ = writeln!(
            out,
            "<table>\n<tr><th>Criterion</th><th>Rating</th><th>Measured</th><th>Evidence</th></tr>"
        );
        for c in &bm.criteria {
            let cr = rec.and_then(|r| r.criterion(&c.id));
            let _ = writeln!(
                out,
                "<tr><td><strong>{}</strong>{} {}</td><td>{}</td><td>{}</td><td class=\"note\">{}</td></tr>",
                h(&c.id),
                html_mark(c.is_ours()),
                h(&c.text),
                h(&rating_label(pack, cr.and_then(|c| c.rating))),
                h(&cr.map(|r| measured(bm, r)).unwrap_or_default()),
                html_text(cr.map(|c| c.note.as_str()).unwrap_or(""), true)
            );
        }
        let _ = writeln!(out, "</table>");
        let acts = actions(bm, s);
        if actions_as.by_owner.is_some() {
            // Listed once, by owner, above.
        } else if acts.is_empty() {
            let _ = writeln!(out, "<h3>Action list</h3>");
            let _ = writeln!(out, "<p>No tips decided yet.</p>");
        } else {
            let _ = writeln!(out, "<h3>Action list</h3>");
            let _ = writeln!(
                out,
                "<table>\n<tr><th>Tip</th><th>Phase</th><th>Status</th><th>Owner</th><th>Due</th><th>Note</th></tr>"
            );
            for (p, t, r) in acts {
                let _ = writeln!(
                    out,
                    "<tr><td><strong>{}</strong>{} {}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"note\">{}</td></tr>",
                    h(&t.id),
                    html_mark(t.is_ours()),
                    h(&t.text),
                    p.title(),
                    r.status.label(),
                    h(&r.owner),
                    h(&r.due),
                    html_text(&r.note, true)
                );
            }
            let _ = writeln!(out, "</table>");
        }
        if let Some(notes) = rec.map(|r| r.notes.as_str()).filter(|n| !n.is_empty()) {
            let _ = writeln!(
                out,
                "<h3>Notes</h3>\n<blockquote>{}</blockquote>",
                html_text(notes, true)
            );
        }
        let retired = retired_lines(pack, rec);
        if !retired.is_empty() {
            let _ = writeln!(
                out,
                "<h3>Retired history</h3>\n<p class=\"meta\">Recorded against ids no longer in the content; not scored.</p>\n<ul>"
            );
            for l in retired {
                let _ = writeln!(out, "<li>{}</li>", h(&l));
            }
            let _ = writeln!(out, "</ul>");
        }
        let _ = writeln!(out, "</section>");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The mark of our own items in HTML, styled.
fn html_mark(ours: bool) -> String {
    if ours {
        format!("<span class=\"draft\" title=\"written by the hkbm team\">{OURS_MARK}</span>")
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_everything_from_the_file() {
        assert_eq!(
            html_text("<script>alert('x')</script> & \"", false),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;"
        );
        assert_eq!(html_text("a\nb", true), "a<br>b");
        assert!(!html_text("esc \u{1b}[31m", false).contains('\u{1b}'));
    }
}
