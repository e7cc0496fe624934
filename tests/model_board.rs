//! The board's shape and move generation.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use kernespillet::model::board::{HUB, RING_LEN, SPOKE_LEN};
use kernespillet::model::moves::reachable;
use kernespillet::model::{board, Category, FieldId, FieldKind, FieldPlace};
use proptest::prelude::*;

#[test]
fn the_wheel_has_a_ring_six_spokes_and_a_hub() {
    let board = board();
    assert_eq!(board.len(), RING_LEN + 6 * SPOKE_LEN + 1);
    assert_eq!(board.kind(HUB), Some(FieldKind::Hub));
    assert_eq!(board.neighbours(HUB).len(), 6, "six spokes end at the hub");
    for category in Category::ALL {
        let hq = board.hq(category);
        assert_eq!(board.kind(hq), Some(FieldKind::Hq(category)));
        assert_eq!(board.neighbours(hq).len(), 3, "an HQ joins ring and spoke");
    }
    let kinds: Vec<FieldKind> = board.fields().filter_map(|f| board.kind(f)).collect();
    let count = |wanted: FieldKind| kinds.iter().filter(|k| **k == wanted).count();
    assert_eq!(count(FieldKind::Shortcut), 3);
    assert_eq!(count(FieldKind::Breather), 3);
    assert_eq!(count(FieldKind::RollAgain), 3);
    for slot in 0..6 {
        assert_eq!(count(FieldKind::Start(slot)), 1);
    }
    for category in Category::ALL {
        assert!(
            count(FieldKind::Category(category)) >= 5,
            "{category:?} too rare"
        );
    }
}

#[test]
fn every_field_but_the_hq_fields_and_hub_has_two_neighbours() {
    let board = board();
    for field in board.fields() {
        let expected = match board.kind(field).unwrap() {
            FieldKind::Hq(_) => 3,
            FieldKind::Hub => 6,
            _ => 2,
        };
        assert_eq!(board.neighbours(field).len(), expected, "field {field:?}");
    }
}

#[test]
fn shortcuts_lead_to_the_next_shortcut_clockwise() {
    let board = board();
    let shortcuts: Vec<FieldId> = board
        .fields()
        .filter(|f| board.kind(*f) == Some(FieldKind::Shortcut))
        .collect();
    for (i, from) in shortcuts.iter().enumerate() {
        let to = board.next_shortcut(*from).unwrap();
        assert_eq!(to, shortcuts[(i + 1) % shortcuts.len()]);
    }
}

#[test]
fn a_one_from_the_hub_reaches_the_end_of_every_spoke() {
    let targets = reachable(board(), HUB, 1);
    assert_eq!(targets.len(), 6);
    for field in targets.keys() {
        assert!(matches!(
            board().place(*field),
            FieldPlace::Spoke { step, .. } if step == SPOKE_LEN - 1
        ));
    }
}

#[test]
fn at_a_fork_every_direction_is_open() {
    // From the Kernen HQ a two goes two ways round the ring and two steps up the spoke.
    let hq = board().hq(Category::Kernen);
    let targets: BTreeSet<FieldId> = reachable(board(), hq, 2).into_keys().collect();
    let expected: BTreeSet<FieldId> = [
        FieldId(2),
        FieldId((RING_LEN - 2) as u8),
        FieldId((RING_LEN + 1) as u8),
    ]
    .into();
    assert_eq!(targets, expected);
}

/// Every walk of exactly `steps` steps that never revisits a field, enumerated
/// independently of the game's own search: by counting through every sequence of
/// neighbour choices.
fn brute_force_targets(from: FieldId, steps: u8) -> BTreeSet<FieldId> {
    let board = board();
    let mut found = BTreeSet::new();
    let choices = 6usize.pow(steps as u32);
    for code in 0..choices {
        let mut path = vec![from];
        let mut rest = code;
        let mut ok = true;
        for _ in 0..steps {
            let here = *path.last().unwrap();
            let options = board.neighbours(here);
            let pick = rest % 6;
            rest /= 6;
            if pick >= options.len() || path.contains(&options[pick]) {
                ok = false;
                break;
            }
            path.push(options[pick]);
        }
        if ok {
            found.insert(*path.last().unwrap());
        }
    }
    found
}

proptest! {
    #[test]
    fn reachable_fields_are_exactly_roll_steps_away_without_backtracking(
        from in 0u8..(RING_LEN + 6 * SPOKE_LEN + 1) as u8,
        roll in 1u8..=6,
    ) {
        let from = FieldId(from);
        let targets = reachable(board(), from, roll);
        prop_assert!(!targets.is_empty(), "every roll can be played");
        for (target, path) in &targets {
            prop_assert_eq!(path.len(), roll as usize);
            prop_assert_eq!(path.last(), Some(target));
            let mut seen = BTreeSet::from([from]);
            let mut here = from;
            for step in path {
                prop_assert!(board().neighbours(here).contains(step), "{:?} -> {:?} is no step", here, step);
                prop_assert!(seen.insert(*step), "{:?} visited twice", step);
                here = *step;
            }
        }
        let keys: BTreeSet<FieldId> = targets.keys().copied().collect();
        prop_assert_eq!(keys, brute_force_targets(from, roll));
    }
}
