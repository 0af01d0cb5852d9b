//! Files: reading and validating content packs and sessions, writing sessions
//! atomically, and the lock that keeps two writers off one file.

pub mod atomic;
pub mod content;
pub mod error;
pub mod lock;
pub mod names;
pub mod output;
pub mod read;
pub mod session;

pub use error::{FileError, Location};
