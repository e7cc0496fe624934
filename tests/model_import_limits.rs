//! A session file is held to the same limits and invariants as a game played in the app
//! (issue 17, points 1, 2, 4 and 5): an oversized text, a lost team or pile, objects
//! turned into arrays or a version before the first are refused, and the refusal is a
//! short sentence in one language that names what is wrong without repeating it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kernespillet::i18n::load_error_text;
use kernespillet::model::board::start_slots;
use kernespillet::model::limits::{
    MAX_CORE_TASK_CHARS, MAX_IDEA_CHARS, MAX_NOTES_CHARS, MAX_PLAN_FIELD_CHARS, MAX_TEAM_NAME_CHARS,
};
use kernespillet::model::load_error::{Broken, LongText, TeamReference, Unreadable};
use kernespillet::model::persist::LoadError;
use kernespillet::model::{board, Lang, Session};
use serde_json::{json, Value};

/// Four teams well into play, with an idea, a note and a plan activity.
fn played() -> Value {
    let mut session = new_session(4, 7);
    for pick in 0..20 {
        step(&mut session, pick);
    }
    session
        .ideas
        .add("Ring tilbage samme dag", 3, None, None)
        .unwrap();
    session.notes = "Husk kaffe".into();
    let mut value = serde_json::to_value(&session).unwrap();
    value["plan"] = json!({"activities": [{"what": "Tjekliste", "why": "Færre fejl", "owner": "Mette",
        "first_step": "Skriv udkast", "deadline": "2026-12-15"}], "follow_up": ""});
    if let Err(error) = Session::from_json(&value.to_string()) {
        panic!("the fixture opens: {error:?}");
    }
    value
}

fn refusal(value: &Value) -> LoadError {
    Session::from_json(&value.to_string()).expect_err("refused")
}

/// Both languages' messages: short, in one language, quoting at most 60 characters.
fn assert_readable(error: &LoadError) -> String {
    let danish = load_error_text(error, Lang::Da);
    for message in [&danish, &load_error_text(error, Lang::En)] {
        assert!(message.chars().count() <= 300, "{} chars", message.len());
        assert!(!message.contains(&"x".repeat(61)), "repeats the value");
    }
    for english in [
        "EOF",
        "expected",
        "invalid",
        "missing field",
        "column",
        " at line",
    ] {
        assert!(!danish.contains(english), "English in Danish: {danish}");
    }
    danish
}

#[test]
fn a_megabyte_in_any_text_field_is_refused_by_name_without_repeating_it() {
    let huge = "x".repeat(1 << 20);
    let cases: [(&str, &[&str], LongText, usize, &str); 5] = [
        (
            "team name",
            &["teams", "0", "name"],
            LongText::TeamName,
            MAX_TEAM_NAME_CHARS,
            "holdnavn",
        ),
        (
            "core task",
            &["core_task"],
            LongText::CoreTask,
            MAX_CORE_TASK_CHARS,
            "kerneopgaven",
        ),
        (
            "idea",
            &["ideas", "ideas", "0", "text"],
            LongText::Idea,
            MAX_IDEA_CHARS,
            "idé",
        ),
        (
            "notes",
            &["notes"],
            LongText::Notes,
            MAX_NOTES_CHARS,
            "noter",
        ),
        (
            "plan",
            &["plan", "activities", "0", "owner"],
            LongText::PlanField,
            MAX_PLAN_FIELD_CHARS,
            "handleplanen",
        ),
    ];
    for (label, path, text, limit, word) in cases {
        let mut value = played();
        let mut node = &mut value;
        for step in path {
            node = match step.parse::<usize>() {
                Ok(i) => &mut node[i],
                Err(_) => &mut node[*step],
            };
        }
        *node = huge.clone().into();
        let error = refusal(&value);
        assert_eq!(
            error,
            LoadError::Inconsistent(Broken::TooLong { text, limit }),
            "{label}"
        );
        let danish = assert_readable(&error);
        assert!(
            danish.contains(word) && danish.contains(&limit.to_string()),
            "{danish}"
        );
    }
}

#[test]
fn a_wrong_value_names_its_field_and_quotes_at_most_sixty_characters() {
    let mut value = played();
    value["teams"][1]["players"] = "x".repeat(1 << 20).into();
    let error = refusal(&value);
    assert_eq!(
        error,
        LoadError::Unreadable(Unreadable::Field {
            path: "teams[1].players".into()
        })
    );
    assert!(assert_readable(&error).contains("»teams[1].players«"));
}

