//! Everything a user can ask the app to do. Keys map to these (see
//! `keymap`); `update` carries them out.

use serde::{Deserialize, Serialize};

use crate::model::TipStatus;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Move on to the next thing to discuss.
    Next,
    /// Go back to the previous thing.
    Prev,
    /// Select the item above / below.
    Up,
    Down,
    /// Jump to the next / previous step of the benchmark.
    NextStep,
    PrevStep,
    /// Jump to the next / previous benchmark.
    NextBenchmark,
    PrevBenchmark,
    /// Open the selected benchmark (overview).
    Open,
    /// Back to the overview of all ten benchmarks.
    Overview,
    /// Rate the selected criterion with this scale value.
    Rate(u8),
    /// Remove the selected criterion's rating.
    ClearRating,
    /// Set the selected tip's status.
    Status(TipStatus),
    /// Edit the selected item's note (or the selected target field).
    EditNote,
    EditOwner,
    EditDue,
    /// Enter a measured value for the selected criterion.
    EditMeasured,
    /// Enter the school's own interim target for the selected criterion's measure.
    EditMeasureTarget,
    EditSchool,
    EditFacilitator,
    EditParticipants,
    /// Scroll the details (or the reference pane, when open) down / up.
    ScrollDown,
    ScrollUp,
    /// Show the next reference pane (partners, insights, glossary, resources, none).
    Reference,
    Undo,
    Redo,
    /// Save again (after a failed save).
    Save,
    Help,
    Jump,
    /// The radar summary of the session.
    Summary,
    /// Switch the radar and the bar view of the same numbers.
    ToggleBars,
    /// Next way of drawing the radar: Braille, half blocks, ASCII.
    CycleMarker,
    /// The comparison of years (when sessions are being compared).
    CompareView,
    /// Write the leadership reports (Markdown and HTML) beside the session.
    Report,
    /// Start next year's session from this one.
    NextYear,
    /// Presentation mode: big heading, one item at a time.
    Present,
    /// Speak the other language (English / 繁體中文): the screens and the
    /// content pack at once, for a bilingual meeting. A view setting only.
    SwitchLanguage,
    /// Start or pause the meeting timer.
    Timer,
    /// One more / one less minute for the current benchmark on the agenda.
    MoreTime,
    LessTime,
    /// A second has passed (sent by the app loop while the timer runs).
    Tick,
    /// The actions screen: every decided tip, who owns it, what is late.
    Actions,
    /// Actions screen: sort by due date, benchmark or owner (in turn).
    SortActions,
    /// Actions screen: pick an owner to show only theirs.
    PickOwner,
    /// Actions screen: show all, still to do, planned, in progress or done (in turn).
    FilterStatus,
    /// Actions screen: only late actions, or all.
    FilterLate,
    /// Actions screen: only those due in the next 2, 4 or 8 weeks, or all.
    FilterSoon,
    /// Actions screen: list the tips marked "not for us" too, or not.
    FilterNotForUs,
    /// Actions screen: type to search.
    SearchActions,
    /// Actions screen: clear every filter.
    ClearFilters,
    /// Actions screen: open the highlighted tip in the walk.
    OpenTip,
    /// Take the highlighted choice (owner picker).
    Choose,
    /// Close the open overlay.
    Close,
    Quit,
    /// Finish editing and keep the text.
    EditorDone,
    /// Leave the editor without keeping the text.
    EditorCancel,
    /// Take the highlighted search result.
    JumpGo,
    /// Recovery prompt: restore the recovered session / delete the recovery file.
    RecoveryRestore,
    RecoveryDiscard,
}
