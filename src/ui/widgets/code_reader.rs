//! A camera that reads QR codes: asked for on a click, a frame looked at every 150 ms
//! while it is on, the texts of the codes in it handed to the screen that uses it, and
//! turned off again when that screen says it has what it needs, when it is stopped, or
//! when the screen goes away — even while the browser is still asking for permission.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{fill, Msg};
use crate::model::Lang;
use crate::protocol::qr;
use crate::ui::browser::camera::{grey_frame, open_camera, stop_camera, CameraProblem};

/// How often a camera frame is looked at.
const LOOK_EVERY: Duration = Duration::from_millis(150);

#[derive(Clone, Copy)]
pub struct CodeReader {
    pub video: NodeRef<leptos::html::Video>,
    /// The camera is on and looking.
    pub on: RwSignal<bool>,
    /// Why the camera could not be used, if it could not.
    pub problem: RwSignal<Option<CameraProblem>>,
    /// The camera is wanted: false once stopped or gone, even while the browser asks.
    wanted: StoredValue<bool>,
    /// The codes found in one frame; answers whether to go on looking.
    on_codes: Callback<Vec<String>, bool>,
}

impl CodeReader {
    /// A reader for the screen being built; its camera goes off with the screen.
    pub fn new(on_codes: impl Fn(Vec<String>) -> bool + Send + Sync + 'static) -> Self {
        on_cleanup(stop_camera);
        CodeReader {
            video: NodeRef::new(),
            on: RwSignal::new(false),
            problem: RwSignal::new(None),
            wanted: StoredValue::new(false),
            on_codes: Callback::new(on_codes),
        }
    }

    pub fn start(self) {
        self.problem.set(None);
        self.wanted.set_value(true);
        spawn_local(async move {
            let Some(video) = self.video.get_untracked() else {
                return;
            };
            match open_camera(&video).await {
                // Stopped or gone while the browser asked: turn it off again at once.
                Ok(()) if self.wanted.try_get_value() != Some(true) => stop_camera(),
                Ok(()) => {
                    self.on.set(true);
                    self.next_frame();
                }
                Err(problem) => {
                    let _ = self.problem.try_set(Some(problem));
                }
            }
        });
    }

    pub fn stop(self) {
        let _ = self.wanted.try_set_value(false);
        stop_camera();
        let _ = self.on.try_set(false);
    }

    fn next_frame(self) {
        set_timeout(move || self.look(), LOOK_EVERY);
    }

    /// Look at one frame; go on looking while the camera is on and wanted.
    fn look(self) {
        if self.on.try_get_untracked() != Some(true) {
            return;
        }
        let codes = self
            .video
            .get_untracked()
            .and_then(|v| grey_frame(&v))
            .map(|(w, h, grey)| qr::decode(w, h, &grey))
            .unwrap_or_default();
        let go_on = codes.is_empty() || self.on_codes.try_run(codes).unwrap_or(false);
        if go_on {
            self.next_frame();
        } else {
            self.stop();
        }
    }
}

/// Why the camera cannot be used, then what to do instead.
pub fn camera_problem_text(problem: &CameraProblem, instead: Msg, lang: Lang) -> String {
    let why = match problem {
        CameraProblem::NotSecure => Msg::CameraNotSecure.get(lang).to_string(),
        CameraProblem::NoCamera => Msg::CameraNone.get(lang).to_string(),
        CameraProblem::Refused => Msg::CameraRefused.get(lang).to_string(),
        CameraProblem::Failed(reason) => fill(Msg::CameraFailed.get(lang), &[("reason", reason)]),
    };
    format!("{why} {}", instead.get(lang))
}

/// What the camera sees, with a line that says how the reading goes.
#[component]
pub fn CameraView(reader: CodeReader, #[prop(into)] status: Signal<String>) -> impl IntoView {
    let app = crate::ui::state::use_app();
    view! {
        <div class="camera-box" hidden=move || !reader.on.get()>
            <video node_ref=reader.video autoplay prop:muted=true playsinline
                aria-label=app.tr(Msg::CameraView)></video>
            <p class="scan-progress" role="status">{move || status.get()}</p>
        </div>
    }
}
