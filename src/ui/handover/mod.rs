//! The facilitator's side of the handover: a team's notebook from a tablet with no
//! network, read from its QR codes by the laptop's camera or from its file, and taken
//! into the game — each idea once, however often it is handed over.

mod camera;
mod take;

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{fill, handover_error_text, Msg};
use crate::protocol::handover::{Collector, Notebook, Scan};
use crate::protocol::qr;
use crate::ui::state::{use_app, AppState};
use crate::ui::widgets::json_file_button::JsonFileButton;
use crate::ui::widgets::modal::Modal;

use camera::{grey_frame, open_camera, stop_camera, CameraProblem};
use take::{take, Outcome};

/// How often a camera frame is looked at.
const SCAN_EVERY: Duration = Duration::from_millis(150);

/// What the dialog knows while it is open.
#[derive(Clone, Copy)]
struct Scanner {
    app: AppState,
    video: NodeRef<leptos::html::Video>,
    on: RwSignal<bool>,
    /// The camera is wanted: false once stopped or closed, even while the browser still
    /// asks for permission.
    wanted: StoredValue<bool>,
    collector: StoredValue<Collector>,
    progress: RwSignal<Option<(usize, usize)>>,
    camera_problem: RwSignal<Option<CameraProblem>>,
    /// The last code or file that could not be read, in words.
    problem: RwSignal<Option<String>>,
    /// What came of each notebook read, newest first.
    outcomes: RwSignal<Vec<(usize, Outcome)>>,
    /// A notebook has been read with the camera since the dialog opened.
    scanned: RwSignal<bool>,
}

impl Scanner {
    fn start(self) {
        self.camera_problem.set(None);
        self.problem.set(None);
        self.wanted.set_value(true);
        spawn_local(async move {
            let Some(video) = self.video.get_untracked() else {
                return;
            };
            match open_camera(&video).await {
                // Stopped or closed while the browser asked: turn it off again at once.
                Ok(()) if self.wanted.try_get_value() != Some(true) => stop_camera(),
                Ok(()) => {
                    self.on.set(true);
                    self.next_frame();
                }
                Err(problem) => self.camera_problem.set(Some(problem)),
            }
        });
    }

    fn stop(self) {
        let _ = self.wanted.try_set_value(false);
        stop_camera();
        let _ = self.on.try_set(false);
    }

    fn next_frame(self) {
        set_timeout(move || self.look(), SCAN_EVERY);
    }

    /// Look at one frame; go on looking while the camera is on.
    fn look(self) {
        if self.on.try_get_untracked() != Some(true) {
            return;
        }
        let frame = self.video.get_untracked().and_then(|v| grey_frame(&v));
        for text in frame
            .map(|(w, h, grey)| qr::decode(w, h, &grey))
            .unwrap_or_default()
        {
            let lang = self.app.lang.get_untracked();
            match self.collector.try_update_value(|c| c.add(&text)) {
                Some(Ok(Scan::Partial { have, total })) => {
                    self.progress.set(Some((have, total)));
                    self.problem.set(None);
                }
                Some(Ok(Scan::Complete(notebook))) => {
                    self.stop();
                    self.scanned.set(true);
                    self.progress.set(None);
                    self.problem.set(None);
                    self.taken(&notebook);
                    return;
                }
                Some(Err(e)) => self.problem.set(Some(handover_error_text(&e, lang))),
                None => return,
            }
        }
        self.next_frame();
    }

    fn taken(self, notebook: &Notebook) {
        let outcome = take(self.app, notebook);
        self.outcomes
            .update(|all| all.insert(0, (all.len(), outcome)));
    }

    fn refused(self, why: String) {
        let nothing = self.app.t(Msg::HandoverNothingChanged);
        self.outcomes
            .update(|all| all.insert(0, (all.len(), Outcome::Refused(format!("{why} {nothing}")))));
    }
}

