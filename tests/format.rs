//! The session file as people read and diff it, and the built-in pack's
//! promises (ids, drafts, faithful counts).

mod common;

use std::collections::HashSet;
use std::fs;

use common::*;
use hkbm::model::score::benchmark_score;
use hkbm::model::{Session, TipStatus};
use hkbm::store::content::built_in;
use hkbm::store::session::{load, parse, to_ron};

#[test]
fn example_sessions_are_in_the_layout_the_app_writes() {
    for rel in [OLD, NEW] {
        let path = example(rel);
        let text = fs::read_to_string(&path).unwrap();
        let (session, _) = parse(&path, &text).unwrap();
        let mut again = to_ron(&session);
        if session.version == 1 {
            // The 2024/25 example is a file of the first format (content
            // 1.0.0); saved now it would say the format it then is.
            again = again.replacen("    version: 2,", "    version: 1,", 1);
        }
        if again != text {
            let first = text
                .lines()
                .zip(again.lines())
                .position(|(a, b)| a != b)
                .map_or(0, |i| i + 1);
            panic!("{rel} is not in canonical layout; first difference at line {first}");
        }
    }
}

#[test]
fn any_text_in_a_note_survives_a_save_and_load() {
    let pack = built_in().unwrap().pack;
    let mut s = Session::new(&pack, "School \"A\" \\ B", "2025/26");
    s.dates = vec!["2025-09-01".into()];
    s.participants = vec!["陳大文".into(), "r#\"x\"#".into()];
    let notes = [
        "two\nlines",
        "中文筆記，包括標點。😀👩‍👩‍👧",
        "esc \u{1b}[2J clear",
        "osc \u{1b}]52;c;aGk=\u{7}",
        "c1 \u{9b}31m",
        "bidi \u{202E}txt.exe",
        "ends with backslash \\",
        "   leading and trailing   ",
        "",
    ];
    for (i, n) in notes.iter().enumerate() {
        s.benchmarks[0].criteria[i % 6].note = n.to_string();
        s.benchmarks[1].tips[i].note = n.to_string();
        s.benchmarks[1].tips[i].owner = format!("owner {n}");
        s.benchmarks[1].tips[i].status = TipStatus::ALL[i % 5];
    }
    s.benchmarks[2].notes = notes.join("\n");
    s.benchmarks[2].target_percent = Some(80);
    s.benchmarks[2].target_year = Some("2027/28".into());
    s.benchmarks[1].criteria[6]
        .measured
        .insert("trained".into(), 66.7);
    let text = to_ron(&s);
    assert!(!text.contains('\r'));
    assert!(
        !text.contains('\u{1b}'),
        "escape characters never reach the file raw"
    );
    let (back, newer) = parse(std::path::Path::new("mem.ron"), &text).unwrap();
    assert!(!newer);
    assert_eq!(back, s);
}

#[test]
fn multi_line_notes_read_as_text_in_the_file() {
    let text = fs::read_to_string(example(NEW)).unwrap();
    assert!(text.contains("note: \"Exit data now kept for all leavers (S4–S6) for one year.\n所有離校生出路資料已存檔。\","));
    assert!(!text.contains("\\n"));
}

#[test]
fn changing_one_rating_changes_one_line() {
    let path = example(NEW);
    let text = fs::read_to_string(&path).unwrap();
    let (mut s, _) = parse(&path, &text).unwrap();
    let c = s.benchmarks[3]
        .criteria
        .iter_mut()
        .find(|c| c.id == "bm4.c2")
        .unwrap();
    c.rating = Some(c.rating.map_or(0, |r| (r + 1) % 5));
    let after = to_ron(&s);
    let before: Vec<&str> = text.lines().collect();
    let after: Vec<&str> = after.lines().collect();
    assert_eq!(before.len(), after.len());
    let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count();
    assert_eq!(changed, 1);
}

