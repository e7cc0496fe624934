//! Why a stored or imported session did not open, said so a facilitator can act on it:
//! in one language, with the place in the file where it helps, and never the value
//! itself beyond a short quote.

use crate::model::limits::MAX_IMPORT_FILE_BYTES;
use crate::model::load_error::{Broken, Counted, FileUnread, LongText, TeamReference, Unreadable};
use crate::model::persist::LoadError;
use crate::model::Lang;

use super::{fill, pick, Msg};

pub fn load_error_text(error: &LoadError, lang: Lang) -> String {
    match error {
        LoadError::Unreadable(why) => unreadable(why, lang),
        LoadError::TooNew { found } => {
            fill(Msg::LoadTooNew.get(lang), &[("found", &found.to_string())])
        }
        LoadError::TooOld { found } => fill(
            pick(
                lang,
                "Filen siger, den er gemt i version {found}, som KerneSpillet aldrig har haft. Den kan ikke åbnes.",
                "The file says it was saved in version {found}, which KerneSpillet never had. It cannot be opened.",
            ),
            &[("found", &found.to_string())],
        ),
        LoadError::Inconsistent(broken) => fill(
            pick(
                lang,
                "Spillet i filen hænger ikke sammen: {what}. Det kan ikke åbnes, som det er.",
                "The game in the file does not add up: {what}. It cannot be opened as it is.",
            ),
            &[("what", &broken_text(broken, lang))],
        ),
        LoadError::IsADeck => Msg::LoadIsDeck.get(lang).to_string(),
    }
}

