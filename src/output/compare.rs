//! `hkbm compare` output: plain text (with an ASCII radar), Markdown, CSV
//! and JSON, all from one [`Comparison`].

use std::fmt::Write as _;

use crate::model::ContentPack;
use crate::model::compare::Comparison;
use crate::model::content::{OURS_LEGEND, OURS_MARK};
use crate::model::migrate::retired_value;
use crate::model::score::{format_change, format_score};
use crate::model::session::TipStatus;
use crate::output::{cut, layout_width, prose_width, title_column};
use crate::radar::{Layout, Series, ascii};
use crate::text::{
    fit, inert_block, inert_line, pad, pad_left, width as text_width, wrap, wrap_hanging,
};

/// ASCII marks per year in radars, newest first.
pub const YEAR_MARKS: [char; 5] = ['*', 'o', 'x', '%', '#'];

/// The mark for year `i` of `n` (oldest first).
pub fn year_mark(i: usize, n: usize) -> char {
    YEAR_MARKS[(n - 1 - i).min(YEAR_MARKS.len() - 1)]
}

fn rating_label(pack: &ContentPack, r: Option<u8>) -> String {
    match r.and_then(|v| pack.level(v)) {
        Some(l) => format!("{} {}", l.value, l.label),
        None => "not rated".into(),
    }
}

/// A criterion's rating per year; "not in content" for a year whose content
/// did not have it yet.
fn change_labels(pack: &ContentPack, ch: &crate::model::compare::CriterionChange) -> Vec<String> {
    ch.ratings
        .iter()
        .zip(&ch.in_content)
        .map(|(r, known)| {
            if *known {
                rating_label(pack, *r)
            } else {
                "not in content".into()
            }
        })
        .collect()
}

fn status_label(s: Option<TipStatus>) -> &'static str {
    s.map_or("no record", TipStatus::label)
}

/// The change beside a benchmark's scores, from the scores it spans.
fn trend(b: &crate::model::compare::BenchmarkRow) -> String {
    b.change_between()
        .map_or(String::new(), |(before, now)| format_change(now, before))
}

fn header_school(c: &Comparison) -> String {
    let mut schools: Vec<&str> = c.years.iter().map(|y| y.school.as_str()).collect();
    schools.dedup();
    schools.join(" / ")
}

/// The overlaid radar in ASCII, `width`×`height`, with its legend wrapped
/// at `legend_width` columns.
pub fn ascii_radar(c: &Comparison, width: u16, height: u16, legend_width: usize) -> Vec<String> {
    let full: Vec<String> = c
        .benchmarks
        .iter()
        .map(|b| format!("{} {}", b.number, inert_line(&b.short)))
        .collect();
    let short: Vec<String> = c.benchmarks.iter().map(|b| b.number.to_string()).collect();
    let Some(layout) = Layout::fit(width, height, &full, &short) else {
        return Vec::new();
    };
    let n = c.years.len();
    let series: Vec<Series> = (0..n)
        .map(|i| Series {
            mark: year_mark(i, n),
            values: c.benchmarks.iter().map(|b| b.scores[i]).collect(),
        })
        .collect();
    let mut rows = ascii(&layout, &series);
    let legend: Vec<String> = c
        .years
        .iter()
        .enumerate()
        .map(|(i, y)| format!("{} {}", year_mark(i, n), inert_line(&y.year)))
        .collect();
    rows.extend(crate::output::summary::radar_legend(&legend, legend_width));
    rows
}

