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
