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
    let (one, many) = match what {
        Counted::Cards => (Msg::ReportOneCard, Msg::ReportManyCards),
        Counted::Ideas => (Msg::ReportOneIdea, Msg::ReportManyIdeas),
        Counted::Pieces => (Msg::ReportOnePiece, Msg::ReportManyPieces),
        Counted::Votes => (Msg::ReportOneVote, Msg::ReportManyVotes),
    };
    if n == 1 {
        one.get(lang).to_string()
    } else {
        fill(many.get(lang), &[("n", &n.to_string())])
    }
}
