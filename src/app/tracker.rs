//! The actions screen between meetings: every decided tip across the
//! benchmarks, sorted and filtered, edited in place with the walk's keys
//! (status, owner, due, note), and a way back into the walk.

use super::action::Action;
use super::change::{change, open_editor};
use super::editor::Field;
use super::state::{Overlay, SayAgain, Screen, State};
use super::update::{Effect, go};
use super::walk::{Position, Step};
use crate::model::date::{Date, parse_iso};
use crate::model::tracker::{self, ActionItem, Filter, Sort};
use crate::tr;

/// Weeks ahead offered by "due soon", in the order `W` steps through them.
pub const WEEKS: [u32; 3] = [2, 4, 8];

/// Where the actions screen stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tracker {
    pub sort: Sort,
    pub filter: Filter,
    /// The highlighted action, by tip id, so it stays highlighted when the
    /// list is sorted again or its row moves.
    pub selected: Option<String>,
    /// The row highlighted last, for when the selected action leaves the list.
    pub row: usize,
    /// Typing goes into the search.
    pub searching: bool,
}

/// The owner picker: everyone named as an owner, to show one person's actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnerPicker {
    /// `None` (everyone) first, then the names, then `Some("")` (no owner
    /// yet) when some action has none.
    pub names: Vec<Option<String>>,
    pub selected: usize,
}

/// The list as shown: every decided tip, and the rows the filter keeps, in order.
pub struct View {
    pub items: Vec<ActionItem>,
    pub rows: Vec<usize>,
    /// Index into `rows` of the highlighted one (0 when empty).
    pub selected: usize,
}

impl View {
    pub fn selected_item(&self) -> Option<&ActionItem> {
        self.rows.get(self.selected).map(|&i| &self.items[i])
    }
}

impl State {
    /// The date lateness is measured against.
    pub fn today_date(&self) -> Date {
        parse_iso(&self.today).unwrap_or_else(Date::today)
    }

    /// The actions screen's list, as it should be drawn.
    pub fn action_view(&self) -> View {
        let items = tracker::collect(&self.pack, &self.session, &self.terms);
        let t = &self.tracker;
        let rows = tracker::select(&items, &t.filter, t.sort, self.today_date());
        let selected = t
            .selected
            .as_ref()
            .and_then(|id| rows.iter().position(|&i| items[i].tip_id == *id))
            .unwrap_or_else(|| t.row.min(rows.len().saturating_sub(1)));
        View {
            items,
            rows,
            selected,
        }
    }
}

/// Open the actions screen.
pub fn open(state: &mut State) {
    state.screen = Screen::Actions;
    state.tracker.searching = false;
    let v = state.action_view();
    if v.rows.is_empty() {
        state.say(move || tr!("msg-no-actions"));
    }
}

