//! Everything hkbm writes for people and programs outside the app: the
//! `summary`, `compare`, `report`, `aggregate` and `actions` commands in
//! text, Markdown, CSV, HTML, JSON and iCalendar.
//!
//! Text from a session, a content pack or a file name is data in every one
//! of them: made inert for the terminal, escaped for Markdown and HTML,
//! quoted (and guarded against formulas) for spreadsheets.

pub mod actions;
pub mod aggregate;
pub mod compare;
pub mod csv;
pub mod json;
pub mod report;
pub mod summary;

#[cfg(test)]
mod adds_up;
#[cfg(test)]
pub(crate) mod golden;
#[cfg(test)]
mod no_english;

/// The columns text output is laid out for when it does not go to a
/// terminal (a pipe, a file, an email) and no `--width` is given.
pub const DEFAULT_WIDTH: usize = 80;

/// The narrowest layout: the tables need this much to keep a readable
/// title column, so a narrower terminal gets this width.
pub const MIN_WIDTH: usize = 70;

/// Running text (the score formula, content differences, notes) wraps at
/// the width, but never wider than this, however wide the terminal:
/// longer lines are hard to read.
pub const PROSE_WIDTH: usize = 100;

/// Text from a file made inert and cut to at most `width` columns (the one
/// truncation rule, [`crate::text::fit`]).
pub fn cut(s: &str, width: usize) -> String {
    crate::text::fit(&crate::text::inert_line(s), width)
}

/// The width to lay text out for when `width` columns were asked for.
pub fn layout_width(width: usize) -> usize {
    width.max(MIN_WIDTH)
}

/// The width running text wraps at in a layout of `width` columns.
pub fn prose_width(width: usize) -> usize {
    layout_width(width).min(PROSE_WIDTH)
}

/// Add `lines` to a text output, each without trailing spaces.
pub fn put_lines(out: &mut String, lines: Vec<String>) {
    for l in lines {
        out.push_str(l.trim_end());
        out.push('\n');
    }
}

/// A title or id with the mark of items of ours when `ours`.
pub fn ours_marked(text: &str, ours: bool) -> String {
    format!(
        "{text}{}",
        if ours {
            crate::model::content::OURS_MARK
        } else {
            ""
        }
    )
}

/// A title column's width: what is left of `width` after the `fixed`
/// columns, at least `min`, and no wider than the widest of `titles` needs.
pub fn title_column(width: usize, fixed: usize, min: usize, titles: &[String]) -> usize {
    let widest = titles
        .iter()
        .map(|t| crate::text::width(&crate::text::inert_line(t)))
        .max()
        .unwrap_or(0);
    width.saturating_sub(fixed).min(widest).max(min)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::golden::{NEW, OLD, comparison, pack, session};
    use crate::text::width;

    const LONG: &str = "與社工合作，跟進非華語學生的出路需要 https://www.edb.gov.hk/attachment/tc/curriculum-development/career-and-life-planning.pdf 並於下學期初安排家長會。\n第二行";

    fn widest(text: &str) -> usize {
        text.lines().map(width).max().unwrap_or(0)
    }

    #[test]
    fn summary_and_compare_text_fit_every_width_with_chinese_text() {
        let pack = pack();
        let mut s = session(&pack, NEW);
        s.school = format!("聖保羅男女中學附屬小學暨幼稚園 {LONG}");
        s.facilitator = LONG.into();
        s.participants = vec![LONG.into(), "黃嘉欣（學校社工）".into()];
        for b in &mut s.benchmarks {
            b.target_year = Some("二〇二六至二七學年".into());
        }
        let summary = crate::output::summary::Summary::build(&pack, &s);
        let mut c = comparison(&pack, &[OLD, NEW]);
        for y in &mut c.years {
            y.school = s.school.clone();
        }
        for b in &mut c.benchmarks {
            b.notes = vec![LONG.into(); b.notes.len()];
            b.title = format!("{} 中文標題很長很長", b.title);
        }
        for p in &mut c.plans {
            p.owner = "陳大文老師（升學及就業輔導組主任）".into();
            p.id = format!("{}.中文標識符很長很長", p.id);
        }
        for w in MIN_WIDTH..=160 {
            let text = summary.to_text(w);
            assert!(widest(&text) <= w, "summary at {w}:\n{text}");
            let text = compare::text(&c, &pack, w);
            assert!(widest(&text) <= w, "compare at {w}:\n{text}");
        }
        // Narrower asks get the narrowest layout.
        assert_eq!(summary.to_text(20), summary.to_text(MIN_WIDTH));
    }
}
