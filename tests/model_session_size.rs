//! A whole two-hour session at the size issue 15 measures (6 teams, 40 turns played,
//! 200 ideas), made by the model itself: its saved text must stay within 64 KB, and
//! `scripts/bench` times the game's actions on it (it writes the text out with
//! `BENCH_SESSION_OUT=path cargo test --test model_session_size -- --ignored`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{setup, standard_deck, NOW};
use kernespillet::model::{Session, Stage};

const TEAMS: usize = 6;
const TURNS: u32 = 40;
const IDEAS: usize = 200;
/// The bar of issue 15 for a full session's saved text.
const MAX_SAVED_BYTES: usize = 64 * 1024;

/// What teams write down: plain sentences of the usual length (30–110 characters).
const IDEA_TEXTS: [&str; 10] = [
    "Fælles huddle hver mandag kl. 9 med dagens vigtigste borgere",
    "Spørg borgeren, hvad der gik godt, før vi lukker sagen",
    "Mindre dobbeltregistrering",
    "Faste makkerpar på tværs af teams, så ingen står alene med en svær sag",
    "Vi siger det højt, når en kollega har gjort noget godt for en borger",
    "Ét sted til alle aftaler med pårørende",
    "Tid i kalenderen til at læse op på nye regler, en time hver fjortende dag",
    "Stop for interne møder uden dagsorden",
    "Lad nye kolleger følge en erfaren i to uger",
    "Opfølgning efter tre måneder: virkede det, vi aftalte?",
];

/// The session: played turn by turn from the opening, an idea or more on most cards.
pub fn long_session() -> Session {
    let mut session = Session::new(&setup(TEAMS), &standard_deck(), 7, NOW).unwrap();
    let mut now = NOW;
    session.advance_phase(now).unwrap();
    session.advance_phase(now).unwrap();
    let mut ideas = 0;
    let mut step = 0usize;
    while session.turns_played < TURNS {
        now += 20_000;
        step += 1;
        match session.stage.clone() {
            Stage::AwaitingRoll => {
                session.roll().unwrap();
            }
            Stage::ChoosingTarget { .. } => {
                let targets = session.targets();
                session.move_to(targets[step % targets.len()], now).unwrap();
            }
            Stage::ChoosingCategory { .. } => {
                let category = kernespillet::model::Category::ALL[step % 6];
                session.choose_category(category, now).unwrap();
            }
            Stage::Card(_) => {
                for _ in 0..5 {
                    if ideas < IDEAS {
                        let text = format!("{} ({})", IDEA_TEXTS[ideas % 10], ideas + 1);
                        session.record_idea(&text).unwrap();
                        ideas += 1;
                    }
                }
                session.complete_card().unwrap();
            }
        }
    }
    while ideas < IDEAS {
        let text = format!("{} ({})", IDEA_TEXTS[ideas % 10], ideas + 1);
        session.add_idea(&text, ideas % TEAMS, None).unwrap();
        ideas += 1;
    }
    session
}

#[test]
fn the_long_session_is_what_the_bench_says_it_is() {
    let session = long_session();
    assert_eq!(session.teams.len(), TEAMS);
    assert_eq!(session.turns_played, TURNS);
    assert_eq!(session.ideas.ideas.len(), IDEAS);
    assert_eq!(session.stage, Stage::AwaitingRoll);
    let back = Session::from_json(&session.to_json()).unwrap();
    assert_eq!(back, session);
}

#[test]
fn a_whole_session_is_saved_in_at_most_64_kb() {
    let json = long_session().to_json();
    assert!(
        json.len() <= MAX_SAVED_BYTES,
        "{} bytes saved, the bar is {MAX_SAVED_BYTES}",
        json.len()
    );
}

/// Not a test: writes the session for `scripts/bench` where BENCH_SESSION_OUT says.
#[test]
#[ignore]
fn write_bench_session() {
    let path = std::env::var("BENCH_SESSION_OUT").expect("BENCH_SESSION_OUT names the file");
    std::fs::write(path, long_session().to_json()).unwrap();
}

fn saved_deck(session: &Session) -> serde_json::Value {
    let saved: serde_json::Value = serde_json::from_str(&session.to_json()).unwrap();
    saved["deck"].clone()
}

#[test]
fn the_built_in_deck_is_saved_by_name_with_the_cards_left_out() {
    let mut with_cards_off = setup(3);
    with_cards_off.cards_off = ["kernen-01", "tillid-02"].map(String::from).into();
    let session = Session::new(&with_cards_off, &standard_deck(), 3, NOW).unwrap();
    let deck = saved_deck(&session);
    assert_eq!(deck["builtin"], "standard");
    assert_eq!(deck["version"], standard_deck().version.as_str());
    assert_eq!(
        deck["without"],
        serde_json::json!(["kernen-01", "tillid-02"])
    );
    assert!(deck.get("cards").is_none());
    let back = Session::from_json(&session.to_json()).unwrap();
    assert_eq!(back, session);
    assert_eq!(back.deck.cards.len(), standard_deck().cards.len() - 2);
}

#[test]
fn any_other_deck_is_saved_whole_and_an_old_copy_still_opens() {
    let mut own = standard_deck();
    own.id = "mit-eget".into();
    own.cards[0].text.da = "Et kort, vi selv har skrevet".into();
    let session = Session::new(&setup(2), &own, 3, NOW).unwrap();
    assert_eq!(
        saved_deck(&session)["cards"].as_array().unwrap().len(),
        own.cards.len()
    );
    assert_eq!(Session::from_json(&session.to_json()).unwrap(), session);

    // A game saved before: the standard deck copied whole, read back as it was.
    let standard = Session::new(&setup(2), &standard_deck(), 4, NOW).unwrap();
    let mut old: serde_json::Value = serde_json::from_str(&standard.to_json()).unwrap();
    old["deck"] = serde_json::to_value(&standard.deck).unwrap();
    assert_eq!(Session::from_json(&old.to_string()).unwrap(), standard);
}

#[test]
fn a_reference_the_app_cannot_fill_is_refused() {
    let session = Session::new(&setup(2), &standard_deck(), 5, NOW).unwrap();
    let mut saved: serde_json::Value = serde_json::from_str(&session.to_json()).unwrap();
    saved["deck"]["version"] = "99".into();
    assert!(Session::from_json(&saved.to_string()).is_err());
    saved["deck"]["version"] = standard_deck().version.as_str().into();
    saved["deck"]["without"] = serde_json::json!(["kernen-99"]);
    assert!(Session::from_json(&saved.to_string()).is_err());
}
