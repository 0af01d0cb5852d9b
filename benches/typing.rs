//! What one keystroke costs in the note editor when the note is long: the
//! key handled and the screen drawn at 80×24. Budget: well under a frame
//! (16 ms) whatever the note's size, and about the same for 1 MB and 15 MB.

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hkbm::app::walk::{Position, Step};
use hkbm::app::{Action, Screen, State, handle_key, update};
use hkbm::store::content::built_in;
use hkbm::store::session::parse;
use hkbm::ui::{Theme, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const EXAMPLE: &str = include_str!("../sessions/lantau-bay-college-2025-26.ron");

fn main() {
    divan::main();
}

/// The app with the editor open on a criterion note of about `mb` MB:
/// paragraphs of Chinese and English text, the cursor at the end.
fn editing(mb: usize) -> State {
    let pack = built_in().unwrap().pack;
    let (mut session, _) = parse(Path::new("example.ron"), EXAMPLE).unwrap();
    let paragraph =
        "Students met 12 employers this term. 學生本學期與十二位僱主會面，並參加了職業講座。\n";
    let note = paragraph.repeat(mb * 1_000_000 / paragraph.len());
    session.benchmarks[3].criteria[0].note = note;
    let mut s = State::new(pack, session, "example.ron".into(), "2026-01-15".into());
    s.screen = Screen::Benchmark;
    s.pos = Position {
        bm: 3,
        step: Step::Criteria,
        item: 0,
    };
    update(&mut s, Action::EditNote);
    s
}

fn keystroke(bencher: divan::Bencher, mb: usize, code: KeyCode) {
    let mut s = editing(mb);
    let theme = Theme::dark();
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| render(f, &s, &theme)).unwrap();
    bencher.bench_local(|| {
        handle_key(&mut s, KeyEvent::new(code, KeyModifiers::NONE));
        term.draw(|f| render(f, &s, &theme)).unwrap();
    });
}

/// Typing a letter at the end of the note.
#[divan::bench(args = [1, 15], sample_count = 20, sample_size = 1)]
fn type_a_letter(bencher: divan::Bencher, mb: usize) {
    keystroke(bencher, mb, KeyCode::Char('x'));
}

/// Moving the cursor up a line.
#[divan::bench(args = [1, 15], sample_count = 20, sample_size = 1)]
fn move_up(bencher: divan::Bencher, mb: usize) {
    keystroke(bencher, mb, KeyCode::Up);
}
