//! A card as a game shows it: its placeholders filled with the session's word for the
//! people the team is here for and the core task as worded at the opening. Every place
//! a card leaves the game (the control window, the room's view, the announcer) takes it
//! from here, so no `{borgerne}` is ever shown, and a finish-the-sentence card does
//! not say "Gør sætningen færdig" on its band and again in its text.

use super::audience::{fill_placeholders, Audience};
use super::deck::{Card, CardForm};
use super::lang::{Lang, LocalText};
use super::session::Session;

/// Whether the word is the default, so a game that keeps it saves nothing for it.
pub(super) fn is_default_audience(audience: &Audience) -> bool {
    *audience == Audience::default()
}

fn filled(text: &LocalText, audience: &Audience, wording: &str) -> LocalText {
    LocalText {
        da: fill_placeholders(&text.da, Lang::Da, audience, wording),
        en: fill_placeholders(&text.en, Lang::En, audience, wording),
    }
}

/// What the band of a finish-the-sentence card already says; decks written before the
/// second edition begin the question with it too, so it would stand there twice.
const FINISH_LEADS: [&str; 2] = ["Gør sætningen færdig:", "Finish the sentence:"];

fn without_lead(text: &str) -> String {
    FINISH_LEADS
        .iter()
        .find_map(|lead| text.strip_prefix(lead))
        .map(|rest| rest.trim_start().to_string())
        .filter(|rest| !rest.is_empty())
        .unwrap_or_else(|| text.to_string())
}

/// `card` with its question and hint filled in for this audience and opening wording.
pub fn card_for(card: &Card, audience: &Audience, wording: &str) -> Card {
    let mut text = filled(&card.text, audience, wording);
    if card.form == CardForm::FinishSentence {
        text.da = without_lead(&text.da);
        text.en = without_lead(&text.en);
    }
    Card {
        text,
        hint: card
            .hint
            .as_ref()
            .map(|hint| filled(hint, audience, wording)),
        ..card.clone()
    }
}

impl Session {
    /// `card` as this game shows it.
    pub fn shown(&self, card: &Card) -> Card {
        card_for(card, &self.audience, &self.core_task)
    }

    /// The card on the table as this game shows it.
    pub fn shown_current_card(&self) -> Option<Card> {
        self.current_card().map(|card| self.shown(card))
    }
}
