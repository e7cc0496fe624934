//! The facilitator's side of the live link: for each team a join code kept ready (a
//! fresh offer, made again as soon as one is used or lost), the tablet's answer read by
//! the camera and matched to its team's offer, and each team's link on the channel while
//! it is open. Up to one live tablet per team, so up to six.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::protocol::live::{AnswerCode, CodeProblem, JoinCode};
use crate::protocol::{Body, Message};
use crate::ui::room::channel::this_window;
use crate::ui::room::link::served_game;
use crate::ui::room::tablets;
use crate::ui::state::AppState;

use super::link_status::set_status;
pub use super::link_status::{team_links, LinkStatus, TeamLink};
use super::peer::{OnEvent, Peer, PeerEvent};
use super::peer_link::PeerLink;

/// Why an answer code read by the camera was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerProblem {
    Code(CodeProblem),
    /// An answer to a code that is no longer the team's (or a team not in the game).
    Stale,
}

/// A team's connections: the offer its code shows, and the link in use.
#[derive(Default)]
struct TeamPeers {
    round: u8,
    waiting: Option<Rc<Peer>>,
    answered: Option<(u8, Rc<Peer>)>,
    live: Option<Rc<PeerLink>>,
}

thread_local! {
    static PEERS: RefCell<Vec<TeamPeers>> = const { RefCell::new(Vec::new()) };
}

/// A code ready for every team of the game (the dialog opened).
pub fn prepare(app: AppState) {
    let teams = app.game(|s| Some(s.teams.len())).unwrap_or(0);
    team_links().update(|all| {
        all.resize(
            teams,
            TeamLink {
                code: None,
                status: LinkStatus::Waiting,
            },
        )
    });
    let (missing, gone) = PEERS.with(|p| {
        let mut peers = p.borrow_mut();
        let keep = teams.min(peers.len());
        let gone: Vec<TeamPeers> = peers.drain(keep..).collect();
        peers.resize_with(teams, TeamPeers::default);
        let missing: Vec<usize> = (0..teams).filter(|t| peers[*t].waiting.is_none()).collect();
        (missing, gone)
    });
    for link in gone.into_iter().filter_map(|slot| slot.live) {
        link.end();
    }
    for team in missing {
        make_offer(app, team);
    }
}

/// A fresh offer for `team`, its code shown in place of the last.
fn make_offer(app: AppState, team: usize) {
    let round = PEERS.with(|p| {
        let mut peers = p.borrow_mut();
        let slot = peers.get_mut(team)?;
        slot.round = slot.round.wrapping_add(1);
        Some(slot.round)
    });
    let Some(round) = round else {
        return;
    };
    spawn_local(async move {
        let on_event: OnEvent = Rc::new(move |event| heard(app, team, round, event));
        match Peer::offer(on_event).await {
            Ok((peer, offer)) => {
                let code = JoinCode {
                    team: team as u8,
                    round,
                    offer,
                }
                .to_text();
                let current = PEERS.with(|p| {
                    let mut peers = p.borrow_mut();
                    match peers.get_mut(team) {
                        Some(slot) if slot.round == round => {
                            slot.waiting = Some(peer);
                            true
                        }
                        _ => false,
                    }
                });
                if current {
                    team_links().update(|all| {
                        if let Some(link) = all.get_mut(team) {
                            link.code = Some(code);
                        }
                    });
                }
            }
            Err(problem) => {
                let current =
                    PEERS.with(|p| p.borrow().get(team).is_some_and(|s| s.round == round));
                if current {
                    set_status(team, LinkStatus::Failed(problem));
                }
            }
        }
    });
}

/// An answer code read by the camera: its team's offer takes it, and the channel opens
/// soon after. The team's number, when it is one of this game's.
pub fn answer_read(app: AppState, text: &str) -> Result<usize, AnswerProblem> {
    let answer = AnswerCode::from_text(text).map_err(AnswerProblem::Code)?;
    let team = usize::from(answer.team);
    let peer = PEERS.with(|p| {
        let mut peers = p.borrow_mut();
        let slot = peers.get_mut(team)?;
        // Read again while the channel opens, or once it is open: nothing more to do.
        let answered_round = slot.answered.as_ref().map(|(round, _)| *round);
        if answered_round.or(slot.live_round()) == Some(answer.round) {
            return Some(None);
        }
        if slot.round != answer.round {
            return None;
        }
        let peer = slot.waiting.take()?;
        slot.answered = Some((answer.round, peer.clone()));
        Some(Some(peer))
    });
    match peer {
        None => Err(AnswerProblem::Stale),
        Some(None) => Ok(team),
        Some(Some(peer)) => {
            set_status(team, LinkStatus::Connecting);
            let round = answer.round;
            spawn_local(async move {
                if let Err(problem) = peer.accept(&answer.answer).await {
                    if forget_answered(team, round) {
                        set_status(team, LinkStatus::Failed(problem));
                        make_offer(app, team);
                    }
                }
            });
            Ok(team)
        }
    }
}

