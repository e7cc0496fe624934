//! The facilitated session around the board: agenda and clock, timers, the guided
//! round, ideas and votes, the handleplan, undo, steering and the exports.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{new_session, setup, standard_deck, NOW};
use kernespillet::model::export::{self, ExportLabels};
use kernespillet::model::{
    board, Activity, ActivityField, Agenda, AgendaError, CardRound, CardTimings, Category,
    DeckKind, FieldKind, GameError, IdeaBank, IdeaError, Phase, PlanError, PlanProblem, RoundError,
    RoundStage, Session, Speaker, Stage, Timer,
};
use proptest::prelude::*;

const MIN: u64 = 60_000;

#[test]
fn the_agenda_has_the_designs_minutes_for_two_and_three_hours() {
    let two = Agenda::new(120, NOW);
    let minutes: Vec<u32> = two.plan.iter().map(|p| p.minutes).collect();
    assert_eq!(minutes, vec![10, 10, 55, 5, 10, 10, 15, 5]);
    assert_eq!(two.planned_minutes(), 120);
    let three = Agenda::new(180, NOW);
    assert_eq!(three.planned_minutes(), 180);
    assert_eq!(three.plan_of(Phase::Play).minutes, 85);
    for total in [30, 90, 150, 240, 300] {
        assert_eq!(
            Agenda::new(total, NOW).planned_minutes(),
            total,
            "{total} min"
        );
    }
    let session = Session::new(&setup(4), &standard_deck(), 1, NOW).unwrap();
    assert_eq!(
        session.agenda.planned_minutes(),
        180,
        "8 players get three hours"
    );
}

#[test]
fn phases_advance_in_order_skip_and_change_length() {
    let mut agenda = Agenda::new(120, NOW);
    assert_eq!(agenda.phase(), Phase::Opening);
    agenda.set_skipped(Phase::Break, true).unwrap();
    agenda.set_minutes(Phase::Play, 70).unwrap();
    assert_eq!(agenda.planned_minutes(), 130);
    assert_eq!(
        agenda.set_minutes(Phase::Play, 0),
        Err(AgendaError::Minutes(0))
    );
    assert_eq!(
        agenda.set_skipped(Phase::Opening, true),
        Err(AgendaError::AlreadyStarted(Phase::Opening))
    );
    let mut seen = vec![agenda.phase()];
    while let Ok(phase) = agenda.advance(NOW) {
        seen.push(phase);
    }
    assert_eq!(
        seen,
        vec![
            Phase::Opening,
            Phase::Stolthed,
            Phase::Play,
            Phase::Kernen,
            Phase::IdeaBank,
            Phase::Handleplan,
            Phase::Checkout
        ]
    );
    assert_eq!(agenda.advance(NOW), Err(AgendaError::AtTheEnd));
}

#[test]
fn the_clock_is_computed_from_timestamps_and_survives_a_reload() {
    let mut session = new_session(3, 5);
    // Six players: the two-hour plan, 55 minutes of play that began at NOW.
    assert_eq!(session.agenda.plan_of(Phase::Play).minutes, 55);
    let later = NOW + 20 * MIN;
    assert_eq!(session.agenda.phase_remaining_ms(later), 35 * MIN as i64);
    let reloaded = Session::from_json(&session.to_json()).unwrap();
    assert_eq!(reloaded.agenda.phase_remaining_ms(later), 35 * MIN as i64);
    assert_eq!(reloaded.agenda.elapsed_ms(later), 20 * MIN);
    // Over time shows as negative.
    assert!(session.agenda.phase_remaining_ms(NOW + 60 * MIN) < 0);
    session.set_phase_minutes(Phase::Play, 70).unwrap();
    assert_eq!(session.agenda.phase_remaining_ms(later), 50 * MIN as i64);
    assert_eq!(
        session.agenda.expected_end_ms(later),
        NOW + 70 * MIN + (5 + 10 + 10 + 15 + 5) * MIN
    );
}

