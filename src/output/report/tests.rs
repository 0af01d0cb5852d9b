//! The reports in both languages: golden files of the HTML and CSV reports
//! (the Markdown one's English golden is beside its code), the Chinese ones
//! beside the English, and checks that a Chinese report has no English
//! left but the names, ids and texts it was given.

use std::collections::BTreeSet;

use crate::i18n::{Lang, scoped};
use crate::model::date::parse_iso;
use crate::model::due::Terms;
use crate::model::{ContentPack, Session};
use crate::output::golden::{NEW, OLD, session};
use crate::store::content::built_in_in;

use super::*;

/// The built-in pack of `lang` and an example session read with it, as
/// `hkbm report --lang` reads them.
fn example(lang: Lang, name: &str) -> (ContentPack, Session) {
    let pack = built_in_in(lang).expect("the built-in pack loads").pack;
    let s = session(&pack, name);
    (pack, s)
}

/// The HTML report as `hkbm report --format html --today 2026-02-15` writes it.
fn html_on(pack: &ContentPack, s: &Session, by_owner: bool) -> String {
    let actions = HtmlActions {
        by_owner,
        terms: Terms::hong_kong(),
        today: parse_iso("2026-02-15"),
    };
    html_with(pack, s, &actions)
}

#[test]
fn golden_html_and_csv_in_english() {
    let _en = scoped(Lang::En);
    let (pack, s) = example(Lang::En, NEW);
    insta::assert_snapshot!("report_html", html_on(&pack, &s, false));
    insta::assert_snapshot!("report_html_by_owner", html_on(&pack, &s, true));
    insta::assert_snapshot!("report_csv_items", csv_items(&pack, &s));
    insta::assert_snapshot!("report_csv_benchmarks", csv_benchmarks(&pack, &s));
}

#[test]
fn golden_reports_in_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let (pack, s) = example(Lang::ZhHk, NEW);
    insta::assert_snapshot!("report_md_zh_hk", markdown(&pack, &s));
    insta::assert_snapshot!("report_html_zh_hk", html_on(&pack, &s, false));
    insta::assert_snapshot!("report_html_by_owner_zh_hk", html_on(&pack, &s, true));
    insta::assert_snapshot!("report_csv_items_zh_hk", csv_items(&pack, &s));
    insta::assert_snapshot!("report_csv_benchmarks_zh_hk", csv_benchmarks(&pack, &s));
    // The year with retired history (read with the 2.0.0 pack).
    let (pack, old) = example(Lang::ZhHk, OLD);
    insta::assert_snapshot!("report_md_retired_zh_hk", markdown(&pack, &old));
}

/// The text a reader sees in an HTML report: the text between its tags
/// (not the style), the tooltips and the radar's accessible name, and the
/// running header and footer of the printed page (the `content` strings of
/// the style), entities decoded.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    // The running header and footer.
    for part in html.split("content: \"").skip(1) {
        if let Some((text, _)) = part.split_once('"') {
            out.push_str(text);
            out.push('\n');
        }
    }
    let body = &html[html.find("</style>").expect("a style")..];
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        out.push(' ');
        let close = rest[open..].find('>').expect("a closed tag") + open;
        let tag = &rest[open..close];
        for attr in ["title=\"", "aria-label=\""] {
            if let Some(at) = tag.find(attr) {
                let value = &tag[at + attr.len()..];
                out.push_str(&value[..value.find('"').unwrap_or(value.len())]);
                out.push(' ');
            }
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// The words of Latin letters, three or more, in `text`, leaving out what is
/// no word of a language: addresses (`https://…`, `www.…`), ids and keys
/// (`bm2.implement.1`, `destination_years`), versions.
fn latin_words(text: &str) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for token in text.split(|c: char| c.is_whitespace() || !c.is_ascii() && !c.is_alphanumeric()) {
        if token.contains("://") || token.starts_with("www.") {
            continue;
        }
        // An id or a key: letters joined to digits, dots or underscores.
        let core = token.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        if core.contains(['.', '_'])
            && core
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        {
            continue;
        }
        for w in token.split(|c: char| !c.is_ascii_alphabetic()) {
            if w.len() >= 3 {
                words.insert(w.to_string());
            }
        }
    }
    words
}

