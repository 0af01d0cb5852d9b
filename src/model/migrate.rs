//! Bringing a session made against an older content pack up to the pack in
//! use, without losing anything.
//!
//! What was recorded against an id the pack no longer has, or lists as
//! retired, moves to the benchmark's retired history (with the old text when
//! the pack keeps it); it is never attached to another item. A measured value
//! whose measure changed what it counts moves there too: a 1.0.0 "interviews
//! per student" is not a 2.0.0 "% of students", so it is never reinterpreted.

use std::collections::BTreeMap;

use super::content::{Benchmark, ContentPack, MeasureKind};
use super::session::{CriterionRecord, RetiredRecord, Session, TipRecord};
use crate::i18n::tr;
use crate::tr;

/// The measures of the built-in pack 1.0.0 and their units: (criterion,
/// measure, unit). 1.0.0 had one bare number with a unit; 2.0.0 says what
/// each number counts. A 1.0.0 value is kept only where the unit means the
/// same as the new kind (`%` of a group → `Share`, `per year` → `Count` per
/// year); the rest is kept as retired history.
const HKBM_1_MEASURES: &[(&str, &str, &str)] = &[
    ("bm1.c4", "updates", "per year"),
    ("bm1.c5", "briefings", "per year"),
    ("bm1.c5", "students_aware", "%"),
    ("bm1.c5", "parents_aware", "%"),
    ("bm1.c6", "reviews", "per year"),
    ("bm1.c6", "groups", "groups per year"),
    ("bm2.c7", "cpd", "per year"),
    ("bm2.c7", "trained", "%"),
    ("bm2.c10", "staff_sharing", "per year"),
    ("bm3.c1", "s3_used", "%"),
    ("bm3.c2", "senior_used", "%"),
    ("bm3.c2", "sessions", "per form per year"),
    ("bm3.c3", "lmi_activities", "per form per year"),
    ("bm3.c4", "parent_sessions", "per year"),
    ("bm3.c5", "checks", "per year"),
    ("bm4.c5", "destination_years", "year"),
    ("bm5.c1", "junior_reps", "students"),
    ("bm5.c1", "senior_reps", "students"),
    ("bm5.c2", "co_designed", "per year"),
    ("bm5.c3", "peer_led", "per year"),
    ("bm5.c5", "feedback", "%"),
    ("bm5.c5", "report_back", "per year"),
    ("bm6.c1", "by_s3", "per student"),
    ("bm6.c1", "by_s6", "per student"),
    ("bm6.c3", "review", "per student per year"),
    ("bm7.c2", "activities", "per form per year"),
    ("bm7.c2", "panels", "%"),
    ("bm7.c3", "s3_students", "%"),
    ("bm7.c5", "map_review", "per year"),
    ("bm7.c6", "cpd", "per year"),
    ("bm8.c2", "encounters", "per student per year"),
    ("bm8.c3", "by_s5", "per student"),
    ("bm8.c3", "by_s6", "per student"),
    ("bm8.c6", "review", "per year"),
    ("bm9.c2", "visits", "per student per year"),
    ("bm9.c6", "interactions", "per student by S6"),
    ("bm10.c1", "inform", "per year"),
    ("bm10.c2", "activities", "per form per year"),
    ("bm10.c3", "reach", "%"),
    ("bm10.c6", "feedback", "per year"),
];

/// The 1.0.0 unit of a measure, if the built-in 1.0.0 pack had it.
pub fn hkbm_1_unit(criterion: &str, measure: &str) -> Option<&'static str> {
    HKBM_1_MEASURES
        .iter()
        .find(|(c, m, _)| *c == criterion && *m == measure)
        .map(|(_, _, u)| *u)
}

/// A retired measured value with its unit when the pack version it was
/// recorded with is known to have had one: `by_s3 = 1 per student`.
pub fn retired_value(criterion: &str, recorded_with: &str, measure: &str, value: f64) -> String {
    let n = super::content::format_number(value);
    match hkbm_1_unit(criterion, measure).filter(|_| major(recorded_with) == "1") {
        Some(unit) => format!("{measure} = {}", with_unit(unit, &n, value)),
        None => format!("{measure} = {n}"),
    }
}

/// `n` (`value` as written) with a unit of the 1.0.0 pack (`3 per year`,
/// 「每年3」), in the language in use.
fn with_unit(unit: &str, n: &str, value: f64) -> String {
    let id = match unit {
        "%" => "file-migrate-unit-percent",
        "year" => "file-migrate-unit-years",
        "per year" => "file-migrate-unit-per-year",
        "groups per year" => "file-migrate-unit-groups-per-year",
        "per form per year" => "file-migrate-unit-per-form-per-year",
        "per student" => "file-migrate-unit-per-student",
        "per student per year" => "file-migrate-unit-per-student-per-year",
        "per student by S6" => "file-migrate-unit-per-student-by-s6",
        _ => return format!("{n} {unit}"),
    };
    tr!(id, n = n, count = value)
}

