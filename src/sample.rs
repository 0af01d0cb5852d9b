//! Synthetic sessions of made-up schools, for the network view's tests,
//! benchmarks and demonstrations (`cargo run --example gen_sessions`).
//! Deterministic: session `i` is always the same.

use std::path::Path;

use crate::model::session::academic_year;
use crate::model::{ContentPack, Session, TipStatus};

/// A small, fast pseudo-random generator (xorshift*), seeded per session.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// 0 ≤ n < `bound`.
    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound.max(1)
    }
}

const DISTRICTS: [&str; 8] = [
    "Sha Tin",
    "Tuen Mun",
    "Kwun Tong",
    "Tai Po",
    "Yuen Long",
    "Wan Chai",
    "Sai Kung",
    "Kwai Tsing",
];
const OWNERS: [&str; 6] = [
    "Ms Wong",
    "Mr Chan",
    "Ms Lee",
    "Mr Ho",
    "Ms Cheung",
    "陳老師",
];

/// Session `i`: school `i / years`, in one of `years` consecutive academic
/// years ending with the one starting in `last_year`.
pub fn session(pack: &ContentPack, i: u64, years: u64, last_year: i32) -> Session {
    let years = years.max(1);
    let school = i / years;
    let year = last_year - (years - 1 - i % years) as i32;
    let mut rng = Rng::new(school * 7919 + 17);
    let district = DISTRICTS[rng.below(DISTRICTS.len() as u64) as usize];
    let mut s = Session::new(
        pack,
        &format!("{district} School {:04}", school + 1),
        &academic_year(year),
    );
    s.facilitator = OWNERS[rng.below(OWNERS.len() as u64) as usize].to_string();
    s.dates = vec![format!("{year}-09-{:02}", 1 + rng.below(28))];
    // Each school has a level; later years do a little better.
    let level = rng.below(4) as i64 + (i % years) as i64 / 2;
    let mut rng = Rng::new(i * 104_729 + 3);
    let top = pack.framework.scale.last().map_or(4, |l| l.value) as i64;
    for (b, rec) in s.benchmarks.iter_mut().enumerate() {
        let bm = &pack.benchmarks[b];
        if rng.below(10) > 0 {
            rec.target_percent = Some(50 + 25 * rng.below(3) as u8);
            rec.target_year = Some(academic_year(year + 1 + rng.below(2) as i32));
        }
        for c in &mut rec.criteria {
            if rng.below(8) == 0 {
                continue; // not rated yet
            }
            let r = (level + rng.below(3) as i64 - 1).clamp(0, top);
            c.rating = Some(r as u8);
            if rng.below(6) == 0 {
                c.note = format!("Evidence for {} recorded in the CLD file.", c.id);
            }
        }
        for t in &mut rec.tips {
            t.status = TipStatus::ALL[rng.below(5) as usize];
            if t.status.is_open_plan() {
                t.owner = OWNERS[rng.below(OWNERS.len() as u64) as usize].to_string();
                t.due = format!("Term {}", 1 + rng.below(2));
            }
        }
        if rng.below(4) == 0 {
            rec.notes = format!(
                "{} discussed at the year plan meeting.\n會議記錄已存檔。",
                bm.title
            );
        }
    }
    s
}

/// Write `n` synthetic sessions into `dir` (created if needed).
pub fn write_sessions(pack: &ContentPack, n: u64, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for i in 0..n {
        let s = session(pack, i, 3, 2025);
        let name = format!("session-{i:05}.ron");
        std::fs::write(dir.join(name), crate::store::session::to_ron(&s))?;
    }
    Ok(())
}

