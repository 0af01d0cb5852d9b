//! Comparing sessions across years: scores per year and their change, the
//! criteria whose rating changed, what became of earlier years' plans, the
//! benchmark notes side by side, and how the content differed.

use serde::Serialize;

use super::content::{ContentPack, Phase, Sourced};
use super::score::{benchmark_score, round1};
use super::session::{ContentRef, Session, TipStatus, parse_academic_year, status_key};

/// One session in the comparison, in year order.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Year {
    /// The academic year, `2025/26`.
    pub year: String,
    pub school: String,
    /// The file it came from, as given.
    pub file: String,
    /// The content version the file was made with (before any migration).
    pub content_version: String,
}

/// A benchmark's scores across the years.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct BenchmarkRow {
    pub number: u8,
    pub id: String,
    pub title: String,
    pub short: String,
    /// Criteria from an official source, and written by the hkbm team.
    pub criteria_official: usize,
    pub criteria_ours: usize,
    /// Where the benchmark's text comes from, in one line.
    pub provenance: String,
    /// Score per year, in the order of `years`: percent, 0–100, to one
    /// decimal; null for a year with nothing rated.
    #[cfg_attr(test, schemars(inner(range(min = 0, max = 100))))]
    pub scores: Vec<Option<f64>>,
    /// Criteria rated per year.
    pub rated: Vec<usize>,
    /// Criteria in the benchmark.
    pub criteria: usize,
    /// The school's interim target score per year: percent, 0–100.
    #[cfg_attr(test, schemars(inner(range(min = 0, max = 100))))]
    pub targets: Vec<Option<u8>>,
    /// Latest score minus the one before it (the two latest years that have
    /// one), in percentage points to one decimal: exactly the difference of
    /// the two `scores` written.
    #[cfg_attr(test, schemars(range(min = -100, max = 100)))]
    pub delta: Option<f64>,
    /// The years `delta` spans, as indices into [`Comparison::years`]
    /// (earlier, later): not always the last two, when a year has no score.
    pub delta_years: Option<[usize; 2]>,
    /// Benchmark notes per year.
    pub notes: Vec<String>,
    /// Evidence notes per year, for the criteria that have any.
    pub evidence: Vec<Evidence>,
}

impl BenchmarkRow {
    /// The two scores the change is taken between, earlier first: what a
    /// change shown beside the years' scores is worked out from.
    pub fn change_between(&self) -> Option<(f64, f64)> {
        change_between(&self.scores)
    }
}

/// The scores (one per year) a benchmark's change spans, earlier first: the
/// two latest years that have one.
fn change_between(scores: &[Option<f64>]) -> Option<(f64, f64)> {
    let present: Vec<f64> = scores.iter().flatten().copied().collect();
    match present.as_slice() {
        [.., a, b] => Some((*a, *b)),
        _ => None,
    }
}

/// A criterion's evidence notes across the years.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Evidence {
    pub id: String,
    pub notes: Vec<String>,
}

/// A criterion whose rating was not the same every year.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct CriterionChange {
    pub benchmark: u8,
    pub id: String,
    /// True for a criterion written by the hkbm team.
    pub ours: bool,
    pub text: String,
    /// The rating per year: a level of the pack's scale (0–4 on the built-in
    /// one), null where not rated.
    pub ratings: Vec<Option<u8>>,
    /// False for a year whose content did not have the criterion yet.
    pub in_content: Vec<bool>,
}

