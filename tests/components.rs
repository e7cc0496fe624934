//! Components in a real browser (headless Chromium via wasm-bindgen-test-runner):
//! the board and the turn panel rendered from a session, and the deck screen, driven
//! by real clicks.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeSet;

use kernespillet::model::{
    standard_deck, DeckLibrary, FieldId, GameSetup, Lang, LocalText, RoomView, Session, Stage,
    STANDARD_DECK_ID,
};
use kernespillet::ui::{AppState, Board, CardTable, DeckScreen, Loaded, Screen, TurnPanel};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn session(seed: u64) -> Session {
    let mut session = Session::new(&setup(), standard_deck(), seed, 0).unwrap();
    // Past the opening and the pride round, into play.
    session.advance_phase(0).unwrap();
    session.advance_phase(0).unwrap();
    session
}

fn setup() -> GameSetup {
    let mut setup = GameSetup::suggested(3, |i| ["Ravnene", "Uglerne", "Mågerne"][i].to_string());
    for team in &mut setup.teams {
        team.players = 3;
    }
    setup
}

/// Mount the board, the card on the table and the turn panel into a fresh container; returns the state and the
/// container to query.
fn mount(session: Session) -> (AppState, web_sys::HtmlElement) {
    let (app, container, _) = mount_as(session, false);
    (app, container)
}

/// Mount as the control window, or (`audience`) as the projector's window; the signal
/// is where a projector receives the room's view.
fn mount_as(
    session: Session,
    audience: bool,
) -> (AppState, web_sys::HtmlElement, RwSignal<Option<RoomView>>) {
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let loaded = Loaded {
        session: Some(session),
        setup: setup(),
        decks: DeckLibrary::default(),
        lang: Lang::Da,
        notices: Vec::new(),
        screen: Screen::Setup,
    };
    // The projector's window gets only the room's view, as its owner would send it.
    let received = RwSignal::new(loaded.session.as_ref().map(Session::room_view));
    let app = if audience {
        AppState::for_projector(loaded, received)
    } else {
        AppState::new(loaded)
    };
    leptos::mount::mount_to(container.clone(), move || {
        provide_context(app);
        view! { <Board/> <CardTable/> <TurnPanel/> }
    })
    .forget();
    (app, container, received)
}

/// Let Leptos run its scheduled effects and re-render.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

fn all(container: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = container.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.unchecked_into())
        .collect()
}

