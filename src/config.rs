//! The user's configuration: a RON file in the platform's config folder,
//! read as a partial overlay on the embedded defaults (`default_config.ron`).
//! A bad file never stops the app: it says what is wrong and uses defaults.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::app::Action;
use crate::app::keymap::{self, Binding, Key};
use crate::i18n::Lang;
use crate::model::due::{Day, Term, Terms};
use crate::model::validate::q;
use crate::store::FileError;

/// The defaults, with comments, as `hkbm config export` writes them.
pub const DEFAULTS: &str = include_str!("default_config.ron");

/// The settings in force.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub theme: String,
    /// The language, when the file names one (else the locale decides).
    pub lang: Option<Lang>,
    pub sessions_dir: Option<PathBuf>,
    pub mouse: bool,
    pub present: bool,
    pub minutes_per_benchmark: u32,
    /// Minutes for particular benchmarks, by id.
    pub minutes: BTreeMap<String, u32>,
    /// Keys by action name.
    pub keys: BTreeMap<String, Vec<String>>,
    /// The school's terms, for reading due dates.
    pub terms: Terms,
}

/// The file's shape: everything optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Config")]
struct Overlay {
    theme: Option<String>,
    lang: Option<String>,
    sessions_dir: Option<String>,
    mouse: Option<bool>,
    present: Option<bool>,
    agenda: Option<AgendaOverlay>,
    #[serde(default, deserialize_with = "crate::model::unique::option_map")]
    keys: Option<BTreeMap<String, Vec<String>>>,
    /// Term name → (first day, last day), each `MM-DD` or `YYYY-MM-DD`.
    #[serde(default, deserialize_with = "crate::model::unique::option_map")]
    terms: Option<BTreeMap<String, (String, String)>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Agenda")]
struct AgendaOverlay {
    minutes_per_benchmark: Option<u32>,
    #[serde(default, deserialize_with = "crate::model::unique::option_map")]
    minutes: Option<BTreeMap<String, u32>>,
}

impl Config {
    /// The embedded defaults.
    pub fn defaults() -> Config {
        let mut c = Config {
            theme: "dark".into(),
            lang: None,
            sessions_dir: None,
            mouse: false,
            present: false,
            minutes_per_benchmark: 10,
            minutes: BTreeMap::new(),
            keys: BTreeMap::new(),
            terms: Terms::hong_kong(),
        };
        let o: Overlay = parse_overlay(Path::new("default_config.ron"), DEFAULTS)
            .expect("the embedded defaults parse");
        let problems = c.apply(o);
        debug_assert!(problems.is_empty(), "{problems:?}");
        c
    }

    /// Apply the file's settings; what cannot be used is returned to be said.
    fn apply(&mut self, o: Overlay) -> Vec<String> {
        let mut problems = Vec::new();
        if let Some(terms) = o.terms {
            // A school's own terms replace the defaults (they may be three).
            let mut read = Vec::new();
            for (name, (start, end)) in terms {
                match (Day::parse(&start), Day::parse(&end)) {
                    (Some(start), Some(end)) => read.push(Term { name, start, end }),
                    _ => problems.push(crate::tr!("config-bad-term", name = q(&name))),
                }
            }
            self.terms = Terms(read);
        }
        if let Some(t) = o.theme {
            self.theme = t;
        }
        if let Some(l) = o.lang {
            if l.trim().is_empty() {
                self.lang = None;
            } else {
                match Lang::parse(&l) {
                    Some(lang) => self.lang = Some(lang),
                    None => problems.push(crate::tr!(
                        "config-bad-lang",
                        lang = q(&crate::text::inert_line(&l))
                    )),
                }
            }
        }
        if let Some(d) = o.sessions_dir {
            self.sessions_dir = (!d.trim().is_empty()).then(|| expand_home(d.trim()));
        }
        if let Some(m) = o.mouse {
            self.mouse = m;
        }
        if let Some(p) = o.present {
            self.present = p;
        }
        if let Some(a) = o.agenda {
            if let Some(m) = a.minutes_per_benchmark {
                self.minutes_per_benchmark = m;
            }
            if let Some(m) = a.minutes {
                self.minutes.extend(m);
            }
        }
        if let Some(k) = o.keys {
            self.keys.extend(k);
        }
        problems
    }

