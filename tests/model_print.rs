//! Print-and-play: cards on sheets with their backs mirrored, the question's size on
//! paper, and the board's four A4 tiles.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use common::standard_deck;
use kernespillet::model::print::{
    alignment_marks, back_slot, card_sheet_count, card_sheets, longest_word, piece_sheet_count,
    printed_cards, text_size, text_weight, tiles, too_long_to_print, BoardPaper, PrintChoice,
    SheetCount, TextSize, WhichCards, BOARD_UNITS, CARDS_PER_SHEET, CARD_COLUMNS, CROSS_ARM,
    TILED_BOARD_MM, TILE_OVERLAP_MM,
};
use kernespillet::model::{Audience, Lang};
use proptest::prelude::*;

#[test]
fn a_hundred_and_twenty_cards_take_fifteen_sheets_of_fronts_and_of_backs() {
    assert_eq!(card_sheet_count(120), 15);
    assert_eq!(card_sheets(120).len(), 15);
    assert_eq!(card_sheet_count(121), 16);
    assert_eq!(card_sheet_count(0), 0);
    assert_eq!(CARDS_PER_SHEET, 8);
}

#[test]
fn a_back_stands_in_the_same_row_with_its_column_mirrored() {
    // Places 0 1 2 3 / 4 5 6 7: turned over the short edge, 0 lies behind 3.
    let backs: Vec<usize> = (0..CARDS_PER_SHEET).map(back_slot).collect();
    assert_eq!(backs, vec![3, 2, 1, 0, 7, 6, 5, 4]);
}

proptest! {
    #[test]
    fn every_card_is_on_exactly_one_front_and_one_back_behind_it(count in 0usize..400) {
        let sheets = card_sheets(count);
        prop_assert_eq!(sheets.len(), card_sheet_count(count));
        let mut fronts = Vec::new();
        let mut backs = Vec::new();
        for (number, sheet) in sheets.iter().enumerate() {
            for slot in 0..CARDS_PER_SHEET {
                if let Some(card) = sheet.fronts[slot] {
                    fronts.push(card);
                    prop_assert_eq!(card / CARDS_PER_SHEET, number);
                    // The back behind it: the same sheet, mirrored across the columns.
                    let behind = back_slot(slot);
                    prop_assert_eq!(sheet.backs[behind], Some(card));
                    prop_assert_eq!(behind / CARD_COLUMNS, slot / CARD_COLUMNS);
                    prop_assert_eq!(
                        behind % CARD_COLUMNS + slot % CARD_COLUMNS,
                        CARD_COLUMNS - 1
                    );
                }
                prop_assert_eq!(back_slot(back_slot(slot)), slot);
            }
            backs.extend(sheet.backs.iter().flatten().copied());
        }
        // In order on the fronts, each card once on a back.
        prop_assert_eq!(fronts, (0..count).collect::<Vec<_>>());
        backs.sort_unstable();
        prop_assert_eq!(backs, (0..count).collect::<Vec<_>>());
    }

    #[test]
    fn a_longer_question_never_gets_a_larger_size(short in ".{0,300}", more in ".{0,100}") {
        let long = format!("{short}{more}");
        match (text_size(&short), text_size(&long)) {
            (Some(s), Some(l)) => prop_assert!(s <= l),
            (None, Some(_)) => prop_assert!(false, "the shorter does not fit, the longer does"),
            _ => {}
        }
    }
}

#[test]
fn sizes_step_down_with_length_and_stop_at_the_smallest() {
    // Words of four letters, `n` characters in all.
    let text = |n: usize| "hvad ".repeat(n).chars().take(n).collect::<String>();
    assert_eq!(text_size(&text(20)), Some(TextSize::Large));
    for pair in TextSize::ALL.windows(2) {
        assert!(pair[0].max_weight() < pair[1].max_weight());
        assert_eq!(text_size(&text(pair[0].max_weight())), Some(pair[0]));
        assert_eq!(text_size(&text(pair[0].max_weight() + 1)), Some(pair[1]));
    }
    let last = TextSize::Smallest.max_weight();
    assert_eq!(text_size(&text(last)), Some(TextSize::Smallest));
    assert_eq!(text_size(&text(last + 1)), None);
    // A line break takes a line.
    assert!(text_weight("a\nb") > text_weight("a b"));
}

#[test]
fn a_long_word_steps_the_size_down_as_a_long_text_does() {
    for pair in TextSize::ALL.windows(2) {
        let word = "x".repeat(pair[0].max_word_chars() + 1);
        assert_eq!(text_size(&format!("Hvad med {word}?")), Some(pair[1]));
    }
    let too_long = "x".repeat(TextSize::Smallest.max_word_chars() + 1);
    assert_eq!(text_size(&too_long), None);
    assert_eq!(longest_word("ét samarbejdspartnere to"), 18);
}

#[test]
fn every_card_of_the_standard_deck_fits_in_both_languages_whatever_the_word() {
    let deck = standard_deck();
    let off = BTreeSet::new();
    // The longest built-in words and a long core task for {formuleringen}.
    let wording = "Vi skaber trygge rammer, så hver borger kan leve det liv, de ønsker";
    for lang in Lang::ALL {
        for audience in Audience::BUILT_IN {
            let cards = printed_cards(&deck, WhichCards::All, &off, lang, &audience, wording);
            assert_eq!(cards.len(), deck.cards.len());
            let too_long: Vec<_> = too_long_to_print(&cards)
                .iter()
                .map(|c| (c.card.id.clone(), c.question.chars().count()))
                .collect();
            assert_eq!(too_long, vec![], "{lang:?} {audience:?}");
        }
    }
}

