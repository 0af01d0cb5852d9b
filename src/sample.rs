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
