//! The summary of a session: per benchmark score, coverage, target, tips
//! decided and change from the baseline. Built once, printed as text or JSON.

use serde::Serialize;

use crate::model::content::{ContentPack, OURS_LEGEND, OURS_MARK, Sourced};
use crate::model::score::{benchmark_score, format_change, format_score, round1};
use crate::model::session::{ContentRef, Session};
use crate::text::inert_line;

/// How the score is worked out, in one sentence, from the pack's own scale
/// (shown with every summary, so nobody has to guess).
pub fn score_formula(pack: &ContentPack) -> String {
    let levels: Vec<String> = pack
        .framework
        .scale
        .iter()
        .map(|l| format!("{} {} = {} %", l.value, l.label, l.score))
        .collect();
    format!(
        "the mean of the rated criteria's level scores ({}); unrated criteria are left out and shown as coverage, not counted as zero",
        levels.join(", ")
    )
}

/// One session's summary (`hkbm summary --format json`).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Summary {
    pub school: String,
    /// The academic year, `2025/26`.
    pub year: String,
    pub facilitator: String,
    pub participants: Vec<String>,
    /// The dates of the sittings, `YYYY-MM-DD`.
    pub dates: Vec<String>,
    /// The content pack the scores were worked out with.
    pub content: ContentRef,
    /// The content version the session file was made with (another than
    /// `content.version` when the session was brought up to the pack).
    pub content_version: String,
    /// The academic year of the baseline, null without one.
    pub baseline_year: Option<String>,
    /// How a score is worked out from the ratings, in a sentence.
    pub score_formula: String,
    /// The ten benchmarks, in order.
    pub benchmarks: Vec<BenchmarkLine>,
    /// The date the actions' lateness is counted on, `YYYY-MM-DD` (the
    /// command always gives it; left out of a summary without actions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions_as_of: Option<String>,
}

/// One benchmark of a summary.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct BenchmarkLine {
    /// 1–10.
    pub number: u8,
    /// `bm4`.
    pub id: String,
    pub title: String,
    /// The radar's label.
    pub short: String,
    /// The group's name (Core, Student Focused, Enabling Environment).
    pub group: String,
    /// Criteria from an official source, and written by the hkbm team.
    pub criteria_official: usize,
    pub criteria_ours: usize,
    /// Tips from an official source, and written by the hkbm team.
    pub tips_official: usize,
    pub tips_ours: usize,
    /// Where the benchmark's text comes from, in one line.
    pub provenance: String,
    /// Percent, 0–100, to one decimal; null when no criterion is rated.
    #[cfg_attr(test, schemars(range(min = 0, max = 100)))]
    pub score: Option<f64>,
    /// Criteria rated.
    pub rated: usize,
    /// Criteria in the benchmark.
    pub criteria: usize,
    /// Share of criteria rated: percent, 0–100, to one decimal.
    #[cfg_attr(test, schemars(range(min = 0, max = 100)))]
    pub coverage: f64,
    /// The school's interim target score: percent, 0–100.
    #[cfg_attr(test, schemars(range(min = 0, max = 100)))]
    pub target_percent: Option<u8>,
    /// The academic year by which to reach it.
    pub target_year: Option<String>,
    /// Tips with a decision (any status but `not_discussed`).
    pub tips_decided: usize,
    /// Tips in the benchmark.
    pub tips: usize,
    /// The baseline (last year's) score: percent, 0–100, to one decimal.
    #[cfg_attr(test, schemars(range(min = 0, max = 100)))]
    pub baseline: Option<f64>,
    /// `score` minus `baseline` in percentage points, to one decimal: exactly
    /// the difference of the two numbers written; null unless both exist.
    #[cfg_attr(test, schemars(range(min = -100, max = 100)))]
    pub delta: Option<f64>,
    /// The benchmark's actions by state, counted on `actions_as_of` (left
    /// out when the summary has none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions: Option<crate::model::tracker::Progress>,
}

