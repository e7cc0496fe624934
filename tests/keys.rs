//! Which key does what: clicker keys step the flow, but never while someone types,
//! and Space/Enter/arrows never steal a focused button's press.

use kernespillet::ui::{command_for, KeyCommand, KeyTarget};

#[test]
fn clicker_keys_step_the_flow_from_the_page() {
    for key in [
        "PageDown",
        "ArrowRight",
        "ArrowDown",
        " ",
        "Enter",
        "n",
        "N",
    ] {
        assert_eq!(
            command_for(key, KeyTarget::Page),
            Some(KeyCommand::Next),
            "{key:?}"
        );
    }
    for key in ["PageUp", "ArrowLeft", "ArrowUp", "Backspace", "p", "P"] {
        assert_eq!(
            command_for(key, KeyTarget::Page),
            Some(KeyCommand::Previous),
            "{key:?}"
        );
    }
    assert_eq!(command_for(".", KeyTarget::Page), Some(KeyCommand::Blank));
    assert_eq!(
        command_for("?", KeyTarget::Page),
        Some(KeyCommand::Shortcuts)
    );
    assert_eq!(
        command_for("F5", KeyTarget::Page),
        Some(KeyCommand::Fullscreen)
    );
    assert_eq!(
        command_for("Escape", KeyTarget::Page),
        Some(KeyCommand::LeaveFullscreen)
    );
    assert_eq!(
        command_for("r", KeyTarget::Page),
        None,
        "no key rolls the die"
    );
}

#[test]
fn a_focused_button_keeps_space_enter_and_arrows() {
    for key in [
        " ",
        "Enter",
        "ArrowRight",
        "ArrowLeft",
        "Backspace",
        "n",
        "p",
    ] {
        assert_eq!(command_for(key, KeyTarget::Control), None, "{key:?}");
    }
    // What a clicker sends still works with a button focused.
    assert_eq!(
        command_for("PageDown", KeyTarget::Control),
        Some(KeyCommand::Next)
    );
    assert_eq!(
        command_for("PageUp", KeyTarget::Control),
        Some(KeyCommand::Previous)
    );
}

#[test]
fn typing_keeps_every_key() {
    for key in [
        "PageDown",
        "PageUp",
        ".",
        "?",
        " ",
        "Enter",
        "n",
        "Backspace",
        "F5",
    ] {
        assert_eq!(command_for(key, KeyTarget::Typing), None, "{key:?}");
    }
}
