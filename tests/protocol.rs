//! The messages between a game's windows are input like any file: a message of another
//! version, size, shape or game is refused with its reason and never panics; a window
//! acts only on messages about its own game, meant for it, from another window.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{new_session, step};
use kernespillet::model::replay_shown::ReplayShown;
use kernespillet::model::{Lang, Refusal, TeamMay, TeamRequest};
use kernespillet::protocol::{Body, Message, Refused, RoomKey, MAX_MESSAGE_BYTES};
use proptest::prelude::*;

const GAME: &str = "18c2f00d-1a2b";
const CONTROL: &str = "w-control";
const PROJECTOR: &str = "w-projector";
const TABLET: &str = "w-tablet";

/// The room's view for one team's tablet, as its owner sends it.
fn team_view(team: usize) -> Message {
    let Body::View { view, .. } = view_message().body else {
        unreachable!("a view message")
    };
    Message::new(
        GAME,
        CONTROL,
        Body::TeamView {
            view,
            team: Some(team),
            may: TeamMay {
                roll: true,
                ..TeamMay::default()
            },
            applied: 3,
        },
    )
}

fn view_message() -> Message {
    let mut session = new_session(3, 5);
    for pick in 0..7 {
        step(&mut session, pick);
    }
    session.id = GAME.into();
    Message::new(
        GAME,
        CONTROL,
        Body::View {
            view: Box::new(session.room_view()),
            lang: Lang::Da,
            blank: false,
        },
    )
}

#[test]
fn every_message_arrives_as_it_was_sent() {
    let messages = [
        Message::new(GAME, PROJECTOR, Body::Hello),
        Message::new(GAME, CONTROL, Body::Ready),
        view_message().to(PROJECTOR),
        Message::new(GAME, PROJECTOR, Body::Key { key: RoomKey::Next }).to(CONTROL),
        Message::new(
            GAME,
            PROJECTOR,
            Body::Key {
                key: RoomKey::Shortcuts,
            },
        ),
        Message::new(GAME, CONTROL, Body::Bye),
        Message::new(
            GAME,
            TABLET,
            Body::Join {
                team: Some(1),
                device: "d-3f2a".into(),
            },
        ),
        Message::new(
            GAME,
            TABLET,
            Body::Request {
                seq: 7,
                request: TeamRequest::SaveIdea {
                    n: 2,
                    text: "Æblerne «her»".into(),
                },
            },
        )
        .to(CONTROL),
        Message::new(
            GAME,
            CONTROL,
            Body::Refused {
                seq: 7,
                reason: Refusal::NotYourTurn,
            },
        )
        .to(TABLET),
        team_view(1).to(TABLET),
    ];
    for message in messages {
        assert_eq!(Message::from_text(&message.to_text()), Ok(message));
    }
}

#[test]
fn other_versions_sizes_and_shapes_are_refused_with_their_reason() {
    let good = view_message().to_text();
    let newer = good.replacen("\"version\":1", "\"version\":2", 1);
    assert_eq!(Message::from_text(&newer), Err(Refused::Version(2)));
    let unversioned = good.replacen("\"version\":1,", "", 1);
    assert!(matches!(
        Message::from_text(&unversioned),
        Err(Refused::Unreadable(_))
    ));
    let huge = format!("{}{}", good, " ".repeat(MAX_MESSAGE_BYTES));
    assert!(matches!(
        Message::from_text(&huge),
        Err(Refused::TooLarge(_))
    ));
    for noise in [
        "",
        "null",
        "[]",
        "{}",
        "\"Hello\"",
        "{\"version\":1}",
        "{\"type\":\"hello\"}",
    ] {
        assert!(Message::from_text(noise).is_err(), "{noise:?} is refused");
    }
    // The old presenter messages, from a window of the previous version.
    assert!(Message::from_text("{\"type\":\"hello\"}").is_err());
    assert!(Message::from_text("{\"type\":\"key\",\"command\":\"next\"}").is_err());
}