impl Summary {
    pub fn build(pack: &ContentPack, session: &Session) -> Summary {
        let benchmarks = pack
            .benchmarks
            .iter()
            .map(|bm| {
                let rec = session.benchmark(&bm.id);
                let s = benchmark_score(pack, bm, rec);
                // To one decimal, as the score: a hand-written baseline of
                // 18.75 is written 18.8, and the change is taken from that.
                let baseline = session.baseline_score(&bm.id).map(round1);
                BenchmarkLine {
                    number: bm.number,
                    id: bm.id.clone(),
                    title: bm.title.clone(),
                    short: bm.short.clone(),
                    group: pack.group_name(&bm.group).to_string(),
                    criteria_official: bm.criteria.iter().filter(|c| !c.is_ours()).count(),
                    criteria_ours: bm.criteria.iter().filter(|c| c.is_ours()).count(),
                    tips_official: bm.all_tips().filter(|t| !t.is_ours()).count(),
                    tips_ours: bm.all_tips().filter(|t| t.is_ours()).count(),
                    provenance: bm.provenance_short(),
                    score: s.score.map(round1),
                    rated: s.rated,
                    criteria: s.total,
                    coverage: round1(s.coverage_percent()),
                    target_percent: rec.and_then(|r| r.target_percent),
                    target_year: rec.and_then(|r| r.target_year.clone()),
                    tips_decided: s.tips_decided,
                    tips: s.tips_total,
                    baseline,
                    delta: match (s.score, baseline) {
                        (Some(a), Some(b)) => Some(crate::model::score::change(a, b)),
                        _ => None,
                    },
                    actions: None,
                }
            })
            .collect();
        Summary {
            school: session.school.clone(),
            year: session.year.clone(),
            facilitator: session.facilitator.clone(),
            participants: session.participants.clone(),
            dates: session.dates.clone(),
            content: ContentRef {
                id: pack.framework.id.clone(),
                version: pack.framework.version.clone(),
            },
            content_version: session.content.version.clone(),
            baseline_year: session.baseline.as_ref().map(|b| b.year.clone()),
            score_formula: score_formula(pack),
            benchmarks,
            actions_as_of: None,
        }
    }

    /// Add each benchmark's actions done, in progress, planned and late on `today`.
    pub fn with_actions(
        mut self,
        pack: &ContentPack,
        session: &Session,
        terms: &crate::model::due::Terms,
        today: crate::model::date::Date,
    ) -> Summary {
        use crate::model::tracker;
        let items = tracker::collect(pack, session, terms);
        let progress = tracker::progress(&items, pack.benchmarks.len(), today);
        for (line, p) in self.benchmarks.iter_mut().zip(progress) {
            line.actions = Some(p);
        }
        self.actions_as_of = Some(today.iso());
        self
    }

    pub fn to_json(&self) -> String {
        crate::output::json::write(self)
    }

