//! Moving keyboard focus to the next thing to do, so a keyboard-only player can keep
//! pressing Enter through a turn.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// After the view has re-rendered, focus the first reachable field, or else the
/// current stage's main button.
pub fn focus_next_action() {
    focus_first(".field.target, [data-primary]");
}

/// After the view has re-rendered, focus the first element matching `selector`.
pub fn focus_first(selector: impl Into<String>) {
    focus_first_of(vec![selector.into()]);
}

/// After the view has re-rendered, focus the first element matching the first of
/// `selectors` that matches anything: a preference order, unlike a CSS selector list.
pub fn focus_first_of(selectors: Vec<String>) {
    request_animation_frame(move || {
        let Some(element) = selectors
            .iter()
            .find_map(|selector| document().query_selector(selector).ok().flatten())
        else {
            return;
        };
        if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
            let _ = svg.focus();
        } else if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = html.focus();
        }
    });
}

const MARK: &str = "data-return-focus";

/// For a dialog that was answered "yes": what comes next decides the focus, so do not
/// hand it back to where the dialog was opened.
pub fn forget_return_focus() {
    if let Ok(Some(element)) = document().query_selector(&format!("[{MARK}]")) {
        let _ = element.remove_attribute(MARK);
    }
}

/// For a dialog: remember what had the focus when it opened, and give the focus back
/// there when it closes, so keyboard and clicker users keep their place.
pub fn return_focus_on_close() {
    if let Some(element) = document().active_element() {
        let _ = element.set_attribute(MARK, "");
    }
    on_cleanup(|| {
        request_animation_frame(|| {
            let Ok(Some(element)) = document().query_selector(&format!("[{MARK}]")) else {
                return;
            };
            let _ = element.remove_attribute(MARK);
            // Only if nothing else took the focus meanwhile (e.g. the next phase's
            // main button): closing the dialog leaves it on the page body.
            let lost = document()
                .active_element()
                .is_none_or(|active| Some(active) == document().body().map(Into::into));
            if !lost {
                return;
            }
            if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
                let _ = html.focus();
            }
        });
    });
}
