//! What is wrong with a file, said in Traditional Chinese: check problems,
//! migration and recovery notes, file, lock and configuration errors. Each
//! family is read in Chinese, with no English word left but those of the
//! file itself (ids, field names, names) and the file's path.

mod common;

use std::fs;
use std::path::Path;

use hkbm::i18n::{Lang, scoped};
use hkbm::model::validate::{check_pack, check_session};
use hkbm::store::FileError;
use hkbm::store::content::built_in_in;
use hkbm::store::session::parse;

use common::*;

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// A message in Chinese, with no English but the data's.
fn chinese(message: &str, data: &[&str]) {
    assert!(has_han(message), "not Chinese: {message}");
    let left = english_left(message, data);
    assert!(left.is_empty(), "English left {left:?} in: {message}");
}

fn session_text() -> String {
    fs::read_to_string(example(NEW)).unwrap()
}

/// `text` with `from` replaced (once), which must be there.
fn with(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1)
}

#[test]
fn check_problems_of_a_session_are_said_in_chinese() {
    let pack = built_in_in(Lang::ZhHk).unwrap().pack;
    let mut text = session_text();
    text = with(&text, "rating: Some(3)", "rating: Some(9)");
    text = with(&text, "year: \"2025/26\"", "year: \"2025\"");
    text = with(&text, "dates: [\"2025-09-05\"]", "dates: [\"2025-02-30\"]");
    text = with(&text, "id: \"bm1.c8\"", "id: \"bm1.c99\"");
    text = with(
        &text,
        "target_percent: Some(75)",
        "target_percent: Some(175)",
    );
    text = with(&text, "school: \"Lantau Bay College\"", "school: \" \"");
    text = with(&text, "score: Some(45.5)", "score: Some(145.5)");
    text = with(&text, "{\"policy_review\": 1.0}", "{\"policy_revue\": 1.0}");
    let (session, _) = parse(Path::new("s.ron"), &text).unwrap();
    let _zh = scoped(Lang::ZhHk);
    let said: Vec<String> = check_session(&session, &pack)
        .into_iter()
        .map(|p| p.message)
        .collect();
    for expected in [
        "學校名稱是空的",
        "學年「2025」應寫成2025/26的樣式",
        "日期「2025-02-30」應為真實的日期，並寫成2025-11-28的樣式",
        "bm1：目標百分比（target_percent）175超過100",
        "bm1.c7：評分9不在評分等級內（0、1、2、3、4）",
        "bm1中有不認識的準則「bm1.c99」（內容套件hkbm 2.0.0沒有這個id）",
        "bm2的基線分數145.5不在0至100之間",
    ] {
        assert!(said.iter().any(|s| s == expected), "{expected}\n{said:#?}");
    }
    assert!(
        said.iter()
            .any(|s| s.ends_with("沒有名為「policy_revue」的量度指標")),
        "{said:#?}"
    );
    for s in &said {
        chinese(s, &[&text]);
    }
}

#[test]
fn check_problems_of_a_content_pack_are_said_in_chinese() {
    let mut pack = built_in_in(Lang::ZhHk).unwrap().pack;
    pack.framework.scale.swap(0, 1);
    pack.framework.groups[1].id = pack.framework.groups[0].id.clone();
    let bm = &mut pack.benchmarks[0];
    bm.short = "一個太長太長的雷達圖標籤".into();
    bm.criteria[1].id = bm.criteria[0].id.clone();
    bm.criteria[0].from = "nowhere".into();
    let _zh = scoped(Lang::ZhHk);
    let said: Vec<String> = check_pack(&pack).into_iter().map(|p| p.message).collect();
    assert!(said.len() >= 5, "{said:#?}");
    assert!(
        said.iter().any(|s| s == "評分等級必須遞增：0排在1之後"),
        "{said:#?}"
    );
    assert!(
        said.iter().any(|s| s == "id「bm1.c7」用了兩次"),
        "{said:#?}"
    );
    let data = format!("{pack:?}");
    for s in &said {
        chinese(s, &[&data, hkbm::store::content::FRAMEWORK_FILE]);
    }
}

