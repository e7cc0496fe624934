//! Teams, their pieces, and setting up a new game.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::audience::{Audience, Form};
use super::board::FieldId;
use super::category::{Category, DeckKind};
use super::deck::{Deck, DeckProblemKind};
use super::deck_library::STANDARD_DECK_ID;
use super::limits::{MAX_PLAYERS, MAX_TEAMS, MAX_TEAM_NAME_CHARS, MIN_PLAYERS, MIN_TEAMS};

pub const DEFAULT_PLAYERS: u32 = 3;
/// Above this many players in all, the session gets three hours instead of two.
pub const LONG_SESSION_ABOVE_PLAYERS: u32 = 6;
pub const SHORT_SESSION_MINUTES: u32 = 120;
pub const LONG_SESSION_MINUTES: u32 = 180;

/// Team colours: the Okabe–Ito palette, safe for colour-blind players. Pieces carry a
/// shape and a letter as well, so colour is never the only signal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamColour {
    Orange,
    SkyBlue,
    BluishGreen,
    Yellow,
    Blue,
    Vermillion,
    ReddishPurple,
    Black,
}

impl TeamColour {
    pub const ALL: [TeamColour; 8] = [
        TeamColour::Blue,
        TeamColour::Orange,
        TeamColour::BluishGreen,
        TeamColour::ReddishPurple,
        TeamColour::Vermillion,
        TeamColour::SkyBlue,
        TeamColour::Yellow,
        TeamColour::Black,
    ];
}

/// The shape of a team's piece, given by its place in the team list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PieceShape {
    Circle,
    Square,
    Triangle,
    Diamond,
    Hexagon,
    Star,
}

impl PieceShape {
    pub const ALL: [PieceShape; MAX_TEAMS] = [
        PieceShape::Circle,
        PieceShape::Square,
        PieceShape::Triangle,
        PieceShape::Diamond,
        PieceShape::Hexagon,
        PieceShape::Star,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub name: String,
    pub colour: TeamColour,
    pub shape: PieceShape,
    pub players: u32,
    /// The start field the piece began on.
    pub start: FieldId,
    pub position: FieldId,
    pub wedges: BTreeSet<Category>,
}

impl Team {
    /// The letter on the piece: A for the first team, B for the second, …
    pub fn letter(&self) -> String {
        let index = PieceShape::ALL
            .iter()
            .position(|s| *s == self.shape)
            .unwrap_or(0);
        piece_letter(index)
    }
}

/// The letter on the piece of the team at `index`: A, B, C, … Names often share a
/// first letter ("Hold 1", "Hold 2"), so the letter follows the team's place instead.
/// The piece of the team at `index` in the set-up: the shapes in order, one per team.
pub fn piece_shape(index: usize) -> PieceShape {
    PieceShape::ALL[index % PieceShape::ALL.len()]
}

pub fn piece_letter(index: usize) -> String {
    char::from(b'A' + (index % MAX_TEAMS) as u8).to_string()
}

/// What the facilitator types in for one team.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamSetup {
    pub name: String,
    pub colour: TeamColour,
    pub players: u32,
}

impl TeamSetup {
    /// One player more or fewer, kept within the allowed range.
    pub fn change_players(&mut self, delta: i32) {
        self.players = self
            .players
            .saturating_add_signed(delta)
            .clamp(MIN_PLAYERS, MAX_PLAYERS);
    }
}

/// Everything needed to start a game.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameSetup {
    pub teams: Vec<TeamSetup>,
    /// The team's current wording of its core task, if it has one.
    pub core_task: String,
    /// The facilitator's choice of session length; `None` follows the player count.
    pub duration_minutes: Option<u32>,
    /// The deck the game is played with.
    #[serde(default = "standard_deck_id")]
    pub deck_id: String,
    /// Cards the facilitator has switched off for this game; the deck keeps them.
    #[serde(default)]
    pub cards_off: BTreeSet<String>,
    /// The word the cards use for the people the team is here for.
    #[serde(default)]
    pub audience: Audience,
}

fn standard_deck_id() -> String {
    STANDARD_DECK_ID.to_string()
}

/// Something the facilitator must fix before the game can start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetupProblem {
    TeamCount(usize),
    EmptyName {
        team: usize,
    },
    NameTooLong {
        team: usize,
    },
    DuplicateName {
        team: usize,
    },
    DuplicateColour {
        team: usize,
    },
    Players {
        team: usize,
    },
    Duration(u32),
    /// The facilitator's own word lacks Danish forms (or has one too long).
    AudienceForms(Vec<Form>),
    /// With the cards switched off, a kind has too few left to play with.
    TooFewCards {
        kind: DeckKind,
        have: usize,
        need: usize,
    },
}

/// Give every team still called by its default name in one language (`from`, by the
/// team's place) the default name in another (`to`): "Hold A" becomes "Team A" when the
/// facilitator switches to English, while a name the team chose stays as it is.
pub fn rename_default_names<'a>(
    names: impl Iterator<Item = &'a mut String>,
    from: impl Fn(usize) -> String,
    to: impl Fn(usize) -> String,
) {
    for (index, name) in names.enumerate() {
        if *name == from(index) {
            *name = to(index);
        }
    }
}

