//! What a session read from storage or a file must satisfy before it is played: the
//! limits every form keeps (`limits.rs`), and the invariants every move keeps — each
//! card in exactly one place, every reference to a team or an idea pointing at one that
//! exists. A file that breaks one is refused with the reason, not opened as another game.

use std::collections::BTreeMap;

use super::board::start_slots;
use super::category::DeckKind;
use super::handleplan::ACTIVITIES;
use super::limits::{
    quoted, MAX_CORE_TASK_CHARS, MAX_FORM_CHARS, MAX_IDEAS, MAX_IDEA_CHARS, MAX_IDEA_ORIGIN_CHARS,
    MAX_LOG_EVENTS, MAX_NOTES_CHARS, MAX_PLAN_FIELD_CHARS, MAX_PLAYERS, MAX_SESSION_NAME_CHARS,
    MAX_TEAMS, MAX_TEAM_NAME_CHARS, MIN_PLAYERS, MIN_TEAMS,
};
use super::load_error::{Broken, Counted, LongText, TeamReference};
use super::saved::is_valid_id;
use super::session::{board, Event, Session, Stage};

fn within(text: &str, field: LongText, limit: usize) -> Result<(), Broken> {
    if text.chars().count() > limit {
        Err(Broken::TooLong { text: field, limit })
    } else {
        Ok(())
    }
}

fn count(
    what: Counted,
    found: usize,
    range: std::ops::RangeInclusive<usize>,
) -> Result<(), Broken> {
    if range.contains(&found) {
        Ok(())
    } else {
        Err(Broken::OutOfRange { what, found })
    }
}

impl Session {
    /// Every check, in the order a reader would look: the texts, the teams, the board,
    /// the cards, the ideas.
    pub(super) fn check(&self) -> Result<(), Broken> {
        if !is_valid_id(&self.id) {
            return Err(Broken::Id);
        }
        self.check_texts()?;
        self.check_teams()?;
        self.agenda.check().map_err(|_| Broken::Agenda)?;
        if let Some(round) = &self.round {
            round.check().map_err(|_| Broken::CardRound)?;
        }
        if !self.deck.problems().is_empty() {
            return Err(Broken::Deck);
        }
        self.check_cards()?;
        self.check_ideas()
    }

    fn check_texts(&self) -> Result<(), Broken> {
        within(&self.name, LongText::SessionName, MAX_SESSION_NAME_CHARS)?;
        within(&self.core_task, LongText::CoreTask, MAX_CORE_TASK_CHARS)?;
        within(
            &self.core_task_final,
            LongText::CoreTaskFinal,
            MAX_CORE_TASK_CHARS,
        )?;
        within(&self.notes, LongText::Notes, MAX_NOTES_CHARS)?;
        for suggestion in self.kernen_suggestions.values() {
            within(suggestion, LongText::Suggestion, MAX_CORE_TASK_CHARS)?;
        }
        if !self.audience.missing_forms().is_empty() {
            return Err(Broken::TooLong {
                text: LongText::AudienceWord,
                limit: MAX_FORM_CHARS,
            });
        }
        count(
            Counted::Activities,
            self.plan.activities.len(),
            0..=ACTIVITIES,
        )?;
        let plan = &self.plan;
        let fields = plan.activities.iter().flat_map(|a| {
            [
                &a.what,
                &a.why,
                &a.owner,
                &a.first_step,
                &a.deadline,
                &a.measure,
            ]
        });
        for field in fields.chain([&plan.follow_up]) {
            within(field, LongText::PlanField, MAX_PLAN_FIELD_CHARS)?;
        }
        count(Counted::Ideas, self.ideas.ideas.len(), 0..=MAX_IDEAS)?;
        for idea in &self.ideas.ideas {
            within(&idea.text, LongText::Idea, MAX_IDEA_CHARS)?;
            if let Some(origin) = &idea.origin {
                within(origin, LongText::IdeaOrigin, MAX_IDEA_ORIGIN_CHARS)?;
            }
        }
        count(Counted::LogEvents, self.log.len(), 0..=MAX_LOG_EVENTS)
    }