/// The name of a 1.0.0 unit, for a measure named beside it: `(per year)`.
fn unit_name(unit: &str) -> String {
    let id = match unit {
        "%" => return "%".to_string(),
        "per year" => "file-migrate-unit-name-per-year",
        "groups per year" => "file-migrate-unit-name-groups-per-year",
        "per form per year" => "file-migrate-unit-name-per-form-per-year",
        "per student" => "file-migrate-unit-name-per-student",
        "per student per year" => "file-migrate-unit-name-per-student-per-year",
        "per student by S6" => "file-migrate-unit-name-per-student-by-s6",
        _ => return unit.to_string(),
    };
    crate::i18n::tr(id)
}

/// What moved to the retired history, one entry per item.
#[derive(Debug, Clone, PartialEq)]
pub struct Moved {
    pub benchmark: String,
    /// The id as it is written in the file (`bm1.c1`).
    pub id: String,
    /// The measure, when only a measured value moved.
    pub measure: Option<String>,
    /// "rating 3 and a note of bm1.c1 (retired in 2.0.0: …) kept as retired history".
    pub message: String,
}

/// The major part of a version, `2` of `2.0.0`.
fn major(version: &str) -> &str {
    version.split('.').next().unwrap_or(version)
}

/// How the built-in packs, in each language, name a count's period of a
/// year: what a value counted "per year" in 1.0.0 still means, whatever the
/// language of the pack in use (the language is a view; it must never change
/// what the file keeps).
const YEAR: [&str; 2] = ["year", "年"];

/// True when a measured value recorded under pack version `old` still means
/// the same for measure `kind` of the pack in use.
fn value_still_means_the_same(
    pack_id: &str,
    old: &str,
    criterion: &str,
    measure: &str,
    kind: &MeasureKind,
) -> bool {
    if pack_id == "hkbm" && major(old) == "1" {
        return match (hkbm_1_unit(criterion, measure), kind) {
            (Some("%"), MeasureKind::Share { .. }) => true,
            (Some("per year"), MeasureKind::Count { per }) => YEAR.contains(&per.as_str()),
            _ => false,
        };
    }
    // Within one major version a measure id keeps its meaning.
    true
}

/// Whether `session` needs [`migrate`]: made with another version of the
/// pack, or holding records of ids the pack lists as retired.
pub fn needs_migration(session: &Session, pack: &ContentPack) -> bool {
    if session.content.id != pack.framework.id {
        return false;
    }
    session.content.version != pack.framework.version
        || session.benchmarks.iter().any(|rec| {
            pack.benchmark(&rec.id).is_some_and(|bm| {
                rec.criteria.iter().any(|c| bm.retired(&c.id).is_some())
                    || rec.tips.iter().any(|t| bm.retired(&t.id).is_some())
            })
        })
}

