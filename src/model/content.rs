//! The content pack: the framework (groups, rating scale) and the ten
//! benchmarks with their criteria, tips, partners, insights and glossary.
//! Every item names where it comes from (`from`): a source declared by its
//! benchmark (an official HKBM page) or [`OURS`], the hkbm team's draft.
//!
//! Plain data, loaded from RON. Ids of criteria and tips are stable across
//! releases because sessions from different years are compared by id.

use serde::{Deserialize, Serialize};

/// The whole pack: framework plus benchmarks in number order.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentPack {
    pub framework: Framework,
    pub benchmarks: Vec<Benchmark>,
}

/// `framework.ron`: what the pack is, its groups and its rating scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Pack id, recorded in every session made against it (e.g. `hkbm`).
    pub id: String,
    pub name: String,
    /// Pack version, recorded in sessions; compared across years.
    pub version: String,
    /// Where the text comes from, shown on the about screen and in reports.
    #[serde(default)]
    pub source: String,
    pub groups: Vec<Group>,
    /// Rating levels, lowest first.
    pub scale: Vec<Level>,
}

/// One of the three groups (Core, Student Focused, Enabling Environment).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub name: String,
    /// Benchmark numbers in this group, in order.
    pub benchmarks: Vec<u8>,
}

/// One level of the rating scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The value stored in sessions and typed as a key (0, 1, 2…).
    pub value: u8,
    pub label: String,
    pub descriptor: String,
    /// What this level is worth towards the benchmark score, 0–100.
    pub score: u8,
}

/// The `from` of an item written by the hkbm team: a draft a school may replace.
pub const OURS: &str = "ours";

/// Marks an item of ours wherever it is shown (`*` when drawing in ASCII).
pub const OURS_MARK: &str = "†";

/// What [`OURS_MARK`] means, said beside every list that uses it.
pub const OURS_LEGEND: &str =
    "† written by the hkbm team: a draft a school may replace, not HKBM text";

/// The mark for an item: [`OURS_MARK`] for ours, nothing for official text.
pub fn mark(item: &impl Sourced) -> &'static str {
    if item.is_ours() { OURS_MARK } else { "" }
}

/// `bmNN.ron`: one benchmark.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    pub number: u8,
    /// `bm1` … `bm10`.
    pub id: String,
    pub title: String,
    /// Radar axis label, at most 12 columns wide.
    pub short: String,
    /// Id of the group it belongs to.
    pub group: String,
    /// Where the items come from; each item names one by key in `from`
    /// (or [`OURS`]).
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The one-sentence aim ("what good looks like").
    pub aim: Text,
    pub criteria: Vec<Criterion>,
    /// "Why this matters", one paragraph per entry.
    #[serde(default)]
    pub why: Vec<Text>,
    pub tips: Tips,
    #[serde(default)]
    pub partners: Vec<Partner>,
    /// Insights gained from the pilot schools.
    #[serde(default)]
    pub insights: Vec<Text>,
    #[serde(default)]
    pub glossary: Vec<Term>,
    /// Online tools and resources (benchmark 9).
    #[serde(default)]
    pub resources: Vec<Resource>,
    /// Works cited by the source text.
    #[serde(default)]
    pub references: Vec<String>,
    /// Ids that were released once and no longer hold (their meaning changed
    /// or they were replaced): never reused, kept with their old text so that
    /// sessions rated against them keep their history.
    #[serde(default)]
    pub retired: Vec<Retired>,
}

/// A source of a benchmark's text, named by items through its `key`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Local to the benchmark file: `seed`, `web-en`, `web-zh`.
    pub key: String,
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// A paragraph and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub from: String,
    pub text: String,
}

/// An id no longer in use, with the text it had.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retired {
    pub id: String,
    /// The item's text when it was last in the pack, verbatim.
    pub text: String,
    /// Why it was retired, e.g. "Replaced by the official criteria in 2.0.0."
    pub reason: String,
}

