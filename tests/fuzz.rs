//! Hostile and broken input, by property: the loaders never panic on any
//! bytes or on mangled real files, and every session the app can produce
//! saves and loads back equal. Bounded case counts run in `cargo test`; set
//! PROPTEST_CASES to run longer.

mod common;

use std::path::Path;

use hkbm::model::validate::{check_benchmark, check_session};
use hkbm::model::{Benchmark, Session, TipStatus};
use hkbm::store::content::{built_in, parse_ron};
use hkbm::store::read::text_from_bytes;
use hkbm::store::session::{parse, to_ron};
use proptest::prelude::*;

use common::*;

const EXAMPLE: &str = include_str!("../sessions/lantau-bay-college-2025-26.ron");
const BM9: &str = include_str!("../content/bm09.ron");

fn load_any(bytes: Vec<u8>) {
    let path = Path::new("fuzz.ron");
    let pack = built_in().unwrap().pack;
    if let Ok(text) = text_from_bytes(path, bytes)
        && let Ok((s, _)) = parse(path, &text)
    {
        let _ = check_session(&s, &pack);
        let _ = hkbm::output::summary::Summary::build(&pack, &s).to_text(80);
    }
}

/// A real file with some bytes changed, cut or repeated.
fn mangled(base: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let len = base.len();
    prop::collection::vec((0..len, any::<u8>(), 0u8..4), 1..8).prop_map(move |edits| {
        let mut b = base.as_bytes().to_vec();
        for (at, byte, how) in edits {
            let at = at.min(b.len().saturating_sub(1));
            match how {
                0 => b[at] = byte,
                1 => b.truncate(at),
                2 => b.insert(at, byte),
                _ => {
                    let piece: Vec<u8> = b[at..(at + 40).min(b.len())].to_vec();
                    b.splice(at..at, piece);
                }
            }
            if b.is_empty() {
                break;
            }
        }
        b
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_are_refused_or_read_never_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        load_any(bytes);
    }

    #[test]
    fn a_mangled_session_file_never_panics(bytes in mangled(EXAMPLE)) {
        load_any(bytes);
    }

    #[test]
    fn a_mangled_content_file_never_panics(bytes in mangled(BM9)) {
        if let Ok(text) = text_from_bytes(Path::new("bm09.ron"), bytes)
            && let Ok(bm) = parse_ron::<Benchmark>(Path::new("bm09.ron"), &text)
        {
            let _ = check_benchmark(&bm);
        }
    }
}

/// Text as the editor can leave it: anything but carriage returns (the
/// editor turns every line break into LF).
fn note() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\p{Han}a-z \n\"\\\\#]{0,40}",
        Just("\u{1b}]0;x\u{7}\u{202e}\u{200d}e\u{301}".to_string()),
    ]
    .prop_map(|s| s.replace('\r', ""))
}

fn session() -> impl Strategy<Value = Session> {
    let pack = built_in().unwrap().pack;
    let items: usize = pack
        .benchmarks
        .iter()
        .map(|b| b.criteria.len() + b.all_tips().count())
        .sum();
    (
        note(),
        note(),
        prop::collection::vec((prop::option::of(0u8..5), 0usize..5, note()), items),
        prop::collection::vec(
            (prop::option::of(0u8..=100), 0.0f64..1e6),
            pack.benchmarks.len(),
        ),
    )
        .prop_map(move |(school, facilitator, edits, targets)| {
            let name = if school.trim().is_empty() {
                "S".to_string()
            } else {
                school
            };
            let mut s = Session::new(&pack, &name, "2025/26");
            s.facilitator = facilitator;
            s.participants = vec!["陳大文".into(), "O'Brien \"Jr\"".into()];
            let mut e = edits.into_iter();
            for (b, rec) in s.benchmarks.iter_mut().enumerate() {
                rec.target_percent = targets[b].0;
                for c in &mut rec.criteria {
                    let (rating, _, text) = e.next().unwrap();
                    c.rating = rating;
                    c.note = text;
                }
                if let Some(c) = rec.criteria.first_mut() {
                    c.measured.insert("any".into(), targets[b].1);
                }
                for t in &mut rec.tips {
                    let (_, status, text) = e.next().unwrap();
                    t.status = TipStatus::ALL[status];
                    t.owner = text.chars().take(10).collect();
                    t.note = text;
                }
                rec.notes = rec
                    .criteria
                    .iter()
                    .map(|c| c.note.clone())
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_session_the_app_can_produce_saves_and_loads_back_equal(s in session()) {
        let text = to_ron(&s);
        prop_assert!(!text.contains('\r'));
        prop_assert!(!text.contains('\x1b'), "an escape character reached the file");
        let (back, _) = parse(Path::new("round.ron"), &text).unwrap();
        prop_assert_eq!(back, s);
    }
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = format!("Session(version: 1, dates: {}", "[".repeat(100_000));
    load_any(deep.into_bytes());
}

#[test]
fn the_example_itself_loads() {
    let (s, _) = parse(
        Path::new("x.ron"),
        &std::fs::read_to_string(example(NEW)).unwrap(),
    )
    .unwrap();
    assert_eq!(s.year, "2025/26");
}
