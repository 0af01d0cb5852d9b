//! The action tracker: every decided tip across the benchmarks, with its
//! owner, due date and whether it is late; filtered and sorted for the mid-
//! year check-in and for "what's mine".

use super::content::{ContentPack, Phase};
use super::date::Date;
use super::due::{self, Due, Terms};
use super::session::{Session, TipStatus, parse_academic_year};

/// One decided tip.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionItem {
    /// Index of the benchmark in the pack.
    pub bm: usize,
    pub bm_number: u8,
    pub bm_id: String,
    pub phase: Phase,
    /// Index of the tip in its phase.
    pub item: usize,
    pub tip_id: String,
    pub text: String,
    pub status: TipStatus,
    pub owner: String,
    /// The due as written in the session.
    pub due_text: String,
    pub due: Due,
    pub note: String,
}

impl ActionItem {
    /// Still to do (planned or in progress).
    pub fn open(&self) -> bool {
        matches!(self.status, TipStatus::Planned | TipStatus::InProgress)
    }

    /// Still to do and its due date is before `today`.
    pub fn late(&self, today: Date) -> bool {
        self.open() && self.due.date().is_some_and(|d| d < today)
    }

    /// Days past its due date, when late.
    pub fn days_late(&self, today: Date) -> Option<i64> {
        let d = self.due.date()?;
        self.late(today).then(|| today.days() - d.days())
    }

    /// Still to do and due from today to `weeks` weeks ahead.
    pub fn due_within(&self, today: Date, weeks: u32) -> bool {
        self.open()
            && self
                .due
                .date()
                .is_some_and(|d| d >= today && d <= today.plus_days(7 * i64::from(weeks)))
    }

    /// The people named as owners ("Ms Wong, Mr Chan" is two).
    pub fn owners(&self) -> Vec<&str> {
        split_owners(&self.owner)
    }
}

/// How late, in words: "3 days", "5 weeks".
pub fn late_by(days: i64) -> String {
    match days {
        1 => "1 day".into(),
        d if d < 14 => format!("{d} days"),
        d => format!("{} weeks", d / 7),
    }
}

/// Names in an owner field, split at commas, slashes, `&`, `;`, `、` and " and ".
pub fn split_owners(owner: &str) -> Vec<&str> {
    owner
        .split([',', '/', '&', ';', '、', '，'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Every decided tip (planned, in progress, done, not for us) in pack order.
pub fn collect(pack: &ContentPack, session: &Session, terms: &Terms) -> Vec<ActionItem> {
    let year_start = parse_academic_year(&session.year);
    let mut out = Vec::new();
    for (i, bm) in pack.benchmarks.iter().enumerate() {
        let Some(rec) = session.benchmark(&bm.id) else {
            continue;
        };
        for phase in Phase::ALL {
            for (item, tip) in bm.tips.of(phase).iter().enumerate() {
                let Some(r) = rec.tip(&tip.id) else { continue };
                if !r.status.is_decided() {
                    continue;
                }
                out.push(ActionItem {
                    bm: i,
                    bm_number: bm.number,
                    bm_id: bm.id.clone(),
                    phase,
                    item,
                    tip_id: tip.id.clone(),
                    text: tip.text.clone(),
                    status: r.status,
                    owner: r.owner.clone(),
                    due_text: r.due.clone(),
                    due: due::read(&r.due, year_start, terms),
                    note: r.note.clone(),
                });
            }
        }
    }
    out
}

/// Which statuses to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Planned, in progress and done.
    #[default]
    All,
    /// Planned and in progress.
    Open,
    Only(TipStatus),
}

impl StatusFilter {
    /// The order the actions screen steps through.
    pub const CYCLE: [StatusFilter; 5] = [
        StatusFilter::All,
        StatusFilter::Open,
        StatusFilter::Only(TipStatus::Planned),
        StatusFilter::Only(TipStatus::InProgress),
        StatusFilter::Only(TipStatus::Done),
    ];

    pub fn next(self) -> StatusFilter {
        let i = Self::CYCLE.iter().position(|s| *s == self).unwrap_or(0);
        Self::CYCLE[(i + 1) % Self::CYCLE.len()]
    }

    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::All => "all",
            StatusFilter::Open => "still to do",
            StatusFilter::Only(s) => s.label(),
        }
    }

    fn admits(self, s: TipStatus) -> bool {
        match self {
            StatusFilter::All => true,
            StatusFilter::Open => matches!(s, TipStatus::Planned | TipStatus::InProgress),
            StatusFilter::Only(only) => s == only,
        }
    }
}

