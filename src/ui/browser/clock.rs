//! The wall clock for the model's timestamps, and a once-a-second tick for the views
//! that count down. Times are always computed from timestamps; the tick only says when
//! to look again.

use std::time::Duration;

use leptos::prelude::*;

/// Milliseconds since the Unix epoch, as the model stores them.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A signal holding the current time, refreshed every second while the app runs.
pub fn ticking_now() -> ReadSignal<u64> {
    let (now, set_now) = signal(now_ms());
    if let Ok(handle) =
        set_interval_with_handle(move || set_now.set(now_ms()), Duration::from_secs(1))
    {
        on_cleanup(move || handle.clear());
    }
    now
}

/// The ticking clock, shared by every view of a running session.
#[derive(Clone, Copy)]
pub struct Now(pub ReadSignal<u64>);

/// The session's clock; a widget shown on its own (as in a component test) gets a
/// clock of its own.
pub fn use_now() -> ReadSignal<u64> {
    use_context::<Now>()
        .map(|now| now.0)
        .unwrap_or_else(ticking_now)
}

/// `m:ss`, or `h:mm:ss` from an hour up: how long, for a countdown or a clock.
pub fn format_duration(ms: u64) -> String {
    let seconds = ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// `hh:mm` local time of a timestamp, for "expected end at".
pub fn format_time_of_day(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// `hh:mm:ss` local time of a timestamp, where two moments in the same minute must
/// read differently (copies of a game damaged more than once).
pub fn format_time_with_seconds(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!("{}:{:02}", format_time_of_day(ms), date.get_seconds())
}

/// The local date of a timestamp in the language's own way ("29. nov. 2026").
pub fn format_date(ms: u64, lang: crate::model::Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let locale = match lang {
        crate::model::Lang::Da => "da-DK",
        crate::model::Lang::En => "en-GB",
    };
    let options = js_sys::Object::new();
    for (name, value) in [("day", "numeric"), ("month", "short"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    }
    date.to_locale_date_string(locale, &options).into()
}
