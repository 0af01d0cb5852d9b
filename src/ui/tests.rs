//! Screen snapshots at 80×24 (SSH) and 160×45 (projector), plus cell-level
//! checks where colour or emphasis carries meaning.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Position;
use ratatui::style::{Color, Modifier};

use super::{Theme, render};
use crate::app::walk::Step;
use crate::app::{Action, Screen, State, handle_key, update};
use crate::model::content::Phase;
use crate::store::content::built_in;
use crate::store::session::parse;

const EXAMPLE: &str = include_str!("../../sessions/lantau-bay-college-2025-26.ron");

fn example() -> State {
    let pack = built_in().unwrap().pack;
    let (session, _) = parse(std::path::Path::new("example.ron"), EXAMPLE).unwrap();
    State::new(
        pack,
        session,
        "lantau-bay-college-2025-26.ron".into(),
        "2026-01-15".into(),
    )
}

fn draw(state: &State, w: u16, h: u16, theme: &Theme) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| render(f, state, theme)).unwrap();
    t
}

/// Snapshot `state` at both sizes.
fn snap(name: &str, state: &State) {
    for (w, h) in [(80, 24), (160, 45)] {
        let t = draw(state, w, h, &Theme::dark());
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
    }
}

fn at(state: &mut State, bm: usize, step: Step, item: usize) {
    state.screen = Screen::Benchmark;
    state.pos = crate::app::walk::Position { bm, step, item };
    state.overview_selected = bm;
}

fn key(state: &mut State, code: KeyCode) {
    handle_key(state, KeyEvent::new(code, KeyModifiers::NONE));
}

#[test]
fn overview() {
    let mut s = example();
    s.overview_selected = 3;
    snap("overview", &s);
}

#[test]
fn the_overview_counts_its_source_rows_again_for_a_new_width_or_language() {
    // One state drawn at one size, then another, then in Chinese: each
    // frame is the frame a state drawn only at that size would give.
    let mut kept = example();
    kept.overview_selected = 3;
    let fresh = |w, h| {
        let mut s = example();
        s.overview_selected = 3;
        draw(&s, w, h, &Theme::dark()).backend().to_string()
    };
    for (w, h) in [(200, 60), (80, 24), (60, 30), (80, 24)] {
        let drawn = draw(&kept, w, h, &Theme::dark()).backend().to_string();
        assert_eq!(drawn, fresh(w, h), "{w}x{h}");
    }
    let _zh = crate::i18n::scoped(crate::i18n::Lang::ZhHk);
    kept.pack = crate::store::content::built_in_in(crate::i18n::Lang::ZhHk)
        .unwrap()
        .pack;
    let drawn = draw(&kept, 80, 24, &Theme::dark()).backend().to_string();
    let mut zh = example();
    zh.pack = kept.pack.clone();
    zh.overview_selected = 3;
    assert_eq!(
        drawn,
        draw(&zh, 80, 24, &Theme::dark()).backend().to_string()
    );
}

#[test]
fn aim() {
    let mut s = example();
    at(&mut s, 3, Step::Aim, 0);
    snap("aim", &s);
}

#[test]
fn criteria() {
    let mut s = example();
    at(&mut s, 1, Step::Criteria, 6);
    snap("criteria", &s);
}

#[test]
fn tips() {
    let mut s = example();
    at(&mut s, 5, Step::Tips(Phase::Implement), 3);
    snap("tips", &s);
}

#[test]
fn targets() {
    let mut s = example();
    at(&mut s, 5, Step::Targets, 0);
    snap("targets", &s);
}

#[test]
fn reference_pane() {
    let mut s = example();
    at(&mut s, 1, Step::Tips(Phase::Plan), 0);
    update(&mut s, Action::Reference);
    snap("reference", &s);
}

#[test]
fn help() {
    let mut s = example();
    update(&mut s, Action::Help);
    snap("help", &s);
}

#[test]
fn jump() {
    let mut s = example();
    update(&mut s, Action::Jump);
    for c in "interview".chars() {
        key(&mut s, KeyCode::Char(c));
    }
    snap("jump", &s);
}

