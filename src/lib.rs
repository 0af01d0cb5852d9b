//! hkbm: review a school against the Hong Kong Benchmarks for Career & Life
//! Development, record ratings and plans in RON session files, and compare years.
//!
//! `model` is plain data and pure functions; `store` reads and writes files.

pub mod app;
pub mod config;
pub mod i18n;
pub mod model;
pub mod output;
pub mod radar;
pub mod sample;
pub mod store;
pub mod text;
pub mod ui;
