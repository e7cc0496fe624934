//! The app's state: the game, the setup of the next one, the decks, what the shell
//! needs around them — and the one way to read and change the game (`game.rs`) and the
//! window's role in it (`role.rs`), and which screen shows without a game (`screen.rs`).

pub mod draft;
pub mod game;
pub mod loaded;
pub mod role;
pub mod saving;
pub mod screen;

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::{
    Deck, DeckLibrary, GameError, GameSetup, Lang, RoomView, Session, TeamMay, TeamRequest,
};
use crate::storage::{self, StorageNotice};
use crate::ui::room::tablets::TabletSeen;

pub use role::{Role, Watching};
pub use screen::{PrintFrom, Screen};

/// Shared through context; every field is a signal, so the struct is `Copy`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The whole game, in the windows that hold it (the facilitator's, a watching tab);
    /// `None` shows the list, the setup or the deck screen — and always in the projector.
    pub session: RwSignal<Option<Session>>,
    /// What the room may see of the game: made from `session` where there is one, or
    /// received from the game's owner in the projector's window.
    pub room: Signal<Option<RoomView>>,
    /// This window's part in the game.
    pub role: RwSignal<Role>,
    /// What the team this window acts for may do now: in the facilitator's window the
    /// team whose turn it is, on a tablet its own team (as the game sends it), nothing
    /// on the projector.
    pub may: Signal<TeamMay>,
    /// On a tablet: how a step of the turn is asked of the facilitator's window.
    pub asker: StoredValue<Option<Callback<TeamRequest>>>,
    /// The next game as the facilitator is setting it up, deck choice included.
    pub setup: RwSignal<GameSetup>,
    /// The standard deck and the facilitator's own.
    pub decks: RwSignal<DeckLibrary>,
    pub screen: RwSignal<Screen>,
    pub lang: RwSignal<Lang>,
    /// What the facilitator should know about storage, oldest first.
    pub notices: RwSignal<Vec<StorageNotice>>,
    /// The browser would not promise to keep what is stored.
    pub not_persistent: RwSignal<bool>,
    /// The last move the model refused, shown until the next move.
    pub refused: RwSignal<Option<GameError>>,
    /// An idea typed for the card on the table but not yet saved (kept in storage too,
    /// through `type_idea`, so a reload does not lose it).
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
    /// The teams' tablets with this game (in the facilitator's window).
    pub tablets: RwSignal<Vec<TabletSeen>>,
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

impl Loaded {
    /// A window that owns no game (projector, tablet, notebook): nothing read from
    /// storage but the language.
    pub fn without_game(lang: Lang) -> Loaded {
        Loaded {
            session: None,
            setup: crate::ui::setup::default_setup(lang),
            decks: DeckLibrary::default(),
            lang,
            notices: Vec::new(),
            screen: Screen::Start,
        }
    }
}

impl AppState {
    /// The state of the facilitator's window: the room's view is made from its game.
    pub fn new(loaded: Loaded) -> AppState {
        let idea = loaded
            .session
            .as_ref()
            .map(|s| storage::load_idea_draft(&s.id));
        let session = RwSignal::new(loaded.session.clone());
        // A memo: the room is told only when what it sees changes (typing notes is not).
        let room = Memo::new(move |_| session.with(|s| s.as_ref().map(Session::room_view)));
        // The facilitator acts for the team whose turn it is.
        let may = Memo::new(move |_| {
            session.with(|s| {
                s.as_ref()
                    .map(|s| s.team_may(s.active_team))
                    .unwrap_or_default()
            })
        });
        let role = Role::Facilitator;
        let app = AppState::with_room(loaded, session, room.into(), may.into(), role);
        app.idea_draft.set(idea.unwrap_or_default());
        app
    }

    /// The state of a projector's window: no game of its own, only the room's view
    /// that its owner sends (into `received`); nothing to ask for.
    pub fn for_projector(loaded: Loaded, received: RwSignal<Option<RoomView>>) -> AppState {
        let nothing = Signal::stored(TeamMay::default());
        let role = Role::Projector;
        AppState::with_room(loaded, RwSignal::new(None), received.into(), nothing, role)
    }

