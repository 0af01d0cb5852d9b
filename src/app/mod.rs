//! The app: state, actions, the keymap and `update`. No drawing and no I/O
//! happen here; `ui` draws the state and the binary does the I/O.

pub mod action;
pub mod change;
pub mod editor;
pub mod jump;
pub mod keymap;
pub mod state;
pub mod tracker;
pub mod update;
pub mod walk;

pub use action::Action;
pub use state::{Overlay, Screen, State};
pub use update::{Effect, handle_key, handle_paste, update};