#[test]
fn a_version_one_session_loads_into_the_play_phase() {
    let session = new_session(2, 9);
    let mut value: serde_json::Value = serde_json::from_str(&session.to_json()).unwrap();
    for field in ["agenda", "timings", "ideas", "plan", "core_task_final"] {
        value.as_object_mut().unwrap().remove(field);
    }
    value["schema_version"] = 1.into();
    let loaded = Session::from_json(&value.to_string()).unwrap();
    assert_eq!(
        loaded.schema_version,
        kernespillet::model::session::SCHEMA_VERSION
    );
    assert_eq!(loaded.agenda.phase(), Phase::Play);
    assert_eq!(loaded.agenda.started_at_ms, session.created_at_ms);
    assert_eq!(loaded.teams, session.teams);
    assert_eq!(loaded.piles, session.piles);
}

#[test]
fn a_damaged_stored_agenda_is_refused_and_a_damaged_undo_dropped() {
    let mut session = new_session(2, 9);
    session.roll().unwrap();
    let target = session.targets()[0];
    session.move_to(target, NOW).unwrap();
    let good: serde_json::Value = serde_json::from_str(&session.to_json()).unwrap();

    let mut bad = good.clone();
    bad["agenda"]["current"] = 99.into();
    assert!(matches!(
        Session::from_json(&bad.to_string()),
        Err(kernespillet::model::persist::LoadError::Inconsistent(_))
    ));
    let mut bad = good.clone();
    bad["agenda"]["plan"].as_array_mut().unwrap().pop();
    assert!(Session::from_json(&bad.to_string()).is_err());

    let mut odd_undo = good.clone();
    odd_undo["undo"]["active_team"] = 7.into();
    let loaded = Session::from_json(&odd_undo.to_string()).unwrap();
    assert!(
        loaded.undo.is_none(),
        "a damaged undo step is dropped, the game kept"
    );
    assert_eq!(loaded.teams, session.teams);
}

#[test]
fn a_timer_pauses_extends_and_survives_a_reload() {
    let mut timer = Timer::start(30_000, NOW);
    assert_eq!(timer.remaining_ms(NOW + 10_000), 20_000);
    timer.pause(NOW + 10_000);
    assert_eq!(
        timer.remaining_ms(NOW + 50_000),
        20_000,
        "paused time does not count"
    );
    let json = serde_json::to_string(&timer).unwrap();
    let mut reloaded: Timer = serde_json::from_str(&json).unwrap();
    reloaded.resume(NOW + 60_000);
    assert_eq!(reloaded.remaining_ms(NOW + 65_000), 15_000);
    reloaded.extend(60_000, NOW + 65_000);
    assert_eq!(reloaded.remaining_ms(NOW + 65_000), 75_000);
    // Long after it ran out, one more minute is a minute from now.
    let mut over = Timer::start(30_000, NOW);
    over.extend(60_000, NOW + 300_000);
    assert_eq!(over.remaining_ms(NOW + 300_000), 60_000);
    assert!(reloaded.is_done(NOW + 200_000));
    assert_eq!(reloaded.remaining_ms(NOW + 200_000), 0);
}

#[test]
fn the_round_gives_each_player_the_floor_once_with_one_pass_and_the_leader_last() {
    let mut round = CardRound::start(3, CardTimings::default(), NOW);
    assert!(matches!(round.stage, RoundStage::Silent { .. }));
    assert!(!round.tick(NOW + 29_000), "still thinking");
    assert!(round.tick(NOW + 30_000), "the round begins by itself");
    assert_eq!(round.speaker(), Some(Speaker::Player(1)));
    round.pass().unwrap();
    assert_eq!(round.speaker(), Some(Speaker::Player(2)));
    let mut spoke = Vec::new();
    while let Some(speaker) = round.speaker() {
        spoke.push(speaker);
        if speaker == Speaker::Player(1) && spoke.len() == 3 {
            assert_eq!(round.pass(), Err(RoundError::PassUsed));
        }
        if speaker == Speaker::Leader {
            assert_eq!(round.pass(), Err(RoundError::LeaderCannotPass));
        }
        round.next_speaker(NOW).unwrap();
    }
    assert_eq!(
        spoke,
        vec![
            Speaker::Player(2),
            Speaker::Player(3),
            Speaker::Player(1),
            Speaker::Leader
        ]
    );
    assert!(matches!(round.stage, RoundStage::Open { .. }));
    round.add_minute(NOW);
    assert_eq!(round.timer().unwrap().remaining_ms(NOW), 180_000);
    assert!(
        !round.tick(NOW + 10 * MIN),
        "open talk is ended by the facilitator"
    );
    round.next_stage(NOW);
    assert!(round.is_done());
    assert_eq!(round.next_speaker(NOW), Err(RoundError::WrongStage));
}

