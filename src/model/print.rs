//! Print-and-play: how the deck, the board and the pieces are laid out on paper, for
//! tables without a tablet. The pages themselves are drawn by `ui::print`; this module
//! decides what goes where, so that it can be tested without a browser.
//!
//! Cards are the common game-card size, 63×88 mm, eight to a landscape A4 sheet (four
//! across, two down) with cut marks between them. Each sheet of fronts is followed by
//! its sheet of backs, mirrored left to right, so that a printer printing on both sides
//! and turning the paper over its short edge puts each back behind its own front.

use std::collections::BTreeSet;

use super::audience::{fill_placeholders, Audience};
use super::deck::{Card, Deck};
use super::lang::Lang;

/// Cards across a landscape A4 sheet.
pub const CARD_COLUMNS: usize = 4;
/// Cards down a landscape A4 sheet.
pub const CARD_ROWS: usize = 2;
pub const CARDS_PER_SHEET: usize = CARD_COLUMNS * CARD_ROWS;
/// The common game-card size.
pub const CARD_WIDTH_MM: f64 = 63.0;
pub const CARD_HEIGHT_MM: f64 = 88.0;
/// A landscape A4 sheet.
pub const CARD_SHEET_WIDTH_MM: f64 = 297.0;
pub const CARD_SHEET_HEIGHT_MM: f64 = 210.0;

/// Where the grid of cards starts on its sheet: centred, the margins left for the cut
/// marks (22.5 mm at the sides, 17 mm at top and bottom).
pub fn card_grid_origin() -> (f64, f64) {
    (
        (CARD_SHEET_WIDTH_MM - CARD_COLUMNS as f64 * CARD_WIDTH_MM) / 2.0,
        (CARD_SHEET_HEIGHT_MM - CARD_ROWS as f64 * CARD_HEIGHT_MM) / 2.0,
    )
}

/// The size a card's question is set in on paper, largest first: a short question is
/// read across the table, a long one shrinks until it fits — but never below the last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TextSize {
    Large,
    Medium,
    Small,
    Smallest,
}

impl TextSize {
    pub const ALL: [TextSize; 4] = [
        TextSize::Large,
        TextSize::Medium,
        TextSize::Small,
        TextSize::Smallest,
    ];

    /// The longest question (in `text_weight`) that fits the card's box at this size:
    /// about nine tenths of the least that fitted when every run of the standard deck's
    /// questions was set in Chromium's print layout (at 17, 14.5, 12 and 10 pt, the
    /// box 55×59 mm). `tests/e2e/print.test.mjs` prints a card at each limit and checks
    /// that it fits.
    pub fn max_weight(self) -> usize {
        match self {
            TextSize::Large => 95,
            TextSize::Medium => 160,
            TextSize::Small => 250,
            TextSize::Smallest => 360,
        }
    }

    /// The longest word that fits one line of the card at this size, so that no word
    /// is broken in the middle: a little under what fitted of Danish letters
    /// ("samarbejdspartnere", 18 letters, just fits at the largest size).
    pub fn max_word_chars(self) -> usize {
        match self {
            TextSize::Large => 16,
            TextSize::Medium => 20,
            TextSize::Small => 24,
            TextSize::Smallest => 29,
        }
    }
}

/// A line break takes a line's room, whatever is on the line.
const LINE_BREAK_WEIGHT: usize = 26;

/// How much room a question takes: its characters, and a line for each line break.
pub fn text_weight(text: &str) -> usize {
    let breaks = text.matches('\n').count();
    text.chars().filter(|c| *c != '\n').count() + breaks * LINE_BREAK_WEIGHT
}

/// The characters of the longest word of `text`.
pub fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(|word| word.chars().count())
        .max()
        .unwrap_or(0)
}

/// The largest size at which `text` fits a printed card; `None` if it does not fit even
/// at the smallest, and the deck check warns about it.
pub fn text_size(text: &str) -> Option<TextSize> {
    let weight = text_weight(text);
    let word = longest_word(text);
    TextSize::ALL
        .into_iter()
        .find(|size| weight <= size.max_weight() && word <= size.max_word_chars())
}