/// Every word a Chinese report may keep in Latin letters, from the data it
/// is made of: the pack's texts (its acronyms, names of bodies, URLs), the
/// session's texts (names of the school and people, notes, owners, dues)
/// and its retired history as read (its words are the file's, and those of
/// the migration that wrote it, which speaks through another part of the
/// catalogue).
fn allowed(pack_dir: &str, s: &Session) -> BTreeSet<String> {
    let mut texts = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for e in std::fs::read_dir(root.join(pack_dir)).unwrap().flatten() {
        let ron = std::fs::read_to_string(e.path()).unwrap();
        // The pack's strings, not its field names.
        texts.extend(ron.split('"').skip(1).step_by(2).map(str::to_string));
    }
    texts.extend([s.school.clone(), s.year.clone(), s.facilitator.clone()]);
    texts.extend(s.participants.iter().cloned());
    for b in &s.benchmarks {
        texts.push(b.notes.clone());
        texts.extend(b.criteria.iter().map(|c| c.note.clone()));
        for t in &b.tips {
            texts.extend([t.owner.clone(), t.due.clone(), t.note.clone()]);
        }
        for r in &b.retired {
            texts.extend([r.text.clone(), r.reason.clone(), r.note.clone()]);
            texts.extend(r.measured.iter().map(|(k, v)| {
                crate::model::migrate::retired_value(&r.id, &r.recorded_with, k, *v)
            }));
        }
    }
    texts.iter().flat_map(|t| latin_words(t)).collect()
}

#[test]
fn the_chinese_reports_leave_no_english_but_the_data() {
    let _zh = scoped(Lang::ZhHk);
    for name in [OLD, NEW] {
        let (pack, mut s) = example(Lang::ZhHk, name);
        // What a Chinese school writes: its notes in Chinese (the names of
        // people, the school and the dues stay as the example has them), so
        // an English word left is the report's or the pack's.
        for b in &mut s.benchmarks {
            if !b.notes.is_empty() {
                b.notes = "會議紀錄已存檔。".into();
            }
            for c in b.criteria.iter_mut().filter(|c| !c.note.is_empty()) {
                c.note = "已上載證據。".into();
            }
            for t in b.tips.iter_mut().filter(|t| !t.note.is_empty()) {
                t.note = "已跟進。".into();
            }
            for r in b.retired.iter_mut().filter(|r| !r.note.is_empty()) {
                r.note = "舊紀錄。".into();
            }
        }
        let allowed = allowed("content/zh-HK", &s);
        let outputs = [
            ("md", markdown(&pack, &s)),
            ("html", visible_text(&html_on(&pack, &s, false))),
            ("html by owner", visible_text(&html_on(&pack, &s, true))),
        ];
        for (format, text) in outputs {
            let left: Vec<String> = latin_words(&text)
                .into_iter()
                .filter(|w| !allowed.contains(w))
                .collect();
            assert!(left.is_empty(), "{name} {format}: English left: {left:?}");
            // Something Chinese of the report's own, besides the pack's.
            assert!(
                text.contains("十項基準") || format != "md",
                "{name} {format}"
            );
        }
        // The same check finds the English report's own words.
        let _en = scoped(Lang::En);
        let (pack, _) = example(Lang::En, name);
        let left: Vec<String> = latin_words(&visible_text(&html_on(&pack, &s, false)))
            .into_iter()
            .filter(|w| !allowed.contains(w))
            .collect();
        for word in ["Summary", "Criteria", "Score", "late", "page"] {
            assert!(
                left.iter().any(|w| w == word),
                "{word} not caught: {left:?}"
            );
        }
    }
}

#[test]
fn the_chinese_html_is_marked_chinese_and_set_and_broken_as_chinese() {
    let _zh = scoped(Lang::ZhHk);
    let (pack, s) = example(Lang::ZhHk, NEW);
    let out = html_on(&pack, &s, true);
    assert!(out.contains("<html lang=\"zh-HK\">"));
    // Traditional Chinese faces before any other, in the body and on the
    // running header and footer.
    let body_font = "body { font-family: \"Noto Sans CJK TC\", \"Noto Sans TC\"";
    assert!(out.contains(body_font), "no CJK font stack for the body");
    let margin_font = "font-family: \"Noto Sans CJK TC\"";
    assert!(out.matches(margin_font).count() > 10);
    assert!(out.contains("\"WenQuanYi Micro Hei\", sans-serif"));
    // Strict Chinese line breaking, a long URL still wrapped.
    assert!(out.contains("line-break: strict; word-break: normal;"));
    assert!(out.contains("overflow-wrap: anywhere"));
    // The page counters inside the Chinese words.
    assert!(out.contains("content: \"第\" counter(page) \"頁，共\" counter(pages) \"頁\";"));
    assert!(out.contains("content: \"HKBM自評\";"));
    assert!(out.contains("@top-right { content: \"摘要\";"));
    assert!(out.contains("@top-right { content: \"按負責人列出的行動\";"));
    assert!(out.contains("@top-right { content: \"基準3：出路資訊\";"));
    // Narrow columns wide enough for their Chinese headings on one line
    // (「已評分」, 「已決定建議」); English headings keep their widths.
    assert!(out.contains("<col style=\"width:4em\"><col style=\"width:6.1em\"></colgroup>"));
    assert_eq!(super::html::heading_room("Tips decided", "5.4em"), "5.4em");
    assert_eq!(super::html::heading_room("已評分", "3.7em"), "4em");
    assert_eq!(super::html::heading_room("負責人", "8em"), "8em");
    // "LATE 2 weeks" and the radar's rings in Chinese.
    assert!(out.contains("<strong class=\"late\">逾期</strong><span class=\"nw\">2星期</span>"));
    assert!(out.contains("class=\"ring\">100%</text>"));
    assert!(out.contains("aria-label=\"十項基準分數的雷達圖\""));

    let _en = scoped(Lang::En);
    let (pack, s) = example(Lang::En, NEW);
    let out = html_on(&pack, &s, false);
    assert!(out.contains("<html lang=\"en\">") && !out.contains("line-break: strict"));
    assert!(out.contains("content: \"page \" counter(page) \" of \" counter(pages);"));
}

