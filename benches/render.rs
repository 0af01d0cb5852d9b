//! How long drawing a screen and loading files take. Budgets for these live
//! here, not in timed tests: run `cargo bench` and compare.

use std::path::Path;

use hkbm::app::walk::{Position, Step};
use hkbm::app::{Action, Screen, State, update};
use hkbm::model::content::Phase;
use hkbm::store::content::built_in;
use hkbm::store::session::{parse, to_ron};
use hkbm::ui::{Theme, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const EXAMPLE: &str = include_str!("../sessions/lantau-bay-college-2025-26.ron");

fn main() {
    divan::main();
}

fn state(screen: Screen, step: Step) -> State {
    let pack = built_in().unwrap().pack;
    let (session, _) = parse(Path::new("example.ron"), EXAMPLE).unwrap();
    let mut s = State::new(pack, session, "example.ron".into(), "2026-01-15".into());
    s.screen = screen;
    s.pos = Position {
        bm: 5,
        step,
        item: 1,
    };
    s
}

const SIZES: &[(u16, u16)] = &[(80, 24), (200, 60)];

/// Every screen a user sees, by name.
const SCREENS: &[&str] = &[
    "overview", "aim", "criteria", "tips", "targets", "summary", "bars", "compare", "present",
    "actions",
];

fn screen(name: &str) -> State {
    let mut s = match name {
        "overview" => state(Screen::Overview, Step::Aim),
        "aim" => state(Screen::Benchmark, Step::Aim),
        "criteria" | "present" => state(Screen::Benchmark, Step::Criteria),
        "tips" => state(Screen::Benchmark, Step::Tips(Phase::Plan)),
        "targets" => state(Screen::Benchmark, Step::Targets),
        "actions" => state(Screen::Actions, Step::Aim),
        _ => state(Screen::Summary, Step::Aim),
    };
    s.present = name == "present";
    s.bars = name == "bars";
    if name == "compare" {
        let pack = built_in().unwrap().pack;
        let old = include_str!("../sessions/lantau-bay-college-2024-25.ron");
        let inputs = [("old.ron", old), ("new.ron", EXAMPLE)]
            .into_iter()
            .map(|(f, text)| {
                hkbm::model::compare::Input::new(
                    f.into(),
                    parse(Path::new(f), text).unwrap().0,
                    &pack,
                )
            })
            .collect();
        s.comparison = Some(hkbm::model::compare::compare(&pack, inputs));
        s.screen = Screen::Compare;
    }
    s
}

fn draw_screen(bencher: divan::Bencher, name: &str, w: u16, h: u16) {
    let s = screen(name);
    let theme = Theme::dark();
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    bencher.bench_local(|| {
        term.draw(|f| render(f, &s, &theme)).unwrap();
    });
}

/// One frame of each screen at 80×24 (SSH). Budget: 0.5 ms.
#[divan::bench(args = SCREENS)]
fn frame_80x24(bencher: divan::Bencher, name: &str) {
    draw_screen(bencher, name, 80, 24);
}

/// One frame of each screen at 200×60 (projector). Budget: 0.5 ms.
#[divan::bench(args = SCREENS)]
fn frame_200x60(bencher: divan::Bencher, name: &str) {
    draw_screen(bencher, name, 200, 60);
}

#[divan::bench(args = SIZES)]
fn help_overlay(bencher: divan::Bencher, size: &(u16, u16)) {
    let mut s = state(Screen::Overview, Step::Aim);
    update(&mut s, Action::Help);
    let theme = Theme::dark();
    let mut term = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    bencher.bench_local(|| {
        term.draw(|f| render(f, &s, &theme)).unwrap();
    });
}

#[divan::bench]
fn jump_search_one_query() -> usize {
    let mut s = state(Screen::Overview, Step::Aim);
    update(&mut s, Action::Jump);
    let Some(hkbm::app::Overlay::Jump(j)) = &mut s.overlay else {
        unreachable!()
    };
    j.query = "interview".into();
    j.search();
    j.hits.len()
}

/// What starting the app costs for its content: the pack as the build
/// parsed it…
#[divan::bench]
fn load_built_in_pack() -> usize {
    built_in().unwrap().pack.benchmarks.len()
}

/// …against parsing and checking its RON text (what every start did before).
#[divan::bench]
fn load_built_in_pack_from_text() -> usize {
    hkbm::store::content::built_in_from_text()
        .unwrap()
        .pack
        .benchmarks
        .len()
}

#[divan::bench]
fn parse_example_session() -> usize {
    parse(Path::new("example.ron"), divan::black_box(EXAMPLE))
        .unwrap()
        .0
        .benchmarks
        .len()
}

/// What the app does in-process before its first frame: the session parsed
/// and checked, the pack loaded, the overview drawn on a new terminal at
/// 80×24 (the real start adds the command line, the terminal and the
/// catalogue's overview part).
#[divan::bench]
fn start_to_first_overview_frame() -> usize {
    let pack = built_in().unwrap().pack;
    let path = Path::new("example.ron");
    let parsed = hkbm::store::session::Parsed {
        text: EXAMPLE.to_string(),
        session: parse(path, divan::black_box(EXAMPLE)).unwrap().0,
        newer_version: false,
    };
    let loaded = hkbm::store::session::check_parsed(path, parsed, &pack, false).unwrap();
    let s = State::new(
        pack,
        loaded.session,
        "example.ron".into(),
        "2026-01-15".into(),
    );
    let theme = Theme::dark();
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| render(f, &s, &theme)).unwrap();
    term.backend().buffer().content.len()
}

#[divan::bench]
fn write_example_session(bencher: divan::Bencher) {
    let (session, _) = parse(Path::new("example.ron"), EXAMPLE).unwrap();
    bencher.bench_local(|| to_ron(&session).len());
}

const MODES: &[hkbm::app::state::RadarMode] = &[
    hkbm::app::state::RadarMode::Braille,
    hkbm::app::state::RadarMode::HalfBlock,
    hkbm::app::state::RadarMode::Ascii,
];

#[divan::bench(args = MODES)]
fn summary_radar_200x60(bencher: divan::Bencher, mode: &hkbm::app::state::RadarMode) {
    let mut s = state(Screen::Summary, Step::Aim);
    s.radar = *mode;
    let theme = Theme::dark();
    let mut term = Terminal::new(TestBackend::new(200, 60)).unwrap();
    bencher.bench_local(|| {
        term.draw(|f| render(f, &s, &theme)).unwrap();
    });
}

/// A criterion whose evidence note is 1 MB of text, and one of 10,000 lines.
#[divan::bench(args = ["1 MB note", "10,000-line note"])]
fn huge_note_80x24(bencher: divan::Bencher, which: &str) {
    let mut s = state(Screen::Benchmark, Step::Criteria);
    s.pos = Position {
        bm: 1,
        step: Step::Criteria,
        item: 0,
    };
    s.session.benchmarks[1].criteria[0].note = if which.starts_with('1') {
        "长".repeat(350_000)
    } else {
        (1..=10_000)
            .map(|i| format!("line {i}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let theme = Theme::dark();
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    bencher.bench_local(|| {
        term.draw(|f| render(f, &s, &theme)).unwrap();
    });
}
