//! hkbm: review a school against the Hong Kong Benchmarks for Career & Life
//! Development, record ratings and plans in RON session files, and compare years.
//!
//! `model` is plain data and pure functions; `store` reads and writes files.

pub mod app;
pub mod compare_out;
pub mod config;
pub mod csv;
pub mod model;
pub mod network;
pub mod radar;
pub mod report;
pub mod sample;
pub mod store;
pub mod summary;
pub mod text;
pub mod tracker_out;
pub mod ui;