#[test]
fn file_errors_are_said_in_chinese_with_a_full_width_colon() {
    let dir = tempfile::tempdir().unwrap();
    let _zh = scoped(Lang::ZhHk);
    let read = |p: &Path| hkbm::store::read::read_text(p).unwrap_err();
    let missing = dir.path().join("missing.ron");
    assert_eq!(read(&missing).message, "沒有這個檔案");
    assert_eq!(read(dir.path()).message, "這是資料夾，不是檔案");
    let bad = dir.path().join("bad.ron");
    fs::write(&bad, b"Session(\n  school: \"\xff\"").unwrap();
    let e = read(&bad);
    assert_eq!(
        e.to_string(),
        format!(
            "{}:2:12：不是有效的UTF-8文字（位元組0xFF）；請以UTF-8編碼儲存檔案",
            bad.display()
        )
    );
    let big = dir.path().join("big.ron");
    fs::File::create(&big)
        .unwrap()
        .set_len(17 * 1024 * 1024)
        .unwrap();
    assert_eq!(read(&big).message, "檔案太大（17.0 MiB；上限為16 MiB）");
    let empty = dir.path().join("empty.ron");
    fs::write(&empty, "  \n").unwrap();
    assert_eq!(parse(&empty, "  \n").unwrap_err().message, "檔案是空的");
    let newer = with(
        &session_text(),
        "version: 2,",
        "version: 9,\n    future: 1,",
    );
    let e = parse(Path::new("s.ron"), &newer).err();
    // A newer file is read (read-only), with what this build does not know
    // left alone; one this build cannot read says so in Chinese.
    assert!(e.is_none(), "{e:?}");
    let e = parse(
        Path::new("s.ron"),
        &with(
            &session_text(),
            "version: 2,",
            "version: 9,\n    school: 5,",
        ),
    )
    .unwrap_err();
    assert!(
        e.message.starts_with("由較新版本的hkbm寫成（檔案版本9"),
        "{e}"
    );
    let e = parse(
        Path::new("s.ron"),
        &with(
            &session_text(),
            "version: 2,",
            "version: 2,\n    colour: 1,",
        ),
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "s.ron:4:5：不認識的欄位`colour`（位於colour）"
    );
    // A map key given twice (our own check inside ron's reading).
    let e = parse(
        Path::new("s.ron"),
        &with(
            &session_text(),
            "{\"policy_review\": 1.0}",
            "{\"policy_review\": 1.0, \"policy_review\": 2.0}",
        ),
    )
    .unwrap_err();
    assert!(e.message.starts_with("「policy_review」出現了兩次"), "{e}");
    // Where it is in English stays as it was.
    drop(_zh);
    let e = FileError::at(
        Path::new("a.ron"),
        Some(hkbm::store::Location { line: 3, col: 7 }),
        "bad",
    );
    assert_eq!(e.to_string(), "a.ron:3:7: bad");
    let _zh = scoped(Lang::ZhHk);
    assert_eq!(e.to_string(), "a.ron:3:7：bad");
}

#[test]
fn a_session_of_another_content_version_is_said_in_chinese() {
    let pack = built_in_in(Lang::ZhHk).unwrap().pack;
    let text =
        fs::read_to_string(example("tests/fixtures/lantau-bay-college-2025-26-v1.ron")).unwrap();
    let (session, _) = parse(Path::new("v1.ron"), &text).unwrap();
    let _zh = scoped(Lang::ZhHk);
    let said: Vec<String> = check_session(&session, &pack)
        .into_iter()
        .map(|p| p.message)
        .collect();
    assert!(
        said[0].starts_with("此紀錄以內容版本1.0.0建立，現用的內容套件是版本2.0.0"),
        "{said:#?}"
    );
    assert!(said.len() > 1, "{said:#?}");
    assert!(
        said.iter()
            .any(|s| s.contains("保留為已停用項目的歷史資料（")),
        "{said:#?}"
    );
    // The pack's own reasons for retiring an id are its text (Chinese in
    // the Chinese pack); the rest is ours.
    let pack_text = format!("{pack:?}");
    for s in &said {
        chinese(s, &[&text, &pack_text]);
    }
    assert_eq!(
        hkbm::model::migrate::retired_value("bm1.c4", "1.0.0", "updates", 3.0),
        "updates = 每年3"
    );
    assert_eq!(
        hkbm::model::migrate::retired_value("bm6.c1", "1.0.0", "by_s3", 1.0),
        "by_s3 = 每位學生1"
    );
    drop(_zh);
    assert_eq!(
        hkbm::model::migrate::retired_value("bm1.c4", "1.0.0", "updates", 3.0),
        "updates = 3 per year"
    );
}

