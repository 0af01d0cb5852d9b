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
    /// The file it was read from, as reached (for reports of duplicates).
    pub file: String,
    pub school: String,
    pub year: String,
    /// The latest sitting date (`YYYY-MM-DD`), if any.
    pub last_date: Option<String>,
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
        file: String::new(),
        school: s.school.clone(),
        year: s.year.clone(),
        last_date: s.dates.iter().max().cloned(),
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

/// One school's year found in more than one file: counted once, from `counted`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Duplicate {
    pub school: String,
    pub year: String,
    /// The file whose scores count: the one with the latest sitting date
    /// (the first by file name when the dates are the same).
    pub counted: String,
    /// The other files of that school and year, not counted.
    pub not_counted: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Aggregate {
    /// The content pack the scores were worked out with.
    pub content: ContentRef,
    /// Session files found (each real file once).
    pub files: usize,
    /// Sessions counted: one per school and year.
    pub sessions: usize,
    pub years: Vec<YearStats>,
    pub failed: Vec<Failure>,
    /// Schools with more than one file for one year.
    pub duplicates: Vec<Duplicate>,
    /// How quartiles are computed.
    pub method: String,
}

/// Summarise `sessions` (any order) per academic year, each school once a
/// year (see [`one_per_school_and_year`]).
pub fn aggregate(
    pack: &ContentPack,
    sessions: &[SessionScores],
    files: usize,
    failed: Vec<Failure>,
) -> Aggregate {
    let (sessions, duplicates) = one_per_school_and_year(sessions);
    let sessions = sessions.as_slice();
    let mut years: Vec<&str> = sessions.iter().map(|s| s.year.as_str()).collect();
    years.sort_by_key(|y| (parse_academic_year(y), y.to_string()));
    years.dedup();
    let years = years
        .into_iter()
        .map(|year| {
            let group: Vec<&SessionScores> = sessions
                .iter()
                .copied()
                .filter(|s| s.year == year)
                .collect();
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
        duplicates,
        method: crate::i18n::tr("out-aggregate-method"),
    }
}

/// Keep one session per school and academic year: a network weighs each
/// school once, and a second file of the same school and year (a draft, a
/// copy, a colleague's version) would count it twice. The one with the
/// latest sitting date counts (the first by file name on a tie); the others
/// are returned as duplicates to report. Names are compared as people
/// write them (case and spaces aside), years as academic years.
pub fn one_per_school_and_year(
    sessions: &[SessionScores],
) -> (Vec<&SessionScores>, Vec<Duplicate>) {
    use std::collections::BTreeMap;
    let key = |s: &SessionScores| {
        let school = s
            .school
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let year = parse_academic_year(&s.year)
            .map_or_else(|| s.year.trim().to_string(), |y| y.to_string());
        (school, year)
    };
    let mut groups: BTreeMap<(String, String), Vec<&SessionScores>> = BTreeMap::new();
    for s in sessions {
        groups.entry(key(s)).or_default().push(s);
    }
    let mut kept = Vec::with_capacity(groups.len());
    let mut duplicates = Vec::new();
    for (_, mut group) in groups {
        // Latest sitting first (None sorts last), then by file name.
        group.sort_by(|a, b| {
            b.last_date
                .cmp(&a.last_date)
                .then_with(|| a.file.cmp(&b.file))
        });
        let first = group[0];
        if group.len() > 1 {
            duplicates.push(Duplicate {
                school: first.school.clone(),
                year: first.year.clone(),
                counted: first.file.clone(),
                not_counted: group[1..].iter().map(|s| s.file.clone()).collect(),
            });
        }
        kept.push(first);
    }
    (kept, duplicates)
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

    fn session(file: &str, school: &str, year: &str, date: Option<&str>) -> SessionScores {
        SessionScores {
            file: file.into(),
            school: school.into(),
            year: year.into(),
            last_date: date.map(String::from),
            scores: vec![Some(50.0)],
            targets: vec![None],
        }
    }

    #[test]
    fn a_school_counts_once_a_year_from_its_latest_sitting() {
        let all = [
            session("b.ron", "Lantau Bay College", "2025/26", Some("2025-09-05")),
            session(
                "a.ron",
                " lantau bay  COLLEGE",
                "2025/26",
                Some("2025-06-01"),
            ),
            session("c.ron", "Lantau Bay College", "2025/26", None),
            session("d.ron", "Lantau Bay College", "2024/25", Some("2024-09-01")),
            session("e.ron", "Tsuen Wan School", "2025/26", None),
        ];
        let (kept, dups) = one_per_school_and_year(&all);
        let mut files: Vec<&str> = kept.iter().map(|s| s.file.as_str()).collect();
        files.sort();
        assert_eq!(files, ["b.ron", "d.ron", "e.ron"]);
        assert_eq!(
            dups,
            [Duplicate {
                school: "Lantau Bay College".into(),
                year: "2025/26".into(),
                counted: "b.ron".into(),
                not_counted: vec!["a.ron".into(), "c.ron".into()],
            }]
        );
        // Same dates: the first by file name counts.
        let tie = [
            session("z.ron", "X", "2025/26", None),
            session("y.ron", "X", "2025/26", None),
        ];
        assert_eq!(one_per_school_and_year(&tie).0[0].file, "y.ron");
    }
}
