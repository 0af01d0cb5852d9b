//! The Markdown report: readable as plain text, rendered on a Git forge.

use std::fmt::Write as _;

use crate::model::content::{Benchmark, OURS_LEGEND, OURS_MARK, mark};
use crate::model::score::format_score;
use crate::model::{ContentPack, Session};
use crate::output::summary::Summary;
use crate::text::inert_line;

use super::*;

/// One line of Markdown-safe text: no control characters, no raw HTML,
/// no table-breaking pipes.
pub fn md(s: &str) -> String {
    inert_line(s)
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
}

/// The Markdown report: readable as plain text, rendered on a Git forge.
pub fn markdown(pack: &ContentPack, s: &Session) -> String {
    let sum = Summary::build(pack, s);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} — career and life development review {}\n",
        md(&s.school),
        md(&s.year)
    );
    if !s.facilitator.is_empty() {
        let _ = writeln!(out, "- Facilitator: {}", md(&s.facilitator));
    }
    if !s.participants.is_empty() {
        let p: Vec<String> = s.participants.iter().map(|p| md(p)).collect();
        let _ = writeln!(out, "- Participants: {}", p.join(", "));
    }
    if !s.dates.is_empty() {
        let d: Vec<String> = s.dates.iter().map(|d| md(d)).collect();
        let _ = writeln!(out, "- Sittings: {}", d.join(", "));
    }
    let _ = writeln!(
        out,
        "- Framework: {} (content {} {})",
        md(&pack.framework.name),
        md(&pack.framework.id),
        md(&pack.framework.version)
    );
    if let Some(b) = &s.baseline {
        let _ = writeln!(out, "- Trends compare with {}", md(&b.year));
    }
    let _ = writeln!(out, "\n## The ten benchmarks\n");
    let _ = writeln!(
        out,
        "| # | Benchmark | Score | Rated | Target | Trend | Tips decided |"
    );
    let _ = writeln!(out, "|---:|---|---:|---:|---|---|---:|");
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
    let _ = writeln!(out, "\nScore: {}.", md(&sum.score_formula));
    if pack.benchmarks.iter().any(Benchmark::has_ours) {
        let _ = writeln!(
            out,
            "\n{OURS_LEGEND}. On a benchmark: some of its criteria; on tips: some of its tips."
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
        let _ = writeln!(out, "*Text:* {}\n", md(&bm.provenance()));
        if !bm.sources.is_empty() {
            let sources: Vec<String> = bm
                .sources
                .iter()
                .map(|src| match &src.url {
                    Some(u) => format!("{}: {}", md(&src.name), md(u)),
                    None => md(&src.name),
                })
                .collect();
            let _ = writeln!(out, "*Sources:* {}\n", sources.join("; "));
        }
        let _ = writeln!(
            out,
            "*{}* · Score **{}** ({} of {} criteria rated) · Target {} · {} · {} of {} tips decided\n",
            md(pack.group_name(&bm.group)),
            format_score(line.score),
            line.rated,
            line.criteria,
            target_text(line),
            if trend_text(line).is_empty() {
                "no baseline".to_string()
            } else {
                trend_text(line)
            },
            line.tips_decided,
            line.tips
        );
        let _ = writeln!(out, "| Criterion | Rating | Measured | Evidence |");
        let _ = writeln!(out, "|---|---|---|---|");
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
                md(cr.map(|c| c.note.as_str()).unwrap_or(""))
            );
        }
        let acts = actions(bm, s);
        let _ = writeln!(out, "\n**Action list**\n");
        if acts.is_empty() {
            let _ = writeln!(out, "No tips decided yet.");
        } else {
            let _ = writeln!(out, "| Tip | Phase | Status | Owner | Due | Note |");
            let _ = writeln!(out, "|---|---|---|---|---|---|");
            for (p, t, r) in acts {
                let _ = writeln!(
                    out,
                    "| **{}**{} {} | {} | {} | {} | {} | {} |",
                    md(&t.id),
                    mark(t),
                    md(&t.text),
                    p.title(),
                    r.status.label(),
                    md(&r.owner),
                    md(&r.due),
                    md(&r.note)
                );
            }
        }
        if let Some(notes) = rec.map(|r| r.notes.as_str()).filter(|n| !n.is_empty()) {
            let _ = writeln!(out, "\n**Notes**\n");
            for l in crate::text::inert_block(notes).lines() {
                let _ = writeln!(out, "> {}", md(l));
            }
        }
        let retired = retired_lines(pack, rec);
        if !retired.is_empty() {
            let _ = writeln!(
                out,
                "\n**Retired history** (recorded against ids no longer in the content; not scored)\n"
            );
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
        assert_eq!(md("a | b <img src=x> & c"), "a \\| b &lt;img src=x&gt; & c");
        assert_eq!(md("two\nlines"), "two lines");
    }
}