/// The order of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// What is still to do first (so the late ones lead), then what is
    /// done; each by date, with free-text dues and then no due at the end.
    #[default]
    Due,
    Benchmark,
    Owner,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::Due => Sort::Benchmark,
            Sort::Benchmark => Sort::Owner,
            Sort::Owner => Sort::Due,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Due => "due date",
            Sort::Benchmark => "benchmark",
            Sort::Owner => "owner",
        }
    }
}

/// What to show.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Only actions with an owner whose name contains this as a word (any case).
    pub owner: Option<String>,
    pub status: StatusFilter,
    /// Also the tips marked "not for us".
    pub not_for_us: bool,
    /// Only late actions.
    pub late: bool,
    /// Only actions due in the next so many weeks.
    pub within_weeks: Option<u32>,
    /// Only actions whose tip, id, owner, due or note contains this (any case).
    pub search: String,
}

impl Filter {
    pub fn admits(&self, a: &ActionItem, today: Date) -> bool {
        let status_ok = if a.status == TipStatus::NotForUs {
            (self.not_for_us && self.status == StatusFilter::All)
                || self.status == StatusFilter::Only(TipStatus::NotForUs)
        } else {
            self.status.admits(a.status)
        };
        status_ok
            && self.owner.as_deref().is_none_or(|o| owner_matches(a, o))
            && (!self.late || a.late(today))
            && self.within_weeks.is_none_or(|w| a.due_within(today, w))
            && (self.search.trim().is_empty() || search_matches(a, &self.search))
    }

    /// True when nothing is filtered out but "not for us".
    pub fn is_empty(&self) -> bool {
        self.owner.is_none()
            && self.status == StatusFilter::All
            && !self.late
            && self.within_weeks.is_none()
            && self.search.trim().is_empty()
    }
}

fn owner_matches(a: &ActionItem, wanted: &str) -> bool {
    let wanted = wanted.trim().to_lowercase();
    if wanted.is_empty() {
        return a.owner.trim().is_empty();
    }
    a.owners()
        .iter()
        .any(|o| contains_word(&o.to_lowercase(), &wanted))
}

/// `hay` contains `needle` not as part of a longer Latin word: "wong" is
/// in "ms wong", "chan" is not in "mr chang"; Chinese names, written
/// without spaces, match anywhere.
fn contains_word(hay: &str, needle: &str) -> bool {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    hay.match_indices(needle).any(|(at, _)| {
        !latin(hay[..at].chars().next_back()) && !latin(hay[at + needle.len()..].chars().next())
    })
}

fn search_matches(a: &ActionItem, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    [&a.text, &a.tip_id, &a.owner, &a.due_text, &a.note]
        .iter()
        .any(|f| f.to_lowercase().contains(&q))
        || a.status.label().contains(&q)
}

/// Indices into `items` of those `filter` admits, in `sort` order.
pub fn select(items: &[ActionItem], filter: &Filter, sort: Sort, today: Date) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..items.len())
        .filter(|&i| filter.admits(&items[i], today))
        .collect();
    let pack_order = |a: &ActionItem| (a.bm, a.phase, a.item);
    // Still to do before done; dated first by date, then free text, then
    // nothing written.
    let due_key = |a: &ActionItem| {
        let (kind, date) = match &a.due {
            Due::Date { date, .. } => (0, *date),
            Due::Unread => (1, Date::from_days(0)),
            Due::None => (2, Date::from_days(0)),
        };
        (!a.open(), kind, date)
    };
    let owner_key = |a: &ActionItem| {
        let o = a.owner.trim().to_lowercase();
        (o.is_empty(), o)
    };
    match sort {
        Sort::Due => idx.sort_by_key(|&i| (due_key(&items[i]), pack_order(&items[i]))),
        Sort::Benchmark => idx.sort_by_key(|&i| pack_order(&items[i])),
        Sort::Owner => idx.sort_by_key(|&i| {
            (
                owner_key(&items[i]),
                due_key(&items[i]),
                pack_order(&items[i]),
            )
        }),
    }
    idx
}