#[test]
fn ids_that_could_not_be_ours_are_refused() {
    for bad in ["", "../x", "ÆØÅ", "A-UPPER", "has space"] {
        let message = Message::new(bad, CONTROL, Body::Ready);
        assert_eq!(
            Message::from_text(&message.to_text()),
            Err(Refused::BadId),
            "game {bad:?}"
        );
        let message = Message::new(GAME, bad, Body::Hello);
        assert_eq!(
            Message::from_text(&message.to_text()),
            Err(Refused::BadId),
            "window {bad:?}"
        );
    }
}

#[test]
fn a_view_of_another_game_or_of_an_impossible_one_is_refused() {
    let mut message = view_message();
    message.game = "another-game".into();
    assert!(matches!(
        Message::from_text(&message.to_text()),
        Err(Refused::ImpossibleView(_))
    ));
    let mut message = view_message();
    if let Body::View { view, .. } = &mut message.body {
        view.active_team = 42;
    }
    assert!(matches!(
        Message::from_text(&message.to_text()),
        Err(Refused::ImpossibleView(_))
    ));
}

#[test]
fn a_window_acts_only_on_its_own_game_addressed_to_it_from_another_window() {
    let hello = Message::new(GAME, PROJECTOR, Body::Hello);
    assert!(hello.is_for(GAME, CONTROL));
    assert!(
        !hello.is_for("another-game", CONTROL),
        "another game's window ignores it"
    );
    assert!(!hello.is_for(GAME, PROJECTOR), "not its own echo");
    let key = Message::new(GAME, PROJECTOR, Body::Key { key: RoomKey::Next }).to(CONTROL);
    assert!(key.is_for(GAME, CONTROL));
    assert!(
        !key.is_for(GAME, "w-second-control"),
        "a key steps one window only"
    );
}

