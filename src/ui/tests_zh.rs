//! The screens in Traditional Chinese (zh-HK) at 80×24 (SSH) and 200×60
//! (projector): the catalogue's words, the Chinese content pack, and a
//! Chinese note, laid out by display width.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_width::UnicodeWidthStr;

use super::{Theme, render};
use crate::app::walk::Step;
use crate::app::{Action, Screen, State, handle_key, update};
use crate::i18n::{Lang, scoped};
use crate::model::content::Phase;
use crate::store::content::built_in_in;
use crate::store::session::parse;

const EXAMPLE: &str = include_str!("../../sessions/lantau-bay-college-2025-26.ron");

/// The example session in Chinese, with a Chinese owner and note on a tip
/// (as a team typing with a Chinese input method would leave them).
fn example() -> State {
    let pack = built_in_in(Lang::ZhHk).unwrap().pack;
    let (mut session, _) = parse(std::path::Path::new("example.ron"), EXAMPLE).unwrap();
    let tip = session
        .benchmarks
        .iter_mut()
        .flat_map(|b| b.tips.iter_mut())
        .find(|t| t.id == "bm6.implement.4")
        .unwrap();
    tip.owner = "陳老師".into();
    tip.note = "下學期開始，先在中三試行；家長教師會聯絡老師協助安排家長講座。".into();
    let mut s = State::new(
        pack,
        session,
        "lantau-bay-college-2025-26.ron".into(),
        "2026-01-15".into(),
    );
    s.lang = Lang::ZhHk;
    s
}

fn draw(state: &State, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| render(f, state, &Theme::dark())).unwrap();
    t
}

/// Snapshot `state` in Chinese at both sizes, and check that no row is
/// wider than the screen (a wide character never half cut).
fn snap(name: &str, state: &State) {
    for (w, h) in [(80, 24), (200, 60)] {
        let t = draw(state, w, h);
        let buf = t.backend().buffer();
        for y in 0..h {
            let row: String = (0..w)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>();
            assert!(row.width() <= usize::from(w) * 2, "{name} row {y}");
        }
        insta::assert_snapshot!(format!("zh_{name}_{w}x{h}"), t.backend());
    }
}

fn at(state: &mut State, bm: usize, step: Step, item: usize) {
    state.screen = Screen::Benchmark;
    state.pos = crate::app::walk::Position { bm, step, item };
    state.overview_selected = bm;
}

#[test]
fn overview_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    s.overview_selected = 3;
    snap("overview", &s);
}

#[test]
fn aim_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    at(&mut s, 3, Step::Aim, 0);
    snap("aim", &s);
}

#[test]
fn criteria_with_measures_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    // bm2.c7: two measures, a count per year and a share of the team.
    at(&mut s, 1, Step::Criteria, 6);
    snap("criteria", &s);
}

#[test]
fn tips_with_a_chinese_note() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    at(&mut s, 5, Step::Tips(Phase::Implement), 3);
    snap("tips", &s);
}

#[test]
fn targets_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    at(&mut s, 5, Step::Targets, 0);
    snap("targets", &s);
}

#[test]
fn reference_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    at(&mut s, 1, Step::Tips(Phase::Plan), 0);
    update(&mut s, Action::Reference);
    snap("reference", &s);
}

#[test]
fn summary_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    update(&mut s, Action::Summary);
    snap("summary", &s);
    update(&mut s, Action::ToggleBars);
    snap("summary_bars", &s);
}

#[test]
fn actions_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    update(&mut s, Action::Actions);
    snap("actions", &s);
}

#[test]
fn help_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    update(&mut s, Action::Help);
    snap("help", &s);
}

#[test]
fn jump_and_editor_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    update(&mut s, Action::Jump);
    for c in "面談".chars() {
        handle_key(&mut s, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    snap("jump", &s);
    let mut s = example();
    at(&mut s, 3, Step::Criteria, 0);
    update(&mut s, Action::EditNote);
    snap("editor", &s);
}

#[test]
fn presentation_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    s.present = true;
    at(&mut s, 5, Step::Tips(Phase::Implement), 3);
    snap("present", &s);
    // The heading in words beside the big number; no English heading.
    let text = screen_text(&s, 200, 60);
    assert!(text.contains("基準6"), "{text}");
    assert!(text.contains("制訂生涯發展路線圖的個人輔導"), "{text}");
    // Benchmark 10's long title at 80×24: beside the number, wrapped.
    at(&mut s, 9, Step::Aim, 0);
    snap("present_bm10", &s);
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("基準10"), "{text}");
}

#[test]
fn presentation_of_the_actions_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    s.present = true;
    update(&mut s, Action::Actions);
    let text = screen_text(&s, 200, 60);
    assert!(text.contains("行動"), "{text}");
    assert!(!text.contains("Actions"), "{text}");
    s.today = "2026-06-30".into();
    let text = screen_text(&s, 200, 60);
    assert!(text.contains("項行動逾期"), "{text}");
    assert!(!text.contains("LATE"), "{text}");
    snap("present_actions", &s);
}

/// The rating column is padded by display width: every criterion's text
/// starts in the same column whatever the width of its rating's label.
#[test]
fn the_rating_column_is_aligned_by_display_width() {
    let _zh = scoped(Lang::ZhHk);
    let mut s = example();
    at(&mut s, 1, Step::Criteria, 0);
    let t = draw(&s, 80, 24);
    let buf = t.backend().buffer();
    let han = |x: u16, y: u16| buf[(x, y)].symbol().chars().any(|c| c >= '\u{4e00}');
    let mut starts = Vec::new();
    for y in 3..11u16 {
        // Each row: the rating's value at x = 2, its label, then the text.
        if !buf[(2, y)].symbol().chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let label_end = (4..80u16).find(|&x| !han(x, y)).unwrap();
        starts.push((label_end..80u16).find(|&x| han(x, y)).unwrap());
    }
    assert_eq!(starts.len(), 8, "{starts:?}");
    assert!(starts.iter().all(|x| *x == starts[0]), "{starts:?}");
}

