//! Typing does not save the world. A text field of the game keeps what is typed as a
//! local draft and commits it to the game after a pause in typing, when the field is
//! left, when it disappears, and when the page is hidden or closed — so a keystroke
//! costs a signal, not a save (and a backup) of the whole session.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

/// How long typing must pause before the draft is committed.
const PAUSE: Duration = Duration::from_millis(700);

thread_local! {
    /// Every draft with uncommitted text, to commit when the page is hidden or closed.
    static PENDING: RefCell<Vec<Draft>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

/// Commit every draft now (the page is being hidden, closed or reloaded); whether
/// there was anything to commit.
pub fn commit_all_drafts() -> bool {
    let pending: Vec<Draft> = PENDING.with(|p| p.borrow().clone());
    for draft in &pending {
        draft.commit();
    }
    !pending.is_empty()
}

/// A text field's draft. `Copy`, so event handlers can hold it.
#[derive(Clone, Copy)]
pub struct Draft {
    id: u64,
    /// What was typed and not yet shown from the game; `None` shows the stored text.
    typed: RwSignal<Option<String>>,
    /// Typed since the last commit.
    dirty: StoredValue<bool>,
    stored: Signal<String>,
    commit_to: StoredValue<Rc<dyn Fn(String)>, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Draft {
    /// A draft of the text `stored` reads from the game, committed by `commit_to`.
    pub fn new(
        stored: impl Fn() -> String + Send + Sync + 'static,
        commit_to: impl Fn(String) + 'static,
    ) -> Draft {
        let id = NEXT_ID.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        let draft = Draft {
            id,
            typed: RwSignal::new(None),
            dirty: StoredValue::new(false),
            stored: Signal::derive(stored),
            commit_to: StoredValue::new_local(Rc::new(commit_to)),
            timer: StoredValue::new_local(None),
        };
        // A field that goes away (a phase change, a removed activity) keeps its text.
        on_cleanup(move || {
            draft.commit();
            PENDING.with(|p| p.borrow_mut().retain(|other| other.id != id));
        });
        draft
    }

    /// What the field shows: the text as typed while it has the focus, else the game's.
    pub fn value(&self) -> String {
        self.typed.get().unwrap_or_else(|| self.stored.get())
    }

    /// A keystroke: show it, and commit once typing pauses.
    pub fn input(&self, text: String) {
        self.typed.set(Some(text));
        if !self.dirty.get_value() {
            self.dirty.set_value(true);
            PENDING.with(|p| p.borrow_mut().push(*self));
        }
        if let Some(timer) = self.timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        let draft = *self;
        let timer = set_timeout_with_handle(move || draft.commit(), PAUSE).ok();
        self.timer.set_value(timer);
    }

    /// The field was left: commit, and show the game's text again.
    pub fn leave(&self) {
        self.commit();
        self.typed.set(None);
    }

    /// Hand what was typed to the game, if anything is new.
    pub fn commit(&self) {
        if self.dirty.try_get_value() != Some(true) {
            return;
        }
        if let Some(timer) = self.timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        self.dirty.set_value(false);
        PENDING.with(|p| p.borrow_mut().retain(|other| other.id != self.id));
        if let (Some(text), Some(commit)) = (
            self.typed.try_get_untracked().flatten(),
            self.commit_to.try_get_value(),
        ) {
            commit(text);
        }
    }
}