/// What happened to connection `round` of `team`.
fn heard(app: AppState, team: usize, round: u8, event: PeerEvent) {
    match event {
        PeerEvent::Open => opened(app, team, round),
        PeerEvent::Arrived(text) => {
            let Some(link) = live_link(team, round) else {
                return;
            };
            if !link.arrived(text) {
                end_link(app, team, LinkStatus::Dropped);
            }
        }
        PeerEvent::Interrupted if live_link(team, round).is_some() => {
            set_status(team, LinkStatus::Interrupted)
        }
        PeerEvent::Reachable if live_link(team, round).is_some() => {
            set_status(team, LinkStatus::Live)
        }
        PeerEvent::Closed if live_link(team, round).is_some() => {
            end_link(app, team, LinkStatus::Lost)
        }
        // The answered connection failed before its channel opened: the code it came
        // from is used up, so the team gets a fresh one.
        PeerEvent::Closed if forget_answered(team, round) => {
            set_status(team, LinkStatus::Lost);
            make_offer(app, team);
        }
        PeerEvent::Interrupted | PeerEvent::Reachable | PeerEvent::Closed => {}
    }
}

/// Drop `team`'s answered connection if it is `round` (it failed); whether it was.
fn forget_answered(team: usize, round: u8) -> bool {
    let peer = PEERS.with(|p| {
        let mut peers = p.borrow_mut();
        let slot = peers.get_mut(team)?;
        match slot.answered.take() {
            Some((r, peer)) if r == round => Some(peer),
            other => {
                slot.answered = other;
                None
            }
        }
    });
    match peer {
        Some(peer) => {
            peer.close();
            true
        }
        None => false,
    }
}

/// The link of `team` if it is connection `round`.
fn live_link(team: usize, round: u8) -> Option<Rc<PeerLink>> {
    PEERS.with(|p| {
        let peers = p.borrow();
        let slot = peers.get(team)?;
        slot.live
            .clone()
            .filter(|_| slot.live_round() == Some(round))
    })
}

impl TeamPeers {
    fn live_round(&self) -> Option<u8> {
        self.live.as_ref().map(|l| l.round())
    }
}

/// The channel of `team`'s answered offer opened: it is the team's link now (a link it
/// had before ends), the tablet hears that the game is there, and a fresh code is made
/// for the next time.
fn opened(app: AppState, team: usize, round: u8) {
    let Some(game) = served_game(app) else {
        // No longer this window's game to serve: the connection goes.
        forget_answered(team, round);
        return;
    };
    let (new, old) = PEERS.with(|p| {
        let mut peers = p.borrow_mut();
        let Some(slot) = peers.get_mut(team) else {
            return (None, None);
        };
        match slot.answered.take() {
            Some((r, peer)) if r == round => {
                let link = PeerLink::open(peer, round);
                (Some(link.clone()), slot.live.replace(link))
            }
            other => {
                slot.answered = other;
                (None, None)
            }
        }
    });
    let Some(link) = new else {
        return;
    };
    if let Some(old) = old {
        forget_tablet(app, &old);
        old.end();
    }
    link.send_here(&Message::new(&game, &this_window(), Body::Ready));
    set_status(team, LinkStatus::Live);
    make_offer(app, team);
}

fn end_link(app: AppState, team: usize, status: LinkStatus) {
    let link = PEERS.with(|p| p.borrow_mut().get_mut(team).and_then(|s| s.live.take()));
    if let Some(link) = link {
        forget_tablet(app, &link);
        link.end();
    }
    set_status(team, status);
}

fn forget_tablet(app: AppState, link: &PeerLink) {
    if let Some(window) = link.window() {
        tablets::left(app, &window);
    }
}

/// The facilitator leaves the game: every link and code goes with it.
pub fn close_all() {
    let all: Vec<TeamPeers> = PEERS.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for slot in all {
        if let Some(link) = slot.live {
            link.end();
        }
    }
    team_links().set(Vec::new());
}
