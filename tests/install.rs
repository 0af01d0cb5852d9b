//! What packaging relies on: shell completions and the manual page, both
//! generated from the command line's own definitions.

use std::process::Command;

fn hkbm(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_hkbm"))
        .args(args)
        .output()
        .expect("run hkbm");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn completions_for_every_shell_name_the_commands() {
    for (shell, marker) in [
        ("bash", "complete -F _hkbm"),
        ("zsh", "#compdef hkbm"),
        ("fish", "complete -c hkbm"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[hkbm]"),
    ] {
        let (code, out, err) = hkbm(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        assert!(out.contains(marker), "{shell} completions lack {marker:?}");
        for command in ["summary", "compare", "report", "aggregate", "check"] {
            assert!(out.contains(command), "{shell} completions lack {command}");
        }
    }
}

#[test]
fn unknown_shell_is_refused() {
    let (code, out, err) = hkbm(&["completions", "tcsh"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("tcsh"), "{err}");
}

#[test]
fn man_page_is_roff_for_section_one_with_every_command() {
    let (code, out, err) = hkbm(&["man"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(".TH hkbm 1"), "{}", &out[..out.len().min(300)]);
    assert!(out.contains(".SH SYNOPSIS"));
    for command in [
        "new",
        "summary",
        "compare",
        "report",
        "aggregate",
        "check",
        "content",
    ] {
        assert!(
            out.contains(&format!("hkbm\\-{command}(1)")),
            "man page lacks {command}"
        );
    }
    assert!(
        out.contains("sessions\\-dir"),
        "global options are documented"
    );
}

#[test]
fn every_command_has_its_own_page() {
    // Every page hkbm(1) refers to exists (packaging writes each of them).
    let (_, main_page, _) = hkbm(&["man"]);
    let named: Vec<String> = main_page
        .split("hkbm\\-")
        .skip(1)
        .filter_map(|rest| rest.split_once("(1)").map(|(name, _)| name.to_string()))
        .collect();
    for command in ["new", "summary", "actions", "report", "help"] {
        assert!(
            named.iter().any(|n| n == command),
            "hkbm(1) names {named:?}"
        );
    }
    for command in &named {
        let command = command.as_str();
        let (code, out, err) = hkbm(&["man", command]);
        assert_eq!(code, 0, "{command}: {err}");
        let title = format!(".TH hkbm-{command} 1");
        assert!(
            out.contains(&title),
            "{command}: {}",
            &out[..out.len().min(200)]
        );
        assert!(
            out.contains(env!("CARGO_PKG_VERSION")),
            "{command} page names the version"
        );
    }
    let (code, _, err) = hkbm(&["man", "nope"]);
    assert_eq!(code, 1);
    assert!(err.contains("no command named \"nope\""), "{err}");
}
