//! A session: one school, one academic year, one or more sittings. Records
//! ratings per criterion, decisions per tip, and targets per benchmark.
//!
//! Unknown fields are not rejected by these types: the loader
//! (`store::session::parse`) reports them as errors for files of this
//! version, and ignores them in a file from a newer version, which it opens
//! read-only.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::{Benchmark, ContentPack};

/// The session file format this build writes and fully understands.
/// Version 2 added the school's own targets per measure and the retired
/// history; hkbm reads version 1 files and writes version 2.
pub const SESSION_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// File format version; a newer file is opened read-only.
    pub version: u32,
    /// The content pack the session was made against.
    pub content: ContentRef,
    pub school: String,
    /// Academic year, `2025/26`.
    pub year: String,
    /// Dates of the sittings, `YYYY-MM-DD`.
    #[serde(default)]
    pub dates: Vec<String>,
    #[serde(default)]
    pub facilitator: String,
    #[serde(default)]
    pub participants: Vec<String>,
    /// Last year's scores, kept when the session was made from the previous one.
    #[serde(default)]
    pub baseline: Option<Baseline>,
    /// One record per benchmark, in content order.
    #[serde(default)]
    pub benchmarks: Vec<BenchmarkRecord>,
}

/// Which content pack (and version) a session was made against; in the JSON
/// outputs, the pack (and version) the numbers were worked out with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct ContentRef {
    /// The pack's id (`hkbm` for the built-in one).
    pub id: String,
    /// The pack's version (`2.0.0`).
    pub version: String,
}

impl std::fmt::Display for ContentRef {
    /// `hkbm 2.0.0`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.id, self.version)
    }
}

/// Scores carried over from the previous year's session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    /// The academic year the scores are from.
    pub year: String,
    pub scores: Vec<BaselineScore>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BaselineScore {
    /// Benchmark id, `bm4`.
    pub benchmark: String,
    /// Score 0–100, or None when nothing was rated that year.
    #[serde(default)]
    pub score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkRecord {
    /// Benchmark id, `bm4`.
    pub id: String,
    /// Interim target score the school sets itself, 0–100.
    #[serde(default)]
    pub target_percent: Option<u8>,
    /// Academic year by which the target should be met, `2027/28`.
    #[serde(default)]
    pub target_year: Option<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub criteria: Vec<CriterionRecord>,
    #[serde(default)]
    pub tips: Vec<TipRecord>,
    /// What was recorded against ids the content pack no longer has (or no
    /// longer means the same): kept, read-only, never attached to a live item.
    #[serde(default)]
    pub retired: Vec<RetiredRecord>,
}

/// A rating, measured values, decision and notes recorded against an id that
/// was retired from the content pack, with the text it had then.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RetiredRecord {
    /// The retired criterion or tip id (`bm1.c1`), or the criterion whose
    /// measure changed (`bm6.c1`, with only `measured` set).
    pub id: String,
    /// The content pack version the record was made against (`1.0.0`).
    pub recorded_with: String,
    /// The item's text then, when the pack still lists it; else empty.
    #[serde(default)]
    pub text: String,
    /// Why it is no longer live.
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub rating: Option<u8>,
    #[serde(default, deserialize_with = "super::unique::map")]
    pub measured: BTreeMap<String, f64>,
    #[serde(default, deserialize_with = "super::unique::map")]
    pub targets: BTreeMap<String, f64>,
    /// For a tip: the decision then.
    #[serde(default)]
    pub status: Option<TipStatus>,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionRecord {
    /// Criterion id, `bm4.c2`.
    pub id: String,
    /// A level value of the pack's rating scale; None = not rated yet.
    #[serde(default)]
    pub rating: Option<u8>,
    /// Measured values keyed by the criterion's measure ids (e.g. `trained: 60`),
    /// in the measure's unit: a count, or a % of the group.
    #[serde(default, deserialize_with = "super::unique::map")]
    pub measured: BTreeMap<String, f64>,
    /// The school's own interim targets per measure, same units.
    #[serde(default, deserialize_with = "super::unique::map")]
    pub targets: BTreeMap<String, f64>,
    /// Evidence.
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TipRecord {
    /// Tip id, `bm4.plan.3`.
    pub id: String,
    #[serde(default)]
    pub status: TipStatus,
    #[serde(default)]
    pub owner: String,
    /// A term or a date, free text (`Term 2`, `2026-03-31`).
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub note: String,
}

/// What the team decided about a tip: not discussed, planned, in progress,
/// done or not for us. Session files write the variant (`InProgress`), the
/// JSON outputs the key (`in_progress`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    test,
    derive(schemars::JsonSchema),
    schemars(rename_all = "snake_case")
)]
pub enum TipStatus {
    #[default]
    NotDiscussed,
    Planned,
    InProgress,
    Done,
    NotForUs,
}

