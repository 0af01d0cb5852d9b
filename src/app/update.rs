//! `update`: carry out one action on the state and say what the outside
//! world must do about it (save, delete a file, quit). No drawing, no I/O.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::editor::{Editor, Field};
use super::jump::{Jump, Reference};
use super::keymap::{Context, lookup};
use super::state::{Overlay, Screen, Snapshot, State, UNDO_LIMIT};
use super::walk::{self, Position, Step, items_in};
use crate::model::Session;
use crate::text::inert_line;

/// What the app asks the outside world to do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the session to its file now.
    Save,
    /// Remove a recovery file (restored or declined).
    DeleteRecovery(PathBuf),
    Quit,
}

/// A key pressed: find its action in the keymap, or give it to the open
/// editor or search box.
pub fn handle_key(state: &mut State, key: KeyEvent) -> Vec<Effect> {
    let context = state.context();
    if let Some(action) = lookup(&state.keymap, context, &key) {
        return update(state, action);
    }
    match &mut state.overlay {
        Some(Overlay::Editor(ed)) => {
            if key.code == KeyCode::Enter && ed.field.single_line() {
                return update(state, Action::EditorDone);
            }
            ed.error = None;
            ed.textarea.input(key);
        }
        Some(Overlay::Jump(j)) => {
            let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
            match key.code {
                KeyCode::Char(c) if !ctrl => {
                    j.query.push(c);
                    j.search();
                }
                KeyCode::Backspace => {
                    j.query.pop();
                    j.search();
                }
                _ => {}
            }
        }
        _ => {
            if context != Context::Help && context != Context::Recovery {
                state.message = None;
            }
        }
    }
    Vec::new()
}

/// Text pasted into the terminal (bracketed paste).
pub fn handle_paste(state: &mut State, text: &str) -> Vec<Effect> {
    match &mut state.overlay {
        Some(Overlay::Editor(ed)) => ed.paste(text),
        Some(Overlay::Jump(j)) => {
            j.query.push_str(&text.replace(['\r', '\n'], " "));
            j.search();
        }
        _ => {}
    }
    Vec::new()
}