/// Play until a card is on the table (always the first target / first category).
fn to_card(session: &mut Session, now: u64) {
    for _ in 0..20 {
        match session.stage.clone() {
            Stage::Card(_) => return,
            Stage::AwaitingRoll => {
                session.roll().unwrap();
            }
            Stage::ChoosingTarget { .. } => {
                let target = session.targets()[0];
                session.move_to(target, now).unwrap();
            }
            Stage::ChoosingCategory { .. } => {
                session.choose_category(Category::Kernen, now).unwrap()
            }
        }
    }
    panic!("no card");
}

#[test]
fn a_drawn_card_starts_a_round_for_the_active_team_and_ideas_are_tagged() {
    let mut session = new_session(3, 11);
    assert_eq!(
        session.record_idea("for tidligt"),
        Err(GameError::WrongStage)
    );
    to_card(&mut session, NOW);
    let round = session.round.clone().expect("a round with the card");
    assert_eq!(
        round.players,
        session.active().players + session.guests().map(|t| t.players).sum::<u32>()
    );
    let id = session.record_idea("  Fælles pauser  ").unwrap();
    let idea = session.ideas.get(id).unwrap();
    assert_eq!(idea.text, "Fælles pauser");
    assert_eq!(idea.team, session.active_team);
    let Stage::Card(active) = &session.stage else {
        unreachable!()
    };
    assert_eq!(idea.card.as_deref(), Some(active.id.as_str()));
    assert_eq!(idea.category, session.card_category());
    assert_eq!(
        session.record_idea("   "),
        Err(GameError::Idea(IdeaError::Empty))
    );
    session.complete_card().unwrap();
    assert!(session.round.is_none());
}

#[test]
fn undo_takes_back_the_last_step_but_never_a_roll() {
    let mut session = new_session(2, 3);
    assert_eq!(session.undo(), Err(GameError::NothingToUndo));
    session.roll().unwrap();
    assert_eq!(
        session.undo(),
        Err(GameError::NothingToUndo),
        "the roll stands"
    );
    let before_move = session.clone();
    let target = session.targets()[0];
    session.move_to(target, NOW).unwrap();
    session.undo().unwrap();
    assert_eq!(
        session.stage, before_move.stage,
        "back to choosing, same roll"
    );
    assert_eq!(session.teams, before_move.teams);
    assert_eq!(session.piles, before_move.piles);
    assert_eq!(session.log, before_move.log);
    assert_eq!(session.rng, before_move.rng);
    assert_eq!(
        session.undo(),
        Err(GameError::NothingToUndo),
        "one step only"
    );
    to_card(&mut session, NOW);
    let with_card = session.clone();
    session.complete_card().unwrap();
    session.undo().unwrap();
    assert_eq!(session.stage, with_card.stage);
    assert_eq!(session.turns_played, with_card.turns_played);
    assert_eq!(session.active_team, with_card.active_team);
}

#[test]
fn board_moves_belong_to_the_play_phase() {
    let mut session = Session::new(&setup(2), &standard_deck(), 1, NOW).unwrap();
    assert_eq!(session.roll(), Err(GameError::NotPlaying));
    session.advance_phase(NOW).unwrap();
    session.advance_phase(NOW).unwrap();
    assert!(session.roll().is_ok());
}

