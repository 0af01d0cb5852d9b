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
/// It is the one-decimal score (as exported) in whole points, halves rounding
/// up (62.5 → 63), everywhere the same.
pub fn format_score(score: Option<f64>) -> String {
    match score {
        Some(s) => format!("{:.0} %", shown(s)),
        None => "—".to_string(),
    }
}

/// The whole number a score is shown as: the one-decimal score rounded,
/// halves up. [`format_score`] shows it and [`format_change`] subtracts it,
/// so a change shown always equals the difference of the scores shown.
pub fn shown(score: f64) -> f64 {
    round1(score).round()
}

/// Round to one decimal, as scores are stored and exported.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The change from `before` to `now` to one decimal, for the outputs that
/// give scores to one decimal (JSON, CSV): both taken to one decimal first,
/// so the change is exactly the difference of the two numbers written.
pub fn change(now: f64, before: f64) -> f64 {
    round1(round1(now) - round1(before))
}

/// The change from `before` to `now` as shown beside the two scores: an
/// arrow and whole points, `▲ +25`, `▼ -8`, `= 0`. It is the difference of
/// the two scores as [`format_score`] shows them (33 % after 19 % is `▲ +14`,
/// never `▲ +15` from the unrounded 33.3 − 18.8), and the arrow follows it.
pub fn format_change(now: f64, before: f64) -> String {
    let d = shown(now) - shown(before);
    if d >= 1.0 {
        format!("▲ +{d:.0}")
    } else if d <= -1.0 {
        format!("▼ {d:.0}")
    } else {
        "= 0".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The number in a shown score (`33 %`) or change (`▲ +14`, `= 0`).
    fn number(shown: &str) -> i64 {
        let digits: String = shown
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '-')
            .collect();
        digits.parse().expect(shown)
    }

    /// Tenths in a number written to one decimal (`14.5`, `-3`, `0.1`).
    fn tenths(written: &str) -> i64 {
        let (whole, frac) = written.split_once('.').unwrap_or((written, "0"));
        assert_eq!(frac.len(), 1, "{written} has one decimal at most");
        let negative = whole.starts_with('-');
        let t = whole.trim_start_matches('-').parse::<i64>().unwrap() * 10
            + frac.parse::<i64>().unwrap();
        if negative { -t } else { t }
    }

    /// Every score a benchmark of up to 12 criteria can have on the built-in
    /// scale (0, 25, 50, 75, 100 per criterion), and the one-decimal values a
    /// baseline may hold.
    fn possible_scores() -> Vec<f64> {
        let mut all = Vec::new();
        for n in 1..=12u32 {
            for sum in 0..=(4 * n) {
                all.push(f64::from(sum * 25) / f64::from(n));
            }
        }
        all.extend((0..=1000).map(|t| f64::from(t) / 10.0));
        all
    }

    fn check(now: f64, before: f64) {
        let (a, b) = (format_score(Some(now)), format_score(Some(before)));
        let c = format_change(now, before);
        assert_eq!(
            number(&c),
            number(&a) - number(&b),
            "{a} after {b} shown with {c} (scores {now}, {before})"
        );
        let arrow = match number(&c).signum() {
            1 => "▲ +",
            -1 => "▼ -",
            _ => "= 0",
        };
        assert!(c.starts_with(arrow), "{c}");
        // To one decimal, as JSON and CSV write them.
        let (a1, b1, c1) = (
            format!("{}", round1(now)),
            format!("{}", round1(before)),
            format!("{}", change(now, before)),
        );
        assert_eq!(tenths(&c1), tenths(&a1) - tenths(&b1), "{a1} − {b1} ≠ {c1}");
    }

    #[test]
    fn a_change_shown_is_the_difference_of_the_scores_shown() {
        // The case a principal found: 33.3 % after 18.75 % (stored 18.8).
        assert_eq!(format_score(Some(100.0 / 3.0)), "33 %");
        assert_eq!(format_score(Some(18.75)), "19 %");
        assert_eq!(format_change(100.0 / 3.0, 18.75), "▲ +14");
        let all = possible_scores();
        for &now in all.iter().step_by(7) {
            for &before in &all {
                check(now, before);
            }
        }
    }

    #[test]
    fn halves_round_up_from_the_one_decimal_score() {
        assert_eq!(format_score(Some(62.5)), "63 %");
        assert_eq!(format_score(Some(62.45)), "63 %"); // exported as 62.5
        assert_eq!(format_score(Some(0.5)), "1 %");
        assert_eq!(format_score(Some(62.44)), "62 %");
    }

    proptest! {
        #[test]
        fn any_two_scores_add_up(now in 0.0f64..=100.0, before in 0.0f64..=100.0) {
            check(now, before);
        }
    }
}
