//! The network view: many schools' sessions summarised per benchmark —
//! how many schools, the median and quartiles of their scores, and the share
//! at or above their own interim target — per academic year.

use serde::Serialize;

use super::content::ContentPack;
use super::score::{benchmark_score, round1};
use super::session::{ContentRef, Session, parse_academic_year};

/// What one session contributes: small, so thousands can be kept.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionScores {
    pub school: String,
    pub year: String,
    /// Per benchmark of the pack, in order.
    pub scores: Vec<Option<f64>>,
    pub targets: Vec<Option<u8>>,
}

/// Reduce a session to its scores and targets.
pub fn scores_of(pack: &ContentPack, s: &Session) -> SessionScores {
    let mut scores = Vec::with_capacity(pack.benchmarks.len());
    let mut targets = Vec::with_capacity(pack.benchmarks.len());
    for bm in &pack.benchmarks {
        let rec = s.benchmark(&bm.id);
        scores.push(benchmark_score(pack, bm, rec).score);
        targets.push(rec.and_then(|r| r.target_percent));
    }
    SessionScores {
        school: s.school.clone(),
        year: s.year.clone(),
        scores,
        targets,
    }
}

/// The distribution of one benchmark's scores across schools.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Stats {
    pub number: u8,
    pub id: String,
    pub title: String,
    /// Sessions with a score for this benchmark.
    pub schools: usize,
    /// Sessions without one (nothing rated).
    pub unscored: usize,
    /// The lowest score: percent, 0–100, to one decimal (so are `q1`,
    /// `median`, `q3` and `max`); null when no school has a score.
    #[cfg_attr(test, schemars(range(min = 0, max = 100)))]
    pub min: Option<f64>,
    /// The first quartile (see `method`).
    #[cfg_attr(test, schemars(range(min = 0, max = 100)))]
    pub q1: Option<f64>,
    #[cfg_attr(test, schemars(range(min = 0, max = 100)))]
    pub median: Option<f64>,
    /// The third quartile (see `method`).
    #[cfg_attr(test, schemars(range(min = 0, max = 100)))]
    pub q3: Option<f64>,
    /// The highest score.
    #[cfg_attr(test, schemars(range(min = 0, max = 100)))]
    pub max: Option<f64>,
    /// Sessions that set a target and have a score.
    pub with_target: usize,
    /// Of those, how many score at or above their target.
    pub at_or_above_target: usize,
    /// `at_or_above_target / with_target`: percent, 0–100, to one decimal;
    /// null when no school set a target.
    #[cfg_attr(test, schemars(range(min = 0, max = 100)))]
    pub share_at_target: Option<f64>,
}

/// One academic year across the network.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct YearStats {
    /// The academic year, `2025/26`.
    pub year: String,
    /// Sessions of that year.
    pub sessions: usize,
    pub benchmarks: Vec<Stats>,
}

/// A file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Failure {
    pub file: String,
    pub error: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Aggregate {
    /// The content pack the scores were worked out with.
    pub content: ContentRef,
    /// Session files found.
    pub files: usize,
    /// Sessions that could be used.
    pub sessions: usize,
    pub years: Vec<YearStats>,
    pub failed: Vec<Failure>,
    /// How quartiles are computed.
    pub method: String,
}

/// The quartile method, for readers of the numbers.
pub const QUARTILES: &str = "quartiles by linear interpolation between the sorted scores (the method of R type 7 and spreadsheets' QUARTILE.INC); share at target counts only schools that set a target";

/// Summarise `sessions` (any order) per academic year.
pub fn aggregate(
    pack: &ContentPack,
    sessions: &[SessionScores],
    files: usize,
    failed: Vec<Failure>,
) -> Aggregate {
    let mut years: Vec<&str> = sessions.iter().map(|s| s.year.as_str()).collect();
    years.sort_by_key(|y| (parse_academic_year(y), y.to_string()));
    years.dedup();
    let years = years
        .into_iter()
        .map(|year| {
            let group: Vec<&SessionScores> = sessions.iter().filter(|s| s.year == year).collect();
            YearStats {
                year: year.to_string(),
                sessions: group.len(),
                benchmarks: pack
                    .benchmarks
                    .iter()
                    .enumerate()
                    .map(|(i, bm)| benchmark_stats(bm.number, &bm.id, &bm.title, &group, i))
                    .collect(),
            }
        })
        .collect();
    Aggregate {
        content: ContentRef {
            id: pack.framework.id.clone(),
            version: pack.framework.version.clone(),
        },
        files,
        sessions: sessions.len(),
        years,
        failed,
        method: QUARTILES.to_string(),
    }
}

fn benchmark_stats(number: u8, id: &str, title: &str, group: &[&SessionScores], i: usize) -> Stats {
    let mut values: Vec<f64> = group
        .iter()
        .filter_map(|s| s.scores.get(i).copied().flatten())
        .collect();
    values.sort_by(f64::total_cmp);
    let mut with_target = 0;
    let mut at = 0;
    for s in group {
        if let (Some(Some(score)), Some(Some(target))) = (s.scores.get(i), s.targets.get(i)) {
            with_target += 1;
            if *score >= f64::from(*target) {
                at += 1;
            }
        }
    }
    Stats {
        number,
        id: id.to_string(),
        title: title.to_string(),
        schools: values.len(),
        unscored: group.len() - values.len(),
        min: values.first().copied().map(round1),
        q1: quantile(&values, 0.25),
        median: quantile(&values, 0.5),
        q3: quantile(&values, 0.75),
        max: values.last().copied().map(round1),
        with_target,
        at_or_above_target: at,
        share_at_target: (with_target > 0).then(|| round1(100.0 * at as f64 / with_target as f64)),
    }
}

/// The `q` quantile of sorted `values` by linear interpolation.
pub fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    match sorted.len() {
        0 => None,
        1 => Some(round1(sorted[0])),
        n => {
            let pos = q * (n - 1) as f64;
            let lo = pos.floor() as usize;
            let hi = pos.ceil() as usize;
            let v = sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64);
            Some(round1(v))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quartiles_interpolate_like_a_spreadsheet() {
        let v = [10.0, 20.0, 30.0, 40.0];
        assert_eq!(quantile(&v, 0.5), Some(25.0));
        assert_eq!(quantile(&v, 0.25), Some(17.5));
        assert_eq!(quantile(&v, 0.75), Some(32.5));
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&[42.0], 0.25), Some(42.0));
    }
}