/// Plain text laid out for `width` columns (see
/// [`crate::output::layout_width`]); session text is made inert.
pub fn text(c: &Comparison, pack: &ContentPack, width: usize) -> String {
    let width = layout_width(width);
    let prose = prose_width(width);
    let mut out = String::new();
    let mut put = |lines: Vec<String>| {
        for l in lines {
            out.push_str(l.trim_end());
            out.push('\n');
        }
    };
    let years: Vec<String> = c
        .years
        .iter()
        .map(|y| inert_line(&y.year).into_owned())
        .collect();
    let heading = format!("{} — {}", inert_line(&header_school(c)), years.join(" → "));
    put(wrap_hanging(&heading, "", "  ", width));
    put(wrap_hanging(
        &inert_line(&c.content.to_string()),
        "Content: ",
        "  ",
        prose,
    ));
    put(vec![String::new()]);
    put(ascii_radar(c, RADAR_WIDTH.min(width as u16), 21, width));
    put(vec![String::new(), "Scores".into()]);
    put(scores_table(c, &years, width));
    put(vec![String::new()]);
    put(wrap(
        &format!(
            "Criteria whose rating changed ({})",
            c.criteria_changed.len()
        ),
        prose,
    ));
    let id_w = id_column(c.criteria_changed.iter().map(|ch| (&ch.id, ch.ours)), 8);
    for ch in &c.criteria_changed {
        let ratings = change_labels(pack, ch);
        let id = format!(
            "{}{}",
            cut(&ch.id, id_w),
            if ch.ours { OURS_MARK } else { "" }
        );
        let first = format!("  {} ", pad(&id, id_w));
        let rest = " ".repeat(text_width(&first));
        put(wrap_hanging(&ratings.join(" → "), &first, &rest, width));
        put(vec![format!(
            "{rest}{}",
            cut(&ch.text, width.saturating_sub(rest.len()))
        )]);
    }
    put(vec![String::new()]);
    put(wrap(
        &format!(
            "Plans from earlier years and what became of them ({})",
            c.plans.len()
        ),
        prose,
    ));
    let id_w = id_column(c.plans.iter().map(|p| (&p.id, p.ours)), 16);
    for p in &c.plans {
        let statuses: Vec<&str> = p.statuses.iter().map(|s| status_label(*s)).collect();
        let who: Vec<String> = [&p.owner, &p.due]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(|s| inert_line(s).into_owned())
            .collect();
        let who = if who.is_empty() {
            String::new()
        } else {
            format!(" ({})", who.join(", "))
        };
        let id = format!(
            "{}{}",
            cut(&p.id, id_w),
            if p.ours { OURS_MARK } else { "" }
        );
        let first = format!("  {} ", pad(&id, id_w));
        let rest = " ".repeat(text_width(&first));
        put(wrap_hanging(
            &format!("{}{who}", statuses.join(" → ")),
            &first,
            &rest,
            width,
        ));
        put(vec![format!(
            "{rest}{}",
            cut(&p.text, width.saturating_sub(rest.len()))
        )]);
    }
    put(vec![String::new()]);
    let noted: Vec<_> = c
        .benchmarks
        .iter()
        .filter(|b| b.notes.iter().any(|n| !n.is_empty()))
        .collect();
    if !noted.is_empty() {
        put(vec!["Benchmark notes".into()]);
        for b in noted {
            put(vec![cut(&format!("  {} {}", b.number, b.title), width)]);
            for (y, n) in years.iter().zip(&b.notes) {
                put(note_lines(&format!("    {y}: "), n, prose));
            }
        }
        put(vec![String::new()]);
    }
    if !c.retired.is_empty() {
        put(wrap(
            &format!(
                "Retired history: recorded against ids no longer in the content, not compared ({})",
                c.retired.len()
            ),
            prose,
        ));
        for r in &c.retired {
            let line = format!(
                "{}: {} ({}) {}",
                inert_line(&r.year),
                inert_line(&r.id),
                inert_line(&r.recorded_with),
                retired_what(pack, r)
            );
            put(wrap_hanging(&line, "  ", "      ", width));
            if !r.text.is_empty() {
                put(vec![format!("      {}", cut(&r.text, width - 6))]);
            }
        }
        put(vec![String::new()]);
    }
    put(vec!["Content differences between the years".into()]);
    if c.content_differences.is_empty() {
        put(vec!["  none".into()]);
    }
    for d in &c.content_differences {
        put(wrap_hanging(
            &inert_line(&d.describe(&c.content)),
            "  ",
            "    ",
            prose,
        ));
    }
    if has_ours(c) {
        put(vec![String::new()]);
        put(wrap(&format!("{OURS_LEGEND}."), prose));
    }
    out
}

