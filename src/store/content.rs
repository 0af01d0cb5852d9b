//! Loading a content pack: the built-in one embedded in the binary, or a
//! folder of RON files (`framework.ron` and `bm01.ron` … `bm10.ron`).

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::error::{FileError, Location, ron_message};
use super::read::{io_message, read_text};
use crate::i18n::Lang;
use crate::i18n::tr;
use crate::model::validate::{Problem, Severity, check_benchmark, check_pack};
use crate::model::{Benchmark, ContentPack, Framework};

include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));

/// The built-in packs as the build parsed them (`build.rs`), each empty
/// when it did not parse there.
static BUILT_IN_PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/built_in_pack.bin"));
static BUILT_IN_PACK_ZH_HK: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/built_in_pack_zh_hk.bin"));

/// The built-in pack of a language: its files, and the pack the build parsed.
fn embedded(lang: Lang) -> (&'static [(&'static str, &'static str)], &'static [u8]) {
    match lang {
        Lang::En => (EMBEDDED_CONTENT, BUILT_IN_PACK),
        Lang::ZhHk => (EMBEDDED_CONTENT_ZH_HK, BUILT_IN_PACK_ZH_HK),
    }
}

/// The name shown for files of the built-in pack.
pub const BUILT_IN: &str = "<built-in>";

/// The file that describes a pack.
pub const FRAMEWORK_FILE: &str = "framework.ron";

/// File name of benchmark `n`: `bm04.ron`.
pub fn benchmark_file_name(n: u8) -> String {
    format!("bm{n:02}.ron")
}

/// Parse RON text into `T`, turning errors into file:line:col messages.
pub fn parse_ron<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, FileError> {
    if text.trim().is_empty() {
        return Err(FileError::new(path, tr("file-empty")));
    }
    ron::Options::default()
        .from_str(text)
        .map_err(|e: ron::error::SpannedError| {
            let at = Location {
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
            };
            FileError::at(path, Some(at), ron_message(&e.code))
        })
}

/// Turn a validation problem into a located error, given the file's text.
pub fn locate(path: &Path, text: &str, p: &Problem) -> FileError {
    let at = p.anchor.as_ref().and_then(|a| {
        a.find(text)
            .map(|i| Location::of_offset(text, i))
            .or_else(|| Location::of_first(text, &a.text))
    });
    FileError::at(path, at, p.message.clone())
}

/// A loaded pack, with the warnings found on the way.
pub struct LoadedPack {
    pub pack: ContentPack,
    pub warnings: Vec<FileError>,
}

/// Where a pack's files come from.
enum Source<'a> {
    Embedded(Lang),
    Dir(&'a Path),
}

impl Source<'_> {
    fn path(&self, name: &str) -> PathBuf {
        match self {
            Source::Embedded(Lang::En) => Path::new(BUILT_IN).join(name),
            Source::Embedded(lang) => Path::new(BUILT_IN).join(lang.code()).join(name),
            Source::Dir(dir) => dir.join(name),
        }
    }

    fn read(&self, name: &str) -> Result<String, FileError> {
        match self {
            Source::Embedded(lang) => embedded(*lang)
                .0
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, text)| text.to_string())
                .ok_or_else(|| FileError::new(&self.path(name), tr("pack-missing-built-in"))),
            Source::Dir(dir) => read_text(&dir.join(name)),
        }
    }
}

/// The built-in English pack.
pub fn built_in() -> Result<LoadedPack, Vec<FileError>> {
    built_in_in(Lang::En)
}

/// The built-in pack of `lang`: the one the build parsed, read back in a
/// fraction of the time parsing its text takes (tests check that the two are
/// the same and that the text has no problem); the text itself, with its
/// located errors, when the build could not parse it. Only this language's
/// pack is read.
pub fn built_in_in(lang: Lang) -> Result<LoadedPack, Vec<FileError>> {
    let blob = embedded(lang).1;
    match postcard::from_bytes::<(Framework, Vec<Benchmark>)>(blob) {
        Ok((framework, benchmarks)) if !blob.is_empty() => Ok(LoadedPack {
            pack: ContentPack {
                framework,
                benchmarks,
            },
            warnings: Vec::new(),
        }),
        _ => built_in_from_text_in(lang),
    }
}

/// The built-in English pack parsed and checked from its text.
pub fn built_in_from_text() -> Result<LoadedPack, Vec<FileError>> {
    built_in_from_text_in(Lang::En)
}

/// The built-in pack of `lang` parsed and checked from its text.
pub fn built_in_from_text_in(lang: Lang) -> Result<LoadedPack, Vec<FileError>> {
    load(Source::Embedded(lang))
}

/// A pack from a folder (the `--content DIR` option).
pub fn load_dir(dir: &Path) -> Result<LoadedPack, Vec<FileError>> {
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(vec![FileError::new(dir, tr("pack-not-a-folder"))]);
        }
        Err(e) => return Err(vec![FileError::new(dir, io_message(&e))]),
    }
    load(Source::Dir(dir))
}