#[test]
fn late_in_play_a_draw_on_a_held_category_comes_from_a_missing_one() {
    let mut session = new_session(2, 21);
    // Ten minutes of play left.
    let play_minutes = u64::from(session.agenda.plan_of(Phase::Play).minutes);
    let late = NOW + (play_minutes - 10) * MIN;
    assert!(!session.steering(NOW));
    assert!(session.steering(late));
    // The active team holds every wedge but Tillid; it lands on a Kernen field.
    let team = session.active_team;
    for c in Category::ALL.into_iter().filter(|c| *c != Category::Tillid) {
        session.teams[team].wedges.insert(c);
    }
    let kernen_field = (0..67u8)
        .map(kernespillet::model::FieldId)
        .find(|f| board().kind(*f) == Some(FieldKind::Category(Category::Kernen)))
        .unwrap();
    session.roll().unwrap();
    // Stand the piece where the field is reachable: put it right next to it.
    let roll = match session.stage {
        Stage::ChoosingTarget { roll } => roll,
        _ => unreachable!(),
    };
    let start = (0..67u8)
        .map(kernespillet::model::FieldId)
        .find(|from| {
            kernespillet::model::moves::reachable(board(), *from, roll).contains_key(&kernen_field)
        })
        .unwrap();
    session.teams[team].position = start;
    session.move_to(kernen_field, late).unwrap();
    let Stage::Card(active) = &session.stage else {
        panic!("a card")
    };
    assert_eq!(
        active.kind,
        kernespillet::model::DeckKind::Category(Category::Tillid)
    );
    assert_eq!(active.steered_from, Some(Category::Kernen));
    assert_eq!(
        active.wedge,
        Some(Category::Tillid),
        "talked through, it fills the wheel"
    );

    // Early in play the same landing draws Kernen.
    let mut early = new_session(2, 21);
    for c in Category::ALL.into_iter().filter(|c| *c != Category::Tillid) {
        early.teams[team].wedges.insert(c);
    }
    early.roll().unwrap();
    early.teams[team].position = start;
    early.move_to(kernen_field, NOW).unwrap();
    let Stage::Card(active) = &early.stage else {
        panic!("a card")
    };
    assert_eq!(
        active.kind,
        kernespillet::model::DeckKind::Category(Category::Kernen)
    );
    assert_eq!(active.steered_from, None);
}

/// A 2-team game whose active team holds every wedge but Tillid, landed on the first
/// field of `kind` at `at`: the card on the table.
fn land_holding_all_but_tillid(kind: FieldKind, at: u64) -> kernespillet::model::ActiveCard {
    let mut session = new_session(2, 21);
    let team = session.active_team;
    for c in Category::ALL.into_iter().filter(|c| *c != Category::Tillid) {
        session.teams[team].wedges.insert(c);
    }
    let field = (0..67u8)
        .map(kernespillet::model::FieldId)
        .find(|f| board().kind(*f) == Some(kind))
        .unwrap();
    session.roll().unwrap();
    let Stage::ChoosingTarget { roll } = session.stage else {
        unreachable!()
    };
    session.teams[team].position = (0..67u8)
        .map(kernespillet::model::FieldId)
        .find(|from| {
            kernespillet::model::moves::reachable(board(), *from, roll).contains_key(&field)
        })
        .unwrap();
    session.move_to(field, at).unwrap();
    let Stage::Card(active) = session.stage else {
        panic!("a card")
    };
    active
}

#[test]
fn a_held_headquarters_is_steered_too_and_no_wedge_is_promised_twice() {
    let play_minutes = u64::from(new_session(2, 21).agenda.plan_of(Phase::Play).minutes);
    let late = NOW + (play_minutes - 10) * MIN;
    let hq = FieldKind::Hq(Category::Kernen);
    // Late: the headquarters of a held category gives a card (and the wedge) of the
    // missing one, as a plain field does.
    let steered = land_holding_all_but_tillid(hq, late);
    assert_eq!(steered.kind, DeckKind::Category(Category::Tillid));
    assert_eq!(steered.steered_from, Some(Category::Kernen));
    assert_eq!(steered.wedge, Some(Category::Tillid));
    // Early: its own category, and no wedge promised, since the team has it.
    let early = land_holding_all_but_tillid(hq, NOW);
    assert_eq!(early.kind, DeckKind::Category(Category::Kernen));
    assert_eq!(early.steered_from, None);
    assert_eq!(early.wedge, None, "the team already holds Kernen");
    // A plain field early: no wedge at all.
    let plain = land_holding_all_but_tillid(FieldKind::Category(Category::Kernen), NOW);
    assert_eq!(plain.wedge, None);
}

