//! Embeds every `content/*.ron` file in the binary (the English pack) and
//! every `content/zh-HK/*.ron` file (the Traditional Chinese one), so the app
//! works from any folder and `hkbm content export` can write a pack back out;
//! and each pack already parsed, in a compact binary form, so that starting
//! the app does not parse RON text it could have parsed once here.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

/// The content model itself (plain serde types), so the pack parsed here
/// has exactly the shape the program reads back.
#[allow(dead_code)]
#[path = "src/model/content.rs"]
mod content;

/// Each language's pack: (folder under the crate, name of the Rust const,
/// file written in OUT_DIR for the parsed pack).
const PACKS: &[(&str, &str, &str)] = &[
    ("content", "EMBEDDED_CONTENT", "built_in_pack.bin"),
    (
        "content/zh-HK",
        "EMBEDDED_CONTENT_ZH_HK",
        "built_in_pack_zh_hk.bin",
    ),
];

fn main() {
    println!("cargo:rerun-if-changed=src/model/content.rs");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let mut code = String::new();
    for (dir, name, bin) in PACKS {
        println!("cargo:rerun-if-changed={dir}");
        embed(dir, name, &mut code);
        // A pack that does not parse is left to the program, which reads the
        // text and says where the problem is (file:line:col): the blob is empty.
        let blob = parsed_pack(Path::new(dir)).map_or_else(Vec::new, |pack| {
            postcard::to_allocvec(&pack).expect("the parsed pack serializes")
        });
        fs::write(out.join(bin), blob).unwrap();
    }
    fs::write(out.join("embedded_content.rs"), code).unwrap();
}

/// `pub const NAME: &[(&str, &str)]`: the pack's (file name, text) pairs.
fn embed(dir: &str, name: &str, code: &mut String) {
    let mut files: Vec<String> = fs::read_dir(dir)
        .expect("content folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    files.sort();
    writeln!(
        code,
        "/// A built-in content pack ({dir}/): (file name, text)."
    )
    .unwrap();
    writeln!(code, "pub const {name}: &[(&str, &str)] = &[").unwrap();
    for file in &files {
        println!("cargo:rerun-if-changed={dir}/{file}");
        writeln!(
            code,
            "    ({file:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{dir}/{file}\"))),"
        )
        .unwrap();
    }
    code.push_str("];\n");
}

/// The framework and its benchmarks in number order, read as the program
/// reads a pack (the benchmarks the groups name, `bmNN.ron` each).
fn parsed_pack(dir: &Path) -> Option<(content::Framework, Vec<content::Benchmark>)> {
    let read = |name: &str| fs::read_to_string(dir.join(name)).ok();
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
