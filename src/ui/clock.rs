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
