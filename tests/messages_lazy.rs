//! Opening a good session reads no message about files: the catalogue's
//! messages part is parsed only when something is wrong (a test binary of
//! its own, as the parsed parts are the whole process's).

mod common;

use std::path::Path;

use hkbm::i18n::{Lang, Part, parsed_part};

use common::*;

#[test]
fn a_good_file_opens_without_parsing_the_messages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    std::fs::copy(example(NEW), &path).unwrap();
    let pack = hkbm::store::content::built_in().unwrap().pack;
    let loaded = hkbm::store::session::load(&path, &pack).unwrap();
    assert!(loaded.warnings.is_empty());
    let lock = hkbm::store::lock::acquire(&path).unwrap();
    hkbm::store::session::save(&path, &loaded.session).unwrap();
    drop(lock);
    let _ = hkbm::config::Config::from_text(Path::new("c.ron"), "(theme: \"light\")");
    assert!(
        !parsed_part(Lang::En, Part::Messages),
        "the messages were parsed for a good file"
    );
    let e = hkbm::store::session::parse(&path, "").unwrap_err();
    assert_eq!(e.to_string(), format!("{}: file is empty", path.display()));
    assert!(parsed_part(Lang::En, Part::Messages));
}
