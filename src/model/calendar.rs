//! The follow-up in the calendar: an iCalendar file (RFC 5545) with the follow-up
//! meeting and one entry per activity's deadline. The dates are whole days (the plan
//! keeps dates, not times), so no time zone can move them. Written here rather than
//! with a calendar crate: the text is small, and the crates bring a date library whose
//! size the wasm cannot spare (issue 15); the tests read it back with a parser crate.

use super::handleplan::is_date;
use super::session::Session;

/// The words of the calendar, in the chosen language.
pub struct CalendarLabels<'a> {
    /// The follow-up meeting's title.
    pub follow_up: &'a str,
    /// Before an activity's title in its deadline's entry.
    pub deadline: &'a str,
    pub core_task: &'a str,
    pub activity: &'a str,
    pub owner: &'a str,
    pub first_step: &'a str,
    pub why: &'a str,
    /// `da` or `en`, for the calendar's language.
    pub lang: &'a str,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// `yyyy-mm-dd` as a day count, when it is a date.
fn day_of(date: &str) -> Option<i64> {
    let date = date.trim();
    if !is_date(date) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| date[range].parse::<i64>().ok();
    Some(days_from_civil(
        number(0..4)?,
        number(5..7)?,
        number(8..10)?,
    ))
}

fn basic_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}{m:02}{d:02}")
}

/// The UTC time `ms` as a DATE-TIME (`yyyymmddThhmmssZ`).
fn stamp(ms: u64) -> String {
    let seconds = (ms / 1000) as i64;
    let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    format!(
        "{}T{:02}{:02}{:02}Z",
        basic_date(days),
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// A TEXT value as RFC 5545 §3.3.11 asks: backslash, semicolon, comma and line breaks
/// escaped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded to 75 octets a line (§3.1) without splitting a character,
/// ended by CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// One whole-day event.
fn push_event(out: &mut String, uid: &str, now: &str, day: i64, summary: &str, details: &str) {
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{uid}"));
    push_line(out, &format!("DTSTAMP:{now}"));
    push_line(out, &format!("DTSTART;VALUE=DATE:{}", basic_date(day)));
    push_line(out, &format!("DTEND;VALUE=DATE:{}", basic_date(day + 1)));
    push_line(out, &format!("SUMMARY:{}", escape_text(summary)));
    push_line(out, &format!("DESCRIPTION:{}", escape_text(details)));
    push_line(out, "TRANSP:TRANSPARENT");
    push_line(out, "END:VEVENT");
}

/// Whether the plan has any date a calendar could hold.
pub fn has_dates(session: &Session) -> bool {
    day_of(&session.plan.follow_up).is_some()
        || session
            .plan
            .activities
            .iter()
            .any(|a| day_of(&a.deadline).is_some())
}

/// The `.ics` text: the follow-up meeting (with the three activities in its
/// description) and each activity's deadline (with its owner and first step). A date
/// not yet chosen gives no entry. `now_ms` stamps the file.
pub fn calendar(session: &Session, labels: &CalendarLabels, now_ms: u64) -> String {
    let now = stamp(now_ms);
    let core = super::export::final_core_task(&session.core_task, &session.core_task_final);
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(
        &mut out,
        &format!(
            "PRODID:-//KerneSpillet//KerneSpillet//{}",
            labels.lang.to_uppercase()
        ),
    );
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    let activities = &session.plan.activities;
    if let Some(day) = day_of(&session.plan.follow_up) {
        let mut details = format!("{}: {core}\n", labels.core_task);
        for (i, a) in activities.iter().enumerate() {
            details += &format!(
                "\n{} {}: {}\n{}: {}\n{}: {}\n",
                labels.activity,
                i + 1,
                a.what.trim(),
                labels.owner,
                a.owner.trim(),
                labels.first_step,
                a.first_step.trim(),
            );
        }
        push_event(
            &mut out,
            &format!("{}-follow-up@kernespillet", session.id),
            &now,
            day,
            labels.follow_up,
            details.trim_end(),
        );
    }
    for (i, a) in activities.iter().enumerate() {
        let Some(day) = day_of(&a.deadline) else {
            continue;
        };
        let details = format!(
            "{}: {}\n{}: {}\n{}: {}",
            labels.owner,
            a.owner.trim(),
            labels.first_step,
            a.first_step.trim(),
            labels.why,
            a.why.trim()
        );
        push_event(
            &mut out,
            &format!("{}-activity-{}@kernespillet", session.id, i + 1),
            &now,
            day,
            &format!("{}: {}", labels.deadline, a.what.trim()),
            &details,
        );
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_round_trip_over_leap_years_and_month_ends() {
        for (date, next) in [
            ("2024-02-28", "20240229"),
            ("2024-02-29", "20240301"),
            ("2026-12-31", "20270101"),
            ("2100-02-28", "21000301"),
        ] {
            let day = day_of(date).expect("a date");
            assert_eq!(basic_date(day + 1), next, "{date}");
        }
        assert_eq!(stamp(0), "19700101T000000Z");
        assert_eq!(stamp(1_796_688_000_000 + 3_723_000), "20261208T010203Z");
    }

    #[test]
    fn a_long_line_is_folded_within_75_octets_and_never_inside_a_character() {
        let mut out = String::new();
        push_line(&mut out, &format!("SUMMARY:{}", "æøå".repeat(40)));
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "æøå".repeat(40)));
    }
}
