//! The command line as a user (or a script) meets it.

mod common;

use std::fs;

use common::*;

#[test]
fn the_built_in_pack_and_the_example_sessions_check_clean() {
    let o = hkbm(&["check", "content/", NEW]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("content pack hkbm 2.0.0"), "{out}");
    assert_eq!(out.lines().filter(|l| l.starts_with("ok  ")).count(), 2);
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn a_session_made_with_content_1_lists_what_becomes_retired_history_as_warnings() {
    let o = hkbm(&["check", OLD]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("ok  "), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains("lantau-bay-college-2024-25.ron:4:5: made with content version 1.0.0, the pack in use is version 2.0.0"),
        "{err}"
    );
    // Each record of a retired id, at its own line, with what is kept and why.
    assert!(
        err.contains("bm1.c1: rating 2 and a note kept as retired history (A 1.0.0 draft of ours."),
        "{err}"
    );
    // A 1.0.0 value of a measure that now counts something else.
    assert!(
        err.contains(
            "bm6.c1: measured by_s3 (per student), by_s6 (per student) kept as retired history"
        ),
        "{err}"
    );
    assert!(
        err.lines().all(|l| l.starts_with("hkbm: warning: ")),
        "{err}"
    );
}

#[test]
fn summary_json_lists_ten_benchmarks_with_score_and_coverage() {
    let o = hkbm(&["summary", NEW, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let bms = v["benchmarks"].as_array().unwrap();
    assert_eq!(bms.len(), 10);
    for (i, b) in bms.iter().enumerate() {
        assert_eq!(b["number"], i as u64 + 1);
        assert!(b["coverage"].is_number());
        assert!(b["score"].is_number() || b["score"].is_null());
        assert!(b["rated"].as_u64().unwrap() <= b["criteria"].as_u64().unwrap());
    }
    assert_eq!(v["year"], "2025/26");
    assert_eq!(v["baseline_year"], "2024/25");
    // Benchmark 6 of the example: ratings 3, 3, 3, 2 → (75·3 + 50) / 4 = 68.75 %.
    assert_eq!(bms[5]["score"], 68.8);
    assert_eq!(bms[5]["coverage"], 100.0);
    // Benchmark 3 has two of six criteria left unrated: coverage, not zeros.
    assert_eq!(bms[2]["rated"], 4);
    assert_eq!(bms[2]["criteria"], 6);
    assert!((bms[2]["coverage"].as_f64().unwrap() - 66.7).abs() < 0.01);
    assert!(
        v["score_formula"]
            .as_str()
            .unwrap()
            .contains("not counted as zero")
    );
}

#[test]
fn summary_text_is_a_table_with_trend_and_marks_of_our_own_items() {
    let o = hkbm(&["summary", NEW]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("Lantau Bay College — 2025/26\n"), "{out}");
    assert!(out.contains("vs 2024/25"));
    assert!(
        out.contains(" 6  Personal Guidance for D…   69 %    4/4"),
        "{out}"
    );
    assert!(out.contains("▲"));
    // Benchmark 3's criteria and several benchmarks' tips are ours: marked,
    // and the legend says what the mark means.
    assert!(out.contains(" 3  Learning from Multiple…†"), "{out}");
    assert!(out.contains(" 0/14†"), "{out}");
    assert!(out.contains("† written by the hkbm team"), "{out}");
    // Where each benchmark's text comes from, in words.
    assert!(out.contains("BM1: aim, criteria: official ·"), "{out}");
    assert!(out.contains("tips, partners: hkbm drafts"), "{out}");
    assert!(
        out.contains("BM4: aim, criteria, why, tips, partners, insights: official\n"),
        "{out}"
    );
}

#[test]
fn new_writes_a_private_complete_session_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let o = hkbm_in(
        dir.path(),
        &[
            "new",
            "--school",
            "Sai Kung Secondary School",
            "--year",
            "2026/27",
            "--facilitator",
            "Ms Yip",
            "--participant",
            "Mr Tse",
            "--participant",
            "陳老師",
            "-o",
            "s.ron",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let path = dir.path().join("s.ron");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("school: \"Sai Kung Secondary School\","));
    assert!(text.contains("participants: [\"Mr Tse\", \"陳老師\"],"));
    assert!(text.contains("id: \"bm10.review.1\""));
    assert!(!text.contains('\r'));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let check = hkbm_in(dir.path(), &["check", "s.ron"]);
    assert!(check.status.success(), "{}", stderr(&check));

    let again = hkbm_in(dir.path(), &["new", "--school", "Other", "-o", "s.ron"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn new_without_output_goes_to_the_sessions_folder() {
    let dir = tempfile::tempdir().unwrap();
    let o = hkbm_in(
        dir.path(),
        &[
            "new",
            "--sessions-dir",
            "kept",
            "--school",
            "Tuen Mun College",
            "--year",
            "2025/26",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        dir.path()
            .join("kept/tuen-mun-college-2025-26.ron")
            .is_file()
    );
    assert!(stdout(&o).contains("tuen-mun-college-2025-26.ron"));
}

#[test]
fn new_needs_a_school_and_a_real_academic_year() {
    let dir = tempfile::tempdir().unwrap();
    let o = hkbm_in(dir.path(), &["new", "-o", "x.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--school"));
    let o = hkbm_in(
        dir.path(),
        &["new", "--school", "A", "--year", "2025-26", "-o", "x.ron"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("2025/26"));
    assert!(!dir.path().join("x.ron").exists());
}

#[test]
fn new_from_last_year_keeps_school_team_targets_plans_and_baseline() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("next.ron");
    let o = hkbm(&["new", "--from", NEW, "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(
        &hkbm(&["summary", out.to_str().unwrap(), "--format", "json"]).stdout,
    )
    .unwrap();
    assert_eq!(v["school"], "Lantau Bay College");
    assert_eq!(v["year"], "2026/27");
    assert_eq!(v["baseline_year"], "2025/26");
    assert_eq!(v["participants"].as_array().unwrap().len(), 5);
    let bm6 = &v["benchmarks"][5];
    assert_eq!(bm6["baseline"], 68.8);
    assert!(bm6["score"].is_null(), "ratings start empty");
    assert_eq!(bm6["target_percent"], 100);
    let text = fs::read_to_string(&out).unwrap();
    // An in-progress plan is carried with its owner; a done one is not.
    assert!(text.contains("Letter sent; eClass notice next week."));
    assert!(!text.contains("Audit done in October 2025"));
}

#[test]
fn content_export_writes_an_editable_pack_that_loads_back() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    let o = hkbm(&["content", "export", pack.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(pack.join("framework.ron").is_file());
    assert!(pack.join("bm10.ron").is_file());
    for (name, text) in [
        ("framework.ron", include_str!("../content/framework.ron")),
        ("bm04.ron", include_str!("../content/bm04.ron")),
    ] {
        assert_eq!(fs::read_to_string(pack.join(name)).unwrap(), text);
    }
    let o = hkbm(&["check", pack.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));

    // A school renames a benchmark; --content uses its pack.
    let bm1 = pack.join("bm01.ron");
    let edited = fs::read_to_string(&bm1).unwrap().replace(
        "A Stable and Visible Career and Life Development Policy",
        "Our CLD Policy",
    );
    fs::write(&bm1, edited).unwrap();
    let o = hkbm(&["summary", NEW, "--content", pack.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Our CLD Policy"));

    // Exporting over an existing pack is refused.
    let o = hkbm(&["content", "export", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already exists"));
}

#[test]
fn content_export_lang_zh_hk_writes_the_chinese_pack() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    let o = hkbm(&[
        "content",
        "export",
        "--lang",
        "zh-HK",
        pack.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    for (name, text) in [
        (
            "framework.ron",
            include_str!("../content/zh-HK/framework.ron"),
        ),
        ("bm01.ron", include_str!("../content/zh-HK/bm01.ron")),
        ("bm10.ron", include_str!("../content/zh-HK/bm10.ron")),
    ] {
        assert_eq!(fs::read_to_string(pack.join(name)).unwrap(), text);
    }
    let o = hkbm(&["check", pack.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// The language: `--lang`, then the config file, then the locale.
#[test]
fn the_language_comes_from_lang_then_the_config_then_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    let chinese = |o: &std::process::Output| {
        assert!(o.status.success(), "{}", stderr(o));
        stdout(o).contains("1 政策")
    };
    let zh_locale = [("LANG", "zh_HK.UTF-8"), ("LC_MESSAGES", "")];
    assert!(!chinese(&hkbm(&["summary", NEW])));
    assert!(chinese(&hkbm_env(&["summary", NEW], &zh_locale)));
    assert!(chinese(&hkbm_env(
        &["summary", NEW],
        &[("LC_ALL", "zh_TW.UTF-8")]
    )));
    assert!(!chinese(&hkbm_env(
        &["summary", NEW, "--lang", "en"],
        &zh_locale
    )));
    assert!(chinese(&hkbm(&["--lang", "zh-HK", "summary", NEW])));
    // The config file's choice is over the locale's, under --lang (where
    // the config folder follows XDG_CONFIG_HOME).
    if cfg!(any(target_os = "macos", windows)) {
        return;
    }
    fs::create_dir_all(dir.path().join("hkbm")).unwrap();
    fs::write(
        dir.path().join("hkbm/config.ron"),
        r#"Config(lang: "zh-HK")"#,
    )
    .unwrap();
    let config = dir.path().to_str().unwrap();
    assert!(chinese(&hkbm_env(
        &["summary", NEW],
        &[("XDG_CONFIG_HOME", config), ("LANG", "en_GB.UTF-8")]
    )));
    assert!(!chinese(&hkbm_env(
        &["summary", NEW, "--lang", "en"],
        &[("XDG_CONFIG_HOME", config)]
    )));
}

#[test]
fn content_decides_the_content_and_an_unknown_language_is_refused() {
    let o = hkbm(&["summary", NEW, "--lang", "zh-HK", "--content", "content"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 Policy"), "{}", stdout(&o));
    let o = hkbm(&["summary", NEW, "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["new", "--help"],
        vec!["summary", "--help"],
        vec!["actions", "--help"],
        vec!["check", "--help"],
        vec!["content", "export", "--help"],
    ] {
        let o = hkbm(&args);
        assert!(o.status.success(), "{args:?}");
        assert!(stdout(&o).contains("Usage: hkbm"), "{args:?}");
    }
}

#[test]
fn config_path_export_and_a_bad_config_never_stop_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_hkbm"))
            .args(args)
            .env("XDG_CONFIG_HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env_remove("HKBM_SESSIONS")
            .current_dir(root())
            .output()
            .unwrap()
    };
    let o = run(&["config", "path"]);
    let path = stdout(&o).trim().to_string();
    assert!(path.ends_with("hkbm/config.ron"), "{path}");
    let o = run(&["config", "export"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("minutes_per_benchmark: 10"));
    assert_eq!(
        run(&["config", "export"]).status.code(),
        Some(1),
        "not overwritten"
    );
    // A broken file: a warning naming file:line:col, and the command still works.
    fs::write(&path, "Config(theme: 3)").unwrap();
    let o = run(&["new", "--school", "Broken Config", "--year", "2025/26"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("config.ron:1:"), "{}", stderr(&o));
    assert!(
        dir.path()
            .join("data/hkbm/sessions/broken-config-2025-26.ron")
            .is_file()
    );
    // The sessions folder can come from the config.
    let kept = dir.path().join("kept");
    fs::write(
        &path,
        format!("Config(sessions_dir: {:?})", kept.display().to_string()),
    )
    .unwrap();
    let o = run(&["new", "--school", "Config School", "--year", "2025/26"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(kept.join("config-school-2025-26.ron").is_file());
}

/// The ASCII words (three letters or more; `-`, `_` and `.` inside a word
/// keep it whole) of `text`.
fn ascii_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || "-_.".contains(c)))
        .map(|w| w.trim_matches(|c: char| "-_.".contains(c)))
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 3)
        .map(str::to_string)
        .collect()
}

/// What English help may leave in any language, found in the English help
/// itself: names of options, values, commands and placeholders, words in
/// backticks, acronyms and names (a capital inside a sentence), file
/// extensions and the words around them in a placeholder.
fn names_in_english_help(help: &str) -> Vec<String> {
    let mut names = vec!["hkbm".to_string()];
    for line in help.lines() {
        let trimmed = line.trim_start();
        // The first column: `-o, --output <OUT>`, a command's name.
        let column = trimmed.split("  ").next().unwrap_or("");
        names.extend(ascii_words(column));
        for (i, part) in line.split('`').enumerate() {
            if i % 2 == 1 {
                names.extend(ascii_words(part));
            }
        }
        for marker in ["[possible values:", "[default:", "[env:", "- "] {
            if let Some((_, rest)) = trimmed.split_once(marker) {
                let rest = rest.split(':').next().unwrap_or(rest);
                names.extend(ascii_words(rest.split(']').next().unwrap_or(rest)));
            }
        }
        for w in line.split_whitespace().filter(|w| w.starts_with("--")) {
            names.extend(ascii_words(w));
        }
        for (i, w) in line.split_whitespace().enumerate() {
            let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            let proper = w.chars().skip(1).any(|c| c.is_ascii_uppercase())
                || (i > 0 && w.starts_with(|c: char| c.is_ascii_uppercase()));
            if proper || w.contains('.') {
                names.extend(ascii_words(w));
                // And its parts: `SCHOOL-YEAR.ron` names the extension.
                names.extend(w.split(['.', '-']).flat_map(ascii_words));
            }
        }
    }
    names
}

#[test]
fn help_is_in_chinese_with_lang_or_a_chinese_locale() {
    let commands: [&[&str]; 10] = [
        &[],
        &["new"],
        &["summary"],
        &["compare"],
        &["report"],
        &["actions"],
        &["aggregate"],
        &["check"],
        &["content", "export"],
        &["completions"],
    ];
    // The names of every command's English help (a command's about names
    // the values of another).
    let mut names: Vec<String> = Vec::new();
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        names.extend(names_in_english_help(&stdout(&hkbm(&args))));
    }
    for command in commands {
        for flag in ["-h", "--help"] {
            for how in [&["--lang", "zh-HK"][..], &["--lang=zh-HK"], &[]] {
                let mut args = command.to_vec();
                args.push(flag);
                args.extend(how);
                let o = if how.is_empty() {
                    hkbm_env(&args, &[("LANG", "zh_HK.UTF-8"), ("LC_MESSAGES", "")])
                } else {
                    hkbm(&args)
                };
                assert!(o.status.success(), "{args:?}");
                let help = stdout(&o);
                assert!(help.contains("用法：hkbm"), "{args:?}: {help}");
                assert!(help.contains("選項："), "{args:?}: {help}");
                let left: Vec<String> = ascii_words(&help)
                    .into_iter()
                    .filter(|w| !names.contains(w))
                    .collect();
                assert!(
                    left.is_empty(),
                    "{args:?}: English left {left:?} in\n{help}"
                );
            }
        }
    }
    // The meaning of a value, in the long help.
    let o = hkbm(&["actions", "--help", "--lang", "zh-HK"]);
    assert!(
        stdout(&o).contains("- open（已計劃及進行中）"),
        "{}",
        stdout(&o)
    );
    // English stays English.
    assert!(stdout(&hkbm(&["--help", "--lang", "en"])).contains("Usage: hkbm"));
}

#[test]
fn a_mistake_on_the_command_line_is_said_in_chinese() {
    let lines: [&[&str]; 14] = [
        &["summary", "--format", "xml", NEW],
        &["summary"],
        &["summary", "--formt", "json", NEW],
        &["summary", "-x", NEW],
        &["summary", NEW, "b.ron"],
        &["--theme"],
        &["--lang", "fr"],
        &["summary", "--width", "0", NEW],
        &["actions", "--within", "soon", NEW],
        &["new", "--school", "A", "--school", "B"],
        &["content", "exprt"],
        &["config", "shw"],
        &["completions", "bsh"],
        &["new", "--from"],
    ];
    for line in lines {
        for how in ["--lang", "LANG"] {
            let o = if how == "LANG" {
                hkbm_env(line, &[("LANG", "zh_HK.UTF-8"), ("LC_MESSAGES", "")])
            } else {
                let mut args = line.to_vec();
                args.extend(["--lang", "zh-HK"]);
                hkbm(&args)
            };
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{line:?}: {err}");
            assert!(stdout(&o).is_empty(), "{line:?}");
            assert!(err.starts_with("錯誤："), "{line:?}: {err}");
            assert!(
                err.ends_with("\n\n詳情請用 --help 查看。\n"),
                "{line:?}: {err}"
            );
            // What is left once the names are taken out: what was typed and
            // what clap names (in 「」), the usage line, the values listed
            // and the placeholders.
            let words: String = err
                .lines()
                .filter(|l| !l.starts_with("用法：") && !l.trim_start().starts_with("可選值："))
                .map(|l| {
                    l.split('「')
                        .map(|part| part.split_once('」').map_or(part, |(_, after)| after))
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("\n")
                .replace("--help", "");
            let left: Vec<String> = ascii_words(&words)
                .into_iter()
                .filter(|w| w.chars().any(|c| c.is_ascii_lowercase()))
                .collect();
            assert!(left.is_empty(), "{line:?}: English left {left:?} in\n{err}");
        }
    }
    // Each part in its place: the similar name, the usage with its
    // options said in Chinese, the values that would do.
    let o = hkbm(&["summary", "--formt", "json", NEW, "--lang", "zh-HK"]);
    assert_eq!(
        stderr(&o),
        "錯誤：不認識的參數「--formt」\n\n  提示：相似的參數：「--format」\n\n\
         用法：hkbm summary [選項] <FILE>\n\n詳情請用 --help 查看。\n"
    );
    let o = hkbm(&["summary", "--format", "xml", NEW, "--lang", "zh-HK"]);
    assert_eq!(
        stderr(&o),
        "錯誤：「--format <FORMAT>」不接受「xml」這個值\n  可選值：text、json\n\n詳情請用 --help 查看。\n"
    );
    let o = hkbm(&["summary", "--width", "0", NEW, "--lang", "zh-HK"]);
    assert!(
        stderr(&o)
            .starts_with("錯誤：「--width <COLUMNS>」不接受「0」這個值：須為1至65535的整數\n"),
        "{}",
        stderr(&o)
    );
    // What was typed reaches the terminal inert.
    let o = hkbm(&["summary", "--formt\x1b]0;x\x07", NEW, "--lang", "zh-HK"]);
    assert!(!stderr(&o).contains('\x1b'), "{:?}", stderr(&o));
    // English keeps clap's words, with our reasons.
    let o = hkbm(&["summary", "--width", "0", NEW, "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with(
            "error: invalid value '0' for '--width <COLUMNS>': not a whole number from 1 to 65535\n"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn what_the_commands_print_is_in_chinese_with_lang_zh_hk() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let o = hkbm(&["check", "content/", NEW, "--lang", "zh-HK"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("ok  content/：內容套件hkbm 2.0.0，10項基準、"),
        "{out}"
    );
    assert!(
        out.contains("lantau-bay-college-2025-26.ron：自評紀錄，Lantau Bay College，2025/26學年"),
        "{out}"
    );
    // Errors keep the `hkbm:` prefix, the rest is Chinese.
    let o = hkbm(&["new", "--lang", "zh-HK", "-o", "x.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "hkbm: 請提供學校名稱，例如 hkbm new --school \"校名\"\n"
    );
    let o = hkbm(&["new", "--lang", "zh-HK", "--school", "A", "--year", "2025"]);
    assert_eq!(stderr(&o), "hkbm: 學年「2025」的寫法應如2025/26\n");
    let file = format!("{d}/a.ron");
    let o = hkbm(&["new", "--lang", "zh-HK", "--school", "A", "-o", &file]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("已建立：{file}\n"));
    let o = hkbm(&["new", "--lang", "zh-HK", "--school", "A", "-o", &file]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).ends_with("已存在；請以 -o 另選檔案\n"),
        "{}",
        stderr(&o)
    );
    let out = format!("{d}/r.md");
    let o = hkbm(&["report", NEW, "--lang", "zh-HK", "-o", &out]);
    assert_eq!(stdout(&o), format!("已寫入：{out}\n"), "{}", stderr(&o));
    let o = hkbm(&["report", NEW, "--lang", "zh-HK", "--by", "owner"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "hkbm: --by owner 是把HTML報告的行動清單按負責人分組；請加上 --format html\n"
    );
    let pack = format!("{d}/pack");
    let o = hkbm(&["content", "export", &pack, "--lang", "zh-HK"]);
    assert!(stdout(&o).starts_with("已寫入") && stdout(&o).contains("個檔案到："));
    let o = hkbm(&["check", d, "--lang", "zh-HK"]);
    assert!(
        stderr(&o).contains("是資料夾，既不是紀錄檔，也不是內容套件"),
        "{}",
        stderr(&o)
    );
    let o = hkbm(&["man", "nothing", "--lang", "zh-HK"]);
    assert_eq!(stderr(&o), "hkbm: 沒有名為「nothing」的命令\n");
    // No English word is left but the names given and the pack's id.
    let o = hkbm(&["check", "content/", NEW, "--lang", "zh-HK"]);
    let allowed = ascii_words(&format!("content {NEW} Lantau Bay College hkbm"));
    let left: Vec<String> = ascii_words(&stdout(&o))
        .into_iter()
        .filter(|w| !allowed.contains(w))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // In English, as before.
    let o = hkbm(&["new", "-o", "x.ron"]);
    assert_eq!(
        stderr(&o),
        "hkbm: give the school's name: hkbm new --school \"NAME\"\n"
    );
}

/// The configuration's problems are said in the language it chooses (read
/// before the language is known, said after).
#[test]
fn a_config_that_chooses_chinese_has_its_problems_said_in_chinese() {
    if cfg!(any(target_os = "macos", windows)) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("hkbm")).unwrap();
    fs::write(
        dir.path().join("hkbm/config.ron"),
        r#"Config(lang: "zh-HK", theme: "purple")"#,
    )
    .unwrap();
    let config = dir.path().to_str().unwrap();
    let o = hkbm_env(&["summary", NEW], &[("XDG_CONFIG_HOME", config)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.starts_with("hkbm: 警告："), "{err}");
    assert!(err.contains("config.ron"), "{err}");
    assert_eq!(err.lines().count(), 1, "said once: {err}");
    let o = hkbm_env(
        &["summary", NEW, "--lang", "en"],
        &[("XDG_CONFIG_HOME", config)],
    );
    assert!(stderr(&o).starts_with("hkbm: warning: "), "{}", stderr(&o));
}