/// The width of the ASCII radar in text output (narrower in a narrower layout).
const RADAR_WIDTH: u16 = 72;

/// One row per benchmark: its score each year and the change, the title
/// column taking what the years leave of `width`.
fn scores_table(c: &Comparison, years: &[String], width: usize) -> Vec<String> {
    // A year's column is as wide as its name, and holds "100 %".
    let heads: Vec<String> = years.iter().map(|y| fit(y, 12)).collect();
    let year_w: Vec<usize> = heads.iter().map(|y| text_width(y).max(5)).collect();
    let trends: Vec<String> = c.benchmarks.iter().map(trend).collect();
    let change_w = trends
        .iter()
        .map(|t| text_width(t))
        .chain([text_width("Change")])
        .max()
        .unwrap_or(0);
    let fixed = 2 + 2 + year_w.iter().map(|w| 2 + w).sum::<usize>() + 2 + change_w;
    let titles: Vec<String> = c
        .benchmarks
        .iter()
        .map(|b| {
            format!(
                "{}{}",
                b.title,
                if b.criteria_ours > 0 { OURS_MARK } else { "" }
            )
        })
        .collect();
    let title_w = title_column(width, fixed, 10, &titles);
    let mut head = format!("{:>2}  {}", "#", pad("Benchmark", title_w));
    for (y, w) in heads.iter().zip(&year_w) {
        let _ = write!(head, "  {}", pad_left(y, *w));
    }
    head.push_str("  Change");
    let mut rows = vec![head];
    for (b, trend) in c.benchmarks.iter().zip(&trends) {
        let title = if b.criteria_ours > 0 {
            format!("{}{OURS_MARK}", cut(&b.title, title_w - 1))
        } else {
            cut(&b.title, title_w)
        };
        let mut line = format!("{:>2}  {}", b.number, pad(&title, title_w));
        for (s, w) in b.scores.iter().zip(&year_w) {
            let _ = write!(line, "  {}", pad_left(&format_score(*s), *w));
        }
        let _ = write!(line, "  {trend}");
        rows.push(line);
    }
    rows
}

/// The width of an id column: the widest id with its mark, at least `min`
/// and at most 24 columns.
fn id_column<'a>(ids: impl Iterator<Item = (&'a String, bool)>, min: usize) -> usize {
    ids.map(|(id, ours)| text_width(&inert_line(id)) + usize::from(ours))
        .max()
        .unwrap_or(0)
        .clamp(min, 24)
}

/// A note under `prefix` ("    2024/25: "), its own lines kept, each
/// wrapped at `width` with the later lines indented under the first.
fn note_lines(prefix: &str, note: &str, width: usize) -> Vec<String> {
    let indent = " ".repeat(text_width(prefix));
    let mut lines = Vec::new();
    for (i, l) in inert_block(note)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
    {
        lines.extend(wrap_hanging(
            l,
            if i == 0 { prefix } else { &indent },
            &indent,
            width,
        ));
    }
    lines
}

fn has_ours(c: &Comparison) -> bool {
    c.benchmarks.iter().any(|b| b.criteria_ours > 0)
        || c.criteria_changed.iter().any(|x| x.ours)
        || c.plans.iter().any(|x| x.ours)
}

/// "rated 3 Established · trained = 40 · planned · note: …".
fn retired_what(pack: &ContentPack, r: &crate::model::compare::RetiredEntry) -> String {
    let mut what = Vec::new();
    if r.rating.is_some() {
        what.push(format!("rated {}", rating_label(pack, r.rating)));
    }
    for (k, v) in &r.measured {
        what.push(inert_line(&retired_value(&r.id, &r.recorded_with, k, *v)).into_owned());
    }
    if let Some(st) = r.status {
        what.push(st.label().to_string());
    }
    if !r.note.is_empty() {
        what.push(format!("note: {}", cut(&r.note, 40)));
    }
    what.join(" · ")
}

