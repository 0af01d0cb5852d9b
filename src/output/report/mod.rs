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

pub use csv::{csv_benchmarks, csv_items};
pub use html::{HtmlActions, html, html_text, html_with, svg_radar};
pub use markdown::{hard_breaks, markdown, md, md_cell_lines, md_escape, md_lines};

use crate::model::content::{Benchmark, Phase, mark};
use crate::model::migrate::retired_value;
use crate::model::score::{format_change, format_score};
use crate::model::{ContentPack, Session};
use crate::text::inert_line;

fn rating_label(pack: &ContentPack, r: Option<u8>) -> String {
    match r.and_then(|v| pack.level(v)) {
        Some(l) => format!("{} {}", l.value, l.label),
        None => "not rated".into(),
    }
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
            format!("{}{} — {}", m.describe(), mark(m), m.status(v, t))
        })
        .collect::<Vec<_>>()
        .join("; ")
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
                what.push(format!("rated {}", rating_label(pack, r.rating)));
            }
            for (k, v) in &r.measured {
                what.push(retired_value(&r.id, &r.recorded_with, k, *v));
            }
            if let Some(st) = r.status {
                what.push(st.label().to_string());
            }
            if !r.note.is_empty() {
                what.push(format!("note: {}", r.note));
            }
            let text = if r.text.is_empty() {
                String::new()
            } else {
                format!(" \"{}\"", r.text)
            };
            format!(
                "{} (content {}){text}: {} — {}",
                r.id,
                r.recorded_with,
                what.join(" · "),
                r.reason
            )
        })
        .collect()
}

fn trend_text(line: &crate::output::summary::BenchmarkLine) -> String {
    match (line.score, line.baseline) {
        (Some(now), Some(before)) => format_change(now, before),
        (None, Some(b)) => format!("(was {})", format_score(Some(b))),
        _ => String::new(),
    }
}

fn target_text(line: &crate::output::summary::BenchmarkLine) -> String {
    match (line.target_percent, &line.target_year) {
        (Some(p), Some(y)) => format!("{p} % by {}", inert_line(y)),
        (Some(p), None) => format!("{p} %"),
        (None, Some(y)) => format!("by {}", inert_line(y)),
        (None, None) => "—".into(),
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
