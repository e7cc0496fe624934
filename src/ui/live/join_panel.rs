//! The tablet's handshake on screen: scan the team's code, show the answer to the
//! facilitator's camera, and — if the devices cannot see each other — say so with the
//! two ways on. Shown on a tablet that has no game yet, and on one whose link is gone.

use leptos::prelude::*;

use crate::i18n::{code_problem_text, fill, live_problem_text, LookingFor, Msg};
use crate::protocol::qr;
use crate::ui::notebook::NOTEBOOK_HREF;
use crate::ui::state::use_app;
use crate::ui::widgets::code_reader::{camera_problem_text, CameraView, CodeReader};
use crate::ui::widgets::qr_view::QrView;

use super::guest::{GuestStatus, LiveGuest};

/// `on_notebook`: how this tablet opens the team's notebook (with its game and team,
/// once it has them); a plain notebook when not given.
#[component]
pub fn JoinPanel(#[prop(optional, into)] on_notebook: Option<Callback<()>>) -> impl IntoView {
    let app = use_app();
    let guest = expect_context::<LiveGuest>();
    let reader = CodeReader::new(move |codes| guest.codes_read(codes));
    let status = guest.status;
    let scan_label = move || {
        app.t(match status.get() {
            GuestStatus::Idle => Msg::JoinScan,
            _ => Msg::JoinScanAgain,
        })
    };
    let scan_button = move || {
        view! {
            <Show
                when=move || reader.on.get()
                fallback=move || view! {
                    <button class="primary scan-join-code" on:click=move |_| reader.start()>{scan_label}</button>
                }
            >
                <button class="secondary stop-camera" on:click=move |_| reader.stop()>{app.tr(Msg::CameraOff)}</button>
            </Show>
        }
    };
    let notebook = move || {
        match on_notebook {
        Some(open) => view! {
            <button class="secondary open-notebook" on:click=move |_| open.run(())>{app.tr(Msg::TabletOpenNotebook)}</button>
        }
        .into_any(),
        None => view! {
            <a class="button-link secondary notebook-link" href=NOTEBOOK_HREF>{app.tr(Msg::TabletOpenNotebook)}</a>
        }
        .into_any(),
    }
    };
    let answer = move |code: String| {
        qr::encode(&code).map(|image| {
            view! {
                <figure class="qr-frame answer-code" data-code=code>
                    <QrView code=image label=Signal::derive(move || app.t(Msg::JoinAnswerLabel).to_string())/>
                </figure>
            }
        })
    };
    let body = move || match status.get() {
        GuestStatus::Answering => {
            view! { <p class="join-state" role="status">{app.tr(Msg::JoinAnswering)}</p> }
                .into_any()
        }
        GuestStatus::Showing { code, reachable } => view! {
            <p class="lead">{app.tr(Msg::JoinShowAnswer)}</p>
            {answer(code)}
            <p class="join-state" role="status">
                {move || app.t(if reachable { Msg::JoinReachable } else { Msg::JoinSearching })}
            </p>
        }
        .into_any(),
        GuestStatus::CannotSee { code } => view! {
            <section class="cannot-see" role="alert" aria-labelledby="cannot-see-title">
                <h3 id="cannot-see-title">{app.tr(Msg::JoinCannotSeeHeading)}</h3>
                <p>{app.tr(Msg::JoinCannotSee)}</p>
                <ol class="ways-on">
                    <li>{app.tr(Msg::JoinHotspot)}</li>
                    <li>{app.tr(Msg::JoinNotebookWay)}</li>
                </ol>
                <div class="join-actions">{scan_button}{notebook}</div>
            </section>
            {answer(code)}
        }
        .into_any(),
        GuestStatus::Live => {
            view! { <p class="join-state live" role="status">{app.tr(Msg::JoinLive)}</p> }
                .into_any()
        }
        other => {
            let problem = match &other {
                GuestStatus::Unusable(problem) => Some(
                    code_problem_text(problem, LookingFor::JoinCode, app.lang.get_untracked())
                        .to_string(),
                ),
                GuestStatus::Failed(problem) => Some(fill(
                    app.t(Msg::JoinFailed),
                    &[(
                        "reason",
                        &live_problem_text(problem, app.lang.get_untracked()),
                    )],
                )),
                _ => None,
            };
            view! {
                <div class="join-actions">{scan_button}{notebook}</div>
                <p class="problem join-problem" role="alert">{problem}</p>
            }
            .into_any()
        }
    };
    let camera_problem = move || {
        reader
            .problem
            .get()
            .map(|p| camera_problem_text(&p, Msg::JoinInstead, app.lang.get()))
    };
    view! {
        <section class="join-panel">
            {body}
            <CameraView reader status=Signal::derive(move || app.t(Msg::JoinLooking).to_string())/>
            <p class="problem camera-problem" role="alert">{camera_problem}</p>
        </section>
    }
}