proptest! {
    #[test]
    fn any_text_is_refused_or_read_and_never_panics(text in ".{0,400}") {
        let _ = Message::from_text(&text);
    }

    #[test]
    fn a_damaged_view_message_never_panics(cut in 0usize..4000, at in 0usize..4000, byte in any::<u8>()) {
        let text = view_message().to_text();
        let mut bytes = text.into_bytes();
        bytes.truncate(cut.max(1).min(bytes.len()));
        if let Some(b) = bytes.get_mut(at) {
            *b = byte;
        }
        let _ = Message::from_text(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn a_tablet_must_name_a_device_that_could_be_ours_and_be_sent_a_team_of_the_game() {
    let join = Message::new(
        GAME,
        TABLET,
        Body::Join {
            team: None,
            device: "../etc".into(),
        },
    );
    assert_eq!(Message::from_text(&join.to_text()), Err(Refused::BadId));
    let stray = team_view(9);
    assert!(matches!(
        Message::from_text(&stray.to_text()),
        Err(Refused::ImpossibleView(_))
    ));
    // A request of an unknown kind (from a newer tablet) is refused, not guessed at.
    let newer = Message::new(
        GAME,
        TABLET,
        Body::Request {
            seq: 1,
            request: TeamRequest::Roll,
        },
    )
    .to_text()
    .replace("\"roll\"", "\"fly\"");
    assert!(matches!(
        Message::from_text(&newer),
        Err(Refused::Unreadable(_))
    ));
}

#[test]
fn a_view_with_votes_and_the_teams_suggestions_arrives_whole() {
    let mut session = new_session(3, 9);
    session.id = GAME.into();
    // Maps keyed by number: the suggestions by team, the votes by idea and team.
    session
        .kernen_suggestions
        .insert(2, "Vi hjælper borgerne videre.".into());
    let idea = session.add_idea("Fælles morgenmøde", 1, None).unwrap();
    while session.agenda.phase() != kernespillet::model::Phase::IdeaBank {
        session.advance_phase(0).unwrap();
    }
    session.vote(idea, 2).unwrap();
    let message = Message::new(
        GAME,
        CONTROL,
        Body::View {
            view: Box::new(session.room_view()),
            lang: Lang::Da,
            blank: false,
        },
    );
    assert_eq!(Message::from_text(&message.to_text()), Ok(message));
}

#[test]
fn a_message_names_its_build_and_a_bad_build_name_is_refused() {
    use kernespillet::protocol::build::build_named_in;
    // Issue 17, point 10: windows of one room compare builds.
    let message = Message::new("g-1", "w-a", Body::Hello).from_build("776e5378f938f366");
    let read = Message::from_text(&message.to_text()).unwrap();
    assert_eq!(read.build.as_deref(), Some("776e5378f938f366"));
    // A message from a build before builds were named still reads.
    let older = Message::new("g-1", "w-a", Body::Hello);
    assert!(!older.to_text().contains("build"));
    assert_eq!(Message::from_text(&older.to_text()).unwrap().build, None);
    for bad in ["", "<script>", &"a".repeat(65), "a b"] {
        let text = Message::new("g-1", "w-a", Body::Hello)
            .from_build(bad)
            .to_text();
        assert_eq!(Message::from_text(&text), Err(Refused::BadId), "{bad:?}");
    }
    // The page names its build however the minifier wrote the tag.
    for page in [
        r#"<meta charset=utf-8><meta name="kernespillet-build" content="abc123">"#,
        r#"<META content=abc123 name=kernespillet-build>"#,
        r#"<meta name='kernespillet-build' content='abc123'/>"#,
    ] {
        assert_eq!(build_named_in(page).as_deref(), Some("abc123"), "{page}");
    }
    for page in [
        "<meta name=description content=abc123>",
        r#"<meta name="kernespillet-build" content="<x>">"#,
        "no tag at all",
    ] {
        assert_eq!(build_named_in(page), None, "{page}");
    }
}

/// A step of a replay of a played game, as the facilitator's window sends it.
fn replay_step() -> ReplayShown {
    let mut session = new_session(3, 4);
    for pick in 0..30 {
        step(&mut session, pick);
    }
    let replayed = kernespillet::model::replay::replay(&session).unwrap();
    let at = replayed.steps.len() / 2;
    let frame = &replayed.steps[at].frame;
    ReplayShown {
        teams: session
            .teams
            .iter()
            .enumerate()
            .map(|(i, t)| kernespillet::model::Team {
                position: frame.positions[i],
                wedges: frame.wedges[i].clone(),
                ..t.clone()
            })
            .collect(),
        active_team: frame.active_team,
        phase: replayed.steps[at].phase,
        sentence: "Hold 2 slog 4.".into(),
        card: Some("Hvad gør vi, når ingen ser det?".into()),
        die: frame.die,
        turns_played: frame.turns_played,
        ideas: frame.ideas,
        step: at,
        steps: replayed.steps.len(),
    }
}

#[test]
fn a_replay_step_and_the_replays_end_arrive_as_sent() {
    for shown in [Some(Box::new(replay_step())), None] {
        let message = Message::new(
            GAME,
            CONTROL,
            Body::Replay {
                shown,
                lang: Lang::En,
            },
        );
        assert_eq!(Message::from_text(&message.to_text()), Ok(message));
    }
}

/// A change that makes a replay step impossible.
type Breaks = fn(&mut ReplayShown);

#[test]
fn a_replay_step_that_could_not_be_is_refused_with_its_reason() {
    let breaks: [(&str, Breaks); 5] = [
        ("a die cannot show that", |s| s.die = Some(7)),
        ("a step past the replay's end", |s| s.step = s.steps),
        ("a piece stands off the board", |s| {
            s.teams[0].position = kernespillet::model::FieldId(250)
        }),
        ("the active team does not exist", |s| s.active_team = 3),
        ("a text longer than any step says", |s| {
            s.sentence = "å".repeat(2001)
        }),
    ];
    for (reason, break_it) in breaks {
        let mut shown = replay_step();
        break_it(&mut shown);
        let message = Message::new(
            GAME,
            CONTROL,
            Body::Replay {
                shown: Some(Box::new(shown)),
                lang: Lang::Da,
            },
        );
        assert_eq!(
            Message::from_text(&message.to_text()),
            Err(Refused::ImpossibleView(reason))
        );
    }
}
