//! The message catalogue: every text hkbm shows or writes, in English and in
//! Traditional Chinese (Hong Kong), from `i18n/<lang>/<part>.ftl` (Fluent,
//! embedded in the binary).
//!
//! The catalogue comes in parts ([`Part`]): the overview, the other
//! screens, the text outputs, the reports, the messages about files, and
//! the command line. Only the language in use is parsed, and of it only the
//! parts asked for, each once, the first time one of its messages is
//! needed: a second language costs nothing at startup, and the app's first
//! frame parses the overview's small part alone. The language
//! can change while the app runs (the language key). Tests pick a language
//! for their own thread with [`scoped`], so tests in both languages can run
//! side by side.

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::model::content::{Measure, MeasureKind, format_number};
use crate::text::inert_line;

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    ZhHk,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHk];

    /// The language tag, as `--lang` and the config file write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHk => "zh-HK",
        }
    }

    /// The language of a tag: `en`, `zh-HK` (any case, `_` for `-`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "en" => Some(Lang::En),
            "zh-hk" => Some(Lang::ZhHk),
            _ => None,
        }
    }

    /// The other language (the language key toggles between the two).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::ZhHk,
            Lang::ZhHk => Lang::En,
        }
    }

    /// The language a POSIX locale name asks for: Traditional Chinese for
    /// Hong Kong, Taiwan and Macau locales or any naming the Hant script;
    /// English for the rest.
    pub fn from_locale(locale: &str) -> Lang {
        let traditional = ["zh_HK", "zh_TW", "zh_MO", "zh-HK", "zh-TW", "zh-MO"]
            .iter()
            .any(|p| locale.starts_with(p))
            || locale.contains("Hant");
        if traditional { Lang::ZhHk } else { Lang::En }
    }

    /// The language the environment asks for: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides, as it
    /// does for the C library. `get` reads a variable (the process
    /// environment, or a test's).
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| get(name))
            .find(|v| !v.is_empty())
            .map_or(Lang::En, |v| Lang::from_locale(&v))
    }

    fn index(self) -> u8 {
        match self {
            Lang::En => 0,
            Lang::ZhHk => 1,
        }
    }
}

/// A part of the catalogue, parsed on its own when first needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The overview, the app's first screen, with its status line
    /// (`overview.ftl`): all the first frame needs.
    Overview,
    /// The app's other screens (`screens.ftl`).
    Screens,
    /// The commands' text outputs: summary, compare, aggregate, actions
    /// (`outputs.ftl`).
    Outputs,
    /// The reports (Markdown, HTML, CSV) and the text values of CSV and JSON
    /// (`reports.ftl`).
    Reports,
    /// The texts of files, locks, configuration and checks: what is wrong
    /// with a file and where (`messages.ftl`).
    Messages,
    /// The command line: its help, and what the commands say on the
    /// terminal as they work (`cli.ftl`).
    Cli,
}

impl Part {
    /// Every part, in the order a message is looked for.
    pub const ALL: [Part; 6] = [
        Part::Overview,
        Part::Screens,
        Part::Outputs,
        Part::Reports,
        Part::Messages,
        Part::Cli,
    ];

    /// The file name of the part, in each language's folder.
    pub fn file(self) -> &'static str {
        match self {
            Part::Overview => "overview.ftl",
            Part::Screens => "screens.ftl",
            Part::Outputs => "outputs.ftl",
            Part::Reports => "reports.ftl",
            Part::Messages => "messages.ftl",
            Part::Cli => "cli.ftl",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The Fluent text of the part in `lang`.
    pub fn source(self, lang: Lang) -> &'static str {
        macro_rules! part {
            ($file:literal) => {
                match lang {
                    Lang::En => include_str!(concat!("../i18n/en/", $file)),
                    Lang::ZhHk => include_str!(concat!("../i18n/zh-HK/", $file)),
                }
            };
        }
        match self {
            Part::Overview => part!("overview.ftl"),
            Part::Screens => part!("screens.ftl"),
            Part::Outputs => part!("outputs.ftl"),
            Part::Reports => part!("reports.ftl"),
            Part::Messages => part!("messages.ftl"),
            Part::Cli => part!("cli.ftl"),
        }
    }