/// A criterion of "what good looks like", rated in a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable id, `bm4.c1`.
    pub id: String,
    pub from: String,
    pub text: String,
    /// Measurable thresholds stated by the criterion, kept as data.
    #[serde(default)]
    pub measures: Vec<Measure>,
}

/// A measurable threshold, e.g. "at least 50 % of the career team trained".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Short id, unique within the criterion (`trained`); sessions key measured values by it.
    pub id: String,
    /// [`OURS`] makes it a suggestion, not an HKBM requirement.
    pub from: String,
    /// What sort of number a school enters for it.
    pub kind: MeasureKind,
    /// What is counted, e.g. "career team members with initial training".
    pub what: String,
    /// The threshold, in the kind's unit (a count, or a %).
    pub at_least: f64,
}

/// What a measure counts, which fixes the unit of its numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum MeasureKind {
    /// A count per period, for the school (or per person): "at least once a year".
    Count { per: String },
    /// A share of a group, in %: "at least half of the career team".
    Share { of: String },
    /// A per-student threshold: each student of the group reaches `each`
    /// (by `by`); the school enters the % of the group who did.
    PerStudent {
        of: String,
        each: u32,
        #[serde(default)]
        by: Option<String>,
    },
}

/// Top tips for schools, in the three phases of the loop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tips {
    pub plan: Vec<Tip>,
    pub implement: Vec<Tip>,
    pub review: Vec<Tip>,
}

/// One tip; a session records a decision on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    /// Stable id, `bm4.plan.3`.
    pub id: String,
    pub from: String,
    pub text: String,
}

/// Someone to work with, and what to do with them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub from: String,
    pub name: String,
    pub role: String,
}

/// A glossary entry from the footnotes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub from: String,
    pub term: String,
    pub definition: String,
}

/// An online tool or resource.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub from: String,
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: String,
}

/// The three phases of the loop, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Plan,
    Implement,
    Review,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::Plan, Phase::Implement, Phase::Review];

    /// The word used in tip ids (`bm4.plan.3`).
    pub fn key(self) -> &'static str {
        match self {
            Phase::Plan => "plan",
            Phase::Implement => "implement",
            Phase::Review => "review",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Phase::Plan => "Plan",
            Phase::Implement => "Implement",
            Phase::Review => "Review",
        }
    }
}

impl Tips {
    /// The tips of one phase.
    pub fn of(&self, phase: Phase) -> &[Tip] {
        match phase {
            Phase::Plan => &self.plan,
            Phase::Implement => &self.implement,
            Phase::Review => &self.review,
        }
    }
}

impl Benchmark {
    /// Every tip, plan then implement then review, with its phase.
    pub fn all_tips(&self) -> impl Iterator<Item = &Tip> {
        Phase::ALL.into_iter().flat_map(|p| self.tips.of(p))
    }

    /// Every tip with its phase.
    pub fn tips_with_phase(&self) -> impl Iterator<Item = (Phase, &Tip)> {
        Phase::ALL
            .into_iter()
            .flat_map(move |p| self.tips.of(p).iter().map(move |t| (p, t)))
    }

    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }
}

impl ContentPack {
    pub fn benchmark(&self, id: &str) -> Option<&Benchmark> {
        self.benchmarks.iter().find(|b| b.id == id)
    }

    /// The scale level with this value.
    pub fn level(&self, value: u8) -> Option<&Level> {
        self.framework.scale.iter().find(|l| l.value == value)
    }

    /// The name of the group with this id.
    pub fn group_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.framework
            .groups
            .iter()
            .find(|g| g.id == id)
            .map_or(id, |g| g.name.as_str())
    }
}

/// An item that names where it comes from.
pub trait Sourced {
    fn from(&self) -> &str;

    /// True for the hkbm team's own draft.
    fn is_ours(&self) -> bool {
        self.from() == OURS
    }
}

macro_rules! sourced {
    ($($t:ty),*) => {$(
        impl Sourced for $t {
            fn from(&self) -> &str {
                &self.from
            }
        }
    )*};
}
sourced!(Text, Criterion, Measure, Tip, Partner, Term, Resource);