/// Everyone named as an owner, in alphabetical order, each once.
pub fn owners(items: &[ActionItem]) -> Vec<String> {
    let mut all: Vec<String> = items
        .iter()
        .flat_map(|a| a.owners())
        .map(str::to_string)
        .collect();
    all.sort_by_key(|o| o.to_lowercase());
    all.dedup_by(|a, b| a.to_lowercase() == b.to_lowercase());
    all
}

/// One benchmark's actions by state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Progress {
    pub done: usize,
    pub in_progress: usize,
    pub planned: usize,
    /// Planned or in progress and past their due date (also counted above).
    pub late: usize,
}

impl Progress {
    /// Count one decided tip; `late` is asked only of one still to do.
    fn count(&mut self, status: TipStatus, late: impl FnOnce() -> bool) {
        match status {
            TipStatus::Done => self.done += 1,
            TipStatus::InProgress => self.in_progress += 1,
            TipStatus::Planned => self.planned += 1,
            _ => return,
        }
        if status != TipStatus::Done && late() {
            self.late += 1;
        }
    }
}

/// Progress of each benchmark of the pack, in pack order.
pub fn progress(items: &[ActionItem], n_benchmarks: usize, today: Date) -> Vec<Progress> {
    let mut out = vec![Progress::default(); n_benchmarks];
    for a in items {
        if let Some(p) = out.get_mut(a.bm) {
            p.count(a.status, || a.late(today));
        }
    }
    out
}