/// A tip planned (or in progress) in an earlier year, and its status each year.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct PlanFollowUp {
    pub benchmark: u8,
    pub id: String,
    pub phase: Phase,
    /// True for a tip written by the hkbm team.
    pub ours: bool,
    pub text: String,
    /// Status per year; null where that year's session has no record of it.
    #[serde(serialize_with = "status_key::list")]
    pub statuses: Vec<Option<TipStatus>>,
    /// The latest owner and due date recorded.
    pub owner: String,
    pub due: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Comparison {
    pub years: Vec<Year>,
    pub benchmarks: Vec<BenchmarkRow>,
    pub criteria_changed: Vec<CriterionChange>,
    pub plans: Vec<PlanFollowUp>,
    /// What a year recorded against ids since retired: shown, not compared.
    pub retired: Vec<RetiredEntry>,
    /// Differences in content between the years (ids, pack versions).
    pub content_differences: Vec<ContentDifference>,
    /// The content pack the years were lined up with.
    pub content: ContentRef,
    /// What a reader must know before reading the numbers: sessions of
    /// different schools, two sessions of one year.
    pub notices: Vec<String>,
}

/// A way one year's content differed from the pack the years are compared
/// with: reported, never a crash or a silent drop.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ContentDifference {
    /// The year's session was made with another pack or version; its items
    /// are lined up by id.
    OtherContent {
        year: String,
        file: String,
        /// The pack and version the session was made with.
        made_with: ContentRef,
        /// How many of that year's records were against ids retired since:
        /// listed under `retired`, not compared.
        retired_records: usize,
    },
    /// Criteria and tips of the pack that the year's content did not have:
    /// nothing to compare for that year.
    NotInContent { year: String, ids: Vec<String> },
    /// An id in the year's file that the pack does not know.
    UnknownId {
        year: String,
        file: String,
        /// Where in the file, when known (counted from 1).
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
}

impl ContentDifference {
    /// The difference in a sentence, for the text, Markdown and CSV outputs.
    pub fn describe(&self, compared_with: &ContentRef) -> String {
        match self {
            ContentDifference::OtherContent {
                year,
                file,
                made_with,
                retired_records,
            } => crate::tr!(
                "compare-diff-other-content",
                year = year.as_str(),
                file = file.as_str(),
                made_with = made_with.to_string(),
                compared_with = compared_with.to_string(),
                n = *retired_records
            ),
            ContentDifference::NotInContent { year, ids } => crate::tr!(
                "compare-diff-not-in-content",
                year = year.as_str(),
                ids = ids.join(&crate::i18n::tr("compare-id-separator"))
            ),
            ContentDifference::UnknownId {
                year,
                file,
                line,
                column,
                message,
            } => match (line, column) {
                (Some(l), Some(c)) => crate::tr!(
                    "compare-diff-unknown-at",
                    year = year.as_str(),
                    file = file.as_str(),
                    line = *l,
                    column = *c,
                    message = message.as_str()
                ),
                _ => crate::tr!(
                    "compare-diff-unknown",
                    year = year.as_str(),
                    file = file.as_str(),
                    message = message.as_str()
                ),
            },
        }
    }
}

/// An id in a compared file that the pack does not know, and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownId {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl Comparison {
    /// A label per session for column headers, unique: the academic year,
    /// with the file name added when another session has the same year.
    pub fn year_labels(&self) -> Vec<String> {
        let shared = |y: &Year| self.years.iter().filter(|o| o.year == y.year).count() > 1;
        let name = |y: &Year| {
            let base = std::path::Path::new(&y.file)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| y.file.clone());
            // Two files of one name in different folders: the path as given.
            let clash = self.years.iter().filter(|o| o.year == y.year).any(|o| {
                o.file != y.file
                    && std::path::Path::new(&o.file).file_name()
                        == std::path::Path::new(&y.file).file_name()
            });
            if clash { y.file.clone() } else { base }
        };
        self.years
            .iter()
            .map(|y| {
                if shared(y) {
                    format!("{} ({})", y.year, name(y))
                } else {
                    y.year.clone()
                }
            })
            .collect()
    }

    /// Say the comparison again in the language in use and the words of
    /// `pack` (after the language key): the notices, and the titles and
    /// texts taken from the pack, found by id (what a year's file says of
    /// itself, e.g. retired history, stays as written).
    pub fn say_again(&mut self, pack: &ContentPack) {
        self.notices = notices(&self.years, &self.year_labels());
        for row in &mut self.benchmarks {
            if let Some(bm) = pack.benchmarks.iter().find(|b| b.id == row.id) {
                row.title = bm.title.clone();
                row.short = bm.short.clone();
                row.provenance = bm.provenance();
            }
        }
        let criteria = || pack.benchmarks.iter().flat_map(|b| &b.criteria);
        for c in &mut self.criteria_changed {
            if let Some(found) = criteria().find(|k| k.id == c.id) {
                c.text = found.text.clone();
            }
        }
        for p in &mut self.plans {
            if let Some(t) = pack
                .benchmarks
                .iter()
                .flat_map(|b| b.all_tips())
                .find(|t| t.id == p.id)
            {
                p.text = t.text.clone();
            }
        }
    }

    /// "2024/25 → 2025/26": the years a benchmark's change spans, when they
    /// are not simply the last two (a year without a score in between or
    /// at the end); None otherwise.
    pub fn change_span(&self, b: &BenchmarkRow) -> Option<String> {
        let [from, to] = b.delta_years?;
        let n = self.years.len();
        if n >= 2 && [from, to] == [n - 2, n - 1] {
            return None;
        }
        let labels = self.year_labels();
        Some(format!("{} → {}", labels[from], labels[to]))
    }
}