/// The 2025/26 example session of the fictional Lantau Bay College, on the
/// pack in use, made from the same school's session of that year as it was
/// recorded with content 1.0.0 (`v1`). Deterministic: same inputs, same file.
///
/// What `v1` recorded against ids that still hold is kept as it was. The
/// criteria that replaced retired ones are rated near the ratings they
/// replace; every measure gets a value in its own unit, and the official
/// per-student thresholds an interim target of the school's own (as the
/// HKBM footnotes ask). The result has no retired history: it is the
/// session the school would have made with the new pack. Its baseline is
/// `prev` (the year before) scored against the pack in use, so a benchmark
/// whose criteria were all replaced has no baseline rather than a score of
/// other criteria.
pub fn lantau_bay_2025_26(pack: &ContentPack, v1: &Session, prev: &Session) -> Session {
    use crate::model::content::{MeasureKind, Sourced};

    let mut s = v1.clone();
    crate::model::migrate::migrate(&mut s, pack);
    let mut before = prev.clone();
    crate::model::migrate::migrate(&mut before, pack);
    let scores = crate::model::score::session_scores(pack, &before);
    s.baseline = Some(crate::model::Baseline {
        year: before.year.clone(),
        scores: pack
            .benchmarks
            .iter()
            .zip(scores)
            .map(|(bm, sc)| crate::model::BaselineScore {
                benchmark: bm.id.clone(),
                score: sc.score.map(crate::model::score::round1),
            })
            .collect(),
    });
    let top = pack.framework.scale.last().map_or(4, |l| l.value);
    for rec in &mut s.benchmarks {
        let Some(bm) = pack.benchmark(&rec.id) else {
            continue;
        };
        let old: Vec<u8> = rec.retired.iter().filter_map(|r| r.rating).collect();
        let base = if old.is_empty() {
            2.0
        } else {
            old.iter().map(|&r| f64::from(r)).sum::<f64>() / old.len() as f64
        };
        rec.retired.clear();
        let mut fresh = 0usize;
        let recorded = v1.benchmark(&rec.id);
        for c in &bm.criteria {
            let Some(cr) = rec.criteria.iter_mut().find(|r| r.id == c.id) else {
                continue;
            };
            let is_new = recorded.is_none_or(|r| r.criterion(&c.id).is_none());
            if is_new {
                // Near the ratings of the criteria it replaces: -1, 0, +1 in turn.
                let step = [0.0, -1.0, 1.0][fresh % 3];
                fresh += 1;
                cr.rating = Some((base + step).round().clamp(0.0, f64::from(top)) as u8);
            }
            let Some(rating) = cr.rating.map(f64::from) else {
                continue; // not rated that year: nothing measured either
            };
            for (k, m) in c.measures.iter().enumerate() {
                if cr.measured.contains_key(&m.id) {
                    continue;
                }
                let value = match &m.kind {
                    // Counts: at the threshold from "Developing" up, short of it below.
                    MeasureKind::Count { .. } => {
                        if rating >= 2.0 {
                            m.at_least + (k % 2) as f64
                        } else {
                            (m.at_least - 1.0).max(0.0)
                        }
                    }
                    // Shares: rising with the rating, a little apart per measure.
                    _ => (35.0 + 15.0 * rating + 3.0 * k as f64).min(100.0),
                };
                cr.measured.insert(m.id.clone(), value);
                if matches!(m.kind, MeasureKind::PerStudent { .. }) && !m.is_ours() {
                    // The school's own interim target on the way to HKBM's.
                    let target = ((value / 10.0).ceil() * 10.0 + 10.0).min(m.at_least);
                    cr.targets.insert(m.id.clone(), target);
                }
            }
        }
    }
    // Its evidence note says exit data is kept for every leaver.
    if let Some(c) = s
        .benchmarks
        .iter_mut()
        .find(|b| b.id == "bm4")
        .and_then(|b| b.criteria.iter_mut().find(|c| c.id == "bm4.c5"))
        && c.measured.contains_key("destination_years")
    {
        c.measured.insert("destination_years".into(), 100.0);
    }
    // The example the README tells: 74 % of S3 students had at least one
    // interview; the school's interim target is 80 %.
    if let Some(c) = s
        .benchmarks
        .iter_mut()
        .find(|b| b.id == "bm6")
        .and_then(|b| b.criteria.iter_mut().find(|c| c.id == "bm6.c1"))
        && c.measured.contains_key("by_s3")
    {
        c.measured.insert("by_s3".into(), 74.0);
        c.targets.insert("by_s3".into(), 80.0);
        c.note = "74 % of S3 interviewed by the end of Term 1; the rest booked for Term 2. S6 done by Christmas.".into();
    }
    s
}