/// If a text is being edited, keep it (used before quitting on a hang-up).
pub fn commit_pending(state: &mut State) -> Vec<Effect> {
    if matches!(state.overlay, Some(Overlay::Editor(_))) {
        update(state, Action::EditorDone)
    } else {
        Vec::new()
    }
}

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Next => next(state),
        Action::Prev => {
            if state.screen == Screen::Benchmark {
                match walk::prev(&state.pack, state.pos) {
                    Some(p) => go(state, p),
                    None => state.info("This is the start of the walk."),
                }
            }
            Vec::new()
        }
        Action::Up | Action::Down => {
            move_selection(state, action == Action::Down);
            Vec::new()
        }
        Action::NextStep | Action::PrevStep => {
            let i = state.pos.step.index();
            let j = if action == Action::NextStep {
                (i + 1).min(Step::ALL.len() - 1)
            } else {
                i.saturating_sub(1)
            };
            go(state, Position::at(state.pos.bm, Step::ALL[j]));
            Vec::new()
        }
        Action::NextBenchmark | Action::PrevBenchmark => {
            let n = state.pack.benchmarks.len();
            let bm = if action == Action::NextBenchmark {
                (state.pos.bm + 1).min(n - 1)
            } else {
                state.pos.bm.saturating_sub(1)
            };
            go(state, Position::at(bm, state.pos.step));
            Vec::new()
        }
        Action::Open => {
            let sel = state.overview_selected;
            let pos = if state.pos.bm == sel {
                state.pos
            } else {
                Position::start_of(sel)
            };
            state.screen = Screen::Benchmark;
            go(state, pos);
            Vec::new()
        }
        Action::Overview => {
            state.screen = Screen::Overview;
            state.overview_selected = state.pos.bm;
            Vec::new()
        }
        Action::Rate(value) => rate(state, Some(value)),
        Action::ClearRating => rate(state, None),
        Action::Status(status) => {
            let Some((bm, id)) = selected_tip(state) else {
                return Vec::new();
            };
            change(state, format!("{id}: {}", status.label()), |s| {
                let t = tip_mut(s, &bm, &id)?;
                t.status = status;
                Ok(())
            })
        }
        Action::EditNote => {
            let bm = current_bm_id(state);
            match state.pos.step {
                Step::Criteria => {
                    if let Some(c) = selected_criterion(state) {
                        open_editor(state, Field::CriterionNote { bm, id: c.clone() }, format!("Evidence note · {c}"));
                    }
                }
                Step::Tips(_) => {
                    if let Some((bm, id)) = selected_tip(state) {
                        open_editor(state, Field::TipNote { bm, id: id.clone() }, format!("Note · {id}"));
                    }
                }
                Step::Targets => {
                    let (field, title) = match state.pos.item {
                        0 => (Field::BenchmarkNotes { bm: bm.clone() }, "Benchmark notes"),
                        1 => (Field::TargetPercent { bm: bm.clone() }, "Interim target % (0–100; empty = none)"),
                        _ => (Field::TargetYear { bm: bm.clone() }, "Target year, e.g. 2027/28 (empty = none)"),
                    };
                    open_editor(state, field, format!("{title} · {bm}"));
                }
                Step::Aim => state.info("Nothing to note on the aim; press Enter to rate the criteria."),
            }
            Vec::new()
        }
        Action::EditOwner | Action::EditDue => {
            if let Some((bm, id)) = selected_tip(state) {
                let (field, what) = if action == Action::EditOwner {
                    (Field::TipOwner { bm, id: id.clone() }, "Owner")
                } else {
                    (Field::TipDue { bm, id: id.clone() }, "Due (a term or a date)")
                };
                open_editor(state, field, format!("{what} · {id}"));
            }
            Vec::new()
        }
        Action::EditMeasured => {
            edit_measured(state);
            Vec::new()
        }
        Action::EditSchool => {
            open_editor(state, Field::School, "School".into());
            Vec::new()
        }
        Action::EditFacilitator => {
            open_editor(state, Field::Facilitator, "Facilitator".into());
            Vec::new()
        }
        Action::EditParticipants => {
            open_editor(state, Field::Participants, "Participants (separated by commas)".into());
            Vec::new()
        }
        Action::Reference => {
            state.reference = Reference::next(state.reference);
            Vec::new()
        }
        Action::Undo => undo_redo(state, true),
        Action::Redo => undo_redo(state, false),
        Action::Save => {
            if state.read_only.is_some() {
                state.error("Read-only: nothing to save.");
                Vec::new()
            } else {
                vec![Effect::Save]
            }
        }
        Action::Help => {
            state.overlay = Some(Overlay::Help { scroll: 0 });
            Vec::new()
        }
        Action::Jump => {
            state.overlay = Some(Overlay::Jump(Jump::new(&state.pack, &state.session)));
            Vec::new()
        }
        Action::Close => {
            state.overlay = None;
            Vec::new()
        }
        Action::Quit => {
            state.quit = true;
            vec![Effect::Quit]
        }
        Action::EditorDone => editor_done(state),
        Action::EditorCancel => {
            state.overlay = None;
            state.info("Edit discarded.");
            Vec::new()
        }
        Action::JumpGo => {
            if let Some(Overlay::Jump(j)) = &state.overlay
                && let Some(t) = j.selected_target().cloned()
            {
                state.overlay = None;
                state.screen = Screen::Benchmark;
                if t.reference.is_some() {
                    state.reference = t.reference;
                }
                go(state, t.pos);
            }
            Vec::new()
        }
        Action::RecoveryRestore => {
            let Some(Overlay::Recovery { file, session }) = state.overlay.take() else {
                return Vec::new();
            };
            let mut effects = change(state, "restore recovered changes".into(), move |s| {
                *s = *session;
                Ok(())
            });
            effects.push(Effect::DeleteRecovery(file));
            effects
        }
        Action::RecoveryDiscard => {
            let Some(Overlay::Recovery { file, .. }) = state.overlay.take() else {
                return Vec::new();
            };
            state.info("Recovery file deleted.");
            vec![Effect::DeleteRecovery(file)]
        }
    }
}

