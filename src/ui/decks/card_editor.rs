//! Writing a new card or mending one: its category, its kind of question, the text in
//! the deck's languages and an optional hint. Saved only when the deck stays playable.

use leptos::prelude::*;

use crate::i18n::{deck_kind_name, deck_problem_text, deck_problem_what, fill, form_name, Msg};
use crate::model::audience::placeholder_names;
use crate::model::{Card, CardForm, DeckKind, DeckProblem, Lang, LocalText, ProblemAt};

use crate::model::limits::{MAX_CARD_TEXT_CHARS, MAX_HINT_CHARS};
use crate::ui::browser::focus::focus_first;
use crate::ui::decks::screen_state::{try_edit, use_deck_screen};
use crate::ui::state::use_app;
use crate::ui::widgets::modal::Modal;

#[component]
pub fn CardEditor() -> impl IntoView {
    let app = use_app();
    let screen = use_deck_screen();
    let Some((card, is_new)) = screen.editing.get_untracked() else {
        return ().into_any();
    };
    let id = card.id.clone();
    let kind = RwSignal::new(card.kind);
    let form = RwSignal::new(card.form);
    let text = RwSignal::new(card.text.clone());
    let hint = RwSignal::new(card.hint.clone().unwrap_or_default());
    let problems = RwSignal::new(Vec::<DeckProblem>::new());
    let has_english = move || screen.deck.with(|d| d.languages.contains(&Lang::En));
    // The placeholders, written as this language writes them.
    let placeholder_help = move || {
        let lang = app.lang.get();
        let mut names: Vec<String> = placeholder_names(lang)
            .map(|n| format!("{{{n}}}"))
            .collect();
        let wording = names.pop().unwrap_or_default();
        fill(
            app.t(Msg::PlaceholderHelp),
            &[("forms", &names.join(", ")), ("wording", &wording)],
        )
    };
    let close = move || screen.editing.set(None);

    let save = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let hint = hint.get_untracked();
            let has_english_now = screen
                .deck
                .with_untracked(|d| d.languages.contains(&Lang::En));
            let card = Card {
                id: id.clone(),
                kind: kind.get_untracked(),
                form: form.get_untracked(),
                text: text.get_untracked(),
                // A hint exists when it has text the deck shows; a hidden English hint
                // of a Danish-only deck does not keep an emptied hint alive.
                hint: (!hint.da.trim().is_empty() || has_english_now && !hint.en.trim().is_empty())
                    .then_some(hint),
            };
            let kind = card.kind;
            match try_edit(app, |deck| deck.put_card(card)) {
                Ok(()) => {
                    close();
                    screen.kind.set(kind);
                    screen.tell(app.t(Msg::DeckSaved).to_string());
                    focus_first(format!("[data-card='{id}'] .edit"));
                }
                Err(found) if found.is_empty() => close(),
                Err(found) => problems.set(found),
            }
        }
    };
    let title = move || {
        app.t(if is_new {
            Msg::NewCard
        } else {
            Msg::EditCardHeading
        })
        .to_string()
    };
    let messages = {
        let id = id.clone();
        move || {
            let lang = app.lang.get();
            problems.with(|all| {
                all.iter()
                    .map(|p| match &p.at {
                        ProblemAt::Card { id: at, .. } if *at == id => {
                            deck_problem_what(&p.kind, lang)
                        }
                        _ => deck_problem_text(p, lang),
                    })
                    .collect::<Vec<_>>()
            })
        }
    };

    view! {
        <Modal title=Signal::derive(title) on_close=move |_| close() class="card-editor">
            <form on:submit=save novalidate>
                <div class="editor-row">
                    <label>
                        <span class="label">{app.tr(Msg::FieldKind)}</span>
                        <select on:change:target=move |ev| {
                            if let Some(k) = DeckKind::from_key(&ev.target().value()) {
                                kind.set(k);
                            }
                        }>
                            {DeckKind::ALL.into_iter().map(|k| view! {
                                <option value=k.key() selected=move || kind.get() == k>
                                    {move || deck_kind_name(k, app.lang.get())}
                                </option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label>
                        <span class="label">{app.tr(Msg::FieldForm)}</span>
                        <select on:change:target=move |ev| {
                            if let Some(f) = CardForm::from_key(&ev.target().value()) {
                                form.set(f);
                            }
                        }>
                            {CardForm::ALL.into_iter().map(|f| view! {
                                <option value=f.key() selected=move || form.get() == f>
                                    {move || form_name(f, app.lang.get())}
                                </option>
                            }).collect_view()}
                        </select>
                    </label>
                </div>
                <p class="help placeholder-help">{placeholder_help}</p>
                <TextField label=Msg::FieldQuestionDa text lang=Lang::Da max=MAX_CARD_TEXT_CHARS class="question-da"/>
                <Show when=has_english>
                    <TextField label=Msg::FieldQuestionEn text lang=Lang::En max=MAX_CARD_TEXT_CHARS class="question-en"/>
                </Show>
                <TextField label=Msg::FieldHintDa text=hint lang=Lang::Da max=MAX_HINT_CHARS class="hint-da"/>
                <Show when=has_english>
                    <TextField label=Msg::FieldHintEn text=hint lang=Lang::En max=MAX_HINT_CHARS class="hint-en"/>
                </Show>
                <ul class="row-problems editor-problems" role="alert">
                    {move || messages().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                </ul>
                <div class="dialog-actions">
                    <button type="button" class="secondary" on:click=move |_| close()>
                        {app.tr(Msg::Cancel)}
                    </button>
                    <button type="submit" class="primary save-card">{app.tr(Msg::SaveCard)}</button>
                </div>
            </form>
        </Modal>
    }
    .into_any()
}

/// One language of a card's text, as a labelled text area.
#[component]
fn TextField(
    label: Msg,
    text: RwSignal<LocalText>,
    lang: Lang,
    max: usize,
    class: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <label class=format!("editor-text {class}")>
            <span class="label">{move || app.t(label)}</span>
            <textarea
                rows="3"
                lang=lang.code()
                maxlength=max.to_string()
                prop:value=move || text.with(|t| t.get_exact(lang).to_string())
                on:input:target=move |ev| text.update(|t| *t.get_exact_mut(lang) = ev.target().value())
            ></textarea>
        </label>
    }
}
