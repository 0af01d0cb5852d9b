//! The walk: the order in which a team discusses a benchmark, and where it
//! stands. "Next" always moves to the next thing to discuss.

use crate::model::ContentPack;
use crate::model::content::Phase;

/// A stop in the walk of one benchmark, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// The aim and why it matters.
    Aim,
    /// Rate the criteria: where are we now?
    Criteria,
    /// The tips of one phase.
    Tips(Phase),
    /// Benchmark notes, interim target % and target year.
    Targets,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Aim,
        Step::Criteria,
        Step::Tips(Phase::Plan),
        Step::Tips(Phase::Implement),
        Step::Tips(Phase::Review),
        Step::Targets,
    ];

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// Its name, in the language in use.
    pub fn title(self) -> String {
        match self {
            Step::Aim => crate::i18n::tr("step-aim"),
            Step::Criteria => crate::i18n::tr("step-criteria"),
            Step::Tips(p) => crate::i18n::phase(p),
            Step::Targets => crate::i18n::tr("step-targets"),
        }
    }
}

/// The three things recorded on the Targets step (catalogue keys).
pub const TARGET_ITEMS: [&str; 3] = ["target-notes", "target-interim", "target-year"];

/// The values of [`TARGET_ITEMS`] in a benchmark's record, as shown (empty
/// when not set).
pub fn target_values(
    rec: Option<&crate::model::BenchmarkRecord>,
) -> [std::borrow::Cow<'_, str>; 3] {
    use std::borrow::Cow;
    [
        // Borrowed: the notes may be long, and this is called per frame.
        rec.map_or(Cow::Borrowed(""), |r| Cow::Borrowed(r.notes.as_str())),
        rec.and_then(|r| r.target_percent)
            .map_or(Cow::Borrowed(""), |t| Cow::Owned(format!("{t} %"))),
        rec.and_then(|r| r.target_year.as_deref())
            .map_or(Cow::Borrowed(""), Cow::Borrowed),
    ]
}

/// Where the team is: which benchmark, which step, which item of the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    /// Index into the pack's benchmarks.
    pub bm: usize,
    pub step: Step,
    pub item: usize,
}

impl Position {
    pub fn start() -> Position {
        Position {
            bm: 0,
            step: Step::Aim,
            item: 0,
        }
    }

    pub fn at(bm: usize, step: Step) -> Position {
        Position { bm, step, item: 0 }
    }
}

/// How many items a step of benchmark `bm` has (at least one, so every step
/// is a place the walk can stand).
pub fn items_in(pack: &ContentPack, bm: usize, step: Step) -> usize {
    let b = &pack.benchmarks[bm];
    let n = match step {
        Step::Aim => 1,
        Step::Criteria => b.criteria.len(),
        Step::Tips(p) => b.tips.of(p).len(),
        Step::Targets => TARGET_ITEMS.len(),
    };
    n.max(1)
}

/// The next thing to discuss after `pos`, or None at the very end of the walk.
pub fn next(pack: &ContentPack, pos: Position) -> Option<Position> {
    if pos.item + 1 < items_in(pack, pos.bm, pos.step) {
        return Some(Position {
            item: pos.item + 1,
            ..pos
        });
    }
    if let Some(step) = Step::ALL.get(pos.step.index() + 1) {
        return Some(Position::at(pos.bm, *step));
    }
    (pos.bm + 1 < pack.benchmarks.len()).then(|| Position::start_of(pos.bm + 1))
}

/// The thing before `pos`, or None at the very start.
pub fn prev(pack: &ContentPack, pos: Position) -> Option<Position> {
    if pos.item > 0 {
        return Some(Position {
            item: pos.item - 1,
            ..pos
        });
    }
    let (bm, step) = match pos.step.index() {
        0 if pos.bm == 0 => return None,
        0 => (pos.bm - 1, Step::Targets),
        i => (pos.bm, Step::ALL[i - 1]),
    };
    Some(Position {
        bm,
        step,
        item: items_in(pack, bm, step) - 1,
    })
}

impl Position {
    pub fn start_of(bm: usize) -> Position {
        Position::at(bm, Step::Aim)
    }
}

/// How many walk items there are in all, and how many come before `pos`.
pub fn progress(pack: &ContentPack, pos: Position) -> (usize, usize) {
    let mut total = 0;
    let mut before = 0;
    for bm in 0..pack.benchmarks.len() {
        for step in Step::ALL {
            let n = items_in(pack, bm, step);
            if (bm, step.index()) < (pos.bm, pos.step.index()) {
                before += n;
            } else if bm == pos.bm && step == pos.step {
                before += pos.item.min(n);
            }
            total += n;
        }
    }
    (before, total)
}
