//! The app's state: the content, the session, where the team is, and what
//! is open on screen. Plain data: drawing reads it, `update` changes it.

use std::path::PathBuf;

use super::editor::Editor;
use super::jump::{Jump, Reference};
use super::keymap::{Binding, Context, default_keymap};
use super::walk::{Position, Step};
use crate::model::{ContentPack, Session};

/// The main screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The ten benchmarks in their groups.
    Overview,
    /// One benchmark, at the walk position.
    Benchmark,
    /// The radar and table of the session's scores.
    Summary,
    /// Several years side by side.
    Compare,
    /// Every decided tip across the benchmarks: the action tracker.
    Actions,
}

/// How the radar is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RadarMode {
    Braille,
    HalfBlock,
    /// Plain ASCII, for terminals without Unicode (`--ascii`).
    Ascii,
}

impl RadarMode {
    pub fn next(self) -> RadarMode {
        match self {
            RadarMode::Braille => RadarMode::HalfBlock,
            RadarMode::HalfBlock => RadarMode::Ascii,
            RadarMode::Ascii => RadarMode::Braille,
        }
    }

    /// Its name, in the language in use.
    pub fn name(self) -> String {
        crate::i18n::tr(match self {
            RadarMode::Braille => "radar-braille",
            RadarMode::HalfBlock => "radar-half-blocks",
            RadarMode::Ascii => "radar-ascii",
        })
    }
}

/// The meeting timer: time spent per benchmark against the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingTimer {
    pub running: bool,
    /// Seconds spent on each benchmark (while running).
    pub spent: Vec<u64>,
    /// Minutes allotted to each benchmark.
    pub allotted: Vec<u32>,
    /// Seconds of the meeting so far (while running).
    pub meeting: u64,
}

impl MeetingTimer {
    /// `minutes` for each of `n` benchmarks until told otherwise.
    pub fn new(minutes: u32, n: usize) -> MeetingTimer {
        MeetingTimer {
            running: false,
            spent: vec![0; n],
            allotted: vec![minutes; n],
            meeting: 0,
        }
    }

    /// Seconds allotted to the whole meeting.
    pub fn meeting_allotted(&self) -> u64 {
        self.allotted.iter().map(|m| u64::from(*m) * 60).sum()
    }

    /// Whether benchmark `bm` has run over its time.
    pub fn over(&self, bm: usize) -> bool {
        self.spent.get(bm).copied().unwrap_or(0)
            > u64::from(self.allotted.get(bm).copied().unwrap_or(0)) * 60
    }

    pub fn meeting_over(&self) -> bool {
        self.meeting > self.meeting_allotted()
    }
}

/// `mm:ss`, or `h:mm:ss` from an hour.
pub fn clock(secs: u64) -> String {
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{:02}:{:02}", secs / 60, secs % 60)
    }
}

/// A place on screen the mouse can click.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A benchmark's row on the overview (index into the pack).
    Benchmark(usize),
    /// A step's tab (index into `Step::ALL`).
    Step(usize),
    /// An item of the current step's list.
    Item(usize),
    /// A row of the actions screen's list (index into what is shown).
    Action(usize),
}

/// The sections of the compare screen, in tab order.
/// (catalogue keys)
pub const COMPARE_TABS: [&str; 4] = [
    "compare-tab-scores",
    "compare-tab-criteria",
    "compare-tab-plans",
    "compare-tab-notes",
];

/// What is open over the screen, taking the keys.
#[derive(Debug)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Jump(Jump),
    Editor(Box<Editor>),
    /// Choose whose actions to show.
    Owners(super::tracker::OwnerPicker),
    /// A recovery file from a crash was found at start.
    Recovery {
        file: PathBuf,
        session: Box<Session>,
        /// When it was written, against the session file (e.g. a warning
        /// that the file has changed since).
        note: String,
    },
}

/// Says words again in the language in use: a message's, put in words
/// from the catalogue when it was first said.
#[derive(Clone)]
pub struct SayAgain(std::sync::Arc<dyn Fn() -> String + Send + Sync>);

impl SayAgain {
    pub fn new(words: impl Fn() -> String + Send + Sync + 'static) -> SayAgain {
        SayAgain(std::sync::Arc::new(words))
    }

    /// Words that stay as they are in any language (a name, a title as
    /// it was shown).
    pub fn fixed(text: String) -> SayAgain {
        SayAgain::new(move || text.clone())
    }

    /// The words, in the language in use.
    pub fn say(&self) -> String {
        (self.0)()
    }
}

impl std::fmt::Debug for SayAgain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SayAgain(..)")
    }
}

/// A message in the status bar.
#[derive(Clone, Debug)]
pub struct Message {
    pub text: String,
    pub error: bool,
    /// How to say it again after the language key; None for text that
    /// came as it is (from a file, the system).
    pub again: Option<SayAgain>,
}

impl PartialEq for Message {
    fn eq(&self, other: &Message) -> bool {
        self.text == other.text && self.error == other.error
    }
}