    /// Whether the part's text holds message `id` (a message starts a line
    /// with its id and ` =`), found without parsing it.
    fn holds(self, lang: Lang, id: &str) -> bool {
        let source = self.source(lang);
        source.match_indices(id).any(|(at, _)| {
            (at == 0 || source.as_bytes()[at - 1] == b'\n')
                && source[at + id.len()..].starts_with(" =")
        })
    }
}

/// The language of the whole process (the app's, a command's).
static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A language for this thread only (tests), over [`CURRENT`].
    static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language in use.
pub fn lang() -> Lang {
    SCOPED.with(Cell::get).unwrap_or_else(|| {
        if CURRENT.load(Ordering::Relaxed) == Lang::ZhHk.index() {
            Lang::ZhHk
        } else {
            Lang::En
        }
    })
}

/// Speak `lang` from now on (the whole process).
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang.index(), Ordering::Relaxed);
}

/// Speak `lang` on this thread until the guard is dropped (for tests).
pub fn scoped(lang: Lang) -> Scope {
    let before = SCOPED.with(|s| s.replace(Some(lang)));
    Scope { before }
}

/// Gives the thread back its language when dropped.
pub struct Scope {
    before: Option<Lang>,
}

impl Drop for Scope {
    fn drop(&mut self) {
        SCOPED.with(|s| s.set(self.before));
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The parsed parts: `[language][part]`.
static BUNDLES: [[OnceLock<Bundle>; Part::ALL.len()]; 2] = [
    [const { OnceLock::new() }; Part::ALL.len()],
    [const { OnceLock::new() }; Part::ALL.len()],
];

/// Whether any of the catalogue of `lang` has been parsed in this process
/// (a language never used is never parsed).
pub fn parsed(lang: Lang) -> bool {
    Part::ALL.iter().any(|&p| parsed_part(lang, p))
}

/// Whether `part` of the catalogue of `lang` has been parsed.
pub fn parsed_part(lang: Lang, part: Part) -> bool {
    BUNDLES[usize::from(lang.index())][part.index()]
        .get()
        .is_some()
}

/// Parse `part` of the current language now, if it is not yet. The app's
/// first frame parses the overview's part as it draws (its first message);
/// the rest of the screens' text is parsed this way once that frame is out.
pub fn prepare(part: Part) {
    let _ = bundle(lang(), part);
}

/// A part of the catalogue of `lang`, parsed the first time it is needed.
fn bundle(lang: Lang, part: Part) -> &'static Bundle {
    BUNDLES[usize::from(lang.index())][part.index()].get_or_init(|| build(lang, part).0)
}

/// The part of `lang` that holds message `id`, parsed: a part already
/// parsed is asked; one not yet parsed is parsed only if its text holds the
/// id. So a command's message never parses the screens, and a screen's
/// message, once the screens are parsed, costs one lookup.
fn bundle_of(lang: Lang, id: &str) -> Option<&'static Bundle> {
    Part::ALL
        .into_iter()
        .find(
            |&p| match BUNDLES[usize::from(lang.index())][p.index()].get() {
                Some(b) => b.has_message(id),
                None => p.holds(lang, id),
            },
        )
        .map(|p| bundle(lang, p))
}

/// Parse a part of a language's catalogue; the errors are kept for the
/// tests (the files are embedded, so an error is the build's, never the
/// user's).
fn build(lang: Lang, part: Part) -> (Bundle, Vec<String>) {
    let mut errors = Vec::new();
    let resource =
        FluentResource::try_new(part.source(lang).to_string()).unwrap_or_else(|(r, e)| {
            errors.extend(e.iter().map(|e| format!("{e:?}")));
            r
        });
    let id: LanguageIdentifier = lang.code().parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain text on a terminal: no invisible bidi isolation marks.
    bundle.set_use_isolating(false);
    if let Err(e) = bundle.add_builtins() {
        errors.push(format!("{e:?}"));
    }
    if let Err(e) = bundle.add_resource(resource) {
        errors.extend(e.iter().map(|e| format!("{e:?}")));
    }
    (bundle, errors)
}