fn unreadable(why: &Unreadable, lang: Lang) -> String {
    match why {
        Unreadable::NotJson { line, column } => fill(
            pick(
                lang,
                "Det er ikke et gemt KerneSpillet-spil: filen kan ikke læses (det går galt i linje {line}, tegn {column}).",
                "It is not a saved KerneSpillet game: the file cannot be read (it goes wrong at line {line}, character {column}).",
            ),
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        Unreadable::CutShort { line, column } => fill(
            pick(
                lang,
                "Filen holder op midt i spillet (linje {line}, tegn {column}): den er kun gemt halvt eller klippet over.",
                "The file stops in the middle of the game (line {line}, character {column}): it was only half saved or cut off.",
            ),
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        Unreadable::NotAGame => pick(
            lang,
            "Det er ikke et gemt KerneSpillet-spil: filen mangler spillets versionsnummer.",
            "It is not a saved KerneSpillet game: the file has no game version.",
        )
        .to_string(),
        Unreadable::Field { path } => fill(
            pick(
                lang,
                "Filen er beskadiget: feltet »{field}« mangler eller har en forkert slags værdi.",
                "The file is damaged: the field “{field}” is missing or holds the wrong kind of value.",
            ),
            &[("field", path)],
        ),
        Unreadable::NotStored => pick(
            lang,
            "Spillet findes ikke længere i browseren; kun en beskadiget kopi er gemt.",
            "The game is no longer kept in the browser; only a damaged copy is.",
        )
        .to_string(),
    }
}

fn broken_text(broken: &Broken, lang: Lang) -> String {
    match broken {
        Broken::Id => pick(lang, "dets id er beskadiget", "its id is damaged").to_string(),
        Broken::TooLong { text, limit } => fill(
            pick(
                lang,
                "{what} er længere end de {limit} tegn, spillet tillader",
                "{what} is longer than the {limit} characters the game allows",
            ),
            &[
                ("what", long_text(*text, lang)),
                ("limit", &limit.to_string()),
            ],
        ),
        Broken::OutOfRange { what, found } => counted(*what, *found, lang),
        Broken::UnknownTeam(reference) => team_reference(*reference, lang).to_string(),
        Broken::OffBoard { team } => fill(
            pick(
                lang,
                "hold nr. {n} står uden for brættet",
                "team no. {n} stands off the board",
            ),
            &[("n", &(team + 1).to_string())],
        ),
        Broken::StartFields => pick(
            lang,
            "holdenes startfelter passer ikke til antallet af hold – et hold mangler eller er kommet til",
            "the teams' start fields do not fit the number of teams – a team is missing or was added",
        )
        .to_string(),
        Broken::Die(roll) => fill(
            pick(lang, "terningen viser {roll}", "the die shows {roll}"),
            &[("roll", &roll.to_string())],
        ),
        Broken::Deck => pick(
            lang,
            "kortsættet i det er beskadiget",
            "its deck is damaged",
        )
        .to_string(),
        Broken::UnknownCard { id } => fill(
            pick(
                lang,
                "kortet »{id}« ligger i en bunke, men findes ikke i kortsættet",
                "the card “{id}” is in a pile but not in the deck",
            ),
            &[("id", id)],
        ),
        Broken::CardTwice { id } => fill(
            pick(
                lang,
                "kortet »{id}« ligger to steder på én gang",
                "the card “{id}” is in two places at once",
            ),
            &[("id", id)],
        ),
        Broken::CardLost { id } => fill(
            pick(
                lang,
                "kortet »{id}« er hverken i en bunke eller på bordet",
                "the card “{id}” is neither in a pile nor on the table",
            ),
            &[("id", id)],
        ),
        Broken::CardInWrongPile { id } => fill(
            pick(
                lang,
                "kortet »{id}« ligger i en anden kategoris bunke",
                "the card “{id}” is in another category's pile",
            ),
            &[("id", id)],
        ),
        Broken::UnknownIdea => pick(
            lang,
            "idébanken peger på idéer, den ikke har",
            "the idea bank refers to ideas it does not have",
        )
        .to_string(),
        Broken::Agenda => {
            pick(lang, "dagsordenen er beskadiget", "the agenda is damaged").to_string()
        }
        Broken::CardRound => pick(
            lang,
            "runden om kortet på bordet er beskadiget",
            "the round about the card on the table is damaged",
        )
        .to_string(),
    }
}

fn long_text(text: LongText, lang: Lang) -> &'static str {
    match text {
        LongText::SessionName => pick(lang, "spillets navn", "the game's name"),
        LongText::TeamName => pick(lang, "et holdnavn", "a team name"),
        LongText::CoreTask => pick(lang, "kerneopgaven", "the core task"),
        LongText::CoreTaskFinal => pick(
            lang,
            "kerneopgaven i én sætning",
            "the core task in one sentence",
        ),
        LongText::Suggestion => pick(
            lang,
            "et holds forslag til sætningen",
            "a team's suggested sentence",
        ),
        LongText::Idea => pick(lang, "en idé", "an idea"),
        LongText::IdeaOrigin => pick(lang, "en idés afsender", "an idea's sender"),
        LongText::Notes => pick(lang, "dine noter", "your notes"),
        LongText::PlanField => pick(lang, "et felt i handleplanen", "a field of the action plan"),
        LongText::AudienceWord => pick(
            lang,
            "ordet for dem, I er her for",
            "the word for those you are here for",
        ),
    }
}

fn counted(what: Counted, found: usize, lang: Lang) -> String {
    let found = found.to_string();
    match what {
        Counted::Teams => fill(
            pick(
                lang,
                "det har {found} hold (et spil har 2–6)",
                "it has {found} teams (a game has 2–6)",
            ),
            &[("found", &found)],
        ),
        Counted::Players => fill(
            pick(
                lang,
                "et hold har {found} spillere (et hold har 1–10)",
                "a team has {found} players (a team has 1–10)",
            ),
            &[("found", &found)],
        ),
        Counted::Ideas => fill(
            pick(
                lang,
                "idébanken har {found} idéer, flere end spillet kan rumme",
                "the idea bank has {found} ideas, more than the game holds",
            ),
            &[("found", &found)],
        ),
        Counted::Activities => fill(
            pick(
                lang,
                "handleplanen har {found} aktiviteter (højst 3)",
                "the action plan has {found} activities (3 at most)",
            ),
            &[("found", &found)],
        ),
        Counted::LogEvents => fill(
            pick(
                lang,
                "spillets logbog har {found} linjer, flere end et spil skriver",
                "the game's log has {found} entries, more than a game writes",
            ),
            &[("found", &found)],
        ),
    }
}

fn team_reference(reference: TeamReference, lang: Lang) -> &'static str {
    match reference {
        TeamReference::Turn => pick(
            lang,
            "turen er hos et hold, der ikke findes",
            "the turn belongs to a team that does not exist",
        ),
        TeamReference::Idea => pick(
            lang,
            "en idé hører til et hold, der ikke findes",
            "an idea belongs to a team that does not exist",
        ),
        TeamReference::Suggestion => pick(
            lang,
            "et forslag til sætningen kommer fra et hold, der ikke findes",
            "a suggested sentence comes from a team that does not exist",
        ),
        TeamReference::Vote => pick(
            lang,
            "en stemme kommer fra et hold, der ikke findes",
            "a vote comes from a team that does not exist",
        ),
        TeamReference::Log => pick(
            lang,
            "logbogen nævner et hold, der ikke findes",
            "the log names a team that does not exist",
        ),
    }
}

/// Why a picked file was not read, as the part of a sentence that follows "the file
/// could not be read".
pub fn file_unread_text(why: FileUnread, lang: Lang) -> String {
    let megabytes = |bytes: f64| {
        let text = format!("{:.1}", bytes / (1024.0 * 1024.0));
        match lang {
            Lang::Da => text.replace('.', ","),
            Lang::En => text,
        }
    };
    match why {
        FileUnread::TooLarge { bytes } => fill(
            pick(
                lang,
                "den fylder {size} MB, og en fil fra KerneSpillet fylder højst {max} MB",
                "it is {size} MB, and a file from KerneSpillet is {max} MB at most",
            ),
            &[
                ("size", &megabytes(bytes)),
                ("max", &megabytes(MAX_IMPORT_FILE_BYTES)),
            ],
        ),
        FileUnread::NotReadable => pick(
            lang,
            "browseren kunne ikke åbne den som tekst",
            "the browser could not open it as text",
        )
        .to_string(),
    }
}
