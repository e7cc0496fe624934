//! The board: a Trivial Pursuit wheel with Ludo touches.
//!
//! A ring of [`RING_LEN`] fields, six spokes of [`SPOKE_LEN`] fields each, and the hub
//! "Kernen" in the middle. Fields are numbered ring first (clockwise from the Kernen HQ),
//! then spoke by spoke from the ring inwards, then the hub.

use serde::{Deserialize, Serialize};

use super::category::Category;
use super::limits::MAX_TEAMS;

/// Fields on the ring: six segments, each an HQ field followed by six others.
pub const RING_LEN: usize = 42;
/// Fields on each spoke between an HQ field and the hub.
pub const SPOKE_LEN: usize = 4;
/// Ring fields per segment (one HQ plus six others).
pub const SEGMENT_LEN: usize = RING_LEN / 6;
/// The hub "Kernen".
pub const HUB: FieldId = FieldId((RING_LEN + 6 * SPOKE_LEN) as u8);
/// Every field on the board.
pub const FIELD_COUNT: usize = RING_LEN + 6 * SPOKE_LEN + 1;

/// A field on the board, by its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FieldId(pub u8);

impl FieldId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What a field does when a piece lands on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldKind {
    /// Draw a card of this category.
    Category(Category),
    /// The category's HQ, where spoke meets ring: the team earns the wedge.
    Hq(Category),
    /// The hub: the team chooses the category.
    Hub,
    /// A team's start field (by start slot 0–5); landing here draws a Joker.
    Start(usize),
    /// "Pusterum": a safe field with a short Stolthed card.
    Breather,
    /// "Genvej": jump to the next shortcut and draw a Handling card.
    Shortcut,
    /// Roll the die once more.
    RollAgain,
}

/// Where a field sits in the wheel; the view turns this into coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldPlace {
    /// Position 0..RING_LEN clockwise on the ring.
    Ring(usize),
    /// Spoke 0..6, step 0..SPOKE_LEN counted from the ring inwards.
    Spoke {
        spoke: usize,
        step: usize,
    },
    Hub,
}

/// The fixed board every game is played on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Board {
    kinds: Vec<FieldKind>,
    neighbours: Vec<Vec<FieldId>>,
}

impl Default for Board {
    fn default() -> Self {
        Board::standard()
    }
}

impl Board {
    /// The standard wheel. Each ring segment reads: HQ, two category fields, a start
    /// field, a category field, a special field (shortcut or breather, alternating), and
    /// a category field. Odd spokes carry one roll-again field.
    pub fn standard() -> Board {
        let mut kinds = Vec::with_capacity(FIELD_COUNT);
        for segment in 0..6 {
            let home = Category::ALL[segment];
            let special = if segment % 2 == 0 {
                FieldKind::Shortcut
            } else {
                FieldKind::Breather
            };
            kinds.extend([
                FieldKind::Hq(home),
                FieldKind::Category(home.shifted(1)),
                FieldKind::Category(home.shifted(2)),
                FieldKind::Start(segment),
                FieldKind::Category(home.shifted(3)),
                special,
                FieldKind::Category(home.shifted(4)),
            ]);
        }
        for spoke in 0..6 {
            let home = Category::ALL[spoke];
            let second = if spoke % 2 == 1 {
                FieldKind::RollAgain
            } else {
                FieldKind::Category(home.shifted(3))
            };
            kinds.extend([
                FieldKind::Category(home.shifted(5)),
                second,
                FieldKind::Category(home.shifted(1)),
                FieldKind::Category(home.shifted(4)),
            ]);
        }
        kinds.push(FieldKind::Hub);

        let mut neighbours = vec![Vec::new(); FIELD_COUNT];
        let mut link = |a: usize, b: usize| {
            neighbours[a].push(FieldId(b as u8));
            neighbours[b].push(FieldId(a as u8));
        };
        for pos in 0..RING_LEN {
            link(pos, (pos + 1) % RING_LEN);
        }
        for spoke in 0..6 {
            let first = RING_LEN + spoke * SPOKE_LEN;
            link(spoke * SEGMENT_LEN, first);
            for step in 1..SPOKE_LEN {
                link(first + step - 1, first + step);
            }
            link(first + SPOKE_LEN - 1, HUB.index());
        }
        for list in &mut neighbours {
            list.sort();
        }
        Board { kinds, neighbours }
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    pub fn fields(&self) -> impl Iterator<Item = FieldId> + '_ {
        (0..self.kinds.len()).map(|i| FieldId(i as u8))
    }

    pub fn contains(&self, field: FieldId) -> bool {
        field.index() < self.kinds.len()
    }

    pub fn kind(&self, field: FieldId) -> Option<FieldKind> {
        self.kinds.get(field.index()).copied()
    }

    pub fn neighbours(&self, field: FieldId) -> &[FieldId] {
        self.neighbours
            .get(field.index())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    pub fn place(&self, field: FieldId) -> FieldPlace {
        let i = field.index();
        if i < RING_LEN {
            FieldPlace::Ring(i)
        } else if field == HUB {
            FieldPlace::Hub
        } else {
            let offset = i - RING_LEN;
            FieldPlace::Spoke {
                spoke: offset / SPOKE_LEN,
                step: offset % SPOKE_LEN,
            }
        }
    }

    /// The start field of start slot `slot` (0–5).
    pub fn start_field(&self, slot: usize) -> Option<FieldId> {
        self.fields()
            .find(|f| self.kind(*f) == Some(FieldKind::Start(slot)))
    }

    /// The shortcut a piece jumps to from `from`: the next one clockwise on the ring.
    pub fn next_shortcut(&self, from: FieldId) -> Option<FieldId> {
        let start = match self.place(from) {
            FieldPlace::Ring(pos) => pos,
            _ => return None,
        };
        (1..RING_LEN)
            .map(|step| FieldId(((start + step) % RING_LEN) as u8))
            .find(|f| self.kind(*f) == Some(FieldKind::Shortcut))
    }

    /// The HQ field of a category.
    pub fn hq(&self, category: Category) -> FieldId {
        FieldId((category.index() * SEGMENT_LEN) as u8)
    }
}

/// Spread `team_count` teams over the six start slots as evenly as the wheel allows.
pub fn start_slots(team_count: usize) -> Vec<usize> {
    (0..team_count)
        .map(|i| i * MAX_TEAMS / team_count.max(1))
        .collect()
}
