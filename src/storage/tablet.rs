//! What a team's tablet keeps about itself, in its own tab (sessionStorage): the device
//! id the game knows it by, the number of its last request, the team it plays for, the
//! requests the game has not applied yet (sent again when the link is back, even after a
//! reload) and the language it reads. A reload of the tab keeps them; two tablet tabs in one browser
//! (two teams trying it at one desk) are two devices.

use crate::model::{Lang, TeamRequest};

use super::store::{in_browser, KeyValue, Store};

const DEVICE: &str = "kernespillet.tablet.device";
const SEQ: &str = "kernespillet.tablet.seq";
const TEAM: &str = "kernespillet.tablet.team.";
const LANG: &str = "kernespillet.tablet.language";
const PENDING: &str = "kernespillet.tablet.pending.";
/// More waiting requests than a team makes in a whole game away from it; older ones go.
const MAX_PENDING: usize = 100;

impl<K: KeyValue> Store<K> {
    /// This tablet's device id, made with `fresh` the first time.
    pub fn tablet_device(&self, fresh: impl FnOnce() -> String) -> String {
        if let Some(id) = self
            .tab
            .get(DEVICE)
            .filter(|id| crate::model::saved::is_valid_id(id))
        {
            return id;
        }
        let id = fresh();
        let _ = self.tab.set(DEVICE, &id);
        id
    }

    /// The next request number: one more than the last this tablet sent.
    pub fn next_tablet_seq(&self) -> u64 {
        let next = self
            .tab
            .get(SEQ)
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0)
            + 1;
        let _ = self.tab.set(SEQ, &next.to_string());
        next
    }

    /// The team this tablet plays for in game `game`, if it has chosen one.
    pub fn tablet_team(&self, game: &str) -> Option<usize> {
        self.tab.get(&format!("{TEAM}{game}"))?.parse().ok()
    }

    pub fn set_tablet_team(&self, game: &str, team: Option<usize>) {
        let key = format!("{TEAM}{game}");
        match team {
            Some(team) => {
                let _ = self.tab.set(&key, &team.to_string());
            }
            None => self.tab.remove(&key),
        }
    }

    /// The requests for game `game` that it has not applied yet, oldest first.
    pub fn tablet_pending(&self, game: &str) -> Vec<(u64, TeamRequest)> {
        self.tab
            .get(&format!("{PENDING}{game}"))
            .and_then(|text| crate::model::persist::read_json(&text).ok())
            .unwrap_or_default()
    }

    pub fn set_tablet_pending(&self, game: &str, pending: &[(u64, TeamRequest)]) {
        let key = format!("{PENDING}{game}");
        let kept = &pending[pending.len().saturating_sub(MAX_PENDING)..];
        if kept.is_empty() {
            self.tab.remove(&key);
        } else if let Ok(text) = serde_json::to_string(kept) {
            let _ = self.tab.set(&key, &text);
        }
    }

    /// The tablet's own language; the facilitator's choice is not the team's.
    pub fn tablet_lang(&self) -> Option<Lang> {
        match self.tab.get(LANG)?.as_str() {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn set_tablet_lang(&self, lang: Lang) {
        let _ = self.tab.set(LANG, lang.code());
    }
}

pub fn tablet_device(fresh: impl FnOnce() -> String) -> String {
    in_browser(|store| store.tablet_device(fresh))
}

pub fn next_tablet_seq() -> u64 {
    in_browser(|store| store.next_tablet_seq())
}

pub fn tablet_team(game: &str) -> Option<usize> {
    in_browser(|store| store.tablet_team(game))
}

pub fn set_tablet_team(game: &str, team: Option<usize>) {
    in_browser(|store| store.set_tablet_team(game, team));
}

pub fn tablet_pending(game: &str) -> Vec<(u64, TeamRequest)> {
    in_browser(|store| store.tablet_pending(game))
}

pub fn set_tablet_pending(game: &str, pending: &[(u64, TeamRequest)]) {
    in_browser(|store| store.set_tablet_pending(game, pending));
}

pub fn tablet_lang() -> Option<Lang> {
    in_browser(|store| store.tablet_lang())
}

pub fn set_tablet_lang(lang: Lang) {
    in_browser(|store| store.set_tablet_lang(lang));
}
