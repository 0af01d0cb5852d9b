//! The summary of a session: per benchmark score, coverage, target, tips
//! decided and change from the baseline. Built once, printed as text or JSON.

use serde::Serialize;

use crate::i18n::tr;
use crate::model::content::{ContentPack, OURS_MARK, Sourced};
use crate::model::score::{benchmark_score, format_change, format_score, round1};
use crate::model::session::{ContentRef, Session};
use crate::output::{layout_width, prose_width, title_column};
use crate::text::{fit, inert_line, pad, pad_left, width, wrap, wrap_hanging};
use crate::tr;

/// How the score is worked out, in one sentence, from the pack's own scale
/// (shown with every summary, so nobody has to guess), in the language in
/// use.
pub fn score_formula(pack: &ContentPack) -> String {
    tr!("out-summary-formula", levels = score_levels(pack))
}

/// The scale's levels and the score each gives, listed in the language in
/// use (`0 Not started = 0 %, …`).
pub fn score_levels(pack: &ContentPack) -> String {
    let levels: Vec<String> = pack
        .framework
        .scale
        .iter()
        .map(|l| {
            tr!(
                "out-summary-level",
                value = l.value,
                label = l.label.as_str(),
                score = l.score
            )
        })
        .collect();
    levels.join(&tr("out-list-separator"))
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
                    provenance: crate::i18n::provenance_short(bm),
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

    /// A plain-text table for a terminal or an email, laid out for `width`
    /// columns (see [`crate::output::layout_width`]); session text is made
    /// inert.
    pub fn to_text(&self, width: usize) -> String {
        let width = layout_width(width);
        let prose = prose_width(width);
        let mut out = String::new();
        let mut put = |lines: Vec<String>| crate::output::put_lines(&mut out, lines);
        let separator = tr("out-list-separator");
        let list = |items: &[String]| {
            items
                .iter()
                .map(|p| inert_line(p).into_owned())
                .collect::<Vec<_>>()
                .join(&separator)
        };
        put(wrap_hanging(
            &tr!(
                "out-summary-heading",
                school = inert_line(&self.school).into_owned(),
                year = inert_line(&self.year).into_owned()
            ),
            "",
            "  ",
            width,
        ));
        if !self.facilitator.is_empty() {
            put(wrap_hanging(
                &inert_line(&self.facilitator),
                &tr("out-summary-facilitator"),
                "  ",
                prose,
            ));
        }
        if !self.participants.is_empty() {
            put(wrap_hanging(
                &list(&self.participants),
                &tr("out-summary-participants"),
                "  ",
                prose,
            ));
        }
        if !self.dates.is_empty() {
            put(wrap_hanging(
                &list(&self.dates),
                &tr("out-summary-sittings"),
                "  ",
                prose,
            ));
        }
        let mut content = format!("{} {}", self.content.id, self.content.version);
        if self.content_version != self.content.version {
            content = tr!(
                "out-summary-made-with",
                content = content,
                version = inert_line(&self.content_version).into_owned()
            );
        }
        put(wrap_hanging(
            &content,
            &tr("out-content-label"),
            "  ",
            prose,
        ));
        put(vec![String::new()]);
        put(self.ascii_radar(RADAR_WIDTH.min(width as u16), 21, width));
        put(vec![String::new()]);
        put(self.score_table(width));
        if self.actions_as_of.is_some() {
            put(vec![String::new()]);
            put(self.actions_table(width));
        }
        put(vec![String::new()]);
        put(wrap(
            &tr!(
                "out-summary-score-line",
                formula = self.score_formula.as_str()
            ),
            prose,
        ));
        put(wrap(&tr("out-summary-columns"), prose));
        if self
            .benchmarks
            .iter()
            .any(|b| b.criteria_ours > 0 || b.tips_ours > 0)
        {
            let legend = tr!("out-summary-ours", legend = tr("out-ours-legend"));
            put(wrap(&legend, prose));
        }
        put(vec![String::new(), tr("out-summary-text-from")]);
        for b in &self.benchmarks {
            let line = tr!(
                "out-summary-text-from-line",
                n = b.number,
                provenance = inert_line(&b.provenance).into_owned()
            );
            put(wrap_hanging(&line, "", "    ", prose));
        }
        out
    }

    /// The ten benchmarks: score, criteria rated, target, tips decided and
    /// the change from the baseline, with the title column taking what the
    /// others leave of `width`.
    fn score_table(&self, width: usize) -> Vec<String> {
        let targets: Vec<String> = self.benchmarks.iter().map(target_words).collect();
        let trends: Vec<String> = self.benchmarks.iter().map(trend_words).collect();
        let base_head = match &self.baseline_year {
            Some(y) => tr!("out-summary-head-versus", year = fit(&inert_line(y), 10)),
            None => String::new(),
        };
        let target_head = tr("out-summary-head-target");
        let target_w = column_width(&target_head, &targets, 16);
        let trend_w = column_width(&base_head, &trends, 12);
        let score_head = tr("out-summary-head-score");
        let rated_head = tr("out-summary-head-rated");
        let tips_head = tr("out-summary-head-tips");
        // The number columns hold "100 %" and "11/11", or their heads.
        let score_w = crate::text::width(&score_head).max(5);
        let rated_w = crate::text::width(&rated_head).max(5);
        let tips_w = crate::text::width(&tips_head).max(5);
        // "#", score, rated, tips with its mark, and the gaps between them.
        let fixed = 2 + 2 + 2 + score_w + 2 + rated_w + 2 + target_w + 2 + tips_w + 1 + 2 + trend_w;
        let titles: Vec<String> = self
            .benchmarks
            .iter()
            .map(|b| crate::output::ours_marked(&b.title, b.criteria_ours > 0))
            .collect();
        let title_w = title_column(width, fixed, 10, &titles);
        let mut rows = vec![format!(
            "{:>2}  {}  {}  {}  {}  {}   {}",
            "#",
            pad(&tr("out-heading-benchmark"), title_w),
            pad_left(&score_head, score_w),
            pad_left(&rated_head, rated_w),
            pad(&target_head, target_w),
            pad_left(&tips_head, tips_w),
            base_head
        )];
        for ((b, target), trend) in self.benchmarks.iter().zip(&targets).zip(&trends) {
            let title = if b.criteria_ours > 0 {
                pad(
                    &format!("{}{OURS_MARK}", fit(&inert_line(&b.title), title_w - 1)),
                    title_w,
                )
            } else {
                pad(&inert_line(&b.title), title_w)
            };
            let tips_mark = if b.tips_ours > 0 { OURS_MARK } else { " " };
            rows.push(format!(
                "{:>2}  {title}  {}  {}  {}  {}{tips_mark}  {}",
                b.number,
                pad_left(&format_score(b.score), score_w),
                pad_left(&format!("{}/{}", b.rated, b.criteria), rated_w),
                pad(target, target_w),
                pad_left(&format!("{}/{}", b.tips_decided, b.tips), tips_w),
                fit(trend, trend_w)
            ));
        }
        rows
    }

    /// Each benchmark's actions done, in progress, planned and late.
    fn actions_table(&self, width: usize) -> Vec<String> {
        let as_of = self.actions_as_of.as_deref().unwrap_or_default();
        let head = tr!(
            "out-summary-actions-as-of",
            date = inert_line(as_of).into_owned()
        );
        let lates: Vec<String> = self
            .benchmarks
            .iter()
            .map(|b| {
                let late = b.actions.unwrap_or_default().late;
                if late > 0 {
                    tr!("out-summary-late", n = late)
                } else {
                    "0".into()
                }
            })
            .collect();
        let late_head = tr("out-summary-head-late");
        let late_w = column_width(&late_head, &lates, 10);
        // Each count column as wide as its head, and at least 5.
        let heads = [
            tr("out-summary-head-done"),
            tr("out-summary-head-in-progress"),
            tr("out-summary-head-planned"),
        ];
        let [done_w, progress_w, planned_w] =
            [0, 1, 2].map(|i| crate::text::width(&heads[i]).max(5));
        let fixed = 2 + 2 + 2 + done_w + 2 + progress_w + 2 + planned_w + 2 + late_w;
        let titles: Vec<String> = self
            .benchmarks
            .iter()
            .map(|b| b.title.clone())
            .chain([head.clone()])
            .collect();
        let title_w = title_column(width, fixed, 10, &titles);
        let mut rows = vec![format!(
            "{:>2}  {}  {}  {}  {}  {}",
            "#",
            pad(&head, title_w),
            pad_left(&heads[0], done_w),
            pad_left(&heads[1], progress_w),
            pad_left(&heads[2], planned_w),
            pad_left(&late_head, late_w)
        )];
        for (b, late) in self.benchmarks.iter().zip(&lates) {
            let p = b.actions.unwrap_or_default();
            rows.push(format!(
                "{:>2}  {}  {}  {}  {}  {}",
                b.number,
                pad(&inert_line(&b.title), title_w),
                pad_left(&p.done.to_string(), done_w),
                pad_left(&p.in_progress.to_string(), progress_w),
                pad_left(&p.planned.to_string(), planned_w),
                pad_left(late, late_w)
            ));
        }
        rows
    }
}