/// The same as [`progress`] of [`collect`], straight from the session:
/// nothing copied and a due date read only for what is still to do (the
/// overview and summary screens draw it every frame).
pub fn progress_of(
    pack: &ContentPack,
    session: &Session,
    terms: &Terms,
    today: Date,
) -> Vec<Progress> {
    let year_start = parse_academic_year(&session.year);
    pack.benchmarks
        .iter()
        .map(|bm| {
            let mut p = Progress::default();
            if let Some(rec) = session.benchmark(&bm.id) {
                for tip in bm.all_tips() {
                    if let Some(r) = rec.tip(&tip.id) {
                        p.count(r.status, || {
                            due::read(&r.due, year_start, terms)
                                .date()
                                .is_some_and(|d| d < today)
                        });
                    }
                }
            }
            p
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::parse_iso;
    use crate::store::content::built_in;

    fn setup() -> (ContentPack, Session) {
        let pack = built_in().unwrap().pack;
        let mut s = Session::new(&pack, "A", "2025/26");
        let mut set = |id: &str, status, owner: &str, due: &str| {
            let t = s
                .benchmarks
                .iter_mut()
                .flat_map(|b| b.tips.iter_mut())
                .find(|t| t.id == id)
                .unwrap();
            t.status = status;
            t.owner = owner.into();
            t.due = due.into();
        };
        set("bm4.plan.1", TipStatus::Planned, "Ms Wong", "Term 1");
        set(
            "bm2.plan.1",
            TipStatus::InProgress,
            "Mr Chan, Ms Wong",
            "2026-06-30",
        );
        set("bm1.review.1", TipStatus::Done, "Ms Wong", "2025-12-01");
        set("bm6.plan.2", TipStatus::Planned, "", "Summer");
        set("bm9.plan.1", TipStatus::NotForUs, "", "");
        set("bm3.plan.1", TipStatus::Planned, "Mr Chang", "");
        (pack, s)
    }

    fn today() -> Date {
        parse_iso("2026-03-10").unwrap()
    }

    #[test]
    fn decided_tips_are_collected_with_their_dates() {
        let (pack, s) = setup();
        let items = collect(&pack, &s, &Terms::hong_kong());
        let ids: Vec<_> = items.iter().map(|a| a.tip_id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "bm1.review.1",
                "bm2.plan.1",
                "bm3.plan.1",
                "bm4.plan.1",
                "bm6.plan.2",
                "bm9.plan.1"
            ]
        );
        let late: Vec<_> = items
            .iter()
            .filter(|a| a.late(today()))
            .map(|a| a.tip_id.as_str())
            .collect();
        // Done is never late, however old its date; free text never is.
        assert_eq!(late, ["bm4.plan.1"]);
        assert_eq!(items[3].days_late(today()), Some(38));
    }

    #[test]
    fn filters_combine_and_sorting_puts_dates_first() {
        let (pack, s) = setup();
        let items = collect(&pack, &s, &Terms::hong_kong());
        let ids = |f: &Filter, sort| -> Vec<String> {
            select(&items, f, sort, today())
                .into_iter()
                .map(|i| items[i].tip_id.clone())
                .collect()
        };
        let all = Filter::default();
        assert_eq!(
            ids(&all, Sort::Due),
            [
                "bm4.plan.1",
                "bm2.plan.1",
                "bm6.plan.2",
                "bm3.plan.1",
                "bm1.review.1"
            ],
            "to do first, late leading; done last"
        );
        let mine = Filter {
            owner: Some("wong".into()),
            ..Filter::default()
        };
        assert_eq!(
            ids(&mine, Sort::Benchmark),
            ["bm1.review.1", "bm2.plan.1", "bm4.plan.1"]
        );
        // "Chan" is Mr Chan, not Mr Chang.
        let chan = Filter {
            owner: Some("chan".into()),
            status: StatusFilter::Open,
            ..Filter::default()
        };
        assert_eq!(ids(&chan, Sort::Owner), ["bm2.plan.1"]);
        let nobody = Filter {
            owner: Some(String::new()),
            ..Filter::default()
        };
        assert_eq!(ids(&nobody, Sort::Due), ["bm6.plan.2"]);
        let late = Filter {
            late: true,
            ..Filter::default()
        };
        assert_eq!(ids(&late, Sort::Due), ["bm4.plan.1"]);
        let soon = Filter {
            within_weeks: Some(20),
            ..Filter::default()
        };
        assert_eq!(ids(&soon, Sort::Due), ["bm2.plan.1"]);
        let nfu = Filter {
            not_for_us: true,
            ..Filter::default()
        };
        assert!(ids(&nfu, Sort::Due).contains(&"bm9.plan.1".to_string()));
        let search = Filter {
            search: "SUMMER".into(),
            ..Filter::default()
        };
        assert_eq!(ids(&search, Sort::Due), ["bm6.plan.2"]);
        let by_owner = ids(&all, Sort::Owner);
        assert_eq!(by_owner.first().unwrap(), "bm2.plan.1", "Mr Chan, … first");
        assert_eq!(by_owner.last().unwrap(), "bm6.plan.2", "no owner last");
    }

    #[test]
    fn owners_are_listed_once_each_and_progress_counts_per_benchmark() {
        let (pack, s) = setup();
        let items = collect(&pack, &s, &Terms::hong_kong());
        assert_eq!(owners(&items), ["Mr Chan", "Mr Chang", "Ms Wong"]);
        assert_eq!(
            split_owners("陳老師、李老師 and Ms Ho"),
            ["陳老師", "李老師", "Ms Ho"]
        );
        let p = progress(&items, pack.benchmarks.len(), today());
        assert_eq!(
            p[3],
            Progress {
                planned: 1,
                late: 1,
                ..Progress::default()
            }
        );
        assert_eq!(p[0].done, 1);
        assert_eq!(p[1].in_progress, 1);
        assert_eq!(p[8], Progress::default(), "not for us is not counted");
    }

    #[test]
    fn progress_straight_from_the_session_is_progress_of_the_action_list() {
        let pack = built_in().unwrap().pack;
        let terms = Terms::default();
        let (mut late, mut done) = (0, 0);
        for i in 0..40 {
            let s = crate::sample::session(&pack, i, 3, 2025);
            for today in ["2025-09-01", "2026-01-15", "2026-06-30", "2027-12-31"] {
                let today = parse_iso(today).unwrap();
                let items = collect(&pack, &s, &terms);
                let of = progress_of(&pack, &s, &terms, today);
                late += of.iter().map(|p| p.late).sum::<usize>();
                done += of.iter().map(|p| p.done).sum::<usize>();
                assert_eq!(
                    of,
                    progress(&items, pack.benchmarks.len(), today),
                    "session {i} on {today:?}"
                );
            }
        }
        assert!(
            late > 0 && done > 0,
            "the samples have late and done actions"
        );
    }
}