fn next(state: &mut State) -> Vec<Effect> {
    if state.screen == Screen::Overview {
        state.screen = Screen::Benchmark;
        let pos = state.pos;
        go(state, pos);
        return Vec::new();
    }
    match walk::next(&state.pack, state.pos) {
        Some(p) => go(state, p),
        None => {
            state.screen = Screen::Overview;
            state.overview_selected = state.pos.bm;
            state.info("End of the walk: all ten benchmarks discussed.");
        }
    }
    Vec::new()
}

/// Move the walk to `pos`.
fn go(state: &mut State, pos: Position) {
    if pos.step != state.pos.step || pos.bm != state.pos.bm {
        state.aim_scroll = 0;
    }
    let max = items_in(&state.pack, pos.bm, pos.step);
    state.pos = Position {
        item: pos.item.min(max - 1),
        ..pos
    };
    state.overview_selected = pos.bm;
}

fn move_selection(state: &mut State, down: bool) {
    match &mut state.overlay {
        Some(Overlay::Help { scroll }) => {
            *scroll = if down { scroll.saturating_add(1) } else { scroll.saturating_sub(1) };
            return;
        }
        Some(Overlay::Jump(j)) => {
            if down && j.selected + 1 < j.hits.len() {
                j.selected += 1;
            } else if !down {
                j.selected = j.selected.saturating_sub(1);
            }
            return;
        }
        _ => {}
    }
    match state.screen {
        Screen::Overview => {
            let n = state.pack.benchmarks.len();
            state.overview_selected = if down {
                (state.overview_selected + 1).min(n - 1)
            } else {
                state.overview_selected.saturating_sub(1)
            };
        }
        Screen::Benchmark if state.pos.step == Step::Aim => {
            state.aim_scroll = if down {
                state.aim_scroll.saturating_add(1)
            } else {
                state.aim_scroll.saturating_sub(1)
            };
        }
        Screen::Benchmark => {
            let max = items_in(&state.pack, state.pos.bm, state.pos.step);
            state.pos.item = if down {
                (state.pos.item + 1).min(max - 1)
            } else {
                state.pos.item.saturating_sub(1)
            };
        }
    }
}

fn current_bm_id(state: &State) -> String {
    state.pack.benchmarks[state.pos.bm].id.clone()
}

fn selected_criterion(state: &State) -> Option<String> {
    if state.screen != Screen::Benchmark || state.pos.step != Step::Criteria {
        return None;
    }
    let bm = &state.pack.benchmarks[state.pos.bm];
    bm.criteria.get(state.pos.item).map(|c| c.id.clone())
}

fn selected_tip(state: &State) -> Option<(String, String)> {
    let Step::Tips(phase) = state.pos.step else {
        return None;
    };
    if state.screen != Screen::Benchmark {
        return None;
    }
    let bm = &state.pack.benchmarks[state.pos.bm];
    bm.tips
        .of(phase)
        .get(state.pos.item)
        .map(|t| (bm.id.clone(), t.id.clone()))
}

fn tip_mut<'a>(s: &'a mut Session, bm: &str, id: &str) -> Result<&'a mut crate::model::TipRecord, String> {
    s.benchmarks
        .iter_mut()
        .find(|b| b.id == bm)
        .and_then(|b| b.tips.iter_mut().find(|t| t.id == id))
        .ok_or_else(|| format!("the session has no record for {id}"))
}