#[test]
fn unrated_criteria_are_not_zeros() {
    let pack = built_in().unwrap().pack;
    let bm = pack.benchmark("bm4").unwrap();
    let mut s = Session::new(&pack, "A", "2025/26");
    let empty = benchmark_score(&pack, bm, s.benchmark("bm4"));
    assert_eq!(empty.score, None);
    assert_eq!((empty.rated, empty.total), (0, 5));

    // One criterion "Fully met", the rest unrated: 100 % on 1 of 5.
    s.benchmarks[3].criteria[0].rating = Some(4);
    let one = benchmark_score(&pack, bm, s.benchmark("bm4"));
    assert_eq!(one.score, Some(100.0));
    assert_eq!(one.rated, 1);
    assert_eq!(one.coverage_percent(), 20.0);

    // 4 and 1 → (100 + 25) / 2.
    s.benchmarks[3].criteria[1].rating = Some(1);
    let two = benchmark_score(&pack, bm, s.benchmark("bm4"));
    assert_eq!(two.score, Some(62.5));
}

#[test]
fn the_example_sessions_load_against_the_built_in_pack() {
    let pack = built_in().unwrap().pack;
    let l = load(&example(NEW), &pack).unwrap();
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
    assert_eq!(l.session.benchmarks.len(), 10);
    assert_eq!(l.migrated_from, None);
    // 2024/25 was made with content 1.0.0: it loads, brought up to 2.0.0,
    // with warnings that say what became retired history.
    let l = load(&example(OLD), &pack).unwrap();
    assert_eq!(l.session.benchmarks.len(), 10);
    assert_eq!(l.migrated_from.as_deref(), Some("1.0.0"));
    assert_eq!(l.session.content.version, "2.0.0");
    assert!(
        l.warnings
            .iter()
            .all(|w| w.to_string().contains("retired history")),
        "{:?}",
        l.warnings
    );
}

#[test]
fn the_built_in_pack_is_whole_and_its_ids_are_unique() {
    let loaded = built_in().unwrap();
    assert!(loaded.warnings.is_empty());
    let pack = loaded.pack;
    assert_eq!(pack.benchmarks.len(), 10);
    let mut ids = HashSet::new();
    for (i, bm) in pack.benchmarks.iter().enumerate() {
        assert_eq!(bm.number as usize, i + 1);
        assert!(!bm.aim.text.is_empty() && !bm.why.is_empty());
        for phase in hkbm::model::content::Phase::ALL {
            assert!(
                !bm.tips.of(phase).is_empty(),
                "{} has no {phase:?} tips",
                bm.id
            );
        }
        for id in bm
            .criteria
            .iter()
            .map(|c| &c.id)
            .chain(bm.all_tips().map(|t| &t.id))
        {
            assert!(ids.insert(id.clone()), "{id} twice");
        }
    }
    // Benchmark 3 is the one whose criteria no public source gives.
    let ours: Vec<u8> = pack
        .benchmarks
        .iter()
        .filter(|b| b.criteria_authorship() == hkbm::model::Authorship::Ours)
        .map(|b| b.number)
        .collect();
    assert_eq!(ours, [3]);
    let groups: Vec<(&str, &[u8])> = pack
        .framework
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.benchmarks.as_slice()))
        .collect();
    assert_eq!(
        groups,
        [
            ("Core", &[1, 2][..]),
            ("Student Focused", &[3, 4, 5, 6][..]),
            ("Enabling Environment", &[7, 8, 9, 10][..]),
        ]
    );
}

#[test]
fn measurable_criteria_keep_their_numbers_as_data() {
    let pack = built_in().unwrap().pack;
    let m = |c: &str, id: &str| {
        let bm = pack.benchmark(c.split('.').next().unwrap()).unwrap();
        let crit = bm.criterion(c).unwrap();
        let m = crit.measures.iter().find(|m| m.id == id).unwrap().clone();
        (m.kind, m.at_least)
    };
    use hkbm::model::MeasureKind::*;
    // "CPD at least once a year": a count per year.
    assert_eq!(m("bm2.c7", "cpd"), (Count { per: "year".into() }, 1.0));
    // "At least half of the career team trained": a share, in %.
    assert_eq!(
        m("bm2.c7", "trained"),
        (
            Share {
                of: "career team members".into()
            },
            50.0
        )
    );
    // "Each senior-form student at least two visits": a per-student
    // threshold; the school enters the % who reached it, HKBM asks for all.
    assert_eq!(
        m("bm9.c2", "visits"),
        (
            PerStudent {
                of: "senior-form students".into(),
                each: 2,
                by: None
            },
            100.0
        )
    );
}