#[test]
fn editor_with_chinese_text_puts_the_cursor_after_it() {
    let mut s = example();
    at(&mut s, 3, Step::Criteria, 0);
    key(&mut s, KeyCode::Char('e'));
    for c in "學生講座 ok".chars() {
        key(&mut s, KeyCode::Char(c));
    }
    snap("editor", &s);
    let mut t = draw(&s, 80, 24, &Theme::dark());
    let cursor = t.get_cursor_position().unwrap();
    // Find where the text starts on screen; the cursor sits 11 columns on
    // (four wide characters, a space and two letters).
    let buf = t.backend().buffer().clone();
    let row = (0..24)
        .find(|&y| (0..80).any(|x| buf[(x, y)].symbol() == "學"))
        .expect("text on screen");
    let start = (0..80).find(|&x| buf[(x, row)].symbol() == "學").unwrap();
    assert_eq!(cursor, Position::new(start + 11, row));
}

#[test]
fn too_small_says_so() {
    let s = example();
    let t = draw(&s, 50, 12, &Theme::dark());
    insta::assert_snapshot!("too_small", t.backend());
}

#[test]
fn every_size_from_tiny_to_huge_draws_without_panic() {
    let mut s = example();
    let mut c = comparison_state();
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 3),
        (20, 5),
        (59, 15),
        (60, 16),
        (61, 17),
        (80, 24),
        (250, 70),
        (500, 200),
    ] {
        for step in Step::ALL {
            at(&mut s, 8, step, 0);
            draw(&s, w, h, &Theme::dark());
            update(&mut s, Action::Reference);
            draw(&s, w, h, &Theme::dark());
        }
        for screen in [Screen::Overview, Screen::Summary, Screen::Actions] {
            s.screen = screen;
            draw(&s, w, h, &Theme::mono());
        }
        update(&mut s, Action::Actions);
        update(&mut s, Action::PickOwner);
        draw(&s, w, h, &Theme::dark());
        update(&mut s, Action::Close);
        update(&mut s, Action::ToggleBars);
        s.screen = Screen::Summary;
        draw(&s, w, h, &Theme::dark());
        update(&mut s, Action::ToggleBars);
        at(&mut s, 8, Step::Criteria, 0);
        for overlay in [Action::EditNote, Action::Help, Action::Jump] {
            update(&mut s, overlay);
            draw(&s, w, h, &Theme::dark());
            update(&mut s, Action::Close);
            update(&mut s, Action::EditorCancel);
        }
        for _ in 0..4 {
            draw(&c, w, h, &Theme::dark());
            update(&mut c, Action::NextStep);
        }
    }
}