/// Carry out an action on the actions screen; None when it is not one of its own.
pub fn update(state: &mut State, action: Action) -> Option<Vec<Effect>> {
    let effects = match action {
        Action::Up | Action::Down => {
            let v = state.action_view();
            let row = if action == Action::Down {
                (v.selected + 1).min(v.rows.len().saturating_sub(1))
            } else {
                v.selected.saturating_sub(1)
            };
            select_row(state, &v, row);
            Vec::new()
        }
        Action::SortActions => {
            state.tracker.sort = state.tracker.sort.next();
            let sort = state.tracker.sort;
            state.say(move || tr!("msg-sorted-by", sort = crate::i18n::sort(sort)));
            Vec::new()
        }
        Action::FilterStatus => {
            let f = &mut state.tracker.filter;
            f.status = f.status.next();
            let status = f.status;
            state.say(move || tr!("msg-showing", what = crate::i18n::status_filter(status)));
            Vec::new()
        }
        Action::FilterLate => {
            let f = &mut state.tracker.filter;
            f.late = !f.late;
            let on = f.late;
            state.say(move || {
                if on {
                    tr!("msg-late-only")
                } else {
                    tr!("msg-late-and-not")
                }
            });
            Vec::new()
        }
        Action::FilterSoon => {
            let f = &mut state.tracker.filter;
            f.within_weeks = match f.within_weeks {
                None => Some(WEEKS[0]),
                Some(w) => WEEKS.iter().skip_while(|x| **x != w).nth(1).copied(),
            };
            let within = f.within_weeks;
            state.say(move || match within {
                Some(w) => tr!("msg-due-within", weeks = w),
                None => tr!("msg-due-any-time"),
            });
            Vec::new()
        }
        Action::FilterNotForUs => {
            let f = &mut state.tracker.filter;
            f.not_for_us = !f.not_for_us;
            let on = f.not_for_us;
            state.say(move || {
                if on {
                    tr!("msg-not-for-us-listed")
                } else {
                    tr!("msg-not-for-us-hidden")
                }
            });
            Vec::new()
        }
        Action::ClearFilters => {
            state.tracker.filter = Filter::default();
            state.tracker.searching = false;
            state.say(move || tr!("msg-filters-cleared"));
            Vec::new()
        }
        Action::SearchActions => {
            state.tracker.searching = true;
            Vec::new()
        }
        Action::PickOwner => {
            let v = state.action_view();
            let mut names = vec![None];
            names.extend(tracker::owners(&v.items).into_iter().map(Some));
            if v.items.iter().any(|a| a.owners().is_empty()) {
                names.push(Some(String::new()));
            }
            let current = state.tracker.filter.owner.clone();
            let selected = names.iter().position(|n| *n == current).unwrap_or(0);
            state.overlay = Some(Overlay::Owners(OwnerPicker { names, selected }));
            Vec::new()
        }
        Action::OpenTip => {
            let v = state.action_view();
            if let Some(a) = v.selected_item() {
                let pos = Position {
                    bm: a.bm,
                    step: Step::Tips(a.phase),
                    item: a.item,
                };
                state.screen = Screen::Benchmark;
                go(state, pos);
            }
            Vec::new()
        }
        Action::Status(status) => {
            let v = state.action_view();
            let Some(a) = v.selected_item() else {
                return Some(Vec::new());
            };
            let (bm, id) = (a.bm_id.clone(), a.tip_id.clone());
            // The highlight stays on the row, not the tip: a tip marked done
            // moves down the list, and the next one to discuss comes up.
            state.tracker.selected = None;
            state.tracker.row = v.selected;
            let what = {
                let id = id.clone();
                SayAgain::new(move || format!("{id}: {}", crate::i18n::status(status)))
            };
            change(state, what, |s| {
                let t = s
                    .benchmarks
                    .iter_mut()
                    .find(|b| b.id == bm)
                    .and_then(|b| b.tips.iter_mut().find(|t| t.id == id))
                    .ok_or_else(|| tr!("msg-no-record", id = id.as_str()))?;
                t.status = status;
                Ok(())
            })
        }
        Action::EditOwner | Action::EditDue | Action::EditNote => {
            let v = state.action_view();
            let Some(a) = v.selected_item() else {
                return Some(Vec::new());
            };
            let (bm, id) = (a.bm_id.clone(), a.tip_id.clone());
            pin(state, &v);
            let (field, what) = match action {
                Action::EditOwner => (Field::TipOwner { bm, id: id.clone() }, tr!("field-owner")),
                Action::EditDue => (Field::TipDue { bm, id: id.clone() }, tr!("editor-due")),
                _ => (Field::TipNote { bm, id: id.clone() }, tr!("field-note")),
            };
            open_editor(state, field, format!("{what} · {id}"));
            Vec::new()
        }
        _ => return None,
    };
    Some(effects)
}

/// Keys of the owner picker.
pub fn update_picker(state: &mut State, action: Action) -> Option<Vec<Effect>> {
    let Some(Overlay::Owners(p)) = &mut state.overlay else {
        return None;
    };
    match action {
        Action::Up => p.selected = p.selected.saturating_sub(1),
        Action::Down => p.selected = (p.selected + 1).min(p.names.len().saturating_sub(1)),
        Action::Choose => {
            let name = p.names.get(p.selected).cloned().flatten();
            state.overlay = None;
            state.tracker.row = 0;
            state.tracker.selected = None;
            match name.as_deref() {
                None => state.say(move || tr!("msg-everyone")),
                Some("") => state.say(move || tr!("msg-nobody")),
                Some(n) => {
                    let n = n.to_string();
                    state.say(move || tr!("msg-owner", name = n.as_str()));
                }
            }
            state.tracker.filter.owner = name;
        }
        _ => return None,
    }
    Some(Vec::new())
}