    /// A plain-text table for a terminal or an email; session text is made inert.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "{} — {}\n",
            inert_line(&self.school),
            inert_line(&self.year)
        ));
        if !self.facilitator.is_empty() {
            out.push_str(&format!("Facilitator: {}\n", inert_line(&self.facilitator)));
        }
        if !self.participants.is_empty() {
            let names: Vec<_> = self.participants.iter().map(|p| inert_line(p)).collect();
            out.push_str(&format!("Participants: {}\n", names.join(", ")));
        }
        if !self.dates.is_empty() {
            let dates: Vec<_> = self.dates.iter().map(|d| inert_line(d)).collect();
            out.push_str(&format!("Sittings: {}\n", dates.join(", ")));
        }
        out.push_str(&format!(
            "Content: {} {}",
            self.content.id, self.content.version
        ));
        if self.content_version != self.content.version {
            out.push_str(&format!(
                " (session made with {})",
                inert_line(&self.content_version)
            ));
        }
        out.push('\n');
        out.push('\n');
        for row in self.ascii_radar(72, 21) {
            out.push_str(&row);
            out.push('\n');
        }
        out.push('\n');
        let base_head = match &self.baseline_year {
            Some(y) => format!("vs {}", inert_line(y)),
            None => String::new(),
        };
        let mut rows = vec![format!(
            "{:>2}  {:<28}  {:>5}  {:>5}  {:<16}  {:>5}   {}",
            "#", "Benchmark", "Score", "Rated", "Target", "Tips", base_head
        )];
        for b in &self.benchmarks {
            let title = if b.criteria_ours > 0 {
                format!("{}{OURS_MARK}", fit(&b.title, 27))
            } else {
                fit(&b.title, 28)
            };
            let tips_mark = if b.tips_ours > 0 { OURS_MARK } else { " " };
            let target = match (b.target_percent, &b.target_year) {
                (Some(p), Some(y)) => format!("{p} % by {}", inert_line(y)),
                (Some(p), None) => format!("{p} %"),
                (None, Some(y)) => format!("by {}", inert_line(y)),
                (None, None) => "—".into(),
            };
            let trend = match (b.score, b.baseline) {
                (Some(now), Some(before)) => format_change(now, before),
                (None, Some(base)) => format!("(was {})", format_score(Some(base))),
                _ => String::new(),
            };
            rows.push(format!(
                "{:>2}  {}  {:>5}  {:>5}  {:<16}  {:>5}{tips_mark}  {}",
                b.number,
                title,
                format_score(b.score),
                format!("{}/{}", b.rated, b.criteria),
                target,
                format!("{}/{}", b.tips_decided, b.tips),
                trend
            ));
        }
        for row in rows {
            out.push_str(row.trim_end());
            out.push('\n');
        }
        if let Some(as_of) = &self.actions_as_of {
            out.push('\n');
            out.push_str(&format!(
                "{:>2}  {:<28}  {:>5}  {:>11}  {:>7}  {:>6}\n",
                "#",
                format!("Actions as of {as_of}"),
                "Done",
                "In progress",
                "Planned",
                "Late"
            ));
            for b in &self.benchmarks {
                let p = b.actions.unwrap_or_default();
                let late = if p.late > 0 {
                    format!("{} LATE", p.late)
                } else {
                    "0".into()
                };
                out.push_str(&format!(
                    "{:>2}  {:<28}  {:>5}  {:>11}  {:>7}  {:>6}\n",
                    b.number,
                    fit(&b.title, 28),
                    p.done,
                    p.in_progress,
                    p.planned,
                    late
                ));
            }
        }
        out.push('\n');
        for line in crate::text::wrap_words(&format!("Score: {}.", self.score_formula), 78) {
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str("Rated: criteria rated / criteria. Tips: tips with a decision / tips.\n");
        if self
            .benchmarks
            .iter()
            .any(|b| b.criteria_ours > 0 || b.tips_ours > 0)
        {
            let legend = format!("{OURS_LEGEND} (on a title: some criteria; on tips: some tips).");
            for line in crate::text::wrap_words(&legend, 78) {
                out.push_str(&line);
                out.push('\n');
            }
        }
        out.push_str("\nWhere the text comes from:\n");
        for b in &self.benchmarks {
            let line = format!("BM{}: {}", b.number, inert_line(&b.provenance));
            for (i, l) in crate::text::wrap_words(&line, 74).into_iter().enumerate() {
                if i > 0 {
                    out.push_str("    ");
                }
                out.push_str(&l);
                out.push('\n');
            }
        }
        out
    }
}

impl Summary {
    /// The radar in plain ASCII with a legend: `*` now, `+` target, `o` baseline.
    pub fn ascii_radar(&self, width: u16, height: u16) -> Vec<String> {
        let full: Vec<String> = self
            .benchmarks
            .iter()
            .map(|b| format!("{} {}", b.number, inert_line(&b.short)))
            .collect();
        let short: Vec<String> = self
            .benchmarks
            .iter()
            .map(|b| b.number.to_string())
            .collect();
        let Some(layout) = crate::radar::Layout::fit(width, height, &full, &short) else {
            return Vec::new();
        };
        let mut series = Vec::new();
        let mut legend = Vec::new();
        if let Some(y) = &self.baseline_year {
            series.push(crate::radar::Series {
                mark: 'o',
                values: self.benchmarks.iter().map(|b| b.baseline).collect(),
            });
            legend.push(format!("o {}", inert_line(y)));
        }
        if self.benchmarks.iter().any(|b| b.target_percent.is_some()) {
            series.push(crate::radar::Series {
                mark: '+',
                values: self
                    .benchmarks
                    .iter()
                    .map(|b| b.target_percent.map(f64::from))
                    .collect(),
            });
            legend.push("+ target".into());
        }
        series.push(crate::radar::Series {
            mark: '*',
            values: self.benchmarks.iter().map(|b| b.score).collect(),
        });
        legend.insert(0, format!("* {}", inert_line(&self.year)));
        let mut rows = crate::radar::ascii(&layout, &series);
        rows.push(format!(
            "Radar: {}   (rings at 25, 50, 75, 100 %)",
            legend.join("   ")
        ));
        rows
    }
}

/// Pad or cut `s` to exactly `width` terminal columns.
fn fit(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let s = inert_line(s);
    let mut out = String::new();
    let mut used = 0;
    let total: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
    let budget = if total > width { width - 1 } else { width };
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > budget {
            break;
        }
        out.push(c);
        used += w;
    }
    if total > width {
        out.push('…');
        used += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}
