//! The HTML report printed to A4 as a principal would print it: headless
//! Chromium writes a PDF, `pdftotext -bbox` (poppler-utils) says where every
//! word landed, and the pages are checked as a reader would look at them —
//! page 1 a summary of its own, no page nearly empty except the last of a
//! benchmark, every page numbered and headed, the type not shrunk and
//! nothing past the margins, even with a long URL and Chinese evidence.
//!
//! Skipped, with a message, when Chromium is not installed (`.ci/run`
//! installs it and poppler-utils).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{NEW, OLD, example, hkbm_env};

/// A4 in PDF points, and the report's page margins (16 mm top, 15 mm
/// elsewhere).
const PAGE_W: f64 = 595.0;
const PAGE_H: f64 = 842.0;
const MARGIN: f64 = 42.5;
const TOP: f64 = 45.4;

fn chromium() -> Option<&'static str> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| Path::new(p).exists())
}

/// One word of the printed PDF and its box, in points from the top left.
#[derive(Debug, Clone)]
struct Word {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    text: String,
}

impl Word {
    fn height(&self) -> f64 {
        self.y1 - self.y0
    }
}

/// A printed page: the words in the running header and footer, and those
/// of the page's body.
#[derive(Debug)]
struct Page {
    header: String,
    footer: String,
    body: Vec<Word>,
}

impl Page {
    /// How far down the page's body the text reaches (0 to 1).
    fn fill(&self) -> f64 {
        let bottom = self.body.iter().map(|w| w.y1).fold(TOP, f64::max);
        (bottom - TOP) / (PAGE_H - MARGIN - TOP)
    }

