//! Due dates as a career team writes them: an ISO date, a month, or a school
//! term named in the configuration, read against the session's academic
//! year. Anything else stays free text: shown as written, never guessed.

use super::date::{Date, parse_iso};

/// A day of a term's start or end: a month and day in the session's
/// academic year (September to December in its first calendar year, January
/// to August in its second), or a fixed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    InYear { month: u32, day: u32 },
    Fixed(Date),
}

impl Day {
    /// `MM-DD` (in the academic year) or `YYYY-MM-DD` (that very day).
    pub fn parse(s: &str) -> Option<Day> {
        let s = s.trim();
        if let Some(d) = parse_iso(s) {
            return Some(Day::Fixed(d));
        }
        let (m, d) = s.split_once('-')?;
        if m.len() != 2 || d.len() != 2 {
            return None;
        }
        let (month, day): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
        // Checked against a leap year, so 02-29 is allowed.
        parse_iso(&format!("2028-{m}-{d}"))?;
        Some(Day::InYear { month, day })
    }

    /// The date in the academic year starting in September of `year_start`
    /// (29 February becomes 28 February in a common year).
    pub fn in_year(self, year_start: Option<i32>) -> Option<Date> {
        match self {
            Day::Fixed(d) => Some(d),
            Day::InYear { month, day } => {
                let year = year_start? + i32::from(month < 9);
                let last = Date::end_of_month(year, month)?.day;
                Some(Date {
                    year,
                    month,
                    day: day.min(last),
                })
            }
        }
    }
}

/// A named school term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub name: String,
    pub start: Day,
    pub end: Day,
}

/// The terms a school uses, as named in the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms(pub Vec<Term>);

impl Terms {
    /// Hong Kong's usual school year: the first term from September to
    /// January, the second from February to July, in English and Chinese.
    pub fn hong_kong() -> Terms {
        let first = (
            Day::InYear { month: 9, day: 1 },
            Day::InYear { month: 1, day: 31 },
        );
        let second = (
            Day::InYear { month: 2, day: 1 },
            Day::InYear { month: 7, day: 31 },
        );
        let term = |name: &str, (start, end): (Day, Day)| Term {
            name: name.into(),
            start,
            end,
        };
        Terms(vec![
            term("Term 1", first),
            term("Term 2", second),
            term("First term", first),
            term("Second term", second),
            term("上學期", first),
            term("下學期", second),
        ])
    }

    /// The term called `name` (case, spaces and a leading "end of" or "by",
    /// or in Chinese a closing 完結, 結束, 末 or 前, do not matter).
    pub fn find(&self, name: &str) -> Option<&Term> {
        let wanted = normalise(name);
        self.0.iter().find(|t| normalise(&t.name) == wanted)
    }
}

impl Default for Terms {
    fn default() -> Terms {
        Terms::hong_kong()
    }
}

/// How a due text was understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    /// No due written.
    None,
    /// A date: the day itself, or the last day of the month or term named.
    Date { date: Date, from: Reading },
    /// Text hkbm does not read as a date; shown as written.
    Unread,
}

/// What a due date was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    Day,
    Month,
    Term(String),
}