/// Which cards to print: those ticked for the game, or the whole deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhichCards {
    Ticked,
    All,
}

/// The board on one A3 sheet, or on four A4 sheets that are taped together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoardPaper {
    FourA4,
    A3,
}

/// What the facilitator chose to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintChoice {
    /// The cards, fronts and backs; `None` prints none.
    pub cards: Option<WhichCards>,
    /// The facilitator's sheet with the hints (the cards themselves never show them).
    pub hints: bool,
    pub board: Option<BoardPaper>,
    /// The teams' pieces and their six wedges each.
    pub pieces: bool,
    pub rules: bool,
    /// An empty handleplan to write on.
    pub plan: bool,
}

impl Default for PrintChoice {
    fn default() -> Self {
        PrintChoice {
            cards: Some(WhichCards::Ticked),
            hints: true,
            board: Some(BoardPaper::FourA4),
            pieces: true,
            rules: true,
            plan: true,
        }
    }
}

/// The fixed sheets a choice comes to; the hints flow over as many pages as they take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SheetCount {
    pub a4: usize,
    pub a3: usize,
}

impl PrintChoice {
    /// The sheets of `cards` printed cards and the pieces of `teams` teams: fronts and
    /// backs, the board's tiles or its A3 sheet, the pieces, the rules and the plan.
    pub fn sheets(&self, cards: usize, teams: usize) -> SheetCount {
        let card_sheets = if self.cards.is_some() {
            2 * card_sheet_count(cards)
        } else {
            0
        };
        let tiles = if self.board == Some(BoardPaper::FourA4) {
            tiles().len()
        } else {
            0
        };
        let pieces = if self.pieces {
            piece_sheet_count(teams)
        } else {
            0
        };
        SheetCount {
            a4: card_sheets + tiles + pieces + usize::from(self.rules) + usize::from(self.plan),
            a3: usize::from(self.board == Some(BoardPaper::A3)),
        }
    }

    /// Nothing chosen: there is nothing to print.
    pub fn is_empty(&self) -> bool {
        self.cards.is_none()
            && !self.hints
            && self.board.is_none()
            && !self.pieces
            && !self.rules
            && !self.plan
    }
}

/// One card as it is printed: its number (its place in the whole deck, from 1, so
/// that a card keeps its number whichever cards are printed, and the sheet of hints
/// printed another day still points to it), the card, and its question in the chosen language with the chosen word
/// for "those we are here for" filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedCard {
    pub number: usize,
    pub card: Card,
    pub question: String,
    /// The hint, filled in the same way, if the card has one.
    pub hint: Option<String>,
    /// `None`: too long for the card even at the smallest size.
    pub size: Option<TextSize>,
}

/// The cards of `deck` to print, in the deck's order: all, or those not switched off.
/// `wording` is the core task as written at set-up, for `{formuleringen}`.
pub fn printed_cards(
    deck: &Deck,
    which: WhichCards,
    off: &BTreeSet<String>,
    lang: Lang,
    audience: &Audience,
    wording: &str,
) -> Vec<PrintedCard> {
    deck.cards
        .iter()
        .enumerate()
        .filter(|(_, card)| which == WhichCards::All || !off.contains(&card.id))
        .map(|(index, card)| {
            let question = fill_placeholders(card.text.get(lang), lang, audience, wording);
            let hint = card
                .hint
                .as_ref()
                .map(|hint| fill_placeholders(hint.get(lang), lang, audience, wording))
                .filter(|hint| !hint.trim().is_empty());
            PrintedCard {
                number: index + 1,
                card: card.clone(),
                size: text_size(&question),
                question,
                hint,
            }
        })
        .collect()
}

/// The cards that would not fit a printed card, as the deck check warns about them.
pub fn too_long_to_print(cards: &[PrintedCard]) -> Vec<&PrintedCard> {
    cards.iter().filter(|card| card.size.is_none()).collect()
}

/// Sheets of fronts (and as many of backs) that `count` cards need.
pub fn card_sheet_count(count: usize) -> usize {
    count.div_ceil(CARDS_PER_SHEET)
}