impl TipStatus {
    pub const ALL: [TipStatus; 5] = [
        TipStatus::NotDiscussed,
        TipStatus::Planned,
        TipStatus::InProgress,
        TipStatus::Done,
        TipStatus::NotForUs,
    ];

    /// The words a career team uses for it.
    pub fn label(self) -> &'static str {
        match self {
            TipStatus::NotDiscussed => "not discussed",
            TipStatus::Planned => "planned",
            TipStatus::InProgress => "in progress",
            TipStatus::Done => "done",
            TipStatus::NotForUs => "not for us",
        }
    }

    /// The stable key of the JSON outputs (`in_progress`): the label's words
    /// joined by `_`, so a script and a reader mean the same thing.
    pub fn key(self) -> &'static str {
        match self {
            TipStatus::NotDiscussed => "not_discussed",
            TipStatus::Planned => "planned",
            TipStatus::InProgress => "in_progress",
            TipStatus::Done => "done",
            TipStatus::NotForUs => "not_for_us",
        }
    }

    /// The name written in session files (`InProgress`).
    pub fn file_name(self) -> &'static str {
        match self {
            TipStatus::NotDiscussed => "NotDiscussed",
            TipStatus::Planned => "Planned",
            TipStatus::InProgress => "InProgress",
            TipStatus::Done => "Done",
            TipStatus::NotForUs => "NotForUs",
        }
    }

    /// True once the team has said something about the tip.
    pub fn is_decided(self) -> bool {
        self != TipStatus::NotDiscussed
    }

    /// True for tips the team has taken on and not finished.
    pub fn is_open_plan(self) -> bool {
        matches!(self, TipStatus::Planned | TipStatus::InProgress)
    }
}

impl Session {
    /// A new, empty session for `pack`, with a record for every criterion and
    /// tip so that later edits change single lines of the file.
    pub fn new(pack: &ContentPack, school: &str, year: &str) -> Session {
        Session {
            version: SESSION_VERSION,
            content: ContentRef {
                id: pack.framework.id.clone(),
                version: pack.framework.version.clone(),
            },
            school: school.to_string(),
            year: year.to_string(),
            dates: Vec::new(),
            facilitator: String::new(),
            participants: Vec::new(),
            baseline: None,
            benchmarks: pack.benchmarks.iter().map(BenchmarkRecord::empty).collect(),
        }
    }

    /// Use LF line breaks in every text (files edited on Windows may hold CRLF).
    pub fn normalise_line_breaks(&mut self) {
        fn fix(s: &mut String) {
            if s.contains('\r') {
                *s = s.replace("\r\n", "\n");
            }
        }
        for b in &mut self.benchmarks {
            fix(&mut b.notes);
            b.criteria.iter_mut().for_each(|c| fix(&mut c.note));
            for t in &mut b.tips {
                fix(&mut t.note);
                fix(&mut t.owner);
                fix(&mut t.due);
            }
            for r in &mut b.retired {
                fix(&mut r.note);
                fix(&mut r.owner);
                fix(&mut r.due);
            }
        }
    }

    /// The record of benchmark `id`, if the session has one.
    pub fn benchmark(&self, id: &str) -> Option<&BenchmarkRecord> {
        self.benchmarks.iter().find(|b| b.id == id)
    }

