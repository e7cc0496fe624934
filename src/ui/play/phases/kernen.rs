//! The core task in one sentence, written now, beside the wording the team began with.

use leptos::prelude::*;

use crate::i18n::{phase_name, Msg};
use crate::model::Phase;

use crate::ui::state::use_app;

#[component]
pub fn KernenView() -> impl IntoView {
    let app = use_app();
    let before = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.core_task.clone()).unwrap_or_default())
    };
    let now_text = move || {
        app.session.with(|s| {
            s.as_ref()
                .map(|s| s.core_task_final.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <section class="phase-view kernen">
            <h2 tabindex="-1">{move || phase_name(Phase::Kernen, app.lang.get())}</h2>
            <p class="lead">{move || app.t(Msg::KernenIntro)}</p>
            <div class="kernen-columns">
                <div class="panel">
                    <h3>{move || app.t(Msg::KernenBefore)}</h3>
                    {move || {
                        let text = before();
                        if text.is_empty() {
                            view! { <p class="help">{move || app.t(Msg::NoCoreTaskAtStart)}</p> }.into_any()
                        } else {
                            view! { <blockquote class="core-task-quote">{text}</blockquote> }.into_any()
                        }
                    }}
                </div>
                <Show when=move || app.audience>
                    <div class="panel">
                        <h3>{move || app.t(Msg::KernenNow)}</h3>
                        <blockquote class="core-task-quote">{now_text}</blockquote>
                    </div>
                </Show>
                <label class="panel" hidden=app.audience>
                    <span class="label">{move || app.t(Msg::KernenNow)}</span>
                    <textarea
                        class="core-task-final"
                        rows="4"
                        maxlength="400"
                        prop:value=now_text
                        on:input:target=move |ev| {
                            let text = ev.target().value();
                            app.play(|s| {
                                s.set_core_task_final(&text);
                                Ok(())
                            });
                        }
                    ></textarea>
                </label>
            </div>
        </section>
    }
}
