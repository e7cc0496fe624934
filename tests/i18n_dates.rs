//! Dates as a Danish or English reader writes them, not as a date field stores them.
#![cfg(not(target_arch = "wasm32"))]

use kernespillet::i18n::long_date;
use kernespillet::model::Lang;

#[test]
fn a_stored_date_is_written_out_in_the_readers_language() {
    assert_eq!(long_date("2026-12-15", Lang::Da), "15. december 2026");
    assert_eq!(long_date("2027-02-01", Lang::Da), "1. februar 2027");
    assert_eq!(long_date("2026-12-15", Lang::En), "15 December 2026");
    assert_eq!(long_date(" 2027-05-09 ", Lang::En), "9 May 2027");
}

#[test]
fn anything_that_is_not_a_date_is_shown_as_it_is() {
    for text in [
        "",
        "snart",
        "2026-13-01",
        "2026-00-10",
        "2026-12-40",
        "15/12/2026",
    ] {
        assert_eq!(long_date(text, Lang::Da), text.trim());
    }
}