/// Markdown: tables that read as plain text and render on a Git forge.
pub fn markdown(c: &Comparison, pack: &ContentPack) -> String {
    let cell = |s: &str| md_cell(s);
    let mut out = String::new();
    let years: Vec<String> = c.years.iter().map(|y| cell(&y.year)).collect();
    let _ = writeln!(
        out,
        "# {} — {}\n",
        cell(&header_school(c)),
        years.join(" → ")
    );
    let _ = writeln!(out, "Content: {}\n", cell(&c.content.to_string()));
    let _ = writeln!(out, "## Scores\n");
    let _ = writeln!(out, "| # | Benchmark | {} | Change |", years.join(" | "));
    let _ = writeln!(out, "|---:|---|{}---|", "---:|".repeat(years.len()));
    for b in &c.benchmarks {
        let title_mark = if b.criteria_ours > 0 { OURS_MARK } else { "" };
        let scores: Vec<String> = b.scores.iter().map(|s| format_score(*s)).collect();
        let _ = writeln!(
            out,
            "| {} | {}{title_mark} | {} | {} |",
            b.number,
            cell(&b.title),
            scores.join(" | "),
            trend(b)
        );
    }
    let _ = writeln!(out, "\n## Criteria whose rating changed\n");
    if c.criteria_changed.is_empty() {
        let _ = writeln!(out, "None.");
    } else {
        let _ = writeln!(out, "| Criterion | {} | Text |", years.join(" | "));
        let _ = writeln!(out, "|---|{}---|", "---|".repeat(years.len()));
        for ch in &c.criteria_changed {
            let r: Vec<String> = change_labels(pack, ch).iter().map(|l| cell(l)).collect();
            let _ = writeln!(
                out,
                "| {}{} | {} | {} |",
                cell(&ch.id),
                if ch.ours { OURS_MARK } else { "" },
                r.join(" | "),
                cell(&ch.text)
            );
        }
    }
    let _ = writeln!(
        out,
        "\n## Plans from earlier years and what became of them\n"
    );
    if c.plans.is_empty() {
        let _ = writeln!(out, "None.");
    } else {
        let _ = writeln!(out, "| Tip | {} | Owner | Due | Text |", years.join(" | "));
        let _ = writeln!(out, "|---|{}---|---|---|", "---|".repeat(years.len()));
        for p in &c.plans {
            let s: Vec<&str> = p.statuses.iter().map(|s| status_label(*s)).collect();
            let _ = writeln!(
                out,
                "| {}{} | {} | {} | {} | {} |",
                cell(&p.id),
                if p.ours { OURS_MARK } else { "" },
                s.join(" | "),
                cell(&p.owner),
                cell(&p.due),
                cell(&p.text)
            );
        }
    }
    let noted: Vec<_> = c
        .benchmarks
        .iter()
        .filter(|b| b.notes.iter().any(|n| !n.is_empty()))
        .collect();
    if !noted.is_empty() {
        let _ = writeln!(out, "\n## Benchmark notes\n");
        for b in noted {
            let _ = writeln!(out, "**{} {}**\n", b.number, cell(&b.title));
            for (y, n) in years.iter().zip(&b.notes) {
                let lines = crate::output::report::md_lines(n);
                if !lines.is_empty() {
                    let note = crate::output::report::hard_breaks(&lines, "  ");
                    let _ = writeln!(out, "- {y}: {note}");
                }
            }
            out.push('\n');
        }
    }
    if !c.retired.is_empty() {
        let _ = writeln!(
            out,
            "\n## Retired history (not compared)\n\nRecorded against ids no longer in the content; kept, never attached to another criterion.\n"
        );
        let _ = writeln!(
            out,
            "| Year | Id | Made with | Recorded | Text then | Why retired |"
        );
        let _ = writeln!(out, "|---|---|---|---|---|---|");
        for r in &c.retired {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                cell(&r.year),
                cell(&r.id),
                cell(&r.recorded_with),
                cell(&retired_what(pack, r)),
                cell(&r.text),
                cell(&r.reason)
            );
        }
    }
    let _ = writeln!(out, "\n## Content differences between the years\n");
    if c.content_differences.is_empty() {
        let _ = writeln!(out, "None.");
    }
    for d in &c.content_differences {
        let _ = writeln!(out, "- {}", cell(&d.describe(&c.content)));
    }
    if has_ours(c) {
        let _ = writeln!(out, "\n{OURS_LEGEND}.");
    }
    out
}

