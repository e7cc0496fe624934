//! Every string the user sees, in Danish and English, in one table.
//!
//! Templates use `{name}` placeholders, filled by [`fill`]. The Danish is product
//! text: plain and warm, as a Danish team leader would say it.

mod deck_problems;

pub use deck_problems::{deck_problem_text, deck_problem_what};

use crate::model::{
    board, CardForm, Category, DeckKind, FieldId, FieldKind, Lang, Session, TeamColour,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    Tagline,
    SwitchLanguage,
    NewGame,
    ConfirmNewGameTitle,
    ConfirmNewGameBody,
    ConfirmNewGameYes,
    Cancel,
    SetupHeading,
    SetupIntro,
    TeamsHeading,
    DefaultTeamName,
    TeamName,
    TeamColour,
    Players,
    FewerPlayers,
    MorePlayers,
    RemoveTeam,
    AddTeam,
    CoreTaskLabel,
    CoreTaskHelp,
    DurationHeading,
    DurationAuto,
    TwoHours,
    ThreeHours,
    TotalPlayers,
    StartGame,
    ProblemTeamCount,
    ProblemEmptyName,
    ProblemNameTooLong,
    ProblemDuplicateName,
    ProblemDuplicateColour,
    ProblemPlayers,
    ProblemDuration,
    FixBeforeStart,
    BoardLabel,
    FieldNumber,
    FieldHq,
    FieldHub,
    FieldStart,
    FieldStartOf,
    FieldBreather,
    FieldShortcut,
    FieldRollAgain,
    FieldReachable,
    PieceOf,
    TurnOf,
    TurnNumber,
    Roll,
    RollAgainBanner,
    YouRolled,
    ChooseField,
    ChooseCategory,
    HubChoose,
    JokerChoose,
    CardDone,
    EarnsWedge,
    SharedField,
    FacilitatorHint,
    TeamsAndWedges,
    WedgeEarned,
    WedgeMissing,
    PlayersCount,
    SessionLength,
    AnnounceRolled,
    AnnounceMoved,
    AnnounceJumped,
    AnnounceRollAgain,
    AnnounceCard,
    AnnounceWedge,
    AnnounceCategoryChosen,
    StoredUnreadable,
    StoredTooNew,
    StoredInconsistent,
    SaveFailed,
    Dismiss,
    MoveRefused,
    DeckHeading,
    DeckSummary,
    CardsOffCount,
    OpenDecks,
    ProblemTooFewCards,
    BackToSetup,
    DecksIntro,
    ChooseDeck,
    DeckCardCount,
    StandardReadOnly,
    CopyDeck,
    CopyName,
    ExportDeck,
    ImportDeck,
    DeleteDeck,
    ConfirmDeleteDeckTitle,
    ConfirmDeleteDeckBody,
    DeckName,
    EnglishToo,
    KindTabs,
    CardOn,
    PreviewCard,
    EditCard,
    MoveUp,
    MoveDown,
    DeleteCard,
    ConfirmDeleteCardTitle,
    ConfirmDeleteCardBody,
    ConfirmDeleteCardYes,
    NewCard,
    EditCardHeading,
    FieldKind,
    FieldForm,
    FieldQuestionDa,
    FieldQuestionEn,
    FieldHintDa,
    FieldHintEn,
    SaveCard,
    PreviewHeading,
    ChangeRefused,
    ImportFailed,
    Imported,
    ImportedAsNew,
    ImportClashTitle,
    ImportClashBody,
    ImportReplace,
    ImportAsNew,
    Exported,
    FileUnreadable,
    MoreProblems,
    DecksNotOpened,
    DeckSaved,
    KindPanelHeading,
    Copied,
    ExportFailed,
}

