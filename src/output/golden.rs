//! The example sessions, loaded as the commands load them, for the golden
//! tests of every output format (their snapshots are in `snapshots/`).

use std::path::Path;

use crate::model::compare::{Comparison, compare};
use crate::model::{ContentPack, Session};
use crate::store::content::built_in;
use crate::store::session::load_for_compare;

/// The example school's two years, as named on the command line.
pub const OLD: &str = "sessions/lantau-bay-college-2024-25.ron";
pub const NEW: &str = "sessions/lantau-bay-college-2025-26.ron";

pub fn pack() -> ContentPack {
    built_in().expect("the built-in pack loads").pack
}

/// This thread in Chinese until the scope is dropped, and the built-in
/// Chinese pack, as `--lang zh-HK` gives them.
pub fn in_chinese() -> (crate::i18n::Scope, ContentPack) {
    use crate::i18n::Lang;
    let scope = crate::i18n::scoped(Lang::ZhHk);
    let pack = crate::store::content::built_in_in(Lang::ZhHk)
        .expect("the built-in Chinese pack loads")
        .pack;
    (scope, pack)
}

/// An example session, brought up to the built-in pack.
pub fn session(pack: &ContentPack, name: &str) -> Session {
    crate::store::session::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join(name), pack)
        .expect("the example loads")
        .session
}

/// The sessions named compared as `hkbm compare` compares them.
pub fn comparison(pack: &ContentPack, names: &[&str]) -> Comparison {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let inputs = names
        .iter()
        .map(|name| {
            load_for_compare(&root.join(name), pack)
                .expect("the example loads")
                .into_compare_input(name.to_string())
        })
        .collect();
    compare(pack, inputs)
}