#[test]
fn the_four_published_benchmarks_keep_every_item_of_the_source() {
    // criteria, plan, implement, review, partners, insights: counted from
    // the source texts, with run-together bullets split.
    let expected = [
        ("bm2", [11, 8, 5, 4, 9, 3]),
        ("bm4", [5, 6, 4, 7, 4, 6]),
        ("bm6", [4, 6, 6, 4, 2, 2]),
        ("bm9", [7, 4, 5, 4, 3, 3]),
    ];
    let pack = built_in().unwrap().pack;
    for (id, counts) in expected {
        let bm = pack.benchmark(id).unwrap();
        let got = [
            bm.criteria.len(),
            bm.tips.plan.len(),
            bm.tips.implement.len(),
            bm.tips.review.len(),
            bm.partners.len(),
            bm.insights.len(),
        ];
        assert_eq!(got, counts, "{id}");
        assert_eq!(
            bm.criteria_authorship(),
            hkbm::model::Authorship::Official,
            "{id}'s criteria are from the source"
        );
        assert_eq!(
            bm.tips_authorship(),
            hkbm::model::Authorship::Official,
            "{id}"
        );
    }
    // Benchmark 9's list of online tools and resources, items (i) to (xxiv).
    assert_eq!(pack.benchmark("bm9").unwrap().resources.len(), 24);
}

#[test]
fn the_2025_26_example_is_what_its_generator_writes() {
    // `cargo run --example gen_examples` rewrites it; this keeps them in step.
    let pack = built_in().unwrap().pack;
    let read = |rel: &str| {
        let path = example(rel);
        parse(&path, &fs::read_to_string(&path).unwrap()).unwrap().0
    };
    let v1 = read("tests/fixtures/lantau-bay-college-2025-26-v1.ron");
    let made = hkbm::sample::lantau_bay_2025_26(&pack, &v1, &read(OLD));
    assert!(
        to_ron(&made) == fs::read_to_string(example(NEW)).unwrap(),
        "run `cargo run --example gen_examples` and review the diff"
    );
    // Made on the new pack, with the new measures used throughout: every
    // measure of a rated criterion has a value, in its unit.
    assert_eq!(made.content.version, "2.0.0");
    for bm in &pack.benchmarks {
        let rec = made.benchmark(&bm.id).unwrap();
        assert!(rec.retired.is_empty());
        for c in &bm.criteria {
            let cr = rec.criterion(&c.id).unwrap();
            if cr.rating.is_some() {
                for m in &c.measures {
                    let v = cr
                        .measured
                        .get(&m.id)
                        .unwrap_or_else(|| panic!("{} {}", c.id, m.id));
                    assert!(!m.kind.is_percent() || (0.0..=100.0).contains(v));
                }
            }
        }
    }
}

/// Every text of a benchmark that is shown as content (not the verbatim
/// text of retired ids).
fn item_texts(bm: &hkbm::model::Benchmark) -> Vec<String> {
    let mut t = vec![bm.aim.text.clone()];
    for c in &bm.criteria {
        t.push(c.text.clone());
        t.extend(c.measures.iter().map(|m| m.describe()));
    }
    t.extend(bm.why.iter().map(|w| w.text.clone()));
    t.extend(bm.all_tips().map(|x| x.text.clone()));
    t.extend(bm.partners.iter().map(|p| format!("{} {}", p.name, p.role)));
    t.extend(bm.insights.iter().map(|i| i.text.clone()));
    t.extend(
        bm.glossary
            .iter()
            .map(|g| format!("{} {}", g.term, g.definition)),
    );
    t.extend(
        bm.resources
            .iter()
            .map(|r| format!("{} {}", r.name, r.note)),
    );
    t
}

#[test]
fn per_benchmark_which_criteria_and_tips_are_official_and_which_ours() {
    use hkbm::model::Sourced;
    let pack = built_in().unwrap().pack;
    // (official criteria, our criteria, official tips, our tips, retired ids)
    let expected: [(u8, [usize; 5]); 10] = [
        (1, [7, 0, 0, 15, 6]),
        (2, [11, 0, 17, 0, 0]),
        (3, [0, 6, 0, 14, 0]),
        (4, [5, 0, 17, 0, 0]),
        (5, [5, 0, 0, 14, 6]),
        (6, [4, 0, 16, 0, 0]),
        (7, [4, 2, 0, 14, 4]),
        (8, [5, 0, 0, 14, 6]),
        (9, [7, 0, 13, 0, 0]),
        (10, [5, 0, 0, 14, 6]),
    ];
    for (n, counts) in expected {
        let bm = &pack.benchmarks[n as usize - 1];
        let official = |v: &mut dyn Iterator<Item = bool>| v.filter(|o| !o).count();
        let got = [
            official(&mut bm.criteria.iter().map(|c| c.is_ours())),
            bm.criteria.iter().filter(|c| c.is_ours()).count(),
            official(&mut bm.all_tips().map(|t| t.is_ours())),
            bm.all_tips().filter(|t| t.is_ours()).count(),
            bm.retired.len(),
        ];
        assert_eq!(got, counts, "benchmark {n}");
        // The aim of every benchmark but 3 is official.
        assert_eq!(bm.aim.is_ours(), n == 3, "benchmark {n}'s aim");
    }
}

