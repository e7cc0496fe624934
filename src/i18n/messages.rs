//! The message list: every key once, with its Danish and English text.
//!
//! Templates use `{name}` placeholders, filled by [`super::fill`]; both languages
//! have the same placeholders (`tests/i18n_table.rs` checks it, and that the code
//! filling a template gives exactly those).

messages! {
    AppTitle => ("KerneSpillet", "KerneSpillet"),
    Tagline => (
        "Et dialogspil om jeres kerneopgave",
        "A dialogue game about your core task",
    ),
    SwitchLanguage => ("English", "Dansk"),
    NewGame => ("Nyt spil", "New game"),
    Cancel => ("Fortryd", "Cancel"),
    SetupHeading => ("Sæt et nyt spil op", "Set up a new game"),
    SetupIntro => (
        "Del jer i 2–6 hold. Hvert hold får en farve, en form og et bogstav på brikken.",
        "Split into 2–6 teams. Each team gets a colour, a shape and a letter on its piece.",
    ),
    TeamsHeading => ("Hold", "Teams"),
    DefaultTeamName => ("Hold {letter}", "Team {letter}"),
    TeamName => ("Holdnavn", "Team name"),
    TeamColour => ("Farve", "Colour"),
    Players => ("Spillere", "Players"),
    FewerPlayers => ("Én spiller færre", "One player fewer"),
    MorePlayers => ("Én spiller mere", "One more player"),
    RemoveTeam => ("Fjern holdet", "Remove team"),
    AddTeam => ("Tilføj et hold", "Add a team"),
    CoreTaskLabel => (
        "Jeres kerneopgave, som I formulerer den i dag",
        "Your core task, as you put it today",
    ),
    CoreTaskHelp => (
        "Må gerne stå tom. I skriver den igen sidst i spillet og sammenligner.",
        "May be left empty. You write it again at the end of the game and compare.",
    ),
    DurationHeading => ("Varighed", "Duration"),
    DurationAuto => (
        "Efter antal spillere ({hours} timer)",
        "By number of players ({hours} hours)",
    ),
    TwoHours => ("2 timer", "2 hours"),
    ThreeHours => ("3 timer", "3 hours"),
    TotalPlayers => ("{n} spillere i alt", "{n} players in all"),
    StartGame => ("Start spillet", "Start the game"),
    ProblemTeamCount => (
        "Der skal være mellem 2 og 6 hold.",
        "There must be between 2 and 6 teams.",
    ),
    ProblemEmptyName => ("Giv holdet et navn.", "Give the team a name."),
    ProblemNameTooLong => (
        "Navnet må højst være {max} tegn.",
        "The name can be at most {max} characters.",
    ),
    ProblemDuplicateName => (
        "Et andet hold hedder det samme.",
        "Another team has the same name.",
    ),
    ProblemDuplicateColour => (
        "Et andet hold har samme farve.",
        "Another team has the same colour.",
    ),
    ProblemPlayers => (
        "Et hold skal have mellem {min} og {max} spillere.",
        "A team must have between {min} and {max} players.",
    ),
    ProblemDuration => (
        "Vælg en varighed mellem 30 og 300 minutter.",
        "Choose a duration between 30 and 300 minutes.",
    ),
    ProblemAudienceForms => (
        "Skriv ordet i alle seks former, højst {max} tegn hver.",
        "Write the word in all six forms, at most {max} characters each.",
    ),
    AudienceHeading => (
        "Jeres eget ord for dem, I er her for",
        "Your own word for the people you are here for",
    ),
    AudienceLabel => (
        "Kortene kalder dem, I er her for",
        "The cards call the people you serve",
    ),
    AudienceOwn => ("Et andet ord …", "Another word …"),
    AudienceExample => (
        "Et kort kan fx spørge: »Hvad har {word} mest brug for fra os?«",
        "A card might ask: “What do {word} need most from us?”",
    ),
    AudienceOwnHelp => (
        "Skriv jeres ord i de former, kortene bruger. Over hvert felt står formen, som den hedder med »borger«:",
        "Write your word in Danish in the forms the cards use. Above each field is the form as it reads with “borger”:",
    ),
    AudienceOwnEnglish => (
        "På engelsk (må stå tomme, så siger de engelske kort »citizen«):",
        "In English (may be left empty; the English cards then say “citizen”):",
    ),
    PlaceholderHelp => (
        "Hvor kortet taler om dem, I er her for, så skriv {forms} – så bruger spillet det ord, der er valgt ved opsætningen (fx patienten). {wording} citerer jeres kerneopgave, som I skrev den ved åbningen.",
        "Where the card speaks of the people you are here for, write {forms} – the game then uses the word chosen at setup (e.g. the patient). {wording} quotes your core task as you wrote it at the opening.",
    ),
    ImportKeptOff => (
        "{n} af dets kort er stadig slået fra i næste spil, som før.",
        "{n} of its cards are still switched off for the next game, as before.",
    ),
    FixBeforeStart => (
        "Ret det markerede, så kan I starte.",
        "Fix what is marked, then you can start.",
    ),
    BoardLabel => ("Spillebrættet", "The game board"),
    FieldNumber => ("Felt {n}: {what}", "Field {n}: {what}"),
    FieldHq => ("{category}, hovedfelt", "{category}, headquarters"),
    FieldHub => ("Kernen, midten af brættet", "Kernen, the centre of the board"),
    FieldStart => ("Startfelt", "Start field"),
    FieldStartOf => ("Startfelt for {team}", "Start field of {team}"),
    FieldBreather => ("Pusterum", "Breather"),
    FieldShortcut => ("Genvej", "Shortcut"),
    FieldRollAgain => ("Slå igen", "Roll again"),
    FieldReachable => ("kan vælges", "can be chosen"),
    PieceOf => ("Brik: {team}", "Piece: {team}"),
    TurnOf => ("{team} har tur", "{team}'s turn"),
    TurnNumber => ("Tur {n}", "Turn {n}"),
    Roll => ("Slå med terningen", "Roll the die"),
    RollAgainBanner => ("Slå igen!", "Roll again!"),
    YouRolled => ("I slog {n}", "You rolled {n}"),
    ChooseField => (
        "Vælg et af de markerede felter på brættet – eller her:",
        "Choose one of the highlighted fields on the board – or here:",
    ),
    ChooseFieldRoom => (
        "Holdet vælger et af de markerede felter.",
        "The team chooses one of the highlighted fields.",
    ),
    ChooseCategory => ("Vælg kategori", "Choose a category"),
    HubChoose => (
        "I står i Kernen. Vælg selv, hvad I vil tale om.",
        "You are in the Kernen hub. Choose what you want to talk about.",
    ),
    JokerChoose => (
        "Vælg den kategori, I vil have et kort fra.",
        "Choose the category you want a card from.",
    ),
    CardDone => ("Færdig – næste hold", "Done – next team"),
    EarnsWedge => (
        "Hovedfelt: Når kortet er snakket igennem, får I stykket for »{category}«.",
        "Headquarters: when you have talked the card through, you earn the “{category}” piece.",
    ),
    SharedField => (
        "{teams} står også her – tag kortet sammen.",
        "{teams} also stand here – take the card together.",
    ),
    FacilitatorHint => ("Til dig, der styrer spillet", "For the facilitator"),
    TeamsAndWedges => ("Hold og stykker", "Teams and pieces earned"),
    WedgeEarned => ("{category}: klaret", "{category}: earned"),
    WedgeMissing => ("{category}: mangler", "{category}: missing"),
    PlayersCount => ("{n} spillere", "{n} players"),
    AnnounceRolled => ("{team} slog {n}.", "{team} rolled {n}."),
    AnnounceMoved => ("{team} rykkede til {field}.", "{team} moved to {field}."),
    AnnounceJumped => (
        "Genvej! {team} springer videre til {field}.",
        "Shortcut! {team} jumps on to {field}.",
    ),
    AnnounceRollAgain => ("{team} må slå igen.", "{team} may roll again."),
    AnnounceCard => ("Kort: {text}", "Card: {text}"),
    AnnounceWedge => (
        "{team} har fået stykket for »{category}«.",
        "{team} earned the “{category}” piece.",
    ),
    AnnounceCategoryChosen => ("{team} valgte {category}.", "{team} chose {category}."),
    SaveFailed => (
        "Spillet kunne ikke gemmes i browseren ({reason}). I kan spille videre, men luk ikke fanen.",
        "The game could not be saved in the browser ({reason}). You can play on, but do not close the tab.",
    ),
    Dismiss => ("Luk", "Close"),
    // The handover: a team's notebook written with no network, and taken into the game.
    NotebookLink => ("Holdets notesbog", "Team notebook"),
    NotebookTitle => ("Holdets notesbog", "The team's notebook"),
    NotebookIntro => (
        "Skriv holdets idéer her – det virker også uden net. Alt gemmes på denne enhed, mens I skriver. Når I er klar, viser I facilitatoren idéerne som koder eller gemmer dem som en fil.",
        "Write your team's ideas here – it works without a network too. Everything is kept on this device as you type. When you are ready, show the ideas to the facilitator as codes or give them a file.",
    ),
    NotebookBack => ("Til spillet", "To the game"),
    NotebookWriteMore => ("Skriv en ny idé eller skift hold", "Write a new idea or change team"),
    NotebookBackToTablet => ("Til holdets tablet", "To the team's tablet"),
    NotebookBallotHelp => (
        "Idébanken, som jeres tablet sidst så den. Jeres stemmer følger med koderne og filen og bliver holdets stemmer i spillet.",
        "The idea bank as your tablet last saw it. Your votes go with the codes and the file and become the team's votes in the game.",
    ),
    NotebookTeam => ("Vores hold", "Our team"),
    NotebookTeamName => ("Holdets navn (kan udelades)", "The team's name (optional)"),
    NotebookChooseTeam => (
        "Vælg jeres hold, før I afleverer.",
        "Choose your team before handing over.",
    ),
    NotebookNewIdea => ("Ny idé", "New idea"),
    NotebookIdeaCategory => ("Kategori (kan udelades)", "Category (optional)"),
    NotebookNoCategory => ("Ingen kategori", "No category"),
    NotebookAddIdea => ("Skriv idéen ind", "Add the idea"),
    NotebookIdeas => ("Vores idéer ({n})", "Our ideas ({n})"),
    NotebookEmpty => (
        "Ingen idéer endnu. Den første skriver I ovenfor.",
        "No ideas yet. Write the first one above.",
    ),
    NotebookFull => (
        "Notesbogen er fuld: {max} idéer. Aflever dem, før I skriver flere.",
        "The notebook is full: {max} ideas. Hand them over before writing more.",
    ),
    NotebookEdit => ("Ret", "Edit"),
    NotebookEditIdea => ("Ret idéen", "Edit the idea"),
    NotebookSaveIdea => ("Gem", "Save"),
    NotebookDeleteIdea => ("Slet idéen", "Delete the idea"),
    NotebookNotKept => (
        "Notesbogen kunne ikke gemmes på denne enhed ({reason}). Gem den som fil, så intet går tabt.",
        "The notebook could not be kept on this device ({reason}). Save it as a file so nothing is lost.",
    ),
    NotebookHandOver => ("Vis koderne", "Show the codes"),
    NotebookSaveFile => ("Gem som fil", "Save as a file"),
    NotebookCodeOf => ("{n} af {total}", "{n} of {total}"),
    NotebookCodeLabel => ("Kode {n} af {total}", "Code {n} of {total}"),
    NotebookCodesHelp => (
        "Hold skærmen op foran facilitatorens kamera, og gå videre til næste kode, når facilitatoren siger, at den er læst.",
        "Hold the screen up to the facilitator's camera, and go on to the next code when the facilitator says it has been read.",
    ),
    NotebookNextCode => ("Næste kode", "Next code"),
    NotebookPreviousCode => ("Forrige kode", "Previous code"),
    NotebookBackToIdeas => ("Tilbage til idéerne", "Back to the ideas"),
    NotebookTooManyCodes => (
        "Der er for meget til koder. Gem notesbogen som en fil, og giv den til facilitatoren.",
        "There is too much for codes. Save the notebook as a file and give it to the facilitator.",
    ),
    NotebookFileSaved => (
        "Filen er gemt. Giv den til facilitatoren, fx på et USB-stik.",
        "The file is saved. Give it to the facilitator, e.g. on a USB stick.",
    ),
    NotebookFileFailed => (
        "Filen kunne ikke gemmes: {reason}",
        "The file could not be saved: {reason}",
    ),
    HandoverButton => ("Hent fra tablet", "Get from tablet"),
    HandoverTitle => ("Hent et holds notesbog", "Get a team's notebook"),
    HandoverIntro => (
        "Bed holdet vise koderne fra notesbogen én ad gangen foran kameraet – eller åbn den fil, de har gemt.",
        "Ask the team to show the codes from their notebook one at a time to the camera – or open the file they saved.",
    ),
    HandoverScan => ("Scan med kameraet", "Scan with the camera"),
    CameraOff => ("Sluk kameraet", "Turn the camera off"),
    HandoverOpenFile => ("Åbn en fil", "Open a file"),
    CameraView => ("Det, kameraet ser", "What the camera sees"),
    HandoverLooking => (
        "Kameraet leder efter en kode …",
        "The camera is looking for a code …",
    ),
    HandoverProgress => ("{have} af {total} læst", "{have} of {total} read"),
    HandoverScanAgain => ("Scan en notesbog mere", "Scan another notebook"),
    HandoverInstead => ("Åbn holdets fil i stedet.", "Open the team's file instead."),
    CameraNotSecure => (
        "Kameraet kan kun bruges, når spillet er åbnet fra https:// eller 127.0.0.1 – ikke fra en almindelig http-adresse.",
        "The camera can only be used when the game is opened from https:// or 127.0.0.1 – not from a plain http address.",
    ),
    CameraNone => (
        "Browseren kan ikke finde et kamera på denne enhed.",
        "The browser cannot find a camera on this device.",
    ),
    CameraRefused => (
        "Browseren har ikke lov til at bruge kameraet. Giv lov ved adresselinjen og prøv igen.",
        "The browser is not allowed to use the camera. Allow it next to the address bar and try again.",
    ),
    CameraFailed => (
        "Kameraet kunne ikke starte ({reason}).",
        "The camera could not start ({reason}).",
    ),
    HandoverNothingChanged => ("Intet er ændret i spillet.", "Nothing was changed in the game."),
    HandoverNotANotebook => (
        "Det er ikke en notesbog fra KerneSpillet.",
        "That is not a KerneSpillet notebook.",
    ),
    HandoverVersion => (
        "Notesbogen er lavet med en anden udgave af KerneSpillet (format {version}). Opdatér appen på begge enheder, og prøv igen.",
        "The notebook was made by another version of KerneSpillet (format {version}). Update the app on both devices and try again.",
    ),
    HandoverTooLarge => (
        "Det er mere, end en notesbog kan rumme, så det er ikke læst.",
        "That is more than a notebook can hold, so it was not read.",
    ),
    HandoverDamaged => (
        "Notesbogen kunne ikke læses: den er ufuldstændig eller beskadiget. Scan koderne igen, eller brug en fil.",
        "The notebook could not be read: it is incomplete or damaged. Scan the codes again, or use a file.",
    ),
    HandoverMixed => (
        "Koderne er fra to forskellige notesbøger. Scan én notesbog ad gangen.",
        "The codes are from two different notebooks. Scan one notebook at a time.",
    ),
    HandoverMissing => (
        "Der mangler stadig kode {missing} af {total}.",
        "Code {missing} of {total} is still missing.",
    ),
    HandoverAnd => ("og", "and"),
    HandoverBadTeam => (
        "Notesbogen peger på et hold, der ikke kan findes i noget spil.",
        "The notebook names a team that no game can have.",
    ),
    HandoverBadTeamName => (
        "Holdets navn i notesbogen er længere end {max} tegn.",
        "The team's name in the notebook is longer than {max} characters.",
    ),
    HandoverBadDevice => (
        "Notesbogen siger ikke, hvilken enhed den er skrevet på.",
        "The notebook does not say which device it was written on.",
    ),
    HandoverBadGame => (
        "Notesbogen nævner et spil, der ikke kan findes.",
        "The notebook names a game that cannot exist.",
    ),
    HandoverTooManyIdeas => (
        "Notesbogen har flere end {max} idéer.",
        "The notebook has more than {max} ideas.",
    ),
    HandoverBadIdeaNumber => (
        "Idé nummer {n} i notesbogen har et nummer, der ikke kan passe.",
        "Idea number {n} in the notebook has a number that cannot be right.",
    ),
    HandoverBadIdeaText => (
        "Idé nummer {n} i notesbogen er tom eller længere end {max} tegn.",
        "Idea number {n} in the notebook is empty or longer than {max} characters.",
    ),
    HandoverBadVotes => (
        "Stemmerne i notesbogen kan ikke passe.",
        "The votes in the notebook cannot be right.",
    ),
    HandoverOtherGame => (
        "Notesbogen hører til et andet spil, så den er ikke taget med her.",
        "The notebook belongs to another game, so it was not taken in here.",
    ),
    HandoverNoSuchTeam => (
        "Spillet har intet hold {letter}. Vælg det rigtige hold i notesbogen, og aflever igen.",
        "The game has no team {letter}. Choose the right team in the notebook and hand it over again.",
    ),
    HandoverNew => ("{n} nye idéer fra {team}", "{n} new ideas from {team}"),
    HandoverNewOne => ("1 ny idé fra {team}", "1 new idea from {team}"),
    HandoverNoneNew => ("Ingen nye idéer fra {team}", "No new ideas from {team}"),
    HandoverKnown => ("{n} var her allerede", "{n} were here already"),
    HandoverKnownOne => ("1 var her allerede", "1 was here already"),
    HandoverNamed => (
        "Notesbogen kalder holdet »{name}«.",
        "The notebook calls the team “{name}”.",
    ),
    HandoverVotesTaken => (
        "Holdets {n} stemmer er talt med.",
        "The team's {n} votes are counted.",
    ),
    HandoverVotesNotNow => (
        "Stemmerne er ikke talt med: der stemmes først i idébanken.",
        "The votes are not counted: voting starts in the idea bank.",
    ),
    HandoverVotesTooMany => (
        "Stemmerne er ikke talt med: holdet har {allowance} stemmer, men notesbogen har {dots}.",
        "The votes are not counted: the team has {allowance} votes, but the notebook has {dots}.",
    ),
    HandoverVotesUnknown => (
        "Stemmerne er ikke talt med: en af dem er på en idé, som spillet ikke har.",
        "The votes are not counted: one of them is on an idea the game does not have.",
    ),
    /// A refused move: the generic lead, then why (a `Refused…` sentence or another
    /// reason from `game_error_text`).
    MoveRefused => (
        "Det kan ikke lade sig gøre lige nu. {reason}",
        "That is not possible right now. {reason}",
    ),
    RefusedWrongStage => (
        "Holdet er ikke nået dertil i sin tur endnu – eller er allerede forbi det.",
        "The team has not reached that point in its turn yet – or is already past it.",
    ),
    RefusedUnreachable => (
        "Brikken kan ikke nå felt {n} med det, holdet slog. Vælg et af de markerede felter.",
        "The piece cannot reach field {n} with the number rolled. Choose one of the highlighted fields.",
    ),
    RefusedNoCards => (
        "Der er ikke flere kort i »{kind}« – heller ikke blandt de brugte. Vælg et andet felt eller en anden kategori.",
        "There are no cards left in “{kind}” – not even among the used ones. Choose another field or category.",
    ),
    RefusedNotPlaying => (
        "Der bliver kun slået og rykket i fasen »{phase}«.",
        "Rolling and moving only happen in the “{phase}” phase.",
    ),
    RefusedNothingToUndo => (
        "Der er ikke noget træk at fortryde lige nu. Et slag med terningen kan ikke tages tilbage.",
        "There is no move to undo right now. A roll of the die cannot be taken back.",
    ),
    RefusedRoundStep => (
        "Det trin hører ikke til den del af samtalen, I er i nu.",
        "That step does not belong to the part of the talk you are in now.",
    ),
    RefusedLeaderCannotPass => (
        "Lederen står ikke over – lederen taler til sidst og samler op.",
        "The leader does not pass – the leader speaks last and sums up.",
    ),
    RefusedIdeaTooLong => (
        "Idéen er for lang. Skriv den kortere – højst {max} tegn.",
        "The idea is too long. Make it shorter – at most {max} characters.",
    ),
    RefusedUnknownIdea => (
        "Den idé findes ikke længere. Måske er den lige blevet slettet.",
        "That idea no longer exists. Perhaps it was just deleted.",
    ),
    /// Both for a vote with none left and for fewer votes per player than already given.
    RefusedNoVotesLeft => (
        "Stemmerne rækker ikke: et hold har allerede givet alle de stemmer, det har.",
        "There are not enough votes: a team has already given all the votes it has.",
    ),
    RefusedNoVoteToRemove => (
        "Holdet har ingen stemme på den idé at tage tilbage.",
        "The team has no vote on that idea to take back.",
    ),
    RefusedTooFewToGroup => (
        "Vælg mindst to idéer for at samle dem.",
        "Choose at least two ideas to group them.",
    ),
    RefusedPhaseStarted => (
        "»{phase}« er allerede begyndt eller ovre, så den kan ikke længere springes over eller tages med igen.",
        "“{phase}” has already begun or is over, so it can no longer be skipped or taken back in.",
    ),
    RefusedPhaseMinutes => (
        "En fase skal vare mellem 1 og {max} minutter.",
        "A phase must last between 1 and {max} minutes.",
    ),
    RefusedNoSuchActivity => (
        "Den aktivitet findes ikke længere. Måske er den lige blevet fjernet.",
        "That activity no longer exists. Perhaps it was just removed.",
    ),
    /// `{problems}`: what the plan still lacks, one sentence each.
    RefusedUnfinished => (
        "Spillet kan først afsluttes, når planen er færdig. {problems}",
        "The game can only be finished when the plan is done. {problems}",
    ),
    DeckHeading => ("Kortene", "Cards"),
    DeckSummary => (
        "{name} · {n} kort",
        "{name} · {n} cards",
    ),
    CardsOffCount => (
        "Kort slået fra i dette spil: {n}.",
        "Cards switched off for this game: {n}.",
    ),
    OpenDecks => (
        "Se, vælg og ret kortene",
        "View, choose and edit the cards",
    ),
    ProblemTooFewCards => (
        "Der er for få kort i »{kind}«: {have} af mindst {need}. Slå nogle til igen under Kortene.",
        "There are too few cards in “{kind}”: {have} of at least {need}. Switch some back on under The cards.",
    ),
    BackToSetup => (
        "Tilbage til opsætningen",
        "Back to setup",
    ),
    DecksIntro => (
        "Vælg de kort, næste spil skal bruge. Fjern fluebenet ved et kort for at springe det over i dette spil – kortet bliver i kortsættet.",
        "Choose the cards the next game will use. Untick a card to leave it out of this game – it stays in the deck.",
    ),
    ChooseDeck => (
        "Kortsæt til næste spil",
        "Deck for the next game",
    ),
    DeckCardCount => (
        "{n} kort",
        "{n} cards",
    ),
    StandardReadOnly => (
        "Standardkortene kan ikke rettes. Lav en kopi, så kan I rette, tilføje og slette kort.",
        "The standard deck cannot be edited. Make a copy to edit, add and delete cards.",
    ),
    CopyDeck => (
        "Lav en kopi",
        "Make a copy",
    ),
    CopyName => (
        "Kopi af {name}",
        "Copy of {name}",
    ),
    ExportDeck => (
        "Eksportér til fil",
        "Export to file",
    ),
    ImportDeck => (
        "Importér fra fil",
        "Import from file",
    ),
    DeleteDeck => (
        "Slet kortsættet",
        "Delete the deck",
    ),
    ConfirmDeleteDeckTitle => (
        "Slet kortsættet?",
        "Delete the deck?",
    ),
    ConfirmDeleteDeckBody => (
        "Kortsættet og alle dets kort bliver slettet fra denne browser, og næste spil bruger standardkortene. Får I brug for det igen, så eksportér det til en fil først – men hvilke kort der er slået fra, kommer ikke med i filen.",
        "The deck and all its cards will be deleted from this browser, and the next game uses the standard deck. If you may need it again, export it to a file first – but which cards are switched off does not go into the file.",
    ),
    DeckName => (
        "Navn på kortsættet",
        "Name of the deck",
    ),
    EnglishToo => (
        "Kortene har også engelsk tekst",
        "The cards also have English text",
    ),
    KindTabs => (
        "Kategorier",
        "Categories",
    ),
    CardOn => (
        "Med i spillet",
        "In the game",
    ),
    PreviewCard => (
        "Vis",
        "Preview",
    ),
    EditCard => (
        "Ret",
        "Edit",
    ),
    MoveUp => (
        "Flyt op",
        "Move up",
    ),
    MoveDown => (
        "Flyt ned",
        "Move down",
    ),
    DeleteCard => (
        "Slet",
        "Delete",
    ),
    ConfirmDeleteCardTitle => (
        "Slet kortet?",
        "Delete the card?",
    ),
    ConfirmDeleteCardBody => (
        "Kortet forsvinder fra kortsættet. Vil I bare springe det over i dette spil, så fjern fluebenet ved »Med i spillet« i stedet.",
        "The card disappears from the deck. To just skip it in this game, untick “In the game” instead.",
    ),
    ConfirmDeleteCardYes => (
        "Slet kortet",
        "Delete the card",
    ),
    NewCard => (
        "Nyt kort",
        "New card",
    ),
    EditCardHeading => (
        "Ret kortet",
        "Edit the card",
    ),
    FieldKind => (
        "Kategori",
        "Category",
    ),
    FieldForm => (
        "Spørgeform",
        "Kind of question",
    ),
    FieldQuestionDa => (
        "Spørgsmålet på dansk",
        "The question in Danish",
    ),
    FieldQuestionEn => (
        "Spørgsmålet på engelsk",
        "The question in English",
    ),
    FieldHintDa => (
        "Tip til den, der leder spillet (dansk, kan udelades)",
        "Hint for the facilitator (Danish, optional)",
    ),
    FieldHintEn => (
        "Tip til den, der leder spillet (engelsk, kan udelades)",
        "Hint for the facilitator (English, optional)",
    ),
    SaveCard => (
        "Gem kortet",
        "Save the card",
    ),
    PreviewHeading => (
        "Sådan ser kortet ud på skærmen",
        "How the card looks on screen",
    ),
    ChangeRefused => (
        "Ændringen er ikke gemt:",
        "The change was not saved:",
    ),
    ImportFailed => (
        "»{file}« kunne ikke bruges. Intet er ændret – jeres kort er, som de var.",
        "“{file}” could not be used. Nothing has changed – your cards are as they were.",
    ),
    Imported => (
        "»{name}« er importeret med {n} kort og valgt til næste spil.",
        "“{name}” was imported with {n} cards and chosen for the next game.",
    ),
    ImportedAsNew => (
        "Standardkortene kan ikke erstattes, så filen er gemt som et nyt kortsæt: »{name}«.",
        "The standard deck cannot be replaced, so the file was saved as a new deck: “{name}”.",
    ),
    ImportClashTitle => (
        "Kortsættet findes allerede",
        "This deck already exists",
    ),
    ImportClashBody => (
        "I har allerede kortsættet »{name}«. Vil I erstatte det med filen, eller gemme filen som et nyt kortsæt ved siden af?",
        "You already have the deck “{name}”. Replace it with the file, or save the file as a new deck alongside it?",
    ),
    ImportReplace => (
        "Erstat det",
        "Replace it",
    ),
    ImportAsNew => (
        "Gem som nyt",
        "Save as new",
    ),
    Exported => (
        "Filen »{file}« er klar – browseren lægger den blandt jeres overførsler.",
        "The file “{file}” is ready – the browser puts it with your downloads.",
    ),
    FileUnreadable => (
        "Filen kunne ikke læses ({reason}).",
        "The file could not be read ({reason}).",
    ),
    MoreProblems => (
        "… og {n} mere.",
        "… and {n} more.",
    ),
    DecksNotOpened => (
        "Gemte kortsæt, der ikke kunne åbnes: {n}. De er lagt til side, så intet er slettet.",
        "Saved decks that could not be opened: {n}. They have been set aside, so nothing has been deleted.",
    ),
    DeckSaved => (
        "Gemt.",
        "Saved.",
    ),
    KindPanelHeading => (
        "Kortene i »{kind}«",
        "The cards in “{kind}”",
    ),
    Copied => (
        "Kopien »{name}« er lavet og valgt til næste spil. Nu kan I rette i kortene.",
        "The copy “{name}” was made and chosen for the next game. Now you can edit its cards.",
    ),
    TooManyDecks => (
        "Der er allerede {max} egne kortsæt, og flere kan ikke gemmes her. Slet et, I ikke bruger (eksportér det først, hvis I vil gemme det).",
        "There are already {max} decks of your own, and no more can be kept here. Delete one you do not use (export it first if you want to keep it).",
    ),
    ExportFailed => (
        "Filen kunne ikke laves ({reason}).",
        "The file could not be made ({reason}).",
    ),
    SessionClock => (
        "Tid brugt: {time}",
        "Time so far: {time}",
    ),
    PhaseLeft => (
        "{time} tilbage",
        "{time} left",
    ),
    PhaseOver => (
        "{time} over tiden",
        "{time} over",
    ),
    NextPhase => (
        "Videre til: {phase}",
        "On to: {phase}",
    ),
    LastPhase => (
        "Sidste del af dagen",
        "Last part of the day",
    ),
    ConfirmNextTitle => (
        "Gå videre?",
        "Move on?",
    ),
    ConfirmNextBody => (
        "I forlader »{name}« og kan ikke vende tilbage til den del.",
        "You leave “{name}” and cannot return to that part.",
    ),
    ConfirmNextYes => (
        "Gå videre",
        "Move on",
    ),
    Undo => (
        "Fortryd sidste træk",
        "Undo last move",
    ),
    AgendaButton => (
        "Dagsorden",
        "Agenda",
    ),
    AgendaIntro => (
        "Gør en del længere eller kortere, eller spring en del over, der ikke er begyndt endnu.",
        "Make a part longer or shorter, or skip a part that has not started yet.",
    ),
    AgendaNow => (
        "nu",
        "now",
    ),
    AgendaSkipped => (
        "springes over",
        "skipped",
    ),
    Longer => (
        "5 minutter længere",
        "5 minutes longer",
    ),
    Shorter => (
        "5 minutter kortere",
        "5 minutes shorter",
    ),
    SkipPhase => (
        "Spring over",
        "Skip",
    ),
    UnskipPhase => (
        "Tag med igen",
        "Include again",
    ),
    MinutesShort => (
        "{n} min.",
        "{n} min",
    ),
    PlannedEnd => (
        "Slutter ca. kl. {time}",
        "Expected end at {time}",
    ),
    OpeningHeading => (
        "Velkommen til KerneSpillet",
        "Welcome to KerneSpillet",
    ),
    OpeningPurpose => (
        "I dag taler vi om vores kerneopgave – det, vi er her for – og går herfra med tre konkrete aktiviteter. Det handler ikke om at vinde, men om at alle kommer til orde.",
        "Today we talk about our core task – what we are here for – and leave with three concrete activities. It is not about winning, but about everyone being heard.",
    ),
    RulesHeading => (
        "Aftaler for i dag",
        "Agreements for today",
    ),
    Rule1 => (
        "Vi taler om opgaven og samarbejdet – ikke om hinanden.",
        "We talk about the task and how we work together – not about each other.",
    ),
    Rule2 => (
        "Det, der bliver sagt her, bliver her.",
        "What is said here stays here.",
    ),
    Rule3 => (
        "Alle må bede om en pause.",
        "Anyone may ask for a break.",
    ),
    Rule4 => (
        "Alle får ordet. Man må stå over én gang pr. kort.",
        "Everyone gets the floor. You may pass once per card.",
    ),
    CoreTaskToday => (
        "Vores kerneopgave, som vi formulerer den i dag",
        "Our core task as we word it today",
    ),
    NoCoreTaskYet => (
        "I har ikke skrevet den endnu. Det gør I sidst i spillet.",
        "You have not written it yet. You will at the end of the game.",
    ),
    StolthedIntro => (
        "Sig på skift én ting fra dit arbejde, som du er stolt af. Kort og konkret – alle kommer til.",
        "Each of you: say one thing from your work that you are proud of. Short and concrete – everyone has a turn.",
    ),
    BreakIntro => (
        "Stræk benene og hent en kop kaffe. Vi går i gang igen, når tiden er gået.",
        "Stretch your legs and get a coffee. We start again when the time is up.",
    ),
    KernenIntro => (
        "Skriv jeres kerneopgave i én sætning, sådan som I ser den nu. Sammenlign med den, I startede med.",
        "Write your core task in one sentence, as you see it now. Compare it with the one you started with.",
    ),
    KernenBefore => (
        "Da vi startede",
        "When we started",
    ),
    KernenNow => (
        "Nu, i én sætning",
        "Now, in one sentence",
    ),
    IdeasIntro => (
        "Saml idéer, der ligner hinanden: vælg dem, og tryk »Saml valgte«. Så giver hvert hold sine stemmer til de idéer, det vil arbejde videre med.",
        "Group ideas that are alike: select them and press “Group selected”. Then each team gives its votes to the ideas it wants to take further.",
    ),
    GroupSelected => (
        "Saml valgte",
        "Group selected",
    ),
    Ungroup => (
        "Tag ud af gruppen",
        "Take out of the group",
    ),
    SelectIdea => (
        "Vælg",
        "Select",
    ),
    VotesPerPlayer => (
        "Stemmer pr. spiller",
        "Votes per player",
    ),
    VotingTeam => (
        "Hold, der stemmer",
        "Voting team",
    ),
    VotesLeft => (
        "Stemmer tilbage: {n}",
        "Votes left: {n}",
    ),
    Vote => (
        "Giv en stemme",
        "Give a vote",
    ),
    Unvote => (
        "Tag en stemme tilbage",
        "Take a vote back",
    ),
    RankedHeading => (
        "Flest stemmer",
        "Most votes",
    ),
    VotesCount => (
        "Stemmer: {n}",
        "Votes: {n}",
    ),
    AddIdea => (
        "Tilføj idé",
        "Add idea",
    ),
    NoIdeas => (
        "Ingen idéer endnu. Holdene skriver dem under spillet, eller I kan tilføje dem her.",
        "No ideas yet. The teams write them during play, or you can add them here.",
    ),
    RoundSilent => (
        "Tænk stille over kortet",
        "Think about the card in silence",
    ),
    RoundSpeaker => (
        "Spiller {n} af {total} har ordet",
        "Player {n} of {total} has the floor",
    ),
    RoundLeader => (
        "Lederen har ordet – til sidst",
        "The leader has the floor – last",
    ),
    RoundOpen => (
        "Ordet er frit for alle",
        "The floor is open to everyone",
    ),
    RoundDone => (
        "Skriv holdets indsigt eller idé ned",
        "Write down the team's insight or idea",
    ),
    PauseTimer => (
        "Sæt uret på pause",
        "Pause the timer",
    ),
    ResumeTimer => (
        "Fortsæt",
        "Resume",
    ),
    AddMinute => (
        "+1 minut",
        "+1 minute",
    ),
    SkipStage => (
        "Spring over",
        "Skip",
    ),
    NextSpeaker => (
        "Næste",
        "Next",
    ),
    PassTurn => (
        "Står over",
        "Pass",
    ),
    PassUsed => (
        "Man kan kun stå over én gang.",
        "You can only pass once.",
    ),
    TimeUp => (
        "Tiden er gået",
        "Time is up",
    ),
    IdeaLabel => (
        "Holdets indsigt eller idé",
        "The team's insight or idea",
    ),
    SaveIdea => (
        "Gem idéen",
        "Save the idea",
    ),
    IdeasFromCard => (
        "Gemt fra dette kort",
        "Saved from this card",
    ),
    IdeaEmpty => (
        "Skriv idéen, før I gemmer den.",
        "Write the idea before saving it.",
    ),
    Steered => (
        "Tiden er knap, og I mangler »{category}«. Derfor kommer kortet derfra i stedet for fra »{landed}« – og når I har talt det igennem, får I stykket.",
        "Time is short and you are missing “{category}”, so the card comes from there instead of “{landed}” – talk it through and you earn the wedge.",
    ),
    PlanIntro => (
        "Gør de idéer, der fik flest stemmer, til præcis tre aktiviteter. Hver aktivitet får én ejer, et første skridt og en deadline.",
        "Turn the ideas with the most votes into exactly three activities. Each activity gets one owner, a first step and a deadline.",
    ),
    MakeActivity => (
        "Gør til aktivitet",
        "Make it an activity",
    ),
    EmptyActivity => (
        "Ny aktivitet uden idé",
        "New activity without an idea",
    ),
    ActivityN => (
        "Aktivitet {n}",
        "Activity {n}",
    ),
    FieldWhat => (
        "Aktivitet – hvad gør vi?",
        "Activity – what will we do?",
    ),
    FieldWhy => (
        "Hvorfor – hvordan hjælper det kerneopgaven?",
        "Why – how does it help the core task?",
    ),
    FieldCategory => (
        "Kategori",
        "Category",
    ),
    FieldOwner => (
        "Ejer – ét navn",
        "Owner – one name",
    ),
    FieldFirstStep => (
        "Første skridt – inden for en uge",
        "First step – within a week",
    ),
    DeadlineShort => ("Deadline", "Deadline"),
    FieldDeadline => (
        "Deadline – dato",
        "Deadline – date",
    ),
    FieldMeasure => (
        "Hvordan ved vi, at det virker? (kan udelades)",
        "How will we know it works? (optional)",
    ),
    RemoveActivity => (
        "Fjern aktiviteten",
        "Remove the activity",
    ),
    PlanFull => (
        "Der er allerede tre aktiviteter. Fjern én for at bytte den ud.",
        "There are already three activities. Remove one to replace it.",
    ),
    PlanCount => (
        "Der skal være præcis tre aktiviteter – nu er der {n}.",
        "There must be exactly three activities – now there are {n}.",
    ),
    PlanMissing => (
        "Aktivitet {n} mangler »{field}«.",
        "Activity {n} is missing “{field}”.",
    ),
    PlanBadDate => (
        "Aktivitet {n}: deadline skal være en dato.",
        "Activity {n}: the deadline must be a date.",
    ),
    PlanTooLong => (
        "Aktivitet {n}: en af teksterne er for lang.",
        "Activity {n}: one of the texts is too long.",
    ),
    PlanFollowUp => (
        "Vælg en dato for opfølgning.",
        "Choose a date to follow up.",
    ),
    PlanComplete => (
        "Planen er komplet: tre aktiviteter med ejer, første skridt og deadline.",
        "The plan is complete: three activities with owner, first step and deadline.",
    ),
    FollowUpLabel => (
        "Vi følger op på planen den",
        "We follow up on the plan on",
    ),
    FinishSession => (
        "Afslut sessionen",
        "Finish the session",
    ),
    Finished => (
        "Sessionen er afsluttet. Tak for i dag!",
        "The session is finished. Thank you for today!",
    ),
    ExportMarkdown => (
        "Hent som Markdown",
        "Download as Markdown",
    ),
    ExportCsv => (
        "Hent som CSV (regneark)",
        "Download as CSV (spreadsheet)",
    ),
    ExportJson => (
        "Hent som JSON",
        "Download as JSON",
    ),
    PrintPlan => (
        "Udskriv handleplanen",
        "Print the action plan",
    ),
    ExportTitle => (
        "Handleplan",
        "Action plan",
    ),
    ExportCoreTask => (
        "Kerneopgave",
        "Core task",
    ),
    ExportCoreOpening => (
        "Kerneopgave ved start",
        "Core task at the start",
    ),
    ExportFollowUp => (
        "Opfølgning",
        "Follow-up",
    ),
    ExportActivity => (
        "Aktivitet",
        "Activity",
    ),
    ExportWhat => (
        "Hvad",
        "What",
    ),
    ExportWhy => (
        "Hvorfor",
        "Why",
    ),
    ExportOwner => (
        "Ejer",
        "Owner",
    ),
    ExportFirstStep => (
        "Første skridt",
        "First step",
    ),
    ExportMeasure => (
        "Hvordan ved vi, at det virker?",
        "How will we know it works?",
    ),
    PlanDownloaded => (
        "Filen »{file}« er klar blandt jeres overførsler.",
        "The file “{file}” is ready in your downloads.",
    ),
    IdeaTeam => (
        "Holdet bag idéen",
        "The team behind the idea",
    ),
    RemoveIdea => (
        "Fjern idéen",
        "Remove the idea",
    ),
    NoCoreTaskAtStart => (
        "I skrev ingen kerneopgave ved start.",
        "You wrote no core task at the start.",
    ),
    ExportDeadline => (
        "Deadline (dato)",
        "Deadline (date)",
    ),
    FullscreenOn => (
        "Fuld skærm",
        "Full screen",
    ),
    FullscreenOff => (
        "Afslut fuld skærm",
        "Leave full screen",
    ),
    OpenProjector => (
        "Projektorvindue",
        "Projector window",
    ),
    ProjectorOpen => (
        "Projektor: åben",
        "Projector: open",
    ),
    ShortcutsButton => (
        "Genveje (?)",
        "Shortcuts (?)",
    ),
    ShortcutsTitle => (
        "Tastatur og klikker",
        "Keyboard and clicker",
    ),
    ShortcutNext => (
        "Næste trin: næste taler, videre i runden, kortet er færdigt – eller videre til næste fase (spørger først).",
        "Next step: the next speaker, on through the round, the card is done – or on to the next phase (asks first).",
    ),
    ShortcutPrevious => (
        "Et trin tilbage i runden – eller kortet tilbage på bordet lige efter «Færdig».",
        "One step back in the round – or the card back on the table just after \"Done\".",
    ),
    ShortcutBlank => (
        "Mørk skærm til og fra.",
        "Blank screen on and off.",
    ),
    ShortcutFullscreen => (
        "Fuld skærm. Esc forlader den.",
        "Full screen. Esc leaves it.",
    ),
    ShortcutHelp => (
        "Viser denne oversigt.",
        "Shows this overview.",
    ),
    ShortcutArrowsNote => (
        "Pile, mellemrum og Enter virker som klikker, når ingen knap har fokus. Tab flytter mellem knapper og de felter, holdet kan rykke til.",
        "Arrows, Space and Enter work as a clicker when no button has the focus. Tab moves between buttons and the fields the team can move to.",
    ),
    ShortcutNever => (
        "Klikkeren slår aldrig med terningen og sletter aldrig noget.",
        "The clicker never rolls the die and never deletes anything.",
    ),
    ClickerRoll => (
        "Klikkeren slår ikke med terningen – tryk på «Slå med terningen».",
        "The clicker does not roll the die – press \"Roll the die\".",
    ),
    ClickerChooseField => (
        "Vælg først feltet på brættet.",
        "Choose the field on the board first.",
    ),
    ClickerChooseCategory => (
        "Vælg først en kategori.",
        "Choose a category first.",
    ),
    ClickerNoBack => (
        "Her er der ikke noget trin at gå tilbage til. «Fortryd sidste træk» tager et træk tilbage.",
        "There is no step to go back to here. \"Undo last move\" takes a move back.",
    ),
    ClickerPhasesForward => (
        "Faserne går kun fremad. Under «Dagsorden» kan I ændre tiderne.",
        "Phases only go forward. Under \"Agenda\" you can change the times.",
    ),
    ClickerLastPhase => (
        "Det er den sidste fase.",
        "This is the last phase.",
    ),
    BlankTitle => (
        "Skærmen er mørk",
        "The screen is blank",
    ),
    BlankHelp => (
        "Tryk på punktum (.) eller her for at vise spillet igen.",
        "Press full stop (.) or here to show the game again.",
    ),
    ShowProjectorAgain => (
        "Vis spillet igen",
        "Show the game again",
    ),
    WakeLockRefused => (
        "Browseren vil ikke holde skærmen tændt, så den kan gå i dvale.",
        "The browser will not keep the screen on, so it may go to sleep.",
    ),
    ProjectorWaiting => (
        "Venter på spillet fra styrevinduet …",
        "Waiting for the game from the control window …",
    ),
    ProjectorBlocked => (
        "Browseren blokerede vinduet. Tillad pop op-vinduer for siden, og prøv igen.",
        "The browser blocked the window. Allow pop-ups for this page and try again.",
    ),
    AudienceIdeas => (
        "Idéerne indtil nu",
        "The ideas so far",
    ),
    AudienceMoreIdeas => (
        "… og {n} flere",
        "… and {n} more",
    ),
    KeysLabel => (
        "Taster",
        "Keys",
    ),
    ForFacilitator => (
        "Kun til dig, der styrer spillet",
        "Only for you, the facilitator",
    ),
    NextCards => (
        "Næste kort i bunkerne",
        "Next card in each pile",
    ),
    NextCardUnknown => (
        "Bunken blandes igen",
        "The pile is reshuffled",
    ),
    NotesLabel => (
        "Dine noter",
        "Your notes",
    ),
    AnnouncePhase => (
        "Ny fase: {phase}.",
        "New phase: {phase}.",
    ),
    AudienceReadyToRoll => (
        "Klar til at slå med terningen",
        "Ready to roll the die",
    ),
    StartTitle => (
        "Gemte spil",
        "Saved games",
    ),
    StartIntro => (
        "Fortsæt et spil, eller start et nyt. Spillene er gemt her i browseren.",
        "Continue a game or start a new one. The games are kept here in this browser.",
    ),
    StartEmpty => (
        "Der er ingen gemte spil endnu.",
        "There are no saved games yet.",
    ),
    ImportSession => (
        "Hent spil fra fil",
        "Open game from file",
    ),
    ResumeSession => (
        "Fortsæt",
        "Continue",
    ),
    RenameSession => (
        "Omdøb",
        "Rename",
    ),
    DuplicateSession => (
        "Kopiér",
        "Copy",
    ),
    ExportSession => (
        "Gem som fil",
        "Save as file",
    ),
    DeleteSession => (
        "Slet",
        "Delete",
    ),
    UntitledSession => (
        "Spil uden navn",
        "Untitled game",
    ),
    SessionStarted => (
        "Startet {date} kl. {time}",
        "Started {date} at {time}",
    ),
    SessionFinished => (
        "Afsluttet",
        "Finished",
    ),
    SessionTeams => (
        "{n} hold: {names}",
        "{n} teams: {names}",
    ),
    SessionTooNew => (
        "Gemt med en nyere udgave af KerneSpillet. Det kan ikke åbnes her, men det er ikke ændret.",
        "Saved by a newer version of KerneSpillet. It cannot be opened here, but it has not been changed.",
    ),
    SessionDamaged => (
        "Kan ikke læses, og der er ingen brugbar sikkerhedskopi. Dataene er gemt, så I kan hente dem.",
        "Cannot be read, and there is no usable backup. The data is kept, so you can download it.",
    ),
    DamagedCopyKept => (
        "Beskadigede data fra dette spil er lagt til side.",
        "Damaged data from this game has been set aside.",
    ),
    DownloadRaw => (
        "Hent de rå data",
        "Download the raw data",
    ),
    DownloadDamagedCopyFrom => (
        "Hent kopien fra {date} kl. {time}",
        "Download the copy from {date} at {time}",
    ),
    SessionCopyName => (
        "Kopi af {name}",
        "Copy of {name}",
    ),
    RenameTitle => (
        "Omdøb spillet",
        "Rename the game",
    ),
    RenameLabel => (
        "Spillets navn",
        "Name of the game",
    ),
    SaveName => (
        "Gem navnet",
        "Save the name",
    ),
    DeleteSessionTitle => (
        "Slet spillet?",
        "Delete the game?",
    ),
    DeleteSessionBody => (
        "»{name}« bliver slettet fra browseren og kan ikke hentes igen. Gem det som fil først, hvis I vil beholde det.",
        "“{name}” will be removed from this browser for good. Save it as a file first if you want to keep it.",
    ),
    DeleteSessionYes => (
        "Slet spillet",
        "Delete the game",
    ),
    SessionImportProblem => (
        "Filen »{file}« kunne ikke åbnes. {reason} Intet er ændret.",
        "The file “{file}” could not be opened. {reason} Nothing has been changed.",
    ),
    SessionImportDone => (
        "»{name}« er hentet og står nu i listen.",
        "“{name}” has been opened and is now in the list.",
    ),
    SessionClashTitle => (
        "Spillet er her allerede",
        "This game is already here",
    ),
    SessionClashBody => (
        "Det samme spil er allerede gemt her: »{name}«. Vil I erstatte det med udgaven fra filen, eller beholde begge?",
        "The same game is already saved here: “{name}”. Replace it with the version from the file, or keep both?",
    ),
    SessionReplace => (
        "Erstat det gemte",
        "Replace the saved one",
    ),
    GameOpenElsewhere => (
        "»{name}« spilles i et andet vindue lige nu, så det er ikke ændret. Luk spillet dér (eller vælg »Alle spil« dér), og prøv så igen.",
        "“{name}” is being played in another window right now, so it has not been changed. Close the game there (or choose “All games” there), then try again.",
    ),
    SessionKeepBoth => (
        "Behold begge",
        "Keep both",
    ),
    LoadTooNew => (
        "Spillet er gemt med en nyere udgave af KerneSpillet (version {found}). Opdatér appen for at åbne det.",
        "The game was saved by a newer version of KerneSpillet (version {found}). Update the app to open it.",
    ),
    LoadIsDeck => (
        "Det er et kortsæt, ikke et spil. Kortsæt hentes under »Kortsæt«.",
        "This is a deck, not a game. Decks are opened under “Decks”.",
    ),
    RestoredBackup => (
        "Det gemte spil »{name}« var beskadiget. Sikkerhedskopien fra lige før den sidste ændring er hentet frem, så I kan fortsætte. De beskadigede data er gemt og kan hentes under »Gemte spil«.",
        "The saved game “{name}” was damaged. The backup from just before the last change has been restored, so you can go on. The damaged data is kept and can be downloaded under “Saved games”.",
    ),
    NotRestored => (
        "Et gemt spil kunne ikke læses. {reason} Der var ingen brugbar sikkerhedskopi. Dataene er gemt og kan hentes under »Gemte spil«.",
        "A saved game could not be read. {reason} There was no usable backup. The data is kept and can be downloaded under “Saved games”.",
    ),
    StorageFull => (
        "Browserens lager er fuldt, så spillet ikke kan gemmes her. I kan spille videre – men gem spillet som fil nu, så intet går tabt.",
        "The browser's storage is full, so the game cannot be saved here. You can play on – but save the game as a file now, so nothing is lost.",
    ),
    NotPersistent => (
        "Browseren har ikke lovet at gemme spillene varigt og kan slette dem, hvis pladsen bliver trang. Gem spillet som fil ind imellem.",
        "The browser has not promised to keep the games for good and may delete them if space runs short. Save the game as a file now and then.",
    ),
    ReadOnlyBanner => (
        "Spillet er åbent i et andet vindue. Her kan I kun se med, så intet bliver skrevet over.",
        "This game is open in another window. Here you can only watch, so nothing is overwritten.",
    ),
    TakenOverBanner => (
        "Spillet er overtaget i et andet vindue. Her kan I kun se med.",
        "The game was taken over in another window. Here you can only watch.",
    ),
    TakeOver => (
        "Overtag spillet her",
        "Take over the game here",
    ),
    AllSessions => (
        "Alle spil",
        "All games",
    ),
    BackToSessions => (
        "Tilbage til gemte spil",
        "Back to saved games",
    ),
    SessionsList => (
        "Gemte spil i denne browser",
        "Saved games in this browser",
    ),
    SessionPhase => (
        "Fase: {phase}",
        "Phase: {phase}",
    ),
    DamagedSessionTitle => (
        "Et gemt spil, der ikke kan åbnes",
        "A saved game that cannot be opened",
    ),
    NewerVersionKept => (
        "Spillet er i mellemtiden gemt af en nyere udgave af KerneSpillet i et andet vindue, så det bliver ikke skrevet over herfra. Gem jeres udgave som fil, hvis I vil beholde den.",
        "The game has meanwhile been saved by a newer version of KerneSpillet in another window, so it is not written over from here. Save your version as a file if you want to keep it.",
    ),
    TabletTitle => ("Holdets tablet", "Team tablet"),
    OpenTablet => ("Åbn en tablet i et vindue her", "Open a tablet in a window here"),
    OtherVersionWindow => (
        "Et vindue med en anden udgave af KerneSpillet (protokol {found}; dette vindue har {ours}) prøver at tale med spillet. De to kan ikke spille sammen: genindlæs begge vinduer, så de kører samme udgave.",
        "A window with another version of KerneSpillet (protocol {found}; this window has {ours}) is trying to talk to the game. The two cannot play together: reload both windows so that they run the same version.",
    ),
    OlderBuildHere => (
        "Et andet vindue med spillet kører en nyere udgave af KerneSpillet end dette. Genindlæs dette vindue, så I kører samme udgave. Spillet er gemt og fortsætter, hvor I slap.",
        "Another window with the game runs a newer version of KerneSpillet than this one. Reload this window so that you run the same version. The game is saved and goes on where you left off.",
    ),
    OlderBuildElsewhere => (
        "Et andet vindue med spillet kører en ældre udgave af KerneSpillet end dette. Genindlæs det andet vindue, så I kører samme udgave.",
        "Another window with the game runs an older version of KerneSpillet than this one. Reload the other window so that you run the same version.",
    ),
    OtherBuildWindow => (
        "Et andet vindue med spillet kører en anden udgave af KerneSpillet end dette. Genindlæs begge vinduer, så I kører samme udgave. Spillet er gemt og fortsætter, hvor I slap.",
        "Another window with the game runs another version of KerneSpillet than this one. Reload both windows so that you run the same version. The game is saved and goes on where you left off.",
    ),
    ReloadNow => ("Genindlæs nu", "Reload now"),
    TabletSilentHeading => ("Spillet svarer ikke", "The game is not answering"),
    TabletSilentHelp => (
        "Facilitatorens vindue er lukket, eller tabletten kan ikke nå det. Tabletten bliver ved med at prøve. Imens kan I skrive jeres idéer – og i idébanken give jeres stemmer – i holdets notesbog og give dem til facilitatoren som QR-koder eller en fil.",
        "The facilitator's window is closed, or the tablet cannot reach it. The tablet keeps trying. Meanwhile you can write your ideas – and in the idea bank give your votes – in the team's notebook and hand them to the facilitator as QR codes or a file.",
    ),
    TabletOpenNotebook => ("Åbn holdets notesbog", "Open the team's notebook"),
    TabletConnecting => (
        "Forbinder til spillet … Facilitatorens vindue skal være åbent.",
        "Connecting to the game … The facilitator's window must be open.",
    ),
    TabletChooseTeam => ("Hvilket hold er I?", "Which team are you?"),
    TabletChooseTeamHelp => (
        "Tryk på jeres hold. I kan skifte senere.",
        "Tap your team. You can change later.",
    ),
    TabletWeAre => ("I er {team}", "You are {team}"),
    TabletChangeTeam => ("Skift hold", "Change team"),
    TabletWithTeam => (
        "{team} har sin tablet med – sidst hørt for {seconds} sekunder siden",
        "{team} has its tablet with the game – last heard {seconds} seconds ago",
    ),
    TabletBadge => ("Tablet", "Tablet"),
    ConnectTablets => ("Forbind tablets", "Connect tablets"),
    ConnectTabletsCount => ("Forbind tablets ({count})", "Connect tablets ({count})"),
    ConnectTitle => ("Forbind holdenes tablets", "Connect the teams' tablets"),
    ConnectIntro => (
        "På holdets tablet: åbn KerneSpillet, tryk »Deltag med en tablet«, og scan holdets kode her. Tabletten viser så et svar – hold det op foran kameraet på denne computer.",
        "On the team's tablet: open KerneSpillet, tap “Join with a tablet” and scan the team's code here. The tablet then shows an answer – hold it up to this computer's camera.",
    ),
    ConnectCodeFor => ("Koden til {team}", "The code for {team}"),
    ConnectMaking => ("Koden bliver lavet …", "Making the code …"),
    ConnectLinked => ("{team} er forbundet.", "{team} is connected."),
    ConnectCodeForRejoin => (
        "Holdet er forbundet. Koden skal kun bruges, hvis tabletten mister forbindelsen.",
        "The team is connected. The code is only needed if the tablet loses its link.",
    ),
    ConnectCameraStart => ("Tænd kameraet", "Turn the camera on"),
    ConnectLooking => (
        "Kameraet leder efter en tablets svar …",
        "The camera is looking for a tablet's answer …",
    ),
    ConnectAnswerRead => (
        "Svaret fra {team} er læst – forbinder …",
        "The answer from {team} is read – connecting …",
    ),
    ConnectInstead => (
        "Holdene kan i stedet skrive i deres notesbog og give den til dig som QR-koder eller en fil.",
        "Instead, the teams can write in their notebook and hand it to you as QR codes or a file.",
    ),
    ConnectLimits => (
        "Computeren og tablets skal være på samme Wi-Fi, og det må ikke holde enhederne adskilt (det gør mange gæstenet). En telefons hotspot virker altid. Intet sendes ud af lokalet.",
        "The computer and the tablets must be on the same Wi-Fi, and it must not keep devices apart (many guest networks do). A phone's hotspot always works. Nothing is sent out of the room.",
    ),
    LinkWaiting => ("Venter på tabletten", "Waiting for the tablet"),
    LinkConnecting => ("Forbinder …", "Connecting …"),
    LinkLive => ("Forbundet", "Connected"),
    LinkInterrupted => ("Afbrudt – venter på, at den kommer igen", "Interrupted – waiting for it to come back"),
    LinkLost => ("Forbindelsen er væk – scan koden igen", "The link is gone – scan the code again"),
    LinkDropped => (
        "Koblet fra: tabletten sendte noget, spillet ikke kan læse",
        "Disconnected: the tablet sent something the game cannot read",
    ),
    LinkFailed => ("Ingen forbindelse: {reason}", "No connection: {reason}"),
    LiveUnsupported => (
        "browseren kan ikke lave en direkte forbindelse (WebRTC)",
        "the browser cannot make a direct connection (WebRTC)",
    ),
    LiveNoNetwork => (
        "enheden er ikke på noget netværk – slå Wi-Fi til",
        "the device is on no network – turn Wi-Fi on",
    ),
    LiveFailed => ("browseren sagde nej ({reason})", "the browser refused ({reason})"),
    CodeNotOurs => (
        "Det er ikke en kode fra KerneSpillet.",
        "That is not a KerneSpillet code.",
    ),
    CodeJoinNotAnswer => (
        "Det er holdets kode fra denne skærm. Kameraet skal se svaret på holdets tablet.",
        "That is the team's code from this screen. The camera must see the answer on the team's tablet.",
    ),
    CodeAnswerNotJoin => (
        "Det er en tablets svar. Scan holdets kode på facilitatorens skærm.",
        "That is a tablet's answer. Scan the team's code on the facilitator's screen.",
    ),
    CodeOtherVersion => (
        "Koden er lavet af en anden udgave af KerneSpillet. Genindlæs appen på begge enheder, mens I er online.",
        "The code was made by another version of KerneSpillet. Reload the app on both devices while you are online.",
    ),
    CodeDamaged => (
        "Koden kunne ikke læses helt. Hold den stille, lidt tættere på.",
        "The code could not be read in full. Hold it still, a little closer.",
    ),
    CodeStale => (
        "Det svar hører til en ældre kode. Scan holdets nye kode med tabletten.",
        "That answer belongs to an older code. Scan the team's new code with the tablet.",
    ),
    JoinLink => ("Deltag med en tablet", "Join with a tablet"),
    JoinTitle => ("Deltag i spillet med holdets tablet", "Join the game with the team's tablet"),
    JoinIntro => (
        "Facilitatoren viser en kode til hvert hold under »Forbind tablets«. Scan jeres holds kode.",
        "The facilitator shows a code for each team under “Connect tablets”. Scan your team's code.",
    ),
    JoinScan => ("Scan holdets kode", "Scan the team's code"),
    JoinScanAgain => ("Scan koden igen", "Scan the code again"),
    JoinLooking => ("Kameraet leder efter holdets kode …", "The camera is looking for the team's code …"),
    JoinInstead => (
        "I kan i stedet skrive jeres idéer i holdets notesbog.",
        "Instead, you can write your ideas in the team's notebook.",
    ),
    JoinAnswering => ("Laver tablettens svar …", "Making the tablet's answer …"),
    JoinShowAnswer => (
        "Hold tabletten op foran facilitatorens kamera, så koden kan ses.",
        "Hold the tablet up to the facilitator's camera so the code can be seen.",
    ),
    JoinAnswerLabel => ("Tablettens svar til facilitatorens kamera", "The tablet's answer for the facilitator's camera"),
    JoinSearching => ("Leder efter facilitatorens computer på netværket …", "Looking for the facilitator's computer on the network …"),
    JoinReachable => (
        "Tabletten kan se facilitatorens computer. Venter på kameraet …",
        "The tablet can see the facilitator's computer. Waiting for the camera …",
    ),
    JoinCannotSeeHeading => ("Tabletten kan ikke finde facilitatorens computer", "The tablet cannot find the facilitator's computer"),
    JoinCannotSee => (
        "Netværket lader ikke enhederne se hinanden – det gør mange gæstenet. Der er to veje videre:",
        "The network does not let the devices see each other – many guest networks do that. There are two ways on:",
    ),
    JoinHotspot => (
        "Tænd en telefons hotspot, forbind både tabletten og facilitatorens computer til den, og scan holdets kode igen.",
        "Turn on a phone's hotspot, connect both the tablet and the facilitator's computer to it, and scan the team's code again.",
    ),
    JoinNotebookWay => (
        "Skriv jeres idéer i holdets notesbog, og giv dem til facilitatoren som QR-koder eller en fil.",
        "Write your ideas in the team's notebook and hand them to the facilitator as QR codes or a file.",
    ),
    JoinLive => ("Forbundet til spillet", "Connected to the game"),
    JoinLostHeading => ("Forbindelsen til spillet er væk", "The link to the game is gone"),
    JoinLost => (
        "Tabletten har sovet, er genindlæst eller er kommet for langt væk. Scan holdets kode igen på facilitatorens skærm – det, I har skrevet, bliver sendt, når forbindelsen er tilbage.",
        "The tablet has slept, been reloaded or gone too far away. Scan the team's code again on the facilitator's screen – what you have written is sent when the link is back.",
    ),
    JoinFailed => ("Der kunne ikke laves en forbindelse: {reason}", "No connection could be made: {reason}"),
    RefusedNotYourTurn => (
        "Det er ikke jeres tur – {team} har tur. Vent, til det bliver jeres.",
        "It is not your turn – it is {team}'s. Wait until it is yours.",
    ),
    RefusedNotNow => (
        "Det hører til en anden del af spillet end den, I er i nu.",
        "That belongs to another part of the game than the one you are in now.",
    ),
    RefusedNoSuchTeam => (
        "Det hold findes ikke i spillet. Vælg jeres hold igen.",
        "That team is not in the game. Choose your team again.",
    ),
    TabletRefused => ("Det gik ikke: {reason}", "That did not work: {reason}"),
    BallotHeading => ("Jeres stemmer", "Your votes"),
    BallotHelp => (
        "Giv jeres prikker til de idéer, I vil arbejde videre med.",
        "Give your dots to the ideas you want to take further.",
    ),
    SuggestHeading => (
        "Jeres bud på kerneopgaven i én sætning",
        "Your core task in one sentence",
    ),
    SuggestSend => ("Send til facilitatoren", "Send to the facilitator"),
    SuggestSent => (
        "Sendt. Facilitatoren kan se jeres bud.",
        "Sent. The facilitator can see your suggestion.",
    ),
    SuggestionsHeading => ("Holdenes bud", "The teams' suggestions"),
    UseSuggestion => ("Brug buddet", "Use this one"),
    // The session report (issue 18).
    ShowReport => ("Se rapporten", "See the report"),
    CloseReport => ("Tilbage", "Back"),
    PrintReport => ("Udskriv rapporten", "Print the report"),
    ReportHeading => ("Rapport fra {session}", "Report from {session}"),
    ReportSubtitle => (
        "{teams} · {date} · {used} min. af {planned} planlagte",
        "{teams} · {date} · {used} of {planned} planned minutes",
    ),
    ReportCoreStart => ("Kerneopgaven, som I skrev den ved start", "The core task as you wrote it at the start"),
    ReportCoreEnd => ("Kerneopgaven i én sætning, til sidst", "The core task in one sentence, at the end"),
    ReportCoreMissing => ("(ikke skrevet)", "(not written)"),
    ReportWheel => ("Kategorierne I talte om", "The categories you talked through"),
    ReportWheelAlt => (
        "{category}: {cards} talt igennem af {teams}, {ideas}; {wedges} hold fik stykket.",
        "{category}: {cards} talked through by {teams}, {ideas}; {wedges} teams earned the piece.",
    ),
    ReportOneCard => ("1 kort", "1 card"),
    ReportManyCards => ("{n} kort", "{n} cards"),
    ReportOneIdea => ("1 idé", "1 idea"),
    ReportManyIdeas => ("{n} idéer", "{n} ideas"),
    ReportOnePiece => ("1 stykke", "1 piece"),
    ReportManyPieces => ("{n} stykker", "{n} pieces"),
    ReportOneVote => ("1 stemme", "1 vote"),
    ReportManyVotes => ("{n} stemmer", "{n} votes"),
    ReportWheelOther => (
        "Derudover {n} kort om stolthed, handling og jokere.",
        "Besides, {n} cards on pride, action and jokers.",
    ),
    ReportNoTeam => ("ingen hold", "no team"),
    ReportTime => ("Sådan gik tiden", "How the time went"),
    ReportTimeAlt => (
        "{phase}: planlagt {planned} min., brugt {used} min.",
        "{phase}: {planned} min. planned, {used} min. used.",
    ),
    ReportTimeNotKept => (
        "Spillet blev gemt, før appen huskede fasernes tider, så her er kun planen.",
        "This game was saved before the app kept the phases' times, so only the plan is shown.",
    ),
    ReportPhase => ("Fase", "Phase"),
    ReportPlanned => ("Planlagt", "Planned"),
    ReportUsed => ("Brugt", "Used"),
    ReportMinutes => ("min.", "min"),
    ReportSkipped => ("sprunget over", "skipped"),
    ReportNotReached => ("ikke nået", "not reached"),
    ReportOver => ("{n} min. over", "{n} min over"),
    ReportUnder => ("{n} min. under", "{n} min under"),
    ReportTeams => ("Hvert hold: kort, idéer og stykker", "Each team: cards, ideas and pieces"),
    ReportTeamAlt => (
        "{team}: {cards}, {ideas} og {wedges}.",
        "{team}: {cards}, {ideas} and {wedges}.",
    ),
    ReportTeam => ("Hold", "Team"),
    ReportCards => ("Kort", "Cards"),
    ReportIdeas => ("Idéer", "Ideas"),
    ReportWedges => ("Stykker", "Pieces"),
    ReportCategories => ("Idéer pr. kategori", "Ideas per category"),
    ReportCategoryAlt => ("Idéer om {category}: {ideas}.", "Ideas on {category}: {ideas}."),
    ReportWithoutCategory => ("Uden kategori", "No category"),
    ReportVote => ("Afstemningen", "The vote"),
    ReportVoteAlt => ("»{idea}«: {votes}.", "“{idea}”: {votes}."),
    ReportVotes => ("Stemmer", "Votes"),
    ReportBecame => ("Blev til", "Became"),
    ReportBecameActivity => ("blev til aktivitet {n}", "became activity {n}"),
    ReportActivityMark => ("aktivitet {n}", "activity {n}"),
    ReportNoVotes => ("Der blev ikke stemt.", "There was no vote."),
    ReportVotesMore => (
        "… og {n} idéer mere med færre stemmer.",
        "… and {n} more ideas with fewer votes.",
    ),
    ReportActivities => ("De tre aktiviteter", "The three activities"),
    ReportNoActivities => (
        "Handleplanen er ikke lavet endnu.",
        "The action plan has not been made yet.",
    ),
    ReportTalked => ("Kortene I talte om – og idéerne de gav", "The cards you talked about – and the ideas they gave"),
    ReportNoCards => ("Ingen kort blev talt igennem.", "No cards were talked through."),
    ReportNoIdeasFromCard => ("Ingen idéer skrevet ned.", "No ideas written down."),
    ReportOpen => ("Rapport", "Report"),
    ReportOpenOf => ("Se rapporten fra {session}", "See the report from {session}"),
    ReportUnreadable => (
        "Spillet kunne ikke læses, så der er ingen rapport. Det gemte spil er uændret.",
        "The game could not be read, so there is no report. The saved game is unchanged.",
    ),
    // The replay (issue 18).
    ShowReplay => ("Genafspil spillet", "Replay the game"),
    ReplayHeading => ("Genafspilning", "Replay"),
    ReplayPlay => ("Afspil", "Play"),
    ReplayPause => ("Pause", "Pause"),
    ReplayBack => ("Et skridt tilbage", "One step back"),
    ReplayForward => ("Et skridt frem", "One step forward"),
    ReplaySpeed => ("Fart", "Speed"),
    ReplaySlow => ("Langsom", "Slow"),
    ReplayNormal => ("Normal", "Normal"),
    ReplayFast => ("Hurtig", "Fast"),
    ReplayStepOf => ("Skridt {n} af {total}", "Step {n} of {total}"),
    ReplayScrubber => ("Hvor i spillet", "Where in the game"),
    ReplayPhases => ("Gå til en fase", "Go to a phase"),
    ReplayClose => ("Luk genafspilningen", "Close the replay"),
    ReplayKeys => (
        "Klikkeren og piletasterne går frem og tilbage; mellemrum afspiller og holder pause.",
        "The clicker and the arrow keys step forward and back; space plays and pauses.",
    ),
    ReplayStart => ("Brikkerne står klar på startfelterne.", "The pieces stand ready on their start fields."),
    ReplayCardDrawn => ("{team} trækker et kort:", "{team} draws a card:"),
    ReplayIdea => ("{team} skrev en idé: »{idea}«", "{team} wrote an idea: “{idea}”"),
    ReplayVote => (
        "Afstemningen: »{idea}« fik flest stemmer ({votes}).",
        "The vote: “{idea}” got the most votes ({votes}).",
    ),
    ReplayActivity => ("Aktivitet {n}: {what} – ejer: {owner}", "Activity {n}: {what} – owner: {owner}"),
    ReplayBroken => (
        "Spillets log passer ikke med dets terningeslag (ved skridt {n}), så det kan ikke genafspilles. Det gemte spil er uændret.",
        "The game's log does not fit its dice (at step {n}), so it cannot be replayed. The saved game is unchanged.",
    ),
    ReplayIdeasSoFar => ("Idéer indtil nu: {n}", "Ideas so far: {n}"),
    ReplayTurns => ("Ture spillet: {n}", "Turns played: {n}"),
    // Print-and-play (issue 19).
    PrintGame => ("Print spillet", "Print the game"),
    PrintHeading => ("Print spillet til borde uden tablet", "Print the game for tables without a tablet"),
    PrintIntro => (
        "Kortene, spillebrættet og brikkerne fra jeres egen printer – med jeres valgte kort og jeres ord for dem, I er her for. Vælg, hvad I vil have med, og se arkene nedenfor.",
        "The cards, the board and the pieces from your own printer – with the cards and the word you have chosen. Choose what to include and see the sheets below.",
    ),
    PrintBack => ("Tilbage", "Back"),
    PrintCardsHeading => ("Kortene", "The cards"),
    PrintCardsTicked => ("De {n} kort, der er valgt til spillet", "The {n} cards chosen for the game"),
    PrintCardsAll => ("Alle {n} kort i bunken", "All {n} cards in the deck"),
    PrintCardsNone => ("Ingen kort", "No cards"),
    PrintHints => (
        "Arket med tips til den, der leder spillet ({n} kort har et tip)",
        "The sheet of hints for the facilitator ({n} cards have a hint)",
    ),
    PrintBoardHeading => ("Spillebrættet", "The board"),
    PrintBoardFourA4 => (
        "Fire A4-ark, der tapes sammen (37 cm på tværs)",
        "Four A4 sheets taped together (37 cm across)",
    ),
    PrintBoardA3 => ("Ét A3-ark (28 cm på tværs)", "One A3 sheet (28 cm across)"),
    PrintBoardNone => ("Ingen spilleplade", "No board"),
    PrintMoreHeading => ("Tag også med", "Also include"),
    PrintPieces => (
        "Brikker og stykker til de {n} hold",
        "Pieces and wedges for the {n} teams",
    ),
    PrintRules => ("Reglerne på én side", "The rules on one page"),
    PrintEmptyPlan => ("En tom handleplan at skrive i", "An empty action plan to write on"),
    PrintDo => ("Print arkene", "Print the sheets"),
    PrintNothing => ("Vælg mindst én ting at printe.", "Choose at least one thing to print."),
    PrintSheetsA4 => ("{n} ark A4", "{n} A4 sheets"),
    PrintSheetsA3 => ("1 ark A3", "1 A3 sheet"),
    PrintSheetsHints => ("arket med tips (på de sider, det fylder)", "the sheet of hints (on the pages it takes)"),
    PrintTotal => ("Det bliver: {sheets}.", "That makes: {sheets}."),
    PrintTips => (
        "Print i 100 % – ikke »tilpas til siden« – så kortene får deres rigtige størrelse. Print kortene for sig (vælg kun kortene) på begge sider af papiret med »vend på den korte kant«; så lander hver bagside bag sin forside – prøv først med de to første sider. Kan printeren ikke printe på begge sider, så print de ulige sider (forsiderne), læg arkene i igen, og print de lige sider (bagsiderne). Alt det andet printes på én side.",
        "Print at 100 % – not “fit to page” – so the cards get their real size. Print the cards on their own (choose only the cards) on both sides with “flip on short edge”; then each back lands behind its front – try the first two pages first. If the printer cannot print on both sides, print the odd pages (the fronts), put the sheets back in, and print the even pages (the backs). Everything else prints on one side.",
    ),
    PrintTooLong => (
        "Teksten på kort {n} er for lang til et printet kort og bliver skåret af: »{start}…«. Gør den kortere i kortbunken.",
        "Card {n} is too long for a printed card and would be cut off: “{start}…”. Make its text shorter in the deck.",
    ),
    PrintCardTooLongNote => (
        "For lang til et printet kort",
        "Too long for a printed card",
    ),
    PrintSheetsLabel => ("Arkene, som de bliver printet", "The sheets as they will print"),
    PrintFrontsOf => ("Kort, forsider – ark {n} af {total}", "Cards, fronts – sheet {n} of {total}"),
    PrintBacksOf => (
        "Kort, bagsider – ark {n} af {total} (vendt om den korte kant)",
        "Cards, backs – sheet {n} of {total} (flipped on the short edge)",
    ),
    PrintCardNumber => ("nr. {n}", "no. {n}"),
    PrintHintsHeading => ("Tips til den, der leder spillet", "Hints for the facilitator"),
    PrintHintsIntro => (
        "Kortets nummer står nederst på forsiden. Kort uden tip er ikke med her.",
        "A card's number is at the bottom of its front. Cards without a hint are not listed.",
    ),
    PrintBoardTitle => ("KerneSpillet – spillebrættet", "KerneSpillet – the board"),
    PrintTileOf => ("Spillebrættet, del {n} af 4: {where}", "The board, part {n} of 4: {where}"),
    PrintTileTopLeft => ("øverst til venstre", "top left"),
    PrintTileTopRight => ("øverst til højre", "top right"),
    PrintTileBottomLeft => ("nederst til venstre", "bottom left"),
    PrintTileBottomRight => ("nederst til højre", "bottom right"),
    PrintTileHow => (
        "Klip den hvide kant af langs de små streger, der hvor delen møder en anden del. Læg delene, så korsene dækker hinanden, og tape dem sammen på bagsiden.",
        "Trim the white margin along the small marks where this part meets another. Lay the parts so the crosses cover each other and tape them together on the back.",
    ),
    PrintPiecesHeading => ("Brikker og stykker", "Pieces and wedges"),
    PrintPiecesHow => (
        "Klip brikken, holderen og de seks stykker ud. Fold brikken på midten, så den står som et telt. Holdet lægger sine stykker i holderen, efterhånden som det får dem.",
        "Cut out the piece, the holder and the six wedges. Fold the piece in the middle so it stands like a tent. The team lays its wedges in the holder as it earns them.",
    ),
    PrintPieceFold => ("fold her", "fold here"),
    PrintRulesHeading => ("Sådan spiller I KerneSpillet", "How to play KerneSpillet"),
    PrintRulesGoal => (
        "I taler om jeres kerneopgave. Det handler ikke om at vinde, men om at alle kommer til orde – og I går herfra med tre konkrete aktiviteter. Hvert hold starter på sit eget startfelt.",
        "You talk about your core task. It is not about winning but about everyone being heard – and you leave with three concrete activities. Each team starts on its own start field.",
    ),
    PrintRulesTurnHeading => ("En tur", "A turn"),
    PrintRulesTurn1 => ("Holdet slår med terningen.", "The team rolls the die."),
    PrintRulesTurn2 => (
        "Ryk brikken præcis så mange felter frem. Hvor vejen deler sig, vælger I selv – men I må ikke gå tilbage i samme træk.",
        "Move the piece exactly that many fields. You choose the way where it forks, but do not go back within one move.",
    ),
    PrintRulesTurn3 => (
        "Træk det kort, feltet siger (se Felterne), og læs det højt.",
        "Draw the card the field says (see The fields) and read it aloud.",
    ),
    PrintRulesTurn4 => (
        "Tal kortet igennem (se Kortrunden), og skriv én idé eller indsigt ned.",
        "Talk the card through (see The card round) and write down one idea or insight.",
    ),
    PrintRulesTurn5 => (
        "Læg kortet under bunken. Så er det næste holds tur.",
        "Put the card at the bottom of its pile. Then it is the next team's turn.",
    ),
    PrintRulesFieldsHeading => ("Felterne", "The fields"),
    PrintRulesCategory => (
        "Farvet felt: træk det øverste kort i feltets kategori.",
        "Coloured field: draw the top card of the field's category.",
    ),
    PrintRulesHq => (
        "Hovedfelt (det store felt, hvor vejen ind mod Kernen begynder): træk et kort i kategorien – når I har talt det igennem, får holdet kategoriens stykke.",
        "Headquarters (the large field where the way in to Kernen begins): draw a card of its category – when you have talked it through, the team earns the category's wedge.",
    ),
    PrintRulesHub => ("Kernen, midt på brættet: vælg selv en kategori, og træk et kort derfra.", "Kernen, in the middle: choose a category and draw a card from it."),
    PrintRulesStart => (
        "Startfelt: træk et jokerkort, vælg selv en kategori, og træk et kort derfra.",
        "Start field: draw a joker card, choose a category and draw a card from it.",
    ),
    PrintRulesBreather => (
        "Pusterum: træk et stolthedskort og sig, hvad I er stolte af.",
        "Breather: draw a pride card and say what you are proud of.",
    ),
    PrintRulesShortcut => (
        "Genvej: hop videre til næste genvej med uret, og træk et handlingskort.",
        "Shortcut: jump on to the next shortcut clockwise and draw an action card.",
    ),
    PrintRulesRollAgain => ("Slå igen: I slår en gang til og rykker videre – intet kort.", "Roll again: you roll once more and move on – no card."),
    PrintRulesRoundHeading => ("Kortrunden", "The card round"),
    PrintRulesRound1 => ("Tænk et halvt minut i stilhed.", "Think for half a minute in silence."),
    PrintRulesRound2 => (
        "Alle på holdet siger noget, én ad gangen. Man må sige »pas« én gang og får så ordet igen, før lederen. Lederen taler altid sidst.",
        "Everyone on the team says something, one at a time. You may say “pass” once and then get the floor again, before the leader. The leader always speaks last.",
    ),
    PrintRulesRound3 => (
        "Så er ordet frit for hele rummet i et par minutter.",
        "Then the whole room may join in for a couple of minutes.",
    ),
    PrintRulesMeet => (
        "Lander I på et felt, hvor et andet hold står, bliver ingen slået hjem: de to hold taler om kortet sammen.",
        "If you land where another team stands, nobody is sent home: the two teams talk about the card together.",
    ),
    PrintRulesEnd => (
        "Når tiden til spillet er gået, samler I idéerne, stemmer og gør de tre bedste til en handleplan.",
        "When the time for play is up, you gather the ideas, vote, and turn the best three into an action plan.",
    ),
    PrintPlanCore => ("Vores kerneopgave i én sætning", "Our core task in one sentence"),
    PrintPlanDate => ("Dato", "Date"),
    // The follow-up in the calendar (issue 18).
    ExportCalendar => ("Sæt i kalenderen (.ics)", "Add to the calendar (.ics)"),
    CalendarFollowUp => ("Opfølgning på handleplanen", "Follow-up on the action plan"),
    CalendarDeadline => ("Deadline", "Deadline"),
    CalendarNoDates => (
        "Vælg en opfølgningsdato eller en deadline først – så er der noget at sætte i kalenderen.",
        "Choose a follow-up date or a deadline first – then there is something to put in the calendar.",
    ),
}
