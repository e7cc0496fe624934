//! How long the session is: by the number of players (two hours, or three with more
//! than six), or as the facilitator chooses.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::team::{LONG_SESSION_MINUTES, SHORT_SESSION_MINUTES};
use crate::model::{GameSetup, SetupProblem};
use crate::ui::setup::SetupAlerts;
use crate::ui::state::use_app;

/// Two hours, or three with more than six players; the facilitator may choose.
#[component]
pub fn DurationChoice(
    setup: RwSignal<GameSetup>,
    problems: Memo<Vec<SetupProblem>>,
    tried: ReadSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let options = [
        (None, "auto"),
        (Some(SHORT_SESSION_MINUTES), "120"),
        (Some(LONG_SESSION_MINUTES), "180"),
    ];
    view! {
        <fieldset class="duration">
            <legend>{app.tr(Msg::DurationHeading)}</legend>
            {options
                .into_iter()
                .map(|(minutes, value)| {
                    let label = move || match minutes {
                        None => fill(
                            app.t(Msg::DurationAuto),
                            &[("hours", &(setup.with(|s| s.recommended_minutes()) / 60).to_string())],
                        ),
                        Some(SHORT_SESSION_MINUTES) => app.t(Msg::TwoHours).to_string(),
                        Some(_) => app.t(Msg::ThreeHours).to_string(),
                    };
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="duration"
                                value=value
                                prop:checked=move || setup.with(|s| s.duration_minutes == minutes)
                                on:change=move |_| setup.update(|s| s.duration_minutes = minutes)
                            />
                            <span>{label}</span>
                        </label>
                    }
                })
                .collect_view()}
            <SetupAlerts problems tried which=|p| matches!(p, SetupProblem::Duration(_))/>
        </fieldset>
    }
}