#[test]
fn votes_are_limited_per_team_grouping_moves_them_and_the_result_is_ranked() {
    let mut bank = IdeaBank::default();
    let a = bank
        .add("Morgenmøde", 0, Some(Category::Samarbejde), None)
        .unwrap();
    let b = bank.add("Kort morgenmøde", 1, None, None).unwrap();
    let c = bank
        .add("Spørg borgerne", 2, Some(Category::ForHvem), None)
        .unwrap();
    // A team of 2 players has 6 dots.
    for _ in 0..6 {
        bank.vote(c, 0, 2).unwrap();
    }
    assert_eq!(bank.vote(a, 0, 2), Err(IdeaError::NoVotesLeft));
    bank.unvote(c, 0).unwrap();
    assert_eq!(bank.votes_left(0, 2), 1);
    assert_eq!(
        bank.unvote(a, 0),
        Err(IdeaError::NoVoteToRemove),
        "only own votes"
    );
    bank.vote(b, 1, 2).unwrap();
    bank.vote(b, 1, 2).unwrap();
    bank.vote(a, 0, 2).unwrap();
    assert_eq!(bank.group(&[a]), Err(IdeaError::TooFewToGroup));
    let lead = bank.group(&[a, b]).unwrap();
    assert_eq!(lead, a);
    let ranked = bank.ranked();
    assert_eq!(ranked.len(), 2);
    assert_eq!((ranked[0].lead.id, ranked[0].votes), (c, 5));
    assert_eq!(
        (ranked[1].lead.id, ranked[1].votes, ranked[1].members.len()),
        (a, 3, 1)
    );
    assert_eq!(
        bank.team_votes_on(b, 1),
        2,
        "a vote on a member counts for its group"
    );
    bank.remove(a).unwrap();
    assert_eq!(
        bank.get(b).unwrap().group,
        None,
        "members become their own again"
    );
    assert_eq!(bank.total_votes(), 5);
}

fn complete(what: &str) -> Activity {
    Activity {
        idea: None,
        what: what.into(),
        why: "Fordi".into(),
        category: Some(Category::Kernen),
        owner: "Mette".into(),
        first_step: "Book et lokale".into(),
        deadline: "2027-01-31".into(),
        measure: String::new(),
    }
}

#[test]
fn the_plan_has_exactly_three_complete_activities_before_the_session_can_finish() {
    let mut session = new_session(2, 1);
    assert_eq!(
        session.finish(NOW),
        Err(GameError::Unfinished(vec![
            PlanProblem::Count(0),
            PlanProblem::FollowUp
        ]))
    );
    for n in 1..=3 {
        session
            .plan
            .add(complete(&format!("Aktivitet {n}")))
            .unwrap();
    }
    assert_eq!(session.plan.add(complete("Fjerde")), Err(PlanError::Full));
    assert!(session.plan.is_complete());
    let old = session.plan.swap(1, complete("Byttet ind")).unwrap();
    assert_eq!(old.what, "Aktivitet 2");
    session
        .plan
        .update(2, |a| {
            a.owner = " ".into();
            a.deadline = "2027-02-30".into();
        })
        .unwrap();
    assert_eq!(
        session.plan.problems(),
        vec![
            PlanProblem::Missing {
                activity: 3,
                field: ActivityField::Owner
            },
            PlanProblem::BadDate { activity: 3 },
        ]
    );
    session
        .plan
        .update(2, |a| {
            a.owner = "Ali".into();
            a.deadline = "2028-02-29".into();
        })
        .unwrap();
    assert_eq!(
        session.finish(NOW),
        Err(GameError::Unfinished(vec![PlanProblem::FollowUp]))
    );
    session.plan.follow_up = "2027-02-01".into();
    session.finish(NOW + 5).unwrap();
    assert_eq!(session.finished_at_ms, Some(NOW + 5));
}