#[test]
fn the_ticked_cards_are_numbered_in_the_decks_order_with_the_word_filled_in() {
    let deck = standard_deck();
    let off: BTreeSet<String> = deck.cards.iter().take(34).map(|c| c.id.clone()).collect();
    let ticked = printed_cards(
        &deck,
        WhichCards::Ticked,
        &off,
        Lang::Da,
        &Audience::Patient,
        "",
    );
    assert_eq!(ticked.len(), deck.cards.len() - 34);
    assert_eq!(ticked[0].card.id, deck.cards[34].id);
    // A card keeps its place in the whole deck as its number, whichever are printed.
    let numbers: Vec<usize> = ticked.iter().map(|c| c.number).collect();
    assert_eq!(numbers, (35..=deck.cards.len()).collect::<Vec<_>>());
    assert!(ticked.iter().all(|c| !off.contains(&c.card.id)));
    // No placeholder is left, and a card written with {borgeren} speaks of the patient.
    assert!(ticked.iter().all(|c| !c.question.contains('{')));
    let with_word = deck
        .cards
        .iter()
        .skip(34)
        .position(|c| c.text.get(Lang::Da).contains("{borger"))
        .expect("the deck has a card with the word");
    assert!(
        ticked[with_word].question.contains("patient"),
        "{}",
        ticked[with_word].question
    );
    // A hint is carried for the facilitator's sheet, filled in the same way.
    assert!(ticked.iter().any(|c| c.hint.is_some()));
    assert!(ticked
        .iter()
        .flat_map(|c| &c.hint)
        .all(|h| !h.contains('{')));
    let all = printed_cards(
        &deck,
        WhichCards::All,
        &off,
        Lang::Da,
        &Audience::Patient,
        "",
    );
    assert_eq!(all.len(), deck.cards.len());
}

#[test]
fn a_card_too_long_for_paper_is_named_by_the_check() {
    let mut deck = standard_deck();
    let long = "Hvad ville der ske, hvis vi ".repeat(14);
    deck.cards[3].text.get_exact_mut(Lang::Da).clone_from(&long);
    let cards = printed_cards(
        &deck,
        WhichCards::All,
        &BTreeSet::new(),
        Lang::Da,
        &Audience::Borger,
        "",
    );
    let named: Vec<&str> = too_long_to_print(&cards)
        .iter()
        .map(|c| c.card.id.as_str())
        .collect();
    assert_eq!(named, vec![deck.cards[3].id.as_str()]);
}

#[test]
fn four_tiles_cover_the_board_and_overlap_by_ten_millimetres() {
    let tiles = tiles();
    let mm = BOARD_UNITS / TILED_BOARD_MM;
    for tile in tiles {
        assert!(tile.x >= 0.0 && tile.y >= 0.0);
        assert!((tile.x + tile.size - BOARD_UNITS).abs() < 1e-9 || tile.x == 0.0);
    }
    // Every point of the board is on some sheet.
    for i in 0..=50 {
        for j in 0..=50 {
            let point = (i as f64 * 20.0, j as f64 * 20.0);
            assert!(tiles.iter().any(|t| t.contains(point)), "{point:?}");
        }
    }
    // Neighbours share a strip of exactly the overlap.
    let (left, right) = (tiles[0], tiles[1]);
    let shared = left.x + left.size - right.x;
    assert!(
        (shared / mm - TILE_OVERLAP_MM).abs() < 1e-9,
        "{}",
        shared / mm
    );
    let (top, bottom) = (tiles[0], tiles[2]);
    assert!(((top.y + top.size - bottom.y) / mm - TILE_OVERLAP_MM).abs() < 1e-9);
    // Each whole cross lies on two sheets at least, so laid over each other they meet.
    for (x, y) in alignment_marks() {
        let ends = [
            (x - CROSS_ARM, y),
            (x + CROSS_ARM, y),
            (x, y - CROSS_ARM),
            (x, y + CROSS_ARM),
        ];
        let on = tiles
            .iter()
            .filter(|t| ends.iter().all(|end| t.contains(*end)))
            .count();
        assert!(on >= 2, "the cross at {x}, {y} is whole on {on} sheets");
    }
}

#[test]
fn pieces_go_three_teams_to_a_sheet_and_an_empty_choice_prints_nothing() {
    assert_eq!(piece_sheet_count(2), 1);
    assert_eq!(piece_sheet_count(3), 1);
    assert_eq!(piece_sheet_count(4), 2);
    assert_eq!(piece_sheet_count(6), 2);
    assert!(!PrintChoice::default().is_empty());
    // Everything for 4 teams and 120 cards: 15 + 15 card sheets, 4 tiles, 2 of pieces,
    // the rules and the plan; the A3 board instead of the tiles.
    let all = PrintChoice::default();
    assert_eq!(
        all.sheets(120, 4),
        SheetCount {
            a4: 30 + 4 + 2 + 2,
            a3: 0
        }
    );
    let a3 = PrintChoice {
        board: Some(BoardPaper::A3),
        ..all
    };
    assert_eq!(
        a3.sheets(120, 4),
        SheetCount {
            a4: 30 + 2 + 2,
            a3: 1
        }
    );
    let nothing = PrintChoice {
        cards: None,
        hints: false,
        board: None,
        pieces: false,
        rules: false,
        plan: false,
    };
    assert!(nothing.is_empty());
    assert_eq!(nothing.sheets(120, 4), SheetCount { a4: 0, a3: 0 });
}