    /// Defaults overlaid with the RON `text` of `path`. On any problem the
    /// defaults, and the problems to tell the user.
    pub fn from_text(path: &Path, text: &str) -> (Config, Vec<FileError>) {
        let mut c = Config::defaults();
        let mut problems = Vec::new();
        match parse_overlay(path, text) {
            Ok(o) => {
                for p in c.apply(o) {
                    problems.push(FileError::new(path, p));
                }
            }
            Err(mut e) => {
                e.message = crate::tr!("config-defaults-used", problem = e.message);
                return (c, vec![e]);
            }
        }
        if !crate::ui::theme::THEMES.contains(&c.theme.as_str()) {
            problems.push(FileError::new(
                path,
                crate::tr!(
                    "config-bad-theme",
                    theme = q(&c.theme),
                    themes = crate::ui::theme::THEMES.join(&crate::i18n::tr("file-list-separator"))
                ),
            ));
            c.theme = "dark".into();
        }
        for (name, keys) in &c.keys {
            let name_shown = crate::text::inert_line(name);
            let Some(action) = action_named(name) else {
                problems.push(FileError::new(
                    path,
                    crate::tr!("config-no-action", name = q(&name_shown)),
                ));
                continue;
            };
            let mut readable = true;
            for k in keys {
                if parse_key(k).is_none() {
                    readable = false;
                    problems.push(FileError::new(
                        path,
                        crate::tr!(
                            "config-bad-key",
                            name = name_shown.as_ref(),
                            key = q(&crate::text::inert_line(k))
                        ),
                    ));
                }
            }
            if readable {
                let parsed = keys.iter().filter_map(|k| parse_key(k)).collect();
                for note in keymap::allowed_keys(action, parsed).1 {
                    problems.push(FileError::new(
                        path,
                        crate::tr!("config-key-note", name = name_shown.as_ref(), note = note),
                    ));
                }
            }
        }
        (c, problems)
    }

    /// Read `path`; a missing file is the defaults, silently.
    pub fn load(path: &Path) -> (Config, Vec<FileError>) {
        match std::fs::metadata(path) {
            Err(_) => (Config::defaults(), Vec::new()),
            Ok(_) => match crate::store::read::read_text(path) {
                Ok(text) => Config::from_text(path, &text),
                Err(e) => (Config::defaults(), vec![e]),
            },
        }
    }

    /// Minutes allotted to benchmark `id`.
    pub fn minutes_for(&self, id: &str) -> u32 {
        self.minutes
            .get(id)
            .copied()
            .unwrap_or(self.minutes_per_benchmark)
    }

    /// Apply the `keys` settings to a keymap: each named action gets the
    /// given keys instead of its own, wherever it is bound.
    pub fn apply_keys(&self, map: &mut [Binding]) {
        for (name, keys) in &self.keys {
            let (Some(action), Some(keys)) = (
                action_named(name),
                keys.iter()
                    .map(|k| parse_key(k))
                    .collect::<Option<Vec<Key>>>(),
            ) else {
                continue;
            };
            let mut keys = keymap::allowed_keys(action, keys).0;
            if keys.is_empty() && keymap::ESSENTIAL.contains(&action) {
                continue;
            }
            // The keys that always work are listed with the others, so the
            // help and the status line say so.
            keymap::add_fixed_keys(action, &mut keys);
            for b in map.iter_mut().filter(|b| b.action == action) {
                b.keys = keys.clone();
            }
        }
    }
}

/// Parse the file. Optional fields are written plainly (`theme: "light"`,
/// not `Some("light")`): people write this file by hand.
fn parse_overlay(path: &Path, text: &str) -> Result<Overlay, FileError> {
    if text.trim().is_empty() {
        return Ok(Overlay::default());
    }
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e: ron::error::SpannedError| {
            FileError::at(
                path,
                Some(crate::store::Location {
                    line: e.span.start.line.max(1),
                    col: e.span.start.col.max(1),
                }),
                crate::store::error::ron_message(&e.code),
            )
        })
}

/// `~/x` as the user's home folder + `x` (people write paths that way).
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ if path == "~" => directories::BaseDirs::new()
            .map_or_else(|| PathBuf::from(path), |d| d.home_dir().to_path_buf()),
        _ => PathBuf::from(path),
    }
}

/// The platform's config file: e.g. `~/.config/hkbm/config.ron` on Linux.
pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("hk", "hkbm", "hkbm").map(|d| d.config_dir().join("config.ron"))
}

/// An action by the name used in keymaps (`next`, `toggle_bars`…).
pub fn action_named(name: &str) -> Option<Action> {
    ron::from_str::<Action>(name).ok()
}

