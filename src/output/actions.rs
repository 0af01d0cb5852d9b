//! "What's mine": the action list printed as text, Markdown, CSV, JSON, or an
//! iCalendar file with one all-day event per dated action, for an owner's
//! Outlook or Google Calendar.
//!
//! Text from the session is data: made inert for a terminal, escaped for
//! Markdown, CSV and iCalendar.

use std::fmt::Write as _;

use serde::Serialize;

use crate::i18n::tr;
use crate::model::content::Phase;
use crate::model::date::Date;
use crate::model::due::{Due, Reading};
use crate::model::session::ContentRef;
use crate::model::tracker::{ActionItem, Filter, Sort};
use crate::model::{ContentPack, Session};
use crate::output::prose_width;
use crate::output::report::{md, md_cell_lines};
use crate::text::{inert_block, inert_line, wrap, wrap_hanging};
use crate::tr;

/// The actions to print, in order, with what they were chosen by.
pub struct Listing<'a> {
    pub pack: &'a ContentPack,
    pub session: &'a Session,
    pub today: Date,
    pub filter: &'a Filter,
    pub items: Vec<&'a ActionItem>,
}

impl<'a> Listing<'a> {
    /// The items `filter` chooses from `items`, in `sort` order.
    pub fn select(
        pack: &'a ContentPack,
        session: &'a Session,
        items: &'a [ActionItem],
        filter: &'a Filter,
        sort: Sort,
        today: Date,
    ) -> Listing<'a> {
        Listing {
            pack,
            session,
            today,
            filter,
            items: crate::model::tracker::select(items, filter, sort, today)
                .into_iter()
                .map(|i| &items[i])
                .collect(),
        }
    }

    fn late_count(&self) -> usize {
        self.items.iter().filter(|a| a.late(self.today)).count()
    }

    /// "Ms Wong · still to do · as of 2026-03-10": what was asked for.
    fn scope(&self) -> String {
        let f = self.filter;
        let mut parts = vec![match f.owner.as_deref() {
            Some("") => tr("out-actions-no-owner"),
            Some(o) => inert_line(o).into_owned(),
            None => tr("out-actions-everyone"),
        }];
        parts.push(crate::i18n::status_filter(f.status));
        if f.late {
            parts.push(tr("out-actions-late-only"));
        }
        if let Some(w) = f.within_weeks {
            parts.push(tr!("out-actions-due-within", weeks = w));
        }
        if f.not_for_us {
            parts.push(tr("out-actions-with-not-for-us"));
        }
        parts.push(tr!("out-actions-as-of", date = self.today.iso()));
        parts.join(" · ")
    }

    fn heading(&self) -> String {
        tr!(
            "out-actions-heading",
            title = tr("out-actions-title"),
            school = inert_line(&self.session.school).into_owned(),
            year = inert_line(&self.session.year).into_owned()
        )
    }

    fn count_line(&self) -> String {
        tr!(
            "out-actions-count",
            n = self.items.len(),
            late = self.late_count()
        )
    }
}

/// How the due reads: "Term 1 = 2026-01-31", "2026-06-30", "Summer (not a
/// date hkbm can read)", "no due date".
fn due_words(a: &ActionItem) -> String {
    let text = inert_line(&a.due_text);
    match &a.due {
        Due::None => tr("out-actions-no-due"),
        Due::Unread => tr!("out-actions-due-unread", due = text.into_owned()),
        Due::Date {
            date,
            from: Reading::Day,
        } => date.iso(),
        Due::Date { date, .. } => format!("{text} = {}", date.iso()),
    }
}

/// "LATE by 3 days", "LATE by 5 weeks": days for the first two weeks.
fn late_words(a: &ActionItem, today: Date) -> Option<String> {
    a.days_late(today).map(|d| {
        if d < 14 {
            tr!("out-actions-late-by-days", days = d)
        } else {
            tr!("out-actions-late-by-weeks", weeks = d / 7)
        }
    })
}

fn owner_words(a: &ActionItem) -> String {
    if a.owner.trim().is_empty() {
        tr("out-actions-no-owner")
    } else {
        inert_line(&a.owner).into_owned()
    }
}

