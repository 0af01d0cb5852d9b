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
pub mod report;
pub mod summary;

#[cfg(test)]
pub(crate) mod golden;

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
