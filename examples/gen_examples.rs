//! Remake the 2025/26 example session on the built-in pack from the same
//! school's session as it was recorded with content 1.0.0 (kept in
//! `tests/fixtures/`): `cargo run --example gen_examples`. The 2024/25
//! session stays on 1.0.0, to show a comparison across pack versions.
//! A test checks that the committed file is what this writes.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pack = match hkbm::store::content::built_in() {
        Ok(p) => p.pack,
        Err(e) => {
            eprintln!("built-in content: {e:?}");
            return ExitCode::FAILURE;
        }
    };
    let read = |rel: &str| {
        let path = root.join(rel);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        hkbm::store::session::parse(&path, &text)
            .map(|(s, _)| s)
            .map_err(|e| e.to_string())
    };
    let (v1, prev) = match (
        read("tests/fixtures/lantau-bay-college-2025-26-v1.ron"),
        read("sessions/lantau-bay-college-2024-25.ron"),
    ) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let out = root.join("sessions/lantau-bay-college-2025-26.ron");
    let made = hkbm::sample::lantau_bay_2025_26(&pack, &v1, &prev);
    match hkbm::store::session::save(&out, &made) {
        Ok(()) => {
            println!("wrote {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
