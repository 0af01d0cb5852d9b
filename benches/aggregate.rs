//! The network view over many files: 1,000 and 10,000 synthetic sessions
//! (made once, outside the timing). Target: 10,000 files in under 2 s on a
//! 2-core machine, growing linearly with the number of files.

use std::path::PathBuf;
use std::sync::OnceLock;

use hkbm::store::content::built_in;

fn main() {
    divan::main();
}

/// A folder of `n` sessions, made on first use and kept for the run.
fn folder(n: u64) -> PathBuf {
    static DIRS: OnceLock<tempfile::TempDir> = OnceLock::new();
    let root = DIRS.get_or_init(|| tempfile::tempdir().unwrap());
    let dir = root.path().join(n.to_string());
    if !dir.exists() {
        let pack = built_in().unwrap().pack;
        hkbm::sample::write_sessions(&pack, n, &dir).unwrap();
    }
    dir
}

#[divan::bench(args = [1_000, 10_000], sample_count = 5, sample_size = 1)]
fn aggregate_files(bencher: divan::Bencher, n: u64) {
    let pack = built_in().unwrap().pack;
    let dir = folder(n);
    bencher.bench_local(|| {
        let a = hkbm::output::aggregate::run(&pack, std::slice::from_ref(&dir));
        assert_eq!(a.sessions as u64, n);
        a.sessions
    });
}

/// One session file opened: as this build writes it (content 2.0.0), and as
/// the 1.0.0 release wrote it (checked, then brought up to the pack, its
/// retired records moved to the history). Budget: a few milliseconds, so a
/// network folder of old files aggregates about as fast as new ones.
#[divan::bench(args = ["sessions/lantau-bay-college-2025-26.ron", "tests/fixtures/lantau-bay-college-2025-26-v1.ron"])]
fn load_one_session(bencher: divan::Bencher, rel: &str) {
    let pack = built_in().unwrap().pack;
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel);
    bencher.bench_local(|| {
        let l = hkbm::store::session::load(&path, &pack).unwrap();
        l.session.benchmarks.len()
    });
}
