//! Fetching the default deck from the app's own `assets/` folder.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::model::Deck;

use super::state::DeckState;

/// The default deck, relative to the page, so it is served (and cached) with the app.
pub const DEFAULT_DECK_URL: &str = "assets/decks/standard.json";

pub async fn load_default_deck() -> DeckState {
    match fetch_text(DEFAULT_DECK_URL).await {
        Err(reason) => DeckState::Failed(reason),
        Ok(text) => match Deck::from_json(&text) {
            Ok(deck) => DeckState::Ready(deck),
            Err(problems) => DeckState::Failed(
                problems
                    .iter()
                    .map(|p| format!("{}: {:?}", p.location, p.kind))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        },
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(describe)?;
    let response: Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

fn describe(error: wasm_bindgen::JsValue) -> String {
    error
        .as_string()
        .or_else(|| js_sys::JSON::stringify(&error).ok().map(String::from))
        .unwrap_or_else(|| "unknown error".into())
}
