//! `update`: carry out one action on the state and say what the outside
//! world must do about it (save, delete a file, quit). No drawing, no I/O.

use crate::tr;
use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::change::{change, editor_done, open_editor, undo_redo};
use super::editor::Field;
use super::jump::{Jump, Reference};
use super::keymap::{Context, lookup};
use super::state::{Overlay, SayAgain, Screen, State};
use super::walk::{self, Position, Step, items_in};
use crate::model::Session;

/// What the app asks the outside world to do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the session to its file now.
    Save,
    /// Write it even if the file changed on disk since it was read (Ctrl-S).
    ForceSave,
    /// Write the reports for the leadership team beside the session file.
    WriteReports,
    /// Start next year's session from this one, and open it.
    StartNextYear,
    /// Speak this language from now on: the catalogue, and the built-in
    /// content pack when no other was given (same ids: the walk stays put).
    SwitchLanguage(crate::i18n::Lang),
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
            ed.input(key);
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
        _ if context == Context::ActionSearch => {
            let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
            match key.code {
                KeyCode::Char(c) if !ctrl => super::tracker::type_search(state, Some(c)),
                KeyCode::Backspace => super::tracker::type_search(state, None),
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

/// A mouse click on `hit` (only with `--mouse`).
pub fn handle_click(state: &mut State, hit: super::state::Hit) -> Vec<Effect> {
    use super::state::Hit;
    if state.overlay.is_some() {
        return Vec::new();
    }
    match hit {
        Hit::Benchmark(i) => {
            state.overview_selected = i.min(state.pack.benchmarks.len().saturating_sub(1));
            update(state, Action::Open)
        }
        Hit::Step(i) => {
            if let Some(step) = Step::ALL.get(i) {
                go(state, Position::at(state.pos.bm, *step));
            }
            Vec::new()
        }
        Hit::Action(row) => {
            super::tracker::click(state, row);
            Vec::new()
        }
        Hit::Item(i) => {
            go(
                state,
                Position {
                    item: i,
                    ..state.pos
                },
            );
            Vec::new()
        }
    }
}

/// Text pasted into the terminal (bracketed paste).
pub fn handle_paste(state: &mut State, text: &str) -> Vec<Effect> {
    match &mut state.overlay {
        Some(Overlay::Editor(ed)) => ed.paste(text),
        Some(Overlay::Jump(j)) => {
            j.query.push_str(&text.replace(['\r', '\n'], " "));
            j.search();
        }
        None if state.screen == Screen::Actions && state.tracker.searching => {
            for c in text.chars().filter(|c| !c.is_control()) {
                super::tracker::type_search(state, Some(c));
            }
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
    if matches!(state.overlay, Some(Overlay::Owners(_)))
        && let Some(effects) = super::tracker::update_picker(state, action)
    {
        return effects;
    }
    if state.screen == Screen::Actions
        && state.overlay.is_none()
        && let Some(effects) = super::tracker::update(state, action)
    {
        return effects;
    }
    match action {
        Action::Next => next(state),
        Action::Prev => {
            if state.screen == Screen::Benchmark {
                match walk::prev(&state.pack, state.pos) {
                    Some(p) => go(state, p),
                    None => state.say(move || tr!("msg-start-of-walk")),
                }
            }
            Vec::new()
        }
        Action::Up | Action::Down => {
            move_selection(state, action == Action::Down);
            Vec::new()
        }
        Action::NextStep | Action::PrevStep if state.screen == Screen::Compare => {
            let n = super::state::COMPARE_TABS.len();
            state.compare_tab = if action == Action::NextStep {
                (state.compare_tab + 1) % n
            } else {
                (state.compare_tab + n - 1) % n
            };
            state.compare_scroll = 0;
            Vec::new()
        }
        Action::NextBenchmark | Action::PrevBenchmark if state.screen == Screen::Compare => {
            let n = state.pack.benchmarks.len();
            state.overview_selected = if action == Action::NextBenchmark {
                (state.overview_selected + 1).min(n - 1)
            } else {
                state.overview_selected.saturating_sub(1)
            };
            state.compare_scroll = 0;
            Vec::new()
        }
        Action::Summary => {
            state.screen = Screen::Summary;
            Vec::new()
        }
        Action::ToggleBars => {
            state.bars = !state.bars;
            Vec::new()
        }
        Action::CycleMarker => {
            state.radar = state.radar.next();
            let radar = state.radar;
            state.say(move || tr!("msg-radar-drawn", drawing = radar.name()));
            Vec::new()
        }
        Action::CompareView => {
            if state.comparison.is_some() {
                state.screen = Screen::Compare;
            } else {
                state.say(move || tr!("msg-nothing-to-compare"));
            }
            Vec::new()
        }
        Action::Report => vec![Effect::WriteReports],
        Action::SwitchLanguage => {
            state.lang = state.lang.other();
            vec![Effect::SwitchLanguage(state.lang)]
        }
        Action::Present => {
            state.present = !state.present;
            let on = state.present;
            state.say(move || {
                if on {
                    tr!("msg-present-on")
                } else {
                    tr!("msg-present-off")
                }
            });
            Vec::new()
        }
        Action::Timer => {
            let t = &mut state.timer;
            t.running = !t.running;
            let running = t.running;
            state.say(move || {
                if running {
                    tr!("msg-timer-running")
                } else {
                    tr!("msg-timer-paused")
                }
            });
            Vec::new()
        }
        Action::MoreTime | Action::LessTime => {
            let bm = state.pos.bm;
            if let Some(m) = state.timer.allotted.get_mut(bm) {
                *m = if action == Action::MoreTime {
                    m.saturating_add(1)
                } else {
                    m.saturating_sub(1).max(1)
                };
                let m = *m;
                state.say(move || tr!("msg-minutes", bm = bm + 1, minutes = m));
            }
            Vec::new()
        }
        Action::Tick => {
            let t = &mut state.timer;
            if t.running {
                t.meeting += 1;
                if let Some(s) = t.spent.get_mut(state.pos.bm) {
                    *s += 1;
                }
            }
            Vec::new()
        }
        Action::NextYear => {
            if state.refuse_read_only() {
                Vec::new()
            } else if state.unsaved {
                state.say_error(move || tr!("msg-save-before-next-year"));
                Vec::new()
            } else {
                vec![Effect::StartNextYear]
            }
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
            let what = {
                let id = id.clone();
                SayAgain::new(move || format!("{id}: {}", crate::i18n::status(status)))
            };
            change(state, what, |s| {
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
                        open_editor(
                            state,
                            Field::CriterionNote { bm, id: c.clone() },
                            tr!("editor-evidence-note", id = c.as_str()),
                        );
                    }
                }
                Step::Tips(_) => {
                    if let Some((bm, id)) = selected_tip(state) {
                        open_editor(
                            state,
                            Field::TipNote { bm, id: id.clone() },
                            tr!("editor-note", id = id.as_str()),
                        );
                    }
                }
                Step::Targets => {
                    let (field, title) = match state.pos.item {
                        0 => (
                            Field::BenchmarkNotes { bm: bm.clone() },
                            tr!("compare-benchmark-notes"),
                        ),
                        1 => (
                            Field::TargetPercent { bm: bm.clone() },
                            tr!("editor-target-percent"),
                        ),
                        _ => (
                            Field::TargetYear { bm: bm.clone() },
                            tr!("editor-target-year"),
                        ),
                    };
                    open_editor(state, field, format!("{title} · {bm}"));
                }
                Step::Aim => state.say(move || tr!("msg-nothing-on-aim")),
            }
            Vec::new()
        }
        Action::EditOwner | Action::EditDue => {
            if let Some((bm, id)) = selected_tip(state) {
                let (field, what) = if action == Action::EditOwner {
                    (Field::TipOwner { bm, id: id.clone() }, tr!("field-owner"))
                } else {
                    (Field::TipDue { bm, id: id.clone() }, tr!("editor-due"))
                };
                open_editor(state, field, format!("{what} · {id}"));
            }
            Vec::new()
        }
        Action::EditMeasured => {
            edit_measured(state, false);
            Vec::new()
        }
        Action::EditMeasureTarget => {
            edit_measured(state, true);
            Vec::new()
        }
        Action::EditSchool => {
            open_editor(state, Field::School, tr!("editor-school"));
            Vec::new()
        }
        Action::EditFacilitator => {
            open_editor(state, Field::Facilitator, tr!("editor-facilitator"));
            Vec::new()
        }
        Action::EditParticipants => {
            open_editor(state, Field::Participants, tr!("editor-participants"));
            Vec::new()
        }
        Action::Reference => {
            state.reference = Reference::next(state.reference);
            state.pane_scroll = 0;
            state.reference_focus = None;
            Vec::new()
        }
        Action::ScrollDown => {
            state.pane_scroll = state.pane_scroll.saturating_add(3);
            state.reference_focus = None;
            Vec::new()
        }
        Action::ScrollUp => {
            state.pane_scroll = state.pane_scroll.saturating_sub(3);
            state.reference_focus = None;
            Vec::new()
        }
        Action::Undo => undo_redo(state, true),
        Action::Redo => undo_redo(state, false),
        Action::Save => {
            if state.read_only.is_some() {
                state.say_error(move || tr!("msg-read-only-nothing-to-save"));
                Vec::new()
            } else {
                vec![Effect::ForceSave]
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
            state.tracker.searching = false;
            Vec::new()
        }
        Action::Actions => {
            super::tracker::open(state);
            Vec::new()
        }
        // Only on the actions screen (above).
        Action::SortActions
        | Action::PickOwner
        | Action::FilterStatus
        | Action::FilterLate
        | Action::FilterSoon
        | Action::FilterNotForUs
        | Action::SearchActions
        | Action::ClearFilters
        | Action::OpenTip
        | Action::Choose => Vec::new(),
        Action::Quit => {
            state.quit = true;
            vec![Effect::Quit]
        }
        Action::EditorDone => editor_done(state),
        Action::EditorCancel => {
            state.overlay = None;
            state.say(move || tr!("msg-edit-discarded"));
            Vec::new()
        }
        Action::JumpGo => {
            if let Some(Overlay::Jump(j)) = &state.overlay
                && let Some(t) = j.selected_target().cloned()
            {
                state.overlay = None;
                state.screen = Screen::Benchmark;
                go(state, t.pos);
                if t.reference.is_some() {
                    state.reference = t.reference;
                    state.pane_scroll = 0;
                    state.reference_focus = t.reference_item;
                }
            }
            Vec::new()
        }
        Action::RecoveryRestore => {
            let Some(Overlay::Recovery { file, session, .. }) = state.overlay.take() else {
                return Vec::new();
            };
            let mut effects = change(state, SayAgain::new(|| tr!("msg-restore-what")), move |s| {
                *s = *session;
                Ok(())
            });
            // Deleted only once restored: a refused restore (too large,
            // read-only) leaves the file for another try.
            if effects.contains(&Effect::Save) {
                effects.push(Effect::DeleteRecovery(file));
            }
            effects
        }
        Action::RecoveryDiscard => {
            let Some(Overlay::Recovery { file, .. }) = state.overlay.take() else {
                return Vec::new();
            };
            state.say(move || tr!("msg-recovery-deleted"));
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
            state.screen = Screen::Summary;
            state.overview_selected = state.pos.bm;
            state.say(move || tr!("msg-end-of-walk"));
        }
    }
    Vec::new()
}

/// Move the walk to `pos`.
pub(super) fn go(state: &mut State, pos: Position) {
    if pos.step != state.pos.step || pos.bm != state.pos.bm {
        state.aim_scroll = 0;
    }
    if pos != state.pos {
        state.pane_scroll = 0;
        state.reference_focus = None;
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
            *scroll = if down {
                scroll.saturating_add(1)
            } else {
                scroll.saturating_sub(1)
            };
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
            // Move in the order the overview shows: group by group.
            let order = display_order(&state.pack);
            let at = order
                .iter()
                .position(|&i| i == state.overview_selected)
                .unwrap_or(0);
            let next = if down {
                (at + 1).min(order.len().saturating_sub(1))
            } else {
                at.saturating_sub(1)
            };
            if let Some(&i) = order.get(next) {
                state.overview_selected = i;
            }
        }
        Screen::Summary | Screen::Actions => {}
        Screen::Compare => {
            state.compare_scroll = if down {
                state.compare_scroll.saturating_add(1)
            } else {
                state.compare_scroll.saturating_sub(1)
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
            let item = if down {
                (state.pos.item + 1).min(max - 1)
            } else {
                state.pos.item.saturating_sub(1)
            };
            go(state, Position { item, ..state.pos });
        }
    }
}

/// Benchmark indices in the order the overview lists them (by group).
pub fn display_order(pack: &crate::model::ContentPack) -> Vec<usize> {
    let mut order: Vec<usize> = pack
        .framework
        .groups
        .iter()
        .flat_map(|g| g.benchmarks.iter())
        .filter_map(|n| pack.benchmarks.iter().position(|b| b.number == *n))
        .collect();
    // Any benchmark not in a group still gets a place, at the end.
    for i in 0..pack.benchmarks.len() {
        if !order.contains(&i) {
            order.push(i);
        }
    }
    order
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

fn tip_mut<'a>(
    s: &'a mut Session,
    bm: &str,
    id: &str,
) -> Result<&'a mut crate::model::TipRecord, String> {
    s.benchmarks
        .iter_mut()
        .find(|b| b.id == bm)
        .and_then(|b| b.tips.iter_mut().find(|t| t.id == id))
        .ok_or_else(|| tr!("msg-no-record", id = id))
}

fn rate(state: &mut State, value: Option<u8>) -> Vec<Effect> {
    let Some(id) = selected_criterion(state) else {
        return Vec::new();
    };
    let what = match value {
        Some(v) => match state.pack.level(v) {
            // The level's label is the pack's: said as it was shown.
            Some(l) => SayAgain::fixed(format!("{id}: {v} {}", l.label)),
            None => {
                state.say_error(move || tr!("msg-not-on-scale", v = v));
                return Vec::new();
            }
        },
        None => {
            let id = id.clone();
            SayAgain::new(move || format!("{id}: {}", tr!("not-rated")))
        }
    };
    let bm = current_bm_id(state);
    change(state, what, |s| {
        let c = s
            .benchmarks
            .iter_mut()
            .find(|b| b.id == bm)
            .and_then(|b| b.criteria.iter_mut().find(|c| c.id == id))
            .ok_or_else(|| tr!("msg-no-record", id = id.as_str()))?;
        c.rating = value;
        Ok(())
    })
}

/// Open the editor on a measure's value (or, with `target`, the school's own
/// target for it).
fn edit_measured(state: &mut State, target: bool) {
    let Some(id) = selected_criterion(state) else {
        return;
    };
    let bm = &state.pack.benchmarks[state.pos.bm];
    let measures = &bm
        .criterion(&id)
        .map(|c| c.measures.clone())
        .unwrap_or_default();
    if measures.is_empty() {
        state.say(move || tr!("msg-no-measure"));
        return;
    }
    // With several measures, each m opens the next one; the first m on a
    // criterion opens the first measure not yet filled.
    let rec = state
        .session
        .benchmark(&bm.id)
        .and_then(|r| r.criterion(&id));
    let k = match &state.last_measure {
        Some((last, k, t)) if *last == id && *t == target => (k + 1) % measures.len(),
        _ => measures
            .iter()
            .position(|m| {
                rec.is_none_or(|r| {
                    let map = if target { &r.targets } else { &r.measured };
                    !map.contains_key(&m.id)
                })
            })
            .unwrap_or(0),
    };
    state.last_measure = Some((id.clone(), k, target));
    let m = &measures[k];
    let unit = match &m.kind {
        crate::model::MeasureKind::Count { per } => tr!("unit-count", per = per.as_str()),
        crate::model::MeasureKind::Share { of }
        | crate::model::MeasureKind::PerStudent { of, .. } => {
            tr!("unit-share", of = of.as_str())
        }
    };
    let title = tr!(
        "editor-measure",
        target = if target { "yes" } else { "no" },
        k = k + 1,
        n = measures.len(),
        id = id.as_str(),
        measure = crate::i18n::measure_describe(m),
        unit = unit
    );
    let field = Field::Measured {
        bm: bm.id.clone(),
        id,
        measure: m.id.clone(),
        percent: m.kind.is_percent(),
        target,
    };
    open_editor(state, field, title);
}

#[cfg(test)]
mod tests {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::app::change::over_the_limit;
    use crate::app::editor::Editor;
    use crate::app::walk::TARGET_ITEMS;
    use crate::model::TipStatus;
    use crate::model::content::Phase;
    use crate::store::content::built_in;

    fn state() -> State {
        let pack = built_in().unwrap().pack;
        let session = Session::new(&pack, "Test School", "2025/26");
        State::new(pack, session, "test.ron".into(), "2026-01-15".into())
    }

    fn key(state: &mut State, code: KeyCode) -> Vec<Effect> {
        handle_key(state, KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn type_text(state: &mut State, text: &str) {
        for c in text.chars() {
            key(state, KeyCode::Char(c));
        }
    }

    #[test]
    fn next_walks_every_item_in_order_and_ends_on_the_overview() {
        let mut s = state();
        update(&mut s, Action::Next); // overview → benchmark 1, aim
        assert_eq!(s.screen, Screen::Benchmark);
        let mut visited = vec![s.pos];
        while s.screen == Screen::Benchmark {
            update(&mut s, Action::Next);
            if s.screen == Screen::Benchmark {
                visited.push(s.pos);
            }
        }
        let (_, total) = walk::progress(&s.pack, s.pos);
        assert_eq!(visited.len(), total);
        // Benchmark 1 in the order of the walk.
        let bm = &s.pack.benchmarks[0];
        let mut expected = vec![Position::at(0, Step::Aim)];
        for i in 0..bm.criteria.len() {
            expected.push(Position {
                bm: 0,
                step: Step::Criteria,
                item: i,
            });
        }
        for phase in Phase::ALL {
            for i in 0..bm.tips.of(phase).len() {
                expected.push(Position {
                    bm: 0,
                    step: Step::Tips(phase),
                    item: i,
                });
            }
        }
        for i in 0..TARGET_ITEMS.len() {
            expected.push(Position {
                bm: 0,
                step: Step::Targets,
                item: i,
            });
        }
        expected.push(Position::at(1, Step::Aim));
        assert_eq!(&visited[..expected.len()], &expected[..]);
        assert_eq!(visited.last().unwrap().bm, 9);
        assert!(s.message.as_ref().unwrap().text.contains("End of the walk"));
    }

    #[test]
    fn prev_undoes_next() {
        let mut s = state();
        update(&mut s, Action::Next);
        for _ in 0..30 {
            update(&mut s, Action::Next);
        }
        let far = s.pos;
        update(&mut s, Action::Next);
        update(&mut s, Action::Prev);
        assert_eq!(s.pos, far);
        for _ in 0..30 {
            update(&mut s, Action::Prev);
        }
        assert_eq!(s.pos, Position::start());
        update(&mut s, Action::Prev);
        assert!(
            s.message
                .as_ref()
                .unwrap()
                .text
                .contains("start of the walk")
        );
    }

    #[test]
    fn rating_a_criterion_saves_and_records_the_sitting() {
        let mut s = state();
        update(&mut s, Action::Next);
        update(&mut s, Action::Next); // criterion 1
        assert_eq!(s.context(), crate::app::keymap::Context::Criteria);
        let effects = key(&mut s, KeyCode::Char('3'));
        assert_eq!(effects, vec![Effect::Save]);
        assert_eq!(s.session.benchmarks[0].criteria[0].rating, Some(3));
        assert_eq!(s.session.dates, vec!["2026-01-15".to_string()]);
        key(&mut s, KeyCode::Char('4'));
        assert_eq!(s.session.dates.len(), 1, "one sitting per day");
        // The same rating again changes nothing and saves nothing.
        assert!(key(&mut s, KeyCode::Char('4')).is_empty());
        key(&mut s, KeyCode::Char('x'));
        assert_eq!(s.session.benchmarks[0].criteria[0].rating, None);
        // 7 is not on the scale: nothing changes.
        assert!(update(&mut s, Action::Rate(7)).is_empty());
        assert!(s.message.as_ref().unwrap().error);
    }

    #[test]
    fn tip_status_owner_due_and_note() {
        let mut s = state();
        update(&mut s, Action::Next);
        update(&mut s, Action::NextStep); // criteria
        update(&mut s, Action::NextStep); // plan
        assert_eq!(s.pos.step, Step::Tips(Phase::Plan));
        key(&mut s, KeyCode::Char('2'));
        let tip = &s.session.benchmarks[0].tips[0];
        assert_eq!(tip.status, TipStatus::InProgress);

        key(&mut s, KeyCode::Char('o'));
        assert_eq!(s.context(), crate::app::keymap::Context::Editor);
        type_text(&mut s, "陳老師");
        assert_eq!(key(&mut s, KeyCode::Enter), vec![Effect::Save]);
        key(&mut s, KeyCode::Char('d'));
        type_text(&mut s, "Term 2");
        key(&mut s, KeyCode::Enter);
        key(&mut s, KeyCode::Char('e'));
        type_text(&mut s, "line one");
        key(&mut s, KeyCode::Enter); // a new line in a note
        type_text(&mut s, "第二行");
        key(&mut s, KeyCode::Esc);
        let tip = &s.session.benchmarks[0].tips[0];
        assert_eq!(tip.owner, "陳老師");
        assert_eq!(tip.due, "Term 2");
        assert_eq!(tip.note, "line one\n第二行");
        assert!(s.overlay.is_none());
    }

    #[test]
    fn undo_and_redo_restore_the_session_and_the_place() {
        let mut s = state();
        update(&mut s, Action::Next);
        update(&mut s, Action::Next);
        update(&mut s, Action::Rate(2));
        let rated_at = s.pos;
        update(&mut s, Action::Next);
        update(&mut s, Action::Rate(4));
        assert_eq!(s.session.benchmarks[0].criteria[1].rating, Some(4));
        update(&mut s, Action::Overview);

        assert_eq!(update(&mut s, Action::Undo), vec![Effect::Save]);
        assert_eq!(s.session.benchmarks[0].criteria[1].rating, None);
        assert_eq!(s.screen, Screen::Benchmark);
        update(&mut s, Action::Undo);
        assert_eq!(s.session.benchmarks[0].criteria[0].rating, None);
        assert_eq!(s.pos, rated_at);
        assert!(update(&mut s, Action::Undo).is_empty());

        update(&mut s, Action::Redo);
        update(&mut s, Action::Redo);
        assert_eq!(s.session.benchmarks[0].criteria[0].rating, Some(2));
        assert_eq!(s.session.benchmarks[0].criteria[1].rating, Some(4));
        // A new change clears the redo list.
        update(&mut s, Action::Undo);
        update(&mut s, Action::Rate(1));
        assert!(update(&mut s, Action::Redo).is_empty());
    }

    #[test]
    fn targets_are_checked_before_they_are_kept() {
        let mut s = state();
        update(&mut s, Action::Next);
        for _ in 0..5 {
            update(&mut s, Action::NextStep);
        }
        assert_eq!(s.pos.step, Step::Targets);
        update(&mut s, Action::Down); // interim target %
        key(&mut s, KeyCode::Char('e'));
        type_text(&mut s, "150");
        assert!(key(&mut s, KeyCode::Enter).is_empty());
        match &s.overlay {
            Some(Overlay::Editor(ed)) => assert!(ed.error.as_ref().unwrap().contains("0 to 100")),
            other => panic!("editor should stay open, got {other:?}"),
        }
        for _ in 0..3 {
            key(&mut s, KeyCode::Backspace);
        }
        type_text(&mut s, "80%");
        key(&mut s, KeyCode::Enter);
        assert_eq!(s.session.benchmarks[0].target_percent, Some(80));
        update(&mut s, Action::Down);
        key(&mut s, KeyCode::Char('e'));
        type_text(&mut s, "2027/28");
        key(&mut s, KeyCode::Enter);
        assert_eq!(
            s.session.benchmarks[0].target_year.as_deref(),
            Some("2027/28")
        );
    }

    #[test]
    fn read_only_refuses_every_change() {
        let mut s = state();
        s.read_only = Some("test".into());
        update(&mut s, Action::Next);
        update(&mut s, Action::Next);
        assert!(update(&mut s, Action::Rate(3)).is_empty());
        update(&mut s, Action::EditNote);
        assert!(s.overlay.is_none());
        assert!(s.session.dates.is_empty());
        assert!(s.message.as_ref().unwrap().text.starts_with("Read-only"));
    }

    #[test]
    fn jump_finds_glossary_terms_and_notes_and_goes_there() {
        let mut s = state();
        s.session.benchmarks[5].tips[2].note = "book the library rooms".into();
        update(&mut s, Action::Jump);
        type_text(&mut s, "library rooms");
        let Some(Overlay::Jump(j)) = &s.overlay else {
            panic!("jump open")
        };
        assert_eq!(j.selected_target().unwrap().kind, "note");
        key(&mut s, KeyCode::Enter);
        assert_eq!(s.pos.bm, 5);
        assert_eq!(s.pos.step, Step::Tips(Phase::Plan));
        assert_eq!(s.pos.item, 2);

        update(&mut s, Action::Jump);
        type_text(&mut s, "VASK");
        let Some(Overlay::Jump(j)) = &s.overlay else {
            panic!("jump open")
        };
        assert!(j.hits.iter().any(|&i| j.targets[i].kind == "glossary"));
        key(&mut s, KeyCode::Esc);
        assert!(s.overlay.is_none());
    }

    #[test]
    fn a_hang_up_keeps_the_text_being_typed() {
        let mut s = state();
        update(&mut s, Action::Next);
        update(&mut s, Action::Next);
        key(&mut s, KeyCode::Char('e'));
        type_text(&mut s, "half-typed");
        assert_eq!(commit_pending(&mut s), vec![Effect::Save]);
        assert_eq!(s.session.benchmarks[0].criteria[0].note, "half-typed");
    }

    #[test]
    fn a_note_that_would_pass_the_file_limit_is_refused_and_kept_in_the_editor() {
        let mut s = state();
        update(&mut s, Action::Next);
        update(&mut s, Action::Next);
        key(&mut s, KeyCode::Char('e'));
        let huge = "x".repeat(crate::store::read::MAX_FILE_BYTES as usize);
        handle_paste(&mut s, &huge);
        assert_eq!(update(&mut s, Action::EditorDone), Vec::new());
        match &s.overlay {
            Some(Overlay::Editor(ed)) => {
                assert!(ed.error.as_ref().unwrap().contains("16 MiB"));
                assert_eq!(ed.text().len(), huge.len());
            }
            other => panic!("the editor should stay open, got {other:?}"),
        }
        assert!(s.session.benchmarks[0].criteria[0].note.is_empty());
        // Shortened, it is kept.
        if let Some(Overlay::Editor(ed)) = &mut s.overlay {
            **ed = Editor::new(ed.field.clone(), ed.title.clone(), "short");
        }
        assert_eq!(update(&mut s, Action::EditorDone), vec![Effect::Save]);
    }

    #[test]
    fn a_recovery_file_is_deleted_only_once_restored() {
        let mut s = state();
        let mut recovered = s.session.clone();
        recovered.benchmarks[0].notes = "recovered".into();
        s.overlay = Some(Overlay::Recovery {
            file: "r.ron".into(),
            session: Box::new(recovered.clone()),
            note: String::new(),
        });
        s.read_only = Some("test".into());
        let effects = update(&mut s, Action::RecoveryRestore);
        assert!(!effects.contains(&Effect::DeleteRecovery("r.ron".into())));

        s.read_only = None;
        s.overlay = Some(Overlay::Recovery {
            file: "r.ron".into(),
            session: Box::new(recovered),
            note: String::new(),
        });
        let effects = update(&mut s, Action::RecoveryRestore);
        assert!(effects.contains(&Effect::DeleteRecovery("r.ron".into())));
        assert_eq!(s.session.benchmarks[0].notes, "recovered");
    }

    #[test]
    fn a_rating_that_would_take_a_file_at_the_edge_over_the_limit_is_refused() {
        let mut s = state();
        update(&mut s, Action::Next);
        update(&mut s, Action::Next);
        // A note that fills the file to a byte below the limit; rating the
        // (unrated) criterion adds a few bytes.
        s.session.dates.push(s.today.clone());
        for c in &mut s.session.benchmarks[0].criteria {
            c.rating = None;
        }
        let base = crate::store::session::to_ron(&s.session).len();
        let room = crate::store::read::MAX_FILE_BYTES as usize - base;
        s.session.benchmarks[1].notes = "n".repeat(room - 1);
        assert!(over_the_limit(&s.session).is_none());
        let before = s.session.clone();
        assert!(update(&mut s, Action::Rate(4)).is_empty());
        assert_eq!(s.session, before);
        assert!(s.message.as_ref().unwrap().text.contains("16 MiB"));
    }

    #[test]
    fn pasted_text_keeps_its_lines_in_a_note_and_not_in_a_name() {
        let mut s = state();
        update(&mut s, Action::EditFacilitator);
        handle_paste(&mut s, "Ms\r\nWong");
        key(&mut s, KeyCode::Enter);
        assert_eq!(s.session.facilitator, "Ms Wong");
        update(&mut s, Action::Next);
        update(&mut s, Action::Next);
        key(&mut s, KeyCode::Char('e'));
        handle_paste(&mut s, "a\r\nb");
        key(&mut s, KeyCode::Esc);
        assert_eq!(s.session.benchmarks[0].criteria[0].note, "a\nb");
    }
}

#[cfg(test)]
mod more_tests {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::store::content::built_in;

    fn key(state: &mut State, code: KeyCode) -> Vec<Effect> {
        handle_key(state, KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn type_text(state: &mut State, text: &str) {
        for c in text.chars() {
            key(state, KeyCode::Char(c));
        }
    }

    #[test]
    fn each_m_opens_the_next_measure_of_the_criterion() {
        let pack = built_in().unwrap().pack;
        let session = Session::new(&pack, "A", "2025/26");
        let mut s = State::new(pack, session, "t.ron".into(), "2026-01-15".into());
        s.screen = Screen::Benchmark;
        // bm2.c7 has two measures: CPD and trained.
        s.pos = Position {
            bm: 1,
            step: Step::Criteria,
            item: 6,
        };
        let measure = |s: &State| match &s.overlay {
            Some(Overlay::Editor(ed)) => match &ed.field {
                Field::Measured { measure, .. } => measure.clone(),
                f => panic!("{f:?}"),
            },
            _ => panic!("no editor"),
        };
        update(&mut s, Action::EditMeasured);
        let first = measure(&s);
        update(&mut s, Action::EditorCancel);
        update(&mut s, Action::EditMeasured);
        let second = measure(&s);
        assert_ne!(first, second);
        update(&mut s, Action::EditorCancel);
        update(&mut s, Action::EditMeasured);
        assert_eq!(measure(&s), first);
    }

    #[test]
    fn t_records_our_own_target_for_a_measure_and_a_share_stays_within_100() {
        let pack = built_in().unwrap().pack;
        let session = Session::new(&pack, "A", "2025/26");
        let mut s = State::new(pack, session, "t.ron".into(), "2026-01-15".into());
        s.screen = Screen::Benchmark;
        // bm6.c1: each student at least one interview by the end of S3.
        s.pos = Position {
            bm: 5,
            step: Step::Criteria,
            item: 0,
        };
        let record = |s: &State| s.session.benchmarks[5].criterion("bm6.c1").unwrap().clone();
        key(&mut s, KeyCode::Char('m'));
        type_text(&mut s, "74 %");
        key(&mut s, KeyCode::Enter);
        key(&mut s, KeyCode::Char('t'));
        match &s.overlay {
            Some(Overlay::Editor(ed)) => {
                assert!(
                    ed.title.starts_with("Our target (1 of 2) · bm6.c1"),
                    "{}",
                    ed.title
                );
                assert!(ed.title.ends_with("enter % of students"), "{}", ed.title);
            }
            _ => panic!("no editor"),
        }
        // A % of a group cannot be over 100: said, and the editor stays.
        type_text(&mut s, "180");
        key(&mut s, KeyCode::Enter);
        match &s.overlay {
            Some(Overlay::Editor(ed)) => {
                assert_eq!(ed.error.as_deref(), Some("180 is a % of a group: 0 to 100"));
            }
            _ => panic!("the editor closed on a bad value"),
        }
        update(&mut s, Action::EditorCancel);
        // Each t on the same criterion opens its next measure, as m does.
        key(&mut s, KeyCode::Char('t'));
        match &s.overlay {
            Some(Overlay::Editor(ed)) => {
                assert!(ed.title.starts_with("Our target (2 of 2)"), "{}", ed.title)
            }
            _ => panic!("no editor"),
        }
        update(&mut s, Action::EditorCancel);
        key(&mut s, KeyCode::Char('t'));
        type_text(&mut s, "80");
        key(&mut s, KeyCode::Enter);
        let c = record(&s);
        assert_eq!(c.measured.get("by_s3"), Some(&74.0));
        assert_eq!(c.targets.get("by_s3"), Some(&80.0));
        // Undo takes the target back and leaves the measured value.
        update(&mut s, Action::Undo);
        let c = record(&s);
        assert_eq!(c.targets.get("by_s3"), None);
        assert_eq!(c.measured.get("by_s3"), Some(&74.0));
    }

    #[test]
    fn rating_keys_follow_the_packs_scale() {
        let mut pack = built_in().unwrap().pack;
        for (i, l) in pack.framework.scale.iter_mut().enumerate() {
            l.value = i as u8 + 1; // a 1–5 scale
        }
        let session = Session::new(&pack, "A", "2025/26");
        let mut s = State::new(pack, session, "t.ron".into(), "2026-01-15".into());
        s.screen = Screen::Benchmark;
        s.pos = Position {
            bm: 0,
            step: Step::Criteria,
            item: 0,
        };
        let five = KeyEvent::new(KeyCode::Char('5'), KeyModifiers::NONE);
        assert_eq!(handle_key(&mut s, five), vec![Effect::Save]);
        assert_eq!(s.session.benchmarks[0].criteria[0].rating, Some(5));
        let zero = KeyEvent::new(KeyCode::Char('0'), KeyModifiers::NONE);
        assert!(handle_key(&mut s, zero).is_empty());
        let rate = s
            .keymap
            .iter()
            .find(|b| matches!(b.action, Action::Rate(_)))
            .unwrap();
        assert_eq!(crate::app::keymap::keys_label(rate), "1–5");
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;
    use crate::store::content::built_in;

    #[test]
    fn the_overview_moves_in_the_order_it_shows() {
        let mut pack = built_in().unwrap().pack;
        // A school's pack that lists benchmark 10 first in its first group.
        pack.framework.groups[0].benchmarks = vec![10, 1, 2];
        pack.framework.groups[3 - 1].benchmarks = vec![7, 8, 9];
        let session = Session::new(&pack, "A", "2025/26");
        let mut s = State::new(pack, session, "t.ron".into(), "2026-01-15".into());
        s.overview_selected = 9; // benchmark 10, shown first
        update(&mut s, Action::Down);
        assert_eq!(s.overview_selected, 0, "then benchmark 1");
        update(&mut s, Action::Up);
        update(&mut s, Action::Up);
        assert_eq!(s.overview_selected, 9, "stays at the top");
    }
}

#[cfg(test)]
mod next_year_tests {
    use super::*;
    use crate::store::content::built_in;

    #[test]
    fn next_year_waits_until_this_year_is_saved() {
        let pack = built_in().unwrap().pack;
        let session = Session::new(&pack, "A", "2025/26");
        let mut s = State::new(pack, session, "t.ron".into(), "2026-01-15".into());
        s.unsaved = true;
        assert!(update(&mut s, Action::NextYear).is_empty());
        assert!(s.message.as_ref().unwrap().error);
        s.unsaved = false;
        assert_eq!(
            update(&mut s, Action::NextYear),
            vec![Effect::StartNextYear]
        );
    }
}
