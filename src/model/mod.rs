//! Plain data and pure functions: the content pack, sessions, scoring and
//! validation. Nothing here touches the terminal or the file system.

pub mod aggregate;
pub mod compare;
pub mod content;
pub mod date;
pub mod due;
pub mod repair;
pub mod score;
pub mod session;
pub mod tracker;
pub mod unique;
pub mod validate;

pub use content::{
    Benchmark, ContentPack, Criterion, Framework, Group, Level, Measure, Partner, Resource, Term,
    Tip, Tips,
};
pub use score::{BenchmarkScore, benchmark_score};
pub use session::{
    Baseline, BaselineScore, BenchmarkRecord, ContentRef, CriterionRecord, SESSION_VERSION,
    Session, TipRecord, TipStatus,
};