/// Plain text for a terminal or an email, laid out for `width` columns (see
/// [`crate::output::layout_width`]); a note keeps its lines.
pub fn text(l: &Listing, width: usize) -> String {
    let width = prose_width(width);
    let mut out = String::new();
    let mut put = |lines: Vec<String>| crate::output::put_lines(&mut out, lines);
    put(wrap(&l.heading(), width));
    put(wrap(&l.scope(), width));
    put(wrap(&l.count_line(), width));
    if l.items.is_empty() {
        put(vec![String::new(), tr("out-actions-none")]);
    }
    for a in &l.items {
        put(vec![String::new()]);
        let late = late_words(a, l.today)
            .map(|w| format!("{w} · "))
            .unwrap_or_default();
        let head = format!(
            "{late}{} · {} · {} · {}",
            inert_line(&a.tip_id),
            crate::i18n::status(a.status),
            owner_words(a),
            tr!("out-actions-due", due = due_words(a))
        );
        put(wrap_hanging(&head, "", "  ", width));
        put(wrap_hanging(&inert_line(&a.text), "  ", "  ", width));
        let note: Vec<String> = inert_block(&a.note)
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(str::to_string)
            .collect();
        let label = tr("out-actions-note-label");
        let indent = " ".repeat(crate::text::width(&label));
        for (i, line) in note.iter().enumerate() {
            let first = if i == 0 { &label } else { &indent };
            put(wrap_hanging(line, first, &indent, width));
        }
    }
    out
}

/// A Markdown table.
pub fn markdown(l: &Listing) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&l.heading()));
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            "out-actions-md-scope",
            scope = md(&l.scope()),
            count = l.count_line()
        )
    );
    if l.items.is_empty() {
        let _ = writeln!(out, "{}", tr("out-actions-none"));
        return out;
    }
    let heads = [
        "out-actions-head-due",
        "out-actions-head-tip",
        "out-actions-head-status",
        "out-actions-head-owner",
        "out-actions-head-note",
    ]
    .map(tr);
    let _ = writeln!(out, "| {} |", heads.join(" | "));
    let _ = writeln!(out, "| --- | --- | --- | --- | --- |");
    for a in &l.items {
        let due = match late_words(a, l.today) {
            Some(w) => format!("**{w}**<br>{}", md(&due_words(a))),
            None => md(&due_words(a)),
        };
        let _ = writeln!(
            out,
            "| {due} | **{}** {} | {} | {} | {} |",
            md(&a.tip_id),
            md(&a.text),
            crate::i18n::status(a.status),
            md(&owner_words(a)),
            md_cell_lines(&a.note)
        );
    }
    out
}

/// CSV with a row per action (UTF-8 with a byte-order mark, CRLF).
pub fn csv(l: &Listing) -> String {
    let mut c = crate::output::csv::Csv::new();
    c.row(&[
        "school",
        "year",
        "tip_id",
        "benchmark",
        "phase",
        "tip",
        "status",
        "owner",
        "due_as_written",
        "due_date",
        "late",
        "days_late",
        "note",
    ]);
    for a in &l.items {
        c.row(&[
            l.session.school.clone(),
            l.session.year.clone(),
            a.tip_id.clone(),
            a.bm_number.to_string(),
            a.phase.title().to_lowercase(),
            a.text.clone(),
            crate::i18n::status(a.status),
            a.owner.clone(),
            a.due_text.clone(),
            a.due.date().map(Date::iso).unwrap_or_default(),
            tr(if a.late(l.today) {
                "out-csv-yes"
            } else {
                "out-csv-no"
            }),
            a.days_late(l.today)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            a.note.clone(),
        ]);
    }
    c.finish()
}

/// The actions of one session (`hkbm actions --format json`).
#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub(crate) struct JsonListing<'a> {
    school: &'a str,
    /// The academic year, `2025/26`.
    year: &'a str,
    /// The content pack the actions' tips are from.
    content: ContentRef,
    /// The date lateness is counted on, `YYYY-MM-DD`.
    today: String,
    /// The owner asked for with `--owner`, or null.
    owner: Option<&'a str>,
    /// In the order asked for with `--sort`.
    actions: Vec<JsonAction<'a>>,
}

