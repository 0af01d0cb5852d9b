//! Embeds every `content/*.ron` file in the binary, so the app works from any
//! folder and `hkbm content export` can write the pack back out; and the same
//! pack already parsed, in a compact binary form, so that starting the app
//! does not parse RON text it could have parsed once here.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

/// The content model itself (plain serde types), so the pack parsed here
/// has exactly the shape the program reads back.
#[allow(dead_code)]
#[path = "src/model/content.rs"]
mod content;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/model/content.rs");
    let mut names: Vec<String> = fs::read_dir("content")
        .expect("content/ folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    names.sort();
    let mut code = String::from("/// The built-in content pack: (file name, text).\n");
    code.push_str("pub const EMBEDDED_CONTENT: &[(&str, &str)] = &[\n");
    for name in &names {
        println!("cargo:rerun-if-changed=content/{name}");
        writeln!(
            code,
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/content/{name}\"))),"
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    fs::write(out.join("embedded_content.rs"), code).unwrap();

    // A pack that does not parse is left to the program, which reads the
    // text and says where the problem is (file:line:col): the blob is empty.
    let blob = parsed_pack().map_or_else(Vec::new, |pack| {
        postcard::to_allocvec(&pack).expect("the parsed pack serializes")
    });
    fs::write(out.join("built_in_pack.bin"), blob).unwrap();
}

/// The framework and its benchmarks in number order, read as the program
/// reads a pack (the benchmarks the groups name, `bmNN.ron` each).
fn parsed_pack() -> Option<(content::Framework, Vec<content::Benchmark>)> {
    let read = |name: &str| fs::read_to_string(Path::new("content").join(name)).ok();
    let framework: content::Framework = ron::from_str(&read("framework.ron")?).ok()?;
    let mut numbers: Vec<u8> = framework
        .groups
        .iter()
        .flat_map(|g| g.benchmarks.iter().copied())
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut benchmarks = Vec::new();
    for n in numbers {
        let bm: content::Benchmark = ron::from_str(&read(&format!("bm{n:02}.ron"))?).ok()?;
        if bm.number != n {
            return None;
        }
        benchmarks.push(bm);
    }
    Some((framework, benchmarks))
}
