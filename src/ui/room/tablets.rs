//! The facilitator's side of the teams' tablets: which tablet plays for which team (and
//! when it was last heard from), each request applied through the model at most once or
//! refused with its reason, and a fresh view for every tablet whenever the game changes.

use leptos::prelude::*;

use crate::model::{Applied, TeamRequest};
use crate::protocol::{Body, Message};
use crate::ui::browser::clock::now_ms;
use crate::ui::browser::soon::Soon;
use crate::ui::state::AppState;

use super::channel::{post, this_window};

/// A tablet with the game: its window (for this page's life), its device (across
/// reloads) and its team, once it has chosen one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TabletSeen {
    pub window: String,
    pub device: String,
    pub team: Option<usize>,
    pub last_seen_ms: u64,
}

/// A tablet says who it plays for (or asks for the teams), on joining and as its
/// heartbeat: remember it, and answer with the game — the answer is how a tablet knows
/// the game is still there, and it mends a view the tablet missed.
pub fn joined(app: AppState, game: &str, window: String, team: Option<usize>, device: String) {
    if team.is_some_and(|t| !app.game(|s| t < s.teams.len())) {
        return;
    }
    let seen = TabletSeen {
        window: window.clone(),
        device,
        team,
        last_seen_ms: now_ms(),
    };
    app.tablets.update(|all| {
        all.retain(|t| t.window != seen.window);
        all.push(seen);
    });
    send_team_view(app, game, &window);
}

/// A tablet window closed (or left the game).
pub fn left(app: AppState, window: &str) {
    app.tablets.update(|all| all.retain(|t| t.window != window));
}

/// Whether `window` is a tablet with this game.
pub fn is_tablet(app: AppState, window: &str) -> bool {
    app.tablets
        .with_untracked(|all| all.iter().any(|t| t.window == window))
}

fn tablet(app: AppState, window: &str) -> Option<TabletSeen> {
    app.tablets
        .with_untracked(|all| all.iter().find(|t| t.window == window).cloned())
}

/// Request `seq` from a tablet window: apply it for its team, or say why not; either
/// way the tablet gets the game as it is now.
pub fn requested(app: AppState, game: &str, window: &str, seq: u64, request: &TeamRequest) {
    let Some(TabletSeen {
        device,
        team: Some(team),
        ..
    }) = tablet(app, window)
    else {
        return;
    };
    let outcome = app.attempt(|s| s.apply_request(&device, team, seq, request, now_ms()));
    match outcome {
        // The effect below sends every tablet the new game.
        Some(Ok(Applied::Done)) => {}
        Some(Ok(Applied::Already)) | None => send_team_view(app, game, window),
        Some(Err(reason)) => {
            post(Message::new(game, &this_window(), Body::Refused { seq, reason }).to(window));
            send_team_view(app, game, window);
        }
    }
}

/// Send one tablet the room's view for its team.
fn send_team_view(app: AppState, game: &str, window: &str) {
    let Some(tablet) = tablet(app, window) else {
        return;
    };
    let body = untrack(|| {
        app.game(|s| {
            Some(Body::TeamView {
                view: Box::new(s.room_view()),
                team: tablet.team,
                may: tablet.team.map(|t| s.team_may(t)).unwrap_or_default(),
                applied: s.applied_requests.get(&tablet.device).copied().unwrap_or(0),
            })
        })
    });
    if let Some(body) = body {
        post(Message::new(game, &this_window(), body).to(window));
    }
}

/// Every change the room can see goes to every tablet. Only a change of the game: a
/// tablet's heartbeat (which updates the list) is answered by `joined` alone.
/// Sent in the task after the change, once this window shows it (see `Soon`).
pub fn keep_tablets_in_step(app: AppState, game: impl Fn() -> Option<String> + 'static) {
    let game = std::rc::Rc::new(game);
    let soon = Soon::default();
    Effect::new(move |_| {
        app.room.track();
        let game = std::rc::Rc::clone(&game);
        soon.run(move || {
            let windows: Vec<String> = app
                .tablets
                .with_untracked(|all| all.iter().map(|t| t.window.clone()).collect());
            if let Some(game) = game() {
                for window in windows {
                    send_team_view(app, &game, &window);
                }
            }
        });
    });
}
