//! "1 idé", "3 idéer": a number with its noun, singular or plural as it should be.

use crate::i18n::{fill, Msg};
use crate::model::Lang;

/// What is counted.
#[derive(Clone, Copy)]
pub enum Counted {
    Cards,
    Ideas,
    Pieces,
    Votes,
}

pub fn count(n: u32, what: Counted, lang: Lang) -> String {
    let n_text = n.to_string();
    match (what, n == 1) {
        (Counted::Cards, true) => Msg::ReportOneCard.get(lang).to_string(),
        (Counted::Cards, false) => fill(Msg::ReportManyCards.get(lang), &[("n", &n_text)]),
        (Counted::Ideas, true) => Msg::ReportOneIdea.get(lang).to_string(),
        (Counted::Ideas, false) => fill(Msg::ReportManyIdeas.get(lang), &[("n", &n_text)]),
        (Counted::Pieces, true) => Msg::ReportOnePiece.get(lang).to_string(),
        (Counted::Pieces, false) => fill(Msg::ReportManyPieces.get(lang), &[("n", &n_text)]),
        (Counted::Votes, true) => Msg::ReportOneVote.get(lang).to_string(),
        (Counted::Votes, false) => fill(Msg::ReportManyVotes.get(lang), &[("n", &n_text)]),
    }
}
