//! Names of the files that go with a session (temporary file, lock,
//! recovery file) and of recovery files kept in the data folder. A name is
//! kept whole when it fits; when it would pass the 255-byte limit of common
//! file systems, it is cut and a short hash of the whole name keeps two cut
//! names apart.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

/// Longest file name (in bytes) on the file systems we meet: ext4, APFS,
/// NTFS (255 UTF-16 units, never fewer than 255 bytes of UTF-8).
pub const MAX_NAME_BYTES: usize = 255;

/// Room left for the random part and suffix of a temporary file's name
/// (`.` + 6 random characters + `.tmp`).
const TEMP_TAIL: usize = 11;

/// A stable 64-bit FNV-1a hash: the same name gives the same hash in every
/// run and every build (std's hasher makes no such promise).
pub fn stable_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn os_bytes(s: &OsStr) -> Vec<u8> {
    s.as_encoded_bytes().to_vec()
}

/// `prefix + name + suffix` when that fits in `limit` bytes; otherwise
/// `prefix + cut + "~" + hash + suffix`, with `cut` the start of the name
/// (whole characters only).
fn fitted(prefix: &str, name: &OsStr, suffix: &str, limit: usize) -> OsString {
    let whole = prefix.len() + name.len() + suffix.len();
    if whole <= limit {
        let mut out = OsString::from(prefix);
        out.push(name);
        out.push(suffix);
        return out;
    }
    let hash = format!("~{:012x}", stable_hash(&os_bytes(name)) & 0xffff_ffff_ffff);
    let room = limit.saturating_sub(prefix.len() + hash.len() + suffix.len());
    let lossy = name.to_string_lossy();
    let mut cut = String::new();
    for c in lossy.chars() {
        if cut.len() + c.len_utf8() > room {
            break;
        }
        cut.push(c);
    }
    OsString::from(format!("{prefix}{cut}{hash}{suffix}"))
}

fn file_name(file: &Path) -> &OsStr {
    file.file_name().unwrap_or(OsStr::new("session"))
}

/// The lock file that goes with `file`: `NAME.lock`.
pub fn lock_path(file: &Path) -> PathBuf {
    file.with_file_name(fitted("", file_name(file), ".lock", MAX_NAME_BYTES))
}

/// The recovery file beside `file`: `NAME.recovery.ron`.
pub fn recovery_path(file: &Path) -> PathBuf {
    file.with_file_name(fitted("", file_name(file), ".recovery.ron", MAX_NAME_BYTES))
}

/// A file beside `file` named `stem` + `suffix` (`NAME-report.html`),
/// the stem cut and hashed like the others when the name would not fit.
pub fn beside(file: &Path, stem: &OsStr, suffix: &str) -> PathBuf {
    file.with_file_name(fitted("", stem, suffix, MAX_NAME_BYTES))
}

/// The start of the names of temporary files used to replace `file`:
/// `.NAME.` (then random characters and `.tmp`).
pub fn temp_prefix(file: &Path) -> OsString {
    fitted(".", file_name(file), ".", MAX_NAME_BYTES - TEMP_TAIL)
}

/// The name of `file`'s recovery file in a shared recovery folder (used
/// when the file's own folder cannot be written). It always carries a hash
/// of the whole path, so two sessions of the same name from different
/// folders never share one, and it is short enough for any folder.
pub fn fallback_recovery_name(file: &Path) -> OsString {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".into());
    let mut short = String::new();
    for c in stem.chars() {
        if short.len() + c.len_utf8() > 60 {
            break;
        }
        short.push(if c.is_control() || c == '~' { '_' } else { c });
    }
    let hash = stable_hash(&os_bytes(file.as_os_str()));
    OsString::from(format!("{short}~{hash:016x}.recovery.ron"))
}

/// Where recovery files go when a session's own folder cannot be written:
/// `recovery/` in the platform's data folder.
pub fn recovery_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("hk", "hkbm", "hkbm").map(|d| d.data_dir().join("recovery"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn len(p: &Path) -> usize {
        p.file_name().unwrap().len()
    }

    #[test]
    fn short_names_are_kept_as_they_are() {
        let f = Path::new("dir/s.ron");
        assert_eq!(lock_path(f), Path::new("dir/s.ron.lock"));
        assert_eq!(recovery_path(f), Path::new("dir/s.ron.recovery.ron"));
        assert_eq!(temp_prefix(f), ".s.ron.");
    }

    #[test]
    fn names_of_every_length_fit_and_stay_apart() {
        for n in 1..=251 {
            for tail in ["a.ron", "b.ron"] {
                let name = format!("{}{tail}", "x".repeat(n.min(250)));
                let f = PathBuf::from("d").join(&name);
                assert!(len(&lock_path(&f)) <= MAX_NAME_BYTES, "{n}");
                assert!(len(&recovery_path(&f)) <= MAX_NAME_BYTES, "{n}");
                assert!(temp_prefix(&f).len() + TEMP_TAIL <= MAX_NAME_BYTES, "{n}");
                assert!(
                    recovery_path(&f)
                        .to_string_lossy()
                        .ends_with(".recovery.ron")
                );
            }
            let a = PathBuf::from(format!("{}a.ron", "x".repeat(n.min(250))));
            let b = PathBuf::from(format!("{}b.ron", "x".repeat(n.min(250))));
            assert_ne!(recovery_path(&a), recovery_path(&b));
            assert_ne!(temp_prefix(&a), temp_prefix(&b));
        }
    }

    #[test]
    fn report_names_beside_a_long_session_fit() {
        let f = PathBuf::from(format!("d/{}.ron", "r".repeat(250)));
        let r = beside(&f, f.file_stem().unwrap(), "-report.html");
        assert!(len(&r) <= MAX_NAME_BYTES);
        assert!(r.to_string_lossy().ends_with("-report.html"));
        let short = Path::new("d/s.ron");
        assert_eq!(
            beside(short, OsStr::new("s"), "-report.md"),
            Path::new("d/s-report.md")
        );
    }

    #[test]
    fn cut_names_keep_whole_characters() {
        let f = PathBuf::from(format!("{}.ron", "學".repeat(84)));
        let r = recovery_path(&f);
        assert!(len(&r) <= MAX_NAME_BYTES);
        assert!(r.to_str().is_some());
    }

    #[test]
    fn same_named_sessions_in_two_folders_have_different_fallbacks() {
        let a = fallback_recovery_name(Path::new("/school/a/2025-26.ron"));
        let b = fallback_recovery_name(Path::new("/school/b/2025-26.ron"));
        assert_ne!(a, b);
        assert!(a.to_string_lossy().starts_with("2025-26~"));
        let long = fallback_recovery_name(&PathBuf::from(format!("/d/{}.ron", "y".repeat(250))));
        assert!(long.len() < 100);
    }
}