/// A school's name as people write it in different files: case, spaces.
pub fn same_school(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// Notices on what is compared: different schools, one year twice.
fn notices(years: &[Year], labels: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut schools: Vec<&str> = Vec::new();
    for y in years {
        if !schools.iter().any(|s| same_school(s, &y.school)) {
            schools.push(&y.school);
        }
    }
    if schools.len() > 1 {
        out.push(crate::tr!(
            "compare-notice-schools",
            schools = schools.join(&crate::i18n::tr("compare-notice-schools-separator"))
        ));
    }
    let mut seen: Vec<&str> = Vec::new();
    for y in years {
        if seen.contains(&y.year.as_str()) {
            continue;
        }
        seen.push(&y.year);
        let same: Vec<&str> = years
            .iter()
            .zip(labels)
            .filter(|(o, _)| o.year == y.year)
            .map(|(_, l)| l.as_str())
            .collect();
        if same.len() > 1 {
            out.push(crate::tr!(
                "compare-notice-same-year",
                n = same.len(),
                year = y.year.as_str(),
                labels = same.join(&crate::i18n::tr("compare-id-separator"))
            ));
        }
    }
    out
}

/// A year's record of a retired item.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct RetiredEntry {
    pub benchmark: u8,
    pub year: String,
    /// The session it was recorded in, as an index into [`Comparison::years`].
    pub year_index: usize,
    pub id: String,
    pub recorded_with: String,
    pub text: String,
    pub reason: String,
    pub rating: Option<u8>,
    /// Measured values by measure id, in each measure's unit.
    pub measured: std::collections::BTreeMap<String, f64>,
    #[serde(serialize_with = "status_key::option")]
    pub status: Option<TipStatus>,
    pub note: String,
}

/// A session to compare, with the file it came from and the ids in it that
/// the content pack does not know.
pub struct Input {
    pub file: String,
    pub session: Session,
    pub unknown_ids: Vec<UnknownId>,
    /// The content version of the file, when the session was brought up to
    /// the pack from another one.
    pub migrated_from: Option<String>,
    /// Ids of the pack's criteria and tips the file had no record of.
    pub unrecorded: Vec<String>,
}

impl Input {
    /// A session to compare, brought up to `pack` first (see [`super::migrate`]).
    pub fn new(file: String, mut session: Session, pack: &ContentPack) -> Input {
        let m = super::migrate::bring_up(&mut session, pack);
        Input {
            file,
            session,
            unknown_ids: Vec::new(),
            migrated_from: m.from,
            unrecorded: m.unrecorded,
        }
    }
}