/// The widest of a column's `head` and `cells`, at most `max` columns.
fn column_width(head: &str, cells: &[String], max: usize) -> usize {
    cells
        .iter()
        .map(|c| width(c))
        .chain([width(head)])
        .max()
        .unwrap_or(0)
        .min(max)
}

/// "75 % by 2026/27", "by 2026/27", "—".
fn target_words(b: &BenchmarkLine) -> String {
    let year = b.target_year.as_deref().map(|y| inert_line(y).into_owned());
    match (b.target_percent, year) {
        (Some(p), Some(y)) => tr!("out-summary-target-by", percent = p, year = y),
        (Some(p), None) => tr!("out-summary-target-percent", percent = p),
        (None, Some(y)) => tr!("out-summary-target-year", year = y),
        (None, None) => "—".into(),
    }
}

/// "▲ +14", or what the baseline was when there is no score now.
fn trend_words(b: &BenchmarkLine) -> String {
    match (b.score, b.baseline) {
        (Some(now), Some(before)) => format_change(now, before),
        (None, Some(base)) => tr!("out-summary-was", score = format_score(Some(base))),
        _ => String::new(),
    }
}

/// "Radar: * 2025/26   o 2024/25   (rings at …)", wrapped at `width` when
/// it does not fit on one line. Shared with compare's radar.
pub fn radar_legend(marks: &[String], width: usize) -> Vec<String> {
    let label = tr("out-radar-label");
    let rest = format!("{}   {}", marks.join("   "), tr("out-radar-rings"));
    let line = format!("{label}{rest}");
    if crate::text::width(&line) <= width {
        return vec![line];
    }
    wrap_hanging(&rest, &label, "  ", width)
}