/// Who wrote the items of one section of a benchmark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authorship {
    /// Every item is from an official source.
    Official,
    /// Every item is the hkbm team's draft.
    Ours,
    /// Some of each.
    Mixed,
    /// The section is empty.
    Empty,
}

impl Authorship {
    /// Of the items `from` values.
    pub fn of<'a>(froms: impl IntoIterator<Item = &'a str>) -> Authorship {
        let (mut ours, mut official) = (0, 0);
        for f in froms {
            if f == OURS {
                ours += 1;
            } else {
                official += 1;
            }
        }
        match (official, ours) {
            (0, 0) => Authorship::Empty,
            (_, 0) => Authorship::Official,
            (0, _) => Authorship::Ours,
            _ => Authorship::Mixed,
        }
    }
}

impl Benchmark {
    /// The source with this key.
    pub fn source(&self, key: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.key == key)
    }

    /// Who wrote the criteria.
    pub fn criteria_authorship(&self) -> Authorship {
        Authorship::of(self.criteria.iter().map(|c| c.from.as_str()))
    }

    /// Who wrote the tips.
    pub fn tips_authorship(&self) -> Authorship {
        Authorship::of(self.all_tips().map(|t| t.from.as_str()))
    }

    /// True when any item of the benchmark is the hkbm team's own.
    pub fn has_ours(&self) -> bool {
        self.aim.is_ours()
            || self
                .criteria
                .iter()
                .any(|c| c.is_ours() || c.measures.iter().any(Sourced::is_ours))
            || self.why.iter().any(Sourced::is_ours)
            || self.all_tips().any(Sourced::is_ours)
            || self.partners.iter().any(Sourced::is_ours)
            || self.insights.iter().any(Sourced::is_ours)
            || self.glossary.iter().any(Sourced::is_ours)
            || self.resources.iter().any(Sourced::is_ours)
    }

    /// Where the benchmark's text comes from, in one line:
    /// "criteria: official (Official HKBM page…) · tips, partners: hkbm drafts".
    pub fn provenance(&self) -> String {
        self.provenance_with(true)
    }

    /// [`Benchmark::provenance`] without naming the sources, for narrow tables.
    pub fn provenance_short(&self) -> String {
        self.provenance_with(false)
    }

    fn provenance_with(&self, name_sources: bool) -> String {
        let sections: [(&str, Authorship); 6] = [
            ("aim", Authorship::of([self.aim.from.as_str()])),
            ("criteria", self.criteria_authorship()),
            (
                "why",
                Authorship::of(self.why.iter().map(|t| t.from.as_str())),
            ),
            ("tips", self.tips_authorship()),
            (
                "partners",
                Authorship::of(self.partners.iter().map(|p| p.from.as_str())),
            ),
            (
                "insights",
                Authorship::of(self.insights.iter().map(|t| t.from.as_str())),
            ),
        ];
        let mut groups: Vec<(Authorship, Vec<&str>)> = Vec::new();
        for (name, a) in sections {
            if a == Authorship::Empty {
                continue;
            }
            match groups.iter_mut().find(|(g, _)| *g == a) {
                Some((_, names)) => names.push(name),
                None => groups.push((a, vec![name])),
            }
        }
        let sources: Vec<&str> = self.sources.iter().map(|s| s.name.as_str()).collect();
        let official = if sources.is_empty() || !name_sources {
            "official".to_string()
        } else {
            format!("official ({})", sources.join("; "))
        };
        groups
            .iter()
            .map(|(a, names)| {
                let what = match a {
                    Authorship::Official => official.as_str(),
                    Authorship::Ours => "hkbm drafts",
                    _ => "partly official, partly hkbm drafts",
                };
                format!("{}: {what}", names.join(", "))
            })
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// The retired entry of `id`, if the pack lists one.
    pub fn retired(&self, id: &str) -> Option<&Retired> {
        self.retired.iter().find(|r| r.id == id)
    }
}