fn rate(state: &mut State, value: Option<u8>) -> Vec<Effect> {
    let Some(id) = selected_criterion(state) else {
        return Vec::new();
    };
    let what = match value {
        Some(v) => match state.pack.level(v) {
            Some(l) => format!("{id}: {v} {}", l.label),
            None => {
                state.error(format!("{v} is not on the rating scale."));
                return Vec::new();
            }
        },
        None => format!("{id}: not rated"),
    };
    let bm = current_bm_id(state);
    change(state, what, |s| {
        let c = s
            .benchmarks
            .iter_mut()
            .find(|b| b.id == bm)
            .and_then(|b| b.criteria.iter_mut().find(|c| c.id == id))
            .ok_or("the session has no record for this criterion")?;
        c.rating = value;
        Ok(())
    })
}

fn edit_measured(state: &mut State) {
    let Some(id) = selected_criterion(state) else {
        return;
    };
    let bm = &state.pack.benchmarks[state.pos.bm];
    let measures = &bm.criterion(&id).map(|c| c.measures.clone()).unwrap_or_default();
    if measures.is_empty() {
        state.info("This criterion sets no measurable threshold; use e for an evidence note.");
        return;
    }
    // With several measures, m steps through them: first one not yet filled.
    let rec = state.session.benchmark(&bm.id).and_then(|r| r.criterion(&id));
    let k = measures
        .iter()
        .position(|m| rec.is_none_or(|r| !r.measured.contains_key(&m.id)))
        .unwrap_or(0);
    let m = &measures[k];
    let title = format!(
        "Measured ({} of {}) · {} · {}",
        k + 1,
        measures.len(),
        id,
        m.describe()
    );
    let field = Field::Measured {
        bm: bm.id.clone(),
        id,
        measure: m.id.clone(),
    };
    open_editor(state, field, title);
}

fn open_editor(state: &mut State, field: Field, title: String) {
    if let Some(why) = &state.read_only {
        let why = why.clone();
        state.error(format!("Read-only: {why}"));
        return;
    }
    let text = field.read(&state.session);
    state.overlay = Some(Overlay::Editor(Editor::new(field, title, &text)));
}

fn editor_done(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Editor(ed)) = &state.overlay else {
        return Vec::new();
    };
    let field = ed.field.clone();
    let text = ed.text();
    let what = ed.title.clone();
    let mut check = state.session.clone();
    if let Err(e) = field.write(&mut check, &text) {
        if let Some(Overlay::Editor(ed)) = &mut state.overlay {
            ed.error = Some(e);
        }
        return Vec::new();
    }
    state.overlay = None;
    change(state, what, move |s| field.write(s, &text))
}

/// Apply a change to the session: refused when read-only; recorded for undo;
/// today's date added to the sittings; saved at once.
fn change(
    state: &mut State,
    what: String,
    f: impl FnOnce(&mut Session) -> Result<(), String>,
) -> Vec<Effect> {
    if let Some(why) = &state.read_only {
        let why = why.clone();
        state.error(format!("Read-only: {why}"));
        return Vec::new();
    }
    let before = state.session.clone();
    if let Err(e) = f(&mut state.session) {
        state.session = before;
        state.error(e);
        return Vec::new();
    }
    if state.session == before {
        return Vec::new();
    }
    if !state.session.dates.contains(&state.today) {
        state.session.dates.push(state.today.clone());
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
    state.info(format!("Saved: {}", inert_line(&what)));
    vec![Effect::Save]
}

fn undo_redo(state: &mut State, undo: bool) -> Vec<Effect> {
    if let Some(why) = &state.read_only {
        let why = why.clone();
        state.error(format!("Read-only: {why}"));
        return Vec::new();
    }
    let (from, to) = if undo {
        (&mut state.undo, &mut state.redo)
    } else {
        (&mut state.redo, &mut state.undo)
    };
    let Some(snap) = from.pop() else {
        state.info(if undo { "Nothing to undo." } else { "Nothing to redo." });
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
    let verb = if undo { "Undone" } else { "Redone" };
    state.info(format!("{verb}: {}", inert_line(&snap.what)));
    vec![Effect::Save]
}
