//! The cost of saving, as the browser's User Timing entries: every save of the game is a
//! `performance.measure` named `kernespillet:save`, which DevTools shows in its timeline
//! and `scripts/bench` reads (issue 15's bar: a save within 2 ms at p95).

use web_sys::Performance;

/// How many save measures are kept: enough for the bench, bounded over a long session.
const KEPT: u32 = 200;

fn performance() -> Option<Performance> {
    web_sys::window()?.performance()
}

/// Run `work`, measured under `name` when the browser can measure.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(performance) = performance() else {
        return work();
    };
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    let _ = performance.mark(&start);
    let result = work();
    let _ = performance.mark(&end);
    if performance
        .get_entries_by_name_with_entry_type(name, "measure")
        .length()
        >= KEPT
    {
        performance.clear_measures_with_measure_name(name);
    }
    let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    performance.clear_marks_with_mark_name(&start);
    performance.clear_marks_with_mark_name(&end);
    result
}
