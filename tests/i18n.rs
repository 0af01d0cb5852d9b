//! The message catalogue in a process of its own: only the language in use
//! is parsed, the other when the app switches to it.

use hkbm::i18n::{Lang, Part, parsed, parsed_part, set_lang, tr};

#[test]
fn only_the_language_in_use_is_parsed() {
    assert!(!parsed(Lang::En) && !parsed(Lang::ZhHk));
    set_lang(Lang::En);
    assert_eq!(tr("overview-team"), "Team:");
    assert!(parsed(Lang::En));
    // The overview's part only: the other screens, the outputs, reports and
    // messages wait until one of theirs is asked for.
    for p in &Part::ALL[1..] {
        assert!(
            !parsed_part(Lang::En, *p),
            "{} parsed for the overview",
            p.file()
        );
    }
    assert_eq!(tr("header-read-only"), "READ-ONLY");
    assert!(parsed_part(Lang::En, Part::Screens));
    assert!(!parsed_part(Lang::En, Part::Outputs));
    assert!(!parsed(Lang::ZhHk), "Chinese parsed without being used");
    set_lang(Lang::ZhHk);
    // A command's message parses its own part, not the screens'.
    let said = tr("cli-config-exists");
    assert!(!said.is_empty() && said != "cli-config-exists");
    assert!(parsed_part(Lang::ZhHk, Part::Cli));
    assert!(
        !parsed_part(Lang::ZhHk, Part::Screens),
        "the screens parsed for a command's message"
    );
    assert_eq!(tr("header-read-only"), "唯讀");
    assert!(parsed(Lang::ZhHk));
}
