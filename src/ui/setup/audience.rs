//! "Dem, vi er her for": the word the cards use for the people the team serves. A list of
//! the usual words, and a word of the facilitator's own, given once in the forms a
//! sentence needs (starting from the word chosen before, so only what differs is typed).

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::audience::capitalised;
use crate::model::limits::MAX_FORM_CHARS;
use crate::model::{Audience, Form, GameSetup, Lang, SetupProblem};
use crate::ui::setup::SetupAlerts;
use crate::ui::state::use_app;

/// The form's label: the form as the default word has it, which says more to a
/// facilitator than a grammar term.
fn form_example(form: Form, lang: Lang) -> String {
    Audience::Borger.form(form, lang)
}

/// Which word the cards use: the usual ones, or the facilitator's own. Sits with the
/// deck, since it is the cards that say it.
#[component]
pub fn AudienceWord() -> impl IntoView {
    let app = use_app();
    let setup = app.setup;
    let chosen_key = move || setup.with(|s| s.audience.key());
    let choose = move |key: String| {
        setup.update(|s| {
            s.audience = match Audience::BUILT_IN.iter().find(|a| a.key() == key) {
                Some(word) => word.clone(),
                None => s.audience.as_own(),
            }
        })
    };
    view! {
        <label class="audience-word">
            <span class="label">{app.tr(Msg::AudienceLabel)}</span>
            <select on:change:target=move |ev| choose(ev.target().value())>
                {Audience::BUILT_IN
                    .iter()
                    .map(|word| {
                        let key = word.key();
                        let name = move || capitalised(&word.form(Form::Plural, app.lang.get()));
                        view! { <option value=key selected=move || chosen_key() == key>{name}</option> }
                    })
                    .collect_view()}
                <option value="own" selected=move || chosen_key() == "own">{app.tr(Msg::AudienceOwn)}</option>
            </select>
        </label>
    }
}

/// The facilitator's own word, given once in its forms, under the setup's columns when
/// "Et andet ord …" is chosen; with an example of a card that uses it.
#[component]
pub fn OwnWordChoice(
    setup: RwSignal<GameSetup>,
    problems: Memo<Vec<SetupProblem>>,
    tried: ReadSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let is_own = move || setup.with(|s| matches!(s.audience, Audience::Own(_)));
    let example = move || {
        let lang = app.lang.get();
        let word = setup.with(|s| s.audience.form(Form::PluralDefinite, lang));
        fill(app.t(Msg::AudienceExample), &[("word", &word)])
    };
    let invalid = Signal::derive(move || {
        tried.get()
            && problems.with(|all| {
                all.iter()
                    .any(|p| matches!(p, SetupProblem::AudienceForms(_)))
            })
    });
    view! {
        <Show when=is_own>
            <fieldset class="own-word">
                <legend>{app.tr(Msg::AudienceHeading)}</legend>
                <OwnWordForms setup invalid/>
                <p class="help audience-example">{example}</p>
                <SetupAlerts problems tried which=|p| matches!(p, SetupProblem::AudienceForms(_))/>
            </fieldset>
        </Show>
    }
}

/// The facilitator's own word: six Danish forms and two English ones.
#[component]
fn OwnWordForms(setup: RwSignal<GameSetup>, invalid: Signal<bool>) -> impl IntoView {
    let app = use_app();
    let danish = Form::ALL
        .into_iter()
        .map(|form| {
            let value = move || {
                setup.with(|s| match &s.audience {
                    Audience::Own(word) => word.da.get(form).to_string(),
                    _ => String::new(),
                })
            };
            let missing =
                move || invalid.get() && setup.with(|s| s.audience.missing_forms().contains(&form));
            view! {
                <label class="form-field">
                    <span class="label">{form_example(form, Lang::Da)}</span>
                    <input
                        type="text"
                        maxlength=MAX_FORM_CHARS
                        lang="da"
                        prop:value=value
                        aria-invalid=move || missing().then_some("true")
                        on:input:target=move |ev| setup.update(|s| {
                            if let Audience::Own(word) = &mut s.audience {
                                *word.da.get_mut(form) = ev.target().value();
                            }
                        })
                    />
                </label>
            }
        })
        .collect_view();
    let english = [true, false]
        .into_iter()
        .map(|singular| {
            let label = if singular { "a citizen" } else { "citizens" };
            let value = move || {
                setup.with(|s| match &s.audience {
                    Audience::Own(word) if singular => word.en.singular.clone(),
                    Audience::Own(word) => word.en.plural.clone(),
                    _ => String::new(),
                })
            };
            view! {
                <label class="form-field">
                    <span class="label">{label}</span>
                    <input
                        type="text"
                        maxlength=MAX_FORM_CHARS
                        lang="en"
                        prop:value=value
                        on:input:target=move |ev| setup.update(|s| {
                            if let Audience::Own(word) = &mut s.audience {
                                let field = if singular { &mut word.en.singular } else { &mut word.en.plural };
                                *field = ev.target().value();
                            }
                        })
                    />
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="own-word-fields">
            <p class="help">{app.tr(Msg::AudienceOwnHelp)}</p>
            <div class="own-word-forms" lang="da">{danish}</div>
            <p class="help">{app.tr(Msg::AudienceOwnEnglish)}</p>
            <div class="own-word-forms" lang="en">{english}</div>
        </div>
    }
}