#[test]
fn the_csv_keeps_its_keys_and_writes_its_words_in_the_language() {
    let head = |csv: &str| csv.lines().next().unwrap().to_string();
    let both = |name: &str| {
        let _en = scoped(Lang::En);
        let (pack, s) = example(Lang::En, name);
        let en = (csv_items(&pack, &s), csv_benchmarks(&pack, &s));
        let _zh = scoped(Lang::ZhHk);
        let (pack, s) = example(Lang::ZhHk, name);
        (en, (csv_items(&pack, &s), csv_benchmarks(&pack, &s)))
    };
    // (The year with retired history is read with the 2.0.0 pack; the
    // Chinese pack retires one more measured value of it, so its rows are
    // compared on this year only.)
    let (en, zh) = both(NEW);
    // The same column heads, the same rows, the same ids and keys.
    assert_eq!(head(&en.0), head(&zh.0));
    assert_eq!(head(&en.1), head(&zh.1));
    assert_eq!(parse(&en.0).len(), parse(&zh.0).len());
    assert_eq!(parse(&en.1).len(), parse(&zh.1).len());
    let column = |csv: &str, name: &str| -> Vec<String> {
        let rows = parse(csv);
        let at = rows[0].iter().position(|h| h == name).unwrap();
        rows[1..].iter().map(|r| r[at].clone()).collect()
    };
    for key in [
        "benchmark",
        "kind",
        "id",
        "phase",
        "measure",
        "value",
        "rating",
    ] {
        assert_eq!(column(&en.0, key), column(&zh.0, key), "{key}");
    }
    for key in [
        "benchmark",
        "id",
        "score",
        "rated",
        "target_percent",
        "tips_decided",
    ] {
        assert_eq!(column(&en.1, key), column(&zh.1, key), "{key}");
    }
    // The words follow the language.
    let statuses = column(&zh.0, "status");
    assert!(statuses.iter().any(|s| s == "進行中") && statuses.iter().any(|s| s == "未討論"));
    assert!(!statuses.iter().any(|s| s.contains("progress")));
    assert!(column(&zh.0, "met").iter().any(|s| s == "是"));
    assert!(column(&zh.0, "unit").iter().any(|s| s == "每年"));
    assert!(column(&zh.0, "rating_label").iter().any(|s| s == "未評分"));
    assert!(column(&en.0, "status").iter().any(|s| s == "in progress"));
    // The retired history's rows (the year read with the 2.0.0 pack).
    let (en, zh) = both(OLD);
    assert!(
        column(&zh.0, "source")
            .iter()
            .any(|s| s == "已停用（1.0.0）")
    );
    assert!(
        column(&en.0, "source")
            .iter()
            .any(|s| s == "retired (1.0.0)")
    );
}

/// The rows of a CSV document and their cells (quoted cells may hold
/// commas, quotes and line breaks).
fn parse(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = csv.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => row.push(std::mem::take(&mut cell)),
            '\r' if !quoted => {}
            '\n' if !quoted => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            c => cell.push(c),
        }
    }
    rows
}

#[test]
fn page_one_cuts_chinese_by_its_width_never_inside_a_character() {
    assert_eq!(super::html::clip("abcdefghij", 6), "abcde…");
    let zh = "為參與生涯發展工作的教職員制訂持續專業發展計劃";
    let cut = super::html::clip(zh, 20);
    // Twenty columns: nine Chinese characters (two columns each) and "…".
    assert_eq!(cut, "為參與生涯發展工作…");
    assert!(crate::text::width(&cut) <= 20);
}

#[test]
fn an_owner_is_kept_on_one_line_only_when_it_fits_its_column() {
    use super::html::owner_cell;
    assert_eq!(
        owner_cell("Ms Wong", 36),
        "<span class=\"nw\">Ms Wong</span>"
    );
    assert_eq!(
        owner_cell("陳大文副校長", 36),
        "<span class=\"nw\">陳大文副校長</span>"
    );
    // Ten Chinese characters are twenty columns: too wide for one line.
    assert_eq!(
        owner_cell("黃家欣老師升學輔導主任", 36),
        "黃家欣老師升學輔導主任"
    );
    assert_eq!(owner_cell("Ms Wong, Mr Chan", 36), "Ms Wong, Mr Chan");
}
