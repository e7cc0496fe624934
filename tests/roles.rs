//! One writer per game: of the windows that show a game, only the facilitator's that
//! owns it changes and saves it; the room (the projector) never sees the facilitator's
//! own parts; a watching tab shows the controls but cannot use them.
#![cfg(not(target_arch = "wasm32"))]

use kernespillet::ui::{Role, Watching};

const ALL: [Role; 4] = [
    Role::Facilitator,
    Role::Watching(Watching::OpenElsewhere),
    Role::Watching(Watching::TakenOver),
    Role::Projector,
];

#[test]
fn only_the_facilitators_window_writes() {
    let writers: Vec<Role> = ALL.into_iter().filter(|r| r.writes()).collect();
    assert_eq!(writers, [Role::Facilitator]);
}

#[test]
fn the_room_never_holds_the_facilitators_own_parts() {
    assert!(!Role::Projector.sees_private());
    assert!(ALL
        .into_iter()
        .filter(|r| *r != Role::Projector)
        .all(Role::sees_private));
}

#[test]
fn a_watching_tab_shows_the_controls_inert_and_the_projector_shows_none() {
    for role in ALL {
        let expected = (
            role.shows_controls(),
            role.controls_inert(),
            role.faces_room(),
            role.watching(),
        );
        let wanted = match role {
            Role::Facilitator => (true, false, false, None),
            Role::Watching(why) => (true, true, false, Some(why)),
            Role::Projector => (false, false, true, None),
        };
        assert_eq!(expected, wanted, "{role:?}");
    }
}
