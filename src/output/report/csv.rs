//! The CSV reports: one row per criterion and tip, one row per benchmark.

use crate::model::content::MeasureKind;
use crate::model::migrate::{hkbm_1_unit, retired_value};
use crate::model::{ContentPack, Session, TipStatus};
use crate::output::summary::Summary;

use super::*;

/// The columns that say whose file a row comes from, so that the CSVs of
/// several schools and years can be stacked and filtered.
const WHOSE: [&str; 3] = ["school", "year", "content_version"];

fn whose(s: &Session) -> Vec<String> {
    vec![s.school.clone(), s.year.clone(), s.content.version.clone()]
}

/// The unit of a measure's numbers, without the number: `%`, `per year`
/// (「每年」).
fn unit(kind: &MeasureKind) -> String {
    match kind {
        MeasureKind::Count { per } => tr!("report-csv-per", per = per.as_str()),
        _ => "%".into(),
    }
}

/// Met or not, in words a spreadsheet filter shows: `yes`, `no` (「是」「否」),
/// empty when not known.
fn yes_no(b: Option<bool>) -> String {
    b.map(|b| tr!(if b { "report-csv-yes" } else { "report-csv-no" }))
        .unwrap_or_default()
}

/// CSV, one row per criterion, per measure of a criterion (its value and
/// unit in columns of their own) and per tip, with stable ids.
pub fn csv_items(pack: &ContentPack, s: &Session) -> String {
    let mut csv = crate::output::csv::Csv::new();
    let head: Vec<&str> = WHOSE
        .into_iter()
        .chain([
            "benchmark",
            "benchmark_title",
            "kind",
            "id",
            "phase",
            "source",
            "text",
            "rating",
            "rating_label",
            "measure",
            "value",
            "unit",
            "at_least",
            "our_target",
            "met",
            "target_reached",
            "status",
            "owner",
            "due",
            "note",
        ])
        .collect();
    csv.row(&head);
    let mut row = |cells: Item| {
        let mut r = whose(s);
        r.extend(cells.into_cells());
        csv.row(&r);
    };
    for bm in &pack.benchmarks {
        let rec = s.benchmark(&bm.id);
        let item = |kind: &str, id: &str| Item {
            benchmark: bm.number.to_string(),
            benchmark_title: bm.title.clone(),
            kind: kind.into(),
            id: id.into(),
            ..Item::default()
        };
        for c in &bm.criteria {
            let cr = rec.and_then(|r| r.criterion(&c.id));
            let rating = cr.and_then(|c| c.rating);
            row(Item {
                source: c.from.clone(),
                text: c.text.clone(),
                rating: rating.map(|r| r.to_string()).unwrap_or_default(),
                rating_label: rating_label(pack, rating),
                note: cr.map(|c| c.note.clone()).unwrap_or_default(),
                ..item("criterion", &c.id)
            });
            for m in &c.measures {
                let v = cr.and_then(|r| r.measured.get(&m.id)).copied();
                let t = cr.and_then(|r| r.targets.get(&m.id)).copied();
                let verdict = m.verdict(v, t);
                row(Item {
                    source: m.from.clone(),
                    text: format!("{}{}", measure_describe(m), mark(m)),
                    measure: m.id.clone(),
                    value: number(v),
                    unit: unit(&m.kind),
                    at_least: number(Some(m.at_least)),
                    our_target: number(t),
                    met: yes_no(verdict.official),
                    target_reached: yes_no(verdict.own),
                    ..item("measure", &c.id)
                });
            }
        }
        for (p, t) in bm.tips_with_phase() {
            let rec_tip = rec.and_then(|r| r.tip(&t.id));
            row(Item {
                phase: p.key().into(),
                source: t.from.clone(),
                text: t.text.clone(),
                status: crate::i18n::status(rec_tip.map_or(TipStatus::NotDiscussed, |t| t.status)),
                owner: rec_tip.map(|t| t.owner.clone()).unwrap_or_default(),
                due: rec_tip.map(|t| t.due.clone()).unwrap_or_default(),
                note: rec_tip.map(|t| t.note.clone()).unwrap_or_default(),
                ..item("tip", &t.id)
            });
        }
        for r in rec.map(|r| r.retired.as_slice()).unwrap_or(&[]) {
            let source = tr!("report-csv-retired", version = r.recorded_with.as_str());
            row(Item {
                source: source.clone(),
                text: format!("{} — {}", r.text, r.reason),
                rating: r.rating.map(|r| r.to_string()).unwrap_or_default(),
                rating_label: if r.rating.is_some() {
                    rating_label(pack, r.rating)
                } else {
                    String::new()
                },
                status: r.status.map(crate::i18n::status).unwrap_or_default(),
                owner: r.owner.clone(),
                due: r.due.clone(),
                note: r.note.clone(),
                ..item("retired", &r.id)
            });
            // A retired value keeps the unit of the content it was recorded
            // with, when that is known; it is never judged against today's.
            for (k, v) in &r.measured {
                let unit = retired_unit(&r.id, &r.recorded_with, k);
                row(Item {
                    source: source.clone(),
                    text: retired_value(&r.id, &r.recorded_with, k, *v),
                    measure: k.clone(),
                    value: number(Some(*v)),
                    unit: unit.unwrap_or_default().to_string(),
                    our_target: number(r.targets.get(k).copied()),
                    ..item("retired_measure", &r.id)
                });
            }
        }
    }
    csv.finish()
}

fn number(x: Option<f64>) -> String {
    x.map(|v| format!("{v}")).unwrap_or_default()
}

/// One row of the items CSV after the `school, year, content_version` columns.
#[derive(Default)]
struct Item {
    benchmark: String,
    benchmark_title: String,
    kind: String,
    id: String,
    phase: String,
    source: String,
    text: String,
    rating: String,
    rating_label: String,
    measure: String,
    value: String,
    unit: String,
    at_least: String,
    our_target: String,
    met: String,
    target_reached: String,
    status: String,
    owner: String,
    due: String,
    note: String,
}

impl Item {
    fn into_cells(self) -> [String; 20] {
        [
            self.benchmark,
            self.benchmark_title,
            self.kind,
            self.id,
            self.phase,
            self.source,
            self.text,
            self.rating,
            self.rating_label,
            self.measure,
            self.value,
            self.unit,
            self.at_least,
            self.our_target,
            self.met,
            self.target_reached,
            self.status,
            self.owner,
            self.due,
            self.note,
        ]
    }
}

/// CSV, one row per benchmark.
pub fn csv_benchmarks(pack: &ContentPack, s: &Session) -> String {
    let sum = Summary::build(pack, s);
    let mut csv = crate::output::csv::Csv::new();
    let mut row = |fields: Vec<String>| csv.row(&fields);
    row(WHOSE
        .into_iter()
        .chain([
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
        ])
        .map(String::from)
        .collect());
    let n = |x: Option<f64>| x.map(|v| format!("{v}")).unwrap_or_default();
    for b in &sum.benchmarks {
        let mut r = whose(s);
        r.extend([
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
        row(r);
    }
    csv.finish()
}

/// The unit a retired value was recorded in, when the content version it
/// was recorded with is known to have had one (as [`retired_value`] says it).
fn retired_unit(criterion: &str, recorded_with: &str, measure: &str) -> Option<&'static str> {
    hkbm_1_unit(criterion, measure).filter(|_| recorded_with.split('.').next() == Some("1"))
}
