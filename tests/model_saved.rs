//! Sessions kept side by side: every released schema version still opens (one real
//! file of each in `tests/fixtures`), names and copies, and no stored text — however
//! damaged — makes loading panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kernespillet::model::limits::MAX_SESSION_NAME_CHARS;
use kernespillet::model::persist::LoadError;
use kernespillet::model::session::SCHEMA_VERSION;
use kernespillet::model::{Phase, Session, Stage};

const V1: &str = include_str!("fixtures/session-v1.json");
const V2: &str = include_str!("fixtures/session-v2.json");
const V3: &str = include_str!("fixtures/session-v3.json");
const V4: &str = include_str!("fixtures/session-v4.json");

fn raw(json: &str) -> serde_json::Value {
    serde_json::from_str(json).unwrap()
}

#[test]
fn every_released_version_opens_as_the_current_one() {
    for (version, text) in [(1, V1), (2, V2), (3, V3), (4, V4)] {
        assert_eq!(
            raw(text)["schema_version"],
            version,
            "fixture of version {version}"
        );
        let session = Session::from_json(text)
            .unwrap_or_else(|e| panic!("version {version} does not open: {e:?}"));
        assert_eq!(session.schema_version, SCHEMA_VERSION);
        // What was played survives the migration.
        let stored = raw(text);
        assert_eq!(
            session.teams.len(),
            stored["teams"].as_array().unwrap().len()
        );
        assert_eq!(session.core_task, stored["core_task"].as_str().unwrap());
        assert_eq!(
            session.turns_played as u64,
            stored["turns_played"].as_u64().unwrap()
        );
        assert_eq!(session.log.len(), stored["log"].as_array().unwrap().len());
        // ... and it saves and opens again unchanged.
        assert_eq!(Session::from_json(&session.to_json()), Ok(session));
    }
}

#[test]
fn version_1_continues_in_play_and_gets_an_id_from_its_creation_time() {
    let session = Session::from_json(V1).unwrap();
    assert_eq!(session.agenda.phase(), Phase::Play);
    assert_eq!(session.id, format!("{:x}", session.created_at_ms));
    assert!(session.name.is_empty());
    assert!(matches!(session.stage, Stage::ChoosingTarget { roll: 3 }));
}

#[test]
fn version_2_keeps_its_ideas_notes_and_card() {
    let session = Session::from_json(V2).unwrap();
    assert_eq!(session.ideas.ideas.len(), 4);
    assert_eq!(session.notes, "Husk at spørge Hold 2 om deres erfaring.");
    assert_eq!(session.active_card().unwrap().id, "prioritering-10");
    assert_eq!(session.id, format!("{:x}", session.created_at_ms));
}

#[test]
fn version_3_keeps_its_name_and_id() {
    let session = Session::from_json(V3).unwrap();
    assert_eq!(session.name, "Teammøde i Aarhus");
    assert_eq!(session.id, "18bcfe56800-07ea");
    assert_eq!(session.summary().name, "Teammøde i Aarhus");
}

#[test]
fn a_newer_version_is_refused_untouched() {
    let mut value = raw(V3);
    value["schema_version"] = (SCHEMA_VERSION + 1).into();
    value["something_new"] = "from the future".into();
    assert_eq!(
        Session::from_json(&value.to_string()),
        Err(LoadError::TooNew {
            found: SCHEMA_VERSION + 1
        })
    );
}

#[test]
fn a_damaged_id_or_overlong_name_is_refused() {
    for id in ["", "../other", "ÆØÅ", "has space", &"a".repeat(65)] {
        let mut value = raw(V3);
        value["id"] = id.into();
        assert!(
            matches!(
                Session::from_json(&value.to_string()),
                Err(LoadError::Inconsistent(_))
            ),
            "id {id:?}"
        );
    }
    let mut value = raw(V3);
    value["name"] = "x".repeat(MAX_SESSION_NAME_CHARS + 1).into();
    assert!(matches!(
        Session::from_json(&value.to_string()),
        Err(LoadError::Inconsistent(_))
    ));
}

