//! The facilitator's side of the handover: a team's notebook from a tablet with no
//! network, read from its QR codes by the laptop's camera or from its file, and taken
//! into the game — each idea once, however often it is handed over.

mod take;

use leptos::prelude::*;

use crate::i18n::{fill, handover_error_text, Msg};
use crate::protocol::handover::{Collector, Notebook, Scan};
use crate::ui::state::{use_app, AppState};
use crate::ui::widgets::code_reader::{camera_problem_text, CameraView, CodeReader};
use crate::ui::widgets::json_file_button::JsonFileButton;
use crate::ui::widgets::modal::Modal;

use take::{take, Outcome};

/// What the dialog knows while it is open.
#[derive(Clone, Copy)]
struct Handover {
    app: AppState,
    collector: StoredValue<Collector>,
    progress: RwSignal<Option<(usize, usize)>>,
    /// The last code or file that could not be read, in words.
    problem: RwSignal<Option<String>>,
    /// What came of each notebook read, newest first.
    outcomes: RwSignal<Vec<(usize, Outcome)>>,
    /// A notebook has been read with the camera since the dialog opened.
    scanned: RwSignal<bool>,
}

impl Handover {
    /// The codes in one camera frame; false once a whole notebook is read.
    fn read(self, codes: Vec<String>) -> bool {
        let lang = self.app.lang.get_untracked();
        for text in codes {
            match self.collector.try_update_value(|c| c.add(&text)) {
                Some(Ok(Scan::Partial { have, total })) => {
                    self.progress.set(Some((have, total)));
                    self.problem.set(None);
                }
                Some(Ok(Scan::Complete(notebook))) => {
                    self.scanned.set(true);
                    self.progress.set(None);
                    self.problem.set(None);
                    self.taken(&notebook);
                    return false;
                }
                Some(Err(e)) => self.problem.set(Some(handover_error_text(&e, lang))),
                None => return false,
            }
        }
        true
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
    let handover = Handover {
        app,
        collector: StoredValue::new(Collector::default()),
        progress: RwSignal::new(None),
        problem: RwSignal::new(None),
        outcomes: RwSignal::new(Vec::new()),
        scanned: RwSignal::new(false),
    };
    let reader = CodeReader::new(move |codes| handover.read(codes));
    let close = move || {
        reader.stop();
        on_close.run(());
    };
    let on_read = Callback::new(move |(_, text): (String, Result<String, String>)| {
        let lang = app.lang.get_untracked();
        match text.map(|t| Notebook::from_file(&t)) {
            Err(reason) => {
                handover.refused(fill(app.t(Msg::FileUnreadable), &[("reason", &reason)]))
            }
            Ok(Err(e)) => handover.refused(handover_error_text(&e, lang)),
            Ok(Ok(notebook)) => handover.taken(&notebook),
        }
    });
    let progress = move || match handover.progress.get() {
        Some((have, total)) => fill(
            app.t(Msg::HandoverProgress),
            &[("have", &have.to_string()), ("total", &total.to_string())],
        ),
        None => app.t(Msg::HandoverLooking).to_string(),
    };
    let camera_problem = move || {
        reader
            .problem
            .get()
            .map(|p| camera_problem_text(&p, Msg::HandoverInstead, app.lang.get()))
    };
    view! {
        <Modal title=Signal::derive(move || app.t(Msg::HandoverTitle).to_string()) on_close=move |_| close() class="handover-dialog">
            <p class="lead">{app.tr(Msg::HandoverIntro)}</p>
            <div class="handover-actions">
                <Show
                    when=move || reader.on.get()
                    fallback=move || view! {
                        <button class="primary scan-camera" on:click=move |_| reader.start()>
                            {move || app.t(if handover.scanned.get() { Msg::HandoverScanAgain } else { Msg::HandoverScan })}
                        </button>
                    }
                >
                    <button class="secondary stop-camera" on:click=move |_| reader.stop()>
                        {app.tr(Msg::CameraOff)}
                    </button>
                </Show>
                <JsonFileButton label=Msg::HandoverOpenFile input_class="handover-file" on_read/>
            </div>
            <CameraView reader status=Signal::derive(progress)/>
            <p class="problem camera-problem" role="alert">{camera_problem}</p>
            <p class="problem scan-problem" role="alert">{move || handover.problem.get()}</p>
            <ul class="handover-results" aria-live="polite">
                <For each=move || handover.outcomes.get() key=|(i, _)| *i let:entry>
                    {match entry.1 {
                        Outcome::Taken(lines) => view! { <li class="arrived">{lines.join(" ")}</li> }.into_any(),
                        Outcome::Refused(why) => view! { <li class="refused">{why}</li> }.into_any(),
                    }}
                </For>
            </ul>
            <div class="dialog-actions">
                <button class="secondary close-handover" on:click=move |_| close()>{app.tr(Msg::Dismiss)}</button>
            </div>
        </Modal>
    }
}