    /// Add records for content items the session lacks, and put all records
    /// in content order (records for ids the pack does not know stay last).
    pub fn complete_for(&mut self, pack: &ContentPack) {
        let mut ordered = Vec::with_capacity(pack.benchmarks.len());
        for bm in &pack.benchmarks {
            let mut rec = match self.benchmarks.iter().position(|r| r.id == bm.id) {
                Some(i) => self.benchmarks.remove(i),
                None => BenchmarkRecord::empty(bm),
            };
            rec.complete_for(bm);
            ordered.push(rec);
        }
        ordered.append(&mut self.benchmarks);
        self.benchmarks = ordered;
    }

    /// A session for the year after `prev`: same school, team and targets,
    /// the tips still planned or in progress carried over with their owner,
    /// due and note, ratings empty, and `prev`'s scores kept as the baseline.
    pub fn next_year(pack: &ContentPack, prev: &Session, school: &str, year: &str) -> Session {
        let mut s = Session::new(pack, school, year);
        s.facilitator = prev.facilitator.clone();
        s.participants = prev.participants.clone();
        let scores = super::score::session_scores(pack, prev);
        s.baseline = Some(Baseline {
            year: prev.year.clone(),
            scores: pack
                .benchmarks
                .iter()
                .zip(scores)
                .map(|(bm, sc)| BaselineScore {
                    benchmark: bm.id.clone(),
                    score: sc.score.map(|x| (x * 10.0).round() / 10.0),
                })
                .collect(),
        });
        for rec in &mut s.benchmarks {
            let Some(old) = prev.benchmark(&rec.id) else {
                continue;
            };
            rec.target_percent = old.target_percent;
            rec.target_year = old.target_year.clone();
            for c in &mut rec.criteria {
                if let Some(old_c) = old.criterion(&c.id) {
                    c.targets = old_c.targets.clone();
                }
            }
            for tip in &mut rec.tips {
                if let Some(old_tip) = old.tip(&tip.id).filter(|t| t.status.is_open_plan()) {
                    *tip = old_tip.clone();
                }
            }
        }
        s
    }

    /// Bytes of text the session holds (names, notes, ids, dates): with
    /// [`Session::record_count`], a cheap bound on the size of its file.
    pub fn text_bytes(&self) -> usize {
        let list = |v: &[String]| v.iter().map(String::len).sum::<usize>();
        let mut n = self.school.len()
            + self.year.len()
            + self.facilitator.len()
            + self.content.id.len()
            + self.content.version.len()
            + list(&self.dates)
            + list(&self.participants);
        if let Some(b) = &self.baseline {
            n += b.year.len() + b.scores.iter().map(|s| s.benchmark.len()).sum::<usize>();
        }
        for b in &self.benchmarks {
            n += b.id.len() + b.notes.len() + b.target_year.as_ref().map_or(0, String::len);
            for c in &b.criteria {
                n += c.id.len() + c.note.len() + c.measured.keys().map(String::len).sum::<usize>();
            }
            for t in &b.tips {
                n += t.id.len() + t.note.len() + t.owner.len() + t.due.len();
            }
        }
        n
    }

    /// How many records and list items the session file holds.
    pub fn record_count(&self) -> usize {
        1 + self.dates.len()
            + self.participants.len()
            + self.baseline.as_ref().map_or(0, |b| b.scores.len())
            + self
                .benchmarks
                .iter()
                .map(|b| {
                    1 + b.tips.len()
                        + b.criteria
                            .iter()
                            .map(|c| 1 + c.measured.len())
                            .sum::<usize>()
                })
                .sum::<usize>()
    }

    /// The baseline score of benchmark `id`, if there is a baseline with one.
    pub fn baseline_score(&self, id: &str) -> Option<f64> {
        self.baseline
            .as_ref()?
            .scores
            .iter()
            .find(|s| s.benchmark == id)?
            .score
    }
}

impl BenchmarkRecord {
    /// A record with every criterion unrated and every tip not discussed.
    pub fn empty(bm: &Benchmark) -> BenchmarkRecord {
        let mut rec = BenchmarkRecord {
            id: bm.id.clone(),
            target_percent: None,
            target_year: None,
            notes: String::new(),
            criteria: Vec::new(),
            tips: Vec::new(),
            retired: Vec::new(),
        };
        rec.complete_for(bm);
        rec
    }

