//! The app's state: the session, the setup of the next game, the decks, and what the
//! shell needs around them.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::{Deck, DeckLibrary, GameError, GameSetup, Lang, Session};
use crate::storage::{self, StorageNotice};

/// Which screen shows while no game is being played.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The saved sessions, to resume, rename, copy, export or delete.
    Start,
    Setup,
    Decks,
}

/// Why this tab only watches the session it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Watching {
    /// Another tab had it open first.
    OpenElsewhere,
    /// Another tab took it over from this one.
    TakenOver,
}

/// Shared through context; every field is a signal, so the struct is `Copy`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The game being played; `None` shows the setup (or the deck) screen.
    pub session: RwSignal<Option<Session>>,
    /// The next game as the facilitator is setting it up, deck choice included.
    pub setup: RwSignal<GameSetup>,
    /// The standard deck and the facilitator's own.
    pub decks: RwSignal<DeckLibrary>,
    pub screen: RwSignal<Screen>,
    pub lang: RwSignal<Lang>,
    /// What the facilitator should know about storage, oldest first.
    pub notices: RwSignal<Vec<StorageNotice>>,
    /// Set while another tab owns the session shown here: nothing is changed or saved.
    pub watching: RwSignal<Option<Watching>>,
    /// The browser would not promise to keep what is stored.
    pub not_persistent: RwSignal<bool>,
    /// The last move the model refused, shown until the next move.
    pub refused: RwSignal<Option<GameError>>,
    /// An idea typed for the card on the table but not yet saved.
    pub idea_draft: RwSignal<String>,
    /// The "go on to the next phase?" question is open (from its button or a clicker).
    pub confirm_next: RwSignal<bool>,
    /// The room sees a dark screen (the "." key).
    pub blank: RwSignal<bool>,
    /// The overview of keyboard and clicker keys is open.
    pub shortcuts_open: RwSignal<bool>,
    /// A short, quiet hint about a key that had nothing to do.
    pub quiet_note: RwSignal<Option<Msg>>,
    /// A projector window is open and showing this session.
    pub projector_open: RwSignal<bool>,
    /// The browser refused to keep the screen on.
    pub wake_lock_refused: RwSignal<bool>,
    /// This window is the projector's: it shows the game to the room and changes nothing.
    pub audience: bool,
}

/// What was read from storage when the app started.
pub struct Loaded {
    pub session: Option<Session>,
    pub setup: GameSetup,
    pub decks: DeckLibrary,
    pub lang: Lang,
    pub notices: Vec<StorageNotice>,
    /// The screen to show when no session is open.
    pub screen: Screen,
}

impl AppState {
    pub fn new(loaded: Loaded) -> AppState {
        AppState {
            session: RwSignal::new(loaded.session),
            setup: RwSignal::new(loaded.setup),
            decks: RwSignal::new(loaded.decks),
            screen: RwSignal::new(loaded.screen),
            lang: RwSignal::new(loaded.lang),
            notices: RwSignal::new(loaded.notices),
            watching: RwSignal::new(None),
            not_persistent: RwSignal::new(false),
            refused: RwSignal::new(None),
            idea_draft: RwSignal::new(String::new()),
            confirm_next: RwSignal::new(false),
            blank: RwSignal::new(false),
            shortcuts_open: RwSignal::new(false),
            quiet_note: RwSignal::new(None),
            projector_open: RwSignal::new(false),
            wake_lock_refused: RwSignal::new(false),
            audience: false,
        }
    }

    /// The state of a projector window: the same game, shown and never written.
    pub fn for_audience(loaded: Loaded) -> AppState {
        AppState {
            audience: true,
            ..AppState::new(loaded)
        }
    }

    /// A string in the current language; reactive when read inside a view closure.
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.get(self.lang.get())
    }

    /// The deck the next game will use (the standard one if the chosen was deleted).
    pub fn chosen_deck(&self) -> Deck {
        let id = self.setup.with(|s| s.deck_id.clone());
        self.decks
            .with(|library| library.get_or_standard(&id).clone())
    }

    /// An idea typed but not saved is saved with the card before the card is finished
    /// (by its button or a clicker), not lost or carried over to the next card.
    pub fn save_idea_draft(&self) {
        let draft = self.idea_draft.get_untracked();
        if !draft.trim().is_empty() {
            self.play(|s| s.record_idea(&draft).map(|_| ()));
            self.idea_draft.set(String::new());
        }
    }

    /// Tell the facilitator about storage, once.
    pub fn tell(&self, notice: StorageNotice) {
        if !self.notices.with_untracked(|all| all.contains(&notice)) {
            self.notices.update(|all| all.push(notice));
        }
    }

    /// The id of the open session.
    pub fn session_id(&self) -> Option<String> {
        self.session
            .with_untracked(|s| s.as_ref().map(|s| s.id.clone()))
    }

    /// Open a session in this tab: it becomes the tab's game, owned here unless another
    /// tab has it.
    pub fn open_session(&self, session: Session) {
        let id = session.id.clone();
        storage::sessions::set_open_in_this_tab(Some(&id));
        self.refused.set(None);
        self.session.set(Some(session));
        crate::ui::room::ownership::claim(*self, id);
    }

    /// Back to the list; the session stays saved as it is.
    pub fn leave_session(&self) {
        self.save_idea_draft();
        crate::ui::room::ownership::release();
        storage::sessions::set_open_in_this_tab(None);
        self.watching.set(None);
        self.refused.set(None);
        self.idea_draft.set(String::new());
        self.session.set(None);
        self.screen.set(Screen::Start);
    }

    /// Apply a move to the session. A refused move leaves the session as it was and is
    /// reported; a legal one re-renders the view and is saved by the app's effect.
    pub fn play(&self, make_move: impl FnOnce(&mut Session) -> Result<(), GameError>) {
        if self.watching.get_untracked().is_some() {
            // Another tab owns the game; a move here would be lost or overwrite it.
            return;
        }
        let mut outcome = Ok(());
        self.session.update(|session| {
            if let Some(session) = session {
                outcome = make_move(session);
            }
        });
        self.refused.set(outcome.err());
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
