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
        let a = hkbm::network::run(&pack, std::slice::from_ref(&dir));
        assert_eq!(a.sessions as u64, n);
        a.sessions
    });
}
