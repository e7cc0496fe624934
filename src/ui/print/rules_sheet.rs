//! The rules on one A4 page, in plain words: the aim, a turn, the fields (with the
//! icons the board shows), the card round, meeting another team, and the agreements.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::{Category, Lang};
use crate::ui::state::use_app;
use crate::ui::widgets::icons::{
    breather_icon, category_icon, roll_again_icon, shortcut_icon, start_icon,
};
use crate::ui::widgets::palette::{category_fill, category_ink};

/// A field's disc and icon, small, beside its rule.
fn field_badge(fill: &'static str, icon: AnyView, large: bool) -> impl IntoView {
    view! {
        <svg class="rule-icon" class:large=large viewBox="-17 -17 34 34" aria-hidden="true">
            <circle r="15" fill=fill stroke="#111111" stroke-width=if large { "3" } else { "1.5" }/>
            {icon}
        </svg>
    }
}

/// The six categories' fields side by side.
fn category_badges() -> impl IntoView {
    Category::ALL
        .into_iter()
        .map(|c| field_badge(category_fill(c), category_icon(c, category_ink(c)), false))
        .collect_view()
}

fn rule(badges: AnyView, text: Msg, lang: Lang) -> impl IntoView {
    view! {
        <li><span class="rule-badges">{badges}</span><span>{text.get(lang)}</span></li>
    }
}

#[component]
pub fn RulesSheet() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let kernen = Category::Kernen;
        let fields = [
            (category_badges().into_any(), Msg::PrintRulesCategory),
            (
                field_badge(
                    category_fill(kernen),
                    category_icon(kernen, category_ink(kernen)),
                    true,
                )
                .into_any(),
                Msg::PrintRulesHq,
            ),
            (
                field_badge("#ffffff", category_icon(kernen, "#0072B2"), true).into_any(),
                Msg::PrintRulesHub,
            ),
            (
                field_badge("#ffffff", start_icon().into_any(), false).into_any(),
                Msg::PrintRulesStart,
            ),
            (
                field_badge("#ffffff", breather_icon().into_any(), false).into_any(),
                Msg::PrintRulesBreather,
            ),
            (
                field_badge("#ffffff", shortcut_icon().into_any(), false).into_any(),
                Msg::PrintRulesShortcut,
            ),
            (
                field_badge("#ffffff", roll_again_icon().into_any(), false).into_any(),
                Msg::PrintRulesRollAgain,
            ),
        ]
        .into_iter()
        .map(|(badges, text)| rule(badges, text, lang))
        .collect_view();
        let list = |items: &[Msg]| {
            items
                .iter()
                .map(|m| view! { <li>{m.get(lang)}</li> })
                .collect_view()
        };
        view! {
            <div class="sheet sheet-a4 rules-sheet">
                <h2>{Msg::PrintRulesHeading.get(lang)}</h2>
                <p class="rules-goal">{Msg::PrintRulesGoal.get(lang)}</p>
                <h3>{Msg::PrintRulesTurnHeading.get(lang)}</h3>
                <ol>
                    {list(&[
                        Msg::PrintRulesTurn1,
                        Msg::PrintRulesTurn2,
                        Msg::PrintRulesTurn3,
                        Msg::PrintRulesTurn4,
                        Msg::PrintRulesTurn5,
                    ])}
                </ol>
                <h3>{Msg::PrintRulesFieldsHeading.get(lang)}</h3>
                <ul class="rule-fields">{fields}</ul>
                <h3>{Msg::PrintRulesRoundHeading.get(lang)}</h3>
                <ol>{list(&[Msg::PrintRulesRound1, Msg::PrintRulesRound2, Msg::PrintRulesRound3])}</ol>
                <p>{Msg::PrintRulesMeet.get(lang)}</p>
                <p>{Msg::PrintRulesEnd.get(lang)}</p>
                <h3>{Msg::RulesHeading.get(lang)}</h3>
                <ul>{list(&[Msg::Rule1, Msg::Rule2, Msg::Rule3, Msg::Rule4])}</ul>
            </div>
        }
    }
}
