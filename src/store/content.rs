//! Loading a content pack: the built-in one embedded in the binary, or a
//! folder of RON files (`framework.ron` and `bm01.ron` … `bm10.ron`).

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::error::{FileError, Location};
use super::read::{io_message, read_text};
use crate::model::validate::{Problem, Severity, check_benchmark, check_pack};
use crate::model::{Benchmark, ContentPack, Framework};

include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));

/// The built-in pack as the build parsed it (`build.rs`), or empty when it
/// did not parse there.
static BUILT_IN_PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/built_in_pack.bin"));

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
        return Err(FileError::new(path, "file is empty"));
    }
    ron::Options::default()
        .from_str(text)
        .map_err(|e: ron::error::SpannedError| {
            let at = Location {
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
            };
            FileError::at(path, Some(at), e.code.to_string())
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
    Embedded,
    Dir(&'a Path),
}

impl Source<'_> {
    fn path(&self, name: &str) -> PathBuf {
        match self {
            Source::Embedded => Path::new(BUILT_IN).join(name),
            Source::Dir(dir) => dir.join(name),
        }
    }

    fn read(&self, name: &str) -> Result<String, FileError> {
        match self {
            Source::Embedded => EMBEDDED_CONTENT
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, text)| text.to_string())
                .ok_or_else(|| FileError::new(&self.path(name), "missing from the built-in pack")),
            Source::Dir(dir) => read_text(&dir.join(name)),
        }
    }
}

/// The built-in pack: the one the build parsed, read back in a fraction of
/// the time parsing its text takes (tests check that the two are the same and
/// that the text has no problem); the text itself, with its located errors,
/// when the build could not parse it.
pub fn built_in() -> Result<LoadedPack, Vec<FileError>> {
    match postcard::from_bytes::<(Framework, Vec<Benchmark>)>(BUILT_IN_PACK) {
        Ok((framework, benchmarks)) if !BUILT_IN_PACK.is_empty() => Ok(LoadedPack {
            pack: ContentPack {
                framework,
                benchmarks,
            },
            warnings: Vec::new(),
        }),
        _ => built_in_from_text(),
    }
}

/// The built-in pack parsed and checked from its text.
pub fn built_in_from_text() -> Result<LoadedPack, Vec<FileError>> {
    load(Source::Embedded)
}

/// A pack from a folder (the `--content DIR` option).
pub fn load_dir(dir: &Path) -> Result<LoadedPack, Vec<FileError>> {
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(vec![FileError::new(
                dir,
                "a content pack is a folder holding framework.ron and bm01.ron…",
            )]);
        }
        Err(e) => return Err(vec![FileError::new(dir, io_message(&e))]),
    }
    load(Source::Dir(dir))
}

/// The built-in pack, or the one in `dir` when given.
pub fn load_pack(dir: Option<&Path>) -> Result<LoadedPack, Vec<FileError>> {
    match dir {
        Some(d) => load_dir(d),
        None => built_in(),
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
                            message: format!(
                                "file {name} holds benchmark {}, expected {n}",
                                bm.number
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

/// Write the built-in pack into `dir` (created if needed) for a school to edit.
/// Existing files are not overwritten.
pub fn export(dir: &Path) -> Result<Vec<PathBuf>, FileError> {
    fs::create_dir_all(dir).map_err(|e| FileError::new(dir, io_message(&e)))?;
    for (name, _) in EMBEDDED_CONTENT {
        let path = dir.join(name);
        if fs::symlink_metadata(&path).is_ok() {
            return Err(FileError::new(
                &path,
                "already exists; export into an empty folder",
            ));
        }
    }
    let mut written = Vec::new();
    for (name, text) in EMBEDDED_CONTENT {
        let path = dir.join(name);
        // Created only if nothing is there, even if one appeared since the
        // check above.
        super::atomic::write_new(&path, text.as_bytes(), 0o644).map_err(|e| {
            let why = if e.kind() == std::io::ErrorKind::AlreadyExists {
                "already exists; export into an empty folder".to_string()
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
        assert!(
            !BUILT_IN_PACK.is_empty(),
            "the build could not parse content/"
        );
        let from_text = built_in_from_text().unwrap_or_else(|e| panic!("{e:?}"));
        assert!(
            from_text.warnings.is_empty(),
            "the built-in pack has problems: {:?}",
            from_text.warnings
        );
        assert_eq!(built_in().unwrap().pack, from_text.pack);
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