impl MeasureKind {
    /// True when numbers of this kind are percentages.
    pub fn is_percent(&self) -> bool {
        !matches!(self, MeasureKind::Count { .. })
    }

    /// A number of this kind with its unit: `50 %`, `1 per year`.
    pub fn with_unit(&self, x: f64) -> String {
        match self {
            MeasureKind::Count { per } => format!("{} per {per}", format_number(x)),
            _ => format!("{} %", format_number(x)),
        }
    }

    /// The words of the unit for an input prompt: `per year`, `% of students`.
    pub fn unit_words(&self) -> String {
        match self {
            MeasureKind::Count { per } => format!("number per {per}"),
            MeasureKind::Share { of } | MeasureKind::PerStudent { of, .. } => format!("% of {of}"),
        }
    }
}

impl Measure {
    /// True when `value` (in the kind's unit) reaches `threshold`.
    pub fn reaches(value: f64, threshold: f64) -> bool {
        value >= threshold
    }

    /// True when the measure is the hkbm team's suggestion, not an HKBM requirement.
    pub fn is_suggestion(&self) -> bool {
        self.is_ours()
    }

    /// The threshold in words, with its unit:
    /// "at least 50 % of career team members: have had initial training",
    /// "at least 1 per year: CPD activities",
    /// "at least 90 % of senior-form students with at least 2 workplace experiences".
    pub fn describe_threshold(&self, threshold: f64) -> String {
        let n = format_number(threshold);
        match &self.kind {
            MeasureKind::Count { per } => format!("at least {n} per {per}: {}", self.what),
            MeasureKind::Share { of } => format!("at least {n} % of {of}: {}", self.what),
            MeasureKind::PerStudent { of, each, by } => {
                let by = by.as_ref().map(|b| format!(" by {b}")).unwrap_or_default();
                format!(
                    "at least {n} % of {of} with at least {each}{by}: {}",
                    self.what
                )
            }
        }
    }

    /// The measure as the pack states it; a suggestion says so.
    pub fn describe(&self) -> String {
        let t = self.describe_threshold(self.at_least);
        if self.is_suggestion() {
            format!("suggested: {t}")
        } else {
            t
        }
    }
}

/// What a measured value means against a measure and the school's own target.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureVerdict {
    /// Against the HKBM threshold; None for a suggestion or with no value.
    pub official: Option<bool>,
    /// Against the school's own target, when it set one and entered a value.
    pub own: Option<bool>,
}

impl Measure {
    /// Met / not met for a value: against HKBM only when HKBM states the
    /// threshold, and against the school's own target when it set one.
    pub fn verdict(&self, value: Option<f64>, target: Option<f64>) -> MeasureVerdict {
        MeasureVerdict {
            official: value
                .filter(|_| !self.is_suggestion())
                .map(|v| Measure::reaches(v, self.at_least)),
            own: value.zip(target).map(|(v, t)| Measure::reaches(v, t)),
        }
    }

    /// One line on a value: "74 % — HKBM at least 100 %: NOT met · our target 80 %: not yet".
    pub fn status(&self, value: Option<f64>, target: Option<f64>) -> String {
        let v = self.verdict(value, target);
        let mut parts = Vec::new();
        match value {
            Some(x) => parts.push(format!("measured {}", self.kind.with_unit(x))),
            None => parts.push("not measured".to_string()),
        }
        match v.official {
            Some(true) => parts.push("met".into()),
            Some(false) => parts.push("NOT met".into()),
            None => {}
        }
        if let Some(t) = target {
            let mark = match v.own {
                Some(true) => ", reached",
                Some(false) => ", not yet",
                None => "",
            };
            parts.push(format!("our target {}{mark}", self.kind.with_unit(t)));
        }
        parts.join(" · ")
    }
}

