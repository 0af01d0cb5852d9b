//! `hkbm compare` output: plain text (with an ASCII radar), Markdown, CSV
//! and JSON, all from one [`Comparison`].

use std::fmt::Write as _;

use crate::i18n::tr;
use crate::model::ContentPack;
use crate::model::compare::Comparison;
use crate::model::content::OURS_MARK;
use crate::model::migrate::retired_value;
use crate::model::score::{format_change, format_score};
use crate::model::session::TipStatus;
use crate::output::{cut, layout_width, prose_width, title_column};
use crate::radar::{Layout, Series, ascii};
use crate::text::{
    fit, inert_block, inert_line, pad, pad_left, width as text_width, wrap, wrap_hanging,
};
use crate::tr;

/// ASCII marks per year in radars, newest first.
pub const YEAR_MARKS: [char; 5] = ['*', 'o', 'x', '%', '#'];

/// The mark for year `i` of `n` (oldest first).
pub fn year_mark(i: usize, n: usize) -> char {
    YEAR_MARKS[(n - 1 - i).min(YEAR_MARKS.len() - 1)]
}

fn rating_label(pack: &ContentPack, r: Option<u8>) -> String {
    match r.and_then(|v| pack.level(v)) {
        Some(l) => format!("{} {}", l.value, l.label),
        None => tr("out-not-rated"),
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
                tr("out-compare-not-in-content")
            }
        })
        .collect()
}

fn status_label(s: Option<TipStatus>) -> String {
    s.map_or_else(|| tr("out-compare-no-record"), crate::i18n::status)
}

/// A heading with its count: "Scores (10)", 「分數（10項）」.
fn counted(id: &str, n: usize) -> String {
    tr!("out-count-after", text = tr(id), n = n)
}

/// A benchmark's change, from the two scores it spans, with those years
/// when they are not the last two ("▲ +15 (2023/24 → 2024/25)"): never
/// silently another year.
fn trend(c: &Comparison, b: &crate::model::compare::BenchmarkRow) -> String {
    let Some((before, now)) = b.change_between() else {
        return String::new();
    };
    let change = format_change(now, before);
    match c.change_span(b) {
        Some(span) => format!("{change} ({span})"),
        None => change,
    }
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
    let mut put = |lines: Vec<String>| crate::output::put_lines(&mut out, lines);
    // Years as column heads: told apart by file name when two share a year.
    let years: Vec<String> = c
        .year_labels()
        .iter()
        .map(|y| inert_line(y).into_owned())
        .collect();
    let heading = format!("{} — {}", inert_line(&header_school(c)), years.join(" → "));
    put(wrap_hanging(&heading, "", "  ", width));
    put(wrap_hanging(
        &inert_line(&c.content.to_string()),
        &tr("out-content-label"),
        "  ",
        prose,
    ));
    for n in &c.notices {
        put(wrap_hanging(
            &tr!("out-sentence", text = inert_line(n).into_owned()),
            &tr("out-compare-note-label"),
            "  ",
            prose,
        ));
    }
    put(vec![String::new()]);
    put(ascii_radar(c, RADAR_WIDTH.min(width as u16), 21, width));
    put(vec![String::new(), tr("out-compare-scores")]);
    put(scores_table(c, &years, width));
    put(vec![String::new()]);
    put(wrap(
        &counted("out-compare-criteria-changed", c.criteria_changed.len()),
        prose,
    ));
    let id_w = id_column(c.criteria_changed.iter().map(|ch| (&ch.id, ch.ours)), 8);
    for ch in &c.criteria_changed {
        let ratings = change_labels(pack, ch);
        let id = crate::output::ours_marked(&cut(&ch.id, id_w), ch.ours);
        let first = format!("  {} ", pad(&id, id_w));
        let rest = " ".repeat(text_width(&first));
        put(wrap_hanging(&ratings.join(" → "), &first, &rest, width));
        put(vec![format!(
            "{rest}{}",
            cut(&ch.text, width.saturating_sub(rest.len()))
        )]);
    }
    put(vec![String::new()]);
    put(wrap(&counted("out-compare-plans", c.plans.len()), prose));
    let id_w = id_column(c.plans.iter().map(|p| (&p.id, p.ours)), 16);
    for p in &c.plans {
        let statuses: Vec<String> = p.statuses.iter().map(|s| status_label(*s)).collect();
        let who: Vec<String> = [&p.owner, &p.due]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(|s| inert_line(s).into_owned())
            .collect();
        let who = if who.is_empty() {
            String::new()
        } else {
            tr!("out-compare-who", who = who.join(&tr("out-list-separator")))
        };
        let id = crate::output::ours_marked(&cut(&p.id, id_w), p.ours);
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
        put(vec![tr("out-compare-benchmark-notes")]);
        for b in noted {
            put(vec![cut(&format!("  {} {}", b.number, b.title), width)]);
            for (y, n) in years.iter().zip(&b.notes) {
                let prefix = tr!("out-compare-note-year", year = y.as_str());
                put(note_lines(&format!("    {prefix}"), n, prose));
            }
        }
        put(vec![String::new()]);
    }
    if !c.retired.is_empty() {
        put(wrap(
            &counted("out-compare-retired", c.retired.len()),
            prose,
        ));
        for r in &c.retired {
            let line = tr!(
                "out-compare-retired-line",
                year = inert_line(&r.year).into_owned(),
                id = inert_line(&r.id).into_owned(),
                made_with = inert_line(&r.recorded_with).into_owned(),
                what = retired_what(pack, r)
            );
            put(wrap_hanging(&line, "  ", "      ", width));
            if !r.text.is_empty() {
                put(vec![format!("      {}", cut(&r.text, width - 6))]);
            }
        }
        put(vec![String::new()]);
    }
    put(vec![tr("out-compare-content-differences")]);
    if c.content_differences.is_empty() {
        put(vec![format!("  {}", tr("out-compare-none"))]);
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
        put(wrap(
            &tr!("out-sentence", text = tr("out-ours-legend")),
            prose,
        ));
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
    let trends: Vec<String> = c.benchmarks.iter().map(|b| trend(c, b)).collect();
    let change_head = tr("out-compare-change");
    let change_w = trends
        .iter()
        .map(|t| text_width(t))
        .chain([text_width(&change_head)])
        .max()
        .unwrap_or(0);
    let fixed = 2 + 2 + year_w.iter().map(|w| 2 + w).sum::<usize>() + 2 + change_w;
    let titles: Vec<String> = c
        .benchmarks
        .iter()
        .map(|b| crate::output::ours_marked(&b.title, b.criteria_ours > 0))
        .collect();
    let title_w = title_column(width, fixed, 10, &titles);
    let mut head = format!("{:>2}  {}", "#", pad(&tr("out-heading-benchmark"), title_w));
    for (y, w) in heads.iter().zip(&year_w) {
        let _ = write!(head, "  {}", pad_left(y, *w));
    }
    let _ = write!(head, "  {change_head}");
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
        what.push(tr!(
            "out-compare-rated",
            rating = rating_label(pack, r.rating)
        ));
    }
    for (k, v) in &r.measured {
        what.push(inert_line(&retired_value(&r.id, &r.recorded_with, k, *v)).into_owned());
    }
    if let Some(st) = r.status {
        what.push(crate::i18n::status(st));
    }
    if !r.note.is_empty() {
        what.push(tr!("out-compare-note", note = cut(&r.note, 40)));
    }
    what.join(" · ")
}

