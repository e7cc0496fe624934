//! Move generation: where a piece can go with the number it rolled.

use std::collections::BTreeMap;

use super::board::{Board, FieldId};

/// Every field a piece on `from` can reach in exactly `steps` steps, with one path to
/// each. A path never visits a field twice, so a piece cannot turn back within a move;
/// at a fork every direction is open.
pub fn reachable(board: &Board, from: FieldId, steps: u8) -> BTreeMap<FieldId, Vec<FieldId>> {
    let mut found = BTreeMap::new();
    if !board.contains(from) || steps == 0 {
        return found;
    }
    let mut path = vec![from];
    walk(board, steps as usize, &mut path, &mut found);
    found
}

fn walk(
    board: &Board,
    steps_left: usize,
    path: &mut Vec<FieldId>,
    found: &mut BTreeMap<FieldId, Vec<FieldId>>,
) {
    let here = *path.last().expect("path starts with the origin");
    if steps_left == 0 {
        // Keep the first path found: the walk is deterministic, so the same board
        // and roll always yield the same path.
        found.entry(here).or_insert_with(|| path[1..].to_vec());
        return;
    }
    for next in board.neighbours(here) {
        if path.contains(next) {
            continue;
        }
        path.push(*next);
        walk(board, steps_left - 1, path, found);
        path.pop();
    }
}