/// A number without a needless `.0`.
pub fn format_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(from: &str, kind: MeasureKind, at_least: f64) -> Measure {
        Measure {
            id: "m".into(),
            from: from.into(),
            kind,
            what: "what is counted".into(),
            at_least,
        }
    }

    #[test]
    fn every_threshold_says_its_unit() {
        let count = measure("seed", MeasureKind::Count { per: "year".into() }, 1.0);
        assert_eq!(count.describe(), "at least 1 per year: what is counted");
        let share = measure(
            "seed",
            MeasureKind::Share {
                of: "career team members".into(),
            },
            50.0,
        );
        assert_eq!(
            share.describe(),
            "at least 50 % of career team members: what is counted"
        );
        let per = measure(
            "web-en",
            MeasureKind::PerStudent {
                of: "senior-form students".into(),
                each: 2,
                by: None,
            },
            90.0,
        );
        assert_eq!(
            per.describe(),
            "at least 90 % of senior-form students with at least 2: what is counted"
        );
        let by = measure(
            "seed",
            MeasureKind::PerStudent {
                of: "students".into(),
                each: 1,
                by: Some("the end of S3".into()),
            },
            100.0,
        );
        assert!(by.describe().contains("with at least 1 by the end of S3"));
        assert_eq!(share.status(Some(40.0), None), "measured 40 % · NOT met");
        assert_eq!(count.status(Some(2.0), None), "measured 2 per year · met");
    }

    #[test]
    fn a_suggestion_is_never_not_met_but_a_schools_own_target_counts() {
        let ours = measure(OURS, MeasureKind::Count { per: "year".into() }, 2.0);
        assert!(
            ours.describe()
                .starts_with("suggested: at least 2 per year")
        );
        let v = ours.verdict(Some(0.0), None);
        assert_eq!(v.official, None);
        assert!(!ours.status(Some(0.0), None).contains("NOT met"));
        // Adopted as the school's own target: judged against that.
        assert_eq!(ours.verdict(Some(1.0), Some(1.0)).own, Some(true));
        assert_eq!(
            ours.status(Some(1.0), Some(3.0)),
            "measured 1 per year · our target 3 per year, not yet"
        );
        // An HKBM threshold and an interim target, both shown.
        let hkbm = measure(
            "seed",
            MeasureKind::PerStudent {
                of: "students".into(),
                each: 1,
                by: Some("the end of S3".into()),
            },
            100.0,
        );
        assert_eq!(
            hkbm.status(Some(74.0), Some(80.0)),
            "measured 74 % · NOT met · our target 80 %, not yet"
        );
        assert_eq!(
            hkbm.status(None, Some(80.0)),
            "not measured · our target 80 %"
        );
    }

    #[test]
    fn provenance_says_which_sections_are_official_and_which_ours() {
        let text = r#"Benchmark(
            number: 1, id: "bm1", title: "T", short: "S", group: "core",
            sources: [Source(key: "web-en", name: "Official page", url: None)],
            aim: Text(from: "web-en", text: "aim"),
            criteria: [Criterion(id: "bm1.c7", from: "web-en", text: "c")],
            why: [Text(from: "web-en", text: "w"), Text(from: "ours", text: "w2")],
            tips: Tips(
                plan: [Tip(id: "bm1.plan.1", from: "ours", text: "p")],
                implement: [Tip(id: "bm1.implement.1", from: "ours", text: "i")],
                review: [Tip(id: "bm1.review.1", from: "ours", text: "r")],
            ),
            partners: [Partner(from: "ours", name: "n", role: "r")],
        )"#;
        let bm: Benchmark = ron::from_str(text).unwrap();
        assert_eq!(
            bm.provenance(),
            "aim, criteria: official (Official page) · why: partly official, partly hkbm drafts · tips, partners: hkbm drafts"
        );
        assert_eq!(bm.criteria_authorship(), Authorship::Official);
        assert_eq!(bm.tips_authorship(), Authorship::Ours);
        assert!(bm.has_ours());
        assert_eq!(mark(&bm.criteria[0]), "");
        assert_eq!(mark(&bm.tips.plan[0]), OURS_MARK);
    }
}