#[test]
fn the_selected_benchmark_row_is_reversed() {
    let mut s = example();
    s.overview_selected = 3;
    let t = draw(&s, 80, 24, &Theme::dark());
    let buf = t.backend().buffer();
    let row = (0..24)
        .find(|&y| {
            (0..80)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
                .contains("Address the Needs")
        })
        .unwrap();
    assert!(buf[(5, row)].modifier.contains(Modifier::REVERSED));
    assert!(!buf[(5, row + 1)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn ratings_are_coloured_and_written_out() {
    let mut s = example();
    at(&mut s, 1, Step::Criteria, 0);
    s.session.benchmarks[1].criteria[1].rating = Some(4);
    s.session.benchmarks[1].criteria[2].rating = Some(0);
    let t = draw(&s, 80, 24, &Theme::dark());
    let buf = t.backend().buffer();
    let line = |y: u16| {
        (0..80)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect::<String>()
    };
    let full = (0..24).find(|&y| line(y).contains("4 Fully met")).unwrap();
    let x = line(full).find("4 Fully met").unwrap() as u16;
    assert_eq!(buf[(x, full)].fg, Color::Green);
    assert!(buf[(x, full)].modifier.contains(Modifier::BOLD));
    let none = (0..24).find(|&y| line(y).contains("0 Not yet")).unwrap();
    let x = line(none).find("0 Not yet").unwrap() as u16;
    assert_eq!(buf[(x, none)].fg, Color::LightRed);
}

#[test]
fn no_color_means_no_colour_anywhere() {
    let mut s = example();
    for (screen, step) in [
        (Screen::Overview, Step::Aim),
        (Screen::Benchmark, Step::Criteria),
    ] {
        at(&mut s, 1, step, 0);
        s.screen = screen;
        let t = draw(&s, 80, 24, &Theme::mono());
        for cell in t.backend().buffer().content() {
            assert_eq!(cell.fg, Color::Reset);
            assert_eq!(cell.bg, Color::Reset);
        }
    }
}

#[test]
fn escape_sequences_in_a_note_are_shown_inert() {
    let mut s = example();
    at(&mut s, 1, Step::Criteria, 0);
    s.session.benchmarks[1].criteria[0].note = "evil \u{1b}]0;owned\u{7} \u{1b}[2J done".into();
    s.session.school = "School\u{1b}[31m".into();
    let t = draw(&s, 80, 24, &Theme::dark());
    for cell in t.backend().buffer().content() {
        assert!(
            !cell.symbol().chars().any(crate::text::is_unsafe),
            "{:?}",
            cell.symbol()
        );
    }
    let text: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("\\u{1b}]0;owned"));
}

#[test]
fn summary_radar_in_every_drawing_at_three_sizes() {
    use crate::app::state::RadarMode;
    let mut s = example();
    update(&mut s, Action::Summary);
    for mode in [RadarMode::Braille, RadarMode::HalfBlock, RadarMode::Ascii] {
        s.radar = mode;
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            let t = draw(&s, w, h, &Theme::dark());
            insta::assert_snapshot!(
                format!("summary_{}_{w}x{h}", mode.name().replace(' ', "_")),
                t.backend()
            );
        }
    }
}

#[test]
fn summary_bars() {
    let mut s = example();
    update(&mut s, Action::Summary);
    update(&mut s, Action::ToggleBars);
    snap("summary_bars", &s);
}

fn comparison_state() -> State {
    let pack = built_in().unwrap().pack;
    let old = include_str!("../../sessions/lantau-bay-college-2024-25.ron");
    let inputs = [("old.ron", old), ("new.ron", EXAMPLE)]
        .into_iter()
        .map(|(f, text)| {
            crate::model::compare::Input::new(
                f.into(),
                parse(std::path::Path::new(f), text).unwrap().0,
                &pack,
            )
        })
        .collect();
    let mut s = example();
    s.comparison = Some(crate::model::compare::compare(&pack, inputs));
    s.screen = Screen::Compare;
    s
}

#[test]
fn compare_screen_sections() {
    let mut s = comparison_state();
    snap("compare_scores", &s);
    for name in ["compare_criteria", "compare_plans", "compare_notes"] {
        update(&mut s, Action::NextStep);
        if name == "compare_notes" {
            // Benchmark 6 has notes in both years.
            for _ in 0..5 {
                update(&mut s, Action::NextBenchmark);
            }
        }
        snap(name, &s);
    }
}

#[test]
fn the_radar_table_and_bars_show_the_same_numbers() {
    let mut s = example();
    update(&mut s, Action::Summary);
    let text = |s: &State| {
        let t = draw(s, 120, 40, &Theme::dark());
        let buf = t.backend().buffer().clone();
        (0..40)
            .map(|y| {
                (0..120)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
    };
    let table = text(&s);
    update(&mut s, Action::ToggleBars);
    let bars = text(&s);
    let summary = crate::output::summary::Summary::build(&s.pack, &s.session);
    // The trend on the overview is the one the command line prints.
    update(&mut s, Action::Overview);
    let overview = text(&s);
    // (Benchmarks whose 2024/25 criteria were all retired have no trend.)
    for b in summary.benchmarks.iter().filter(|b| b.delta.is_some()) {
        let trend = crate::model::score::format_change(b.score.unwrap(), b.baseline.unwrap());
        let row = overview
            .iter()
            .find(|l| l.starts_with(&format!(" {:>2}  ", b.number)))
            .unwrap();
        assert!(row.contains(&trend), "overview {row:?} lacks {trend}");
    }
    update(&mut s, Action::Summary);
    for b in &summary.benchmarks {
        let score = crate::model::score::format_score(b.score);
        let short = &b.short;
        assert!(
            table
                .iter()
                .any(|l| l.contains(short.as_str()) && l.contains(&score)),
            "table lacks {short} {score}"
        );
        assert!(
            bars.iter()
                .any(|l| l.contains(short.as_str()) && l.contains(&score)),
            "bars lack {short} {score}"
        );
    }
}

fn screen_text(s: &State, w: u16, h: u16) -> String {
    let t = draw(s, w, h, &Theme::dark());
    let buf = t.backend().buffer().clone();
    (0..h)
        .map(|y| {
            (0..w)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn jumping_to_a_late_resource_brings_it_into_view() {
    let mut s = example();
    update(&mut s, Action::Jump);
    for c in "Study in Korea".chars() {
        key(&mut s, KeyCode::Char(c));
    }
    key(&mut s, KeyCode::Enter);
    assert_eq!(s.reference, Some(crate::app::jump::Reference::Resources));
    assert!(screen_text(&s, 80, 24).contains("Study in Korea"));
}

#[test]
fn a_long_note_scrolls_into_view_at_80x24() {
    let mut s = example();
    at(&mut s, 1, Step::Tips(Phase::Plan), 0);
    let note: Vec<String> = (1..=14).map(|i| format!("line {i} of the note")).collect();
    s.session.benchmarks[1].tips[0].note = note.join("\n");
    assert!(!screen_text(&s, 80, 24).contains("line 14 of the note"));
    for _ in 0..6 {
        update(&mut s, Action::ScrollDown);
    }
    assert!(screen_text(&s, 80, 24).contains("line 14 of the note"));
    // Moving to another tip starts its details at the top.
    update(&mut s, Action::Down);
    assert_eq!(s.pane_scroll, 0);
}

#[test]
fn help_reaches_the_score_formula_at_80x24() {
    let mut s = example();
    update(&mut s, Action::Help);
    for _ in 0..200 {
        update(&mut s, Action::Down);
    }
    assert!(screen_text(&s, 80, 24).contains("not counted as zero"));
}

#[test]
fn read_only_and_recovery_screens() {
    let mut s = example();
    s.read_only = Some(
        "already open for writing by ms.wong@office (process 4242) since 2026-01-15 09:00 +08:00"
            .into(),
    );
    s.error("Read-only: already open for writing by ms.wong@office.");
    snap("read_only", &s);
    let mut s = example();
    let session = s.session.clone();
    s.overlay = Some(crate::app::Overlay::Recovery {
        file: "sessions/lantau-bay-college-2025-26.ron.recovery.ron".into(),
        session: Box::new(session),
        note: "It is newer than the session file.".into(),
    });
    snap("recovery", &s);
    let mut s = example();
    let session = s.session.clone();
    s.overlay = Some(crate::app::Overlay::Recovery {
        file: "sessions/lantau-bay-college-2025-26.ron.recovery.ron".into(),
        session: Box::new(session),
        note: "It differs from the session file; restoring replaces the file's content (u undoes it). Not valid, so left out: an empty school name (the file's name is kept); bm1: target 200 %; bm1.c1: rating 9, not on the scale and 2 more.".into(),
    });
    snap("recovery_left_out", &s);
}

/// Notes a hostile or careless file can hold.
fn hostile_notes() -> Vec<String> {
    vec![
        "ansi \u{1b}[31mred\u{1b}[0m and clear \u{1b}[2J\u{1b}[H".into(),
        "osc title \u{1b}]0;pwned\u{7} and clipboard \u{1b}]52;c;aGVsbG8=\u{1b}\\".into(),
        "c0 \u{0}\u{1}\u{8}\u{7f} c1 \u{85}\u{9b}31m".into(),
        "bidi \u{202e}fdp.exe\u{202c} isolate \u{2067}x\u{2069}".into(),
        "family 👩\u{200d}👩\u{200d}👧 flag 🇭🇰 combining e\u{301}\u{302}\u{303}".into(),
        "中文筆記：學生\u{3000}全形空格".into(),
    ]
}

#[test]
fn hostile_notes_are_inert_on_every_screen() {
    let mut s = example();
    let notes = hostile_notes();
    for (i, n) in notes.iter().enumerate() {
        s.session.benchmarks[1].criteria[i].note = n.clone();
        s.session.benchmarks[1].tips[i].note = n.clone();
        s.session.benchmarks[1].tips[i].owner = n.clone();
    }
    s.session.benchmarks[1].notes = notes.join("\n");
    s.session.school = notes[0].clone();
    s.session.facilitator = notes[3].clone();
    let check = |s: &State, what: &str| {
        for (w, h) in [(80, 24), (160, 45)] {
            let t = draw(s, w, h, &Theme::dark());
            for cell in t.backend().buffer().content() {
                assert!(
                    !cell.symbol().chars().any(crate::text::is_unsafe),
                    "{what} at {w}x{h}: {:?}",
                    cell.symbol()
                );
            }
        }
    };
    check(&s, "overview");
    for step in Step::ALL {
        for item in 0..6 {
            at(&mut s, 1, step, item);
            check(&s, "benchmark");
        }
    }
    at(&mut s, 1, Step::Criteria, 0);
    update(&mut s, Action::Reference);
    check(&s, "reference");
    update(&mut s, Action::Summary);
    check(&s, "summary");
    update(&mut s, Action::Actions);
    check(&s, "actions");
    update(&mut s, Action::PickOwner);
    check(&s, "owners");
    update(&mut s, Action::Close);
    update(&mut s, Action::Jump);
    for c in "pwned".chars() {
        key(&mut s, KeyCode::Char(c));
    }
    check(&s, "jump");
    // The escapes are shown, so the reader sees something odd is there.
    update(&mut s, Action::Close);
    at(&mut s, 1, Step::Criteria, 1);
    let text = screen_text(&s, 160, 45);
    assert!(text.contains("\\u{1b}]0;pwned\\u{7}"), "{text}");
    at(&mut s, 1, Step::Criteria, 3);
    assert!(screen_text(&s, 160, 45).contains("\\u{202e}fdp.exe"));
}

#[test]
fn a_megabyte_note_and_ten_thousand_lines_draw_and_scroll() {
    let mut s = example();
    let big = "长".repeat(350_000); // about 1 MB of UTF-8
    let lines: Vec<String> = (1..=10_000).map(|i| format!("line {i}")).collect();
    s.session.benchmarks[1].criteria[0].note = big.clone();
    s.session.benchmarks[1].criteria[1].note = lines.join("\n");
    at(&mut s, 1, Step::Criteria, 0);
    assert!(screen_text(&s, 80, 24).contains("长"));
    at(&mut s, 1, Step::Criteria, 1);
    assert!(screen_text(&s, 80, 24).contains("line 1"));
    for _ in 0..3400 {
        update(&mut s, Action::ScrollDown);
    }
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("line 10000"), "{text}");
    // The editor opens on such a note, and the search still finds it.
    update(&mut s, Action::EditNote);
    draw(&s, 80, 24, &Theme::dark());
    update(&mut s, Action::EditorCancel);
    update(&mut s, Action::Jump);
    for c in "line 9999".chars() {
        key(&mut s, KeyCode::Char(c));
    }
    draw(&s, 80, 24, &Theme::dark());
}

#[test]
fn presentation_mode_in_the_light_theme() {
    let mut s = example();
    s.present = true;
    at(&mut s, 3, Step::Criteria, 1);
    for (w, h) in [(80, 24), (160, 45)] {
        let t = draw(&s, w, h, &Theme::light());
        insta::assert_snapshot!(format!("present_light_{w}x{h}"), t.backend());
        // The whole screen is on the light background.
        let buf = t.backend().buffer();
        let on_white = buf
            .content()
            .iter()
            .filter(|c| c.bg == Color::White)
            .count();
        assert!(
            on_white * 10 > buf.content().len() * 8,
            "{on_white} of {}",
            buf.content().len()
        );
    }
    // Tips: the decision is written out, not only coloured.
    at(&mut s, 5, Step::Tips(Phase::Implement), 3);
    assert!(screen_text(&s, 160, 45).contains("Decision: in progress"));
}

#[test]
fn high_contrast_and_ascii_drawings() {
    let mut s = example();
    at(&mut s, 1, Step::Criteria, 6);
    let t = draw(&s, 80, 24, &Theme::contrast());
    insta::assert_snapshot!("contrast_criteria_80x24", t.backend());
    s.ascii = true;
    s.radar = crate::app::state::RadarMode::Ascii;
    for screen in [Screen::Overview, Screen::Benchmark, Screen::Summary] {
        s.screen = screen;
        let text = screen_text(&s, 80, 24);
        // Everything drawn is ASCII; only the content's own text may not be.
        assert!(text.is_ascii(), "{screen:?}:\n{text}");
    }
    s.screen = Screen::Benchmark;
    insta::assert_snapshot!(
        "ascii_criteria_80x24",
        draw(&s, 80, 24, &Theme::mono()).backend()
    );
}

#[test]
fn the_meeting_timer_counts_per_benchmark_and_warns_when_over() {
    let mut s = example();
    at(&mut s, 3, Step::Criteria, 0);
    s.timer.allotted[3] = 1;
    update(&mut s, Action::Tick);
    assert_eq!(s.timer.meeting, 0, "a paused timer does not count");
    update(&mut s, Action::Timer);
    for _ in 0..61 {
        update(&mut s, Action::Tick);
    }
    assert_eq!(s.timer.spent[3], 61);
    assert!(s.timer.over(3));
    let t = draw(&s, 80, 24, &Theme::dark());
    let buf = t.backend().buffer();
    let row = 22;
    let line: String = (0..80)
        .map(|x| buf[(x, row)].symbol().to_string())
        .collect();
    assert!(line.contains("BM4 01:01/01:00"), "{line}");
    let x = line.find("BM4").unwrap() as u16;
    assert_eq!(
        buf[(x, row)].fg,
        Theme::dark().error.fg.unwrap(),
        "over time shows as a warning"
    );
    update(&mut s, Action::MoreTime);
    assert_eq!(s.timer.allotted[3], 2);
    assert!(!s.timer.over(3));
    update(&mut s, Action::Timer);
    update(&mut s, Action::Tick);
    assert_eq!(s.timer.spent[3], 61, "paused again");
}

#[test]
fn clicks_select_benchmarks_tabs_and_items() {
    use crate::app::update::handle_click;
    let mut s = example();
    draw(&s, 80, 24, &Theme::dark());
    // The row of benchmark 6 on the overview.
    let text = screen_text(&s, 80, 24);
    let row = text
        .lines()
        .position(|l| l.contains("Personal Guidance"))
        .unwrap() as u16;
    let hit = super::hit_at(10, row).expect("a benchmark row");
    handle_click(&mut s, hit);
    assert_eq!((s.screen, s.pos.bm), (Screen::Benchmark, 5));
    draw(&s, 80, 24, &Theme::dark());
    // The "Review" tab on the tabs row (row 3: header, title, tabs).
    let tabs: String = screen_text(&s, 80, 24).lines().nth(2).unwrap().to_string();
    let x = tabs.find("Review").unwrap() as u16;
    handle_click(&mut s, super::hit_at(x, 2).unwrap());
    assert_eq!(s.pos.step, Step::Tips(Phase::Review));
    draw(&s, 80, 24, &Theme::dark());
    handle_click(&mut s, super::hit_at(20, 5).unwrap());
    assert_eq!(s.pos.item, 2);
}

#[test]
fn clicks_select_actions() {
    use crate::app::update::handle_click;
    let mut s = in_march();
    let text = screen_text(&s, 80, 24);
    let row = text
        .lines()
        .position(|l| l.contains("Set up a mechanism to keep exit"))
        .unwrap() as u16;
    handle_click(&mut s, super::hit_at(30, row).expect("an action row"));
    assert_eq!(
        s.action_view().selected_item().unwrap().tip_id,
        "bm4.plan.6"
    );
    // The header row is not an action.
    assert_eq!(super::hit_at(30, 2), None);
}

#[test]
fn three_years_fit_the_compare_table_at_80x24() {
    let pack = built_in().unwrap().pack;
    let old = include_str!("../../sessions/lantau-bay-college-2024-25.ron");
    let mut inputs: Vec<crate::model::compare::Input> = [("old.ron", old), ("new.ron", EXAMPLE)]
        .into_iter()
        .map(|(f, text)| {
            crate::model::compare::Input::new(
                f.into(),
                parse(std::path::Path::new(f), text).unwrap().0,
                &pack,
            )
        })
        .collect();
    let mut third = inputs[1].session.clone();
    third.year = "2026/27".into();
    inputs.push(crate::model::compare::Input::new(
        "next.ron".into(),
        third,
        &pack,
    ));
    let mut s = example();
    s.comparison = Some(crate::model::compare::compare(&pack, inputs));
    s.screen = Screen::Compare;
    let text = screen_text(&s, 80, 24);
    // Every benchmark's row is on one line, with all three years (a score,
    // or a dash where that year rated only criteria retired since).
    for n in 1..=10 {
        let row = text
            .lines()
            .find(|l| l.contains(&format!(" {n:>2} ")) && l.contains('%'))
            .unwrap_or_else(|| panic!("benchmark {n} row:\n{text}"));
        let cells = row.matches('%').count() + row.matches('—').count();
        assert_eq!(cells, 3, "{row}");
    }
}

#[test]
fn the_compare_screen_says_what_is_compared_and_marks_a_change_over_earlier_years() {
    let pack = built_in().unwrap().pack;
    let old = include_str!("../../sessions/lantau-bay-college-2024-25.ron");
    let mut inputs: Vec<crate::model::compare::Input> = [("old.ron", old), ("new.ron", EXAMPLE)]
        .into_iter()
        .map(|(f, text)| {
            crate::model::compare::Input::new(
                f.into(),
                parse(std::path::Path::new(f), text).unwrap().0,
                &pack,
            )
        })
        .collect();
    // Another school's 2026/27, nothing rated yet.
    let mut third = inputs[1].session.clone();
    third.year = "2026/27".into();
    third.school = "Tsuen Wan Secondary School".into();
    for b in &mut third.benchmarks {
        for c in &mut b.criteria {
            c.rating = None;
        }
    }
    inputs.push(crate::model::compare::Input::new(
        "next.ron".into(),
        third,
        &pack,
    ));
    let mut s = example();
    s.comparison = Some(crate::model::compare::compare(&pack, inputs));
    s.screen = Screen::Compare;
    let text = screen_text(&s, 200, 60);
    // The notes wrap in the table's column, beside the radar.
    assert!(
        text.contains("Note: these sessions are of different"),
        "{text}"
    );
    let bm6 = text
        .lines()
        .find(|l| l.contains("  6 ") && l.contains('%'))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(bm6.contains("*"), "{bm6}");
    assert!(
        text.contains("* between the last two years with a"),
        "{text}"
    );
}

/// The example in March: two Term 1 actions still in progress are late.
fn in_march() -> State {
    let mut s = example();
    s.today = "2026-03-10".into();
    update(&mut s, Action::Actions);
    s
}

#[test]
fn actions_screen_at_80x24_and_200x60() {
    let s = in_march();
    for (w, h) in [(80, 24), (200, 60)] {
        insta::assert_snapshot!(
            format!("actions_{w}x{h}"),
            draw(&s, w, h, &Theme::dark()).backend()
        );
    }
    let mut s = in_march();
    update(&mut s, Action::FilterLate);
    insta::assert_snapshot!(
        "actions_late_80x24",
        draw(&s, 80, 24, &Theme::dark()).backend()
    );
    update(&mut s, Action::FilterLate);
    update(&mut s, Action::PickOwner);
    insta::assert_snapshot!(
        "actions_owners_80x24",
        draw(&s, 80, 24, &Theme::dark()).backend()
    );
}

#[test]
fn overview_and_summary_count_actions_per_benchmark_in_march() {
    let mut s = in_march();
    update(&mut s, Action::Overview);
    insta::assert_snapshot!(
        "overview_march_80x24",
        draw(&s, 80, 24, &Theme::dark()).backend()
    );
    update(&mut s, Action::Summary);
    for (w, h) in [(80, 24), (200, 60)] {
        insta::assert_snapshot!(
            format!("summary_march_{w}x{h}"),
            draw(&s, w, h, &Theme::dark()).backend()
        );
    }
}

#[test]
fn while_searching_the_actions_only_the_keys_that_work_are_hinted() {
    let mut s = in_march();
    update(&mut s, Action::SearchActions);
    for c in "parent".chars() {
        key(&mut s, KeyCode::Char(c));
    }
    let text = screen_text(&s, 80, 24);
    let last = text.lines().last().unwrap();
    assert!(last.contains("Enter done"), "{last}");
    assert!(!last.contains("quit") && !last.contains("jump"), "{last}");
    assert!(text.contains("Search: parent"));
    assert!(text.contains("5 of 19 actions · 1 LATE"), "{text}");
}

#[test]
fn late_actions_say_so_in_words_and_style_even_without_colour() {
    let s = in_march();
    for theme in [Theme::dark(), Theme::mono()] {
        let t = draw(&s, 80, 24, &theme);
        let buf = t.backend().buffer();
        let text = screen_text(&s, 80, 24);
        let row = text
            .lines()
            .position(|l| l.contains("2026-01-31 LATE"))
            .expect("a late row");
        let column = |line: &str, what: &str| line[..line.find(what).unwrap()].chars().count();
        let col = column(text.lines().nth(row).unwrap(), "LATE");
        let cell = &buf[(col as u16, row as u16)];
        assert!(cell.modifier.contains(Modifier::BOLD), "{:?}", cell);
        // A row that is not late is drawn plainly.
        let plain = text.lines().position(|l| l.contains("2026-06-30")).unwrap();
        let col = column(text.lines().nth(plain).unwrap(), "2026-06-30");
        assert!(
            !buf[(col as u16, plain as u16)]
                .modifier
                .contains(Modifier::BOLD)
        );
    }
}

#[test]
fn actions_in_presentation_mode_and_ascii() {
    let mut s = in_march();
    s.present = true;
    insta::assert_snapshot!(
        "actions_present_200x60",
        draw(&s, 200, 60, &Theme::light()).backend()
    );
    s.ascii = true;
    // The heading's rows (the notes further down may be Chinese).
    let big: String = screen_text(&s, 200, 60).lines().take(7).collect();
    assert!(big.is_ascii() && big.contains("##"), "{big}");
    s.present = false;
    let text = screen_text(&s, 80, 24);
    assert!(text.is_ascii(), "{text}");
    assert!(text.contains("> "), "the highlight is drawn in ASCII");
}

mod any_labels {
    use super::*;
    use crate::app::state::RadarMode;
    use proptest::prelude::*;

    fn label() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                any::<char>().prop_map(String::from),
                Just("👩\u{200d}👩\u{200d}👧\u{200d}👦".to_string()),
                Just("中文".to_string()),
                Just("e\u{301}".to_string()),
                Just("\u{301}".to_string()),
                Just("\u{200d}".to_string()),
                Just("\u{1b}]0;x\u{7}".to_string()),
            ],
            0..6,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// A pack's radar labels, whatever they hold, never break the
        /// summary or compare screens in any drawing at any size.
        #[test]
        fn summary_and_compare_draw_with_any_labels(
            shorts in prop::collection::vec(label(), 10),
            w in 20u16..220,
            h in 8u16..70,
            mode in 0usize..3,
        ) {
            let mut s = example();
            for (b, short) in s.pack.benchmarks.iter_mut().zip(&shorts) {
                b.short = short.clone();
            }
            update(&mut s, Action::Summary);
            s.radar = [RadarMode::Braille, RadarMode::HalfBlock, RadarMode::Ascii][mode];
            draw(&s, w, h, &Theme::dark());
            let mut c = comparison_state();
            for (b, short) in c.pack.benchmarks.iter_mut().zip(&shorts) {
                b.short = short.clone();
            }
            if let Some(cmp) = &mut c.comparison {
                for (b, short) in cmp.benchmarks.iter_mut().zip(&shorts) {
                    b.short = short.clone();
                }
            }
            draw(&c, w, h, &Theme::dark());
        }
    }
}