#[test]
fn what_a_recovery_leaves_out_is_said_in_chinese() {
    let pack = built_in_in(Lang::ZhHk).unwrap().pack;
    let text = session_text();
    let (current, _) = parse(Path::new("s.ron"), &text).unwrap();
    let mut recovered = current.clone();
    recovered.year = "next year".into();
    recovered.dates = vec!["2025-13-01".into(), "soon".into()];
    recovered.benchmarks[0].criteria[0].rating = Some(9);
    let _zh = scoped(Lang::ZhHk);
    let (_, dropped) = hkbm::model::repair::salvage(recovered, &current, &pack).unwrap();
    assert_eq!(
        dropped,
        [
            "學年「next year」（保留檔案中的學年）",
            "2個格式錯誤的日期",
            "bm1.c7：評分9不在評分等級內",
        ]
    );
    let mut other = current.clone();
    other.content.id = "another".into();
    let why = hkbm::model::repair::salvage(other, &current, &pack).unwrap_err();
    assert_eq!(why, "它是為內容套件「another」而建立的，而不是「hkbm」");
}

#[test]
fn a_lock_held_by_another_hkbm_is_said_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    let _first = hkbm::store::lock::acquire(&file).unwrap();
    let _zh = scoped(Lang::ZhHk);
    let holder = hkbm::store::lock::holder_of(&file).unwrap();
    let shown = holder.to_string();
    assert_eq!(
        shown,
        format!(
            "{}@{}（程序{}，自{}起）",
            holder.user, holder.host, holder.pid, holder.since
        )
    );
    let e = hkbm::store::lock::acquire(&file).unwrap_err().to_string();
    assert!(
        e.contains("已被") && e.ends_with("起）打開並正在修改"),
        "{e}"
    );
    chinese(
        &e,
        &[
            &hkbm::store::lock::lock_path(&file).display().to_string(),
            &holder.user,
            &holder.host,
            &holder.since,
        ],
    );
}

#[test]
fn configuration_problems_are_said_in_chinese() {
    let path = Path::new("config.ron");
    let text = r#"(
    theme: "neon",
    lang: "fr",
    keys: {"fly": ["q"], "quit": ["Ctrl-Shift-Q"]},
    terms: {"Autumn": ("September", "12-20")},
)"#;
    let _zh = scoped(Lang::ZhHk);
    let (_, problems) = hkbm::config::Config::from_text(path, text);
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for expected in [
        "config.ron：theme「neon」不是dark、light、contrast、mono之一；改用dark",
        "config.ron：lang「fr」不是en或zh-HK；改由系統的語言設定決定",
        "config.ron：keys：沒有名為「fly」的功能；不予理會",
        "config.ron：keys：quit：無法讀取按鍵「Ctrl-Shift-Q」；不予理會",
    ] {
        assert!(said.iter().any(|s| s == expected), "{expected}\n{said:#?}");
    }
    // The values a configuration may hold are named as it writes them.
    let themes = hkbm::ui::theme::THEMES.join(" ");
    for s in &said {
        chinese(s, &[text, "config.ron", &themes]);
    }
    let (_, problems) = hkbm::config::Config::from_text(path, "(mouse: 5)");
    assert_eq!(
        problems[0].to_string(),
        "config.ron:1:8：這裏應為true或false；改用預設設定"
    );
}

/// The configuration's problems are said in the locale's language when no
/// `--lang` is given (the configuration is read to learn the language, so
/// before the language it names is known). Only where the config
/// folder follows XDG_CONFIG_HOME: elsewhere the test would write into the
/// user's real configuration.
#[cfg(target_os = "linux")]
#[test]
fn configuration_problems_follow_the_locale_and_lang() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("hkbm");
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("config.ron");
    fs::write(&file, "(theme: \"neon\")\n").unwrap();
    let config = home.path().to_str().unwrap();
    let warning = |locale: &str| {
        let o = hkbm_env(
            &["check", NEW],
            &[("XDG_CONFIG_HOME", config), ("LC_MESSAGES", locale)],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        stderr(&o)
    };
    let shown = file.display().to_string();
    let zh = format!(
        "hkbm: 警告：{shown}：theme「neon」不是dark、light、contrast、mono之一；改用dark\n"
    );
    let en = format!(
        "hkbm: warning: {shown}: theme \"neon\" is not one of dark, light, contrast, mono; using dark\n"
    );
    assert_eq!(warning("zh_HK.UTF-8"), zh);
    assert_eq!(warning("C"), en);
}