/// Move what no longer fits `pack` to the retired history, and record the
/// pack version in the session. Returns what moved (empty records are
/// dropped: they hold nothing). Does nothing for another pack id.
pub fn migrate(session: &mut Session, pack: &ContentPack) -> Vec<Moved> {
    let mut moved = Vec::new();
    if !needs_migration(session, pack) {
        return moved;
    }
    let old = session.content.version.clone();
    let new = pack.framework.version.clone();
    let pack_id = pack.framework.id.clone();
    for rec in &mut session.benchmarks {
        let Some(bm) = pack.benchmark(&rec.id) else {
            continue; // an unknown benchmark stays an error for the checks
        };
        let mut criteria = Vec::with_capacity(rec.criteria.len());
        for mut c in std::mem::take(&mut rec.criteria) {
            let live = bm.criterion(&c.id).filter(|_| bm.retired(&c.id).is_none());
            match live {
                Some(criterion) => {
                    // A value (or own target) stays only where its measure
                    // still counts the same thing.
                    let fits = |key: &str| {
                        criterion.measures.iter().any(|m| {
                            m.id == key
                                && value_still_means_the_same(&pack_id, &old, &c.id, key, &m.kind)
                        })
                    };
                    let (kept, gone): (BTreeMap<_, _>, BTreeMap<_, _>) =
                        std::mem::take(&mut c.measured)
                            .into_iter()
                            .partition(|(k, _)| fits(k));
                    let (kept_targets, gone_targets): (BTreeMap<_, _>, BTreeMap<_, _>) =
                        std::mem::take(&mut c.targets)
                            .into_iter()
                            .partition(|(k, _)| fits(k));
                    c.measured = kept;
                    c.targets = kept_targets;
                    if !gone.is_empty() || !gone_targets.is_empty() {
                        let names: Vec<&str> = gone
                            .keys()
                            .chain(gone_targets.keys())
                            .map(String::as_str)
                            .collect::<std::collections::BTreeSet<_>>()
                            .into_iter()
                            .collect();
                        let units: Vec<String> = gone
                            .keys()
                            .map(
                                |k| match hkbm_1_unit(&c.id, k).filter(|_| major(&old) == "1") {
                                    Some(u) => tr!(
                                        "file-migrate-measure-unit",
                                        measure = k.as_str(),
                                        unit = unit_name(u)
                                    ),
                                    None => k.clone(),
                                },
                            )
                            .collect();
                        let reason = tr!(
                            "file-migrate-reason-measure-changed",
                            measures = names.join(&crate::i18n::tr("file-migrate-list-separator")),
                            new = new.as_str(),
                            old = old.as_str()
                        );
                        moved.push(Moved {
                            benchmark: rec.id.clone(),
                            id: c.id.clone(),
                            measure: names.first().map(|s| s.to_string()),
                            message: tr!(
                                "file-migrate-moved-measured",
                                id = c.id.as_str(),
                                measures =
                                    units.join(&crate::i18n::tr("file-migrate-list-separator")),
                                reason = reason.as_str()
                            ),
                        });
                        rec.retired.push(RetiredRecord {
                            id: c.id.clone(),
                            recorded_with: old.clone(),
                            text: tr!("file-migrate-text-measured", id = c.id.as_str()),
                            reason,
                            rating: None,
                            measured: gone,
                            targets: gone_targets,
                            status: None,
                            owner: String::new(),
                            due: String::new(),
                            note: String::new(),
                        });
                    }
                    criteria.push(c);
                }
                None => {
                    if is_empty_criterion(&c) {
                        continue;
                    }
                    let (text, reason) = why_gone(bm, &c.id, &pack_id, &new);
                    moved.push(Moved {
                        benchmark: rec.id.clone(),
                        id: c.id.clone(),
                        measure: None,
                        message: tr!(
                            "file-migrate-moved",
                            id = c.id.as_str(),
                            what = what_criterion(&c),
                            reason = reason.as_str()
                        ),
                    });
                    rec.retired.push(RetiredRecord {
                        id: c.id,
                        recorded_with: old.clone(),
                        text,
                        reason,
                        rating: c.rating,
                        measured: c.measured,
                        targets: c.targets,
                        status: None,
                        owner: String::new(),
                        due: String::new(),
                        note: c.note,
                    });
                }
            }
        }
        rec.criteria = criteria;

        let mut tips = Vec::with_capacity(rec.tips.len());
        for t in std::mem::take(&mut rec.tips) {
            let live = bm.all_tips().any(|x| x.id == t.id) && bm.retired(&t.id).is_none();
            if live {
                tips.push(t);
                continue;
            }
            if is_empty_tip(&t) {
                continue;
            }
            let (text, reason) = why_gone(bm, &t.id, &pack_id, &new);
            moved.push(Moved {
                benchmark: rec.id.clone(),
                id: t.id.clone(),
                measure: None,
                message: tr!(
                    "file-migrate-moved",
                    id = t.id.as_str(),
                    what = what_tip(&t),
                    reason = reason.as_str()
                ),
            });
            rec.retired.push(RetiredRecord {
                id: t.id,
                recorded_with: old.clone(),
                text,
                reason,
                rating: None,
                measured: BTreeMap::new(),
                targets: BTreeMap::new(),
                status: Some(t.status),
                owner: t.owner,
                due: t.due,
                note: t.note,
            });
        }
        rec.tips = tips;
    }
    session.content.version = new;
    // It may now hold retired history: a file of this build's format.
    session.version = session.version.max(super::session::SESSION_VERSION);
    session.complete_for(pack);
    moved
}

fn is_empty_criterion(c: &CriterionRecord) -> bool {
    c.rating.is_none() && c.measured.is_empty() && c.targets.is_empty() && c.note.is_empty()
}

fn is_empty_tip(t: &TipRecord) -> bool {
    !t.status.is_decided() && t.owner.is_empty() && t.due.is_empty() && t.note.is_empty()
}

