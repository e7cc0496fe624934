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
    let selector = selector.into();
    request_animation_frame(move || {
        let Ok(Some(element)) = document().query_selector(&selector) else {
            return;
        };
        if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
            let _ = svg.focus();
        } else if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = html.focus();
        }
    });
}

/// For a dialog: remember what had the focus when it opened, and give the focus back
/// there when it closes, so keyboard and clicker users keep their place.
pub fn return_focus_on_close() {
    const MARK: &str = "data-return-focus";
    if let Some(element) = document().active_element() {
        let _ = element.set_attribute(MARK, "");
    }
    on_cleanup(|| {
        request_animation_frame(|| {
            let Ok(Some(element)) = document().query_selector(&format!("[{MARK}]")) else {
                return;
            };
            let _ = element.remove_attribute(MARK);
            if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
                let _ = html.focus();
            }
        });
    });
}
