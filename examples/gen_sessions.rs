//! Make N synthetic session files of made-up schools (three academic years)
//! for trying the network view: `cargo run --release --example gen_sessions -- 1000 /tmp/network`
//! then `hkbm aggregate /tmp/network`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<u64>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: gen_sessions N DIR");
        return ExitCode::from(2);
    };
    let pack = match hkbm::store::content::built_in() {
        Ok(p) => p.pack,
        Err(e) => {
            eprintln!("built-in content: {e:?}");
            return ExitCode::FAILURE;
        }
    };
    match hkbm::sample::write_sessions(&pack, n, &PathBuf::from(dir)) {
        Ok(()) => {
            println!("wrote {n} sessions to {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{dir}: {e}");
            ExitCode::FAILURE
        }
    }
}