/// A key as written in the config: `q`, `Enter`, `Ctrl-R`, `F5`, `Up`, `Space`.
pub fn parse_key(s: &str) -> Option<Key> {
    use crossterm::event::KeyCode;
    let (ctrl, rest) = match s.strip_prefix("Ctrl-").or_else(|| s.strip_prefix("ctrl-")) {
        Some(r) => (true, r),
        None => (false, s),
    };
    let code = match rest {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "Shift-Tab" => KeyCode::BackTab,
        "Backspace" => KeyCode::Backspace,
        "Delete" | "Del" => KeyCode::Delete,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "PageUp" | "PgUp" => KeyCode::PageUp,
        "PageDown" | "PgDn" => KeyCode::PageDown,
        "Space" => KeyCode::Char(' '),
        f if f.len() > 1 && f.starts_with('F') => KeyCode::F(f[1..].parse().ok()?),
        c if c.chars().count() == 1 => {
            let c = c.chars().next()?;
            KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c })
        }
        _ => return None,
    };
    Some(Key { code, ctrl })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::{Context, default_keymap, lookup};
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn the_embedded_defaults_are_the_defaults() {
        let c = Config::defaults();
        assert_eq!(c.theme, "dark");
        assert_eq!(c.minutes_per_benchmark, 10);
        assert!(!c.mouse && c.sessions_dir.is_none());
    }

    #[test]
    fn a_partial_file_overrides_only_what_it_says() {
        let (c, problems) = Config::from_text(
            Path::new("c.ron"),
            r#"Config(theme: "light", agenda: Agenda(minutes: {"bm4": 15}), keys: {"next": ["Space"]})"#,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(c.theme, "light");
        assert_eq!(c.minutes_for("bm4"), 15);
        assert_eq!(c.minutes_for("bm5"), 10);
        let mut map = default_keymap(&[0, 1, 2, 3, 4]);
        c.apply_keys(&mut map);
        let space = KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE);
        assert_eq!(lookup(&map, Context::Tips, &space), Some(Action::Next));
        let n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(lookup(&map, Context::Tips, &n), None);
    }

    #[test]
    fn a_bad_file_means_defaults_and_a_clear_message() {
        let (c, problems) = Config::from_text(Path::new("c.ron"), "Config(theme: 3)");
        assert_eq!(c, Config::defaults());
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].to_string().starts_with("c.ron:1:"),
            "{}",
            problems[0]
        );
        let (c, problems) = Config::from_text(
            Path::new("c.ron"),
            r#"Config(theme: "purple", keys: {"fly": ["x"], "quit": ["Hyper-Q"]})"#,
        );
        assert_eq!(c.theme, "dark");
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn a_key_or_a_benchmark_given_twice_is_a_located_problem() {
        for text in [
            r#"Config(keys: {"next": ["n"], "next": ["x"]})"#,
            r#"Config(agenda: Agenda(minutes: {"bm4": 15, "bm4": 5}))"#,
            r#"Config(terms: {"Term 1": ("09-01", "01-31"), "Term 1": ("09-01", "12-31")})"#,
        ] {
            let (c, problems) = Config::from_text(Path::new("c.ron"), text);
            assert_eq!(c, Config::defaults());
            assert_eq!(problems.len(), 1, "{problems:?}");
            let p = problems[0].to_string();
            assert!(p.starts_with("c.ron:1:") && p.contains("twice"), "{p}");
        }
    }

    #[test]
    fn terms_default_to_hong_kong_and_a_school_can_name_its_own() {
        // The file lists the same terms as the code's defaults.
        let mut file = Config::defaults().terms.0;
        let mut code = Terms::hong_kong().0;
        file.sort_by(|a, b| a.name.cmp(&b.name));
        code.sort_by(|a, b| a.name.cmp(&b.name));
        assert_eq!(file, code);
        let (c, problems) = Config::from_text(
            Path::new("c.ron"),
            r#"Config(terms: {"Term 3": ("04-01", "07-15"), "Exams": ("2026-06-01", "2026-6-20")})"#,
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].to_string().contains("\"Exams\""));
        assert_eq!(c.terms.0.len(), 1);
        let due = crate::model::due::read("term 3", Some(2025), &c.terms);
        assert_eq!(due.date().unwrap().iso(), "2026-07-15");
        assert_eq!(
            crate::model::due::read("Term 1", Some(2025), &c.terms),
            crate::model::due::Due::Unread,
            "the school's terms replace the defaults"
        );
    }

    #[test]
    fn the_language_is_read_and_a_wrong_one_said() {
        let p = Path::new("c.ron");
        assert_eq!(Config::defaults().lang, None);
        let (c, problems) = Config::from_text(p, r#"Config(lang: "zh-HK")"#);
        assert_eq!((c.lang, problems.len()), (Some(Lang::ZhHk), 0));
        let (c, problems) = Config::from_text(p, r#"Config(lang: "en")"#);
        assert_eq!((c.lang, problems.len()), (Some(Lang::En), 0));
        let (c, problems) = Config::from_text(p, r#"Config(lang: "")"#);
        assert_eq!((c.lang, problems.len()), (None, 0));
        let (c, problems) = Config::from_text(p, r#"Config(lang: "fr")"#);
        assert_eq!(c.lang, None);
        assert_eq!(
            problems[0].to_string(),
            "c.ron: lang \"fr\" is not en or zh-HK; the locale decides"
        );
    }

    #[test]
    fn a_sessions_folder_under_home_is_expanded() {
        let (c, _) = Config::from_text(Path::new("c.ron"), r#"Config(sessions_dir: "~/careers")"#);
        let dir = c.sessions_dir.unwrap();
        assert!(dir.ends_with("careers") && !dir.starts_with("~"), "{dir:?}");
    }

    #[test]
    fn keys_are_read_as_help_shows_them() {
        assert_eq!(parse_key("Ctrl-R").unwrap().label(), "Ctrl-R");
        assert_eq!(parse_key("F5").unwrap().label(), "F5");
        assert_eq!(parse_key("Space").unwrap().label(), "Space");
        assert_eq!(parse_key("q").unwrap().label(), "q");
        assert!(parse_key("Nope").is_none());
    }

    /// A configuration cannot leave the app without a way out: Ctrl-C
    /// always quits, Esc always closes an editor, and an essential action
    /// left without keys keeps its own. Each refusal is said.
    #[test]
    fn no_configuration_takes_away_the_way_out() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
        let (c, problems) = Config::from_text(Path::new("c.ron"), r#"Config(keys: {"quit": []})"#);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0]
                .message
                .contains("quit: it needs at least one key")
        );
        let mut map = default_keymap(&[0, 1, 2, 3, 4]);
        c.apply_keys(&mut map);
        for ctx in [
            Context::Overview,
            Context::Tips,
            Context::Help,
            Context::Jump,
        ] {
            assert_eq!(lookup(&map, ctx, &ctrl_c), Some(Action::Quit), "{ctx:?}");
        }
        assert_eq!(lookup(&map, Context::Overview, &q), Some(Action::Quit));

        // Every quit key given to something else, and the editor's keys moved.
        let (c, problems) = Config::from_text(
            Path::new("c.ron"),
            r#"Config(keys: {"quit": ["F10"], "next": ["q", "Ctrl-C"], "help": [], "editor_done": ["F2"], "editor_cancel": []})"#,
        );
        let said: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
        assert!(
            said.iter().any(|m| m.contains("next: Ctrl-C always quits")),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|m| m.contains("help: it needs at least one key")),
            "{said:?}"
        );
        assert!(
            said.iter().any(|m| m.contains("editor_cancel: it needs")),
            "{said:?}"
        );
        let mut map = default_keymap(&[0, 1, 2, 3, 4]);
        c.apply_keys(&mut map);
        assert_eq!(lookup(&map, Context::Tips, &ctrl_c), Some(Action::Quit));
        assert_eq!(lookup(&map, Context::Tips, &q), Some(Action::Next));
        let f10 = KeyEvent::new(KeyCode::F(10), KeyModifiers::NONE);
        assert_eq!(lookup(&map, Context::Tips, &f10), Some(Action::Quit));
        let help = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::NONE);
        assert_eq!(lookup(&map, Context::Tips, &help), Some(Action::Help));
        assert_eq!(
            lookup(&map, Context::Editor, &esc),
            Some(Action::EditorDone)
        );
        assert_eq!(
            lookup(&map, Context::Editor, &ctrl_c),
            Some(Action::EditorCancel)
        );
        assert_eq!(lookup(&map, Context::Help, &esc), Some(Action::Close));
        // Help lists the keys that still work.
        let quit = map.iter().find(|b| b.action == Action::Quit).unwrap();
        let labels: Vec<String> = quit.keys.iter().map(|k| k.label()).collect();
        assert_eq!(labels, ["F10", "Ctrl-C"]);
        let done = map.iter().find(|b| b.action == Action::EditorDone).unwrap();
        assert!(done.keys.iter().any(|k| k.label() == "Esc"));
    }
}

#[cfg(test)]
mod names {
    use super::*;

    #[test]
    fn every_action_named_in_the_default_file_exists() {
        let list: String = DEFAULTS
            .lines()
            .skip_while(|l| !l.contains("Names are those"))
            .take_while(|l| !l.contains("Rating and status keys"))
            .map(|l| l.trim_start_matches([' ', '/']))
            .collect::<Vec<_>>()
            .join(" ");
        let names: Vec<&str> = list
            .split([',', ' ', ':', '.'])
            .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .filter(|w| !["names", "are", "those", "in", "help", "order", "s", "and"].contains(w))
            .collect();
        assert!(names.len() > 20, "{names:?}");
        for n in names {
            assert!(action_named(n).is_some(), "{n}");
        }
    }
}
