//! Jump: fuzzy search over everything a team may want to go to.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::walk::{Position, Step};
use crate::model::content::{OURS_MARK, Phase, mark};
use crate::model::{ContentPack, Session};

/// The reference panes shown beside the walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    Partners,
    Insights,
    Glossary,
    Resources,
}

impl Reference {
    /// Its heading, in the language in use.
    pub fn title(self) -> String {
        crate::i18n::tr(match self {
            Reference::Partners => "reference-partners",
            Reference::Insights => "reference-insights",
            Reference::Glossary => "reference-glossary",
            Reference::Resources => "reference-resources",
        })
    }

    /// The pane after this one (`None` closes the panes).
    pub fn next(current: Option<Reference>) -> Option<Reference> {
        match current {
            None => Some(Reference::Partners),
            Some(Reference::Partners) => Some(Reference::Insights),
            Some(Reference::Insights) => Some(Reference::Glossary),
            Some(Reference::Glossary) => Some(Reference::Resources),
            Some(Reference::Resources) => None,
        }
    }
}

/// Something the search can find.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// What kind of thing it is: "benchmark", "criterion", "tip", "partner"…
    pub kind: &'static str,
    /// The text searched and shown.
    pub text: String,
    pub pos: Position,
    pub reference: Option<Reference>,
    /// Which entry of the reference pane it is.
    pub reference_item: Option<usize>,
}

/// The jump overlay's state.
#[derive(Debug, Clone, Default)]
pub struct Jump {
    pub query: String,
    /// Indices into `targets` with their scores, best first.
    pub hits: Vec<usize>,
    pub targets: Vec<Target>,
    pub selected: usize,
}

/// Longest text kept per target (a long note stays findable by its later words).
const MAX_TEXT: usize = 4000;

fn clip(s: &str) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    one_line.chars().take(MAX_TEXT).collect()
}

impl Jump {
    /// Build the list of targets for a pack and a session.
    pub fn new(pack: &ContentPack, session: &Session) -> Jump {
        let mut t = Vec::new();
        for (i, bm) in pack.benchmarks.iter().enumerate() {
            let at = |step, item| Position { bm: i, step, item };
            t.push(Target {
                kind: "benchmark",
                text: if bm.criteria_authorship() == crate::model::Authorship::Official {
                    format!("{} {}", bm.number, bm.title)
                } else {
                    format!("{} {}{OURS_MARK}", bm.number, bm.title)
                },
                pos: at(Step::Aim, 0),
                reference: None,
                reference_item: None,
            });
            for (k, c) in bm.criteria.iter().enumerate() {
                t.push(Target {
                    kind: "criterion",
                    text: clip(&format!("{} {}{}", c.id, mark(c), c.text)),
                    pos: at(Step::Criteria, k),
                    reference: None,
                    reference_item: None,
                });
            }
            for phase in Phase::ALL {
                for (k, tip) in bm.tips.of(phase).iter().enumerate() {
                    t.push(Target {
                        kind: "tip",
                        text: clip(&format!("{} {}{}", tip.id, mark(tip), tip.text)),
                        pos: at(Step::Tips(phase), k),
                        reference: None,
                        reference_item: None,
                    });
                }
            }
            let refs = [
                (
                    Reference::Partners,
                    "partner",
                    bm.partners
                        .iter()
                        .map(|p| format!("{}{}: {}", mark(p), p.name, p.role))
                        .collect::<Vec<_>>(),
                ),
                (
                    Reference::Insights,
                    "insight",
                    bm.insights
                        .iter()
                        .map(|i| format!("{}{}", mark(i), i.text))
                        .collect(),
                ),
                (
                    Reference::Glossary,
                    "glossary",
                    bm.glossary
                        .iter()
                        .map(|g| format!("{}{}: {}", mark(g), g.term, g.definition))
                        .collect(),
                ),
                (
                    Reference::Resources,
                    "resource",
                    bm.resources
                        .iter()
                        .map(|r| format!("{}{}: {}", mark(r), r.name, r.note))
                        .collect(),
                ),
            ];
            for (pane, kind, texts) in refs {
                for (k, text) in texts.into_iter().enumerate() {
                    t.push(Target {
                        kind,
                        text: clip(&crate::tr!("jump-in-bm", n = bm.number, text = text)),
                        pos: at(Step::Aim, 0),
                        reference: Some(pane),
                        reference_item: Some(k),
                    });
                }
            }
            // The session's own words.
            if let Some(rec) = session.benchmark(&bm.id) {
                if !rec.notes.is_empty() {
                    t.push(Target {
                        kind: "note",
                        text: clip(&crate::tr!(
                            "jump-bm-notes",
                            n = bm.number,
                            notes = rec.notes.as_str()
                        )),
                        pos: at(Step::Targets, 0),
                        reference: None,
                        reference_item: None,
                    });
                }
                for (k, c) in bm.criteria.iter().enumerate() {
                    if let Some(cr) = rec.criterion(&c.id).filter(|cr| !cr.note.is_empty()) {
                        t.push(Target {
                            kind: "note",
                            text: clip(&format!("{}: {}", c.id, cr.note)),
                            pos: at(Step::Criteria, k),
                            reference: None,
                            reference_item: None,
                        });
                    }
                }
                for phase in Phase::ALL {
                    for (k, tip) in bm.tips.of(phase).iter().enumerate() {
                        if let Some(tr) = rec.tip(&tip.id)
                            && !(tr.note.is_empty() && tr.owner.is_empty())
                        {
                            t.push(Target {
                                kind: "note",
                                text: clip(&format!("{}: {} {}", tip.id, tr.owner, tr.note)),
                                pos: at(Step::Tips(phase), k),
                                reference: None,
                                reference_item: None,
                            });
                        }
                    }
                }
            }
        }
        let mut j = Jump {
            targets: t,
            ..Jump::default()
        };
        j.search();
        j
    }

    /// Re-rank the targets for the current query.
    pub fn search(&mut self) {
        self.selected = 0;
        let q = self.query.trim();
        if q.is_empty() {
            // Without a query: the benchmarks, in order.
            self.hits = (0..self.targets.len())
                .filter(|&i| self.targets[i].kind == "benchmark")
                .collect();
            return;
        }
        let matcher = SkimMatcherV2::default().ignore_case();
        let mut scored: Vec<(i64, usize)> = self
            .targets
            .iter()
            .enumerate()
            .filter_map(|(i, t)| matcher.fuzzy_match(&t.text, q).map(|s| (s, i)))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        self.hits = scored.into_iter().take(200).map(|(_, i)| i).collect();
    }

    pub fn selected_target(&self) -> Option<&Target> {
        self.hits.get(self.selected).map(|&i| &self.targets[i])
    }
}
