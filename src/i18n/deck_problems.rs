//! What is wrong with a deck, said so a facilitator can find and mend it.

use crate::model::audience::{capitalised, placeholder_names};
use crate::model::limits::quoted;
use crate::model::{DeckKind, DeckProblem, DeckProblemKind, Lang, ProblemAt, TextField};

use super::{deck_kind_name, fill, pick};

/// One problem as a sentence: where it is, then what is wrong.
pub fn deck_problem_text(problem: &DeckProblem, lang: Lang) -> String {
    format!(
        "{}: {}",
        place(&problem.at, lang),
        what(&problem.kind, lang)
    )
}

fn place(at: &ProblemAt, lang: Lang) -> String {
    match at {
        ProblemAt::File => pick(lang, "Filen", "The file").to_string(),
        ProblemAt::Field(field) => fill(
            pick(lang, "Feltet »{field}«", "The field “{field}”"),
            &[("field", &quoted(field))],
        ),
        ProblemAt::Card { number, id } if id.is_empty() => fill(
            pick(lang, "Kort nr. {n} (uden id)", "Card no. {n} (no id)"),
            &[("n", &number.to_string())],
        ),
        ProblemAt::Card { number, id } => fill(
            pick(lang, "Kort nr. {n} ({id})", "Card no. {n} ({id})"),
            &[("n", &number.to_string()), ("id", &quoted(id))],
        ),
        ProblemAt::Kind(kind @ DeckKind::Category(_)) => fill(
            pick(lang, "Kategorien »{kind}«", "The category “{kind}”"),
            &[("kind", deck_kind_name(*kind, lang))],
        ),
        ProblemAt::Kind(kind) => fill(
            pick(lang, "Bunken »{kind}«", "The “{kind}” pile"),
            &[("kind", deck_kind_name(*kind, lang))],
        ),
    }
}

/// What is wrong, without where: for a message shown next to the field itself.
pub fn deck_problem_what(kind: &DeckProblemKind, lang: Lang) -> String {
    capitalised(&what(kind, lang))
}