/// CSV, UTF-8 with a byte-order mark so Excel opens Chinese text correctly.
/// One row per item: `section,benchmark,id,text,<one column per year>,change`.
pub fn csv(c: &Comparison, pack: &ContentPack) -> String {
    let mut csv = crate::output::csv::Csv::new();
    let mut row = |fields: Vec<String>| csv.row(&fields);
    let mut head = vec![
        "section".to_string(),
        "benchmark".into(),
        "id".into(),
        "source".into(),
        "text".into(),
    ];
    head.extend(c.years.iter().map(|y| y.year.clone()));
    head.push("change".into());
    row(head);
    for b in &c.benchmarks {
        let mut r = vec![
            "score".to_string(),
            b.number.to_string(),
            b.id.clone(),
            b.provenance.clone(),
            b.title.clone(),
        ];
        r.extend(
            b.scores
                .iter()
                .map(|s| s.map(|x| format!("{x}")).unwrap_or_default()),
        );
        r.push(b.delta.map(|d| format!("{d}")).unwrap_or_default());
        row(r);
    }
    for ch in &c.criteria_changed {
        let mut r = vec![
            "criterion".to_string(),
            ch.benchmark.to_string(),
            ch.id.clone(),
            source_word(ch.ours).into(),
            ch.text.clone(),
        ];
        r.extend(change_labels(pack, ch));
        r.push(String::new());
        row(r);
    }
    for p in &c.plans {
        let mut r = vec![
            "plan".to_string(),
            p.benchmark.to_string(),
            p.id.clone(),
            source_word(p.ours).into(),
            p.text.clone(),
        ];
        r.extend(p.statuses.iter().map(|s| status_label(*s).to_string()));
        r.push(String::new());
        row(r);
    }
    for e in &c.retired {
        let mut r = vec![
            "retired".to_string(),
            e.benchmark.to_string(),
            e.id.clone(),
            format!("retired ({})", e.recorded_with),
            format!("{} — {}", e.text, e.reason),
        ];
        r.extend(c.years.iter().map(|y| {
            if y.year == e.year {
                retired_what(pack, e)
            } else {
                String::new()
            }
        }));
        r.push(String::new());
        row(r);
    }
    for d in &c.content_differences {
        let mut r = vec![
            "content".to_string(),
            String::new(),
            String::new(),
            String::new(),
            d.describe(&c.content),
        ];
        r.extend(c.years.iter().map(|_| String::new()));
        r.push(String::new());
        row(r);
    }
    csv.finish()
}

/// The CSV `source` of an item: `official`, or `ours` for the hkbm team's.
fn source_word(ours: bool) -> &'static str {
    if ours { "ours" } else { "official" }
}

pub fn json(c: &Comparison) -> String {
    crate::output::json::write(c)
}

/// Markdown table cell: one line, pipes and angle brackets escaped, control
/// characters inert (the same rules as the report's).
fn md_cell(s: &str) -> String {
    crate::output::report::md(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::golden::{NEW, OLD, comparison, pack};

    #[test]
    fn golden_text() {
        // Given newest first: sorted by academic year all the same.
        let pack = pack();
        insta::assert_snapshot!(
            "compare_text",
            text(&comparison(&pack, &[NEW, OLD]), &pack, 80)
        );
    }

    #[test]
    fn golden_markdown() {
        let pack = pack();
        insta::assert_snapshot!(
            "compare_md",
            markdown(&comparison(&pack, &[OLD, NEW]), &pack)
        );
    }

    #[test]
    fn golden_csv() {
        let pack = pack();
        insta::assert_snapshot!("compare_csv", csv(&comparison(&pack, &[OLD, NEW]), &pack));
    }

    #[test]
    fn golden_json() {
        let pack = pack();
        insta::assert_snapshot!("compare_json", json(&comparison(&pack, &[OLD, NEW])));
    }
}