impl Due {
    pub fn date(&self) -> Option<Date> {
        match self {
            Due::Date { date, .. } => Some(*date),
            _ => None,
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Read a due text. `year_start` is the calendar year in which the session's
/// academic year begins (2025 for 2025/26); without it, only texts that name
/// their year can be dated.
pub fn read(text: &str, year_start: Option<i32>, terms: &Terms) -> Due {
    let t = text.trim();
    if t.is_empty() {
        return Due::None;
    }
    if let Some(date) = parse_iso(t) {
        return Due::Date {
            date,
            from: Reading::Day,
        };
    }
    if let Some(term) = terms.find(t) {
        return match term.end.in_year(year_start) {
            Some(date) => Due::Date {
                date,
                from: Reading::Term(term.name.clone()),
            },
            None => Due::Unread,
        };
    }
    match month(t, year_start) {
        Some(date) => Due::Date {
            date,
            from: Reading::Month,
        },
        None => Due::Unread,
    }
}

/// The last day of a month written `2026-03`, `March`, `Mar 2026`,
/// `March 2026`, `3月` or `2026年3月`.
fn month(t: &str, year_start: Option<i32>) -> Option<Date> {
    let in_year = |m: u32| year_start.map(|y| y + i32::from(m < 9));
    // 2026-03
    if let Some((y, m)) = t.split_once('-')
        && y.len() == 4
        && m.len() == 2
        && let (Ok(y), Ok(m)) = (y.parse::<i32>(), m.parse::<u32>())
    {
        return Date::end_of_month(y, m);
    }
    // 2026年3月, 3月
    if let Some(rest) = t.strip_suffix('月') {
        let (y, m) = match rest.split_once('年') {
            Some((y, m)) => (Some(y.trim().parse::<i32>().ok()?), m),
            None => (None, rest),
        };
        let m: u32 = m.trim().parse().ok()?;
        return Date::end_of_month(y.or(in_year(m))?, m);
    }
    // March, Mar 2026
    let lower = t.to_lowercase();
    let mut words = lower.split_whitespace();
    let name = words.next()?.trim_end_matches(['.', ',']);
    let year = match words.next() {
        Some(y) if y.len() == 4 => Some(y.parse::<i32>().ok()?),
        Some(_) => return None,
        None => None,
    };
    if words.next().is_some() || name.len() < 3 {
        return None;
    }
    let m = MONTHS
        .iter()
        .position(|full| *full == name || (name.len() == 3 && full.starts_with(name)))?
        as u32
        + 1;
    Date::end_of_month(year.or(in_year(m))?, m)
}

/// A term name for matching: lower case, single spaces, no "end of" or
/// "by" in front.
fn normalise(s: &str) -> String {
    let s = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let s = s
        .strip_prefix("end of ")
        .or_else(|| s.strip_prefix("by "))
        .unwrap_or(&s);
    let s = s.replace(' ', "");
    // 「上學期完結」, 「上學期結束前」, 「上學期末」: the end of the term, as
    // "end of Term 1" is.
    let mut t = s.as_str();
    for end in ["之前", "前", "完結", "結束", "末"] {
        t = t.strip_suffix(end).unwrap_or(t);
    }
    if t.is_empty() { s } else { t.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        parse_iso(s).unwrap()
    }

    fn due(text: &str) -> Due {
        read(text, Some(2025), &Terms::hong_kong())
    }

    #[test]
    fn iso_dates_months_and_terms_are_read_in_the_academic_year() {
        assert_eq!(due("2026-06-30").date(), Some(date("2026-06-30")));
        assert_eq!(due("Term 1").date(), Some(date("2026-01-31")));
        assert_eq!(due("term 2").date(), Some(date("2026-07-31")));
        assert_eq!(due("End of Term 1").date(), Some(date("2026-01-31")));
        assert_eq!(due("上學期").date(), Some(date("2026-01-31")));
        for end in [
            "上學期完結",
            "上學期結束",
            "上學期結束前",
            "上學期末",
            "上學期前",
        ] {
            assert_eq!(due(end).date(), Some(date("2026-01-31")), "{end}");
        }
        assert_eq!(due("下學期完結").date(), Some(date("2026-07-31")));
        assert_eq!(due("March").date(), Some(date("2026-03-31")));
        assert_eq!(due("Nov").date(), Some(date("2025-11-30")));
        assert_eq!(due("Feb 2028").date(), Some(date("2028-02-29")));
        assert_eq!(due("2026-02").date(), Some(date("2026-02-28")));
        assert_eq!(due("3月").date(), Some(date("2026-03-31")));
        assert_eq!(due("2025年12月").date(), Some(date("2025-12-31")));
        match due("Term 1") {
            Due::Date { from, .. } => assert_eq!(from, Reading::Term("Term 1".into())),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn what_cannot_be_read_is_never_guessed() {
        for text in [
            "1/2",
            "Summer",
            "soon",
            "2026-02-30",
            "Marching",
            "May 26",
            "Term 3",
            "13月",
            "mar mar",
            "完結",
            "學期完結",
        ] {
            assert_eq!(due(text), Due::Unread, "{text}");
        }
        assert_eq!(due("  "), Due::None);
        // Without the session's year, a term or a bare month has no date.
        let terms = Terms::hong_kong();
        assert_eq!(read("Term 1", None, &terms), Due::Unread);
        assert_eq!(read("March", None, &terms), Due::Unread);
        assert!(read("March 2026", None, &terms).date().is_some());
    }

    #[test]
    fn terms_may_name_fixed_dates_or_days_in_the_year() {
        assert_eq!(Day::parse("09-01"), Some(Day::InYear { month: 9, day: 1 }));
        assert_eq!(
            Day::parse("2026-01-31"),
            Some(Day::Fixed(date("2026-01-31")))
        );
        assert_eq!(Day::parse("02-30"), None);
        assert_eq!(Day::parse("9-1"), None);
        let leap = Day::parse("02-29").unwrap();
        assert_eq!(leap.in_year(Some(2024)), Some(date("2025-02-28")));
        assert_eq!(leap.in_year(Some(2027)), Some(date("2028-02-29")));
        let terms = Terms(vec![Term {
            name: "Term 3".into(),
            start: Day::parse("04-01").unwrap(),
            end: Day::parse("2026-07-15").unwrap(),
        }]);
        assert_eq!(
            read("term 3", Some(2030), &terms).date(),
            Some(date("2026-07-15"))
        );
        assert_eq!(read("Term 1", Some(2025), &terms), Due::Unread);
    }
}
