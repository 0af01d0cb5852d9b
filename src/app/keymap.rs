//! The one keymap: it decides what a key does, and the help overlay and the
//! status-bar hints are generated from it, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::model::TipStatus;

/// Where the user is, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere outside overlays.
    Anywhere,
    Overview,
    Aim,
    Criteria,
    Tips,
    Targets,
    Summary,
    Compare,
    Actions,
    /// Typing into the actions screen's search.
    ActionSearch,
    /// Choosing whose actions to show.
    Owners,
    Editor,
    Jump,
    Help,
    Recovery,
}

impl Context {
    /// Its heading in the help, in the language in use.
    pub fn title(self) -> String {
        crate::i18n::tr(match self {
            Context::Anywhere => "context-anywhere",
            Context::Overview => "context-overview",
            Context::Aim => "context-aim",
            Context::Criteria => "context-criteria",
            Context::Tips => "context-tips",
            Context::Targets => "context-targets",
            Context::Summary => "context-summary",
            Context::Compare => "context-compare",
            Context::Actions => "context-actions",
            Context::ActionSearch => "context-action-search",
            Context::Owners => "context-owners",
            Context::Editor => "context-editor",
            Context::Jump => "context-jump",
            Context::Help => "context-help",
            Context::Recovery => "context-recovery",
        })
    }
}

/// A key, as the terminal reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