/// A click on row `row` of the list (with `--mouse`) highlights it.
pub fn click(state: &mut State, row: usize) {
    let v = state.action_view();
    if row < v.rows.len() {
        select_row(state, &v, row);
    }
}

/// Text typed into the search (Backspace takes a character back).
pub fn type_search(state: &mut State, c: Option<char>) {
    let q = &mut state.tracker.filter.search;
    match c {
        Some(c) => q.push(c),
        None => {
            q.pop();
        }
    }
    state.tracker.row = 0;
    state.tracker.selected = None;
}

fn select_row(state: &mut State, v: &View, row: usize) {
    state.tracker.row = row;
    state.tracker.selected = v.rows.get(row).map(|&i| v.items[i].tip_id.clone());
}

/// Remember the highlighted row before a change that may move it.
fn pin(state: &mut State, v: &View) {
    select_row(state, v, v.selected);
}

#[cfg(test)]
mod tests {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::app::keymap::Context;
    use crate::app::update::handle_key;
    use crate::model::TipStatus;
    use crate::store::content::built_in;
    use crate::store::session::parse;

    const EXAMPLE: &str = include_str!("../../sessions/lantau-bay-college-2025-26.ron");

    fn state() -> State {
        let pack = built_in().unwrap().pack;
        let (session, _) = parse(std::path::Path::new("x.ron"), EXAMPLE).unwrap();
        State::new(pack, session, "x.ron".into(), "2026-03-10".into())
    }