fn what(kind: &DeckProblemKind, lang: Lang) -> String {
    match kind {
        DeckProblemKind::NotJson { line, column } => fill(
            pick(
                lang,
                "er ikke en kortsæt-fil: den kan ikke læses som JSON (det går galt i linje {line}, tegn {column}). Vælg den .json-fil, der blev eksporteret fra KerneSpillets kortsæt",
                "is not a deck file: it cannot be read as JSON (it goes wrong at line {line}, character {column}). Choose the .json file exported from KerneSpillet's decks",
            ),
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        DeckProblemKind::NotADeck => pick(
            lang,
            "er ikke et kortsæt til KerneSpillet – måske et gemt spil eller en anden slags fil. Vælg en fil, der er eksporteret fra kortsæt-skærmen",
            "is not a KerneSpillet deck – perhaps a saved game or another kind of file. Choose a file exported from the deck screen",
        )
        .into(),
        DeckProblemKind::UnsupportedVersion(version) => fill(
            pick(
                lang,
                "er skrevet til en nyere udgave af KerneSpillet (version {v})",
                "was written for a newer version of KerneSpillet (version {v})",
            ),
            &[("v", &version.to_string())],
        ),
        DeckProblemKind::MissingField(field) => fill(
            pick(
                lang,
                "mangler feltet »{field}«",
                "lacks the field “{field}”",
            ),
            &[("field", &quoted(field))],
        ),
        DeckProblemKind::UnknownLanguage(code) => fill(
            pick(
                lang,
                "nævner et sprog, vi ikke kender: »{code}«",
                "names a language we do not know: “{code}”",
            ),
            &[("code", &quoted(code))],
        ),
        DeckProblemKind::NoDanish => pick(
            lang,
            "skal have dansk (»da«) med",
            "must include Danish (“da”)",
        )
        .into(),
        DeckProblemKind::UnknownCategory(key) => fill(
            pick(
                lang,
                "har en kategori, vi ikke kender: »{key}«",
                "has a category we do not know: “{key}”",
            ),
            &[("key", &quoted(key))],
        ),
        DeckProblemKind::UnknownForm(key) => fill(
            pick(
                lang,
                "har en spørgeform, vi ikke kender: »{key}«",
                "has a kind of question we do not know: “{key}”",
            ),
            &[("key", &quoted(key))],
        ),
        DeckProblemKind::BadId => pick(
            lang,
            "har et id med andet end bogstaver a–z, tal, - og _",
            "has an id with something other than letters a–z, digits, - and _",
        )
        .into(),
        DeckProblemKind::DuplicateId => pick(
            lang,
            "har samme id som et kort før det",
            "has the same id as a card before it",
        )
        .into(),
        DeckProblemKind::EmptyText(field) => fill(
            pick(
                lang,
                "mangler {field} på dansk",
                "is missing {field} in Danish",
            ),
            &[("field", field_name(*field, lang))],
        ),
        DeckProblemKind::MissingTranslation(field, missing) => fill(
            pick(
                lang,
                "mangler {field} på {lang}",
                "is missing {field} in {lang}",
            ),
            &[
                ("field", field_name(*field, lang)),
                ("lang", language_name(*missing, lang)),
            ],
        ),
        DeckProblemKind::TextTooLong {
            field,
            lang: written,
            max,
        } => fill(
            pick(
                lang,
                "{field} på {lang} er for langt (højst {max} tegn)",
                "{field} in {lang} is too long (at most {max} characters)",
            ),
            &[
                ("field", field_name(*field, lang)),
                ("lang", language_name(*written, lang)),
                ("max", &max.to_string()),
            ],
        ),
        DeckProblemKind::UnknownPlaceholder {
            field,
            lang: written_in,
            written,
        } => fill(
            pick(
                lang,
                "{field} på {lang} har »{written}«, som spillet ikke kan udfylde (brug fx {examples})",
                "{field} in {lang} has “{written}”, which the game cannot fill in (use e.g. {examples})",
            ),
            &[
                ("field", field_name(*field, lang)),
                ("lang", language_name(*written_in, lang)),
                ("written", &quoted(written)),
                ("examples", &placeholder_examples(lang)),
            ],
        ),
        DeckProblemKind::TooFewCards { have, need, .. } => fill(
            pick(
                lang,
                "har {have} kort, men der skal være mindst {need}",
                "has {have} cards, but needs at least {need}",
            ),
            &[("have", &have.to_string()), ("need", &need.to_string())],
        ),
        DeckProblemKind::TooManyCards { have, max } => fill(
            pick(
                lang,
                "har {have} kort, men et kortspil kan højst have {max}",
                "has {have} cards, but a deck can have at most {max}",
            ),
            &[("have", &have.to_string()), ("max", &max.to_string())],
        ),
    }
}

/// A few placeholders as this language writes them: `{borgeren}, {borgerne}, …`.
fn placeholder_examples(lang: Lang) -> String {
    let names: Vec<String> = placeholder_names(lang)
        .filter(|name| !name.starts_with("en ") && !name.starts_with("a "))
        .map(|name| format!("{{{name}}}"))
        .collect();
    names.join(", ")
}

fn field_name(field: TextField, lang: Lang) -> &'static str {
    match field {
        TextField::Name => pick(lang, "navnet", "the name"),
        TextField::Question => pick(lang, "spørgsmålet", "the question"),
        TextField::Hint => pick(
            lang,
            "tippet til den, der leder spillet",
            "the facilitator hint",
        ),
    }
}

fn language_name(of: Lang, lang: Lang) -> &'static str {
    match of {
        Lang::Da => pick(lang, "dansk", "Danish"),
        Lang::En => pick(lang, "engelsk", "English"),
    }
}
