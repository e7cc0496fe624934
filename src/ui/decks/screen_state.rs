//! What the deck screen's parts share: the open category, the card being edited or
//! previewed, and the messages about the last action.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::{Card, Category, Deck, DeckKind, DeckProblem, EditRefused};

use crate::ui::state::AppState;

/// The problems that stopped an action, under a heading that says what happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub heading: String,
    pub problems: Vec<DeckProblem>,
}

#[derive(Clone, Copy)]
pub struct DeckScreenState {
    /// The deck chosen for the next game; changes only when the deck itself does, so
    /// switching a card off does not rebuild the list under the focus.
    pub deck: Memo<Deck>,
    /// Whether the chosen deck is one of the facilitator's own.
    pub editable: Memo<bool>,
    /// The category tab that is open.
    pub kind: RwSignal<DeckKind>,
    /// The last action that went well, said politely.
    pub status: RwSignal<Option<String>>,
    /// The last action that was refused, with every reason.
    pub refusal: RwSignal<Option<Refusal>>,
    /// The card in the editor, and whether it is a new one.
    pub editing: RwSignal<Option<(Card, bool)>>,
    pub previewing: RwSignal<Option<Card>>,
    /// The card waiting for "delete?" to be answered.
    pub deleting: RwSignal<Option<String>>,
}

impl DeckScreenState {
    pub fn new(app: AppState) -> DeckScreenState {
        let deck = Memo::new(move |_| app.chosen_deck());
        DeckScreenState {
            deck,
            editable: Memo::new(move |_| deck.with(|d| app.decks.with(|l| l.is_editable(&d.id)))),
            kind: RwSignal::new(DeckKind::Category(Category::Kernen)),
            status: RwSignal::new(None),
            refusal: RwSignal::new(None),
            editing: RwSignal::new(None),
            previewing: RwSignal::new(None),
            deleting: RwSignal::new(None),
        }
    }

    /// Change the chosen deck through the library, which keeps it playable. A refused
    /// change is shown with its reasons and leaves the deck as it was.
    pub fn edit(&self, app: AppState, change: impl FnOnce(&mut Deck)) -> bool {
        match try_edit(app, change) {
            Ok(()) => {
                self.refusal.set(None);
                true
            }
            Err(problems) => {
                self.refuse(app.t(Msg::ChangeRefused).to_string(), problems);
                false
            }
        }
    }

    pub fn refuse(&self, heading: String, problems: Vec<DeckProblem>) {
        self.status.set(None);
        self.refusal.set(Some(Refusal { heading, problems }));
    }

    /// Nothing said: neither a refusal nor a message.
    pub fn clear(&self) {
        self.refusal.set(None);
        self.status.set(None);
    }

    pub fn tell(&self, status: String) {
        self.refusal.set(None);
        self.status.set(Some(status));
    }
}

/// Change the chosen deck if the result is playable; otherwise the reasons why not.
pub fn try_edit(app: AppState, change: impl FnOnce(&mut Deck)) -> Result<(), Vec<DeckProblem>> {
    let id = app.setup.with_untracked(|s| s.deck_id.clone());
    let mut outcome = Ok(());
    app.decks.maybe_update(|library| {
        outcome = library.edit(&id, change);
        outcome.is_ok()
    });
    match outcome {
        Ok(()) => Ok(()),
        Err(EditRefused::Invalid(problems)) => Err(problems),
        // The editing controls only show for the facilitator's own decks, so this is
        // a stale choice; say so rather than pretend it was saved.
        Err(EditRefused::NotEditable) => Err(Vec::new()),
    }
}

pub fn use_deck_screen() -> DeckScreenState {
    expect_context::<DeckScreenState>()
}