/// One action: a decided tip.
#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
struct JsonAction<'a> {
    /// The tip's stable id, `bm4.plan.3`.
    tip_id: &'a str,
    /// The benchmark's number, 1–10.
    benchmark: u8,
    phase: Phase,
    /// The tip's text.
    tip: &'a str,
    #[cfg_attr(test, schemars(with = "crate::model::TipStatus"))]
    status: &'static str,
    owner: &'a str,
    /// As written in the session.
    due: &'a str,
    /// The date it was read as, `YYYY-MM-DD`, or null when it has none.
    due_date: Option<String>,
    /// Planned or in progress and past its due date on `today`.
    late: bool,
    /// Days past the due date, when late.
    days_late: Option<i64>,
    note: &'a str,
}

/// JSON for other tools.
pub fn json(l: &Listing) -> String {
    let j = JsonListing {
        school: &l.session.school,
        year: &l.session.year,
        content: ContentRef {
            id: l.pack.framework.id.clone(),
            version: l.pack.framework.version.clone(),
        },
        today: l.today.iso(),
        owner: l.filter.owner.as_deref(),
        actions: l
            .items
            .iter()
            .map(|a| JsonAction {
                tip_id: &a.tip_id,
                benchmark: a.bm_number,
                phase: a.phase,
                tip: &a.text,
                status: a.status.key(),
                owner: &a.owner,
                due: &a.due_text,
                due_date: a.due.date().map(Date::iso),
                late: a.late(l.today),
                days_late: a.days_late(l.today),
                note: &a.note,
            })
            .collect(),
    };
    crate::output::json::write(&j)
}

/// The stable part of every UID of this session: the academic year and the
/// school, so a new export of the same session updates the events a
/// calendar already has, and another school's never collide with them.
fn uid_scope(s: &Session) -> String {
    let mut school = String::new();
    for c in s.school.trim().to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            school.push(c);
        } else if c.is_alphanumeric() {
            // Chinese names and accents, spelled out so the UID stays ASCII.
            let _ = write!(school, "u{:x}", c as u32);
        } else if !school.ends_with('-') {
            school.push('-');
        }
    }
    let school = school.trim_matches('-');
    format!("{}.{school}", s.year.replace('/', "-"))
}

/// The UID of an action's event: tip id, academic year and school.
pub fn uid(s: &Session, tip_id: &str) -> String {
    format!("{tip_id}.{}@hkbm", uid_scope(s))
}

/// Text for an X- property, which the writer does not escape.
fn ics_text(s: &str) -> String {
    inert_line(s)
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
}

/// The iCalendar file: one all-day event on the due date of each dated
/// action, and the actions left out because they have no date.
/// `stamp` is when the file is made (DTSTAMP; the SEQUENCE grows with it,
/// so a calendar takes a new export as an update).
pub fn ics<'a>(
    l: &Listing<'a>,
    stamp: chrono::DateTime<chrono::Utc>,
) -> (String, Vec<&'a ActionItem>) {
    use icalendar::{Calendar, Component, EventLike, Property};
    let mut cal = Calendar::new();
    let calendar = tr("out-actions-calendar");
    let name = format!(
        "{} {} — {}",
        l.session.school.trim(),
        l.session.year,
        l.filter.owner.as_deref().unwrap_or(&calendar)
    );
    cal.append_property(Property::new("X-WR-CALNAME", ics_text(&name)));
    // Minutes since 2024: grows with every export, fits SEQUENCE.
    let sequence = u32::try_from((stamp.timestamp() - 1_704_067_200).max(0) / 60).unwrap_or(0);
    let mut undated = Vec::new();
    for a in &l.items {
        let Some(date) = a.due.date() else {
            undated.push(*a);
            continue;
        };
        let (Some(day), Some(next)) = (naive(date), naive(date.plus_days(1))) else {
            undated.push(*a);
            continue;
        };
        let short: String = crate::ui::fit(&inert_line(&a.text), 60);
        let done = if a.status == crate::model::TipStatus::Done {
            tr("out-actions-event-done")
        } else {
            String::new()
        };
        let summary = format!(
            "{done}{}",
            tr!("out-actions-event", n = a.bm_number, text = short)
        );
        let mut description = vec![
            inert_block(&a.text).into_owned(),
            String::new(),
            tr!(
                "out-actions-event-status",
                status = crate::i18n::status(a.status)
            ),
            tr!("out-actions-event-owner", owner = owner_words(a)),
            tr!("out-actions-event-due", due = due_words(a)),
        ];
        if !a.note.trim().is_empty() {
            description.push(format!(
                "{}{}",
                tr!("out-actions-event-note", note = ""),
                inert_block(&a.note)
            ));
        }
        description.push(format!(
            "{} · {} {}",
            a.tip_id,
            inert_line(&l.session.school),
            inert_line(&l.session.year)
        ));
        let event = icalendar::Event::new()
            .uid(&uid(l.session, &a.tip_id))
            .summary(&summary)
            .description(&description.join("\n"))
            .starts(day)
            .ends(next)
            .timestamp(stamp)
            .sequence(sequence)
            .add_property("TRANSP", "TRANSPARENT")
            .done();
        cal.push(event);
    }
    (cal.done().to_string(), undated)
}

