//! What the facilitator's window shows of each team's live link: its join code and where
//! it stands. Kept for the page's life, so the dialog finds it as it was when reopened.

use std::cell::OnceCell;

use leptos::prelude::*;

use super::peer::LiveProblem;

/// Where a team's link stands, as the facilitator's dialog shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkStatus {
    /// No tablet yet: the team's code is (being made) ready.
    Waiting,
    /// The tablet's answer is read; the channel is opening.
    Connecting,
    Live,
    /// The tablet stopped answering; it may come back by itself.
    Interrupted,
    /// The link is gone (the tablet closed, reloaded or walked away): scan again.
    Lost,
    /// The tablet sent something the game cannot read, and was dropped.
    Dropped,
    /// No code could be made.
    Failed(LiveProblem),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamLink {
    /// The team's join code, once made.
    pub code: Option<String>,
    pub status: LinkStatus,
}

thread_local! {
    static LINKS: OnceCell<ArcRwSignal<Vec<TeamLink>>> = const { OnceCell::new() };
}

/// Each team's link, for this page's life.
pub fn team_links() -> ArcRwSignal<Vec<TeamLink>> {
    LINKS.with(|l| l.get_or_init(|| ArcRwSignal::new(Vec::new())).clone())
}

pub(super) fn set_status(team: usize, status: LinkStatus) {
    team_links().update(|all| {
        if let Some(link) = all.get_mut(team) {
            link.status = status;
        }
    });
}