#[test]
fn the_official_numbers_are_kept_in_text_and_as_measures() {
    use hkbm::model::MeasureKind::*;
    let pack = built_in().unwrap().pack;
    let crit = |id: &str| {
        let bm = pack.benchmark(id.split('.').next().unwrap()).unwrap();
        bm.criterion(id).unwrap_or_else(|| panic!("{id}")).clone()
    };
    let only_measure = |id: &str| {
        let c = crit(id);
        assert!(!c.measures.is_empty(), "{id} has a measure");
        (
            c.measures[0].kind.clone(),
            c.measures[0].at_least,
            c.from.clone(),
        )
    };
    // Benchmark 1: review at least every three years; a career leader
    // preferably at senior graduate master/mistress grade or above.
    assert!(crit("bm1.c11").text.contains("at least every three years"));
    assert_eq!(
        only_measure("bm1.c11"),
        (
            Count {
                per: "three years".into()
            },
            1.0,
            "web-en".into()
        )
    );
    assert!(
        crit("bm1.c10")
            .text
            .contains("senior graduate master/mistress (SGM) grade or above")
    );
    // Benchmark 8: three levels of workplace encounter; 90 % of senior-form
    // students, two experiences, one at Level 1 and one at Level 2 or 3.
    let c7 = crit("bm8.c7").text;
    assert!(
        c7.contains("three levels")
            && c7.contains("Level 1")
            && c7.contains("Level 2")
            && c7.contains("Level 3")
    );
    let c8 = crit("bm8.c8").text;
    assert!(c8.starts_with("90 % of senior-form students get at least two workplace learning experiences, one at Level 1 and one at Level 2 or 3"));
    assert_eq!(
        only_measure("bm8.c8"),
        (
            PerStudent {
                of: "senior-form students".into(),
                each: 2,
                by: None
            },
            90.0,
            "web-en".into()
        )
    );
    // Benchmark 10: at least one staff member coordinates parent engagement.
    assert!(
        crit("bm10.c10")
            .text
            .starts_with("At least one staff member coordinates parent engagement")
    );
    assert_eq!(only_measure("bm10.c10").1, 1.0);
    // Benchmark 6: each student an interview by the end of S3 and S6.
    let (kind, at_least, _) = only_measure("bm6.c1");
    assert_eq!(
        (kind, at_least),
        (
            PerStudent {
                of: "students".into(),
                each: 1,
                by: Some("the end of S3".into())
            },
            100.0
        )
    );
}

#[test]
fn no_threshold_of_ours_is_shown_as_an_hkbm_requirement() {
    use hkbm::model::Sourced;
    let pack = built_in().unwrap().pack;
    let mut suggestions = 0;
    for bm in &pack.benchmarks {
        for c in &bm.criteria {
            for m in c.measures.iter().filter(|m| m.is_ours()) {
                suggestions += 1;
                assert!(m.describe().starts_with("suggested: "), "{}", m.describe());
                assert!(!m.status(Some(0.0), None).contains("NOT met"));
            }
        }
    }
    assert!(suggestions > 0);
}

#[test]
fn forms_are_written_one_way_everywhere() {
    // `S3`, never `S.3` or "Secondary 3".
    let dotted = |t: &str, word: &str| {
        t.match_indices(word).any(|(i, _)| {
            t[i + word.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
    };
    let pack = built_in().unwrap().pack;
    for bm in &pack.benchmarks {
        for t in item_texts(bm) {
            assert!(
                !dotted(&t, "S.") && !dotted(&t, "Secondary "),
                "{}: {t}",
                bm.id
            );
        }
    }
}