/// The built-in pack of `lang`, or the one in `dir` when given.
pub fn load_pack(dir: Option<&Path>, lang: Lang) -> Result<LoadedPack, Vec<FileError>> {
    match dir {
        Some(d) => load_dir(d),
        None => built_in_in(lang),
    }
}

fn load(source: Source) -> Result<LoadedPack, Vec<FileError>> {
    let fw_path = source.path(FRAMEWORK_FILE);
    let fw_text = source.read(FRAMEWORK_FILE).map_err(|e| vec![e])?;
    let framework: Framework = parse_ron(&fw_path, &fw_text).map_err(|e| vec![e])?;

    let mut numbers: Vec<u8> = framework
        .groups
        .iter()
        .flat_map(|g| g.benchmarks.iter().copied())
        .collect();
    numbers.sort_unstable();
    numbers.dedup();

    let mut errors = Vec::new();
    let mut benchmarks = Vec::new();
    let mut texts = Vec::new();
    for n in numbers {
        let name = benchmark_file_name(n);
        let path = source.path(&name);
        let parsed = source
            .read(&name)
            .and_then(|text| parse_ron::<Benchmark>(&path, &text).map(|b| (b, text)));
        match parsed {
            Ok((bm, text)) => {
                if bm.number != n {
                    errors.push(locate(
                        &path,
                        &text,
                        &Problem {
                            severity: Severity::Error,
                            kind: crate::model::validate::Kind::Other,
                            message: crate::tr!(
                                "pack-wrong-number",
                                name = name.as_str(),
                                found = bm.number.to_string(),
                                expected = n.to_string()
                            ),
                            anchor: Some(crate::model::validate::Anchor::new("number:".into(), 0)),
                            benchmark: Some(n),
                        },
                    ));
                }
                benchmarks.push(bm);
                texts.push((n, path, text));
            }
            Err(e) => errors.push(e),
        }
    }
    let pack = ContentPack {
        framework,
        benchmarks,
    };
    let mut warnings = Vec::new();
    for p in check_pack(&pack) {
        let located = match p.benchmark {
            None => locate(&fw_path, &fw_text, &p),
            Some(n) => match texts.iter().find(|(m, _, _)| *m == n) {
                Some((_, path, text)) => locate(path, text, &p),
                None => locate(&fw_path, &fw_text, &p),
            },
        };
        match p.severity {
            Severity::Error => errors.push(located),
            Severity::Warning => warnings.push(located),
        }
    }
    if errors.is_empty() {
        Ok(LoadedPack { pack, warnings })
    } else {
        Err(errors)
    }
}

/// Check a single benchmark file on its own (for pack authors).
pub fn check_benchmark_file(path: &Path) -> Result<Benchmark, Vec<FileError>> {
    let text = read_text(path).map_err(|e| vec![e])?;
    let bm: Benchmark = parse_ron(path, &text).map_err(|e| vec![e])?;
    let errors: Vec<FileError> = check_benchmark(&bm)
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| locate(path, &text, p))
        .collect();
    if errors.is_empty() {
        Ok(bm)
    } else {
        Err(errors)
    }
}

