//! Making a recovered session fit to be saved. A recovery file is written by
//! hkbm, but it may be old, edited by hand, or from before the content pack
//! changed; restoring it must never save a file `hkbm check` refuses. What
//! can be kept is kept; what cannot is dropped (or taken from the session
//! file) and listed, so the team knows what the restore leaves out.

use std::collections::HashSet;

use super::ContentPack;
use super::date::parse_iso;
use super::session::{SESSION_VERSION, Session, parse_academic_year};
use super::validate::{Severity, check_session, q};
use crate::i18n::tr;
use crate::tr;

/// `recovered`, with everything `check_session` would refuse dropped or
/// replaced by the value in `current` (the session file as it is). Returns
/// the cleaned session and, in a team's words, what was left out; or why
/// nothing of it can be used.
pub fn salvage(
    mut s: Session,
    current: &Session,
    pack: &ContentPack,
) -> Result<(Session, Vec<String>), String> {
    if s.version > SESSION_VERSION {
        return Err(tr("file-recovery-newer"));
    }
    if s.content.id != pack.framework.id {
        return Err(tr!(
            "file-recovery-other-pack",
            made = q(&s.content.id),
            pack = q(&pack.framework.id)
        ));
    }
    let mut dropped = Vec::new();
    s.version = SESSION_VERSION;
    if s.school.trim().is_empty() {
        s.school = current.school.clone();
        dropped.push(tr("file-recovery-school-empty"));
    }
    if parse_academic_year(&s.year).is_none() {
        dropped.push(tr!("file-recovery-year", year = q(&s.year)));
        s.year = current.year.clone();
    }
    let before = s.dates.len();
    s.dates.retain(|d| parse_iso(d).is_some());
    if s.dates.len() < before {
        dropped.push(tr!(
            "file-recovery-dates",
            n = crate::i18n::num((before - s.dates.len()) as f64)
        ));
    }
    if let Some(b) = &mut s.baseline {
        let mut seen = HashSet::new();
        b.scores.retain(|sc| {
            let keep = seen.insert(sc.benchmark.clone());
            if !keep {
                dropped.push(tr!(
                    "file-recovery-baseline-twice",
                    id = sc.benchmark.as_str()
                ));
            }
            keep
        });
        for sc in &mut b.scores {
            if let Some(v) = sc.score
                && !(0.0..=100.0).contains(&v)
            {
                dropped.push(tr!(
                    "file-recovery-baseline-range",
                    score = v.to_string(),
                    id = sc.benchmark.as_str()
                ));
                sc.score = None;
            }
        }
    }
    let mut seen_bm = HashSet::new();
    s.benchmarks.retain(|rec| {
        if pack.benchmark(&rec.id).is_none() {
            dropped.push(tr!("file-recovery-unknown-benchmark", id = q(&rec.id)));
            return false;
        }
        if !seen_bm.insert(rec.id.clone()) {
            dropped.push(tr!("file-recovery-second-record", id = rec.id.as_str()));
            return false;
        }
        true
    });
    for rec in &mut s.benchmarks {
        let Some(bm) = pack.benchmark(&rec.id) else {
            continue;
        };
        if let Some(t) = rec.target_percent
            && t > 100
        {
            dropped.push(tr!(
                "file-recovery-target",
                id = rec.id.as_str(),
                target = t.to_string()
            ));
            rec.target_percent = None;
        }
        if let Some(y) = &rec.target_year
            && parse_academic_year(y).is_none()
        {
            dropped.push(tr!(
                "file-recovery-target-year",
                id = rec.id.as_str(),
                year = q(y)
            ));
            rec.target_year = None;
        }
        let mut seen = HashSet::new();
        rec.criteria.retain(|c| {
            if bm.criterion(&c.id).is_none() {
                dropped.push(tr!("file-recovery-unknown-criterion", id = q(&c.id)));
                return false;
            }
            if !seen.insert(c.id.clone()) {
                dropped.push(tr!("file-recovery-second-record", id = c.id.as_str()));
                return false;
            }
            true
        });
        for c in &mut rec.criteria {
            let Some(content) = bm.criterion(&c.id) else {
                continue;
            };
            if let Some(r) = c.rating
                && pack.level(r).is_none()
            {
                dropped.push(tr!(
                    "file-recovery-rating",
                    id = c.id.as_str(),
                    rating = r.to_string()
                ));
                c.rating = None;
            }
            let id = c.id.clone();
            c.measured.retain(|key, v| {
                let keep =
                    content.measures.iter().any(|m| &m.id == key) && v.is_finite() && *v >= 0.0;
                if !keep {
                    dropped.push(tr!(
                        "file-recovery-measured",
                        id = id.as_str(),
                        measure = key.as_str(),
                        value = v.to_string()
                    ));
                }
                keep
            });
        }
        let mut seen = HashSet::new();
        rec.tips.retain(|t| {
            if !bm.all_tips().any(|x| x.id == t.id) {
                dropped.push(tr!("file-recovery-unknown-tip", id = q(&t.id)));
                return false;
            }
            if !seen.insert(t.id.clone()) {
                dropped.push(tr!("file-recovery-second-record", id = t.id.as_str()));
                return false;
            }
            true
        });
    }
    s.complete_for(pack);
    // Whatever the checks learn to refuse later must not slip through here.
    if let Some(p) = check_session(&s, pack)
        .into_iter()
        .find(|p| p.severity == Severity::Error)
    {
        return Err(p.message);
    }
    Ok((s, dropped))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Baseline, BaselineScore, TipRecord};

    fn pack() -> ContentPack {
        crate::store::content::built_in().ok().unwrap().pack
    }

    #[test]
    fn everything_check_refuses_is_dropped_and_said() {
        let pack = pack();
        let current = Session::new(&pack, "Sunrise College", "2025/26");
        let mut r = current.clone();
        r.school = " ".into();
        r.year = "2025-26".into();
        r.dates.push("2025-13-40".into());
        r.baseline = Some(Baseline {
            year: "2024/25".into(),
            scores: vec![BaselineScore {
                benchmark: pack.benchmarks[0].id.clone(),
                score: Some(500.0),
            }],
        });
        let bm = &mut r.benchmarks[0];
        bm.target_percent = Some(200);
        bm.criteria[0].rating = Some(9);
        bm.criteria[0].note = "kept".into();
        bm.criteria[0].measured.insert("nope".into(), 3.0);
        bm.tips.push(TipRecord::new("bm1.plan.999"));
        let mut extra = bm.clone();
        extra.id = "bm99".into();
        r.benchmarks.push(extra);
        assert!(!check_session(&r, &pack).is_empty());

        let (fixed, dropped) = salvage(r, &current, &pack).unwrap();
        assert!(
            check_session(&fixed, &pack)
                .iter()
                .all(|p| p.severity != Severity::Error)
        );
        assert_eq!(fixed.school, "Sunrise College");
        assert_eq!(fixed.year, "2025/26");
        assert_eq!(fixed.benchmarks[0].criteria[0].note, "kept");
        assert_eq!(fixed.benchmarks[0].criteria[0].rating, None);
        assert_eq!(fixed.benchmarks[0].target_percent, None);
        let said = dropped.join("; ");
        for part in [
            "school", "2025-26", "500", "200", "rating 9", "nope", "bm99", "999",
        ] {
            assert!(said.contains(part), "{part} not in {said}");
        }
    }

    #[test]
    fn nan_and_negative_measured_values_are_dropped() {
        let pack = pack();
        let current = Session::new(&pack, "S", "2025/26");
        let Some((bi, ci, m)) = pack.benchmarks.iter().enumerate().find_map(|(bi, b)| {
            b.criteria
                .iter()
                .position(|c| !c.measures.is_empty())
                .map(|ci| (bi, ci, b.criteria[ci].measures[0].id.clone()))
        }) else {
            return;
        };
        for bad in [f64::NAN, -5.0, f64::INFINITY] {
            let mut r = current.clone();
            r.benchmarks[bi].criteria[ci]
                .measured
                .insert(m.clone(), bad);
            let (fixed, dropped) = salvage(r, &current, &pack).unwrap();
            assert!(fixed.benchmarks[bi].criteria[ci].measured.is_empty());
            assert_eq!(dropped.len(), 1);
        }
    }

    #[test]
    fn another_content_pack_is_not_offered() {
        let pack = pack();
        let current = Session::new(&pack, "S", "2025/26");
        let mut r = current.clone();
        r.content.id = "other".into();
        assert!(salvage(r, &current, &pack).is_err());
    }
}
