//! The content pack: the framework (groups, rating scale) and the ten
//! benchmarks with their criteria, tips, partners, insights and glossary.
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
    /// True when the text is the team's own draft rather than from the source.
    #[serde(default)]
    pub draft: bool,
    /// The one-sentence aim ("what good looks like").
    pub aim: String,
    pub criteria: Vec<Criterion>,
    /// "Why this matters", one paragraph per entry.
    #[serde(default)]
    pub why: Vec<String>,
    pub tips: Tips,
    #[serde(default)]
    pub partners: Vec<Partner>,
    /// Insights gained from the pilot schools.
    #[serde(default)]
    pub insights: Vec<String>,
    #[serde(default)]
    pub glossary: Vec<Term>,
    /// Online tools and resources (benchmark 9).
    #[serde(default)]
    pub resources: Vec<Resource>,
    /// Works cited by the source text.
    #[serde(default)]
    pub references: Vec<String>,
}

/// A criterion of "what good looks like", rated in a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable id, `bm4.c1`.
    pub id: String,
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
    /// What is counted, e.g. "career team members with initial training".
    pub what: String,
    /// The criterion is met at or above this value.
    pub at_least: f64,
    /// Unit of the value: `%`, `per year`, `per student per year`…
    pub unit: String,
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
    pub text: String,
}

/// Someone to work with, and what to do with them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub name: String,
    pub role: String,
}

/// A glossary entry from the footnotes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: String,
    pub definition: String,
}

/// An online tool or resource.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: String,
}

/// The three phases of the loop, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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

impl Measure {
    /// True when `value` meets the threshold.
    pub fn is_met(&self, value: f64) -> bool {
        value >= self.at_least
    }

    /// "career team members with initial training: at least 50 %".
    pub fn describe(&self) -> String {
        let n = format_number(self.at_least);
        if self.unit == "%" {
            format!("{}: at least {n} %", self.what)
        } else {
            format!("{}: at least {n} {}", self.what, self.unit)
        }
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
