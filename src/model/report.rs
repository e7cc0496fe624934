//! The session report's figures, computed from the saved game: how the time went per
//! phase, what each team talked and wrote, the categories talked through, the vote and
//! where the three activities came from. The screen, the print and the Markdown export
//! all draw from one `Report`, so they never disagree.

use std::collections::BTreeMap;

use super::agenda::Phase;
use super::category::{Category, DeckKind};
use super::deck::Card;
use super::session::{Event, Session};

/// `ms` in whole minutes, rounded to the nearest: how every figure of the report
/// writes a time.
pub fn rounded_minutes(ms: u64) -> u64 {
    (ms + 30_000) / 60_000
}

/// A phase as planned and as it went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhaseTime {
    pub phase: Phase,
    pub planned_ms: u64,
    pub skipped: bool,
    /// How long it ran; `None` when it was not reached, or the game was saved before
    /// the app kept the times.
    pub actual_ms: Option<u64>,
}

impl PhaseTime {
    /// Over (positive) or under (negative) its plan, when it ran.
    pub fn over_ms(&self) -> Option<i64> {
        self.actual_ms
            .map(|actual| actual as i64 - self.planned_ms as i64)
    }
}

/// What one team did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TeamFigures {
    /// Cards the team talked through as the active team.
    pub cards: u32,
    pub ideas: u32,
    /// Category cards by category (in `Category::ALL` order).
    pub by_category: [u32; 6],
    pub wedges: Vec<Category>,
}

/// One category of the wheel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryFigures {
    pub category: Category,
    /// Cards of this category talked through.
    pub cards: u32,
    pub ideas: u32,
    /// How many teams hold its wedge.
    pub wedges: u32,
    /// The teams that talked a card of it, in team order.
    pub teams: Vec<usize>,
}

/// An idea (a group's lead) with its votes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteFigure {
    pub idea: u32,
    pub text: String,
    pub votes: u32,
    /// The activity (from 1) that grew from it, if it became one.
    pub activity: Option<usize>,
}

/// A card talked through, with the ideas it gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TalkedCard {
    /// As the game showed it (placeholders filled in).
    pub card: Card,
    pub team: usize,
    pub wedge: Option<Category>,
    pub ideas: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub phases: Vec<PhaseTime>,
    /// Whether the phases' times were kept (not in games saved before they were).
    pub timed: bool,
    pub teams: Vec<TeamFigures>,
    pub categories: Vec<CategoryFigures>,
    pub votes: Vec<VoteFigure>,
    pub talked: Vec<TalkedCard>,
    /// Pride, action and joker cards talked through (not in a category's wedge).
    pub other_cards: u32,
    pub ideas: u32,
    /// Ideas written without a category.
    pub ideas_without_category: u32,
    pub planned_ms: u64,
    /// From the start to the finish (or to now, for a game still running).
    pub played_ms: u64,
}

/// Which ideas came from which card talked: each idea that names a card goes to the
/// first time that card was talked through at or after the previous idea's card, so a
/// card drawn twice keeps the ideas of each time apart. Keys are indexes into the log
/// (always a `CardDone`); ideas that name no card, or one still on the table, are
/// under no key.
pub fn ideas_by_card_talked(session: &Session) -> BTreeMap<usize, Vec<u32>> {
    let done: Vec<(usize, &str)> = session
        .log
        .iter()
        .enumerate()
        .filter_map(|(i, event)| match event {
            Event::CardDone { card, .. } => Some((i, card.as_str())),
            _ => None,
        })
        .collect();
    let mut by_card: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
    let mut cursor = 0;
    for idea in &session.ideas.ideas {
        let Some(card) = idea.card.as_deref() else {
            continue;
        };
        let at_or_after = done.iter().find(|(i, c)| *i >= cursor && *c == card);
        let found = at_or_after.or_else(|| done.iter().find(|(_, c)| *c == card));
        if let Some((i, _)) = found {
            by_card.entry(*i).or_default().push(idea.id);
            cursor = cursor.max(*i);
        }
    }
    by_card
}

/// The report of `session`; `now_ms` ends a phase still running.
pub fn report(session: &Session, now_ms: u64) -> Report {
    let end_ms = session.finished_at_ms.unwrap_or(now_ms);
    let agenda = &session.agenda;
    let ran: BTreeMap<Phase, u64> = agenda.durations_ms(end_ms).into_iter().collect();
    let timed = !agenda.went.is_empty();
    let phases = agenda
        .plan
        .iter()
        .map(|p| PhaseTime {
            phase: p.phase,
            planned_ms: u64::from(p.minutes) * 60_000,
            skipped: p.skipped,
            actual_ms: ran.get(&p.phase).copied(),
        })
        .collect();

    let mut teams: Vec<TeamFigures> = session
        .teams
        .iter()
        .map(|t| TeamFigures {
            wedges: t.wedges.iter().copied().collect(),
            ..TeamFigures::default()
        })
        .collect();
    let mut categories: Vec<CategoryFigures> = Category::ALL
        .iter()
        .map(|&category| CategoryFigures {
            category,
            cards: 0,
            ideas: 0,
            wedges: session
                .teams
                .iter()
                .filter(|t| t.wedges.contains(&category))
                .count() as u32,
            teams: Vec::new(),
        })
        .collect();
    let ideas_at = ideas_by_card_talked(session);
    let mut talked = Vec::new();
    let mut other_cards = 0;
    for (i, event) in session.log.iter().enumerate() {
        let Event::CardDone { team, card, wedge } = event else {
            continue;
        };
        let Some(card) = session.deck.card(card) else {
            continue;
        };
        if let Some(figures) = teams.get_mut(*team) {
            figures.cards += 1;
        }
        match card.kind {
            DeckKind::Category(category) => {
                let at = category.index();
                if let Some(figures) = teams.get_mut(*team) {
                    figures.by_category[at] += 1;
                }
                categories[at].cards += 1;
                if !categories[at].teams.contains(team) {
                    categories[at].teams.push(*team);
                    categories[at].teams.sort_unstable();
                }
            }
            _ => other_cards += 1,
        }
        let ideas = ideas_at
            .get(&i)
            .into_iter()
            .flatten()
            .filter_map(|id| session.ideas.get(*id))
            .map(|idea| idea.text.clone())
            .collect();
        talked.push(TalkedCard {
            card: session.shown(card),
            team: *team,
            wedge: *wedge,
            ideas,
        });
    }

    let mut ideas_without_category = 0;
    for idea in &session.ideas.ideas {
        if let Some(figures) = teams.get_mut(idea.team) {
            figures.ideas += 1;
        }
        match idea.category {
            Some(category) => categories[category.index()].ideas += 1,
            None => ideas_without_category += 1,
        }
    }

    let activity_of = |lead: u32| {
        session.plan.activities.iter().position(|a| {
            a.idea
                .and_then(|id| session.ideas.lead_of(id))
                .is_some_and(|l| l == lead)
        })
    };
    let votes = session
        .ideas
        .ranked()
        .into_iter()
        .map(|r| VoteFigure {
            idea: r.lead.id,
            text: r.lead.text.clone(),
            votes: r.votes,
            activity: activity_of(r.lead.id).map(|i| i + 1),
        })
        .collect();

    Report {
        phases,
        timed,
        teams,
        categories,
        votes,
        talked,
        other_cards,
        ideas: session.ideas.ideas.len() as u32,
        ideas_without_category,
        planned_ms: u64::from(agenda.planned_minutes()) * 60_000,
        played_ms: end_ms.saturating_sub(agenda.started_at_ms),
    }
}
