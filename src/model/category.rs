//! The six dialogue categories and the extra card kinds outside them.

use serde::{Deserialize, Serialize};

/// One of the six categories of the board, like Trivial Pursuit's wedges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Kernen,
    ForHvem,
    Kvalitet,
    Prioritering,
    Samarbejde,
    Tillid,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Kernen,
        Category::ForHvem,
        Category::Kvalitet,
        Category::Prioritering,
        Category::Samarbejde,
        Category::Tillid,
    ];

    /// The category `offset` steps further round the wheel; the board uses it to
    /// colour fields in a repeating pattern.
    pub fn shifted(self, offset: usize) -> Category {
        Category::ALL[(self.index() + offset) % Category::ALL.len()]
    }

    pub fn index(self) -> usize {
        Category::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    /// The key used in deck files and storage (`"for_hvem"`, ...).
    pub fn key(self) -> &'static str {
        DeckKind::Category(self).key()
    }
}

/// Which pile a card belongs to: one of the six categories, or an extra kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum DeckKind {
    Category(Category),
    /// Pride and appreciation: the opening round and the breather fields.
    Stolthed,
    /// Turn an insight into a possible action: the shortcut fields.
    Handling,
    /// The team picks any category: the start fields.
    Joker,
}

impl DeckKind {
    pub const ALL: [DeckKind; 9] = [
        DeckKind::Category(Category::Kernen),
        DeckKind::Category(Category::ForHvem),
        DeckKind::Category(Category::Kvalitet),
        DeckKind::Category(Category::Prioritering),
        DeckKind::Category(Category::Samarbejde),
        DeckKind::Category(Category::Tillid),
        DeckKind::Stolthed,
        DeckKind::Handling,
        DeckKind::Joker,
    ];

    pub fn key(self) -> &'static str {
        match self {
            DeckKind::Category(Category::Kernen) => "kernen",
            DeckKind::Category(Category::ForHvem) => "for_hvem",
            DeckKind::Category(Category::Kvalitet) => "kvalitet",
            DeckKind::Category(Category::Prioritering) => "prioritering",
            DeckKind::Category(Category::Samarbejde) => "samarbejde",
            DeckKind::Category(Category::Tillid) => "tillid",
            DeckKind::Stolthed => "stolthed",
            DeckKind::Handling => "handling",
            DeckKind::Joker => "joker",
        }
    }

    pub fn from_key(key: &str) -> Option<DeckKind> {
        DeckKind::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

impl From<DeckKind> for String {
    fn from(kind: DeckKind) -> String {
        kind.key().to_string()
    }
}

impl TryFrom<String> for DeckKind {
    type Error = String;
    fn try_from(key: String) -> Result<Self, Self::Error> {
        DeckKind::from_key(&key).ok_or_else(|| format!("unknown card kind `{key}`"))
    }
}
