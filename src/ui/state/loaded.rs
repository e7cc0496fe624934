//! What the app reads from storage when it starts, before the first signal exists (so
//! the first save writes back what was loaded, never an empty game).

use crate::model::{DeckLibrary, GameSetup, Lang, STANDARD_DECK_ID};
use crate::storage::{self, sessions};
use crate::ui::setup::default_setup;

use super::{Loaded, Screen};

/// Mend what can be mended, then read the tab's game, the decks, the setup draft and
/// the language.
pub fn load() -> Loaded {
    let lang = storage::load_lang();
    // Mend what can be mended before anything is read.
    let mut notices = sessions::recover();
    let session = sessions::open_in_this_tab().and_then(|id| match sessions::load(&id) {
        Ok(session) => Some(session),
        Err(_) => {
            // Gone or unreadable since: the list shows what there is.
            sessions::set_open_in_this_tab(None);
            None
        }
    });
    let (decks, decks_notice) = storage::load_decks();
    notices.extend(decks_notice);
    let setup = stored_setup(&decks, lang);
    // A first visit goes straight to setting up a game; later ones list the games.
    let screen = if sessions::list().is_empty() {
        Screen::Setup
    } else {
        Screen::Start
    };
    Loaded {
        session,
        setup,
        decks,
        lang,
        notices,
        screen,
    }
}

/// The stored setup form (or a new one), with a deck that is there.
pub fn stored_setup(decks: &DeckLibrary, lang: Lang) -> GameSetup {
    let mut setup = storage::load_setup_draft().unwrap_or_else(|| default_setup(lang));
    if decks.get(&setup.deck_id).is_none() {
        // The chosen deck is gone (deleted, or set aside): fall back openly.
        setup.choose_deck(STANDARD_DECK_ID);
    }
    setup
}
