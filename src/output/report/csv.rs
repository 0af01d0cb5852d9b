//! The CSV reports: one row per criterion and tip, one row per benchmark.

use crate::model::migrate::retired_value;
use crate::model::{ContentPack, Session, TipStatus};
use crate::output::summary::Summary;

use super::*;

/// CSV, one row per criterion and per tip, with stable ids.
pub fn csv_items(pack: &ContentPack, s: &Session) -> String {
    let mut csv = crate::output::csv::Csv::new();
    let mut row = |fields: Vec<String>| csv.row(&fields);
    row([
        "benchmark",
        "benchmark_title",
        "kind",
        "id",
        "phase",
        "source",
        "text",
        "rating",
        "rating_label",
        "measured",
        "status",
        "owner",
        "due",
        "note",
    ]
    .map(String::from)
    .to_vec());
    for bm in &pack.benchmarks {
        let rec = s.benchmark(&bm.id);
        for c in &bm.criteria {
            let cr = rec.and_then(|r| r.criterion(&c.id));
            let rating = cr.and_then(|c| c.rating);
            row(vec![
                bm.number.to_string(),
                bm.title.clone(),
                "criterion".into(),
                c.id.clone(),
                String::new(),
                c.from.clone(),
                c.text.clone(),
                rating.map(|r| r.to_string()).unwrap_or_default(),
                rating_label(pack, rating),
                cr.map(|r| measured(bm, r)).unwrap_or_default(),
                String::new(),
                String::new(),
                String::new(),
                cr.map(|c| c.note.clone()).unwrap_or_default(),
            ]);
        }
        for (p, t) in bm.tips_with_phase() {
            let tr = rec.and_then(|r| r.tip(&t.id));
            row(vec![
                bm.number.to_string(),
                bm.title.clone(),
                "tip".into(),
                t.id.clone(),
                p.key().into(),
                t.from.clone(),
                t.text.clone(),
                String::new(),
                String::new(),
                String::new(),
                tr.map_or(TipStatus::NotDiscussed, |t| t.status)
                    .label()
                    .into(),
                tr.map(|t| t.owner.clone()).unwrap_or_default(),
                tr.map(|t| t.due.clone()).unwrap_or_default(),
                tr.map(|t| t.note.clone()).unwrap_or_default(),
            ]);
        }
        for r in rec.map(|r| r.retired.as_slice()).unwrap_or(&[]) {
            let measured: Vec<String> = r
                .measured
                .iter()
                .map(|(k, v)| retired_value(&r.id, &r.recorded_with, k, *v))
                .collect();
            row(vec![
                bm.number.to_string(),
                bm.title.clone(),
                "retired".into(),
                r.id.clone(),
                String::new(),
                format!("retired ({})", r.recorded_with),
                format!("{} — {}", r.text, r.reason),
                r.rating.map(|r| r.to_string()).unwrap_or_default(),
                if r.rating.is_some() {
                    rating_label(pack, r.rating)
                } else {
                    String::new()
                },
                measured.join("; "),
                r.status.map(|s| s.label().to_string()).unwrap_or_default(),
                r.owner.clone(),
                r.due.clone(),
                r.note.clone(),
            ]);
        }
    }
    csv.finish()
}

/// CSV, one row per benchmark.
pub fn csv_benchmarks(pack: &ContentPack, s: &Session) -> String {
    let sum = Summary::build(pack, s);
    let mut csv = crate::output::csv::Csv::new();
    let mut row = |fields: Vec<String>| csv.row(&fields);
    row([
        "benchmark",
        "id",
        "title",
        "group",
        "criteria_official",
        "criteria_ours",
        "tips_official",
        "tips_ours",
        "score",
        "rated",
        "criteria",
        "coverage",
        "target_percent",
        "target_year",
        "baseline",
        "delta",
        "tips_decided",
        "tips",
    ]
    .map(String::from)
    .to_vec());
    let n = |x: Option<f64>| x.map(|v| format!("{v}")).unwrap_or_default();
    for b in &sum.benchmarks {
        row(vec![
            b.number.to_string(),
            b.id.clone(),
            b.title.clone(),
            b.group.clone(),
            b.criteria_official.to_string(),
            b.criteria_ours.to_string(),
            b.tips_official.to_string(),
            b.tips_ours.to_string(),
            n(b.score),
            b.rated.to_string(),
            b.criteria.to_string(),
            format!("{}", b.coverage),
            b.target_percent.map(|t| t.to_string()).unwrap_or_default(),
            b.target_year.clone().unwrap_or_default(),
            n(b.baseline),
            n(b.delta),
            b.tips_decided.to_string(),
            b.tips.to_string(),
        ]);
    }
    csv.finish()
}
