//! The notebook being written, shared by its parts: every change goes through the
//! draft's own methods and is kept on the device at once.

use leptos::prelude::*;

use crate::model::{NotebookDraft, NotebookError, Session};
use crate::protocol::handover::Notebook;
use crate::storage::{self, sessions};

use super::NotebookAddress;

/// The game the notebook was opened for, when this browser keeps it: its teams' names.
#[derive(Clone, Debug, PartialEq)]
pub struct KnownGame {
    pub teams: Vec<String>,
}

#[derive(Clone, Copy)]
pub struct Book {
    pub draft: RwSignal<NotebookDraft>,
    pub device: StoredValue<String>,
    pub known: StoredValue<Option<KnownGame>>,
    /// The browser's words when the notebook could not be kept.
    pub not_kept: RwSignal<Option<String>>,
}

impl Book {
    /// The notebook kept on this device, for the game and team its address names.
    pub fn open(address: NotebookAddress) -> Book {
        let mut draft = storage::load_notebook();
        let game = address.game.filter(|g| crate::model::saved::is_valid_id(g));
        let known = game
            .as_deref()
            .and_then(|id| sessions::load(id).ok())
            .map(|s: Session| KnownGame {
                teams: s.teams.iter().map(|t| t.name.clone()).collect(),
            });
        if let Some(game) = &game {
            draft.for_game(game);
        }
        // The team its address names, unless it is already the notebook's (a reload
        // keeps the name the team gave or the tablet brought).
        if let Some(team) = address.team.filter(|t| draft.team != Some(*t)) {
            let name = known
                .as_ref()
                .and_then(|k| k.teams.get(team).cloned())
                .unwrap_or_default();
            draft.choose_team(team, &name);
        }
        let book = Book {
            draft: RwSignal::new(draft),
            device: StoredValue::new(storage::device_id()),
            known: StoredValue::new(known),
            not_kept: RwSignal::new(None),
        };
        book.keep();
        book
    }

    /// Change the notebook through one of its methods; a refused change changes nothing.
    pub fn change<T>(
        &self,
        f: impl FnOnce(&mut NotebookDraft) -> Result<T, NotebookError>,
    ) -> Result<T, NotebookError> {
        let mut draft = self.draft.get_untracked();
        let result = f(&mut draft);
        if result.is_ok() {
            self.draft.set(draft);
            self.keep();
        }
        result
    }

    /// A change that cannot be refused (the text being typed, the team's name).
    pub fn edit(&self, f: impl FnOnce(&mut NotebookDraft)) {
        self.draft.update(f);
        self.keep();
    }

    fn keep(&self) {
        let result = self.draft.with_untracked(storage::save_notebook);
        self.not_kept.set(result.err().map(|e| e.into_words()));
    }

    /// What is handed over, once the team is chosen.
    pub fn notebook(&self) -> Option<Notebook> {
        let device = self.device.get_value();
        self.draft.with_untracked(|d| d.notebook(&device))
    }
}

pub fn use_book() -> Book {
    expect_context::<Book>()
}