impl Eq for Message {}

/// A change that can be undone: the session before it and where it was made.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub session: Session,
    pub pos: Position,
    pub screen: Screen,
    pub what: SayAgain,
}

/// Most undo steps kept.
pub const UNDO_LIMIT: usize = 500;

#[derive(Debug)]
pub struct State {
    pub pack: ContentPack,
    pub session: Session,
    /// The file, as shown in the header.
    pub file_label: String,
    /// Why edits are refused, when the file is open read-only.
    pub read_only: Option<String>,
    /// How to say `read_only` again in another language.
    pub read_only_again: Option<SayAgain>,
    pub screen: Screen,
    /// Where the walk stands.
    pub pos: Position,
    /// Selected benchmark on the overview.
    pub overview_selected: usize,
    /// Scroll of the aim text.
    pub aim_scroll: u16,
    pub reference: Option<Reference>,
    /// Scroll of the details pane, or of the reference pane when it is open.
    pub pane_scroll: u16,
    /// Entry of the reference pane to bring into view (after a jump).
    pub reference_focus: Option<usize>,
    /// The criterion and measure last opened with `m`, so the next `m` on
    /// the same criterion opens its next measure.
    pub last_measure: Option<(String, usize, bool)>,
    pub overlay: Option<Overlay>,
    pub undo: Vec<Snapshot>,
    pub redo: Vec<Snapshot>,
    pub message: Option<Message>,
    /// Today's date, added to the session's sittings on the first change.
    pub today: String,
    /// True while the last save failed: the change is only in memory.
    pub unsaved: bool,
    pub keymap: Vec<Binding>,
    pub quit: bool,
    pub radar: RadarMode,
    /// The theme asked for (`--theme` or the config); NO_COLOR still wins.
    pub theme_name: Option<String>,
    /// Draw with ASCII only (`--ascii`, or a terminal whose locale is not UTF-8).
    pub ascii: bool,
    /// Presentation mode: a big heading and one item at a time.
    pub present: bool,
    /// The meeting timer.
    pub timer: MeetingTimer,
    /// Bars instead of the radar.
    pub bars: bool,
    /// Sessions being compared, oldest first.
    pub comparison: Option<crate::model::compare::Comparison>,
    /// Index into [`COMPARE_TABS`].
    pub compare_tab: usize,
    /// Scroll of the compare screen's lists.
    pub compare_scroll: u16,
    /// The actions screen's sort, filters and highlighted row.
    pub tracker: super::tracker::Tracker,
    /// The school's terms, for reading due dates.
    pub terms: crate::model::due::Terms,
    /// The language of the screens (a view setting, never saved).
    pub lang: crate::i18n::Lang,
    /// The content pack came from `--content DIR`: switching language
    /// keeps it.
    pub own_content: bool,
    /// The rows the overview keeps for a benchmark's sources, with the
    /// width and language they were counted for: counting them wraps every
    /// benchmark's sources, once, not on every frame (see `ui::overview`).
    pub overview_source_rows: std::cell::Cell<Option<(u16, crate::i18n::Lang, usize)>>,
}

impl State {
    pub fn new(
        pack: ContentPack,
        mut session: Session,
        file_label: String,
        today: String,
    ) -> State {
        session.complete_for(&pack);
        let scale: Vec<u8> = pack.framework.scale.iter().map(|l| l.value).collect();
        let n_benchmarks = pack.benchmarks.len();
        State {
            pack,
            session,
            file_label,
            read_only: None,
            read_only_again: None,
            screen: Screen::Overview,
            pos: Position::start(),
            overview_selected: 0,
            aim_scroll: 0,
            reference: None,
            pane_scroll: 0,
            reference_focus: None,
            last_measure: None,
            overlay: None,
            undo: Vec::new(),
            redo: Vec::new(),
            message: None,
            today,
            unsaved: false,
            keymap: default_keymap(&scale),
            quit: false,
            radar: RadarMode::Braille,
            theme_name: None,
            ascii: false,
            present: false,
            timer: MeetingTimer::new(10, n_benchmarks),
            bars: false,
            comparison: None,
            compare_tab: 0,
            compare_scroll: 0,
            tracker: super::tracker::Tracker::default(),
            terms: crate::model::due::Terms::default(),
            lang: crate::i18n::lang(),
            own_content: false,
            overview_source_rows: std::cell::Cell::new(None),
        }
    }

