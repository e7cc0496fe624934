//! Another window of the room runs another build of the app (an update arrived while
//! one of them was open). The protocol is the same, so the game goes on, but the room
//! should run one build: the window that runs an older build than the site serves now
//! is reloaded — the projector by itself (it holds nothing of its own), any other window
//! by a button, since someone may be typing in it.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::Msg;
use crate::ui::state::{use_app, Role};

use super::builds::{other_builds, served_build, this_build};

/// Which side of a build mismatch is the older, by the build the site serves now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Older {
    ThisWindow,
    OtherWindow,
    /// The site could not be asked (or serves neither build).
    Unknown,
}

#[component]
pub fn OtherBuildNotice() -> impl IntoView {
    let app = use_app();
    let builds = other_builds();
    let older = RwSignal::new(None::<Older>);
    let dismissed = RwSignal::new(false);
    // The builds the other windows run: asked about again whenever one more appears.
    let theirs = Memo::new(move |_| builds.with(|b| b.values().cloned().collect::<BTreeSet<_>>()));
    let mismatch = Memo::new(move |_| theirs.with(|t| !t.is_empty()));
    Effect::new(move |_| {
        let theirs = theirs.get();
        if theirs.is_empty() {
            older.set(None);
            return;
        }
        spawn_local(async move {
            let verdict = match (served_build().await, this_build()) {
                (Some(served), Some(ours)) if served == ours => Older::OtherWindow,
                (Some(served), _) if theirs.contains(&served) => Older::ThisWindow,
                _ => Older::Unknown,
            };
            // The other window may have been reloaded while the site was asked.
            if !mismatch.get_untracked() {
                return;
            }
            if verdict == Older::ThisWindow && app.role.get_untracked() == Role::Projector {
                let _ = window().location().reload();
                return;
            }
            older.set(Some(verdict));
        });
    });
    move || {
        let verdict = older.get().filter(|_| mismatch.get())?;
        // The projector faces the room: it only ever reloads itself, and says nothing.
        if dismissed.get() || app.role.get() == Role::Projector {
            return None;
        }
        let text = match verdict {
            Older::ThisWindow => Msg::OlderBuildHere,
            Older::OtherWindow => Msg::OlderBuildElsewhere,
            Older::Unknown => Msg::OtherBuildWindow,
        };
        let reload = (verdict == Older::ThisWindow).then(|| {
            view! {
                <button class="primary" on:click=move |_| {
                    let _ = window().location().reload();
                }>{app.tr(Msg::ReloadNow)}</button>
            }
        });
        Some(view! {
            <div class="notice other-build" role="alert">
                <p>{app.tr(text)}</p>
                {reload}
                <button class="secondary" on:click=move |_| dismissed.set(true)>{app.tr(Msg::Dismiss)}</button>
            </div>
        })
    }
}