#[test]
fn a_cut_file_is_refused_in_danish_with_its_place() {
    let text = played().to_string();
    let cut = &text[..3158];
    let error = Session::from_json(cut).unwrap_err();
    assert!(matches!(
        error,
        LoadError::Unreadable(Unreadable::CutShort {
            line: 1,
            column: 3158
        })
    ));
    let danish = assert_readable(&error);
    assert!(danish.contains("linje 1, tegn 3158"), "{danish}");
    let garbled = text.replacen(':', ";", 1);
    let error = Session::from_json(&garbled).unwrap_err();
    assert!(matches!(
        error,
        LoadError::Unreadable(Unreadable::NotJson { line: 1, .. })
    ));
    assert_readable(&error);
}

#[test]
fn a_file_that_lost_a_team_is_refused() {
    let mut value = played();
    value["teams"].as_array_mut().unwrap().pop();
    let error = refusal(&value);
    assert_eq!(error, LoadError::Inconsistent(Broken::StartFields));
    assert_readable(&error);
    // Even with the start fields mended, the log still names the lost team.
    let mut value = played();
    let teams = value["teams"].as_array_mut().unwrap();
    teams.pop();
    let starts = start_slots(3)
        .into_iter()
        .map(|slot| board().start_field(slot));
    for (team, start) in teams.iter_mut().zip(starts) {
        team["start"] = serde_json::to_value(start.unwrap()).unwrap();
    }
    assert_eq!(
        refusal(&value),
        LoadError::Inconsistent(Broken::UnknownTeam(TeamReference::Log))
    );
    // Lost before any team but the first had played: the start fields still tell.
    let mut value = played();
    value["teams"].as_array_mut().unwrap().remove(1);
    value["log"] = json!([]);
    value["active_team"] = 0.into();
    value["ideas"] = json!({"ideas": [], "next_id": 1, "votes_per_player": 3, "votes": {}});
    value["undo"] = Value::Null;
    assert_eq!(
        refusal(&value),
        LoadError::Inconsistent(Broken::StartFields)
    );
}

#[test]
fn a_file_that_lost_a_pile_or_a_card_is_refused() {
    let mut value = played();
    let piles = value["piles"].as_object_mut().unwrap();
    let first = piles.keys().next().unwrap().clone();
    piles.remove(&first);
    let error = refusal(&value);
    assert!(
        matches!(error, LoadError::Inconsistent(Broken::CardLost { .. })),
        "{error:?}"
    );
    assert_readable(&error);

    let mut value = played();
    let (kind, pile) = value["piles"]
        .as_object_mut()
        .unwrap()
        .iter_mut()
        .next()
        .unwrap();
    let kind = kind.clone();
    let draw = pile["draw"].as_array_mut().unwrap();
    let card = draw[0].clone();
    draw.push(card);
    let error = refusal(&value);
    assert!(
        matches!(error, LoadError::Inconsistent(Broken::CardTwice { .. })),
        "{kind}: {error:?}"
    );
}

#[test]
fn a_card_moved_to_another_kinds_pile_is_refused() {
    let mut value = played();
    let piles = value["piles"].as_object_mut().unwrap();
    let kinds: Vec<String> = piles.keys().cloned().collect();
    let card = piles[&kinds[0]]["draw"].as_array_mut().unwrap().remove(0);
    piles[&kinds[1]]["draw"].as_array_mut().unwrap().push(card);
    assert!(matches!(
        refusal(&value),
        LoadError::Inconsistent(Broken::CardInWrongPile { .. })
    ));
}

#[test]
fn objects_turned_into_arrays_are_refused_not_read_as_another_game() {
    let mut value = played();
    let team = value["teams"][0].as_object().unwrap();
    // serde alone would read a team from the list of its field values.
    let fields = [
        "name", "colour", "shape", "players", "start", "position", "wedges",
    ];
    let as_array: Vec<Value> = fields.iter().map(|f| team[*f].clone()).collect();
    value["teams"][0] = Value::Array(as_array);
    let error = refusal(&value);
    assert!(
        matches!(&error, LoadError::Unreadable(Unreadable::Field { path }) if path == "teams[0]"),
        "{error:?}"
    );
    assert_readable(&error);
}

#[test]
fn a_version_before_the_first_release_is_refused() {
    let mut value = played();
    value["schema_version"] = 0.into();
    let error = refusal(&value);
    assert_eq!(error, LoadError::TooOld { found: 0 });
    assert_readable(&error);
}

#[test]
fn a_vote_or_suggestion_from_a_team_that_is_not_there_is_refused() {
    let mut value = played();
    let idea = value["ideas"]["ideas"][0]["id"].clone();
    value["ideas"]["votes"] = json!({ idea.to_string(): {"9": 1} });
    assert_eq!(
        refusal(&value),
        LoadError::Inconsistent(Broken::UnknownTeam(TeamReference::Vote))
    );
    let mut value = played();
    value["kernen_suggestions"] = json!({"7": "Vi hjælper"});
    assert_eq!(
        refusal(&value),
        LoadError::Inconsistent(Broken::UnknownTeam(TeamReference::Suggestion))
    );
}
