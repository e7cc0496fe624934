//! What was typed for the card on the table but not yet saved as an idea, kept per game
//! so that a reload or a closed tab does not lose it. A few hundred bytes, written as it
//! is typed; losing it costs a sentence, so a failed write is not reported.

use super::store::{in_browser, KeyValue, Store};

const PREFIX: &str = "kernespillet.idea-draft.";

fn key(game: &str) -> String {
    format!("{PREFIX}{game}")
}

impl<K: KeyValue> Store<K> {
    /// The idea typed for game `game` and not yet saved; empty if none.
    pub fn load_idea_draft(&self, game: &str) -> String {
        self.kept.get(&key(game)).unwrap_or_default()
    }

    /// Keep the idea being typed; an empty one is forgotten.
    pub fn save_idea_draft(&self, game: &str, text: &str) {
        if text.is_empty() {
            self.kept.remove(&key(game));
        } else {
            let _ = self.kept.set(&key(game), text);
        }
    }
}

pub fn load_idea_draft(game: &str) -> String {
    in_browser(|store| store.load_idea_draft(game))
}

pub fn save_idea_draft(game: &str, text: &str) {
    in_browser(|store| store.save_idea_draft(game, text));
}
