//! The Markdown report: readable as plain text, rendered on a Git forge.

use std::fmt::Write as _;

use crate::model::content::{Benchmark, OURS_MARK, mark};
use crate::model::score::format_score;
use crate::model::{ContentPack, Session};
use crate::output::summary::Summary;
use crate::text::{inert_block, inert_line};
use crate::tr;

use super::*;

/// One line of text from a file, written so that Markdown (CommonMark, and
/// GitHub's and pandoc's extensions) shows it as written: line breaks
/// become spaces, control characters are made inert, and what Markdown
/// would act on is escaped — see [`md_escape`].
pub fn md(s: &str) -> String {
    md_escape(inert_line(s).trim())
}

/// The lines of a text from a file (a note), each escaped as [`md`] does;
/// a blank line stays blank. The caller joins them: `<br>` in a table
/// cell, a hard line break ([`hard_breaks`]) in a paragraph or a quote.
pub fn md_lines(s: &str) -> Vec<String> {
    let lines: Vec<String> = inert_block(s)
        .lines()
        .map(|l| md_escape(l.trim()))
        .collect();
    // Blank lines at the ends say nothing.
    let first = lines.iter().position(|l| !l.is_empty());
    let last = lines.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(a), Some(b)) => lines[a..=b].to_vec(),
        _ => Vec::new(),
    }
}

/// A note in a table cell: its lines joined with `<br>`.
pub fn md_cell_lines(s: &str) -> String {
    md_lines(s).join("<br>")
}

/// Escaped lines (from [`md_lines`]) as one block whose lines stay lines:
/// each but the last ends in a backslash (a hard line break in CommonMark),
/// every later line starts with `prefix` ("> " in a quote, "  " under a
/// list item), and a blank line separates paragraphs.
pub fn hard_breaks(lines: &[String], prefix: &str) -> String {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(if line.is_empty() {
                prefix.trim_end()
            } else {
                prefix
            });
        }
        out.push_str(line);
        let next_has_text = lines.get(i + 1).is_some_and(|n| !n.is_empty());
        if !line.is_empty() && next_has_text {
            out.push('\\');
        }
    }
    out
}

/// `s` (one line, already inert) with everything Markdown would interpret
/// escaped, so a note reads the same rendered and as plain text:
///
/// - inline: `\` `` ` `` `*` `~` `[` `]` `|` with a backslash (code spans,
///   emphasis, strikethrough, links and images, table cells); `_` unless
///   inside a word (where it cannot start emphasis); `<` as `&lt;` (HTML,
///   `<…>` autolinks); `&` with a backslash where it would start an
///   entity (`&amp;`, `&#38;`);
/// - GitHub's bare autolinks: the `:` of `scheme://`, the dot of a leading
///   `www.` and the `@` of an e-mail address get a backslash;
/// - at the start (where the text may begin a line): list, heading, quote,
///   table and setext markers (`-` `+` `=` `>` `#` `|`, `1.`, `1)`), and a
///   trailing `#` (which would close a heading).
pub fn md_escape(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let word = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|c| c.is_alphanumeric())
    };
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1);
        match c {
            '\\' | '`' | '*' | '~' | '[' | ']' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '_' if !(word(prev) && word(Some(i + 1))) => out.push_str("\\_"),
            '<' => out.push_str("&lt;"),
            '&' if starts_entity(&chars[i + 1..]) => out.push_str("\\&"),
            ':' if chars[i + 1..].starts_with(&['/', '/']) && word(prev) => out.push_str("\\:"),
            '@' if word(prev) && word(Some(i + 1)) => out.push_str("\\@"),
            '.' if i >= 3
                && chars[i - 3..i].iter().all(|w| w.eq_ignore_ascii_case(&'w'))
                && !word(i.checked_sub(4)) =>
            {
                out.push_str("\\.")
            }
            _ => out.push(c),
        }
    }
    escape_line_start(&mut out);
    if out.ends_with('#') && !out.ends_with("\\#") {
        out.insert(out.len() - 1, '\\');
    }
    out
}

/// Whether `rest` (what follows an `&`) would make it an entity or a
/// numeric character reference: `amp;`, `#38;`, `#x26;`.
fn starts_entity(rest: &[char]) -> bool {
    let name: Vec<&char> = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .collect();
    !name.is_empty() && rest.get(name.len()) == Some(&';')
}