fn labels() -> ExportLabels<'static> {
    common::export_labels()
}

fn planned() -> Session {
    let mut session = new_session(2, 1);
    session.set_core_task_final("Vi giver borgerne mod på hverdagen.");
    session.plan.add(complete("Morgenmøde")).unwrap();
    let mut second = complete("Ryd op i \"møderne\", tak");
    second.measure = "Færre møder".into();
    session.plan.add(second).unwrap();
    session.plan.add(complete("Spørg borgerne")).unwrap();
    session.plan.follow_up = "2027-02-01".into();
    session
}

#[test]
fn the_markdown_export_reads_as_a_plan() {
    let text = export::markdown(&planned(), &labels(), NOW);
    let expected = "# Handleplan\n\n\
        **Kerneopgave:** Vi giver borgerne mod på hverdagen.\n\n\
        *Kerneopgave ved start:* Vi hjælper borgerne til at klare sig selv.\n\n\
        ## Aktivitet 1: Morgenmøde\n\n\
        - **Hvorfor:** Fordi\n- **Kategori:** Kernen\n- **Ejer:** Mette\n\
        - **Første skridt:** Book et lokale\n- **Deadline:** 2027-01-31\n\n\
        ## Aktivitet 2: Ryd op i \"møderne\", tak\n\n\
        - **Hvorfor:** Fordi\n- **Kategori:** Kernen\n- **Ejer:** Mette\n\
        - **Første skridt:** Book et lokale\n- **Deadline:** 2027-01-31\n\
        - **Hvordan ved vi, at det virker?:** Færre møder\n\n\
        ## Aktivitet 3: Spørg borgerne\n\n\
        - **Hvorfor:** Fordi\n- **Kategori:** Kernen\n- **Ejer:** Mette\n\
        - **Første skridt:** Book et lokale\n- **Deadline:** 2027-01-31\n\n\
        **Opfølgning:** 2027-02-01\n";
    let (plan, report) = text.split_at(expected.len().min(text.len()));
    assert_eq!(plan, expected);
    assert!(
        report.starts_with("\n## Sådan gik tiden\n\n| Fase | Planlagt | Brugt |\n"),
        "{report}"
    );
}

#[test]
fn the_csv_export_quotes_every_field() {
    let text = export::csv(&planned(), &labels());
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines.len(),
        5,
        "header, three rows, and the final line break"
    );
    assert_eq!(
        lines[0],
        "\u{FEFF}\"Aktivitet\";\"Hvad\";\"Hvorfor\";\"Kategori\";\"Ejer\";\"Første skridt\";\"Deadline\";\"Hvordan ved vi, at det virker?\";\"Kerneopgave\";\"Opfølgning\""
    );
    assert_eq!(
        lines[2],
        "\"2\";\"Ryd op i \"\"møderne\"\", tak\";\"Fordi\";\"Kernen\";\"Mette\";\"Book et lokale\";\"2027-01-31\";\"Færre møder\";\"Vi giver borgerne mod på hverdagen.\";\"2027-02-01\""
    );
}

/// Cells as a spreadsheet reads a `;`-separated file: quoted fields may hold `;`, line
/// breaks and doubled quotes; rows end in CRLF.
fn spreadsheet_cells(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![Vec::new()];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{FEFF}').chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ';') => rows.last_mut().unwrap().push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                rows.last_mut().unwrap().push(std::mem::take(&mut cell));
                rows.push(Vec::new());
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !rows.last().unwrap().is_empty() {
        rows.last_mut().unwrap().push(cell);
    }
    rows.retain(|row| !row.is_empty());
    rows
}

