//! One build per room: every message a window sends names the build it runs, and each
//! window keeps the builds it has heard from the others. When they differ, the window
//! asks the site which build it serves now (through the service worker, so offline too):
//! the side that runs another build than that one is the older, and is reloaded.

use std::cell::OnceCell;
use std::collections::BTreeMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

use crate::protocol::build::{build_named_in, is_valid_build, BUILD_META};
use crate::protocol::{Body, Message};

thread_local! {
    static THIS_BUILD: OnceCell<Option<String>> = const { OnceCell::new() };
    static OTHER_BUILDS: OnceCell<ArcRwSignal<BTreeMap<String, String>>> = const { OnceCell::new() };
}

/// The build of this page, from its meta tag (`None` in an unbuilt page, e.g. a test's).
pub fn this_build() -> Option<String> {
    THIS_BUILD.with(|b| {
        b.get_or_init(|| {
            let selector = format!("meta[name=\"{BUILD_META}\"]");
            let meta = document().query_selector(&selector).ok()??;
            meta.get_attribute("content").filter(|b| is_valid_build(b))
        })
        .clone()
    })
}

/// The builds other windows run, by window, where they differ from this one's. Lives as
/// long as the page, like the protocol version notice.
pub fn other_builds() -> ArcRwSignal<BTreeMap<String, String>> {
    OTHER_BUILDS.with(|b| b.get_or_init(|| ArcRwSignal::new(BTreeMap::new())).clone())
}

/// Note the build a checked message came from: a window of another build is kept until
/// it says goodbye or speaks from this window's build.
pub fn note(message: &Message) {
    let (Some(ours), Some(theirs)) = (this_build(), message.build.as_deref()) else {
        return;
    };
    let builds = other_builds();
    let differs = theirs != ours && message.body != Body::Bye;
    let known = builds.with_untracked(|b| b.get(&message.from).map(String::as_str) == Some(theirs));
    if differs && !known {
        builds.update(|b| {
            b.insert(message.from.clone(), theirs.to_string());
        });
    } else if !differs && builds.with_untracked(|b| b.contains_key(&message.from)) {
        builds.update(|b| {
            b.remove(&message.from);
        });
    }
}

/// The build the site serves now: its `index.html` as the service worker (or, with
/// none, the server) hands it out, past the browser's HTTP cache.
pub async fn served_build() -> Option<String> {
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoStore);
    let response = JsFuture::from(window().fetch_with_str_and_init("index.html", &init))
        .await
        .ok()?
        .dyn_into::<Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    build_named_in(&text)
}
