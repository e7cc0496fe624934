//! The facilitator's side of the teams' tablets: which tablet plays for which team (and
//! when it was last heard from), each request applied through the model at most once or
//! refused with its reason, and a fresh view for every tablet whenever the game changes.

use leptos::prelude::*;

use crate::model::{Applied, TeamRequest};
use crate::protocol::{Body, Message};
use crate::ui::browser::clock::now_ms;
use crate::ui::state::AppState;

use super::channel::{post, this_window};

/// A tablet with the game: its window (for this page's life), its device (across
/// reloads) and its team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TabletSeen {
    pub window: String,
    pub device: String,
    pub team: usize,
    pub last_seen_ms: u64,
}

/// A tablet says it plays for `team`: remember it (or that it is still there) and send
/// it the game.
pub fn joined(app: AppState, game: &str, window: String, team: usize, device: String) {
    let team_exists = app.game(|s| team < s.teams.len());
    if !team_exists {
        return;
    }
    let seen = TabletSeen {
        window: window.clone(),
        device,
        team,
        last_seen_ms: now_ms(),
    };
    let is_new = app.tablets.try_update(|all| {
        let known = all.iter().position(|t| t.window == seen.window);
        let is_new = known.is_none_or(|at| all[at].team != seen.team);
        all.retain(|t| t.window != seen.window);
        all.push(seen);
        is_new
    });
    if is_new == Some(true) || is_new.is_none() {
        send_team_view(app, game, &window);
    }
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

/// Request `seq` from a tablet window: apply it for its team, or say why not; either
/// way the tablet gets the game as it is now.
pub fn requested(app: AppState, game: &str, window: &str, seq: u64, request: &TeamRequest) {
    let Some(tablet) = app
        .tablets
        .with_untracked(|all| all.iter().find(|t| t.window == window).cloned())
    else {
        return;
    };
    let outcome =
        app.attempt(|s| s.apply_request(&tablet.device, tablet.team, seq, request, now_ms()));
    match outcome {
        Some(Ok(Applied::Done)) => {} // the effect below sends every tablet the new game
        Some(Ok(Applied::Already)) | None => send_team_view(app, game, window),
        Some(Err(reason)) => {
            post(&Message::new(game, &this_window(), Body::Refused { seq, reason }).to(window));
            send_team_view(app, game, window);
        }
    }
}

/// Send one tablet the room's view for its team.
fn send_team_view(app: AppState, game: &str, window: &str) {
    let Some(tablet) = app
        .tablets
        .with_untracked(|all| all.iter().find(|t| t.window == window).cloned())
    else {
        return;
    };
    let body = untrack(|| {
        app.game(|s| {
            Some(Body::TeamView {
                view: Box::new(s.room_view()),
                team: tablet.team,
                may: s.team_may(tablet.team),
                applied: s.applied_requests.get(&tablet.device).copied().unwrap_or(0),
            })
        })
    });
    if let Some(body) = body {
        post(&Message::new(game, &this_window(), body).to(window));
    }
}

/// Every change the room can see goes to every tablet.
pub fn keep_tablets_in_step(app: AppState, game: impl Fn() -> Option<String> + 'static) {
    Effect::new(move |_| {
        app.room.track();
        let windows: Vec<String> = app
            .tablets
            .with(|all| all.iter().map(|t| t.window.clone()).collect());
        if let Some(game) = game() {
            for window in windows {
                send_team_view(app, &game, &window);
            }
        }
    });
}