#[test]
fn no_csv_cell_opens_as_a_formula() {
    let mut session = planned();
    let activity = &mut session.plan.activities[0];
    activity.what = "=HYPERLINK(\"http://evil.example\"; \"klik\")".to_string();
    activity.owner = "@SUM(1+1)".to_string();
    activity.first_step = "+45 12 34 56 78".to_string();
    activity.measure = "-1 klage om måneden".to_string();
    activity.why = "\t=1+1".to_string();
    session.plan.activities[1].why = "\r=2+2\r\nog en linje til".to_string();
    let text = export::csv(&session, &labels());
    let rows = spreadsheet_cells(&text);
    assert_eq!(rows.len(), 4, "a header and three activities: {rows:?}");
    assert!(
        rows.iter().all(|row| row.len() == rows[0].len()),
        "{rows:?}"
    );
    for cell in rows.iter().flatten() {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{cell:?} would open as a formula"
        );
    }
    // Each such text is shown whole, as text, behind the apostrophe a spreadsheet hides.
    let first = &rows[1];
    assert!(first.contains(&"'=HYPERLINK(\"http://evil.example\"; \"klik\")".to_string()));
    assert!(first.contains(&"'@SUM(1+1)".to_string()));
    assert!(first.contains(&"'+45 12 34 56 78".to_string()));
    assert!(first.contains(&"'-1 klage om måneden".to_string()));
    // Blanks around a text are trimmed first; what starts with a sign then gets its mark.
    assert!(first.contains(&"'=1+1".to_string()));
    assert!(rows[2].contains(&"'=2+2\r\nog en linje til".to_string()));
    // A cell that only has such a sign inside is left as it was.
    assert!(rows[2].contains(&"Ryd op i \"møderne\", tak".to_string()));
}

#[test]
fn the_json_export_holds_the_activities_as_stored() {
    let session = planned();
    let value: serde_json::Value = serde_json::from_str(&export::json(&session)).unwrap();
    assert_eq!(value["format"], "kernespillet-handleplan");
    assert_eq!(value["core_task"], "Vi giver borgerne mod på hverdagen.");
    assert_eq!(value["follow_up"], "2027-02-01");
    assert_eq!(value["teams"], serde_json::json!(["Hold 1", "Hold 2"]));
    let activities: Vec<Activity> = serde_json::from_value(value["activities"].clone()).unwrap();
    assert_eq!(activities, session.plan.activities);
}

proptest! {
    /// However the votes go, no team ever uses more than its allowance, and the
    /// ranked result is sorted by votes.
    #[test]
    fn votes_never_exceed_the_allowance(
        plan in proptest::collection::vec((0u32..5, 0usize..3, any::<bool>()), 0..120),
    ) {
        let mut bank = IdeaBank::default();
        for n in 0..5 {
            bank.add(&format!("Idé {n}"), n % 3, None, None).unwrap();
        }
        for (idea, team, add) in plan {
            let id = idea + 1;
            if add {
                let _ = bank.vote(id, team, 2);
            } else {
                let _ = bank.unvote(id, team);
            }
            for t in 0..3 {
                prop_assert!(bank.votes_used(t) <= bank.allowance(2));
            }
        }
        let ranked = bank.ranked();
        prop_assert!(ranked.windows(2).all(|w| w[0].votes >= w[1].votes));
        prop_assert_eq!(ranked.iter().map(|r| r.votes).sum::<u32>(), bank.total_votes());
    }

    /// A plan never holds more than three activities, whatever is added or removed.
    #[test]
    fn a_plan_never_holds_more_than_three(ops in proptest::collection::vec(any::<bool>(), 0..30)) {
        let mut session = new_session(2, 1);
        for add in ops {
            if add {
                let _ = session.plan.add(complete("x"));
            } else {
                let _ = session.plan.remove(0);
            }
            prop_assert!(session.plan.activities.len() <= 3);
        }
    }
}