    /// The context that decides what keys mean right now.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Help { .. }) => Context::Help,
            Some(Overlay::Jump(_)) => Context::Jump,
            Some(Overlay::Editor(_)) => Context::Editor,
            Some(Overlay::Recovery { .. }) => Context::Recovery,
            Some(Overlay::Owners(_)) => Context::Owners,
            None => match self.screen {
                Screen::Overview => Context::Overview,
                Screen::Summary => Context::Summary,
                Screen::Compare => Context::Compare,
                Screen::Actions if self.tracker.searching => Context::ActionSearch,
                Screen::Actions => Context::Actions,
                Screen::Benchmark => match self.pos.step {
                    Step::Aim => Context::Aim,
                    Step::Criteria => Context::Criteria,
                    Step::Tips(_) => Context::Tips,
                    Step::Targets => Context::Targets,
                },
            },
        }
    }

    /// Share of walk items with a decision: criteria rated and tips decided.
    pub fn decided_share(&self) -> (usize, usize) {
        let mut decided = 0;
        let mut total = 0;
        for bm in &self.pack.benchmarks {
            let rec = self.session.benchmark(&bm.id);
            for c in &bm.criteria {
                total += 1;
                if rec
                    .and_then(|r| r.criterion(&c.id))
                    .is_some_and(|c| c.rating.is_some())
                {
                    decided += 1;
                }
            }
            for t in bm.all_tips() {
                total += 1;
                if rec
                    .and_then(|r| r.tip(&t.id))
                    .is_some_and(|t| t.status.is_decided())
                {
                    decided += 1;
                }
            }
        }
        (decided, total)
    }

    /// Show `text` as it is (it cannot be said in another language).
    pub fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
            again: None,
        });
    }

    /// Show `text` as an error, as it is.
    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
            again: None,
        });
    }

    /// Show what `words` says, and say it again in the new language when
    /// the language changes.
    pub fn say(&mut self, words: impl Fn() -> String + Send + Sync + 'static) {
        self.message = Some(Message {
            text: words(),
            error: false,
            again: Some(SayAgain::new(words)),
        });
    }

    /// [`State::say`], as an error.
    pub fn say_error(&mut self, words: impl Fn() -> String + Send + Sync + 'static) {
        self.message = Some(Message {
            text: words(),
            error: true,
            again: Some(SayAgain::new(words)),
        });
    }

    /// Why edits are refused, said again in the new language when the
    /// language changes.
    pub fn set_read_only(&mut self, why: impl Fn() -> String + Send + Sync + 'static) {
        self.read_only = Some(why());
        self.read_only_again = Some(SayAgain::new(why));
    }

    /// When the file is read-only, say why (an error) and return true.
    pub fn refuse_read_only(&mut self) -> bool {
        let Some(why) = self.read_only.clone() else {
            return false;
        };
        let again = self.read_only_again.clone();
        self.say_error(move || {
            let why = again.as_ref().map_or_else(|| why.clone(), SayAgain::say);
            crate::tr!("msg-read-only", why = why)
        });
        true
    }

    /// Say the message and the read-only reason again in the language in
    /// use (after the language key); text that came as it is stays.
    pub fn say_again(&mut self) {
        if let Some(m) = &mut self.message
            && let Some(again) = &m.again
        {
            m.text = again.say();
        }
        if let (Some(why), Some(again)) = (&mut self.read_only, &self.read_only_again) {
            *why = again.say();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn a_message_and_the_read_only_reason_are_said_again_in_another_language() {
        let pack = crate::store::content::built_in().unwrap().pack;
        let session = Session::new(&pack, "A", "2025/26");
        let mut s = State::new(pack, session, "a.ron".into(), "2026-01-15".into());
        let _en = scoped(Lang::En);
        s.set_read_only(|| crate::tr!("read-only-asked"));
        assert!(s.refuse_read_only());
        assert_eq!(
            s.message.as_ref().unwrap().text,
            "Read-only: opened with --read-only"
        );
        let _zh = scoped(Lang::ZhHk);
        s.say_again();
        assert_eq!(s.read_only.as_deref(), Some("以 --read-only 打開"));
        assert!(s.message.as_ref().unwrap().text.starts_with("唯讀："));
        assert!(
            s.message
                .as_ref()
                .unwrap()
                .text
                .contains("以 --read-only 打開")
        );
        // Text that came as it is stays as it is.
        s.error("disk full");
        s.say_again();
        assert_eq!(s.message.as_ref().unwrap().text, "disk full");
    }

    #[test]
    fn what_a_change_was_is_said_in_the_language_of_its_undo() {
        let pack = crate::store::content::built_in().unwrap().pack;
        let session = Session::new(&pack, "A", "2025/26");
        let mut s = State::new(pack, session, "a.ron".into(), "2026-01-15".into());
        let _en = scoped(Lang::En);
        let what = SayAgain::new(|| {
            format!(
                "bm1.plan.1: {}",
                crate::i18n::status(crate::model::TipStatus::Done)
            )
        });
        crate::app::change::change(&mut s, what, |session| {
            session.school = "B".into();
            Ok(())
        });
        assert_eq!(s.message.as_ref().unwrap().text, "Saved: bm1.plan.1: done");
        let _zh = scoped(Lang::ZhHk);
        crate::app::change::undo_redo(&mut s, true);
        assert_eq!(
            s.message.as_ref().unwrap().text,
            "已復原：bm1.plan.1: 已完成"
        );
        assert_eq!(s.session.school, "A");
    }
}