/// `decision "planned", owner, due and a note`.
fn what_tip(t: &TipRecord) -> String {
    // English names the status as the session file and the outputs do.
    let status = match crate::i18n::lang() {
        crate::i18n::Lang::En => t.status.label().to_string(),
        _ => crate::i18n::status(t.status),
    };
    let mut parts = vec![tr!("file-migrate-what-decision", status = status)];
    if !t.owner.is_empty() {
        parts.push(tr("file-migrate-what-owner"));
    }
    if !t.due.is_empty() {
        parts.push(tr("file-migrate-what-due"));
    }
    if !t.note.is_empty() {
        parts.push(tr("file-migrate-what-note"));
    }
    and_list(parts)
}

/// "a, b and c".
fn and_list(parts: Vec<String>) -> String {
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => tr!(
            "file-migrate-and",
            rest = rest.join(&tr("file-migrate-list-separator")),
            last = last.as_str()
        ),
        _ => parts.join(""),
    }
}

/// "rating 3, measured values and a note".
fn what_criterion(c: &CriterionRecord) -> String {
    let mut parts = Vec::new();
    if let Some(r) = c.rating {
        parts.push(tr!("file-migrate-what-rating", rating = r.to_string()));
    }
    if !c.measured.is_empty() {
        parts.push(tr("file-migrate-what-measured"));
    }
    if !c.targets.is_empty() {
        parts.push(tr("file-migrate-what-targets"));
    }
    if !c.note.is_empty() {
        parts.push(tr("file-migrate-what-note"));
    }
    and_list(parts)
}

/// The old text and the reason for an id that is no longer live.
fn why_gone(bm: &Benchmark, id: &str, pack_id: &str, version: &str) -> (String, String) {
    match bm.retired(id) {
        Some(r) => (r.text.clone(), r.reason.clone()),
        None => (
            String::new(),
            tr!(
                "file-migrate-reason-not-in-pack",
                pack = pack_id,
                version = version
            ),
        ),
    }
}

/// What bringing a session up to a pack did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Migration {
    /// The content version the session was made with, when it was another.
    pub from: Option<String>,
    /// What moved to the retired history.
    pub moved: Vec<Moved>,
    /// Ids of the pack's criteria and tips the session had no record of.
    pub unrecorded: Vec<String>,
}