/// Markdown: tables that read as plain text and render on a Git forge.
pub fn markdown(c: &Comparison, pack: &ContentPack) -> String {
    let cell = |s: &str| md_cell(s);
    let mut out = String::new();
    let years: Vec<String> = c.year_labels().iter().map(|y| cell(y)).collect();
    let _ = writeln!(
        out,
        "# {} — {}\n",
        cell(&header_school(c)),
        years.join(" → ")
    );
    let _ = writeln!(
        out,
        "{}{}\n",
        tr("out-content-label"),
        cell(&c.content.to_string())
    );
    for n in &c.notices {
        let _ = writeln!(
            out,
            "> {} {}\n",
            tr("out-compare-md-note"),
            tr!("out-sentence", text = cell(n))
        );
    }
    let _ = writeln!(out, "## {}\n", tr("out-compare-scores"));
    let _ = writeln!(
        out,
        "| # | {} | {} | {} |",
        tr("out-heading-benchmark"),
        years.join(" | "),
        tr("out-compare-change")
    );
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
            cell(&trend(c, b))
        );
    }
    let _ = writeln!(out, "\n## {}\n", tr("out-compare-criteria-changed"));
    if c.criteria_changed.is_empty() {
        let _ = writeln!(out, "{}", tr("out-none"));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            tr("out-compare-head-criterion"),
            years.join(" | "),
            tr("out-compare-head-text")
        );
        let _ = writeln!(out, "|---|{}---|", "---|".repeat(years.len()));
        for ch in &c.criteria_changed {
            let r: Vec<String> = change_labels(pack, ch).iter().map(|l| cell(l)).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                crate::output::ours_marked(&cell(&ch.id), ch.ours),
                r.join(" | "),
                cell(&ch.text)
            );
        }
    }
    let _ = writeln!(out, "\n## {}\n", tr("out-compare-plans"));
    if c.plans.is_empty() {
        let _ = writeln!(out, "{}", tr("out-none"));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            tr("out-compare-head-tip"),
            years.join(" | "),
            tr("out-compare-head-owner"),
            tr("out-compare-head-due"),
            tr("out-compare-head-text")
        );
        let _ = writeln!(out, "|---|{}---|---|---|", "---|".repeat(years.len()));
        for p in &c.plans {
            let s: Vec<String> = p.statuses.iter().map(|s| status_label(*s)).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                crate::output::ours_marked(&cell(&p.id), p.ours),
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
        let _ = writeln!(out, "\n## {}\n", tr("out-compare-benchmark-notes"));
        for b in noted {
            let _ = writeln!(out, "**{} {}**\n", b.number, cell(&b.title));
            for (y, n) in years.iter().zip(&b.notes) {
                let lines = crate::output::report::md_lines(n);
                if !lines.is_empty() {
                    let note = crate::output::report::hard_breaks(&lines, "  ");
                    let _ = writeln!(
                        out,
                        "- {}{note}",
                        tr!("out-compare-note-year", year = y.as_str())
                    );
                }
            }
            out.push('\n');
        }
    }
    if !c.retired.is_empty() {
        let _ = writeln!(
            out,
            "\n## {}\n\n{}\n",
            tr("out-compare-md-retired"),
            tr("out-compare-md-retired-why")
        );
        let heads = [
            "out-compare-head-year",
            "out-compare-head-id",
            "out-compare-head-made-with",
            "out-compare-head-recorded",
            "out-compare-head-text-then",
            "out-compare-head-why-retired",
        ]
        .map(tr);
        let _ = writeln!(out, "| {} |", heads.join(" | "));
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
    let _ = writeln!(out, "\n## {}\n", tr("out-compare-content-differences"));
    if c.content_differences.is_empty() {
        let _ = writeln!(out, "{}", tr("out-none"));
    }
    for d in &c.content_differences {
        let _ = writeln!(out, "- {}", cell(&d.describe(&c.content)));
    }
    if has_ours(c) {
        let _ = writeln!(
            out,
            "\n{}",
            tr!("out-sentence", text = tr("out-ours-legend"))
        );
    }
    out
}