impl Key {
    pub fn from_event(e: &KeyEvent) -> Key {
        Key {
            code: e.code,
            ctrl: e.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    /// How the key is written in help and hints.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Backspace => "Backspace".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift-Tab".to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::Delete => "Del".to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.ctrl => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
            _ => "?".to_string(),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// One line of the keymap.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: Vec<Key>,
    pub action: Action,
    pub contexts: &'static [Context],
    /// What it does, in the users' words: a catalogue key.
    pub help: &'static str,
    /// Short label for the status bar (only the few keys that matter
    /// most): a catalogue key.
    pub hint: Option<&'static str>,
}

use Context::*;

const WALK: &[Context] = &[Aim, Criteria, Tips, Targets];
const MAIN: &[Context] = &[Anywhere];
const CHARTS: &[Context] = &[Summary, Compare];
/// Where a tip's status, owner, due and note are edited: the walk and the actions screen.
const TIPS: &[Context] = &[Tips, Actions];

fn b(
    keys: &[Key],
    action: Action,
    contexts: &'static [Context],
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        keys: keys.to_vec(),
        action,
        contexts,
        help,
        hint,
    }
}

/// The built-in keymap.
/// The built-in keymap; the rating keys are the digits of the rating
/// scale's values (0–4 on the built-in scale).
pub fn default_keymap(scale: &[u8]) -> Vec<Binding> {
    let mut map = vec![
        // Overlays first: they take every key.
        b(
            &[code(KeyCode::Esc)],
            Action::EditorDone,
            &[Editor],
            "key-keep-the-text-and-close",
            Some("hint-keep"),
        ),
        b(
            &[ctrl('s')],
            Action::EditorDone,
            &[Editor],
            "key-keep-the-text-and-close",
            None,
        ),
        b(
            &[ctrl('c')],
            Action::EditorCancel,
            &[Editor],
            "key-close-without-keeping-the-text",
            Some("hint-discard"),
        ),
        b(
            &[code(KeyCode::Enter)],
            Action::JumpGo,
            &[Jump],
            "key-go-to-the-highlighted-result",
            Some("hint-go"),
        ),
        b(
            &[code(KeyCode::Up)],
            Action::Up,
            &[Jump, Help],
            "key-previous-result-scroll-up",
            None,
        ),
        b(
            &[code(KeyCode::Down)],
            Action::Down,
            &[Jump, Help],
            "key-next-result-scroll-down",
            None,
        ),
        b(
            &[code(KeyCode::Esc)],
            Action::Close,
            &[Jump],
            "key-close-the-search",
            Some("hint-close"),
        ),
        b(
            &[code(KeyCode::Esc), k('?'), k('q')],
            Action::Close,
            &[Help],
            "key-close-the-help",
            Some("hint-close"),
        ),
        b(
            &[k('r')],
            Action::RecoveryRestore,
            &[Recovery],
            "key-restore-the-recovered-changes",
            Some("hint-restore"),
        ),
        b(
            &[k('d')],
            Action::RecoveryDiscard,
            &[Recovery],
            "key-delete-the-recovery-file",
            Some("hint-delete"),
        ),
        b(
            &[code(KeyCode::Esc)],
            Action::Close,
            &[Recovery],
            "key-decide-later-keep-the-recovery-file",
            Some("hint-later"),
        ),
        b(
            &[code(KeyCode::Enter)],
            Action::Choose,
            &[Owners],
            "key-show-the-chosen-persons-actions",
            Some("hint-choose"),
        ),
        b(
            &[code(KeyCode::Up), k('k')],
            Action::Up,
            &[Owners],
            "key-previous-name",
            None,
        ),
        b(
            &[code(KeyCode::Down), k('j')],
            Action::Down,
            &[Owners],
            "key-next-name",
            None,
        ),
        b(
            &[code(KeyCode::Esc)],
            Action::Close,
            &[Owners],
            "key-close-without-choosing",
            Some("hint-close"),
        ),
        b(
            &[code(KeyCode::Enter), code(KeyCode::Esc)],
            Action::Close,
            &[ActionSearch],
            "key-stop-typing-the-search-stays-f",
            Some("hint-done"),
        ),
        b(
            &[code(KeyCode::Up)],
            Action::Up,
            &[ActionSearch],
            "key-select-the-action-above",
            None,
        ),
        b(
            &[code(KeyCode::Down)],
            Action::Down,
            &[ActionSearch],
            "key-select-the-action-below",
            None,
        ),
        // Actions (between meetings).
        b(
            &[code(KeyCode::Up), k('k')],
            Action::Up,
            &[Actions],
            "key-select-the-action-above",
            None,
        ),
        b(
            &[code(KeyCode::Down), k('j')],
            Action::Down,
            &[Actions],
            "key-select-the-action-below",
            None,
        ),
        b(
            &[code(KeyCode::Enter)],
            Action::OpenTip,
            &[Actions],
            "key-open-the-tip-in-the-walk",
            Some("hint-to-walk"),
        ),
        b(
            &[k('l')],
            Action::FilterLate,
            &[Actions],
            "key-only-late-actions-all",
            None,
        ),
        b(
            &[k('w')],
            Action::PickOwner,
            &[Actions],
            "key-whose-show-one-persons-actions",
            None,
        ),
        b(
            &[k('/')],
            Action::SearchActions,
            &[Actions],
            "key-search-the-actions-tip-owner-due",
            Some("hint-search"),
        ),
        b(
            &[k('s')],
            Action::SortActions,
            &[Actions],
            "key-sort-by-due-date-benchmark-or",
            None,
        ),
        b(
            &[k('f')],
            Action::FilterStatus,
            &[Actions],
            "key-show-all-still-to-do-planned",
            None,
        ),
        b(
            &[k('W')],
            Action::FilterSoon,
            &[Actions],
            "key-only-those-due-in-the-next",
            None,
        ),
        b(
            &[k('x')],
            Action::FilterNotForUs,
            &[Actions],
            "key-list-the-tips-marked-not-for",
            None,
        ),
        b(
            &[k('F')],
            Action::ClearFilters,
            &[Actions],
            "key-clear-every-filter-and-the-search",
            None,
        ),
        b(
            &[k('g'), code(KeyCode::Esc)],
            Action::Overview,
            &[Actions],
            "key-overview-of-all-ten-benchmarks",
            None,
        ),
        // Overview.
        b(
            &[code(KeyCode::Up), k('k')],
            Action::Up,
            &[Overview],
            "key-select-the-benchmark-above",
            None,
        ),
        b(
            &[code(KeyCode::Down), k('j')],
            Action::Down,
            &[Overview],
            "key-select-the-benchmark-below",
            None,
        ),
        b(
            &[code(KeyCode::Enter)],
            Action::Open,
            &[Overview],
            "key-open-the-selected-benchmark",
            Some("hint-open"),
        ),
        b(
            &[k('n')],
            Action::Next,
            &[Overview],
            "key-continue-the-walk-where-it-stands",
            Some("hint-continue-walk"),
        ),
        b(
            &[k('s')],
            Action::EditSchool,
            &[Overview],
            "key-edit-the-school-name",
            None,
        ),
        b(
            &[k('f')],
            Action::EditFacilitator,
            &[Overview],
            "key-edit-the-facilitator",
            None,
        ),
        b(
            &[k('a')],
            Action::EditParticipants,
            &[Overview],
            "key-edit-the-participants",
            None,
        ),
        b(
            &[k('N')],
            Action::NextYear,
            &[Overview, Summary],
            "key-start-next-years-session-from-this",
            None,
        ),
        b(
            &[k('R')],
            Action::Report,
            &[Overview, Summary],
            "key-write-reports-for-the-leadership-team",
            None,
        ),
        // Summary and compare.
        b(
            &[k('b')],
            Action::ToggleBars,
            CHARTS,
            "key-bars-or-radar",
            Some("hint-bars-radar"),
        ),
        b(
            &[k('M')],
            Action::CycleMarker,
            CHARTS,
            "key-radar-drawing-braille-half-blocks-ascii",
            None,
        ),
        b(
            &[code(KeyCode::Enter), k('g'), code(KeyCode::Esc)],
            Action::Overview,
            &[Summary],
            "key-overview-of-all-ten-benchmarks",
            Some("hint-overview"),
        ),
        b(
            &[code(KeyCode::Tab), code(KeyCode::Right)],
            Action::NextStep,
            &[Compare],
            "key-next-section-scores-criteria-plans-notes",
            Some("hint-section"),
        ),
        b(
            &[code(KeyCode::BackTab), code(KeyCode::Left)],
            Action::PrevStep,
            &[Compare],
            "key-previous-section",
            None,
        ),
        b(
            &[code(KeyCode::Up), k('k')],
            Action::Up,
            &[Compare],
            "key-scroll-up",
            None,
        ),
        b(
            &[code(KeyCode::Down), k('j')],
            Action::Down,
            &[Compare],
            "key-scroll-down",
            None,
        ),
        b(
            &[k(']'), code(KeyCode::PageDown)],
            Action::NextBenchmark,
            &[Compare],
            "key-notes-next-benchmark",
            None,
        ),
        b(
            &[k('['), code(KeyCode::PageUp)],
            Action::PrevBenchmark,
            &[Compare],
            "key-notes-previous-benchmark",
            None,
        ),
        b(
            &[k('g'), code(KeyCode::Esc)],
            Action::Overview,
            &[Compare],
            "key-overview-of-the-latest-year",
            None,
        ),
        // The walk.
        b(
            &[code(KeyCode::Enter), k('n')],
            Action::Next,
            WALK,
            "key-next-thing-to-discuss",
            Some("hint-next"),
        ),
        b(
            &[k('p'), code(KeyCode::Backspace)],
            Action::Prev,
            WALK,
            "key-back-to-the-previous-thing",
            None,
        ),
        b(
            &[code(KeyCode::Up), k('k')],
            Action::Up,
            WALK,
            "key-select-the-item-above",
            None,
        ),
        b(
            &[code(KeyCode::Down), k('j')],
            Action::Down,
            WALK,
            "key-select-the-item-below",
            None,
        ),
        b(
            &[code(KeyCode::Tab), code(KeyCode::Right)],
            Action::NextStep,
            WALK,
            "key-next-step-aim-criteria-plan-implement",
            None,
        ),
        b(
            &[code(KeyCode::BackTab), code(KeyCode::Left)],
            Action::PrevStep,
            WALK,
            "key-previous-step",
            None,
        ),
        b(
            &[k(']'), code(KeyCode::PageDown)],
            Action::NextBenchmark,
            WALK,
            "key-next-benchmark",
            None,
        ),
        b(
            &[k('['), code(KeyCode::PageUp)],
            Action::PrevBenchmark,
            WALK,
            "key-previous-benchmark",
            None,
        ),
        b(
            &[k('g'), code(KeyCode::Esc)],
            Action::Overview,
            WALK,
            "key-overview-of-all-ten-benchmarks",
            None,
        ),
        b(
            &[k('r')],
            Action::Reference,
            WALK,
            "key-reference-partners-insights-glossary-resources",
            Some("hint-reference"),
        ),
        b(
            &[k('J'), ctrl('d')],
            Action::ScrollDown,
            WALK,
            "key-scroll-the-details-or-the-reference",
            None,
        ),
        b(
            &[k('K'), ctrl('u')],
            Action::ScrollUp,
            WALK,
            "key-scroll-the-details-or-the-reference-2",
            None,
        ),
        // Criteria.
        b(
            &[k('x'), code(KeyCode::Delete)],
            Action::ClearRating,
            &[Criteria],
            "key-remove-the-rating",
            None,
        ),
        b(
            &[k('e')],
            Action::EditNote,
            &[Criteria],
            "key-evidence-note",
            Some("hint-note"),
        ),
        b(
            &[k('m')],
            Action::EditMeasured,
            &[Criteria],
            "key-measured-value-when-the-criterion-has",
            None,
        ),
        b(
            &[k('t')],
            Action::EditMeasureTarget,
            &[Criteria],
            "key-our-own-interim-target-for-the",
            None,
        ),
        // Tips.
        b(
            &[k('0')],
            Action::Status(TipStatus::NotDiscussed),
            TIPS,
            "key-status-not-discussed",
            None,
        ),
        b(
            &[k('1')],
            Action::Status(TipStatus::Planned),
            TIPS,
            "key-status-planned",
            Some("hint-planned-0-4-status"),
        ),
        b(
            &[k('2')],
            Action::Status(TipStatus::InProgress),
            TIPS,
            "key-status-in-progress",
            None,
        ),
        b(
            &[k('3')],
            Action::Status(TipStatus::Done),
            TIPS,
            "key-status-done",
            None,
        ),
        b(
            &[k('4')],
            Action::Status(TipStatus::NotForUs),
            TIPS,
            "key-status-not-for-us",
            None,
        ),
        b(
            &[k('o')],
            Action::EditOwner,
            TIPS,
            "key-owner",
            Some("hint-owner"),
        ),
        b(
            &[k('d')],
            Action::EditDue,
            TIPS,
            "key-due-a-date-a-month-or",
            Some("hint-due"),
        ),
        b(
            &[k('e')],
            Action::EditNote,
            TIPS,
            "key-note",
            Some("hint-note"),
        ),
        // Targets.
        b(
            &[k('e')],
            Action::EditNote,
            &[Targets],
            "key-edit-the-selected-field",
            Some("hint-edit"),
        ),
        // Anywhere.
        b(
            &[k('P')],
            Action::Present,
            MAIN,
            "key-presentation-mode-big-heading-one-item",
            None,
        ),
        b(
            &[k('T')],
            Action::Timer,
            MAIN,
            "key-start-or-pause-the-meeting-timer",
            None,
        ),
        b(
            &[k('+')],
            Action::MoreTime,
            MAIN,
            "key-one-more-minute-for-this-benchmark",
            None,
        ),
        b(
            &[k('-')],
            Action::LessTime,
            MAIN,
            "key-one-minute-less-for-this-benchmark",
            None,
        ),
        b(
            &[k('c')],
            Action::CompareView,
            MAIN,
            "key-compare-years-when-opened-with-hkbm",
            None,
        ),
        b(
            &[k('/'), ctrl('p')],
            Action::Jump,
            MAIN,
            "key-jump-search-benchmarks-criteria-tips-partners",
            Some("hint-jump"),
        ),
        b(
            &[k('u')],
            Action::Undo,
            MAIN,
            "key-undo-the-last-change",
            Some("hint-undo"),
        ),
        b(&[ctrl('r')], Action::Redo, MAIN, "key-redo", None),
        b(
            &[ctrl('s')],
            Action::Save,
            MAIN,
            "key-save-now-everything-is-saved-as",
            None,
        ),
        b(
            &[k('?')],
            Action::Help,
            MAIN,
            "key-help-every-key",
            Some("hint-help"),
        ),
        b(
            &[k('q'), ctrl('c')],
            Action::Quit,
            MAIN,
            "key-quit-everything-is-already-saved",
            Some("hint-quit"),
        ),
        b(
            &[k('A')],
            Action::Actions,
            MAIN,
            "key-actions-every-decided-tip-who-owns",
            Some("hint-actions"),
        ),
        b(
            &[k('v')],
            Action::Summary,
            MAIN,
            "key-radar-summary-of-this-session",
            Some("hint-radar"),
        ),
        b(
            &[k('L')],
            Action::SwitchLanguage,
            MAIN,
            "key-switch-language-english-screens-and-content",
            Some("hint-language"),
        ),
    ];
    // Rating keys come from the scale's values (those 0–9 can be typed).
    let rating_keys: Vec<Key> = scale
        .iter()
        .filter(|v| **v <= 9)
        .map(|v| k(char::from(b'0' + v)))
        .collect();
    map.insert(
        map.iter()
            .position(|b| b.action == Action::ClearRating)
            .unwrap_or(0),
        b(
            &rating_keys,
            Action::Rate(0),
            &[Criteria],
            "key-rate-the-selected-criterion-a-value",
            Some("hint-rate"),
        ),
    );
    map
}

/// Ctrl-C: whatever a configuration says, it leaves (an edit, without
/// keeping it; anything else, the app).
pub const ALWAYS_QUITS: Key = ctrl('c');

/// Actions that may get other keys but never none: without them there is
/// no way out of the app, of an editor or overlay, or to the list of keys.
pub const ESSENTIAL: &[Action] = &[
    Action::Quit,
    Action::Help,
    Action::EditorDone,
    Action::EditorCancel,
    Action::Close,
];

/// The keys a configuration may give `action`: Ctrl-C is kept for leaving.
/// With the keys refused, a note for each refusal.
pub fn allowed_keys(action: Action, keys: Vec<Key>) -> (Vec<Key>, Vec<String>) {
    let mut notes = Vec::new();
    let leaves = matches!(action, Action::Quit | Action::EditorCancel);
    let keys: Vec<Key> = keys
        .into_iter()
        .filter(|k| {
            let refused = *k == ALWAYS_QUITS && !leaves;
            if refused {
                notes.push(crate::i18n::tr("keys-ctrl-c-always-quits"));
            }
            !refused
        })
        .collect();
    if keys.is_empty() && ESSENTIAL.contains(&action) {
        notes.push(crate::i18n::tr("keys-needs-a-key"));
    }
    (keys, notes)
}

/// Add to `keys` for `action` the keys that [`lookup`] gives it whatever
/// the keymap says (Ctrl-C to leave, Esc to close), if missing.
pub fn add_fixed_keys(action: Action, keys: &mut Vec<Key>) {
    let fixed = match action {
        Action::Quit | Action::EditorCancel => ALWAYS_QUITS,
        Action::EditorDone | Action::Close => code(KeyCode::Esc),
        _ => return,
    };
    if !keys.contains(&fixed) {
        keys.push(fixed);
    }
}

/// What `key` does in `context` (context bindings win over "anywhere" ones).
/// Ctrl-C always leaves and Esc always closes an editor, the search or the
/// help, whatever the keymap says.
pub fn lookup(map: &[Binding], context: Context, key: &KeyEvent) -> Option<Action> {
    let pressed = Key::from_event(key);
    if pressed == ALWAYS_QUITS {
        return Some(if context == Editor {
            Action::EditorCancel
        } else {
            Action::Quit
        });
    }
    if pressed == code(KeyCode::Esc) {
        match context {
            Editor => return Some(Action::EditorDone),
            Jump | Help => return Some(Action::Close),
            _ => {}
        }
    }
    let matches = |b: &&Binding| b.keys.contains(&pressed);
    let overlay = matches!(
        context,
        Editor | Jump | Help | Recovery | Owners | ActionSearch
    );
    let found = map
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .find(matches)
        .or_else(|| {
            if overlay {
                None
            } else {
                map.iter()
                    .filter(|b| b.contexts.contains(&Anywhere))
                    .find(matches)
            }
        })?;
    // The rating binding stands for all its digit keys.
    match (found.action, pressed.code) {
        (Action::Rate(_), KeyCode::Char(c)) => c.to_digit(10).map(|d| Action::Rate(d as u8)),
        (a, _) => Some(a),
    }
}

/// The first key of the first binding for `action`, for text that names a key.
pub fn first_key(map: &[Binding], action: Action) -> String {
    map.iter()
        .find(|b| b.action == action)
        .and_then(|b| b.keys.first())
        .map_or_else(|| "?".to_string(), Key::label)
}

/// The first key for `action` where the user is (`context`), else anywhere.
pub fn key_in(map: &[Binding], context: Context, action: Action) -> String {
    bindings_for(map, context)
        .find(|b| b.action == action)
        .and_then(|b| b.keys.first())
        .map_or_else(|| first_key(map, action), Key::label)
}

/// The bindings that apply in `context`, for help and hints.
pub fn bindings_for(map: &[Binding], context: Context) -> impl Iterator<Item = &Binding> {
    map.iter().filter(move |b| b.contexts.contains(&context))
}

/// "Enter, n" — every key of a binding, for display.
pub fn keys_label(b: &Binding) -> String {
    if let Action::Rate(_) = b.action {
        let first = b.keys.first().map(Key::label).unwrap_or_default();
        let last = b.keys.last().map(Key::label).unwrap_or_default();
        return if b.keys.len() > 2 {
            format!("{first}–{last}")
        } else {
            b.keys.iter().map(Key::label).collect::<Vec<_>>().join(", ")
        };
    }
    b.keys.iter().map(Key::label).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn the_same_key_means_what_the_context_says() {
        let map = default_keymap(&[0, 1, 2, 3, 4]);
        let three = key(KeyCode::Char('3'));
        assert_eq!(lookup(&map, Criteria, &three), Some(Action::Rate(3)));
        assert_eq!(
            lookup(&map, Tips, &three),
            Some(Action::Status(TipStatus::Done))
        );
        let enter = key(KeyCode::Enter);
        assert_eq!(lookup(&map, Overview, &enter), Some(Action::Open));
        assert_eq!(lookup(&map, Tips, &enter), Some(Action::Next));
        assert_eq!(
            lookup(&map, Tips, &key(KeyCode::Char('u'))),
            Some(Action::Undo)
        );
        // Overlays do not fall through to the main keys.
        assert_eq!(lookup(&map, Editor, &key(KeyCode::Char('q'))), None);
    }

    #[test]
    fn no_key_means_two_things_in_one_context() {
        let map = default_keymap(&[0, 1, 2, 3, 4]);
        for ctx in [
            Anywhere,
            Overview,
            Aim,
            Criteria,
            Tips,
            Targets,
            Summary,
            Compare,
            Actions,
            ActionSearch,
            Owners,
            Editor,
            Jump,
            Help,
            Recovery,
        ] {
            let mut seen = Vec::new();
            for b in bindings_for(&map, ctx) {
                for k in &b.keys {
                    assert!(!seen.contains(k), "{ctx:?}: {} bound twice", k.label());
                    seen.push(*k);
                }
            }
        }
    }
}