fn click(element: &web_sys::Element) {
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &{
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    element.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_board_draws_every_field_and_every_piece() {
    let (_, container) = mount(session(1));
    settle().await;
    assert_eq!(all(&container, ".field").len(), 67);
    assert_eq!(all(&container, ".field.hq").len(), 6);
    assert_eq!(all(&container, ".piece").len(), 3);
    assert!(
        all(&container, ".field.target").is_empty(),
        "nothing to choose before a roll"
    );
    let title = container.query_selector(".turn-title").unwrap().unwrap();
    assert_eq!(title.text_content().unwrap(), "Ravnene har tur");
}

#[wasm_bindgen_test]
async fn rolling_highlights_exactly_the_reachable_fields_and_a_click_moves_there() {
    let (app, container) = mount(session(2));
    settle().await;
    click(&container.query_selector("button.roll").unwrap().unwrap());
    settle().await;

    let expected: BTreeSet<u8> = app
        .session
        .with_untracked(|s| s.as_ref().unwrap().targets().iter().map(|f| f.0).collect());
    let shown: BTreeSet<u8> = all(&container, ".field.target")
        .iter()
        .map(|el| el.get_attribute("data-field").unwrap().parse().unwrap())
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(shown, expected);

    let target = *expected.iter().next().unwrap();
    let field = container
        .query_selector(&format!(".field[data-field='{target}']"))
        .unwrap()
        .unwrap();
    assert_eq!(field.get_attribute("role").as_deref(), Some("button"));
    click(&field);
    settle().await;

    let (moved_to, stage, card_text) = app.session.with_untracked(|s| {
        let s = s.as_ref().unwrap();
        (
            s.log
                .iter()
                .find_map(|e| match e {
                    kernespillet::model::Event::Moved { to, .. } => Some(*to),
                    _ => None,
                })
                .unwrap(),
            s.stage.clone(),
            // As the game shows it: placeholders filled with the chosen word.
            s.shown_current_card().map(|c| c.text.da),
        )
    });
    assert_eq!(moved_to, FieldId(target));
    assert!(all(&container, ".field.target").is_empty());
    if let Stage::Card(_) = stage {
        let shown = container.query_selector(".card-question").unwrap().unwrap();
        assert_eq!(shown.text_content(), card_text);
    }
}

#[wasm_bindgen_test]
async fn finishing_a_card_passes_the_turn_to_the_next_team() {
    let mut game = session(3);
    // Stand next to the Kvalitet HQ with a one rolled: the move lands on the HQ.
    let hq = kernespillet::model::board().hq(kernespillet::model::Category::Kvalitet);
    game.teams[0].position = FieldId(hq.0 + 1);
    game.stage = Stage::ChoosingTarget { roll: 1 };
    let (app, container) = mount(game);
    settle().await;
    click(
        &container
            .query_selector(&format!(".field[data-field='{}']", hq.0))
            .unwrap()
            .unwrap(),
    );
    settle().await;
    assert!(container.query_selector(".wedge-note").unwrap().is_some());
    click(
        &container
            .query_selector("button.card-done")
            .unwrap()
            .unwrap(),
    );
    settle().await;
    let title = container.query_selector(".turn-title").unwrap().unwrap();
    assert_eq!(title.text_content().unwrap(), "Uglerne har tur");
    app.session.with_untracked(|s| {
        let s = s.as_ref().unwrap();
        assert!(s.teams[0]
            .wedges
            .contains(&kernespillet::model::Category::Kvalitet));
    });
}

/// Mount the deck screen with one own deck (a copy of the standard one) chosen.
fn mount_decks() -> (AppState, web_sys::HtmlElement) {
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let mut decks = DeckLibrary::default();
    let own = decks
        .copy(
            STANDARD_DECK_ID,
            LocalText {
                da: "Vores kort".into(),
                en: "Our cards".into(),
            },
        )
        .unwrap();
    let mut game = setup();
    game.choose_deck(&own);
    let app = AppState::new(Loaded {
        session: None,
        setup: game,
        decks,
        lang: Lang::Da,
        notices: Vec::new(),
        screen: Screen::Setup,
    });
    leptos::mount::mount_to(container.clone(), move || {
        provide_context(app);
        view! { <DeckScreen/> }
    })
    .forget();
    (app, container)
}

fn find(container: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

#[wasm_bindgen_test]
async fn the_deck_screen_lists_a_category_and_switches_a_card_off_for_this_game() {
    let (app, container) = mount_decks();
    settle().await;
    assert_eq!(all(&container, ".kind-tab").len(), 9);
    assert_eq!(
        all(&container, ".card-row").len(),
        20,
        "Kernen is open first"
    );

    click(&find(
        &container,
        ".card-row[data-card='kernen-01'] input.card-on",
    ));
    settle().await;
    assert!(app
        .setup
        .with_untracked(|s| s.cards_off.contains("kernen-01")));
    let row = find(&container, ".card-row[data-card='kernen-01']");
    assert!(row.class_list().contains("off"));

    click(&find(&container, ".kind-tab[data-kind='joker']"));
    settle().await;
    assert_eq!(all(&container, ".card-row").len(), 6);
}

#[wasm_bindgen_test]
async fn the_card_editor_refuses_an_empty_question_and_keeps_the_deck() {
    let (app, container) = mount_decks();
    settle().await;
    let before = app.decks.get_untracked();
    click(&find(&container, ".card-row[data-card='kernen-01'] .edit"));
    settle().await;
    let textarea: web_sys::HtmlTextAreaElement = document()
        .query_selector(".card-editor .question-da textarea")
        .unwrap()
        .unwrap()
        .unchecked_into();
    textarea.set_value("   ");
    textarea
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    click(
        &document()
            .query_selector(".card-editor .save-card")
            .unwrap()
            .unwrap(),
    );
    settle().await;
    let problems = document()
        .query_selector(".editor-problems")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(problems, "Mangler spørgsmålet på dansk");
    assert_eq!(app.decks.get_untracked(), before, "nothing saved");

    textarea.set_value("Hvad er vi allermest her for?");
    textarea
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    click(
        &document()
            .query_selector(".card-editor .save-card")
            .unwrap()
            .unwrap(),
    );
    settle().await;
    assert!(document().query_selector(".card-editor").unwrap().is_none());
    let saved = app.chosen_deck();
    assert_eq!(
        saved.card("kernen-01").unwrap().text.da,
        "Hvad er vi allermest her for?"
    );
}

/// The projector's window shows the same turn with nothing to press: no roll button, no
/// clickable field, and the fields to choose from are shown only on the board.
#[wasm_bindgen_test]
async fn the_projector_view_shows_the_turn_without_controls() {
    let (control_app, control, _) = mount_as(session(7), false);
    let (_, projector, received) = mount_as(session(7), true);
    settle().await;
    assert_eq!(all(&control, "button.roll").len(), 1);
    assert_eq!(
        all(&projector, "button").len(),
        0,
        "no buttons for the room"
    );
    control_app.session.update(|s| {
        s.as_mut().unwrap().roll().unwrap();
    });
    received.set(
        control_app
            .session
            .with_untracked(|s| s.as_ref().map(Session::room_view)),
    );
    settle().await;
    let targets = all(&control, ".field.target").len();
    assert!(targets > 0);
    assert_eq!(all(&control, ".target-choice").len(), targets);
    assert_eq!(
        all(&projector, ".field.target").len(),
        targets,
        "the room sees where the team can go"
    );
    assert_eq!(
        all(&projector, "[role=button]").len(),
        0,
        "but cannot move there"
    );
    assert!(all(&projector, ".target-choices[hidden]").len() == 1);
}

#[wasm_bindgen_test]
async fn a_steered_card_says_why_in_the_turn_panel_and_speaks_of_the_word_chosen() {
    use kernespillet::model::{board, moves::reachable, Audience, Category, FieldKind, Phase};
    let mut setup = setup();
    setup.audience = Audience::Patient;
    let mut game = Session::new(&setup, standard_deck(), 5, 0).unwrap();
    game.advance_phase(0).unwrap();
    game.advance_phase(0).unwrap();
    // Ten minutes of play left; the team holds every wedge but Tillid and lands on a
    // Kernen field: the card comes from Tillid.
    let late = u64::from(game.agenda.plan_of(Phase::Play).minutes - 10) * 60_000;
    for category in Category::ALL.into_iter().filter(|c| *c != Category::Tillid) {
        game.teams[0].wedges.insert(category);
    }
    let kernen = (0..67u8)
        .map(FieldId)
        .find(|f| board().kind(*f) == Some(FieldKind::Category(Category::Kernen)))
        .unwrap();
    game.roll().unwrap();
    let Stage::ChoosingTarget { roll } = game.stage else {
        panic!("a roll")
    };
    game.teams[0].position = (0..67u8)
        .map(FieldId)
        .find(|from| reachable(board(), *from, roll).contains_key(&kernen))
        .unwrap();
    game.move_to(kernen, late).unwrap();
    let raw = game.current_card().unwrap().text.da.clone();
    let (_, container) = mount(game);
    settle().await;
    let reason = container
        .query_selector(".turn .steered")
        .unwrap()
        .expect("the reason stands in the turn panel");
    assert!(reason.text_content().unwrap().contains("Tillid"));
    assert!(
        container
            .query_selector(".card-notes .steered")
            .unwrap()
            .is_none()
            && container.query_selector(".wedge-note").unwrap().is_none(),
        "nothing under the card promises an HQ wedge"
    );
    let question = container
        .query_selector(".card-question")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(!question.contains(['{', '}']), "{question}");
    if raw.contains("{borger") {
        assert!(question.contains("patient"), "{question}");
    }
}