/// CSV, UTF-8 with a byte-order mark so Excel opens Chinese text correctly.
/// One row per item; the columns named by a year hold only numbers (scores,
/// targets, ratings), the words of that year (status, rating label, note)
/// are in its `… text` column. See the README, "CSV".
pub fn csv(c: &Comparison, pack: &ContentPack) -> String {
    let labels = c.year_labels();
    let n = labels.len();
    let mut out = crate::output::csv::Csv::new();
    let mut head: Vec<String> = ["section", "benchmark", "id", "phase", "source", "text"]
        .map(String::from)
        .to_vec();
    head.extend(labels.iter().cloned());
    head.extend(["change", "change_from", "change_to"].map(String::from));
    head.extend(labels.iter().map(|l| format!("{l} text")));
    head.extend(["owner", "due"].map(String::from));
    out.row(&head);
    let mut row = |r: CompareRow| out.row(&r.into_cells(n));
    let num = |x: Option<f64>| x.map(|v| format!("{v}")).unwrap_or_default();
    for notice in &c.notices {
        row(CompareRow {
            section: "notice",
            text: notice.clone(),
            ..CompareRow::default()
        });
    }
    // Where each benchmark's text comes from, in the language in use.
    let provenance = |b: &crate::model::compare::BenchmarkRow| {
        pack.benchmark(&b.id)
            .map_or_else(|| b.provenance.clone(), crate::i18n::provenance)
    };
    for b in &c.benchmarks {
        let span = b
            .delta_years
            .map(|[f, t]| (labels[f].clone(), labels[t].clone()));
        row(CompareRow {
            section: "score",
            benchmark: b.number.to_string(),
            id: b.id.clone(),
            source: provenance(b),
            text: b.title.clone(),
            numbers: b.scores.iter().map(|s| num(*s)).collect(),
            change: num(b.delta),
            change_from: span.clone().map(|s| s.0).unwrap_or_default(),
            change_to: span.map(|s| s.1).unwrap_or_default(),
            ..CompareRow::default()
        });
    }
    for b in c
        .benchmarks
        .iter()
        .filter(|b| b.targets.iter().any(Option::is_some))
    {
        row(CompareRow {
            section: "target",
            benchmark: b.number.to_string(),
            id: b.id.clone(),
            source: provenance(b),
            text: b.title.clone(),
            numbers: b.targets.iter().map(|t| num(t.map(f64::from))).collect(),
            ..CompareRow::default()
        });
    }
    for ch in &c.criteria_changed {
        row(CompareRow {
            section: "criterion",
            benchmark: ch.benchmark.to_string(),
            id: ch.id.clone(),
            source: source_word(ch.ours).into(),
            text: ch.text.clone(),
            numbers: ch
                .ratings
                .iter()
                .zip(&ch.in_content)
                .map(|(r, known)| {
                    r.filter(|_| *known)
                        .map(|r| r.to_string())
                        .unwrap_or_default()
                })
                .collect(),
            words: change_labels(pack, ch),
            ..CompareRow::default()
        });
    }
    for p in &c.plans {
        row(CompareRow {
            section: "plan",
            benchmark: p.benchmark.to_string(),
            id: p.id.clone(),
            phase: p.phase.key().into(),
            source: source_word(p.ours).into(),
            text: p.text.clone(),
            words: p.statuses.iter().map(|s| status_label(*s)).collect(),
            owner: p.owner.clone(),
            due: p.due.clone(),
            ..CompareRow::default()
        });
    }
    for b in &c.benchmarks {
        if b.notes.iter().any(|n| !n.is_empty()) {
            row(CompareRow {
                section: "notes",
                benchmark: b.number.to_string(),
                id: b.id.clone(),
                source: provenance(b),
                text: b.title.clone(),
                words: b.notes.clone(),
                ..CompareRow::default()
            });
        }
        for e in &b.evidence {
            let criterion = pack.benchmark(&b.id).and_then(|bm| bm.criterion(&e.id));
            let ours = criterion.is_some_and(crate::model::content::Sourced::is_ours);
            let text = criterion.map(|c| c.text.clone()).unwrap_or_default();
            row(CompareRow {
                section: "evidence",
                benchmark: b.number.to_string(),
                id: e.id.clone(),
                source: source_word(ours).into(),
                text,
                words: e.notes.clone(),
                ..CompareRow::default()
            });
        }
    }
    for e in &c.retired {
        let mut numbers = vec![String::new(); n];
        let mut words = vec![String::new(); n];
        if let Some(i) = (e.year_index < n).then_some(e.year_index) {
            numbers[i] = e.rating.map(|r| r.to_string()).unwrap_or_default();
            words[i] = retired_what(pack, e);
        }
        row(CompareRow {
            section: "retired",
            benchmark: e.benchmark.to_string(),
            id: e.id.clone(),
            source: tr!("out-csv-retired", version = e.recorded_with.as_str()),
            text: format!("{} — {}", e.text, e.reason),
            numbers,
            words,
            ..CompareRow::default()
        });
    }
    for d in &c.content_differences {
        row(CompareRow {
            section: "content",
            text: d.describe(&c.content),
            ..CompareRow::default()
        });
    }
    out.finish()
}

