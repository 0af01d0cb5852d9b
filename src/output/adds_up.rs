//! "Numbers people add up": in every output of many made-up schools, a change
//! shown is the difference of the scores shown beside it (a principal adds
//! last year's 19 % and "▲ +14" and must get this year's 33 %).

use crate::model::compare::{Input, compare};
use crate::model::{ContentPack, Session};
use crate::output::summary::Summary;
use crate::output::{compare as compare_out, report};

/// The whole numbers followed by `%` in a line, in order (`46 %`, `59%`).
fn percents(line: &str) -> Vec<i64> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let mut j = i;
        while j < chars.len() && chars[j] == ' ' {
            j += 1;
        }
        if chars.get(j) == Some(&'%') {
            let n: String = chars[start..i].iter().collect();
            out.push(n.parse().unwrap());
        }
    }
    out
}

/// The change shown in a line (`▲ +13`, `▼-4`, `= 0`), if any.
fn change(line: &str) -> Option<i64> {
    if line.contains("= 0") || line.contains("=0") {
        return Some(0);
    }
    let at = line.find(['▲', '▼'])?;
    let rest: String = line[at..]
        .chars()
        .skip(1)
        .skip_while(|c| *c == ' ')
        .take_while(|c| *c == '+' || *c == '-' || c.is_ascii_digit())
        .collect();
    Some(rest.parse().expect(line))
}

/// A score to one decimal (as JSON writes it) shown in whole points.
fn shown(one_decimal: f64) -> i64 {
    let tenths = (one_decimal * 10.0).round() as i64;
    (tenths + 5).div_euclid(10)
}

/// Two consecutive years of `n` made-up schools; the later one has the
/// earlier one's scores as its baseline, some written by hand to two
/// decimals (as a school may edit a file).
fn schools(pack: &ContentPack, n: u64) -> Vec<(Session, Session)> {
    (0..n)
        .map(|school| {
            let old = crate::sample::session(pack, school * 3 + 1, 3, 2025);
            let mut new = crate::sample::session(pack, school * 3 + 2, 3, 2025);
            let next = Session::next_year(pack, &old, &new.school, &new.year);
            new.baseline = next.baseline;
            if school % 3 == 0 {
                for b in &mut new.baseline.as_mut().unwrap().scores {
                    b.score = b.score.map(|s| (s + 0.05).min(100.0));
                }
            }
            (old, new)
        })
        .collect()
}

#[test]
fn every_change_shown_is_the_difference_of_the_scores_shown() {
    let pack = crate::output::golden::pack();
    let mut checked = 0;
    for (old, new) in schools(&pack, 60) {
        let sum = Summary::build(&pack, &new);
        // Summary text and the report (Markdown and HTML) show the score and
        // the change; the baseline as the app shows it ("Last year: 19 %").
        let text = sum.to_text(200);
        let md = report::markdown(&pack, &new);
        let html = report::html(&pack, &new);
        let html_meta: Vec<&str> = html
            .lines()
            .filter(|l| l.contains("Score <strong>"))
            .collect();
        assert_eq!(html_meta.len(), sum.benchmarks.len());
        for (b, meta) in sum.benchmarks.iter().zip(&html_meta) {
            let (Some(score), Some(base)) = (b.score, b.baseline) else {
                continue;
            };
            let want = shown(score) - shown(base);
            let row = text
                .lines()
                .find(|l| l.starts_with(&format!("{:>2}  ", b.number)))
                .unwrap();
            assert_eq!(percents(row)[0], shown(score), "{row}");
            assert_eq!(change(row), Some(want), "{row} after {base}");
            let line = md
                .lines()
                .find(|l| l.starts_with(&format!("| {} | ", b.number)))
                .unwrap();
            assert_eq!(change(line), Some(want), "{line} after {base}");
            assert_eq!(percents(meta)[0], shown(score), "{meta}");
            assert_eq!(change(meta), Some(want), "{meta} after {base}");
            // JSON: to one decimal, exactly the difference.
            let d = b.delta.unwrap();
            assert_eq!(
                (d * 10.0).round() as i64,
                (score * 10.0).round() as i64 - (base * 10.0).round() as i64
            );
            checked += 1;
        }
        // Compare shows both years' scores and the change beside them.
        let c = compare(
            &pack,
            vec![
                Input::new("old.ron".into(), old.clone(), &pack),
                Input::new("new.ron".into(), new.clone(), &pack),
            ],
        );
        let text = compare_out::text(&c, &pack, 200);
        let md = compare_out::markdown(&c, &pack);
        for b in &c.benchmarks {
            let Some((before, now)) = b.change_between() else {
                continue;
            };
            for (out, prefix) in [
                (&text, format!("{:>2}  ", b.number)),
                (&md, format!("| {} | ", b.number)),
            ] {
                let row = out.lines().find(|l| l.starts_with(&prefix)).unwrap();
                let p = percents(row);
                assert_eq!(p, [shown(before), shown(now)], "{row}");
                assert_eq!(change(row), Some(p[1] - p[0]), "{row}");
            }
        }
    }
    assert!(checked > 300, "only {checked} benchmarks with a change");
}