/// Compare `inputs` against `pack`, oldest year first.
pub fn compare(pack: &ContentPack, mut inputs: Vec<Input>) -> Comparison {
    inputs.sort_by(|a, b| {
        let ya = parse_academic_year(&a.session.year);
        let yb = parse_academic_year(&b.session.year);
        ya.cmp(&yb).then_with(|| a.file.cmp(&b.file))
    });
    let sessions: Vec<&Session> = inputs.iter().map(|i| &i.session).collect();
    let years: Vec<Year> = inputs
        .iter()
        .map(|i| Year {
            year: i.session.year.clone(),
            school: i.session.school.clone(),
            file: i.file.clone(),
            content_version: i
                .migrated_from
                .clone()
                .unwrap_or_else(|| i.session.content.version.clone()),
        })
        .collect();

    let mut benchmarks = Vec::new();
    let mut criteria_changed = Vec::new();
    let mut plans = Vec::new();
    for bm in &pack.benchmarks {
        let recs: Vec<_> = sessions.iter().map(|s| s.benchmark(&bm.id)).collect();
        let scores: Vec<_> = recs.iter().map(|r| benchmark_score(pack, bm, *r)).collect();
        let values: Vec<Option<f64>> = scores.iter().map(|s| s.score.map(round1)).collect();
        let delta = change_between(&values).map(|(a, b)| super::score::change(b, a));
        // The two years it spans: the two latest with a score.
        let scored: Vec<usize> = (0..values.len()).filter(|i| values[*i].is_some()).collect();
        let delta_years = match scored.as_slice() {
            [.., a, b] => Some([*a, *b]),
            _ => None,
        };
        benchmarks.push(BenchmarkRow {
            number: bm.number,
            id: bm.id.clone(),
            title: bm.title.clone(),
            short: bm.short.clone(),
            criteria_official: bm.criteria.iter().filter(|c| !c.is_ours()).count(),
            criteria_ours: bm.criteria.iter().filter(|c| c.is_ours()).count(),
            provenance: crate::i18n::provenance(bm),
            scores: values,
            rated: scores.iter().map(|s| s.rated).collect(),
            criteria: bm.criteria.len(),
            targets: recs
                .iter()
                .map(|r| r.and_then(|r| r.target_percent))
                .collect(),
            delta,
            delta_years,
            notes: recs
                .iter()
                .map(|r| r.map(|r| r.notes.clone()).unwrap_or_default())
                .collect(),
            evidence: bm
                .criteria
                .iter()
                .map(|c| Evidence {
                    id: c.id.clone(),
                    notes: recs
                        .iter()
                        .map(|r| {
                            r.and_then(|r| r.criterion(&c.id))
                                .map(|c| c.note.clone())
                                .unwrap_or_default()
                        })
                        .collect(),
                })
                .filter(|e| e.notes.iter().any(|n| !n.is_empty()))
                .collect(),
        });
        for c in &bm.criteria {
            let ratings: Vec<Option<u8>> = recs
                .iter()
                .map(|r| r.and_then(|r| r.criterion(&c.id)).and_then(|c| c.rating))
                .collect();
            let in_content: Vec<bool> = inputs
                .iter()
                .map(|i| !i.unrecorded.contains(&c.id))
                .collect();
            // Only the years whose content had the criterion are compared.
            let compared: Vec<Option<u8>> = ratings
                .iter()
                .zip(&in_content)
                .filter(|(_, known)| **known)
                .map(|(r, _)| *r)
                .collect();
            if compared.windows(2).any(|w| w[0] != w[1]) {
                criteria_changed.push(CriterionChange {
                    benchmark: bm.number,
                    id: c.id.clone(),
                    ours: c.is_ours(),
                    text: c.text.clone(),
                    ratings,
                    in_content,
                });
            }
        }
        for (phase, t) in bm.tips_with_phase() {
            let records: Vec<_> = recs.iter().map(|r| r.and_then(|r| r.tip(&t.id))).collect();
            let earlier = &records[..records.len().saturating_sub(1)];
            if !earlier.iter().flatten().any(|r| r.status.is_open_plan()) {
                continue;
            }
            let latest = records.iter().rev().flatten();
            let owner = latest
                .clone()
                .map(|r| r.owner.clone())
                .find(|o| !o.is_empty());
            let due = latest.map(|r| r.due.clone()).find(|d| !d.is_empty());
            plans.push(PlanFollowUp {
                benchmark: bm.number,
                id: t.id.clone(),
                phase,
                ours: t.is_ours(),
                text: t.text.clone(),
                statuses: records.iter().map(|r| r.map(|r| r.status)).collect(),
                owner: owner.unwrap_or_default(),
                due: due.unwrap_or_default(),
            });
        }
    }

    let mut retired = Vec::new();
    for bm in &pack.benchmarks {
        for (year_index, s) in sessions.iter().enumerate() {
            for r in s
                .benchmark(&bm.id)
                .map(|r| r.retired.as_slice())
                .unwrap_or(&[])
            {
                retired.push(RetiredEntry {
                    benchmark: bm.number,
                    year: s.year.clone(),
                    year_index,
                    id: r.id.clone(),
                    recorded_with: r.recorded_with.clone(),
                    text: r.text.clone(),
                    reason: r.reason.clone(),
                    rating: r.rating,
                    measured: r.measured.clone(),
                    status: r.status,
                    note: r.note.clone(),
                });
            }
        }
    }

    let mut content_differences = Vec::new();
    let fw = &pack.framework;
    for i in &inputs {
        let s = &i.session;
        let made_with = i.migrated_from.as_deref().unwrap_or(&s.content.version);
        if made_with != fw.version || s.content.id != fw.id {
            content_differences.push(ContentDifference::OtherContent {
                year: s.year.clone(),
                file: i.file.clone(),
                made_with: ContentRef {
                    id: s.content.id.clone(),
                    version: made_with.to_string(),
                },
                retired_records: s.benchmarks.iter().map(|b| b.retired.len()).sum(),
            });
            if !i.unrecorded.is_empty() {
                content_differences.push(ContentDifference::NotInContent {
                    year: s.year.clone(),
                    ids: i.unrecorded.clone(),
                });
            }
        }
        for u in &i.unknown_ids {
            content_differences.push(ContentDifference::UnknownId {
                year: s.year.clone(),
                file: i.file.clone(),
                line: u.line,
                column: u.column,
                message: u.message.clone(),
            });
        }
    }
    let mut c = Comparison {
        years,
        benchmarks,
        criteria_changed,
        plans,
        retired,
        content_differences,
        content: ContentRef {
            id: fw.id.clone(),
            version: fw.version.clone(),
        },
        notices: Vec::new(),
    };
    c.notices = notices(&c.years, &c.year_labels());
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::golden::{NEW, pack, session};

    fn input(pack: &ContentPack, file: &str, edit: impl Fn(&mut Session)) -> Input {
        let mut s = session(pack, NEW);
        edit(&mut s);
        Input::new(file.into(), s, pack)
    }

    #[test]
    fn sessions_of_one_year_get_labels_of_their_own_even_with_one_file_name() {
        let pack = pack();
        let c = compare(
            &pack,
            vec![
                input(&pack, "a/2025.ron", |_| {}),
                input(&pack, "b/2025.ron", |_| {}),
                input(&pack, "c/other.ron", |_| {}),
                input(&pack, "next.ron", |s| s.year = "2026/27".into()),
            ],
        );
        assert_eq!(
            c.year_labels(),
            [
                "2025/26 (a/2025.ron)",
                "2025/26 (b/2025.ron)",
                "2025/26 (other.ron)",
                "2026/27"
            ]
        );
        assert_eq!(c.notices.len(), 1, "{:?}", c.notices);
        assert!(c.notices[0].starts_with("3 sessions are of 2025/26"));
    }

    #[test]
    fn a_school_written_another_way_is_the_same_school() {
        assert!(same_school("Lantau Bay College", " lantau  bay COLLEGE"));
        assert!(!same_school("Lantau Bay College", "Lantau Bay Primary"));
    }
}