    /// The state of a team's tablet: the room's view and what its team may do, both as
    /// the facilitator's window sends them; `ask` sends the team's steps back.
    pub fn for_tablet(
        loaded: Loaded,
        received: RwSignal<Option<RoomView>>,
        may: RwSignal<TeamMay>,
        ask: Callback<TeamRequest>,
    ) -> AppState {
        let role = Role::Tablet { team: None };
        let session = RwSignal::new(None);
        let app = AppState::with_room(loaded, session, received.into(), may.into(), role);
        app.asker.set_value(Some(ask));
        app
    }

    fn with_room(
        loaded: Loaded,
        session: RwSignal<Option<Session>>,
        room: Signal<Option<RoomView>>,
        may: Signal<TeamMay>,
        role: Role,
    ) -> AppState {
        AppState {
            session,
            room,
            role: RwSignal::new(role),
            may,
            asker: StoredValue::new(None),
            setup: RwSignal::new(loaded.setup),
            decks: RwSignal::new(loaded.decks),
            screen: RwSignal::new(loaded.screen),
            lang: RwSignal::new(loaded.lang),
            notices: RwSignal::new(loaded.notices),
            not_persistent: RwSignal::new(false),
            refused: RwSignal::new(None),
            idea_draft: RwSignal::new(String::new()),
            confirm_next: RwSignal::new(false),
            blank: RwSignal::new(false),
            shortcuts_open: RwSignal::new(false),
            quiet_note: RwSignal::new(None),
            projector_open: RwSignal::new(false),
            wake_lock_refused: RwSignal::new(false),
            tablets: RwSignal::new(Vec::new()),
        }
    }

    /// A string in the current language; reactive when read inside a view closure.
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.get(self.lang.get())
    }

    /// The message as a view's text or attribute, following the language. Use this
    /// rather than `move || app.t(msg)`: every closure written out is a type of its own,
    /// and Leptos compiles its rendering once per type; this one closure type serves
    /// every label (issue 15 measured the difference).
    pub fn tr(&self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || msg.get(lang.get())
    }

    /// The deck the next game will use (the standard one if the chosen was deleted).
    pub fn chosen_deck(&self) -> Deck {
        let id = self.setup.with(|s| s.deck_id.clone());
        self.decks
            .with(|library| library.get_or_standard(&id).clone())
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
        saving::save_waiting_game(*self);
        let id = session.id.clone();
        storage::sessions::set_open_in_this_tab(Some(&id));
        self.refused.set(None);
        self.idea_draft.set(storage::load_idea_draft(&id));
        self.session.set(Some(session));
        crate::ui::room::ownership::claim(*self, id);
    }

    /// Back to the list; the session stays saved as it is.
    pub fn leave_session(&self) {
        self.save_idea_draft();
        // Saved while this window still holds the game, before it lets go (with the
        // idea just recorded: the save effect would run after the game is closed).
        saving::save_game_now(*self);
        crate::ui::room::link::leave_game(*self);
        crate::ui::room::ownership::release();
        storage::sessions::set_open_in_this_tab(None);
        self.role.set(Role::Facilitator);
        self.refused.set(None);
        self.session.set(None);
        self.screen.set(Screen::Start);
    }

    /// An idea typed but not saved is saved with the card before the card is finished
    /// (by its button or a clicker), not lost or carried over to the next card.
    pub fn save_idea_draft(&self) {
        let draft = self.idea_draft.get_untracked();
        if !draft.trim().is_empty() && self.play(|s| s.record_idea(&draft)).is_some() {
            self.type_idea(String::new());
        }
    }

    /// Save an idea written for the card on the table: the facilitator's window records
    /// it for the team whose turn it is; a tablet sends it for its own team. Whether it
    /// went (a refusal in the facilitator's window is shown as a notice).
    pub fn save_idea(&self, text: &str) -> bool {
        if self.asker.with_value(Option::is_some) {
            // The tablet numbers the idea itself (see the tablet's link).
            self.ask(TeamRequest::SaveIdea {
                n: 0,
                text: text.to_string(),
            });
            return true;
        }
        self.play(|s| s.record_idea(text)).is_some()
    }

    /// The idea for the card as typed so far: shown, and kept for the game in storage.
    pub fn type_idea(&self, text: String) {
        if self.role.get_untracked().writes() {
            if let Some(id) = self.session_id() {
                storage::save_idea_draft(&id, &text);
            }
        }
        self.idea_draft.set(text);
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
