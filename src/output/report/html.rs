//! One self-contained HTML file with an SVG radar that prints to A4.

use std::fmt::Write as _;

use crate::i18n::{Lang, num};
use crate::model::content::{Benchmark, OURS_MARK, Sourced};
use crate::model::date::Date;
use crate::model::due::{Due, Terms};
use crate::model::score::format_score;
use crate::model::tracker::{self, ActionItem};
use crate::model::{ContentPack, Session};
use crate::output::summary::Summary;
use crate::radar::{RINGS, unit_point};
use crate::tr;

use super::*;

/// HTML-escaped text (line breaks kept as `<br>` when `lines`).
pub fn html_text(s: &str, lines: bool) -> String {
    let s = crate::text::inert_block(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' if lines => out.push_str("<br>"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Text set inside a CSS string (`content: "…"` of a running header):
/// control characters made inert, quotes and backslashes escaped, and `<`
/// written as an escape so a name can never close the `<style>` element.
fn css_string(s: &str) -> String {
    let s = crate::text::inert_line(s);
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' | '>' | '&' | '\n' | '\r' => {
                let _ = write!(out, "\\{:x} ", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `s` in at most `max` columns of display width (a Chinese character
/// counts two, so a Chinese text is cut at half as many characters as an
/// English one of the same width), with "…" when cut, never inside a
/// character (for page 1, which must stay one page; the full text is on the
/// benchmark's page).
pub(super) fn clip(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if text_width(&s) <= max {
        return s;
    }
    let cut = crate::text::fit(&s, max);
    format!("{}…", cut.trim_end_matches('…').trim_end())
}

/// Short generated text ("75 %", "▲ +25") kept on one line.
fn one_line(s: &str) -> String {
    format!("<span class=\"nw\">{}</span>", html_text(s, false))
}

/// How wide text prints, in half-ems: a Chinese character counts two.
fn text_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// The widths, in per cent of the table, of a table's text columns, out
/// of `room` per cent for all of them: the split that prints the rows in
/// the fewest lines, each column after the first between 16 % and 48 % (an
/// empty one gets nothing: it is left out) and the first, which takes what
/// is left, at least 24 %. `rows` holds each row's text cells.
fn text_shares(rows: &[Vec<String>], room: u32) -> Vec<u32> {
    let m = rows.first().map_or(0, Vec::len);
    // About 1.1 half-em of 9 pt type per per cent of an A4 table, less the
    // cell's padding.
    let lines = |cell: &str, share: u32| -> usize {
        let per_line = (f64::from(share) * 1.1 - 1.5).max(1.0);
        cell.split('\n')
            .map(|l| ((text_width(l) as f64 / per_line).ceil() as usize).max(1))
            .sum()
    };
    let options: Vec<Vec<u32>> = (1..m)
        .map(|c| {
            if rows.iter().all(|r| r[c].trim().is_empty()) {
                vec![0]
            } else {
                (16..=48).step_by(2).collect()
            }
        })
        .collect();
    let mut best: (usize, Vec<u32>) = (usize::MAX, vec![room; m]);
    let mut pick = vec![0usize; options.len()];
    loop {
        let others: Vec<u32> = pick.iter().zip(&options).map(|(&i, o)| o[i]).collect();
        let first = room.saturating_sub(others.iter().sum());
        if first >= 24 {
            let all: Vec<u32> = std::iter::once(first).chain(others).collect();
            let cost = rows
                .iter()
                .map(|r| {
                    r.iter()
                        .zip(&all)
                        .map(|(cell, &w)| if w == 0 { 1 } else { lines(cell, w) })
                        .max()
                        .unwrap_or(1)
                })
                .sum();
            if cost < best.0 {
                best = (cost, all);
            }
        }
        // The next combination, like an odometer.
        let mut k = 0;
        loop {
            if k == pick.len() {
                return best.1;
            }
            pick[k] += 1;
            if pick[k] < options[k].len() {
                break;
            }
            pick[k] = 0;
            k += 1;
        }
    }
}

/// One column of a printed table: its heading's catalogue id and width
/// (CSS length, or empty for the column that takes what is left).
struct Col<'a>(&'a str, &'a str);

/// The start of a table whose header row repeats on every printed page and
/// whose columns have fixed widths, so a long word cannot widen the table
/// (and make the browser shrink the page) and a short column is never
/// squeezed to a few characters by a long one.
fn open_table(out: &mut String, class: &str, cols: &[Col]) {
    let _ = write!(
        out,
        "<div class=\"wrap\"><table class=\"{class}\"><colgroup>"
    );
    for Col(name, width) in cols {
        if width.is_empty() {
            out.push_str("<col>");
        } else {
            let width = heading_room(&tr!(*name), width);
            let _ = write!(out, "<col style=\"width:{width}\">");
        }
    }
    out.push_str("</colgroup>\n<thead><tr>");
    for Col(name, _) in cols {
        let _ = write!(out, "<th>{}</th>", html_text(&tr!(*name), false));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
}

/// A fixed column's width, widened to hold its heading on one line when the
/// heading is Chinese (which may break between any two characters, so a
/// narrow column would print 「已評/分」); an English heading breaks only
/// between its words and is left as it is.
pub(super) fn heading_room(heading: &str, width: &str) -> String {
    let wide = text_width(heading) > heading.chars().count();
    match width.strip_suffix("em").and_then(|w| w.parse::<f64>().ok()) {
        // A Chinese character is an em wide, in bold a little more; the
        // cell's padding is 0.7 em.
        Some(em) if wide => {
            let needed = text_width(heading) as f64 / 2.0 * 1.05 + 0.8;
            let em = em.max((needed * 10.0).ceil() / 10.0);
            format!("{em}em")
        }
        _ => width.to_string(),
    }
}

fn close_table(out: &mut String) {
    out.push_str("</tbody></table></div>\n");
}

/// Where an axis label sits: `r` from the centre on axis `k` of `n`, in
/// the radar's units (radius 100), with its anchor and the baseline
/// shifted so the text's box, not its baseline, starts at that distance.
fn axis_label_at(k: usize, n: usize, r: f64, font: f64) -> (f64, f64, &'static str) {
    let (ux, uy) = unit_point(k, n, 100.0);
    let (x, y) = (ux * r, -uy * r);
    let anchor = if ux.abs() < 0.2 {
        "middle"
    } else if ux > 0.0 {
        "start"
    } else {
        "end"
    };
    // Above the centre the text grows upwards from its baseline; below it
    // hangs from its top; at the sides it is centred on the axis.
    let y = if -uy < -0.8 {
        y
    } else if -uy > 0.8 {
        y + font * 0.8
    } else {
        y + font * 0.35 - uy * font * 0.4
    };
    (x, y, anchor)
}

/// An SVG radar of `sum`: current scores, targets and the baseline.
///
/// The ring labels sit between the first two axes, drawn last with a white
/// halo so no line crosses them; the axis labels start a clear gap outside
/// the 100 % ring, so a full score's vertex never touches its label.
pub fn svg_radar(sum: &Summary) -> String {
    let n = sum.benchmarks.len();
    let r = 100.0;
    let pt = |k: usize, v: f64| {
        let (x, y) = unit_point(k, n, v);
        (x * r, -y * r)
    };
    let poly = |values: &[Option<f64>]| -> String {
        (0..n)
            .map(|k| {
                let (x, y) = pt(k, values[k].unwrap_or(0.0));
                format!("{x:.1},{y:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="-195 -130 390 262" class="radar" role="img" aria-label="{}">"#,
        html_text(&tr!("report-radar-label"), false)
    );
    for ring in RINGS {
        let _ = write!(
            s,
            r##"<polygon points="{}" fill="none" stroke="#bbb" stroke-width="0.5"/>"##,
            poly(&vec![Some(ring); n])
        );
    }
    for k in 0..n {
        let (x, y) = pt(k, 100.0);
        let _ = write!(
            s,
            r##"<line x1="0" y1="0" x2="{x:.1}" y2="{y:.1}" stroke="#ccc" stroke-width="0.5"/>"##
        );
        let (lx, ly, anchor) = axis_label_at(k, n, 110.0, 10.0);
        let b = &sum.benchmarks[k];
        let _ = write!(
            s,
            r#"<text x="{lx:.1}" y="{ly:.1}" font-size="10" text-anchor="{anchor}" class="axis">{} {}</text>"#,
            b.number,
            html_text(&b.short, false)
        );
    }
    let baseline: Vec<Option<f64>> = sum.benchmarks.iter().map(|b| b.baseline).collect();
    let targets: Vec<Option<f64>> = sum
        .benchmarks
        .iter()
        .map(|b| b.target_percent.map(f64::from))
        .collect();
    let scores: Vec<Option<f64>> = sum.benchmarks.iter().map(|b| b.score).collect();
    let mut legend = Vec::new();
    // A series with every benchmark scored is a closed polygon; otherwise
    // its scored neighbours are joined and the unscored ones left as gaps.
    let series = |values: &[Option<f64>], attrs: &str, fill: &str| -> String {
        if values.iter().all(Option::is_some) {
            return format!(
                r#"<polygon points="{}" fill="{fill}" {attrs}/>"#,
                poly(values)
            );
        }
        let mut path = String::new();
        let mut dots = String::new();
        for k in 0..n {
            let next = (k + 1) % n;
            let here = values[k];
            if let (Some(a), Some(b)) = (here, values[next]) {
                let (x1, y1) = pt(k, a);
                let (x2, y2) = pt(next, b);
                let _ = write!(path, "M{x1:.1},{y1:.1} L{x2:.1},{y2:.1} ");
            }
            let prev = (k + n - 1) % n;
            if let (Some(v), None, None) = (here, values[prev], values[next]) {
                let (x, y) = pt(k, v);
                let _ = write!(dots, r#"<circle cx="{x:.1}" cy="{y:.1}" r="2" {attrs}/>"#);
            }
        }
        format!(
            r#"<path d="{}" fill="none" {attrs}/>{dots}"#,
            path.trim_end()
        )
    };
    if let Some(y) = &sum.baseline_year {
        s.push_str(&series(
            &baseline,
            r##"stroke="#4a7bd0" stroke-width="1.2" stroke-dasharray="3 2" class="baseline""##,
            "none",
        ));
        legend.push(("#4a7bd0", "3 2", html_text(&clip(y, 16), false)));
    }
    if targets.iter().any(Option::is_some) {
        s.push_str(&series(
            &targets,
            r##"stroke="#e08a00" stroke-width="1.2" stroke-dasharray="1 1.5" class="target""##,
            "none",
        ));
        legend.push((
            "#e08a00",
            "1 1.5",
            html_text(&tr!("report-radar-target"), false),
        ));
    }
    s.push_str(&series(
        &scores,
        r##"stroke="#2e9d4f" stroke-width="1.6" fill-opacity="0.2" class="current""##,
        "#2e9d4f",
    ));
    legend.push(("#2e9d4f", "none", html_text(&clip(&sum.year, 16), false)));
    // Ring labels on top of every line, on a white halo, half-way between
    // the first two axes (clear of the top axis label).
    let mid = std::f64::consts::PI / n as f64;
    for ring in RINGS {
        let (x, y) = (mid.sin() * ring * r / 100.0, -mid.cos() * ring * r / 100.0);
        let _ = write!(
            s,
            r##"<text x="{x:.1}" y="{:.1}" font-size="7" fill="#666" text-anchor="middle" stroke="#fff" stroke-width="2.4" paint-order="stroke" class="ring">{}</text>"##,
            y + 2.0,
            html_text(&tr!("report-radar-ring", percent = num(ring)), false)
        );
    }
    for (i, (colour, dash, name)) in legend.iter().enumerate() {
        // Stacked in the top-left corner, clear of the axis labels.
        let y = -122.0 + 12.0 * i as f64;
        let _ = write!(
            s,
            r#"<line x1="-193" y1="{y}" x2="-177" y2="{y}" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}"/><text x="-173" y="{:.0}" font-size="9">{name}</text>"#,
            y + 3.0
        );
    }
    s.push_str("</svg>");
    s
}

/// The style: fixed table layouts, wrapping anywhere as a last resort, and
/// the A4 page with its running header and page numbers.
const CSS: &str = r#"
body { font-family: "Noto Sans", "Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC", Arial, sans-serif; color: #111; margin: 1.5em auto; padding: 0 1em; max-width: 62em; line-height: 1.3; overflow-wrap: anywhere; }
h1 { font-size: 1.55em; margin: 0; line-height: 1.2; }
.subtitle { font-size: 1.15em; margin: 0.1em 0 0.3em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #2e9d4f; padding-bottom: 0.1em; margin: 0.9em 0 0.35em; break-after: avoid-page; page-break-after: avoid; }
section.benchmark > h2:first-child { margin-top: 0; }
h3 { font-size: 1.05em; margin: 0.8em 0 0.25em; break-after: avoid-page; page-break-after: avoid; }
p { margin: 0.3em 0; }
.wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; min-width: 34em; table-layout: fixed; margin: 0.3em 0 0.8em; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.15em 0.35em; vertical-align: top; text-align: left; }
th { background: #eef5ef; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.num, th.num { text-align: right; }
.nw { white-space: nowrap; }
.meta { color: #444; font-size: 0.9em; }
.small { font-size: 0.85em; }
.draft { color: #8a3f9b; font-weight: bold; }
.late { color: #b00020; }
.radar { display: block; width: 100%; max-width: 34em; margin: 0.2em auto; }
blockquote { border-left: 4px solid #ccc; margin: 0.4em 0; padding: 0.2em 0.8em; color: #333; }
@media screen and (max-width: 48em) {
  body { overflow-wrap: break-word; }
  table { table-layout: auto; min-width: 0; }
}
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
  .wrap { overflow: visible; }
  table { min-width: 0; }
  .radar { width: auto; height: 58mm; }
  a { color: inherit; text-decoration: none; }
  section.summary { page: summary; }
  section.owners { page: owners; break-before: page; page-break-before: always; }
  section.benchmark { break-before: page; page-break-before: always; }
}
"#;

/// The fonts of the English report (Chinese names and notes fall back to a
/// CJK font further down the list).
const FONTS_EN: &str =
    r#""Noto Sans", "Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC", Arial, sans-serif"#;

/// The fonts of the Chinese report: Traditional Chinese faces first (their
/// Latin letters and digits match the Chinese), as Linux, macOS and Windows
/// name them.
const FONTS_ZH_HK: &str = r#""Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC", "PingFang HK", "PingFang TC", "Microsoft JhengHei", "WenQuanYi Micro Hei", sans-serif"#;

/// The Chinese report's type and line breaking, over [`CSS`]: its fonts
/// ([`FONTS_ZH_HK`]), a little more leading, and lines broken by the strict
/// rules of Chinese typesetting (never before 、。，）」 and the like, never
/// after （「), words not broken letter by letter unless nothing else fits
/// (`overflow-wrap: anywhere` still wraps a long URL).
fn css_zh_hk() -> String {
    format!(
        "body {{ font-family: {FONTS_ZH_HK}; line-height: 1.4; line-break: strict; word-break: normal; }}\n\
         th, td, p, li, blockquote, h1, h2, h3 {{ line-break: strict; word-break: normal; }}\n"
    )
}

/// The fonts of the report in the language in use.
fn fonts() -> &'static str {
    match crate::i18n::lang() {
        Lang::En => FONTS_EN,
        Lang::ZhHk => FONTS_ZH_HK,
    }
}

/// The style of the report in the language in use.
fn css() -> String {
    match crate::i18n::lang() {
        Lang::En => CSS.to_string(),
        Lang::ZhHk => format!("{CSS}{}", css_zh_hk()),
    }
}

/// "page 3 of 12" as a CSS `content` value, the numbers the page counters:
/// `"page " counter(page) " of " counter(pages)`, in the language in use.
fn page_of_css() -> String {
    // Two characters a catalogue text never holds stand for the numbers.
    const PAGE: &str = "\u{e000}";
    const PAGES: &str = "\u{e001}";
    let text = tr!("report-page-of", page = PAGE, pages = PAGES);
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find([PAGE, PAGES].map(|m| m.chars().next().unwrap())) {
        if at > 0 {
            parts.push(css_string(&rest[..at]));
        }
        let counter = if rest[at..].starts_with(PAGE) {
            "counter(page)"
        } else {
            "counter(pages)"
        };
        parts.push(counter.to_string());
        rest = &rest[at + PAGE.len()..];
    }
    if !rest.is_empty() {
        parts.push(css_string(rest));
    }
    parts.join(" ")
}

/// The printed page: A4, a running header naming the school, the year and
/// the part of the report, and "page N of M" at the foot, so a loose page
/// can be put back. One named page per benchmark carries its title.
fn page_css(pack: &ContentPack, s: &Session, by_owner: bool) -> String {
    let margin = format!("font-family: {}; font-size: 8pt; color: #555;", fonts());
    let who = css_string(&format!("{} · {}", clip(&s.school, 60), clip(&s.year, 12)));
    let mut css = String::new();
    let _ = writeln!(
        css,
        "@page {{ size: A4; margin: 16mm 15mm 15mm 15mm; @top-left {{ content: {who}; {margin} }} @bottom-right {{ content: {}; {margin} }} @bottom-left {{ content: {}; {margin} }} }}",
        page_of_css(),
        css_string(&tr!("report-running-footer"))
    );
    let _ = writeln!(
        css,
        "@page summary {{ @top-right {{ content: {}; {margin} }} }}",
        css_string(&tr!("report-running-summary"))
    );
    if by_owner {
        let _ = writeln!(
            css,
            "@page owners {{ @top-right {{ content: {}; {margin} }} }}",
            css_string(&tr!("report-actions-by-owner"))
        );
    }
    for (k, bm) in pack.benchmarks.iter().enumerate() {
        let _ = writeln!(
            css,
            "@page bm-{k} {{ @top-right {{ content: {}; {margin} }} }}\n@media print {{ section.bm-{k} {{ page: bm-{k}; }} }}",
            css_string(&tr!(
                "report-running-benchmark",
                n = bm.number,
                short = clip(&bm.short, 30)
            ))
        );
    }
    css
}

/// How the HTML report lists the actions.
#[derive(Debug, Clone, Default)]
pub struct HtmlActions {
    /// One list grouped by owner (with lateness on `today`) instead of one
    /// list per benchmark.
    pub by_owner: bool,
    /// The school's terms, to read "end of Term 1" as a date.
    pub terms: Terms,
    /// Today, to mark late actions; none for a report without a date.
    pub today: Option<Date>,
}

/// One self-contained HTML file: no scripts, no network fetches.
pub fn html(pack: &ContentPack, s: &Session) -> String {
    html_with(pack, s, &HtmlActions::default())
}

/// The due of an action as shown: as written, with the date it was read
/// as when that differs (`brief`: the date alone); "LATE by …" (「逾期…」)
/// when still open and past it.
fn due_cell(a: &ActionItem, today: Option<Date>, brief: bool) -> String {
    let h = |t: &str| html_text(t, false);
    let date = a.due.date().map(|d| d.iso());
    let text = if brief {
        clip(&a.due_text, 16)
    } else {
        a.due_text.clone()
    };
    let due = match (&a.due, date) {
        (_, Some(d)) if brief => format!("<span class=\"nw\">{d}</span>"),
        (_, Some(d)) if d != a.due_text.trim() => tr!(
            "report-due-read-as",
            due = h(&text),
            date = format!(
                "<span class=\"nw\">{}</span>",
                tr!("report-in-brackets", text = d)
            )
        ),
        (_, Some(d)) => format!("<span class=\"nw\">{d}</span>"),
        (Due::Unread, None) => h(&text),
        _ => "—".to_string(),
    };
    match today.and_then(|t| a.days_late(t)) {
        Some(d) if brief => format!(
            "{due}<br>{}",
            tr!(
                "report-late-brief",
                late = format!("<strong class=\"late\">{}</strong>", h(&tr!("report-late"))),
                time = format!("<span class=\"nw\">{}</span>", h(&late_by(d)))
            )
        ),
        Some(d) => format!(
            "{due}<br><strong class=\"late\">{}</strong>",
            h(&tr!("report-late-by", time = late_by(d)))
        ),
        None => due,
    }
}

/// Owners as written, each name kept on one line when it fits its column.
pub(super) fn owner_cell(owner: &str, max: usize) -> String {
    let owner = clip(owner, max);
    if owner.is_empty() {
        return "—".to_string();
    }
    let names = tracker::split_owners(&owner);
    if names.len() > 1 || names.first().is_some_and(|n| text_width(n) > 18) {
        return html_text(&owner, false);
    }
    format!("<span class=\"nw\">{}</span>", html_text(&owner, false))
}

/// Page 1: what a principal reads at a glance — the school and year, the
/// radar, the ten benchmarks, and the open actions due soonest with their
/// owners and dates.
fn summary_page(
    pack: &ContentPack,
    s: &Session,
    sum: &Summary,
    actions_as: &HtmlActions,
) -> String {
    let h = |t: &str| html_text(t, false);
    let mut out = String::new();
    out.push_str("<section class=\"summary\">\n");
    let _ = writeln!(
        out,
        "<h1>{}</h1>\n<p class=\"subtitle\">{}</p>",
        h(&s.school),
        tr!(
            "report-subtitle",
            year = format!("<strong>{}</strong>", h(&s.year))
        )
    );
    let mut meta = Vec::new();
    let labelled =
        |label: &str, value: String| tr!("report-labelled", label = h(&tr!(label)), value = value);
    let list = |items: &[String]| {
        items
            .iter()
            .map(|p| h(p))
            .collect::<Vec<_>>()
            .join(&h(&list_separator()))
    };
    if !s.facilitator.is_empty() {
        meta.push(labelled("report-facilitator", h(&s.facilitator)));
    }
    if !s.participants.is_empty() {
        meta.push(labelled("report-participants", list(&s.participants)));
    }
    if !s.dates.is_empty() {
        meta.push(labelled("report-sittings", list(&s.dates)));
    }
    meta.push(tr!(
        "report-framework-in-html",
        name = h(&pack.framework.name),
        id = h(&pack.framework.id),
        version = h(&pack.framework.version)
    ));
    let _ = writeln!(out, "<p class=\"meta small\">{}</p>", meta.join(" · "));
    let _ = writeln!(out, "{}", svg_radar(sum));
    open_table(
        &mut out,
        "benchmarks",
        &[
            Col("report-col-number", "2.2em"),
            Col("report-col-benchmark", ""),
            Col("report-col-score", "3.9em"),
            Col("report-col-trend", "4.4em"),
            Col("report-col-target", "9.4em"),
            Col("report-col-rated", "3.7em"),
            Col("report-col-tips-decided", "5.4em"),
        ],
    );
    for b in &sum.benchmarks {
        let trend = trend_text(b);
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td><a href=\"#{}\">{}</a>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num nw\">{}/{}</td><td class=\"num nw\">{}/{}{}</td></tr>",
            b.number,
            h(&b.id),
            h(&b.title),
            html_mark(b.criteria_ours > 0),
            one_line(&format_score(b.score)),
            if trend.is_empty() {
                "—".into()
            } else {
                one_line(&trend)
            },
            target_cell(b),
            b.rated,
            b.criteria,
            b.tips_decided,
            b.tips,
            html_mark(b.tips_ours > 0)
        );
    }
    close_table(&mut out);
    let items = tracker::collect(pack, s, &actions_as.terms);
    let today = actions_as.today.unwrap_or(Date::from_days(0));
    let filter = tracker::Filter {
        status: tracker::StatusFilter::Open,
        ..tracker::Filter::default()
    };
    let open = tracker::select(&items, &filter, tracker::Sort::Due, today);
    let _ = writeln!(out, "<h2>{}</h2>", h(&tr!("report-top-actions")));
    if open.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", h(&tr!("report-no-open-actions")));
    } else {
        open_table(
            &mut out,
            "top",
            &[
                Col("report-col-due", "8.4em"),
                Col("report-col-action", ""),
                Col("report-col-benchmark", "6.8em"),
                Col("report-col-owner", "8em"),
                Col("report-col-status", "6.6em"),
            ],
        );
        for &i in open.iter().take(TOP_ACTIONS) {
            let a = &items[i];
            let short = pack.benchmarks.get(a.bm).map_or("", |b| b.short.as_str());
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td><strong>{}</strong> {}</td><td>{} {}</td><td>{}</td><td>{}</td></tr>",
                due_cell(a, actions_as.today, true),
                h(&a.tip_id),
                h(&clip(&a.text, 80)),
                a.bm_number,
                h(&clip(short, 20)),
                owner_cell(&a.owner, 36),
                one_line(&crate::i18n::status(a.status))
            );
        }
        close_table(&mut out);
    }
    let more = open.len().saturating_sub(TOP_ACTIONS);
    let late = actions_as
        .today
        .map_or(0, |t| open.iter().filter(|&&i| items[i].late(t)).count());
    let mut said = tr!("report-open-actions", n = num(open.len() as f64));
    if let Some(t) = actions_as.today {
        said.push_str(&tr!(
            "report-open-actions-late",
            n = num(late as f64),
            date = t.iso()
        ));
    }
    if more > 0 {
        said.push_str(&tr!("report-open-actions-more", n = num(more as f64)));
    }
    let mut sentences = vec![tr!("report-sentence", text = said), h(&score_formula(pack))];
    if pack.benchmarks.iter().any(Benchmark::has_ours) {
        sentences.push(tr!(
            "report-ours-note",
            legend = format!(
                "<span class=\"draft\">{}</span>",
                h(&tr!("report-ours", mark = OURS_MARK))
            )
        ));
    }
    let _ = writeln!(
        out,
        "<p class=\"meta small\">{}</p>",
        sentences.join(&tr!("report-sentence-gap"))
    );
    out.push_str("</section>\n");
    out
}

/// How many open actions page 1 lists.
const TOP_ACTIONS: usize = 5;

/// The target of a benchmark, its percentage kept on one line.
fn target_cell(line: &crate::output::summary::BenchmarkLine) -> String {
    match (line.target_percent, &line.target_year) {
        (Some(p), Some(y)) => target_words(
            Some(format!(
                "<span class=\"nw\">{}</span>",
                html_text(&target_percent(p), false).replace(' ', "&nbsp;")
            )),
            Some(html_text(&clip(y, 24), false)),
        ),
        _ => html_text(&target_text(line), false),
    }
}

/// The actions grouped by owner: a heading per person (an action with two
/// owners is under both), then those with no owner yet.
fn actions_by_owner(pack: &ContentPack, s: &Session, terms: &Terms, today: Option<Date>) -> String {
    let h = |t: &str| html_text(t, false);
    let items = tracker::collect(pack, s, terms);
    let filter = tracker::Filter {
        status: tracker::StatusFilter::All,
        ..tracker::Filter::default()
    };
    let on = today.unwrap_or(Date::from_days(0));
    let rows = tracker::select(&items, &filter, tracker::Sort::Due, on);
    let mut out = String::new();
    let intro = match today {
        Some(t) => tr!("report-by-owner-intro-late", date = t.iso()),
        None => tr!("report-by-owner-intro"),
    };
    let _ = writeln!(
        out,
        "<section class=\"owners\">\n<h2>{}</h2>\n<p class=\"meta\">{}</p>",
        h(&tr!("report-actions-by-owner")),
        h(&intro)
    );
    let mut owners: Vec<Option<String>> = tracker::owners(&items).into_iter().map(Some).collect();
    owners.push(None);
    for owner in owners {
        let mine: Vec<&ActionItem> = rows
            .iter()
            .map(|&i| &items[i])
            .filter(|a| match &owner {
                Some(o) => a
                    .owners()
                    .iter()
                    .any(|x| x.to_lowercase() == o.to_lowercase()),
                None => a.owners().is_empty(),
            })
            .collect();
        if mine.is_empty() {
            continue;
        }
        let late = today.map_or(0, |t| mine.iter().filter(|a| a.late(t)).count());
        let name = owner
            .as_deref()
            .map_or_else(|| h(&tr!("report-no-owner")), h);
        let count = tr!("report-owner-actions", n = num(mine.len() as f64));
        let count = if late > 0 {
            tr!(
                "report-owner-actions-late",
                actions = count,
                late = format!(
                    "<strong>{}</strong>",
                    tr!("report-owner-late", n = num(late as f64))
                )
            )
        } else {
            tr!("report-owner-actions-none-late", actions = count)
        };
        let _ = writeln!(out, "<h3>{name} <span class=\"meta\">{count}</span></h3>");
        let notes = mine.iter().any(|a| !a.note.trim().is_empty());
        let mut cols = vec![
            Col("report-col-due", "7.4em"),
            Col("report-col-tip", ""),
            Col("report-col-benchmark", "5.4em"),
            Col("report-col-status", "6.6em"),
        ];
        if notes {
            cols.push(Col("report-col-note", "32%"));
        }
        open_table(&mut out, "owner", &cols);
        for a in mine {
            let _ = write!(
                out,
                "<tr><td>{}</td><td><strong>{}</strong> {}</td><td class=\"num\">{}</td><td>{}</td>",
                due_cell(a, today, false),
                h(&a.tip_id),
                h(&a.text),
                a.bm_number,
                one_line(&crate::i18n::status(a.status)),
            );
            if notes {
                let _ = write!(out, "<td>{}</td>", html_text(&a.note, true));
            }
            out.push_str("</tr>\n");
        }
        close_table(&mut out);
    }
    if rows.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", h(&tr!("report-no-tips-decided")));
    }
    let _ = writeln!(out, "</section>");
    out
}

/// The HTML report, its actions listed as `actions` says.
pub fn html_with(pack: &ContentPack, s: &Session, actions_as: &HtmlActions) -> String {
    let sum = Summary::build(pack, s);
    let h = |t: &str| html_text(t, false);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} — {}</title>\n<style>{}{}</style>\n</head>\n<body>\n",
        crate::i18n::lang().code(),
        h(&s.school),
        h(&s.year),
        css(),
        page_css(pack, s, actions_as.by_owner)
    );
    out.push_str(&summary_page(pack, s, &sum, actions_as));
    if actions_as.by_owner {
        out.push_str(&actions_by_owner(
            pack,
            s,
            &actions_as.terms,
            actions_as.today,
        ));
    }
    for (k, (bm, line)) in pack.benchmarks.iter().zip(&sum.benchmarks).enumerate() {
        out.push_str(&benchmark_pages(pack, s, k, bm, line, actions_as));
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// One benchmark, from a new page: where its text comes from, its score,
/// the criteria (a Measured or Evidence column only when something is in
/// it), the action list, the notes and the retired history.
fn benchmark_pages(
    pack: &ContentPack,
    s: &Session,
    k: usize,
    bm: &Benchmark,
    line: &crate::output::summary::BenchmarkLine,
    actions_as: &HtmlActions,
) -> String {
    let h = |t: &str| html_text(t, false);
    let mut out = String::new();
    let rec = s.benchmark(&bm.id);
    let draft = html_mark(line.criteria_ours > 0);
    let _ = writeln!(
        out,
        "<section class=\"benchmark bm-{k}\" id=\"{}\">",
        h(&bm.id)
    );
    let _ = writeln!(out, "<h2>{}. {}{draft}</h2>", bm.number, h(&bm.title));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        meta_line(
            line,
            h(pack.group_name(&bm.group)),
            format!("<strong>{}</strong>", one_line(&format_score(line.score))),
            target_cell(line),
            if trend_text(line).is_empty() {
                h(&tr!("report-no-baseline"))
            } else {
                one_line(&trend_text(line))
            },
        )
    );
    let labelled =
        |label: &str, value: String| tr!("report-labelled", label = h(&tr!(label)), value = value);
    let mut source = labelled("report-text", h(&crate::i18n::provenance(bm)));
    if !bm.sources.is_empty() {
        let sources: Vec<String> = bm
            .sources
            .iter()
            .map(|src| match &src.url {
                Some(u) if u.starts_with("https://") || u.starts_with("http://") => {
                    format!("<a href=\"{}\">{}</a>", h(u), h(&src.name))
                }
                _ => h(&src.name),
            })
            .collect();
        let _ = write!(
            source,
            " · {}",
            labelled("report-sources", sources.join(&h(&clause_separator())))
        );
    }
    let _ = writeln!(out, "<p class=\"meta small\">{source}</p>");
    let rows: Vec<(
        &crate::model::Criterion,
        Option<&crate::model::CriterionRecord>,
    )> = bm
        .criteria
        .iter()
        .map(|c| (c, rec.and_then(|r| r.criterion(&c.id))))
        .collect();
    let measured_of = |cr: Option<&crate::model::CriterionRecord>| {
        cr.map(|r| measured(bm, r)).unwrap_or_default()
    };
    let any_measured = rows.iter().any(|(_, cr)| !measured_of(*cr).is_empty());
    let any_evidence = rows
        .iter()
        .any(|(_, cr)| cr.is_some_and(|c| !c.note.trim().is_empty()));
    // The text columns share the room by how much each holds, so a long
    // criterion and a short note (or the other way) make few lines.
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|(c, cr)| {
            vec![
                format!("{} {}", c.id, c.text),
                measured_of(*cr),
                cr.map(|c| c.note.clone()).unwrap_or_default(),
            ]
        })
        .collect();
    let shares = text_shares(&cells, 86);
    let (measured_w, evidence_w) = (format!("{}%", shares[1]), format!("{}%", shares[2]));
    let mut cols = vec![
        Col("report-col-criterion", ""),
        Col("report-col-rating", "6.6em"),
    ];
    if any_measured {
        cols.push(Col("report-col-measured", &measured_w));
    }
    if any_evidence {
        cols.push(Col("report-col-evidence", &evidence_w));
    }
    let _ = writeln!(out, "<h3>{}</h3>", h(&tr!("report-criteria")));
    open_table(&mut out, "criteria", &cols);
    for (c, cr) in rows {
        let _ = write!(
            out,
            "<tr><td><strong>{}</strong>{} {}</td><td>{}</td>",
            h(&c.id),
            html_mark(c.is_ours()),
            h(&c.text),
            h(&rating_label(pack, cr.and_then(|c| c.rating))),
        );
        if any_measured {
            let _ = write!(out, "<td>{}</td>", h(&measured_of(cr)));
        }
        if any_evidence {
            let _ = write!(
                out,
                "<td>{}</td>",
                html_text(cr.map(|c| c.note.as_str()).unwrap_or(""), true)
            );
        }
        out.push_str("</tr>\n");
    }
    close_table(&mut out);
    let acts = actions(bm, s);
    if actions_as.by_owner || acts.is_empty() {
        // Listed once, by owner, after the summary; or none decided, which
        // the line under the heading says ("0 of 14 tips decided").
    } else {
        let _ = writeln!(out, "<h3>{}</h3>", h(&tr!("report-action-list")));
        let notes = acts.iter().any(|(_, _, r)| !r.note.trim().is_empty());
        let cells: Vec<Vec<String>> = acts
            .iter()
            .map(|(_, t, r)| vec![format!("{} {}", t.id, t.text), r.note.clone()])
            .collect();
        let note_w = format!("{}%", text_shares(&cells, 62)[1]);
        let mut cols = vec![
            Col("report-col-tip", ""),
            Col("report-col-phase-status", "6.8em"),
            Col("report-col-owner", "7.6em"),
            Col("report-col-due", "6.6em"),
        ];
        if notes {
            cols.push(Col("report-col-note", &note_w));
        }
        open_table(&mut out, "actions", &cols);
        for (p, t, r) in acts {
            let due = if r.due.trim().is_empty() {
                "—".to_string()
            } else if crate::model::date::parse_iso(r.due.trim()).is_some() {
                format!("<span class=\"nw\">{}</span>", h(r.due.trim()))
            } else {
                h(&r.due)
            };
            let _ = write!(
                out,
                "<tr><td><strong>{}</strong>{} {}</td><td>{}<br>{}</td><td>{}</td><td>{due}</td>",
                h(&t.id),
                html_mark(t.is_ours()),
                h(&t.text),
                h(&crate::i18n::phase(p)),
                one_line(&crate::i18n::status(r.status)),
                owner_cell(&r.owner, usize::MAX),
            );
            if notes {
                let _ = write!(out, "<td>{}</td>", html_text(&r.note, true));
            }
            out.push_str("</tr>\n");
        }
        close_table(&mut out);
    }
    if let Some(notes) = rec.map(|r| r.notes.as_str()).filter(|n| !n.is_empty()) {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<blockquote>{}</blockquote>",
            h(&tr!("report-notes")),
            html_text(notes, true)
        );
    }
    let retired = retired_lines(pack, rec);
    if !retired.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<p class=\"meta\">{}</p>\n<ul class=\"small\">",
            h(&tr!("report-retired")),
            h(&tr!("report-retired-explained"))
        );
        for l in retired {
            let _ = writeln!(out, "<li>{}</li>", h(&l));
        }
        let _ = writeln!(out, "</ul>");
    }
    let _ = writeln!(out, "</section>");
    out
}

/// The mark of our own items in HTML, styled.
fn html_mark(ours: bool) -> String {
    if ours {
        format!(
            "<span class=\"draft\" title=\"{}\">{OURS_MARK}</span>",
            html_text(&tr!("report-ours-title"), false)
        )
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_everything_from_the_file() {
        assert_eq!(
            html_text("<script>alert('x')</script> & \"", false),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;"
        );
        assert_eq!(html_text("a\nb", true), "a<br>b");
        assert!(!html_text("esc \u{1b}[31m", false).contains('\u{1b}'));
    }

    #[test]
    fn a_name_in_the_running_header_cannot_leave_its_css_string() {
        let s = css_string("A \"school\" \\ </style><script>");
        assert_eq!(
            s,
            "\"A \\\"school\\\" \\\\ \\3c /style\\3e \\3c script\\3e \""
        );
        assert!(!s.contains('<'));
    }

    fn example() -> (ContentPack, Session) {
        let pack = crate::store::content::built_in().unwrap().pack;
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sessions/lantau-bay-college-2025-26.ron");
        let s = crate::store::session::load(&path, &pack).unwrap().session;
        (pack, s)
    }

    #[test]
    fn every_table_has_a_header_row_to_repeat_and_fixed_columns() {
        let (pack, s) = example();
        let out = html(&pack, &s);
        let tables = out.matches("<table").count();
        assert!(tables > 10);
        assert_eq!(out.matches("<thead>").count(), tables);
        assert_eq!(out.matches("<colgroup>").count(), tables);
        assert!(out.contains("table-layout: fixed") && out.contains("overflow-wrap: anywhere"));
        assert!(out.contains("<meta name=\"viewport\" content=\"width=device-width"));
        assert!(out.contains("counter(page)") && out.contains("@top-left"));
    }

    #[test]
    fn empty_measured_and_evidence_columns_are_left_out() {
        let (pack, mut s) = example();
        for b in &mut s.benchmarks {
            for c in &mut b.criteria {
                if b.id == "bm1" {
                    c.note.clear();
                    c.measured.clear();
                    c.targets.clear();
                }
                if b.id == "bm2" {
                    c.measured.clear();
                    c.targets.clear();
                    c.note = "minutes".into();
                }
            }
        }
        let out = html(&pack, &s);
        let section = |id: &str| {
            let at = out.find(&format!("id=\"{id}\"")).unwrap();
            let end = out[at..].find("</section>").unwrap();
            out[at..at + end].to_string()
        };
        let bm1 = section("bm1");
        assert!(!bm1.contains("<th>Measured</th>") && !bm1.contains("<th>Evidence</th>"));
        assert!(bm1.contains("<th>Criterion</th><th>Rating</th></tr>"));
        let bm2 = section("bm2");
        assert!(!bm2.contains("<th>Measured</th>") && bm2.contains("<th>Evidence</th>"));
        // No tip decided: no empty action list (the line under the heading
        // says "0 of 14 tips decided").
        let bm3 = section("bm3");
        assert!(bm3.contains("0 of 14 tips decided") && !bm3.contains("Action list"));
        assert!(section("bm2").contains("<h3>Action list</h3>"));
    }

    #[test]
    fn text_columns_share_the_width_to_print_in_the_fewest_lines() {
        let row = |a: &str, b: &str, c: &str| vec![a.to_string(), b.to_string(), c.to_string()];
        let long = "word ".repeat(60);
        // A long criterion beside short notes: the notes get the least.
        let shares = text_shares(&vec![row(&long, "", "ok"); 5], 86);
        assert_eq!(shares, vec![70, 0, 16]);
        // One long measured text in one row still gets room.
        let mut rows = vec![row(&long, "", ""); 5];
        rows[2][1] =
            "at least 100 % of S3 students: have used pathways information — measured 35 %. "
                .repeat(3);
        let shares = text_shares(&rows, 86);
        assert!(shares[1] > 16 && shares[2] == 0, "{shares:?}");
        // Chinese counts double: a column of Chinese evidence is not left
        // a sliver.
        assert_eq!(text_width("本校已於二零二五年"), 18);
        let zh = "本校已於二零二五年九月舉行生涯規劃周，全體中四學生參加職場體驗。".repeat(3);
        let shares = text_shares(&vec![row("bm3.c2 Short criterion.", "", &zh); 3], 86);
        assert!(shares[2] >= 40, "{shares:?}");
        // Never more than about half the table for one of the others.
        let shares = text_shares(&vec![row("a", &long, &long); 3], 86);
        assert!(
            shares[0] >= 24 && shares[1] <= 48 && shares[2] <= 48,
            "{shares:?}"
        );
    }

    #[test]
    fn page_one_lists_the_open_actions_soonest_first_with_owner_and_date() {
        let (pack, s) = example();
        let today = crate::model::date::parse_iso("2026-02-15").unwrap();
        let actions = HtmlActions {
            today: Some(today),
            ..HtmlActions::default()
        };
        let out = html_with(&pack, &s, &actions);
        let page1 = &out[..out.find("<section class=\"benchmark").unwrap()];
        let top = &page1[page1.find("<h2>Top actions</h2>").unwrap()..];
        let rows: Vec<&str> = top.split("<tr>").skip(2).collect();
        assert_eq!(rows.len(), TOP_ACTIONS);
        let dates: Vec<&str> = rows
            .iter()
            .map(|r| &r[r.find("20").unwrap()..][..10])
            .collect();
        let mut sorted = dates.clone();
        sorted.sort();
        assert_eq!(dates, sorted);
        assert!(rows[0].contains("Ms Wong") && rows[0].contains("LATE"));
    }

    /// The box of an axis label, roughly (Arial-like widths; a Chinese
    /// character is a full em, counted as two of 5.6).
    fn label_box(k: usize, n: usize, text: &str) -> (f64, f64, f64, f64) {
        let (x, y, anchor) = axis_label_at(k, n, 110.0, 10.0);
        let w = text_width(text) as f64 * 5.6;
        let x0 = match anchor {
            "start" => x,
            "end" => x - w,
            _ => x - w / 2.0,
        };
        (x0, y - 7.5, x0 + w, y + 2.0)
    }

    #[test]
    fn radar_labels_clear_the_rings_and_a_full_score() {
        let n = 10;
        let names = [
            "1 Policy",
            "2 Leadership",
            "3 Pathways",
            "4 Each student",
            "5 Co-creation",
            "6 Guidance",
            "7 Curriculum",
            "8 Workplace",
            "9 Further ed",
            "10 Parents",
        ];
        // The Chinese pack's short labels too.
        let zh = crate::store::content::built_in_in(Lang::ZhHk).unwrap().pack;
        let zh_names: Vec<String> = zh
            .benchmarks
            .iter()
            .map(|b| format!("{} {}", b.number, b.short))
            .collect();
        let names = names
            .iter()
            .map(|s| s.to_string())
            .chain(zh_names)
            .enumerate()
            .map(|(i, name)| (i % n, name))
            .collect::<Vec<_>>();
        let mid = std::f64::consts::PI / n as f64;
        for (k, name) in &names {
            let (k, name) = (*k, name.as_str());
            let (x0, y0, x1, y1) = label_box(k, n, name);
            // A 100 % vertex keeps a gap of 4 units to its label's box.
            let (vx, vy) = unit_point(k, n, 100.0);
            let (vx, vy) = (vx, -vy);
            let dx = (x0 - vx).max(vx - x1).max(0.0);
            let dy = (y0 - vy).max(vy - y1).max(0.0);
            assert!(dx.hypot(dy) >= 4.0, "{name}: {dx} {dy}");
            // Inside the picture (its viewBox).
            assert!(
                x0 >= -195.0 && x1 <= 195.0 && y0 >= -130.0 && y1 <= 132.0,
                "{name}"
            );
            // No ring label ("100 %", 6 units high, 18 wide) under it.
            for ring in RINGS {
                let (rx, ry) = (mid.sin() * ring, -mid.cos() * ring + 2.0);
                let apart = rx + 9.0 < x0 || rx - 9.0 > x1 || ry < y0 || ry - 6.0 > y1;
                assert!(apart, "{name} over the {ring} % ring label");
            }
        }
        let (pack, s) = example();
        let svg = svg_radar(&Summary::build(&pack, &s));
        // Ring labels come after every line, on a white halo.
        let last_line = svg.rfind("class=\"current\"").unwrap();
        assert!(svg.find("class=\"ring\"").unwrap() > last_line);
        assert!(svg.contains("paint-order=\"stroke\""));
    }
}