/// The width of the ASCII radar in text output (narrower in a narrower layout).
const RADAR_WIDTH: u16 = 72;

impl Summary {
    /// The radar in plain ASCII, `width`×`height`, with a legend (`*` now,
    /// `+` target, `o` baseline) wrapped at `legend_width` columns.
    pub fn ascii_radar(&self, width: u16, height: u16, legend_width: usize) -> Vec<String> {
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
            legend.push(format!("+ {}", tr("out-radar-target")));
        }
        series.push(crate::radar::Series {
            mark: '*',
            values: self.benchmarks.iter().map(|b| b.score).collect(),
        });
        legend.insert(0, format!("* {}", inert_line(&self.year)));
        let mut rows = crate::radar::ascii(&layout, &series);
        rows.extend(radar_legend(&legend, legend_width));
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::golden::{NEW, pack, session};

    #[test]
    fn golden_text() {
        let pack = pack();
        let summary = Summary::build(&pack, &session(&pack, NEW));
        insta::assert_snapshot!("summary_text", summary.to_text(80));
        // A wide terminal shows whole titles; the number columns stay.
        insta::assert_snapshot!("summary_text_132", summary.to_text(132));
    }

    /// The example session in Chinese, loaded as `hkbm summary --lang zh-HK`
    /// loads it, with its actions counted on a fixed day.
    fn summary_zh() -> Summary {
        let pack = crate::store::content::built_in_in(crate::i18n::Lang::ZhHk)
            .unwrap()
            .pack;
        let s = session(&pack, NEW);
        let today = crate::model::date::parse_iso("2026-03-10").unwrap();
        Summary::build(&pack, &s).with_actions(
            &pack,
            &s,
            &crate::model::due::Terms::hong_kong(),
            today,
        )
    }

    #[test]
    fn golden_text_zh() {
        let _zh = crate::i18n::scoped(crate::i18n::Lang::ZhHk);
        let summary = summary_zh();
        insta::assert_snapshot!("summary_text_zh", summary.to_text(80));
        insta::assert_snapshot!("summary_text_zh_132", summary.to_text(132));
        insta::assert_snapshot!("summary_json_zh", summary.to_json());
    }

    #[test]
    fn a_session_made_with_other_content_says_so_in_chinese() {
        let _zh = crate::i18n::scoped(crate::i18n::Lang::ZhHk);
        let mut summary = summary_zh();
        summary.content_version = "1.0.0".into();
        summary.baseline_year = None;
        let t = summary.to_text(80);
        assert!(
            t.contains("\n內容套件：hkbm 2.0.0（紀錄以內容版本1.0.0寫成）\n"),
            "{t}"
        );
    }
}