fn naive(d: Date) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(d.year, d.month, d.day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::due::Terms;
    use crate::model::tracker::{Sort, collect};
    use crate::store::content::built_in;

    #[test]
    fn uids_are_stable_ascii_and_differ_by_school_and_year() {
        let pack = built_in().unwrap().pack;
        let a = Session::new(&pack, "Lantau Bay College", "2025/26");
        let b = Session::new(&pack, "聖保羅書院", "2025/26");
        let c = Session::new(&pack, "Lantau Bay College", "2026/27");
        assert_eq!(
            uid(&a, "bm4.plan.6"),
            "bm4.plan.6.2025-26.lantau-bay-college@hkbm"
        );
        assert!(uid(&b, "bm4.plan.6").is_ascii());
        assert_ne!(uid(&a, "bm4.plan.6"), uid(&b, "bm4.plan.6"));
        assert_ne!(uid(&a, "bm4.plan.6"), uid(&c, "bm4.plan.6"));
    }

    #[test]
    fn control_characters_never_reach_the_calendar_or_the_terminal() {
        let pack = built_in().unwrap().pack;
        let mut s = Session::new(&pack, "A\r\nX-EVIL:1", "2025/26");
        let t = &mut s.benchmarks[0].tips[0];
        t.status = crate::model::TipStatus::Planned;
        t.owner = "Ms \u{1b}[31mWong".into();
        t.due = "2026-03-31".into();
        t.note = "line one\nEND:VEVENT\u{7}".into();
        let items = collect(&pack, &s, &Terms::hong_kong());
        let f = Filter::default();
        let today = crate::model::date::parse_iso("2026-03-10").unwrap();
        let l = Listing::select(&pack, &s, &items, &f, Sort::Due, today);
        let (cal, undated) = ics(&l, chrono::Utc::now());
        assert!(undated.is_empty());
        assert!(!cal.contains('\u{1b}') && !cal.contains('\u{7}'));
        assert_eq!(cal.matches("END:VEVENT").count(), 1);
        assert!(!cal.lines().any(|l| l.starts_with("X-EVIL")));
        let t = text(&l, 80);
        assert!(!t.contains('\u{1b}') && t.contains("\\u{1b}"));
    }

    /// The example session's actions in Chinese, every format, as `hkbm
    /// actions --lang zh-HK --status all` lists them on a fixed day.
    #[test]
    fn golden_zh() {
        let (_zh, pack) = crate::output::golden::in_chinese();
        let s = crate::output::golden::session(&pack, crate::output::golden::NEW);
        let items = collect(&pack, &s, &Terms::hong_kong());
        let f = Filter {
            status: crate::model::tracker::StatusFilter::All,
            ..Filter::default()
        };
        let today = crate::model::date::parse_iso("2026-03-10").unwrap();
        let l = Listing::select(&pack, &s, &items, &f, Sort::Due, today);
        insta::assert_snapshot!("actions_text_zh", text(&l, 80));
        insta::assert_snapshot!("actions_md_zh", markdown(&l));
        insta::assert_snapshot!("actions_csv_zh", csv(&l));
        insta::assert_snapshot!("actions_json_zh", json(&l));
        let stamp = chrono::DateTime::parse_from_rfc3339("2026-03-10T08:00:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        insta::assert_snapshot!("actions_ics_zh", ics(&l, stamp).0);
        // The filter's words, the late words and an empty list.
        let f = Filter {
            owner: Some(String::new()),
            late: true,
            within_weeks: Some(4),
            not_for_us: true,
            ..Filter::default()
        };
        let l = Listing::select(&pack, &s, &items, &f, Sort::Due, today);
        insta::assert_snapshot!("actions_text_zh_none", text(&l, 80));
    }
}