/// A backslash before a block marker at the start of `out`: `- ` and `+ `
/// (lists), `# ` (headings), `>` (quotes), `---` and `===` (setext
/// headings, rules), `1. ` and `1) ` (ordered lists). Text that merely
/// starts with such a character ("-5 members", "#3", "1.0.0") is left as
/// it is. (`*`, `` ` ``, `~` and `|` are escaped wherever they are.)
fn escape_line_start(out: &mut String) {
    let Some(first) = out.chars().next() else {
        return;
    };
    // Whether what follows a marker of `len` bytes ends it: a space or nothing.
    let ends = |len: usize| matches!(out[len..].chars().next(), None | Some(' ' | '\t'));
    match first {
        '>' => out.insert(0, '\\'),
        '-' | '+' | '=' if ends(1) || out.chars().all(|c| c == first || c == ' ') => {
            out.insert(0, '\\')
        }
        '#' => {
            let hashes = out.chars().take_while(|c| *c == '#').count();
            if hashes <= 6 && ends(hashes) {
                out.insert(0, '\\');
            }
        }
        c if c.is_ascii_digit() => {
            let digits = out.chars().take_while(char::is_ascii_digit).count();
            if digits <= 9
                && matches!(out[digits..].chars().next(), Some('.' | ')'))
                && ends(digits + 1)
            {
                out.insert(digits, '\\');
            }
        }
        _ => {}
    }
}