impl Msg {
    /// Every message, so a test can walk the whole table.
    pub const ALL: &'static [Msg] = &[
        Msg::AppTitle,
        Msg::Tagline,
        Msg::SwitchLanguage,
        Msg::NewGame,
        Msg::ConfirmNewGameTitle,
        Msg::ConfirmNewGameBody,
        Msg::ConfirmNewGameYes,
        Msg::Cancel,
        Msg::SetupHeading,
        Msg::SetupIntro,
        Msg::TeamsHeading,
        Msg::DefaultTeamName,
        Msg::TeamName,
        Msg::TeamColour,
        Msg::Players,
        Msg::FewerPlayers,
        Msg::MorePlayers,
        Msg::RemoveTeam,
        Msg::AddTeam,
        Msg::CoreTaskLabel,
        Msg::CoreTaskHelp,
        Msg::DurationHeading,
        Msg::DurationAuto,
        Msg::TwoHours,
        Msg::ThreeHours,
        Msg::TotalPlayers,
        Msg::StartGame,
        Msg::ProblemTeamCount,
        Msg::ProblemEmptyName,
        Msg::ProblemNameTooLong,
        Msg::ProblemDuplicateName,
        Msg::ProblemDuplicateColour,
        Msg::ProblemPlayers,
        Msg::ProblemDuration,
        Msg::FixBeforeStart,
        Msg::BoardLabel,
        Msg::FieldNumber,
        Msg::FieldHq,
        Msg::FieldHub,
        Msg::FieldStart,
        Msg::FieldStartOf,
        Msg::FieldBreather,
        Msg::FieldShortcut,
        Msg::FieldRollAgain,
        Msg::FieldReachable,
        Msg::PieceOf,
        Msg::TurnOf,
        Msg::TurnNumber,
        Msg::Roll,
        Msg::RollAgainBanner,
        Msg::YouRolled,
        Msg::ChooseField,
        Msg::ChooseCategory,
        Msg::HubChoose,
        Msg::JokerChoose,
        Msg::CardDone,
        Msg::EarnsWedge,
        Msg::SharedField,
        Msg::FacilitatorHint,
        Msg::TeamsAndWedges,
        Msg::WedgeEarned,
        Msg::WedgeMissing,
        Msg::PlayersCount,
        Msg::SessionLength,
        Msg::AnnounceRolled,
        Msg::AnnounceMoved,
        Msg::AnnounceJumped,
        Msg::AnnounceRollAgain,
        Msg::AnnounceCard,
        Msg::AnnounceWedge,
        Msg::AnnounceCategoryChosen,
        Msg::StoredUnreadable,
        Msg::StoredTooNew,
        Msg::StoredInconsistent,
        Msg::SaveFailed,
        Msg::Dismiss,
        Msg::MoveRefused,
        Msg::DeckHeading,
        Msg::DeckSummary,
        Msg::CardsOffCount,
        Msg::OpenDecks,
        Msg::ProblemTooFewCards,
        Msg::BackToSetup,
        Msg::DecksIntro,
        Msg::ChooseDeck,
        Msg::DeckCardCount,
        Msg::StandardReadOnly,
        Msg::CopyDeck,
        Msg::CopyName,
        Msg::ExportDeck,
        Msg::ImportDeck,
        Msg::DeleteDeck,
        Msg::ConfirmDeleteDeckTitle,
        Msg::ConfirmDeleteDeckBody,
        Msg::DeckName,
        Msg::EnglishToo,
        Msg::KindTabs,
        Msg::CardOn,
        Msg::PreviewCard,
        Msg::EditCard,
        Msg::MoveUp,
        Msg::MoveDown,
        Msg::DeleteCard,
        Msg::ConfirmDeleteCardTitle,
        Msg::ConfirmDeleteCardBody,
        Msg::ConfirmDeleteCardYes,
        Msg::NewCard,
        Msg::EditCardHeading,
        Msg::FieldKind,
        Msg::FieldForm,
        Msg::FieldQuestionDa,
        Msg::FieldQuestionEn,
        Msg::FieldHintDa,
        Msg::FieldHintEn,
        Msg::SaveCard,
        Msg::PreviewHeading,
        Msg::ChangeRefused,
        Msg::ImportFailed,
        Msg::Imported,
        Msg::ImportedAsNew,
        Msg::ImportClashTitle,
        Msg::ImportClashBody,
        Msg::ImportReplace,
        Msg::ImportAsNew,
        Msg::Exported,
        Msg::FileUnreadable,
        Msg::MoreProblems,
        Msg::DecksNotOpened,
        Msg::DeckSaved,
        Msg::KindPanelHeading,
        Msg::Copied,
        Msg::ExportFailed,
    ];

    pub fn get(self, lang: Lang) -> &'static str {
        let (da, en) = self.pair();
        match lang {
            Lang::Da => da,
            Lang::En => en,
        }
    }

    /// The table itself: (Danish, English).
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Msg::AppTitle => ("KerneSpillet", "KerneSpillet"),
            Msg::Tagline => (
                "Et dialogspil om jeres kerneopgave",
                "A dialogue game about your core task",
            ),
            Msg::SwitchLanguage => ("English", "Dansk"),
            Msg::NewGame => ("Nyt spil", "New game"),
            Msg::ConfirmNewGameTitle => ("Start et nyt spil?", "Start a new game?"),
            Msg::ConfirmNewGameBody => (
                "Det spil, I er i gang med, bliver slettet. Det kan ikke fortrydes.",
                "The game you are playing will be deleted. This cannot be undone.",
            ),
            Msg::ConfirmNewGameYes => ("Ja, slet og start forfra", "Yes, delete and start over"),
            Msg::Cancel => ("Fortryd", "Cancel"),
            Msg::SetupHeading => ("Sæt et nyt spil op", "Set up a new game"),
            Msg::SetupIntro => (
                "Del jer i 2–6 hold. Hvert hold får en farve, en form og et bogstav på brikken.",
                "Split into 2–6 teams. Each team gets a colour, a shape and a letter on its piece.",
            ),
            Msg::TeamsHeading => ("Hold", "Teams"),
            Msg::DefaultTeamName => ("Hold {letter}", "Team {letter}"),
            Msg::TeamName => ("Holdnavn", "Team name"),
            Msg::TeamColour => ("Farve", "Colour"),
            Msg::Players => ("Spillere", "Players"),
            Msg::FewerPlayers => ("Én spiller færre", "One player fewer"),
            Msg::MorePlayers => ("Én spiller mere", "One more player"),
            Msg::RemoveTeam => ("Fjern holdet", "Remove team"),
            Msg::AddTeam => ("Tilføj et hold", "Add a team"),
            Msg::CoreTaskLabel => (
                "Jeres kerneopgave, som I formulerer den i dag",
                "Your core task, as you put it today",
            ),
            Msg::CoreTaskHelp => (
                "Må gerne stå tom. I skriver den igen sidst i spillet og sammenligner.",
                "May be left empty. You write it again at the end of the game and compare.",
            ),
            Msg::DurationHeading => ("Varighed", "Duration"),
            Msg::DurationAuto => ("Efter antal spillere ({hours} timer)", "By number of players ({hours} hours)"),
            Msg::TwoHours => ("2 timer", "2 hours"),
            Msg::ThreeHours => ("3 timer", "3 hours"),
            Msg::TotalPlayers => ("{n} spillere i alt", "{n} players in all"),
            Msg::StartGame => ("Start spillet", "Start the game"),
            Msg::ProblemTeamCount => (
                "Der skal være mellem 2 og 6 hold.",
                "There must be between 2 and 6 teams.",
            ),
            Msg::ProblemEmptyName => ("Giv holdet et navn.", "Give the team a name."),
            Msg::ProblemNameTooLong => (
                "Navnet må højst være {max} tegn.",
                "The name can be at most {max} characters.",
            ),
            Msg::ProblemDuplicateName => (
                "Et andet hold hedder det samme.",
                "Another team has the same name.",
            ),
            Msg::ProblemDuplicateColour => (
                "Et andet hold har samme farve.",
                "Another team has the same colour.",
            ),
            Msg::ProblemPlayers => (
                "Et hold skal have mellem {min} og {max} spillere.",
                "A team must have between {min} and {max} players.",
            ),
            Msg::ProblemDuration => (
                "Vælg en varighed mellem 30 og 300 minutter.",
                "Choose a duration between 30 and 300 minutes.",
            ),
            Msg::FixBeforeStart => (
                "Ret det markerede, så kan I starte.",
                "Fix what is marked, then you can start.",
            ),
            Msg::BoardLabel => ("Spillebrættet", "The game board"),
            Msg::FieldNumber => ("Felt {n}: {what}", "Field {n}: {what}"),
            Msg::FieldHq => ("{category}, hovedfelt", "{category}, headquarters"),
            Msg::FieldHub => ("Kernen, midten af brættet", "Kernen, the centre of the board"),
            Msg::FieldStart => ("Startfelt", "Start field"),
            Msg::FieldStartOf => ("Startfelt for {team}", "Start field of {team}"),
            Msg::FieldBreather => ("Pusterum", "Breather"),
            Msg::FieldShortcut => ("Genvej", "Shortcut"),
            Msg::FieldRollAgain => ("Slå igen", "Roll again"),
            Msg::FieldReachable => ("kan vælges", "can be chosen"),
            Msg::PieceOf => ("Brik: {team}", "Piece: {team}"),
            Msg::TurnOf => ("{team} har tur", "{team}'s turn"),
            Msg::TurnNumber => ("Tur {n}", "Turn {n}"),
            Msg::Roll => ("Slå med terningen", "Roll the die"),
            Msg::RollAgainBanner => ("Slå igen!", "Roll again!"),
            Msg::YouRolled => ("I slog {n}", "You rolled {n}"),
            Msg::ChooseField => (
                "Vælg et af de markerede felter på brættet.",
                "Choose one of the highlighted fields on the board.",
            ),
            Msg::ChooseCategory => ("Vælg kategori", "Choose a category"),
            Msg::HubChoose => (
                "I står i Kernen. Vælg selv, hvad I vil tale om.",
                "You are in the Kernen hub. Choose what you want to talk about.",
            ),
            Msg::JokerChoose => (
                "Vælg den kategori, I vil have et kort fra.",
                "Choose the category you want a card from.",
            ),
            Msg::CardDone => ("Færdig – næste hold", "Done – next team"),
            Msg::EarnsWedge => (
                "Hovedfelt: Når kortet er snakket igennem, får I stykket for {category}.",
                "Headquarters: when you have talked the card through, you earn the {category} piece.",
            ),
            Msg::SharedField => (
                "{teams} står også her – tag kortet sammen.",
                "{teams} also stand here – take the card together.",
            ),
            Msg::FacilitatorHint => ("Til dig, der styrer spillet", "For the facilitator"),
            Msg::TeamsAndWedges => ("Hold og stykker", "Teams and pieces earned"),
            Msg::WedgeEarned => ("{category}: klaret", "{category}: earned"),
            Msg::WedgeMissing => ("{category}: mangler", "{category}: missing"),
            Msg::PlayersCount => ("{n} spillere", "{n} players"),
            Msg::SessionLength => ("{hours} timer", "{hours} hours"),
            Msg::AnnounceRolled => ("{team} slog {n}.", "{team} rolled {n}."),
            Msg::AnnounceMoved => ("{team} rykkede til {field}.", "{team} moved to {field}."),
            Msg::AnnounceJumped => (
                "Genvej! {team} springer videre til {field}.",
                "Shortcut! {team} jumps on to {field}.",
            ),
            Msg::AnnounceRollAgain => ("{team} må slå igen.", "{team} may roll again."),
            Msg::AnnounceCard => ("Kort: {text}", "Card: {text}"),
            Msg::AnnounceWedge => (
                "{team} har fået stykket for {category}.",
                "{team} earned the {category} piece.",
            ),
            Msg::AnnounceCategoryChosen => ("{team} valgte {category}.", "{team} chose {category}."),
            Msg::StoredUnreadable => (
                "Det gemte spil kunne ikke læses. Det er lagt til side i browseren, så intet er slettet.",
                "The saved game could not be read. It has been set aside in the browser, so nothing is deleted.",
            ),
            Msg::StoredTooNew => (
                "Det gemte spil er lavet med en nyere udgave af KerneSpillet og kan ikke åbnes her. Det er ikke ændret.",
                "The saved game was made with a newer version of KerneSpillet and cannot be opened here. It has not been changed.",
            ),
            Msg::StoredInconsistent => (
                "Det gemte spil hænger ikke sammen ({reason}). Det er lagt til side, så intet er slettet.",
                "The saved game does not add up ({reason}). It has been set aside, so nothing is deleted.",
            ),
            Msg::SaveFailed => (
                "Spillet kunne ikke gemmes i browseren ({reason}). I kan spille videre, men luk ikke fanen.",
                "The game could not be saved in the browser ({reason}). You can play on, but do not close the tab.",
            ),
            Msg::Dismiss => ("Luk", "Close"),
            Msg::MoveRefused => (
                "Det træk er ikke muligt lige nu.",
                "That move is not possible right now.",
            ),
            Msg::ExportFailed => (
                "Filen kunne ikke laves ({reason}).",
                "The file could not be made ({reason}).",
            ),
            Msg::Copied => (
                "Kopien »{name}« er lavet og valgt til næste spil. Nu kan I rette i kortene.",
                "The copy “{name}” was made and chosen for the next game. Now you can edit its cards.",
            ),
            Msg::DeckHeading => (
                "Kortene",
                "The cards",
            ),
            Msg::DeckSummary => (
                "{name} · {n} kort",
                "{name} · {n} cards",
            ),
            Msg::CardsOffCount => (
                "Kort slået fra i dette spil: {n}.",
                "Cards switched off for this game: {n}.",
            ),
            Msg::OpenDecks => (
                "Se, vælg og ret kortene",
                "View, choose and edit the cards",
            ),
            Msg::ProblemTooFewCards => (
                "Der er for få kort i »{kind}«: {have} af mindst {need}. Slå nogle til igen under Kortene.",
                "There are too few cards in “{kind}”: {have} of at least {need}. Switch some back on under The cards.",
            ),
            Msg::BackToSetup => (
                "Tilbage til opsætningen",
                "Back to setup",
            ),
            Msg::DecksIntro => (
                "Vælg de kort, næste spil skal bruge. Fjern fluebenet ved et kort for at springe det over i dette spil – kortet bliver i kortsættet.",
                "Choose the cards the next game will use. Untick a card to leave it out of this game – it stays in the deck.",
            ),
            Msg::ChooseDeck => (
                "Kortsæt til næste spil",
                "Deck for the next game",
            ),
            Msg::DeckCardCount => (
                "{n} kort",
                "{n} cards",
            ),
            Msg::StandardReadOnly => (
                "Standardkortene kan ikke rettes. Lav en kopi, så kan I rette, tilføje og slette kort.",
                "The standard deck cannot be edited. Make a copy to edit, add and delete cards.",
            ),
            Msg::CopyDeck => (
                "Lav en kopi",
                "Make a copy",
            ),
            Msg::CopyName => (
                "Kopi af {name}",
                "Copy of {name}",
            ),
            Msg::ExportDeck => (
                "Eksportér til fil",
                "Export to file",
            ),
            Msg::ImportDeck => (
                "Importér fra fil",
                "Import from file",
            ),
            Msg::DeleteDeck => (
                "Slet kortsættet",
                "Delete the deck",
            ),
            Msg::ConfirmDeleteDeckTitle => (
                "Slet kortsættet?",
                "Delete the deck?",
            ),
            Msg::ConfirmDeleteDeckBody => (
                "Kortsættet og alle dets kort bliver slettet fra denne browser. Får I brug for det igen, så eksportér det til en fil først.",
                "The deck and all its cards will be deleted from this browser. If you may need it again, export it to a file first.",
            ),
            Msg::DeckName => (
                "Navn på kortsættet",
                "Name of the deck",
            ),
            Msg::EnglishToo => (
                "Kortene har også engelsk tekst",
                "The cards also have English text",
            ),
            Msg::KindTabs => (
                "Kategorier",
                "Categories",
            ),
            Msg::CardOn => (
                "Med i spillet",
                "In the game",
            ),
            Msg::PreviewCard => (
                "Vis",
                "Preview",
            ),
            Msg::EditCard => (
                "Ret",
                "Edit",
            ),
            Msg::MoveUp => (
                "Flyt op",
                "Move up",
            ),
            Msg::MoveDown => (
                "Flyt ned",
                "Move down",
            ),
            Msg::DeleteCard => (
                "Slet",
                "Delete",
            ),
            Msg::ConfirmDeleteCardTitle => (
                "Slet kortet?",
                "Delete the card?",
            ),
            Msg::ConfirmDeleteCardBody => (
                "Kortet forsvinder fra kortsættet. Vil I bare springe det over i dette spil, så fjern fluebenet ved »Med i spillet« i stedet.",
                "The card disappears from the deck. To just skip it in this game, untick “In the game” instead.",
            ),
            Msg::ConfirmDeleteCardYes => (
                "Slet kortet",
                "Delete the card",
            ),
            Msg::NewCard => (
                "Nyt kort",
                "New card",
            ),
            Msg::EditCardHeading => (
                "Ret kortet",
                "Edit the card",
            ),
            Msg::FieldKind => (
                "Kategori",
                "Category",
            ),
            Msg::FieldForm => (
                "Spørgeform",
                "Kind of question",
            ),
            Msg::FieldQuestionDa => (
                "Spørgsmålet på dansk",
                "The question in Danish",
            ),
            Msg::FieldQuestionEn => (
                "Spørgsmålet på engelsk",
                "The question in English",
            ),
            Msg::FieldHintDa => (
                "Tip til den, der leder spillet (dansk, kan udelades)",
                "Hint for the facilitator (Danish, optional)",
            ),
            Msg::FieldHintEn => (
                "Tip til den, der leder spillet (engelsk, kan udelades)",
                "Hint for the facilitator (English, optional)",
            ),
            Msg::SaveCard => (
                "Gem kortet",
                "Save the card",
            ),
            Msg::PreviewHeading => (
                "Sådan ser kortet ud på skærmen",
                "How the card looks on screen",
            ),
            Msg::ChangeRefused => (
                "Ændringen er ikke gemt:",
                "The change was not saved:",
            ),
            Msg::ImportFailed => (
                "»{file}« kunne ikke bruges. Intet er ændret – jeres kort er, som de var.",
                "“{file}” could not be used. Nothing has changed – your cards are as they were.",
            ),
            Msg::Imported => (
                "»{name}« er importeret med {n} kort og valgt til næste spil.",
                "“{name}” was imported with {n} cards and chosen for the next game.",
            ),
            Msg::ImportedAsNew => (
                "Standardkortene kan ikke erstattes, så filen er gemt som et nyt kortsæt: »{name}«.",
                "The standard deck cannot be replaced, so the file was saved as a new deck: “{name}”.",
            ),
            Msg::ImportClashTitle => (
                "Kortsættet findes allerede",
                "This deck already exists",
            ),
            Msg::ImportClashBody => (
                "I har allerede kortsættet »{name}«. Vil I erstatte det med filen, eller gemme filen som et nyt kortsæt ved siden af?",
                "You already have the deck “{name}”. Replace it with the file, or save the file as a new deck alongside it?",
            ),
            Msg::ImportReplace => (
                "Erstat det",
                "Replace it",
            ),
            Msg::ImportAsNew => (
                "Gem som nyt",
                "Save as new",
            ),
            Msg::Exported => (
                "Filen »{file}« er klar – browseren lægger den blandt jeres overførsler.",
                "The file “{file}” is ready – the browser puts it with your downloads.",
            ),
            Msg::FileUnreadable => (
                "Filen kunne ikke læses ({reason}).",
                "The file could not be read ({reason}).",
            ),
            Msg::MoreProblems => (
                "… og {n} mere.",
                "… and {n} more.",
            ),
            Msg::DecksNotOpened => (
                "Gemte kortsæt, der ikke kunne åbnes: {n}. De er lagt til side, så intet er slettet.",
                "Saved decks that could not be opened: {n}. They have been set aside, so nothing has been deleted.",
            ),
            Msg::DeckSaved => (
                "Gemt.",
                "Saved.",
            ),
            Msg::KindPanelHeading => (
                "Kortene i »{kind}«",
                "The cards in “{kind}”",
            ),
        }
    }
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
        CardForm::Rank => ("Prioritér", "Rank"),
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
pub fn field_label(field: FieldId, session: Option<&Session>, lang: Lang) -> String {
    let what = match board().kind(field) {
        Some(FieldKind::Category(category)) => category_name(category, lang).to_string(),
        Some(FieldKind::Hq(category)) => fill(
            Msg::FieldHq.get(lang),
            &[("category", category_name(category, lang))],
        ),
        Some(FieldKind::Hub) => Msg::FieldHub.get(lang).to_string(),
        Some(FieldKind::Start(_)) => {
            let owner = session.and_then(|s| s.teams.iter().find(|t| t.start == field));
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
