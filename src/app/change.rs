//! Changing the session: every change refused when read-only, recorded for
//! undo, dated in the sittings and saved at once; the editor's text checked
//! and kept; undo and redo. Shared by the walk and the actions screen.

use super::editor::{Editor, Field};
use super::state::{Overlay, SayAgain, Snapshot, State, UNDO_LIMIT};
use super::update::{Effect, go};
use crate::model::Session;
use crate::text::inert_line;
use crate::tr;

/// Open the editor on `field` (refused when read-only).
pub fn open_editor(state: &mut State, field: Field, title: String) {
    if state.refuse_read_only() {
        return;
    }
    let text = field.read(&state.session);
    state.overlay = Some(Overlay::Editor(Box::new(Editor::new(field, title, &text))));
}

/// Keep the edited text if the field accepts it; otherwise say why in the editor.
pub fn editor_done(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Editor(ed)) = &state.overlay else {
        return Vec::new();
    };
    let field = ed.field.clone();
    let text = ed.text();
    let what = SayAgain::fixed(ed.title.clone());
    // Written straight into the session (a refused text leaves it as it
    // was): a long note is not copied once more to try it first.
    match try_change(state, what, move |s| field.write(s, &text)) {
        Ok(effects) => {
            state.overlay = None;
            effects
        }
        Err(refused) => {
            let e = match refused {
                Refused::Invalid(e) => e,
                Refused::TooLarge(size) => tr!(
                    "msg-text-too-large",
                    size = crate::store::read::mib(size),
                    limit = crate::store::read::MAX_FILE_BYTES / (1024 * 1024)
                ),
            };
            if let Some(Overlay::Editor(ed)) = &mut state.overlay {
                ed.error = Some(e);
            }
            Vec::new()
        }
    }
}

/// The size the session file would have, when that is over what hkbm
/// reads back (so such a change is refused before it is saved).
pub(crate) fn over_the_limit(s: &Session) -> Option<u64> {
    use crate::store::read::MAX_FILE_BYTES;
    // Written out, a byte of text takes at most 10 (an escaped character,
    // `\u{1f600}`), and the layout around a record far less than a
    // kilobyte: below this bound the session need not be written out to
    // know that it fits.
    if s.text_bytes() * 10 + s.record_count() * 1024 < MAX_FILE_BYTES as usize {
        return None;
    }
    let size = crate::store::session::to_ron(s).len() as u64;
    (size > MAX_FILE_BYTES).then_some(size)
}

/// Apply a change to the session: refused when read-only; recorded for undo;
/// today's date added to the sittings; saved at once.
pub fn change(
    state: &mut State,
    what: SayAgain,
    f: impl FnOnce(&mut Session) -> Result<(), String>,
) -> Vec<Effect> {
    try_change(state, what, f).unwrap_or_else(|refused| {
        match refused {
            Refused::Invalid(e) => state.error(e),
            Refused::TooLarge(size) => state.say_error(move || {
                tr!(
                    "msg-change-too-large",
                    size = crate::store::read::mib(size),
                    limit = crate::store::read::MAX_FILE_BYTES / (1024 * 1024)
                )
            }),
        }
        Vec::new()
    })
}

/// Why a change was not made (the session is left as it was).
enum Refused {
    /// The field refused the value, saying why.
    Invalid(String),
    /// The file would grow to this many bytes, over what hkbm reads back.
    TooLarge(u64),
}

/// [`change`], giving back why it was refused instead of saying it.
fn try_change(
    state: &mut State,
    what: SayAgain,
    f: impl FnOnce(&mut Session) -> Result<(), String>,
) -> Result<Vec<Effect>, Refused> {
    if state.refuse_read_only() {
        return Ok(Vec::new());
    }
    let before = state.session.clone();
    if let Err(e) = f(&mut state.session) {
        state.session = before;
        return Err(Refused::Invalid(e));
    }
    if state.session == before {
        return Ok(Vec::new());
    }
    if !state.session.dates.contains(&state.today) {
        state.session.dates.push(state.today.clone());
    }
    // Any change (a rating, a status, today's date) can be the one that
    // takes a file at the edge over the limit.
    if let Some(size) = over_the_limit(&state.session) {
        state.session = before;
        return Err(Refused::TooLarge(size));
    }
    state.undo.push(Snapshot {
        session: before,
        pos: state.pos,
        screen: state.screen,
        what: what.clone(),
    });
    if state.undo.len() > UNDO_LIMIT {
        state.undo.remove(0);
    }
    state.redo.clear();
    state.say(move || tr!("msg-saved", what = inert_line(&what.say()).into_owned()));
    Ok(vec![Effect::Save])
}

/// Undo (or redo) the last change and go back to where it was made.
pub fn undo_redo(state: &mut State, undo: bool) -> Vec<Effect> {
    if state.refuse_read_only() {
        return Vec::new();
    }
    let (from, to) = if undo {
        (&mut state.undo, &mut state.redo)
    } else {
        (&mut state.redo, &mut state.undo)
    };
    let Some(snap) = from.pop() else {
        state.say(move || {
            if undo {
                tr!("msg-nothing-to-undo")
            } else {
                tr!("msg-nothing-to-redo")
            }
        });
        return Vec::new();
    };
    to.push(Snapshot {
        session: std::mem::replace(&mut state.session, snap.session),
        pos: state.pos,
        screen: state.screen,
        what: snap.what.clone(),
    });
    state.screen = snap.screen;
    go(state, snap.pos);
    let what = snap.what;
    state.say(move || {
        let what = inert_line(&what.say()).into_owned();
        if undo {
            tr!("msg-undone", what = what)
        } else {
            tr!("msg-redone", what = what)
        }
    });
    vec![Effect::Save]
}