    fn text(&self) -> String {
        self.body
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn attr(tag: &str, name: &str) -> f64 {
    let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    let end = tag[at..].find('"').unwrap();
    tag[at..at + end].parse().unwrap()
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The pages of `pdf` as `pdftotext -bbox` reads them.
fn pages_of(pdf: &Path) -> Vec<Page> {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .expect(
            "pdftotext (poppler-utils) is needed beside chromium: apt-get install poppler-utils",
        );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    text.split("<page ")
        .skip(1)
        .map(|page| {
            let mut p = Page {
                header: String::new(),
                footer: String::new(),
                body: Vec::new(),
            };
            for part in page.split("<word ").skip(1) {
                let (tag, rest) = part.split_once('>').unwrap();
                let w = Word {
                    x0: attr(tag, "xMin"),
                    y0: attr(tag, "yMin"),
                    x1: attr(tag, "xMax"),
                    y1: attr(tag, "yMax"),
                    text: unescape(rest.split_once("</word>").unwrap().0),
                };
                if w.y1 < TOP {
                    p.header = format!("{} {}", p.header, w.text).trim().to_string();
                } else if w.y0 > PAGE_H - MARGIN {
                    p.footer = format!("{} {}", p.footer, w.text).trim().to_string();
                } else {
                    p.body.push(w);
                }
            }
            p
        })
        .collect()
}

/// Print `html` to a PDF with headless Chromium, as "Save as PDF" does
/// (without the browser's own header and footer).
fn print(browser: &str, dir: &Path, name: &str, html: &str) -> PathBuf {
    let file = dir.join(format!("{name}.html"));
    fs::write(&file, html).unwrap();
    let pdf = dir.join(format!("{name}.pdf"));
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("run chromium");
    assert!(
        out.status.success() && pdf.exists(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    pdf
}

/// The words a printed report is checked for, in its language.
struct Words {
    /// `--lang`.
    lang: &'static str,
    /// The running header of page 1 ends with it.
    summary: &'static str,
    /// Page 1 has each of these.
    page_1: [&'static str; 4],
    /// The running header of a benchmark's page: this, its number, then
    /// `after`.
    benchmark: &'static str,
    after: char,
    /// The footer of page `i` of `n`.
    footer: fn(usize, usize) -> String,
    /// A page that continues a benchmark may start with one of these
    /// (table header rows, then headings).
    table_heads: [&'static str; 3],
    headings: [&'static str; 4],
    /// What follows the id of a line of the retired history.
    retired: &'static str,
}

const EN: Words = Words {
    lang: "en",
    summary: "Summary",
    page_1: ["Top actions", "Trend", "Tips", "open action"],
    benchmark: "Benchmark ",
    after: ':',
    footer: |i, n| format!("HKBM review page {i} of {n}"),
    table_heads: [
        "Criterion Rating",
        "Tip Phase, status",
        "Due Action Benchmark",
    ],
    headings: ["Action list", "Notes", "Retired history", "Criteria"],
    retired: " (content",
};

const ZH_HK: Words = Words {
    lang: "zh-HK",
    summary: "摘要",
    page_1: ["優先跟進的行動", "趨勢", "已決定", "項未完成的行動"],
    benchmark: "基準",
    after: '：',
    footer: |i, n| format!("HKBM自評 第{i}頁，共{n}頁"),
    table_heads: ["準則 評分", "建議 階段、狀態", "限期 行動 基準"],
    headings: ["行動清單", "備註", "已停用項目的歷史資料", "準則"],
    retired: "（內容版本",
};

fn report(file: &Path, words: &Words) -> String {
    let o = hkbm_env(
        &[
            "report",
            file.to_str().unwrap(),
            "--format",
            "html",
            "--today",
            "2026-02-15",
            "--lang",
            words.lang,
        ],
        &[],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

/// The benchmark a page belongs to, from its running header.
fn benchmark_of(p: &Page, words: &Words) -> Option<u32> {
    let at = p.header.rfind(words.benchmark)? + words.benchmark.len();
    p.header[at..].split(words.after).next()?.parse().ok()
}

/// What a reader would notice on every page of a printed report.
fn check_pages(name: &str, pages: &[Page], words: &Words) {
    let benchmark_of = |p: &Page| benchmark_of(p, words);
    let n = pages.len();
    let report: Vec<String> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}: {:.0} % {}", i + 1, p.fill() * 100.0, p.header))
        .collect();
    eprintln!("{name}: {n} pages\n  {}", report.join("\n  "));
    // Page 1 is the whole summary, and only that: the next page starts
    // benchmark 1 with its heading.
    let first = pages[0].text();
    assert!(pages[0].header.ends_with(words.summary), "{name}: {first}");
    for needed in words.page_1 {
        assert!(first.contains(needed), "{name}: page 1 lacks {needed:?}");
    }
    assert_eq!(benchmark_of(&pages[1]), Some(1), "{name}: page 2");
    assert!(
        pages[1].text().starts_with("1. "),
        "{name}: page 2 starts with {}",
        pages[1].text()
    );
    for (i, p) in pages.iter().enumerate() {
        let at = format!("{name} page {}", i + 1);
        // Numbered and headed, so a loose page can be put back.
        assert_eq!(p.footer, (words.footer)(i + 1, n), "{at}");
        assert!(
            p.header.starts_with("Lantau Bay College"),
            "{at}: {}",
            p.header
        );
        // Nothing past the margins.
        for w in &p.body {
            assert!(
                w.x0 >= MARGIN - 1.0 && w.x1 <= PAGE_W - MARGIN + 1.0,
                "{at}: {w:?} is outside the margins"
            );
        }
        // Not shrunk to fit: most words are table or body type (9–10 pt,
        // boxes about 10–12 pt high); a page scaled to fit a long line
        // has much smaller ones.
        let mut heights: Vec<f64> = p.body.iter().map(Word::height).collect();
        heights.sort_by(f64::total_cmp);
        let median = heights[heights.len() / 2];
        assert!(median >= 8.0, "{at}: median word height {median:.1} pt");
        // Nearly empty only where a benchmark ends (the next page starts
        // another, or this is the last page).
        let ends_benchmark = i + 1 == n || benchmark_of(&pages[i + 1]) != benchmark_of(p);
        assert!(
            p.fill() > 0.35 || ends_benchmark,
            "{at} is {:.0} % full in the middle of a benchmark:\n{}",
            p.fill() * 100.0,
            p.text()
        );
    }
    // A benchmark starts on a page of its own: its number heads it.
    for b in 1..=10u32 {
        let start = pages.iter().position(|p| benchmark_of(p) == Some(b));
        let start = start.unwrap_or_else(|| panic!("{name}: no page for benchmark {b}"));
        assert!(
            pages[start].text().starts_with(&format!("{b}. ")),
            "{name}: {b}"
        );
    }
}

/// Where a repeated table header shows: a page that continues a table
/// starts with that table's header row.
fn starts_with_header(p: &Page, words: &Words) -> bool {
    let t = p.text();
    words.table_heads.iter().any(|h| t.starts_with(h))
}

/// A session as schools write them: a long URL pasted into the evidence
/// and the notes, and evidence in Chinese. Returns it and the URL.
fn hostile_session(dir: &Path) -> (PathBuf, String) {
    let pack = hkbm::store::content::built_in().unwrap().pack;
    let mut s = hkbm::store::session::load(&example(NEW), &pack)
        .unwrap()
        .session;
    let url = format!(
        "https://docs.example.edu.hk/career/2025-26/evidence?file={}&view=full",
        "a1b2c3d4e5f6".repeat(12)
    );
    for b in &mut s.benchmarks {
        if b.id == "bm3" {
            b.notes = format!("Minutes of the panel meeting: {url}");
            b.criteria[0].note = format!("See {url}");
            b.criteria[1].note = CHINESE.to_string();
        }
    }
    let hostile = dir.join("hostile.ron");
    hkbm::store::session::save(&hostile, &s).unwrap();
    (hostile, url)
}

const CHINESE: &str = "本校已於二零二五年九月舉行生涯規劃周，全體中四學生參加職場體驗，並由班主任於課後帶領反思，家長亦獲邀出席分享會，反應踴躍。";

/// Whether `c` is a Chinese character.
fn han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Print the three sessions in one language and check every page; the
/// pages of each, and the printed words of all.
fn print_all(browser: &str, words: &Words) -> Vec<(String, Vec<Page>)> {
    let dir = tempfile::tempdir().unwrap();
    let (hostile, url) = hostile_session(dir.path());
    let mut printed = Vec::new();
    for (name, file) in [
        ("2024-25", example(OLD)),
        ("2025-26", example(NEW)),
        ("hostile", hostile),
    ] {
        let name = format!("{name} {}", words.lang);
        let html = report(&file, words);
        let pdf = print(browser, dir.path(), &name.replace(' ', "-"), &html);
        let pages = pages_of(&pdf);
        check_pages(&name, &pages, words);
        // A page that continues a benchmark starts with a table's header
        // row (repeated there), a heading, or a line of the retired history
        // list: never with a bare table row.
        for (i, p) in pages.iter().enumerate().skip(1) {
            if benchmark_of(&pages[i - 1], words) != benchmark_of(p, words) {
                continue;
            }
            let t = p.text();
            let first = t.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            let retired = first.contains(words.retired);
            assert!(
                starts_with_header(p, words)
                    || words.headings.iter().any(|h| t.starts_with(h))
                    || retired,
                "{name} page {} continues without a header: {}",
                i + 1,
                t.chars().take(80).collect::<String>()
            );
        }
        if name.starts_with("hostile") {
            let all: String = pages
                .iter()
                .flat_map(|p| p.body.iter().map(|w| w.text.clone()))
                .collect();
            // The URL is printed whole (wrapped, not cut at the margin).
            assert!(all.contains(&url), "{name}: the long URL is cut");
            // The Chinese evidence runs in lines of many characters, not a
            // narrow column of two or three.
            let lines: Vec<&Word> = pages
                .iter()
                .flat_map(|p| &p.body)
                .filter(|w| w.text.chars().any(han))
                .collect();
            assert!(!lines.is_empty(), "{name}: no Chinese printed");
            let widest = lines.iter().map(|w| w.text.chars().count()).max().unwrap();
            assert!(
                widest >= 12,
                "{name}: Chinese evidence in lines of {widest} characters at most: {lines:?}"
            );
        }
        printed.push((name, pages));
    }
    printed
}

#[test]
fn the_printed_report_reads_well_on_a4() {
    let Some(browser) = chromium() else {
        eprintln!(
            "SKIPPED: chromium is not installed (apt-get install chromium poppler-utils); the report was not printed"
        );
        return;
    };
    let counts: Vec<usize> = print_all(browser, &EN)
        .iter()
        .map(|(_, pages)| pages.len())
        .collect();
    // A summary page and ten benchmarks, none spilling much: the long URL
    // adds at most a page or two, it does not shrink the report.
    assert!((11..=20).contains(&counts[0]), "2024-25: {}", counts[0]);
    assert!((11..=20).contains(&counts[1]), "2025-26: {}", counts[1]);
    assert!(
        counts[2] >= counts[1] && counts[2] <= counts[1] + 2,
        "hostile: {} pages against {}",
        counts[2],
        counts[1]
    );
}

/// Closing punctuation a Chinese line never starts with, and opening
/// punctuation it never ends with.
const NO_LINE_START: &[char] = &['、', '。', '，', '）', '」', '；', '：', '！', '？', '』'];
const NO_LINE_END: &[char] = &['（', '「', '『'];

#[test]
fn the_printed_chinese_report_reads_well_on_a4() {
    let Some(browser) = chromium() else {
        eprintln!(
            "SKIPPED: chromium is not installed (apt-get install chromium poppler-utils); the report was not printed"
        );
        return;
    };
    let cjk = Command::new("fc-list").arg(":lang=zh").output();
    if !cjk.is_ok_and(|o| !o.stdout.is_empty()) {
        eprintln!(
            "SKIPPED: no Chinese font (apt-get install fonts-wqy-microhei or fonts-noto-cjk); the Chinese report was not printed"
        );
        return;
    }
    let printed = print_all(browser, &ZH_HK);
    let mut wrapped = 0;
    for (name, pages) in &printed {
        // Chinese printed as Chinese (a font was found): the headings are
        // words of Chinese characters, not boxes.
        assert!(pages[0].text().contains("十項基準") || pages[0].text().contains("優先跟進"));
        for (i, p) in pages.iter().enumerate() {
            // A line of Chinese is never broken before closing punctuation
            // nor after opening punctuation (strict line breaking).
            let broken = broken_lines(p);
            for (before, line) in &broken {
                let first = line.chars().next().unwrap_or(' ');
                let last = before.chars().last().unwrap_or(' ');
                assert!(
                    !NO_LINE_START.contains(&first),
                    "{name} page {}: a line starts with {first:?}: {before} / {line}",
                    i + 1
                );
                assert!(
                    !NO_LINE_END.contains(&last),
                    "{name} page {}: a line ends with {last:?}: {before} / {line}",
                    i + 1
                );
            }
            wrapped += broken.len();
        }
    }
    // The check saw the wrapped lines (the reports wrap hundreds).
    assert!(wrapped > 300, "only {wrapped} wrapped lines found");
    let counts: Vec<usize> = printed.iter().map(|(_, pages)| pages.len()).collect();
    assert!((11..=22).contains(&counts[0]), "2024-25: {}", counts[0]);
    assert!((11..=22).contains(&counts[1]), "2025-26: {}", counts[1]);
    assert!(
        counts[2] >= counts[1] && counts[2] <= counts[1] + 2,
        "hostile: {} pages against {}",
        counts[2],
        counts[1]
    );
}

/// The lines of a page's body that continue a paragraph or a cell: each
/// with the line before it. A line continues the one above when it starts
/// at the same left edge a line's height below (a wrapped line of text; a
/// table's first lines stand beside each other, not under). A line is the
/// words of one baseline from its first, while no wide gap parts them.
fn broken_lines(p: &Page) -> Vec<(String, String)> {
    let line_from = |first: &Word| -> String {
        let mut on_line: Vec<&Word> = p
            .body
            .iter()
            .filter(|w| (w.y1 - first.y1).abs() < 1.0 && w.x0 >= first.x0 - 0.5)
            .collect();
        on_line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut text = String::new();
        let mut x1 = first.x0;
        for w in on_line {
            if w.x0 - x1 > 6.0 {
                break;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&w.text);
            x1 = w.x1;
        }
        text
    };
    let mut out = Vec::new();
    for w in &p.body {
        let above = p
            .body
            .iter()
            .find(|u| (u.x0 - w.x0).abs() < 0.5 && w.y1 - u.y1 > 6.0 && w.y1 - u.y1 < 16.0);
        if let Some(u) = above {
            out.push((line_from(u), line_from(w)));
        }
    }
    out
}