/// Chinese is broken between characters, a bullet keeps its text, no line
/// starts with closing punctuation, and Latin words stay whole.
#[test]
fn chinese_lines_break_between_characters_not_before_punctuation() {
    use ratatui::text::Line;
    let text = "• 學生透過不同生涯發展評估工具，可以確定自己的興趣、強項、價值觀、態度、技能和知識 VASK cards";
    let lines = super::wrap_cjk(vec![Line::from(text)], 20);
    let rows: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    assert!(rows[0].starts_with("• 學生"), "{rows:?}");
    assert!(rows.iter().all(|r| r.width() <= 20), "{rows:?}");
    assert!(
        rows.iter().all(|r| !r.starts_with(['，', '、', '。'])),
        "{rows:?}"
    );
    assert!(rows.iter().any(|r| r.contains("VASK")), "{rows:?}");
    assert!(!rows.iter().any(|r| r.ends_with("VA")), "{rows:?}");
    assert_eq!(rows.concat().replace(' ', ""), text.replace(' ', ""));
    // English is left to the paragraph's own word wrap.
    let english = vec![Line::from(
        "a long English line that is wider than twenty columns",
    )];
    assert_eq!(super::wrap_cjk(english.clone(), 20), english);
}

/// Comparing years in Chinese; the years were compared with the English pack
/// and the language switched since (L): the benchmarks' names follow the
/// pack in use.
#[test]
fn compare_in_chinese_after_switching() {
    let _zh = scoped(Lang::ZhHk);
    let en = crate::store::content::built_in().unwrap().pack;
    let old = include_str!("../../sessions/lantau-bay-college-2024-25.ron");
    let inputs = [("old.ron", old), ("new.ron", EXAMPLE)]
        .into_iter()
        .map(|(f, text)| {
            crate::model::compare::Input::new(
                f.into(),
                parse(std::path::Path::new(f), text).unwrap().0,
                &en,
            )
        })
        .collect();
    let mut s = example();
    s.comparison = Some(crate::model::compare::compare(&en, inputs));
    s.screen = Screen::Compare;
    snap("compare_scores", &s);
    let shown = format!("{}", draw(&s, 80, 24).backend());
    assert!(shown.contains("政策"), "{shown}");
    assert!(!shown.contains("Policy"), "{shown}");
    for _ in 0..3 {
        update(&mut s, Action::NextStep);
    }
    for _ in 0..5 {
        update(&mut s, Action::NextBenchmark);
    }
    snap("compare_notes", &s);
}

/// Two years of the example school and a third of another school: the
/// compare screen with a notice and the content differences (the 2024/25
/// session was made with content 1.0.0).
fn comparison_in_chinese() -> State {
    let pack = built_in_in(Lang::ZhHk).unwrap().pack;
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
    third.school = "荃灣中學".into();
    inputs.push(crate::model::compare::Input::new(
        "next.ron".into(),
        third,
        &pack,
    ));
    let mut s = example();
    s.comparison = Some(crate::model::compare::compare(&pack, inputs));
    s.screen = Screen::Compare;
    s
}

#[test]
fn compare_with_content_differences_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let s = comparison_in_chinese();
    let c = s.comparison.as_ref().unwrap();
    assert!(!c.content_differences.is_empty());
    let text = screen_text(&s, 200, 60);
    assert!(text.contains("注意：這些紀錄屬於不同學校"), "{text}");
    assert!(text.contains("是用內容套件hkbm"), "{text}");
    for english in ["Note", "made with", "compared", "retired"] {
        assert!(!text.contains(english), "{english} in\n{text}");
    }
    snap("compare", &s);
}

/// After the language key, the compare screen's notices are said in the
/// new language (they were put in words when the years were compared), and
/// the titles and texts are the new pack's.
#[test]
fn the_notices_of_a_comparison_follow_the_language_key() {
    let s = {
        let _en = scoped(Lang::En);
        comparison_in_chinese()
    };
    let mut c = s.comparison.unwrap();
    assert!(c.notices[0].starts_with("these sessions are of different schools"));
    let english = crate::store::content::built_in().unwrap().pack;
    let _zh = scoped(Lang::ZhHk);
    c.say_again(&english);
    assert!(
        c.notices[0].starts_with("這些紀錄屬於不同學校"),
        "{:?}",
        c.notices
    );
    // The pack's words follow the pack in use (here the English one).
    assert_eq!(c.benchmarks[0].title, english.benchmarks[0].title);
    assert!(
        c.criteria_changed[0].text.is_ascii(),
        "{}",
        c.criteria_changed[0].text
    );
    assert!(c.plans[0].text.is_ascii(), "{}", c.plans[0].text);
}

fn screen_text(state: &State, w: u16, h: u16) -> String {
    let t = draw(state, w, h);
    let buf = t.backend().buffer();
    (0..h)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < w {
                let symbol = buf[(x, y)].symbol();
                row.push_str(symbol);
                // A wide character takes the next cell too.
                x += u16::try_from(symbol.width().max(1)).unwrap_or(1);
            }
            row.trim_end().to_string() + "\n"
        })
        .collect()
}