#[component]
pub fn HandoverDialog(#[prop(into)] on_close: Callback<()>) -> impl IntoView {
    let app = use_app();
    let scanner = Scanner {
        app,
        video: NodeRef::new(),
        on: RwSignal::new(false),
        collector: StoredValue::new(Collector::default()),
        progress: RwSignal::new(None),
        camera_problem: RwSignal::new(None),
        problem: RwSignal::new(None),
        outcomes: RwSignal::new(Vec::new()),
        scanned: RwSignal::new(false),
        wanted: StoredValue::new(false),
    };
    on_cleanup(stop_camera);
    let close = move || {
        scanner.stop();
        on_close.run(());
    };
    let on_read = Callback::new(move |(_, text): (String, Result<String, String>)| {
        let lang = app.lang.get_untracked();
        match text.map(|t| Notebook::from_file(&t)) {
            Err(reason) => {
                scanner.refused(fill(app.t(Msg::FileUnreadable), &[("reason", &reason)]))
            }
            Ok(Err(e)) => scanner.refused(handover_error_text(&e, lang)),
            Ok(Ok(notebook)) => scanner.taken(&notebook),
        }
    });
    let progress = move || match scanner.progress.get() {
        Some((have, total)) => fill(
            app.t(Msg::HandoverProgress),
            &[("have", &have.to_string()), ("total", &total.to_string())],
        ),
        None => app.t(Msg::HandoverLooking).to_string(),
    };
    let camera_problem = move || {
        scanner.camera_problem.get().map(|p| match p {
            CameraProblem::NotSecure => app.t(Msg::HandoverNotSecure).to_string(),
            CameraProblem::NoCamera => app.t(Msg::HandoverNoCamera).to_string(),
            CameraProblem::Refused => app.t(Msg::HandoverCameraRefused).to_string(),
            CameraProblem::Failed(reason) => {
                fill(app.t(Msg::HandoverCameraFailed), &[("reason", &reason)])
            }
        })
    };
    view! {
        <Modal title=Signal::derive(move || app.t(Msg::HandoverTitle).to_string()) on_close=move |_| close() class="handover-dialog">
            <p class="lead">{move || app.t(Msg::HandoverIntro)}</p>
            <div class="handover-actions">
                <Show
                    when=move || scanner.on.get()
                    fallback=move || view! {
                        <button class="primary scan-camera" on:click=move |_| scanner.start()>
                            {move || app.t(if scanner.scanned.get() { Msg::HandoverScanAgain } else { Msg::HandoverScan })}
                        </button>
                    }
                >
                    <button class="secondary stop-camera" on:click=move |_| scanner.stop()>
                        {move || app.t(Msg::HandoverStopScan)}
                    </button>
                </Show>
                <JsonFileButton label=Msg::HandoverOpenFile input_class="handover-file" on_read/>
            </div>
            <div class="camera-box" hidden=move || !scanner.on.get()>
                <video node_ref=scanner.video autoplay prop:muted=true playsinline
                    aria-label=move || app.t(Msg::HandoverCameraView)></video>
                <p class="scan-progress" role="status">{progress}</p>
            </div>
            <p class="problem camera-problem" role="alert">{camera_problem}</p>
            <p class="problem scan-problem" role="alert">{move || scanner.problem.get()}</p>
            <ul class="handover-results" aria-live="polite">
                <For each=move || scanner.outcomes.get() key=|(i, _)| *i let:entry>
                    {match entry.1 {
                        Outcome::Taken(lines) => view! { <li class="arrived">{lines.join(" ")}</li> }.into_any(),
                        Outcome::Refused(why) => view! { <li class="refused">{why}</li> }.into_any(),
                    }}
                </For>
            </ul>
            <div class="dialog-actions">
                <button class="secondary close-handover" on:click=move |_| close()>{move || app.t(Msg::Dismiss)}</button>
            </div>
        </Modal>
    }
}