impl GameSetup {
    /// A sensible starting point for the setup form: `count` teams with distinct
    /// colours and three players each.
    pub fn suggested(count: usize, default_name: impl Fn(usize) -> String) -> GameSetup {
        GameSetup {
            teams: (0..count)
                .map(|i| TeamSetup {
                    name: default_name(i),
                    colour: TeamColour::ALL[i % TeamColour::ALL.len()],
                    players: DEFAULT_PLAYERS,
                })
                .collect(),
            core_task: String::new(),
            duration_minutes: None,
            deck_id: standard_deck_id(),
            cards_off: BTreeSet::new(),
            audience: Audience::default(),
        }
    }

    /// Add a team with the first colour no other team has; refused at six teams.
    pub fn add_team(&mut self, name: String) -> bool {
        if self.teams.len() >= MAX_TEAMS {
            return false;
        }
        let colour = TeamColour::ALL
            .into_iter()
            .find(|c| self.teams.iter().all(|t| t.colour != *c))
            .unwrap_or(TeamColour::ALL[0]);
        self.teams.push(TeamSetup {
            name,
            colour,
            players: DEFAULT_PLAYERS,
        });
        true
    }

    /// Remove a team; refused when only the minimum of two would be left.
    pub fn remove_team(&mut self, index: usize) -> bool {
        if self.teams.len() <= MIN_TEAMS || index >= self.teams.len() {
            return false;
        }
        self.teams.remove(index);
        true
    }

    pub fn can_add_team(&self) -> bool {
        self.teams.len() < MAX_TEAMS
    }

    pub fn can_remove_team(&self) -> bool {
        self.teams.len() > MIN_TEAMS
    }

    pub fn total_players(&self) -> u32 {
        self.teams.iter().map(|t| t.players).sum()
    }

    /// Two hours, or three when more than six people play.
    pub fn recommended_minutes(&self) -> u32 {
        if self.total_players() > LONG_SESSION_ABOVE_PLAYERS {
            LONG_SESSION_MINUTES
        } else {
            SHORT_SESSION_MINUTES
        }
    }

    pub fn minutes(&self) -> u32 {
        self.duration_minutes
            .unwrap_or_else(|| self.recommended_minutes())
    }

    /// Choose the deck for the game; the cards switched off belonged to the old one.
    pub fn choose_deck(&mut self, id: &str) {
        if self.deck_id != id {
            self.deck_id = id.to_string();
            self.cards_off.clear();
        }
    }

    /// Switch a card off for this game, or back on.
    pub fn switch_card(&mut self, id: &str, on: bool) {
        if on {
            self.cards_off.remove(id);
        } else {
            self.cards_off.insert(id.to_string());
        }
    }

    /// The deck as this game will play it: without the cards switched off, and
    /// refused when a kind would have too few cards left.
    pub fn playable_deck(&self, deck: &Deck) -> Result<Deck, Vec<SetupProblem>> {
        let deck = deck.without(&self.cards_off);
        let problems: Vec<SetupProblem> = deck
            .too_few_cards()
            .into_iter()
            .filter_map(|p| match p.kind {
                DeckProblemKind::TooFewCards { kind, have, need } => {
                    Some(SetupProblem::TooFewCards { kind, have, need })
                }
                _ => None,
            })
            .collect();
        if problems.is_empty() {
            Ok(deck)
        } else {
            Err(problems)
        }
    }

    /// Every problem with the setup and the deck it would play with; empty when the
    /// game can start.
    pub fn problems_with(&self, deck: &Deck) -> Vec<SetupProblem> {
        let mut problems = self.problems();
        if let Err(more) = self.playable_deck(deck) {
            problems.extend(more);
        }
        problems
    }

    /// Every problem with the setup, in form order; empty when the game can start.
    pub fn problems(&self) -> Vec<SetupProblem> {
        let mut problems = Vec::new();
        if !(MIN_TEAMS..=MAX_TEAMS).contains(&self.teams.len()) {
            problems.push(SetupProblem::TeamCount(self.teams.len()));
        }
        let mut names = BTreeSet::new();
        let mut colours = BTreeSet::new();
        for (team, setup) in self.teams.iter().enumerate() {
            let name = setup.name.trim();
            if name.is_empty() {
                problems.push(SetupProblem::EmptyName { team });
            } else if name.chars().count() > MAX_TEAM_NAME_CHARS {
                problems.push(SetupProblem::NameTooLong { team });
            } else if !names.insert(name.to_lowercase()) {
                problems.push(SetupProblem::DuplicateName { team });
            }
            if !colours.insert(setup.colour) {
                problems.push(SetupProblem::DuplicateColour { team });
            }
            if !(MIN_PLAYERS..=MAX_PLAYERS).contains(&setup.players) {
                problems.push(SetupProblem::Players { team });
            }
        }
        if let Some(minutes) = self.duration_minutes {
            if !(30..=300).contains(&minutes) {
                problems.push(SetupProblem::Duration(minutes));
            }
        }
        let missing = self.audience.missing_forms();
        if !missing.is_empty() {
            problems.push(SetupProblem::AudienceForms(missing));
        }
        problems
    }
}