#[test]
fn the_clicker_walks_the_card_talk_and_finishes_the_card_but_never_rolls() {
    let mut session = new_session(3, 5);
    let before = session.clone();
    assert_eq!(session.clicker_next(NOW), Err(GameError::WrongStage));
    assert_eq!(session.clicker_previous(NOW), Err(GameError::WrongStage));
    assert_eq!(session, before, "a refused clicker step changes nothing");
    session.roll().unwrap();
    assert_eq!(session.clicker_next(NOW), Err(GameError::WrongStage));

    to_card(&mut session, NOW);
    let team = session.active_team;
    let speakers = CardRound::order(session.round.as_ref().unwrap().players).len();
    assert_eq!(
        session.clicker_previous(NOW),
        Err(GameError::Round(RoundError::WrongStage)),
        "nothing before the silence"
    );
    session.clicker_next(NOW).unwrap();
    assert_eq!(
        session.round.as_ref().unwrap().speaker(),
        Some(Speaker::Player(1))
    );
    session.clicker_next(NOW).unwrap();
    session.clicker_previous(NOW).unwrap();
    assert_eq!(
        session.round.as_ref().unwrap().speaker(),
        Some(Speaker::Player(1)),
        "back to the speaker before"
    );
    for _ in 0..speakers {
        session.clicker_next(NOW).unwrap();
    }
    assert!(matches!(
        session.round.as_ref().unwrap().stage,
        RoundStage::Open { .. }
    ));
    session.clicker_previous(NOW).unwrap();
    assert_eq!(
        session.round.as_ref().unwrap().speaker(),
        Some(Speaker::Leader),
        "back from the open talk to the leader"
    );
    session.clicker_next(NOW).unwrap();
    session.clicker_next(NOW).unwrap();
    assert!(session.round.as_ref().unwrap().is_done());
    let card = card_on_table(&session);
    session.clicker_next(NOW).unwrap();
    assert_eq!(session.stage, Stage::AwaitingRoll);
    assert_ne!(session.active_team, team, "the next team's turn");

    // Pressed once too often: the card comes back to the table.
    session.clicker_previous(NOW).unwrap();
    assert_eq!(session.active_team, team);
    assert_eq!(card_on_table(&session), card);
    assert_eq!(
        session.clicker_previous(NOW),
        Ok(()),
        "then back into the finished talk"
    );
    assert!(matches!(
        session.round.as_ref().unwrap().stage,
        RoundStage::Open { .. }
    ));

    session.advance_phase(NOW).unwrap();
    assert_eq!(session.clicker_next(NOW), Err(GameError::NotPlaying));
}

/// The id of the card on the table.
fn card_on_table(session: &Session) -> Option<String> {
    match &session.stage {
        Stage::Card(active) => Some(active.id.clone()),
        _ => None,
    }
}

proptest! {
    /// Whatever a clicker sends, it never rolls the die, moves a piece or changes
    /// whose turn it is, except by finishing (or taking back) the card on the table.
    #[test]
    fn clicker_steps_never_roll_or_move(seed in any::<u64>(), presses in proptest::collection::vec(any::<bool>(), 0..40)) {
        let mut session = new_session(2, seed);
        to_card(&mut session, NOW);
        let positions: Vec<_> = session.teams.iter().map(|t| t.position).collect();
        let rolls = |s: &Session| s.log.iter().filter(|e| matches!(e, kernespillet::model::Event::Rolled { .. })).count();
        let rolled = rolls(&session);
        for next in presses {
            let _ = if next { session.clicker_next(NOW) } else { session.clicker_previous(NOW) };
            prop_assert_eq!(rolls(&session), rolled);
            prop_assert_eq!(session.teams.iter().map(|t| t.position).collect::<Vec<_>>(), positions.clone());
            prop_assert!(matches!(session.stage, Stage::Card(_) | Stage::AwaitingRoll));
        }
    }
}

#[test]
fn the_next_card_shown_to_the_facilitator_is_the_one_drawn_next() {
    let mut session = new_session(3, 21);
    for _ in 0..5 {
        let peeked: Vec<(kernespillet::model::DeckKind, Option<String>)> = session
            .piles
            .0
            .keys()
            .map(|kind| (*kind, session.next_card(*kind).map(|c| c.id.clone())))
            .collect();
        to_card(&mut session, NOW);
        let Stage::Card(active) = session.stage.clone() else {
            unreachable!()
        };
        let expected = peeked
            .iter()
            .find(|(kind, _)| *kind == active.kind)
            .unwrap();
        assert_eq!(expected.1.as_deref(), Some(active.id.as_str()));
        session.complete_card().unwrap();
    }
    session.set_notes(&"x".repeat(5000));
    assert_eq!(
        session.notes.chars().count(),
        4000,
        "notes are cut, not refused"
    );
}
