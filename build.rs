//! Embeds every `content/*.ron` file in the binary, so the app works from any
//! folder and `hkbm content export` can write the pack back out.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=content");
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
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_content.rs");
    fs::write(out, code).unwrap();
}
