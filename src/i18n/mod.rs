//! Every string the user sees, in Danish and English, in one place.
//!
//! The messages are one list in `messages.rs`, each key written once; the sentences for
//! a model's problems and errors are complete matches in their own files here, so a new
//! problem cannot go without words. Templates use `{name}` placeholders, filled by
//! [`fill`]. The Danish is product text: plain and warm, as a Danish team leader would
//! say it.

/// Builds [`Msg`], [`Msg::ALL`] and the (Danish, English) table from one list of
/// `Name => ("dansk", "English")`, so a key cannot be in one and missing from another.
macro_rules! messages {
    ($($(#[$attr:meta])* $name:ident => ($da:literal, $en:literal $(,)?)),* $(,)?) => {
        /// A sentence or label the user sees; [`Msg::get`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg {
            $($(#[$attr])* $name,)*
        }

        impl Msg {
            /// Every message, so a test can walk the whole table.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            pub fn get(self, lang: $crate::model::Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$name, $crate::model::Lang::Da) => $da,
                    (Msg::$name, $crate::model::Lang::En) => $en,)*
                }
            }
        }
    };
}

mod dates;
mod deck_problems;
mod event_texts;
mod export_labels;
mod game_errors;
mod handover_texts;
mod live_texts;
mod load_errors;
mod messages;
mod plan_problems;
mod refusals;
mod setup_problems;
mod storage_notices;

pub use dates::long_date;
pub use deck_problems::{deck_problem_text, deck_problem_what};
pub use event_texts::event_sentence;
pub use export_labels::{calendar_labels, export_labels};
pub use game_errors::game_error_text;
pub use handover_texts::{
    handover_error_text, handover_refused_text, handover_report_text, notebook_error_text,
};
pub use live_texts::{code_problem_text, live_problem_text, LookingFor};
pub use load_errors::{file_unread_text, load_error_text};
pub use messages::Msg;
pub use plan_problems::plan_problem_text;
pub use refusals::refusal_text;
pub use setup_problems::setup_problem_text;
pub use storage_notices::{session_title, storage_notice_text};

use crate::model::{
    board, CardForm, Category, DeckKind, FieldId, FieldKind, Lang, Phase, Team, TeamColour,
};

pub fn phase_name(phase: Phase, lang: Lang) -> &'static str {
    let (da, en) = match phase {
        Phase::Opening => ("Velkomst", "Opening"),
        Phase::Stolthed => ("Stolthedsrunde", "Pride round"),
        Phase::Play => ("Spil", "Play"),
        Phase::Break => ("Pause", "Break"),
        Phase::Kernen => ("Kernen i én sætning", "The core in one sentence"),
        Phase::IdeaBank => ("Idébank og stemmer", "Idea bank and votes"),
        Phase::Handleplan => ("Handleplan", "Action plan"),
        Phase::Checkout => ("Afslutning", "Check-out"),
    };
    pick(lang, da, en)
}

pub fn category_name(category: Category, lang: Lang) -> &'static str {
    deck_kind_name(DeckKind::Category(category), lang)
}

pub fn deck_kind_name(kind: DeckKind, lang: Lang) -> &'static str {
    let (da, en) = match kind {
        DeckKind::Category(Category::Kernen) => ("Kernen", "The core"),
        DeckKind::Category(Category::ForHvem) => ("For hvem", "For whom"),
        DeckKind::Category(Category::Kvalitet) => ("Kvalitet & effekt", "Quality & impact"),
        DeckKind::Category(Category::Prioritering) => {
            ("Prioritering & ressourcer", "Priorities & resources")
        }
        DeckKind::Category(Category::Samarbejde) => ("Samarbejde på tværs", "Working across"),
        DeckKind::Category(Category::Tillid) => ("Tillid & retfærdighed", "Trust & fairness"),
        DeckKind::Stolthed => ("Stolthed", "Pride"),
        DeckKind::Handling => ("Handling", "Action"),
        DeckKind::Joker => ("Joker", "Joker"),
    };
    pick(lang, da, en)
}

pub fn form_name(form: CardForm, lang: Lang) -> &'static str {
    let (da, en) = match form {
        CardForm::Open => ("Åbent spørgsmål", "Open question"),
        CardForm::FinishSentence => ("Gør sætningen færdig", "Finish the sentence"),
        CardForm::Dilemma => ("Dilemma", "Dilemma"),
        CardForm::Scale => ("Skala 0–5", "Scale 0–5"),
        CardForm::Rank => ("Sæt i rækkefølge", "Put in order"),
        CardForm::Action => ("Konkret skridt", "Concrete step"),
    };
    pick(lang, da, en)
}

pub fn colour_name(colour: TeamColour, lang: Lang) -> &'static str {
    let (da, en) = match colour {
        TeamColour::Orange => ("Orange", "Orange"),
        TeamColour::SkyBlue => ("Himmelblå", "Sky blue"),
        TeamColour::BluishGreen => ("Grøn", "Green"),
        TeamColour::Yellow => ("Gul", "Yellow"),
        TeamColour::Blue => ("Blå", "Blue"),
        TeamColour::Vermillion => ("Rød", "Red"),
        TeamColour::ReddishPurple => ("Lilla", "Purple"),
        TeamColour::Black => ("Sort", "Black"),
    };
    pick(lang, da, en)
}

pub(crate) fn pick(lang: Lang, da: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// What a field is called, for screen readers and tooltips.
pub fn field_label(field: FieldId, teams: &[Team], lang: Lang) -> String {
    let what = match board().kind(field) {
        Some(FieldKind::Category(category)) => category_name(category, lang).to_string(),
        Some(FieldKind::Hq(category)) => fill(
            Msg::FieldHq.get(lang),
            &[("category", category_name(category, lang))],
        ),
        Some(FieldKind::Hub) => Msg::FieldHub.get(lang).to_string(),
        Some(FieldKind::Start(_)) => {
            let owner = teams.iter().find(|t| t.start == field);
            match owner {
                Some(team) => fill(Msg::FieldStartOf.get(lang), &[("team", &team.name)]),
                None => Msg::FieldStart.get(lang).to_string(),
            }
        }
        Some(FieldKind::Breather) => Msg::FieldBreather.get(lang).to_string(),
        Some(FieldKind::Shortcut) => Msg::FieldShortcut.get(lang).to_string(),
        Some(FieldKind::RollAgain) => Msg::FieldRollAgain.get(lang).to_string(),
        None => String::new(),
    };
    fill(
        Msg::FieldNumber.get(lang),
        &[("n", &(field.0 as usize + 1).to_string()), ("what", &what)],
    )
}

/// Put values into a template's `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}