/// A link the content pack means (a source's address): `<https://…>`, an
/// autolink every Markdown renders; anything else is escaped text.
fn md_url(url: &str) -> String {
    let plain = (url.starts_with("https://") || url.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>'));
    if plain { format!("<{url}>") } else { md(url) }
}

/// A Markdown table's header row and its alignment row: `cols` are the
/// columns' catalogue ids, each right-aligned or not.
fn md_table_head(out: &mut String, cols: &[(&str, bool)]) {
    let names: Vec<String> = cols.iter().map(|(id, _)| tr!(*id)).collect();
    let _ = writeln!(out, "| {} |", names.join(" | "));
    let rule: Vec<&str> = cols
        .iter()
        .map(|(_, right)| if *right { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
}

/// The Markdown report: readable as plain text, rendered on a Git forge.
pub fn markdown(pack: &ContentPack, s: &Session) -> String {
    let sum = Summary::build(pack, s);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        tr!("report-title", school = md(&s.school), year = md(&s.year))
    );
    let item = |out: &mut String, label: &str, value: String| {
        let _ = writeln!(
            out,
            "- {}",
            tr!("report-labelled", label = tr!(label), value = value)
        );
    };
    if !s.facilitator.is_empty() {
        item(&mut out, "report-facilitator", md(&s.facilitator));
    }
    if !s.participants.is_empty() {
        let p: Vec<String> = s.participants.iter().map(|p| md(p)).collect();
        item(&mut out, "report-participants", p.join(&list_separator()));
    }
    if !s.dates.is_empty() {
        let d: Vec<String> = s.dates.iter().map(|d| md(d)).collect();
        item(&mut out, "report-sittings", d.join(&list_separator()));
    }
    item(
        &mut out,
        "report-framework",
        tr!(
            "report-framework-content",
            name = md(&pack.framework.name),
            id = md(&pack.framework.id),
            version = md(&pack.framework.version)
        ),
    );
    if let Some(b) = &s.baseline {
        let _ = writeln!(
            out,
            "- {}",
            tr!("report-trends-compare", year = md(&b.year))
        );
    }
    let _ = writeln!(out, "\n## {}\n", tr!("report-ten-benchmarks"));
    md_table_head(
        &mut out,
        &[
            ("report-col-number", true),
            ("report-col-benchmark", false),
            ("report-col-score", true),
            ("report-col-rated", true),
            ("report-col-target", false),
            ("report-col-trend", false),
            ("report-col-tips-decided", true),
        ],
    );
    for b in &sum.benchmarks {
        let title_mark = if b.criteria_ours > 0 { OURS_MARK } else { "" };
        let tips_mark = if b.tips_ours > 0 { OURS_MARK } else { "" };
        let _ = writeln!(
            out,
            "| {} | {}{title_mark} | {} | {}/{} | {} | {} | {}/{}{tips_mark} |",
            b.number,
            md(&b.title),
            format_score(b.score),
            b.rated,
            b.criteria,
            target_text(b),
            trend_text(b),
            b.tips_decided,
            b.tips
        );
    }
    let _ = writeln!(out, "\n{}", md(&score_formula(pack)));
    if pack.benchmarks.iter().any(Benchmark::has_ours) {
        let _ = writeln!(
            out,
            "\n{}",
            tr!(
                "report-ours-note",
                legend = tr!("report-ours", mark = OURS_MARK)
            )
        );
    }
    for (bm, line) in pack.benchmarks.iter().zip(&sum.benchmarks) {
        let rec = s.benchmark(&bm.id);
        let draft = if line.criteria_ours > 0 {
            OURS_MARK
        } else {
            ""
        };
        let _ = writeln!(out, "\n## {}. {}{draft}\n", bm.number, md(&bm.title));
        let _ = writeln!(
            out,
            "{}\n",
            tr!(
                "report-md-labelled",
                label = tr!("report-text"),
                value = md(&crate::i18n::provenance(bm))
            )
        );
        if !bm.sources.is_empty() {
            let sources: Vec<String> = bm
                .sources
                .iter()
                .map(|src| match &src.url {
                    Some(u) => tr!("report-labelled", label = md(&src.name), value = md_url(u)),
                    None => md(&src.name),
                })
                .collect();
            let _ = writeln!(
                out,
                "{}\n",
                tr!(
                    "report-md-labelled",
                    label = tr!("report-sources"),
                    value = sources.join(&clause_separator())
                )
            );
        }
        let trend = trend_text(line);
        let _ = writeln!(
            out,
            "{}\n",
            meta_line(
                line,
                format!("*{}*", md(pack.group_name(&bm.group))),
                format!("**{}**", format_score(line.score)),
                target_text(line),
                if trend.is_empty() {
                    tr!("report-no-baseline")
                } else {
                    trend
                },
            )
        );
        md_table_head(
            &mut out,
            &[
                ("report-col-criterion", false),
                ("report-col-rating", false),
                ("report-col-measured", false),
                ("report-col-evidence", false),
            ],
        );
        for c in &bm.criteria {
            let cr = rec.and_then(|r| r.criterion(&c.id));
            let _ = writeln!(
                out,
                "| **{}**{} {} | {} | {} | {} |",
                md(&c.id),
                mark(c),
                md(&c.text),
                md(&rating_label(pack, cr.and_then(|c| c.rating))),
                md(&cr.map(|r| measured(bm, r)).unwrap_or_default()),
                md_cell_lines(cr.map(|c| c.note.as_str()).unwrap_or(""))
            );
        }
        let acts = actions(bm, s);
        let _ = writeln!(out, "\n**{}**\n", tr!("report-action-list"));
        if acts.is_empty() {
            let _ = writeln!(out, "{}", tr!("report-no-tips-decided"));
        } else {
            md_table_head(
                &mut out,
                &[
                    ("report-col-tip", false),
                    ("report-col-phase", false),
                    ("report-col-status", false),
                    ("report-col-owner", false),
                    ("report-col-due", false),
                    ("report-col-note", false),
                ],
            );
            for (p, t, r) in acts {
                let _ = writeln!(
                    out,
                    "| **{}**{} {} | {} | {} | {} | {} | {} |",
                    md(&t.id),
                    mark(t),
                    md(&t.text),
                    crate::i18n::phase(p),
                    crate::i18n::status(r.status),
                    md(&r.owner),
                    md(&r.due),
                    md_cell_lines(&r.note)
                );
            }
        }
        if let Some(notes) = rec.map(|r| r.notes.as_str()).filter(|n| !n.is_empty()) {
            let _ = writeln!(out, "\n**{}**\n", tr!("report-notes"));
            let _ = writeln!(out, "> {}", hard_breaks(&md_lines(notes), "> "));
        }
        let retired = retired_lines(pack, rec);
        if !retired.is_empty() {
            let _ = writeln!(out, "\n{}\n", tr!("report-md-retired"));
            for l in retired {
                let _ = writeln!(out, "- {}", md(&l));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn golden() {
        use crate::output::golden::{NEW, pack, session};
        let pack = pack();
        insta::assert_snapshot!("report_md", markdown(&pack, &session(&pack, NEW)));
    }

    #[test]
    fn markdown_cells_cannot_break_tables_or_inject_html() {
        assert_eq!(md("a | b <img src=x> & c"), "a \\| b &lt;img src=x> & c");
        assert_eq!(md("two\nlines"), "two lines");
    }

    #[test]
    fn markdown_escapes_only_what_markdown_would_act_on() {
        assert_eq!(
            md("`x` [a](b) *c* ~d~"),
            "\\`x\\` \\[a\\](b) \\*c\\* \\~d\\~"
        );
        assert_eq!(md("snake_case _em_"), "snake_case \\_em\\_");
        assert_eq!(
            md("see https://x.example, www.y.example or me@z.example"),
            "see https\\://x.example, www\\.y.example or me\\@z.example"
        );
        assert_eq!(md("- item"), "\\- item");
        assert_eq!(md("1. first"), "1\\. first");
        assert_eq!(md("# title"), "\\# title");
        assert_eq!(md("> quote"), "\\> quote");
        assert_eq!(md("---"), "\\---");
        assert_eq!(md("&copy; & co"), "\\&copy; & co");
        assert_eq!(md("Room #"), "Room \\#");
        // Text that only looks like a marker is left alone.
        assert_eq!(md("-5 members"), "-5 members");
        assert_eq!(md("#3"), "#3");
        assert_eq!(md("1.0.0"), "1.0.0");
        assert_eq!(md("家長信已發出。"), "家長信已發出。");
    }

    #[test]
    fn a_notes_lines_become_hard_breaks() {
        let lines = md_lines("\n first\n- second\n\nthird\n");
        assert_eq!(lines, ["first", "\\- second", "", "third"]);
        assert_eq!(
            hard_breaks(&lines, "> "),
            "first\\\n> \\- second\n>\n> third"
        );
        assert_eq!(md_cell_lines("a\nb"), "a<br>b");
    }
}