    fn complete_for(&mut self, bm: &Benchmark) {
        let mut criteria = Vec::with_capacity(bm.criteria.len());
        for c in &bm.criteria {
            criteria.push(match self.criteria.iter().position(|r| r.id == c.id) {
                Some(i) => self.criteria.remove(i),
                None => CriterionRecord::new(&c.id),
            });
        }
        criteria.append(&mut self.criteria);
        self.criteria = criteria;

        let mut tips = Vec::new();
        for t in bm.all_tips() {
            tips.push(match self.tips.iter().position(|r| r.id == t.id) {
                Some(i) => self.tips.remove(i),
                None => TipRecord::new(&t.id),
            });
        }
        tips.append(&mut self.tips);
        self.tips = tips;
    }

    pub fn criterion(&self, id: &str) -> Option<&CriterionRecord> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn tip(&self, id: &str) -> Option<&TipRecord> {
        self.tips.iter().find(|t| t.id == id)
    }
}

impl CriterionRecord {
    pub fn new(id: &str) -> CriterionRecord {
        CriterionRecord {
            id: id.to_string(),
            rating: None,
            measured: BTreeMap::new(),
            targets: BTreeMap::new(),
            note: String::new(),
        }
    }
}

impl TipRecord {
    pub fn new(id: &str) -> TipRecord {
        TipRecord {
            id: id.to_string(),
            status: TipStatus::NotDiscussed,
            owner: String::new(),
            due: String::new(),
            note: String::new(),
        }
    }
}

/// Parse an academic year `2025/26` into its first calendar year.
pub fn parse_academic_year(year: &str) -> Option<i32> {
    let (a, b) = year.split_once('/')?;
    if a.len() != 4 || b.len() != 2 || !a.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let first: i32 = a.parse().ok()?;
    let second: i32 = b.parse().ok()?;
    ((first + 1) % 100 == second).then_some(first)
}

/// The academic year after `year`, by the one rule every way of starting
/// next year's session uses: `2025/26` → `2026/27`. None when `year` is not
/// an academic year or the next one cannot be written like one (after
/// `9999/00`).
pub fn next_academic_year(year: &str) -> Option<String> {
    let next = academic_year(parse_academic_year(year)? + 1);
    parse_academic_year(&next).map(|_| next)
}

/// The academic year starting in calendar year `first`: `2025/26`.
pub fn academic_year(first: i32) -> String {
    format!("{first}/{:02}", (first + 1) % 100)
}

/// Statuses written by their [`TipStatus::key`] (`in_progress`) in JSON,
/// for `#[serde(serialize_with = …)]`: session files keep the variant names.
pub mod status_key {
    use super::TipStatus;
    use serde::Serializer;

    /// One status, or null.
    pub fn option<S: Serializer>(s: &Option<TipStatus>, ser: S) -> Result<S::Ok, S::Error> {
        match s {
            Some(s) => ser.serialize_str(s.key()),
            None => ser.serialize_none(),
        }
    }

    /// A status per year, null where there is none.
    pub fn list<S: Serializer>(v: &[Option<TipStatus>], ser: S) -> Result<S::Ok, S::Error> {
        ser.collect_seq(v.iter().map(|s| s.map(TipStatus::key)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn academic_years_parse_and_format() {
        assert_eq!(parse_academic_year("2025/26"), Some(2025));
        assert_eq!(parse_academic_year("1999/00"), Some(1999));
        assert_eq!(parse_academic_year("2025/27"), None);
        assert_eq!(parse_academic_year("25/26"), None);
        assert_eq!(parse_academic_year("2025-26"), None);
        assert_eq!(academic_year(2099), "2099/00");
        assert_eq!(academic_year(2026), "2026/27");
    }

    #[test]
    fn the_year_after_the_last_writable_one_is_refused() {
        assert_eq!(next_academic_year("2025/26").as_deref(), Some("2026/27"));
        assert_eq!(next_academic_year("1999/00").as_deref(), Some("2000/01"));
        assert_eq!(next_academic_year("9998/99").as_deref(), Some("9999/00"));
        assert_eq!(next_academic_year("9999/00"), None);
        assert_eq!(next_academic_year("2025-26"), None);
    }
}
