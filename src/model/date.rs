//! Calendar dates: today's date in the local time zone (a Hong Kong team at
//! 7 a.m. is on today's date, not yesterday's in UTC), civil-date arithmetic
//! and parsing for session files.

/// A civil date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Today in the local time zone.
    pub fn today() -> Date {
        use chrono::Datelike;
        let d = chrono::Local::now().date_naive();
        Date {
            year: d.year(),
            month: d.month(),
            day: d.day(),
        }
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's civil-from-days).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (the inverse of [`Date::from_days`]).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `n` days later (earlier when negative).
    pub fn plus_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// The last day of `month` in `year`.
    pub fn end_of_month(year: i32, month: u32) -> Option<Date> {
        if !(1..=12).contains(&month) {
            return None;
        }
        let (y, m) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
        Some(
            Date {
                year: y,
                month: m,
                day: 1,
            }
            .plus_days(-1),
        )
    }

    /// The academic year this date falls in (a year starts on 1 September).
    pub fn academic_year_start(self) -> i32 {
        if self.month >= 9 {
            self.year
        } else {
            self.year - 1
        }
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parse `YYYY-MM-DD`, checking the day exists.
pub fn parse_iso(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let date = Date {
        year: y.parse().ok()?,
        month: m.parse().ok()?,
        day: d.parse().ok()?,
    };
    let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0);
    let days_in_month = match date.month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days_in_month).contains(&date.day).then_some(date)
}

/// Now, local time with its offset: `2026-11-28 09:15 +08:00`.
pub fn now_timestamp() -> String {
    chrono::Local::now()
        .format("%Y-%m-%d %H:%M %:z")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_epoch_become_dates() {
        assert_eq!(Date::from_days(0).iso(), "1970-01-01");
        assert_eq!(Date::from_days(11_016).iso(), "2000-02-29");
        assert_eq!(Date::from_days(20_785).iso(), "2026-11-28");
    }

    #[test]
    fn days_and_dates_go_both_ways() {
        for n in [-800_000, -1, 0, 1, 11_016, 20_785, 60_000] {
            assert_eq!(Date::from_days(n).days(), n);
        }
        let d = parse_iso("2026-02-27").unwrap();
        assert_eq!(d.plus_days(2).iso(), "2026-03-01");
        assert_eq!(Date::end_of_month(2028, 2).unwrap().iso(), "2028-02-29");
        assert_eq!(Date::end_of_month(2025, 12).unwrap().iso(), "2025-12-31");
        assert!(Date::end_of_month(2025, 13).is_none());
    }

    #[test]
    fn academic_year_starts_in_september() {
        let d = |m| Date {
            year: 2026,
            month: m,
            day: 1,
        };
        assert_eq!(d(8).academic_year_start(), 2025);
        assert_eq!(d(9).academic_year_start(), 2026);
    }

    #[test]
    fn iso_dates_are_checked() {
        assert!(parse_iso("2024-02-29").is_some());
        assert!(parse_iso("2025-02-29").is_none());
        assert!(parse_iso("2025-13-01").is_none());
        assert!(parse_iso("2025-1-01").is_none());
    }
}