/// One row of the compare CSV; `numbers` and `words` hold one cell per year
/// (missing ones are empty).
#[derive(Default)]
struct CompareRow {
    section: &'static str,
    benchmark: String,
    id: String,
    phase: String,
    source: String,
    text: String,
    numbers: Vec<String>,
    change: String,
    change_from: String,
    change_to: String,
    words: Vec<String>,
    owner: String,
    due: String,
}

impl CompareRow {
    fn into_cells(self, years: usize) -> Vec<String> {
        let per_year = |mut v: Vec<String>| {
            v.resize(years, String::new());
            v
        };
        let mut r = vec![
            self.section.to_string(),
            self.benchmark,
            self.id,
            self.phase,
            self.source,
            self.text,
        ];
        r.extend(per_year(self.numbers));
        r.extend([self.change, self.change_from, self.change_to]);
        r.extend(per_year(self.words));
        r.extend([self.owner, self.due]);
        r
    }
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

    /// The example school's two years compared in Chinese, as `hkbm compare
    /// --lang zh-HK` compares them: every format.
    #[test]
    fn golden_zh() {
        let (_zh, pack) = crate::output::golden::in_chinese();
        let c = comparison(&pack, &[OLD, NEW]);
        insta::assert_snapshot!("compare_text_zh", text(&c, &pack, 80));
        insta::assert_snapshot!("compare_md_zh", markdown(&c, &pack));
        insta::assert_snapshot!("compare_csv_zh", csv(&c, &pack));
        insta::assert_snapshot!("compare_json_zh", json(&c));
    }

    #[test]
    fn a_notice_is_said_under_a_chinese_label() {
        let (_zh, pack) = crate::output::golden::in_chinese();
        // One year twice: a notice, told before the numbers.
        let c = comparison(&pack, &[NEW, NEW]);
        assert_eq!(c.notices.len(), 1, "{:?}", c.notices);
        let t = text(&c, &pack, 80);
        assert!(t.contains("\n注意："), "{t}");
        let md = markdown(&c, &pack);
        assert!(md.contains("\n> **注意：** "), "{md}");
    }
}
