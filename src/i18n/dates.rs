//! Dates as a reader of the language writes them: "15. december 2026", "15 December
//! 2026". The game stores dates as `yyyy-mm-dd` (what a date field gives).

use crate::model::Lang;

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `yyyy-mm-dd` written out in `lang`; anything else is given back as it is.
pub fn long_date(iso: &str, lang: Lang) -> String {
    let text = iso.trim();
    let mut parts = text.splitn(3, '-');
    let parsed = (|| {
        let year: u32 = parts.next()?.parse().ok()?;
        let month: usize = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        let month = month.checked_sub(1).filter(|m| *m < 12)?;
        (1..=31).contains(&day).then_some((year, month, day))
    })();
    match (parsed, lang) {
        (Some((year, month, day)), Lang::Da) => format!("{day}. {} {year}", MONTHS_DA[month]),
        (Some((year, month, day)), Lang::En) => format!("{day} {} {year}", MONTHS_EN[month]),
        (None, _) => text.to_string(),
    }
}
