//! "Forbind tablets": the facilitator's window shows one team's join code at a time,
//! large, with every team's link beside it; the laptop's camera reads the answers the
//! tablets hold up. When a team is live, the next team's code comes up by itself.

use leptos::prelude::*;

use crate::i18n::{code_problem_text, fill, live_problem_text, LookingFor, Msg};
use crate::model::Lang;
use crate::protocol::qr;
use crate::ui::room::link::open_tablet_window;
use crate::ui::state::use_app;
use crate::ui::widgets::code_reader::{camera_problem_text, CameraView, CodeReader};
use crate::ui::widgets::modal::Modal;
use crate::ui::widgets::piece_badge::PieceBadge;
use crate::ui::widgets::qr_view::QrView;

use super::host::{self, AnswerProblem};
use super::link_status::{team_links, LinkStatus};

#[component]
pub fn ConnectDialog(#[prop(into)] on_close: Callback<()>) -> impl IntoView {
    let app = use_app();
    host::prepare(app);
    let links = team_links();
    let teams = app.room_memo(|r| r.teams.clone());
    let shown = RwSignal::new(0usize);
    // What the camera read last, in words.
    let read = RwSignal::new(None::<String>);
    let reader = CodeReader::new(move |codes| {
        let lang = app.lang.get_untracked();
        for text in codes {
            let said = match host::answer_read(app, &text) {
                Ok(team) => {
                    let name = app.room(|r| r.team_name(team).to_string());
                    fill(Msg::ConnectAnswerRead.get(lang), &[("team", &name)])
                }
                Err(AnswerProblem::Stale) => Msg::CodeStale.get(lang).to_string(),
                Err(AnswerProblem::Code(problem)) => {
                    code_problem_text(&problem, LookingFor::Answer, lang).to_string()
                }
            };
            read.set(Some(said));
        }
        true
    });
    // The camera is what this dialog is for: on from the start.
    reader.start();
    let close = move || {
        reader.stop();
        on_close.run(());
    };
    // A team just connected: show the next team still waiting for its tablet.
    let statuses = {
        let links = links.clone();
        Memo::new(move |_| {
            links.with(|all| all.iter().map(|l| l.status.clone()).collect::<Vec<_>>())
        })
    };
    Effect::new(move |before: Option<Vec<LinkStatus>>| {
        let now = statuses.get();
        let at = shown.get_untracked();
        let turned_live = now.get(at) == Some(&LinkStatus::Live)
            && before.as_ref().and_then(|b| b.get(at)) != Some(&LinkStatus::Live);
        if turned_live {
            let name = app.room(|r| r.team_name(at).to_string());
            read.set(Some(fill(app.t(Msg::ConnectLinked), &[("team", &name)])));
            if let Some(next) = (1..now.len())
                .map(|i| (at + i) % now.len())
                .find(|i| now[*i] != LinkStatus::Live)
            {
                shown.set(next);
            }
        }
        now
    });
    let shown_name = move || app.room(|r| r.team_name(shown.get()).to_string());
    let code = {
        let links = links.clone();
        move || links.with(|all| all.get(shown.get()).and_then(|l| l.code.clone()))
    };
    let camera_problem = move || {
        reader
            .problem
            .get()
            .map(|p| camera_problem_text(&p, Msg::ConnectInstead, app.lang.get()))
    };
    let camera_status = move || {
        read.get()
            .unwrap_or_else(|| app.t(Msg::ConnectLooking).to_string())
    };
    view! {
        <Modal title=Signal::derive(move || app.t(Msg::ConnectTitle).to_string()) on_close=move |_| close() class="connect-dialog">
            <p class="lead">{app.tr(Msg::ConnectIntro)}</p>
            <div class="connect-body">
                <section class="join-code-box" aria-live="polite">
                    <h3>{move || fill(app.t(Msg::ConnectCodeFor), &[("team", &shown_name())])}</h3>
                    {move || match code().and_then(|text| qr::encode(&text).map(|image| (text, image))) {
                        Some((text, image)) => view! {
                            <figure class="qr-frame join-code" data-team=shown.get() data-code=text>
                                <QrView code=image label=Signal::derive(move || fill(app.t(Msg::ConnectCodeFor), &[("team", &shown_name())]))/>
                            </figure>
                        }.into_any(),
                        None => view! { <p class="join-code making">{app.tr(Msg::ConnectMaking)}</p> }.into_any(),
                    }}
                    <Show when=move || statuses.with(|all| all.get(shown.get()) == Some(&LinkStatus::Live))>
                        <p class="join-code-note">{app.tr(Msg::ConnectCodeForRejoin)}</p>
                    </Show>
                </section>
                <section class="answer-camera">
                    <CameraView reader status=Signal::derive(camera_status)/>
                    <Show
                        when=move || reader.on.get()
                        fallback=move || view! {
                            <button class="primary scan-answers" on:click=move |_| reader.start()>{app.tr(Msg::ConnectCameraStart)}</button>
                        }
                    >
                        <button class="secondary stop-camera" on:click=move |_| reader.stop()>{app.tr(Msg::CameraOff)}</button>
                    </Show>
                    <p class="problem camera-problem" role="alert">{camera_problem}</p>
                </section>
            </div>
            <ul class="team-links" aria-label=app.tr(Msg::ConnectTablets)>
                {move || teams.get().into_iter().enumerate().map(|(index, team)| {
                    let links = links.clone();
                    let status = Memo::new(move |_| links.with(|all| all.get(index).map(|l| l.status.clone())));
                    let letter = team.letter();
                    view! {
                        <li>
                            <button class="secondary team-link" data-team=index
                                aria-pressed=move || (shown.get() == index).to_string()
                                on:click=move |_| shown.set(index)>
                                <PieceBadge shape=team.shape colour=team.colour letter class="team-piece"/>
                                <span class="team-link-name">{team.name.clone()}</span>
                                <span class="link-status" data-status=move || status.get().map(status_key)>
                                    {move || status.get().map(|s| status_text(&s, app.lang.get()))}
                                </span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="live-limits">{app.tr(Msg::ConnectLimits)}</p>
            <div class="dialog-actions">
                // A team's tablet as a window of this browser: to try it at the desk, or
                // on a laptop lent to a team.
                <button class="secondary tablet-button" on:click=move |_| open_tablet_window(app)>
                    {app.tr(Msg::OpenTablet)}
                </button>
                <button class="secondary close-connect" on:click=move |_| close()>{app.tr(Msg::Dismiss)}</button>
            </div>
        </Modal>
    }
}

/// A word for tests and styles.
fn status_key(status: LinkStatus) -> &'static str {
    match status {
        LinkStatus::Waiting => "waiting",
        LinkStatus::Connecting => "connecting",
        LinkStatus::Live => "live",
        LinkStatus::Interrupted => "interrupted",
        LinkStatus::Lost => "lost",
        LinkStatus::Dropped => "dropped",
        LinkStatus::Failed(_) => "failed",
    }
}

fn status_text(status: &LinkStatus, lang: Lang) -> String {
    match status {
        LinkStatus::Waiting => Msg::LinkWaiting.get(lang).to_string(),
        LinkStatus::Connecting => Msg::LinkConnecting.get(lang).to_string(),
        LinkStatus::Live => Msg::LinkLive.get(lang).to_string(),
        LinkStatus::Interrupted => Msg::LinkInterrupted.get(lang).to_string(),
        LinkStatus::Lost => Msg::LinkLost.get(lang).to_string(),
        LinkStatus::Dropped => Msg::LinkDropped.get(lang).to_string(),
        LinkStatus::Failed(problem) => fill(
            Msg::LinkFailed.get(lang),
            &[("reason", &live_problem_text(problem, lang))],
        ),
    }
}