    fn key(s: &mut State, c: char) -> Vec<Effect> {
        handle_key(s, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    fn code(s: &mut State, c: KeyCode) -> Vec<Effect> {
        handle_key(s, KeyEvent::new(c, KeyModifiers::NONE))
    }

    fn selected(s: &State) -> ActionItem {
        s.action_view().selected_item().unwrap().clone()
    }

    #[test]
    fn one_key_from_anywhere_shows_every_action_late_first() {
        let mut s = state();
        crate::app::update(&mut s, Action::Next); // into the walk
        key(&mut s, 'A');
        assert_eq!(s.screen, Screen::Actions);
        assert_eq!(s.context(), Context::Actions);
        let v = s.action_view();
        assert_eq!(v.rows.len(), 19);
        let first = v.selected_item().unwrap();
        assert_eq!(
            first.tip_id, "bm2.implement.1",
            "the earliest late action first"
        );
        assert!(first.late(s.today_date()));
        key(&mut s, 'l');
        let v = s.action_view();
        assert!(v.rows.iter().all(|&i| v.items[i].late(s.today_date())));
        let late: Vec<_> = v.rows.iter().map(|&i| v.items[i].tip_id.as_str()).collect();
        // In progress and due by the end of Term 1 (2026-01-31).
        assert_eq!(late, ["bm2.implement.1", "bm6.implement.4"]);
    }

    #[test]
    fn status_owner_and_due_are_edited_in_place_and_undone() {
        let mut s = state();
        key(&mut s, 'A');
        key(&mut s, 'l');
        let late = selected(&s);
        assert!(late.late(s.today_date()));
        assert_eq!(key(&mut s, '3'), vec![Effect::Save]);
        let tip = |s: &State, id: &str| {
            s.session
                .benchmarks
                .iter()
                .flat_map(|b| &b.tips)
                .find(|t| t.id == id)
                .unwrap()
                .clone()
        };
        assert_eq!(tip(&s, &late.tip_id).status, TipStatus::Done);
        // Done is no longer late: the next late one is highlighted.
        assert_ne!(selected(&s).tip_id, late.tip_id);
        assert!(selected(&s).late(s.today_date()));
        let next = selected(&s);
        key(&mut s, 'd');
        assert_eq!(s.context(), Context::Editor);
        for _ in 0..20 {
            code(&mut s, KeyCode::Backspace);
        }
        for c in "2026-04-30".chars() {
            key(&mut s, c);
        }
        assert_eq!(code(&mut s, KeyCode::Enter), vec![Effect::Save]);
        assert_eq!(tip(&s, &next.tip_id).due, "2026-04-30");
        assert_eq!(s.screen, Screen::Actions);
        key(&mut s, 'u');
        assert_eq!(tip(&s, &next.tip_id).due, next.due_text);
        key(&mut s, 'u');
        assert_eq!(tip(&s, &late.tip_id).status, late.status);
        assert_eq!(s.screen, Screen::Actions);
    }

    #[test]
    fn the_picker_offers_the_actions_nobody_owns() {
        let mut s = state();
        let t = s.session.benchmarks[3]
            .tips
            .iter_mut()
            .find(|t| t.id == "bm4.plan.6")
            .unwrap();
        t.owner.clear();
        key(&mut s, 'A');
        key(&mut s, 'w');
        let Some(Overlay::Owners(p)) = &s.overlay else {
            panic!("picker open")
        };
        assert_eq!(p.names.last().unwrap().as_deref(), Some(""));
        for _ in 0..p.names.len() {
            code(&mut s, KeyCode::Down);
        }
        code(&mut s, KeyCode::Enter);
        let v = s.action_view();
        let ids: Vec<_> = v.rows.iter().map(|&i| v.items[i].tip_id.as_str()).collect();
        assert_eq!(ids, ["bm4.plan.6"]);
        assert!(s.message.as_ref().unwrap().text.contains("nobody owns"));
    }

    #[test]
    fn marking_done_keeps_the_highlight_on_the_row_for_the_next_one() {
        let mut s = state();
        key(&mut s, 'A');
        let first = selected(&s);
        key(&mut s, '3');
        let next = selected(&s);
        assert_ne!(next.tip_id, first.tip_id);
        assert!(next.late(s.today_date()), "the second late action came up");
        key(&mut s, '3');
        assert!(!selected(&s).late(s.today_date()));
        assert_eq!(
            s.action_view()
                .items
                .iter()
                .filter(|a| a.late(s.today_date()))
                .count(),
            0
        );
    }

    #[test]
    fn the_owner_picker_search_and_sorting_narrow_the_list() {
        let mut s = state();
        key(&mut s, 'A');
        key(&mut s, 'w');
        let Some(Overlay::Owners(p)) = &s.overlay else {
            panic!("picker open")
        };
        assert_eq!(p.names[0], None);
        let wong = p
            .names
            .iter()
            .position(|n| n.as_deref() == Some("Ms Wong"))
            .unwrap();
        for _ in 0..wong {
            code(&mut s, KeyCode::Down);
        }
        code(&mut s, KeyCode::Enter);
        assert!(s.overlay.is_none());
        let v = s.action_view();
        assert!(v.rows.iter().all(|&i| v.items[i].owner == "Ms Wong"));
        assert!(!v.rows.is_empty());
        key(&mut s, '/');
        assert_eq!(s.context(), Context::ActionSearch);
        for c in "summer".chars() {
            key(&mut s, c);
        }
        code(&mut s, KeyCode::Enter);
        assert_eq!(s.context(), Context::Actions);
        let v = s.action_view();
        assert!(v.rows.iter().all(|&i| v.items[i].due_text == "Summer"));
        key(&mut s, 'F');
        assert_eq!(s.action_view().rows.len(), 19);
        key(&mut s, 's');
        assert_eq!(s.tracker.sort, Sort::Benchmark);
        assert_eq!(selected(&s).bm, 0);
        code(&mut s, KeyCode::Enter);
        assert_eq!(s.screen, Screen::Benchmark);
        assert!(matches!(s.pos.step, Step::Tips(_)));
    }
}

#[cfg(test)]
mod read_only_tests {
    use super::*;
    use crate::store::content::built_in;
    use crate::store::session::parse;

    #[test]
    fn a_read_only_session_refuses_edits_on_the_actions_screen() {
        let pack = built_in().unwrap().pack;
        let text = include_str!("../../sessions/lantau-bay-college-2025-26.ron");
        let (session, _) = parse(std::path::Path::new("x.ron"), text).unwrap();
        let mut s = State::new(pack, session, "x.ron".into(), "2026-03-10".into());
        s.read_only = Some("opened with --read-only".into());
        let before = s.session.clone();
        crate::app::update(&mut s, Action::Actions);
        assert!(
            crate::app::update(&mut s, Action::Status(crate::model::TipStatus::Done)).is_empty()
        );
        crate::app::update(&mut s, Action::EditDue);
        assert!(s.overlay.is_none());
        assert_eq!(s.session, before);
        assert!(s.message.as_ref().unwrap().text.starts_with("Read-only"));
    }
}