/// The place on the back sheet of the card at `slot` on the front sheet (places count
/// left to right, top to bottom): the same row, the column mirrored.
pub fn back_slot(slot: usize) -> usize {
    let row = slot / CARD_COLUMNS;
    let column = slot % CARD_COLUMNS;
    row * CARD_COLUMNS + (CARD_COLUMNS - 1 - column)
}

/// One sheet of cards: what stands in each of its eight places (index into the printed
/// cards), the fronts as read, the backs mirrored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardSheet {
    pub fronts: [Option<usize>; CARDS_PER_SHEET],
    pub backs: [Option<usize>; CARDS_PER_SHEET],
}

/// `count` cards laid out on sheets, each front sheet with its back sheet.
pub fn card_sheets(count: usize) -> Vec<CardSheet> {
    (0..card_sheet_count(count))
        .map(|sheet| {
            let first = sheet * CARDS_PER_SHEET;
            let mut fronts = [None; CARDS_PER_SHEET];
            let mut backs = [None; CARDS_PER_SHEET];
            for slot in 0..CARDS_PER_SHEET {
                let card = first + slot;
                if card < count {
                    fronts[slot] = Some(card);
                    backs[back_slot(slot)] = Some(card);
                }
            }
            CardSheet { fronts, backs }
        })
        .collect()
}

// --- The board on paper ---

/// The board is drawn in units of 0..1000 each way (`ui::play::board::geometry`).
pub const BOARD_UNITS: f64 = 1000.0;
/// What an A4 sheet (210 mm wide) holds of the board with a 10 mm margin each side,
/// which any office printer leaves blank.
pub const TILE_MM: f64 = 190.0;
/// How far two neighbouring sheets show the same strip of the board, to lay one over
/// the other and tape.
pub const TILE_OVERLAP_MM: f64 = 10.0;
/// The board's width when taped together from four A4 sheets.
pub const TILED_BOARD_MM: f64 = 2.0 * TILE_MM - TILE_OVERLAP_MM;
/// The board's width on one A3 sheet (297 mm wide, 10 mm margins, room for a title).
pub const A3_BOARD_MM: f64 = 277.0;

/// One of the four sheets of the tiled board: which quarter, and the square of the
/// board it shows (in board units).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tile {
    pub column: usize,
    pub row: usize,
    pub x: f64,
    pub y: f64,
    pub size: f64,
}

impl Tile {
    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        x >= self.x && x <= self.x + self.size && y >= self.y && y <= self.y + self.size
    }
}

/// The four sheets: top left, top right, bottom left, bottom right.
pub fn tiles() -> [Tile; 4] {
    let size = BOARD_UNITS * TILE_MM / TILED_BOARD_MM;
    let far = BOARD_UNITS - size;
    let tile = |column: usize, row: usize| Tile {
        column,
        row,
        x: if column == 0 { 0.0 } else { far },
        y: if row == 0 { 0.0 } else { far },
        size,
    };
    [tile(0, 0), tile(1, 0), tile(0, 1), tile(1, 1)]
}

/// Half a cross's arm, in board units: the whole cross stays inside the overlap.
pub const CROSS_ARM: f64 = 10.0;

/// Crosses drawn on the board where neighbouring sheets overlap: laid over each other
/// they show that two sheets are straight. Each lies in the overlap of two sheets, on
/// the track between two fields (the top and bottom spokes run down the middle of the
/// board) or on the open board inside the ring, never on a field.
pub fn alignment_marks() -> [(f64, f64); 4] {
    let middle = BOARD_UNITS / 2.0;
    [
        (middle, 182.0),
        (middle, BOARD_UNITS - 182.0),
        (150.0, middle),
        (BOARD_UNITS - 150.0, middle),
    ]
}

/// Teams' pieces on one A4 sheet (each with its six wedges and its holder).
pub const TEAMS_PER_PIECE_SHEET: usize = 3;

/// Sheets the pieces of `teams` teams take.
pub fn piece_sheet_count(teams: usize) -> usize {
    teams.div_ceil(TEAMS_PER_PIECE_SHEET)
}
