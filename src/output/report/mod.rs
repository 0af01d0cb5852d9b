//! Reports for the senior leadership team: Markdown, CSV and a single
//! self-contained HTML file with an SVG radar that prints well to A4.
//!
//! Text from the session is data: escaped for each format (HTML entities,
//! Markdown table pipes and angle brackets, CSV quoting and formula guards).
//!
//! One file per format: `markdown.rs`, `csv.rs`, `html.rs` (with its SVG
//! radar); what they share — labels, measures, the action list — is here.

mod csv;
mod html;
mod markdown;
#[cfg(test)]
mod tests;

pub use csv::{csv_benchmarks, csv_items};
pub use html::{HtmlActions, html, html_text, html_with, svg_radar};
pub use markdown::{hard_breaks, markdown, md, md_cell_lines, md_escape, md_lines};

use crate::i18n::{measure_describe, measure_status, num};
use crate::model::content::{Benchmark, Phase, mark};
use crate::model::migrate::retired_value;
use crate::model::score::{format_change, format_score};
use crate::model::{ContentPack, Session};
use crate::text::inert_line;
use crate::tr;

/// A rating as written in a report: the level's value and label, or "not
/// rated".
fn rating_label(pack: &ContentPack, r: Option<u8>) -> String {
    match r.and_then(|v| pack.level(v)) {
        Some(l) => format!("{} {}", l.value, l.label),
        None => tr!("report-not-rated"),
    }
}

/// Between the items of a list of names or dates: ", " (「、」).
fn list_separator() -> String {
    tr!("report-list-separator")
}

/// Between longer items that may hold commas: "; " (「；」).
fn clause_separator() -> String {
    tr!("report-clause-separator")
}

/// How a score is worked out, from the pack's own scale, as one sentence
/// that starts "Score:" and ends with its full stop: the summary's words.
fn score_formula(pack: &ContentPack) -> String {
    tr!(
        "out-summary-score-line",
        formula = crate::output::summary::score_formula(pack)
    )
}

/// Each measure of the criterion with its threshold (a suggestion says so),
/// the value entered and the school's own target: "suggested: at least 1 per
/// year: …: measured 2 per year · our target 1 per year, reached".
fn measured(pack_bm: &Benchmark, cr: &crate::model::CriterionRecord) -> String {
    let Some(c) = pack_bm.criterion(&cr.id) else {
        return String::new();
    };
    c.measures
        .iter()
        .filter(|m| cr.measured.contains_key(&m.id) || cr.targets.contains_key(&m.id))
        .map(|m| {
            let v = cr.measured.get(&m.id).copied();
            let t = cr.targets.get(&m.id).copied();
            format!(
                "{}{} — {}",
                measure_describe(m),
                mark(m),
                measure_status(m, v, t)
            )
        })
        .collect::<Vec<_>>()
        .join(&clause_separator())
}

/// The retired history of a benchmark in a session, one line per record.
fn retired_lines(pack: &ContentPack, rec: Option<&crate::model::BenchmarkRecord>) -> Vec<String> {
    let Some(rec) = rec else {
        return Vec::new();
    };
    rec.retired
        .iter()
        .map(|r| {
            let mut what = Vec::new();
            if r.rating.is_some() {
                what.push(tr!(
                    "report-retired-rated",
                    rating = rating_label(pack, r.rating)
                ));
            }
            for (k, v) in &r.measured {
                what.push(retired_value(&r.id, &r.recorded_with, k, *v));
            }
            if let Some(st) = r.status {
                what.push(crate::i18n::status(st));
            }
            if !r.note.is_empty() {
                what.push(tr!("report-retired-note", note = r.note.as_str()));
            }
            let text = if r.text.is_empty() {
                String::new()
            } else {
                tr!("report-retired-text", text = r.text.as_str())
            };
            tr!(
                "report-retired-line",
                id = r.id.as_str(),
                version = r.recorded_with.as_str(),
                text = text,
                what = what.join(" · "),
                reason = r.reason.as_str()
            )
        })
        .collect()
}

/// The change since the baseline ("▲ +25"), the baseline's score alone when
/// there is no score now, or nothing.
fn trend_text(line: &crate::output::summary::BenchmarkLine) -> String {
    match (line.score, line.baseline) {
        (Some(now), Some(before)) => format_change(now, before),
        (None, Some(b)) => tr!("report-trend-was", score = format_score(Some(b))),
        _ => String::new(),
    }
}

/// A target's percentage, as written: "80 %".
fn target_percent(p: u8) -> String {
    tr!("report-target-percent", percent = num(p))
}

/// A benchmark's target: "80 % by 2027/28", "80 %", "by 2027/28" or "—".
/// `percent` is the percentage as shown (see [`target_percent`]) and
/// `year` the year as shown, each already written for the format.
fn target_words(percent: Option<String>, year: Option<String>) -> String {
    match (percent, year) {
        (Some(p), Some(y)) => tr!("report-target-by", target = p, year = y),
        (Some(p), None) => p,
        (None, Some(y)) => tr!("report-target-year", year = y),
        (None, None) => "—".into(),
    }
}

fn target_text(line: &crate::output::summary::BenchmarkLine) -> String {
    target_words(
        line.target_percent.map(target_percent),
        line.target_year
            .as_deref()
            .map(|y| inert_line(y).into_owned()),
    )
}

/// The line under a benchmark's heading: its group, score, coverage,
/// target, trend and tips decided. `group` and `score` come written for
/// the format (emphasis), `target` and `trend` too.
fn meta_line(
    line: &crate::output::summary::BenchmarkLine,
    group: String,
    score: String,
    target: String,
    trend: String,
) -> String {
    tr!(
        "report-meta",
        group = group,
        score = score,
        rated = num(line.rated as f64),
        criteria = num(line.criteria as f64),
        target = target,
        trend = trend,
        decided = num(line.tips_decided as f64),
        tips = num(line.tips as f64)
    )
}

/// How late an open action is, in words: "3 days", "5 weeks" (「3天」).
fn late_by(days: i64) -> String {
    if days < 14 {
        tr!("report-late-days", n = num(days as f64))
    } else {
        tr!("report-late-weeks", n = num((days / 7) as f64))
    }
}

/// Decided tips in phase order: the action list.
fn actions<'a>(
    bm: &'a Benchmark,
    s: &'a Session,
) -> Vec<(Phase, &'a crate::model::Tip, &'a crate::model::TipRecord)> {
    let rec = s.benchmark(&bm.id);
    bm.tips_with_phase()
        .filter_map(|(p, t)| {
            let r = rec?.tip(&t.id)?;
            r.status.is_decided().then_some((p, t, r))
        })
        .collect()
}