/// [`migrate`], also saying which of the pack's items the session never
/// recorded (new in the pack, so nothing to compare for that year).
pub fn bring_up(session: &mut Session, pack: &ContentPack) -> Migration {
    if !needs_migration(session, pack) {
        return Migration::default();
    }
    let old = session.content.version.clone();
    let mut unrecorded = Vec::new();
    for bm in &pack.benchmarks {
        let rec = session.benchmark(&bm.id);
        let ids = bm
            .criteria
            .iter()
            .map(|c| &c.id)
            .chain(bm.all_tips().map(|t| &t.id));
        for id in ids {
            if !rec.is_some_and(|r| r.criterion(id).is_some() || r.tip(id).is_some()) {
                unrecorded.push(id.clone());
            }
        }
    }
    let moved = migrate(session, pack);
    Migration {
        from: (old != session.content.version).then_some(old),
        moved,
        unrecorded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::{Benchmark, Framework};
    use crate::model::session::TipStatus;

    fn pack(version: &str, bm: &str) -> ContentPack {
        let framework: Framework = ron::from_str(&format!(
            r#"Framework(id: "hkbm", name: "n", version: "{version}", groups: [Group(id: "core", name: "Core", benchmarks: [6])],
               scale: [Level(value: 0, label: "a", descriptor: "", score: 0), Level(value: 4, label: "b", descriptor: "", score: 100)])"#
        ))
        .unwrap();
        let benchmark: Benchmark = ron::from_str(bm).unwrap();
        ContentPack {
            framework,
            benchmarks: vec![benchmark],
        }
    }

    const BM6: &str = r#"Benchmark(
        number: 6, id: "bm6", title: "T", short: "S", group: "core",
        sources: [Source(key: "seed", name: "page", url: None)],
        aim: Text(from: "seed", text: "aim"),
        criteria: [
            Criterion(id: "bm6.c1", from: "seed", text: "interviews", measures: [
                Measure(id: "by_s3", from: "seed", kind: PerStudent(of: "students", each: 1, by: Some("the end of S3")), what: "interview", at_least: 100),
            ]),
            Criterion(id: "bm6.c5", from: "seed", text: "new", measures: [
                Measure(id: "share", from: "seed", kind: Share(of: "staff"), what: "trained", at_least: 50),
            ]),
        ],
        tips: Tips(plan: [Tip(id: "bm6.plan.1", from: "seed", text: "p")], implement: [], review: []),
        retired: [Retired(id: "bm6.c2", text: "the old text", reason: "replaced by bm6.c5")],
    )"#;

    fn session_v1() -> Session {
        ron::from_str(
            r#"Session(version: 1, content: ContentRef(id: "hkbm", version: "1.0.0"), school: "S", year: "2025/26",
            benchmarks: [BenchmarkRecord(id: "bm6",
                criteria: [
                    CriterionRecord(id: "bm6.c1", rating: Some(3), measured: {"by_s3": 1.0}, targets: {"by_s3": 2.0}, note: "kept"),
                    CriterionRecord(id: "bm6.c2", rating: Some(2), note: "old"),
                    CriterionRecord(id: "bm6.c3", rating: None),
                    CriterionRecord(id: "bm6.c4", rating: Some(4)),
                ],
                tips: [
                    TipRecord(id: "bm6.plan.1", status: Done),
                    TipRecord(id: "bm6.plan.9", status: Planned, owner: "Ms Lee"),
                    TipRecord(id: "bm6.plan.8", status: NotDiscussed),
                ])])"#,
        )
        .unwrap()
    }

    #[test]
    fn what_no_longer_fits_moves_to_the_history_with_its_old_text() {
        let pack = pack("2.0.0", BM6);
        let mut s = session_v1();
        let m = bring_up(&mut s, &pack);
        assert_eq!(m.from.as_deref(), Some("1.0.0"));
        assert_eq!(m.unrecorded, ["bm6.c5"]);
        assert_eq!((s.version, s.content.version.as_str()), (2, "2.0.0"));
        let rec = s.benchmark("bm6").unwrap();
        // Live ids keep their rating and note; new ones get an empty record.
        let c1 = rec.criterion("bm6.c1").unwrap();
        assert_eq!((c1.rating, c1.note.as_str()), (Some(3), "kept"));
        assert!(rec.criterion("bm6.c5").is_some_and(|c| c.rating.is_none()));
        assert!(rec.criterion("bm6.c2").is_none());
        let ids: Vec<&str> = rec.retired.iter().map(|r| r.id.as_str()).collect();
        // 1.0.0 "interviews per student" is not 2.0.0 "% of students": aside.
        assert_eq!(ids, ["bm6.c1", "bm6.c2", "bm6.c4", "bm6.plan.9"]);
        assert_eq!(rec.retired[0].measured.get("by_s3"), Some(&1.0));
        assert_eq!(rec.retired[0].targets.get("by_s3"), Some(&2.0));
        assert!(c1.measured.is_empty() && c1.targets.is_empty());
        let c2 = &rec.retired[1];
        assert_eq!(
            (
                c2.text.as_str(),
                c2.reason.as_str(),
                c2.rating,
                c2.note.as_str()
            ),
            ("the old text", "replaced by bm6.c5", Some(2), "old")
        );
        // Unknown to the pack and not in its list: kept, with the reason.
        assert_eq!(rec.retired[2].reason, "not in content pack hkbm 2.0.0");
        assert_eq!(rec.retired[3].status, Some(TipStatus::Planned));
        assert_eq!(rec.retired[3].owner, "Ms Lee");
        // Empty records (bm6.c3, bm6.plan.8) held nothing: dropped.
        assert_eq!(m.moved.len(), 4);
        // A second run changes nothing.
        let again = s.clone();
        assert!(migrate(&mut s, &pack).is_empty());
        assert_eq!(s, again);
    }

    #[test]
    fn a_1_0_share_that_is_still_a_share_keeps_its_value() {
        assert_eq!(hkbm_1_unit("bm2.c7", "trained"), Some("%"));
        let share = MeasureKind::Share { of: "x".into() };
        let per_year = MeasureKind::Count { per: "year".into() };
        let per_form = MeasureKind::Count { per: "form".into() };
        assert!(value_still_means_the_same(
            "hkbm", "1.0.0", "bm2.c7", "trained", &share
        ));
        assert!(value_still_means_the_same(
            "hkbm", "1.0.0", "bm2.c7", "cpd", &per_year
        ));
        assert!(!value_still_means_the_same(
            "hkbm", "1.0.0", "bm2.c7", "cpd", &per_form
        ));
        assert!(!value_still_means_the_same(
            "hkbm", "1.0.0", "bm6.c1", "by_s3", &share
        ));
        // Within one major version a measure keeps its meaning.
        assert!(value_still_means_the_same(
            "hkbm", "2.0.0", "bm6.c1", "by_s3", &share
        ));
    }
}