/// The ids of a catalogue's messages, part by part in file order (a
/// message starts a line with its id and ` =`).
pub fn ids(lang: Lang) -> Vec<&'static str> {
    Part::ALL.iter().flat_map(|&p| ids_of(lang, p)).collect()
}

/// The ids of one part's messages, in file order.
pub fn ids_of(lang: Lang, part: Part) -> Vec<&'static str> {
    part.source(lang)
        .lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| {
            id.starts_with(|c: char| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        .collect()
}

/// The message `id` in the language in use, with `args`; the id itself if
/// the catalogue lacks it (a test makes sure none is missing). Control
/// characters an argument may carry are made inert.
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    let lang = lang();
    let Some((bundle, pattern)) =
        bundle_of(lang, id).and_then(|b| Some((b, b.get_message(id)?.value()?)))
    else {
        debug_assert!(false, "no message {id} in {}", lang.code());
        return id.to_string();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
    match inert_line(&text) {
        Cow::Borrowed(_) => text.into_owned(),
        Cow::Owned(s) => s,
    }
}

/// The message `id`, without arguments.
pub fn tr(id: &str) -> String {
    message(id, None)
}

/// A tip's status, as the screens say it.
pub fn status(s: crate::model::TipStatus) -> String {
    use crate::model::TipStatus as S;
    tr(match s {
        S::NotDiscussed => "status-not-discussed",
        S::Planned => "status-planned",
        S::InProgress => "status-in-progress",
        S::Done => "status-done",
        S::NotForUs => "status-not-for-us",
    })
}

/// A phase of the tips (plan, implement, review), as the screens say it.
pub fn phase(p: crate::model::content::Phase) -> String {
    use crate::model::content::Phase as P;
    tr(match p {
        P::Plan => "phase-plan",
        P::Implement => "phase-implement",
        P::Review => "phase-review",
    })
}

/// Which actions by status the actions screen shows.
pub fn status_filter(f: crate::model::tracker::StatusFilter) -> String {
    use crate::model::tracker::StatusFilter as F;
    match f {
        F::All => tr("filter-all"),
        F::Open => tr("filter-open"),
        F::Only(s) => status(s),
    }
}

/// The order of the actions screen.
pub fn sort(s: crate::model::tracker::Sort) -> String {
    use crate::model::tracker::Sort as S;
    tr(match s {
        S::Due => "sort-due",
        S::Benchmark => "sort-benchmark",
        S::Owner => "sort-owner",
    })
}

/// A measure's value with its unit: "3 per year", "74 %" (「每年3次」).
pub fn measure_value(kind: &MeasureKind, x: f64) -> String {
    let n = format_number(x);
    match kind {
        MeasureKind::Count { per } => crate::tr!("measure-value-count", n = n, per = per.as_str()),
        _ => crate::tr!("measure-value-share", n = n),
    }
}

/// A measure as the pack states it, in the words of the language in use
/// around the pack's own noun phrases; a suggestion says so.
pub fn measure_describe(m: &Measure) -> String {
    let n = format_number(m.at_least);
    let what = m.what.as_str();
    let t = match &m.kind {
        MeasureKind::Count { per } => {
            crate::tr!("measure-count", n = n, per = per.as_str(), what = what)
        }
        MeasureKind::Share { of } => {
            crate::tr!("measure-share", n = n, of = of.as_str(), what = what)
        }
        MeasureKind::PerStudent { of, each, by } => match by {
            Some(by) => crate::tr!(
                "measure-per-student-by",
                n = n,
                of = of.as_str(),
                each = *each,
                by = by.as_str(),
                what = what
            ),
            None => crate::tr!(
                "measure-per-student",
                n = n,
                of = of.as_str(),
                each = *each,
                what = what
            ),
        },
    };
    if m.is_suggestion() {
        crate::tr!("measure-suggested", measure = t)
    } else {
        t
    }
}

/// One line on a measured value against HKBM's threshold and the school's
/// own target: "measured 74 % · NOT met · our target 80 %, not yet".
pub fn measure_status(m: &Measure, value: Option<f64>, target: Option<f64>) -> String {
    let v = m.verdict(value, target);
    let mut parts = Vec::new();
    match value {
        Some(x) => parts.push(crate::tr!(
            "measure-measured",
            value = measure_value(&m.kind, x)
        )),
        None => parts.push(tr("measure-not-measured")),
    }
    match v.official {
        Some(true) => parts.push(tr("measure-met")),
        Some(false) => parts.push(tr("measure-not-met")),
        None => {}
    }
    if let Some(t) = target {
        let reached = match v.own {
            Some(true) => "yes",
            Some(false) => "no",
            None => "unknown",
        };
        parts.push(crate::tr!(
            "measure-our-target",
            target = measure_value(&m.kind, t),
            reached = reached
        ));
    }
    parts.join(" · ")
}

/// Which parts of a benchmark are official text and which the hkbm team's
/// drafts, naming the official sources: "aim, criteria: official (…) · tips:
/// hkbm drafts", in the language in use.
pub fn provenance(bm: &crate::model::Benchmark) -> String {
    provenance_with(bm, true)
}

/// [`provenance`] without naming the sources, for narrow tables: "aim,
/// criteria: official · tips: hkbm drafts".
pub fn provenance_short(bm: &crate::model::Benchmark) -> String {
    provenance_with(bm, false)
}

fn provenance_with(bm: &crate::model::Benchmark, name_sources: bool) -> String {
    use crate::model::Authorship;
    let sections: [(&str, Authorship); 6] = [
        ("provenance-aim", Authorship::of([bm.aim.from.as_str()])),
        ("provenance-criteria", bm.criteria_authorship()),
        (
            "provenance-why",
            Authorship::of(bm.why.iter().map(|t| t.from.as_str())),
        ),
        ("provenance-tips", bm.tips_authorship()),
        (
            "provenance-partners",
            Authorship::of(bm.partners.iter().map(|p| p.from.as_str())),
        ),
        (
            "provenance-insights",
            Authorship::of(bm.insights.iter().map(|t| t.from.as_str())),
        ),
    ];
    let mut groups: Vec<(Authorship, Vec<String>)> = Vec::new();
    for (name, a) in sections {
        if a == Authorship::Empty {
            continue;
        }
        match groups.iter_mut().find(|(g, _)| *g == a) {
            Some((_, names)) => names.push(tr(name)),
            None => groups.push((a, vec![tr(name)])),
        }
    }
    let sources: Vec<&str> = bm.sources.iter().map(|s| s.name.as_str()).collect();
    let official = if sources.is_empty() || !name_sources {
        tr("provenance-official")
    } else {
        crate::tr!(
            "provenance-official-from",
            sources = sources.join(&tr("provenance-source-separator"))
        )
    };
    groups
        .iter()
        .map(|(a, names)| {
            let what = match a {
                Authorship::Official => official.clone(),
                Authorship::Ours => tr("provenance-ours"),
                _ => tr("provenance-mixed"),
            };
            crate::tr!(
                "provenance-group",
                parts = names.join(&tr("list-separator")),
                what = what
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A number argument (plurals choose by it; NUMBER formats it).
pub fn num(n: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(n.into())
}

/// `tr!("id")`, or `tr!("id", name = value, …)`: a message with arguments
/// (numbers stay numbers, so Fluent picks the plural form).
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::i18n::tr($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), ::fluent_bundle::FluentValue::from($value));)+
        $crate::i18n::message($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn locale_names_that_ask_for_traditional_chinese() {
        for l in [
            "zh_HK.UTF-8",
            "zh_TW.UTF-8",
            "zh_MO",
            "zh_HK",
            "zh-Hant-HK",
            "zh_Hant_TW.UTF-8",
        ] {
            assert_eq!(Lang::from_locale(l), Lang::ZhHk, "{l}");
        }
        for l in ["en_HK.UTF-8", "C", "POSIX", "zh_CN.UTF-8", "zh_SG", "fr_FR"] {
            assert_eq!(Lang::from_locale(l), Lang::En, "{l}");
        }
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        let zh = "zh_HK.UTF-8";
        let en = "en_GB.UTF-8";
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", zh)])), Lang::ZhHk);
        assert_eq!(
            Lang::from_env(env(&[("LANG", zh), ("LC_MESSAGES", en)])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", en), ("LC_MESSAGES", zh)])),
            Lang::ZhHk
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", zh), ("LC_MESSAGES", zh), ("LC_ALL", en)])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", en), ("LC_ALL", zh)])),
            Lang::ZhHk
        );
        // An empty variable does not count (as for the C library).
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LANG", zh)])),
            Lang::ZhHk
        );
    }

    #[test]
    fn tags_parse_in_any_case() {
        assert_eq!(Lang::parse("zh-HK"), Some(Lang::ZhHk));
        assert_eq!(Lang::parse("zh_hk"), Some(Lang::ZhHk));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l));
        }
    }

    #[test]
    fn every_part_of_both_catalogues_parses_without_an_error() {
        for l in Lang::ALL {
            for p in Part::ALL {
                let (_, errors) = build(l, p);
                assert!(errors.is_empty(), "{}/{}: {errors:?}", l.code(), p.file());
            }
        }
    }

    #[test]
    fn both_catalogues_hold_the_same_keys_part_by_part() {
        for p in Part::ALL {
            let en = ids_of(Lang::En, p);
            let zh = ids_of(Lang::ZhHk, p);
            let missing_zh: Vec<_> = en.iter().filter(|k| !zh.contains(k)).collect();
            let missing_en: Vec<_> = zh.iter().filter(|k| !en.contains(k)).collect();
            let f = p.file();
            assert!(
                missing_zh.is_empty(),
                "missing in zh-HK/{f}: {missing_zh:?}"
            );
            assert!(missing_en.is_empty(), "missing in en/{f}: {missing_en:?}");
        }
        let en = ids(Lang::En);
        let mut sorted = en.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), en.len(), "a key given twice in en/");
    }

    #[test]
    fn every_message_is_found_in_its_own_part() {
        for l in Lang::ALL {
            for p in Part::ALL {
                for id in ids_of(l, p) {
                    assert!(p.holds(l, id), "{id} not found in {}", p.file());
                    let found = bundle_of(l, id).expect(id);
                    assert!(std::ptr::eq(found, bundle(l, p)), "{id} found elsewhere");
                }
            }
        }
        // A prefix of an id, or an id inside a message's text, is no id.
        // (Built at run time, so the code scan does not take them for ids.)
        let prefix = &"key-keep-the-text-and-close"[..17];
        assert!(!Part::Screens.holds(Lang::En, prefix));
        assert!(bundle_of(Lang::En, &["zz", "none"].join("-")).is_none());
    }

    /// Every Rust source file of the crate, with its path.
    fn sources() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&p).unwrap();
                    out.push((p.display().to_string(), text));
                }
            }
        }
        let mut out = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut out,
        );
        out
    }

    /// The string literals of the code that look like message ids
    /// (`"msg-saved"`): lower-case words joined by `-`.
    fn literals(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let b = text.as_bytes();
        for (i, _) in text.match_indices('"') {
            let rest = &text[i + 1..];
            let len = rest
                .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
                .unwrap_or(rest.len());
            let word = &rest[..len];
            if word.contains('-')
                && word.starts_with(|c: char| c.is_ascii_lowercase())
                && b.get(i + 1 + len) == Some(&b'"')
            {
                out.push(word);
            }
        }
        out
    }

    #[test]
    fn every_message_is_used_and_every_id_used_exists() {
        let code = sources();
        let used: Vec<&str> = code.iter().flat_map(|(_, t)| literals(t)).collect();
        let ids = ids(Lang::En);
        let unused: Vec<_> = ids.iter().filter(|id| !used.contains(id)).collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
        // An id-like literal whose first word is that of a message family
        // (`msg-`, `key-`, `tracker-`…) must be a message.
        let families: Vec<&str> = ids.iter().filter_map(|id| id.split('-').next()).collect();
        let missing: Vec<_> = used
            .iter()
            .filter(|l| families.contains(&l.split('-').next().unwrap_or("")))
            .filter(|l| !ids.contains(l))
            .collect();
        assert!(missing.is_empty(), "ids with no message: {missing:?}");
    }

    /// The text of message `id` in a catalogue: its line and the indented
    /// lines that continue it.
    fn message_source(source: &str, id: &str) -> String {
        let mut lines = source
            .lines()
            .skip_while(|l| !l.starts_with(&format!("{id} =")));
        let mut out: String = lines.next().unwrap_or("").to_string();
        for l in lines.take_while(|l| l.starts_with([' ', '}'])) {
            out.push_str(l);
        }
        out
    }

    #[test]
    fn every_message_formats_in_both_languages_without_an_error() {
        // Every variable a message names, given a number and then words, so
        // the plural and select forms are reached.
        for (lang, part) in Lang::ALL
            .into_iter()
            .flat_map(|l| Part::ALL.map(|p| (l, p)))
        {
            let (bundle, _) = build(lang, part);
            for id in ids_of(lang, part) {
                let pattern = bundle.get_message(id).and_then(|m| m.value()).unwrap();
                let text = message_source(part.source(lang), id);
                let vars: Vec<&str> = text
                    .split('$')
                    .skip(1)
                    .map(|v| {
                        v.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                            .next()
                            .unwrap_or("")
                    })
                    .collect();
                for value in [
                    FluentValue::from(1),
                    FluentValue::from(7),
                    FluentValue::from("yes"),
                    FluentValue::from("no"),
                ] {
                    let mut args = FluentArgs::new();
                    for v in &vars {
                        args.set(*v, value.clone());
                    }
                    let mut errors = Vec::new();
                    let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    // NUMBER() of a word is an error Fluent reports; only
                    // numbers reach those in the code.
                    let real: Vec<_> = errors
                        .iter()
                        .filter(|_| {
                            !matches!(value, FluentValue::String(_)) || !text.contains("NUMBER(")
                        })
                        .collect();
                    assert!(real.is_empty(), "{} {id}: {real:?}", lang.code());
                    // (A brace the message writes on purpose, `{"{"}`, is
                    // no placeholder left.)
                    let braces = text.matches("{\"{\"}").count();
                    assert!(
                        out.matches('{').count() <= braces,
                        "{} {id}: {out}",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn the_language_of_a_thread_is_its_own() {
        let _zh = scoped(Lang::ZhHk);
        assert_eq!(lang(), Lang::ZhHk);
        {
            let _en = scoped(Lang::En);
            assert_eq!(lang(), Lang::En);
        }
        assert_eq!(lang(), Lang::ZhHk);
    }

    #[test]
    fn plurals_and_numbers_come_from_fluent() {
        let _en = scoped(Lang::En);
        assert_eq!(tr!("test-count", n = 1), "1 item");
        assert_eq!(tr!("test-count", n = 3), "3 items");
        assert_eq!(tr!("test-count", n = 1234), "1234 items");
        let _zh = scoped(Lang::ZhHk);
        assert_eq!(tr!("test-count", n = 3), "3項");
    }

    #[test]
    fn arguments_are_made_inert() {
        let _en = scoped(Lang::En);
        assert_eq!(tr!("test-name", name = "x\u{1b}[2J"), "Hello, x\\u{1b}[2J");
    }
}