    fn check_teams(&self) -> Result<(), Broken> {
        let teams = self.teams.len();
        count(Counted::Teams, teams, MIN_TEAMS..=MAX_TEAMS)?;
        for team in &self.teams {
            within(&team.name, LongText::TeamName, MAX_TEAM_NAME_CHARS)?;
            let players = MIN_PLAYERS as usize..=MAX_PLAYERS as usize;
            count(Counted::Players, team.players as usize, players)?;
        }
        // The start fields are spread by the number of teams: a file that lost (or
        // gained) a team has its teams on the wrong ones.
        let starts = start_slots(teams)
            .into_iter()
            .map(|slot| board().start_field(slot));
        if self
            .teams
            .iter()
            .zip(starts)
            .any(|(team, start)| Some(team.start) != start)
        {
            return Err(Broken::StartFields);
        }
        if self.active_team >= teams {
            return Err(Broken::UnknownTeam(TeamReference::Turn));
        }
        if let Some(team) = self
            .teams
            .iter()
            .position(|t| !board().contains(t.position))
        {
            return Err(Broken::OffBoard { team });
        }
        if let Stage::ChoosingTarget { roll } = self.stage {
            if !(1..=6).contains(&roll) {
                return Err(Broken::Die(roll));
            }
        }
        if self.log.iter().any(|event| event_team(event) >= teams) {
            return Err(Broken::UnknownTeam(TeamReference::Log));
        }
        if self.kernen_suggestions.keys().any(|team| *team >= teams) {
            return Err(Broken::UnknownTeam(TeamReference::Suggestion));
        }
        Ok(())
    }

    /// Each of the deck's cards is in exactly one place: in its own kind's draw or
    /// discard pile, or on the table.
    fn check_cards(&self) -> Result<(), Broken> {
        let mut kind_of: BTreeMap<&str, DeckKind> = BTreeMap::new();
        for kind in DeckKind::ALL {
            for id in self.deck.ids_of(kind) {
                kind_of.insert(id, kind);
            }
        }
        let mut seen: BTreeMap<&str, ()> = BTreeMap::new();
        let mut place = |id: &str, kind: Option<DeckKind>| -> Result<(), Broken> {
            let Some((&known, &own)) = kind_of.get_key_value(id) else {
                return Err(Broken::UnknownCard { id: quoted(id) });
            };
            if kind.is_some_and(|pile| pile != own) {
                return Err(Broken::CardInWrongPile { id: quoted(id) });
            }
            if seen.insert(known, ()).is_some() {
                return Err(Broken::CardTwice { id: quoted(id) });
            }
            Ok(())
        };
        for (kind, pile) in &self.piles.0 {
            for id in pile.draw.iter().chain(&pile.discard) {
                place(id, Some(*kind))?;
            }
        }
        for id in self.held_card_ids() {
            place(id, None)?;
        }
        match kind_of.keys().find(|id| !seen.contains_key(*id)) {
            Some(lost) => Err(Broken::CardLost { id: quoted(lost) }),
            None => Ok(()),
        }
    }

    fn check_ideas(&self) -> Result<(), Broken> {
        let bank = &self.ideas;
        let teams = self.teams.len();
        if bank.ideas.iter().any(|idea| idea.team >= teams) {
            return Err(Broken::UnknownTeam(TeamReference::Idea));
        }
        let mut ids: Vec<u32> = bank.ideas.iter().map(|idea| idea.id).collect();
        ids.sort_unstable();
        let unique = ids.windows(2).all(|pair| pair[0] != pair[1]);
        let known = |id: &u32| ids.binary_search(id).is_ok();
        let grouped_right = bank
            .ideas
            .iter()
            .all(|idea| idea.group.is_none_or(|g| known(&g)));
        let below_next = ids.last().is_none_or(|last| *last < bank.next_id);
        if !(unique && grouped_right && below_next && bank.votes.keys().all(known)) {
            return Err(Broken::UnknownIdea);
        }
        if bank
            .votes
            .values()
            .flat_map(|by_team| by_team.keys())
            .any(|team| *team >= teams)
        {
            return Err(Broken::UnknownTeam(TeamReference::Vote));
        }
        Ok(())
    }
}

fn event_team(event: &Event) -> usize {
    match event {
        Event::Rolled { team, .. }
        | Event::Moved { team, .. }
        | Event::Jumped { team, .. }
        | Event::RollAgain { team }
        | Event::CategoryChosen { team, .. }
        | Event::CardDrawn { team, .. }
        | Event::CardDone { team, .. } => *team,
    }
}
