//! Browser exceptions in words, for messages the facilitator can pass on.

use wasm_bindgen::JsValue;

/// A browser exception's name and message, e.g. `QuotaExceededError: …`.
pub fn describe(error: &JsValue) -> String {
    let field = |name: &str| {
        js_sys::Reflect::get(error, &name.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    match (field("name"), field("message")) {
        (Some(name), Some(message)) => format!("{name}: {message}"),
        _ => error.as_string().unwrap_or_else(|| "unknown error".into()),
    }
}
