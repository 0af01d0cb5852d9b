//! The benchmark score.
//!
//! **Score** = the mean, over the *rated* criteria of a benchmark, of the
//! score of each criterion's rating level (on the built-in scale 0 → 0 %,
//! 1 → 25 %, 2 → 50 %, 3 → 75 %, 4 → 100 %). Unrated criteria are left out of
//! the mean, not counted as zero; **coverage** (rated / total criteria) is
//! reported beside the score so a high score on one rated criterion is seen
//! for what it is. With no criterion rated there is no score.

use super::content::{Benchmark, ContentPack};
use super::session::{BenchmarkRecord, Session};

/// A benchmark's score and how much of it rests on ratings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BenchmarkScore {
    /// 0–100, or None when no criterion is rated.
    pub score: Option<f64>,
    /// Criteria rated.
    pub rated: usize,
    /// Criteria in the benchmark.
    pub total: usize,
    /// Tips with a decision (anything but "not discussed").
    pub tips_decided: usize,
    /// Tips in the benchmark.
    pub tips_total: usize,
}

impl BenchmarkScore {
    /// Share of criteria rated, 0–100.
    pub fn coverage_percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * self.rated as f64 / self.total as f64
        }
    }
}

/// Score benchmark `bm` from its record in a session (None = nothing recorded).
pub fn benchmark_score(
    pack: &ContentPack,
    bm: &Benchmark,
    rec: Option<&BenchmarkRecord>,
) -> BenchmarkScore {
    let mut sum = 0.0;
    let mut rated = 0;
    for c in &bm.criteria {
        let level = rec
            .and_then(|r| r.criterion(&c.id))
            .and_then(|cr| cr.rating)
            .and_then(|v| pack.level(v));
        if let Some(level) = level {
            sum += f64::from(level.score);
            rated += 1;
        }
    }
    let tips_total = bm.all_tips().count();
    let tips_decided = bm
        .all_tips()
        .filter(|t| {
            rec.and_then(|r| r.tip(&t.id))
                .is_some_and(|tr| tr.status.is_decided())
        })
        .count();
    BenchmarkScore {
        score: (rated > 0).then(|| sum / rated as f64),
        rated,
        total: bm.criteria.len(),
        tips_decided,
        tips_total,
    }
}

/// Scores of every benchmark of the pack for a session, in pack order.
pub fn session_scores(pack: &ContentPack, session: &Session) -> Vec<BenchmarkScore> {
    pack.benchmarks
        .iter()
        .map(|bm| benchmark_score(pack, bm, session.benchmark(&bm.id)))
        .collect()
}

/// A score as the app and reports show it: `63 %`, or `—` when unscored.
/// Halves round up (62.5 → 63), everywhere the same.
pub fn format_score(score: Option<f64>) -> String {
    match score {
        Some(s) => format!("{:.0} %", s.round()),
        None => "—".to_string(),
    }
}

/// Round to one decimal, as scores are stored and exported.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The change from `before` to `now`: both taken to one decimal first, so the
/// app, the summaries, the comparisons and the reports all agree.
pub fn change(now: f64, before: f64) -> f64 {
    round1(round1(now) - round1(before))
}

/// A change as shown: an arrow and whole points, `▲ +25`, `▼ -8`, `= 0`.
/// The arrow follows the number shown (a change under half a point is level).
pub fn format_change(delta: f64) -> String {
    let d = delta.round();
    if d >= 1.0 {
        format!("▲ +{d:.0}")
    } else if d <= -1.0 {
        format!("▼ {d:.0}")
    } else {
        "= 0".to_string()
    }
}