#[test]
fn new_sessions_get_distinct_valid_ids() {
    let a = new_session(2, 1);
    let b = new_session(2, 2);
    assert_ne!(a.id, b.id, "same millisecond, different seeds");
    assert_eq!(Session::from_json(&a.to_json()), Ok(a));
}

#[test]
fn rename_trims_and_cuts_and_a_copy_is_a_separate_session() {
    let mut session = new_session(3, 4);
    session.rename("  Personalemøde  ");
    assert_eq!(session.name, "Personalemøde");
    session.rename(&"ø".repeat(MAX_SESSION_NAME_CHARS + 20));
    assert_eq!(session.name.chars().count(), MAX_SESSION_NAME_CHARS);
    session.rename("   ");
    assert_eq!(session.name, "");

    let copy = session.duplicated("copy-1".into(), "Kopi af mødet");
    assert_eq!(copy.id, "copy-1");
    assert_eq!(copy.name, "Kopi af mødet");
    assert_eq!(copy.teams, session.teams);
    assert_eq!(copy.stage, session.stage);
    assert_eq!(Session::from_json(&copy.to_json()), Ok(copy));
}

#[test]
fn the_summary_names_phase_and_teams() {
    let mut session = new_session(2, 8);
    let summary = session.summary();
    assert_eq!(summary.phase, Phase::Play);
    assert_eq!(summary.team_names, vec!["Hold 1", "Hold 2"]);
    assert!(!summary.finished);
    session.finished_at_ms = Some(NOW);
    assert!(session.summary().finished);
}

#[test]
fn a_deck_from_a_session_file_is_checked_like_an_imported_one() {
    let mut value = raw(V3);
    value["deck"]["cards"] = serde_json::json!([]);
    let error = Session::from_json(&value.to_string()).unwrap_err();
    assert!(
        matches!(
            &error,
            LoadError::Inconsistent(kernespillet::model::persist::Broken::Deck)
        ),
        "{error:?}"
    );
}

#[test]
fn small_values_carry_a_version_and_a_newer_one_is_refused() {
    use kernespillet::model::persist::{versioned_from_json, versioned_to_json};
    use kernespillet::model::{GameSetup, Lang};
    let form = setup(3);
    let text = versioned_to_json(&form);
    assert_eq!(raw(&text)["schema_version"], 1);
    assert_eq!(versioned_from_json::<GameSetup>(&text), Ok(form.clone()));
    // Before they had a version, the form and the language were stored bare.
    let bare = serde_json::to_string(&form).unwrap();
    assert_eq!(versioned_from_json::<GameSetup>(&bare), Ok(form));
    assert_eq!(versioned_from_json::<Lang>("\"en\""), Ok(Lang::En));
    assert_eq!(
        versioned_from_json::<Lang>(&versioned_to_json(&Lang::En)),
        Ok(Lang::En)
    );
    let mut newer = raw(&text);
    newer["schema_version"] = 2.into();
    assert_eq!(
        versioned_from_json::<GameSetup>(&newer.to_string()),
        Err(LoadError::TooNew { found: 2 })
    );
    assert!(matches!(
        versioned_from_json::<GameSetup>("{\"teams\":"),
        Err(LoadError::Unreadable(_))
    ));
}

#[test]
fn a_copy_gets_a_title_no_kept_game_has() {
    use kernespillet::model::saved::unused_title;
    let taken = vec!["Kopi af Team".to_string(), "Kopi af Team (2)".to_string()];
    assert_eq!(unused_title("Kopi af Team", &taken), "Kopi af Team (3)");
    assert_eq!(unused_title("Nyt spil", &taken), "Nyt spil");
    // A name at the limit makes room for its number instead of growing past it.
    let full = "ø".repeat(MAX_SESSION_NAME_CHARS);
    let numbered = unused_title(&full, std::slice::from_ref(&full));
    assert!(numbered.ends_with(" (2)"), "{numbered}");
    assert_eq!(numbered.chars().count(), MAX_SESSION_NAME_CHARS);
}
