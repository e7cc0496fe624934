//! One writer per game: of the windows that show a game, only the facilitator's that
//! owns it changes and saves it; the room (the projector, a team's tablet) never sees the
//! facilitator's own parts; a watching tab shows the controls but cannot use them.
#![cfg(not(target_arch = "wasm32"))]

use kernespillet::ui::{Role, Watching};

const ALL: [Role; 6] = [
    Role::Facilitator,
    Role::Watching(Watching::OpenElsewhere),
    Role::Watching(Watching::TakenOver),
    Role::Projector,
    Role::Tablet { team: None },
    Role::Tablet { team: Some(2) },
];

#[test]
fn only_the_facilitators_window_writes() {
    let writers: Vec<Role> = ALL.into_iter().filter(|r| r.writes()).collect();
    assert_eq!(writers, [Role::Facilitator]);
}

#[test]
fn the_room_never_holds_the_facilitators_own_parts() {
    let private: Vec<Role> = ALL.into_iter().filter(|r| r.sees_private()).collect();
    assert_eq!(
        private,
        [
            Role::Facilitator,
            Role::Watching(Watching::OpenElsewhere),
            Role::Watching(Watching::TakenOver)
        ]
    );
}

#[test]
fn a_watching_tab_shows_the_controls_inert_the_projector_and_tablets_show_none() {
    for role in ALL {
        let expected = (
            role.shows_controls(),
            role.controls_inert(),
            role.faces_room(),
            role.watching(),
            role.team(),
        );
        let wanted = match role {
            Role::Facilitator => (true, false, false, None, None),
            Role::Watching(why) => (true, true, false, Some(why), None),
            Role::Projector => (false, false, true, None, None),
            Role::Tablet { team } => (false, false, false, None, team),
        };
        assert_eq!(expected, wanted, "{role:?}");
    }
}