/// Write the built-in pack of `lang` into `dir` (created if needed) for a
/// school to edit. Existing files are not overwritten.
pub fn export(dir: &Path, lang: Lang) -> Result<Vec<PathBuf>, FileError> {
    let files = embedded(lang).0;
    fs::create_dir_all(dir).map_err(|e| FileError::new(dir, io_message(&e)))?;
    for (name, _) in files {
        let path = dir.join(name);
        if fs::symlink_metadata(&path).is_ok() {
            return Err(FileError::new(&path, tr("pack-export-exists")));
        }
    }
    let mut written = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        // Created only if nothing is there, even if one appeared since the
        // check above.
        super::atomic::write_new(&path, text.as_bytes(), 0o644).map_err(|e| {
            let why = if e.kind() == std::io::ErrorKind::AlreadyExists {
                tr("pack-export-exists")
            } else {
                io_message(&e)
            };
            FileError::new(&path, why)
        })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pack_the_build_parsed_is_the_text_parsed_and_checked() {
        for lang in Lang::ALL {
            assert!(
                !embedded(lang).1.is_empty(),
                "the build could not parse the {} pack",
                lang.code()
            );
            let from_text = built_in_from_text_in(lang).unwrap_or_else(|e| panic!("{e:?}"));
            assert!(
                from_text.warnings.is_empty(),
                "the built-in {} pack has problems: {:?}",
                lang.code(),
                from_text.warnings
            );
            assert_eq!(built_in_in(lang).unwrap().pack, from_text.pack);
        }
    }

    #[test]
    fn the_built_in_chinese_pack_is_the_one_in_content_zh_hk() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/zh-HK");
        let zh = built_in_in(Lang::ZhHk).unwrap().pack;
        assert_eq!(zh, load_dir(&dir).unwrap().pack);
        assert_eq!(zh.benchmarks[0].number, 1);
        assert!(
            has_han(&zh.benchmarks[0].title),
            "{}",
            zh.benchmarks[0].title
        );
        let en = built_in().unwrap().pack;
        assert!(!has_han(&en.benchmarks[0].title));
    }

    #[test]
    fn each_language_exports_its_own_pack() {
        let tmp = tempfile::tempdir().unwrap();
        for lang in Lang::ALL {
            let dir = tmp.path().join(lang.code());
            let written = export(&dir, lang).unwrap();
            assert_eq!(written.len(), 11);
            let back = load_dir(&dir).unwrap().pack;
            assert_eq!(back, built_in_in(lang).unwrap().pack);
        }
        // Never over a file already there.
        assert!(export(&tmp.path().join("zh-HK"), Lang::ZhHk).is_err());
    }

    /// Fields that name, identify or link: the same in every language.
    const SAME_IN_EVERY_LANGUAGE: &[&str] = &["id", "from", "key", "url", "group", "version"];
    /// Human text that may stay as it is: proper names of schemes and
    /// bodies, and the works cited (English editions).
    const MAY_STAY: &[&str] = &["name", "references"];

    fn has_han(s: &str) -> bool {
        s.chars()
            .any(|c| matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'))
    }

    /// Walk the English and the translated pack side by side: the same shape,
    /// the same ids, numbers and links; every piece of text translated.
    fn same_shape(
        path: &str,
        key: &str,
        en: &serde_json::Value,
        zh: &serde_json::Value,
        out: &mut Vec<String>,
    ) {
        use serde_json::Value as V;
        match (en, zh) {
            (V::Object(a), V::Object(b)) => {
                let (ka, kb): (Vec<_>, Vec<_>) = (a.keys().collect(), b.keys().collect());
                if ka != kb {
                    out.push(format!("{path}: fields {ka:?} vs {kb:?}"));
                }
                for (k, va) in a {
                    if let Some(vb) = b.get(k) {
                        same_shape(&format!("{path}.{k}"), k, va, vb, out);
                    }
                }
            }
            (V::Array(a), V::Array(b)) => {
                if a.len() != b.len() {
                    out.push(format!("{path}: {} items vs {}", a.len(), b.len()));
                }
                for (i, (va, vb)) in a.iter().zip(b).enumerate() {
                    same_shape(&format!("{path}[{i}]"), key, va, vb, out);
                }
            }
            (V::String(a), V::String(b)) if SAME_IN_EVERY_LANGUAGE.contains(&key) => {
                if a != b {
                    out.push(format!("{path}: {a:?} vs {b:?}"));
                }
            }
            (V::String(a), V::String(b)) => {
                if a.trim().is_empty() != b.trim().is_empty() {
                    out.push(format!("{path}: one is empty"));
                } else if !a.trim().is_empty()
                    && !has_han(b)
                    && !MAY_STAY.contains(&key)
                    // An abbreviation (VASK, JUPAS) is the term in Chinese too.
                    && b.chars().any(|c| c.is_ascii_lowercase())
                {
                    out.push(format!("{path}: not translated: {b:?}"));
                }
            }
            (a, b) => {
                if a != b {
                    out.push(format!("{path}: {a} vs {b}"));
                }
            }
        }
    }

    fn value(pack: &ContentPack) -> serde_json::Value {
        serde_json::json!({
            "framework": serde_json::to_value(&pack.framework).unwrap(),
            "benchmarks": serde_json::to_value(&pack.benchmarks).unwrap(),
        })
    }

    #[test]
    fn the_zh_hk_pack_has_the_english_shape_and_every_text_translated() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/zh-HK");
        let zh = load_dir(&dir).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(zh.warnings.is_empty(), "{:?}", zh.warnings);
        let en = built_in().unwrap().pack;
        let mut out = Vec::new();
        same_shape("pack", "", &value(&en), &value(&zh.pack), &mut out);
        assert!(out.is_empty(), "{}", out.join("\n"));
    }

    #[test]
    fn the_shape_check_catches_a_changed_id_and_an_untranslated_text() {
        let en = built_in().unwrap().pack;
        let mut other = en.clone();
        other.benchmarks[0].criteria[0].id = "bm1.c99".into();
        other.benchmarks[1].why[0].text = "Still English.".into();
        let mut out = Vec::new();
        same_shape("pack", "", &value(&en), &value(&other), &mut out);
        assert!(out.iter().any(|p| p.contains("bm1.c99")), "{out:?}");
        assert!(out.iter().any(|p| p.contains("not translated")), "{out:?}");
    }
}
