//! The app's first frame, the overview, parses only the overview's part of
//! the catalogue (a test binary of its own, as the parsed parts are the
//! whole process's): the rest of the screens' text is parsed once the
//! frame is out.

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use hkbm::app::State;
use hkbm::i18n::{Lang, Part, parsed_part, set_lang};
use hkbm::ui::{Theme, render};

use common::*;

#[test]
fn the_overview_drawn_first_parses_its_own_part_of_the_catalogue_alone() {
    for lang in Lang::ALL {
        set_lang(lang);
        let pack = hkbm::store::content::built_in_in(lang).unwrap().pack;
        let path = example(NEW);
        let parsed = hkbm::store::session::read_and_parse(&path).unwrap();
        let loaded = hkbm::store::session::check_parsed(&path, parsed, &pack, false).unwrap();
        let mut state = State::new(pack, loaded.session, "s.ron".into(), "2026-01-15".into());
        let config = hkbm::config::Config::defaults();
        config.apply_keys(&mut state.keymap);
        state.terms = config.terms.clone();
        for theme in ["dark", "mono"] {
            let theme = Theme::choose(Some(theme));
            for (w, h) in [(80, 24), (100, 30), (200, 60)] {
                for selected in [0, 9] {
                    state.overview_selected = selected;
                    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
                    t.draw(|f| render(f, &state, &theme)).unwrap();
                }
            }
        }
        for part in Part::ALL {
            assert_eq!(
                parsed_part(lang, part),
                part == Part::Overview,
                "{} of {} parsed for the first frame",
                part.file(),
                lang.code()
            );
        }
    }
}
