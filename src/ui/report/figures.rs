//! The report's pictures, each a figure with its caption, the SVG, and a list of
//! sentences that says the same for a screen reader (the SVG itself is hidden from it).

use leptos::prelude::*;

use crate::i18n::{category_name, fill, Msg};
use crate::model::report::Report;
use crate::model::{Category, Lang, Team};
use crate::ui::report::bars::{Bar, BarChart, BarRow};
use crate::ui::report::counts::{count, Counted};
use crate::ui::report::timeline::{phase_sentence, Timeline};
use crate::ui::report::wheel::{category_sentence, Wheel};
use crate::ui::widgets::palette::category_fill;

/// How many ideas the vote's chart shows; the rest are counted under it.
const VOTES_SHOWN: usize = 8;

/// A figure with its caption, picture and text alternative.
#[component]
fn Figure(
    class: &'static str,
    caption: &'static str,
    sentences: Vec<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <figure class=format!("report-figure {class}")>
            <figcaption>{caption}</figcaption>
            {children()}
            <ul class="visually-hidden">
                {sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
            </ul>
        </figure>
    }
}

#[component]
pub fn Figures(figures: Report, teams: Vec<Team>, lang: Lang) -> impl IntoView {
    let wheel_sentences: Vec<String> = figures
        .categories
        .iter()
        .map(|c| category_sentence(c, &teams, lang))
        .chain((figures.other_cards > 0).then(|| {
            fill(
                Msg::ReportWheelOther.get(lang),
                &[("n", &figures.other_cards.to_string())],
            )
        }))
        .collect();
    let mut time_sentences: Vec<String> = figures
        .phases
        .iter()
        .filter(|p| !p.skipped)
        .map(|p| phase_sentence(p, lang))
        .collect();
    if !figures.timed {
        time_sentences.insert(0, Msg::ReportTimeNotKept.get(lang).to_string());
    }
    let team_rows: Vec<BarRow> = teams
        .iter()
        .zip(&figures.teams)
        .map(|(team, f)| BarRow {
            label: team.name.clone(),
            bars: vec![
                Bar {
                    value: f.cards,
                    text: count(f.cards, Counted::Cards, lang),
                    class: "cards",
                    fill: None,
                },
                Bar {
                    value: f.ideas,
                    text: format!(
                        "{} · {}",
                        count(f.ideas, Counted::Ideas, lang),
                        count(f.wedges.len() as u32, Counted::Pieces, lang)
                    ),
                    class: "ideas",
                    fill: None,
                },
            ],
            strong: false,
        })
        .collect();
    let team_sentences: Vec<String> = teams
        .iter()
        .zip(&figures.teams)
        .map(|(team, f)| {
            fill(
                Msg::ReportTeamAlt.get(lang),
                &[
                    ("team", &team.name),
                    ("cards", &count(f.cards, Counted::Cards, lang)),
                    ("ideas", &count(f.ideas, Counted::Ideas, lang)),
                    (
                        "wedges",
                        &count(f.wedges.len() as u32, Counted::Pieces, lang),
                    ),
                ],
            )
        })
        .collect();
    let mut category_rows: Vec<(String, u32)> = figures
        .categories
        .iter()
        .map(|c| (category_name(c.category, lang).to_string(), c.ideas))
        .collect();
    if figures.ideas_without_category > 0 {
        category_rows.push((
            Msg::ReportWithoutCategory.get(lang).to_string(),
            figures.ideas_without_category,
        ));
    }
    let category_sentences: Vec<String> = category_rows
        .iter()
        .map(|(name, n)| {
            fill(
                Msg::ReportCategoryAlt.get(lang),
                &[
                    ("category", name),
                    ("ideas", &count(*n, Counted::Ideas, lang)),
                ],
            )
        })
        .collect();
    let category_rows: Vec<BarRow> = category_rows
        .into_iter()
        .zip(
            Category::ALL
                .iter()
                .map(|c| Some(category_fill(*c)))
                .chain([None]),
        )
        .map(|((label, n), fill)| BarRow {
            label,
            bars: vec![Bar {
                value: n,
                text: count(n, Counted::Ideas, lang),
                class: "category",
                fill,
            }],
            strong: false,
        })
        .collect();
    let voted: Vec<_> = figures
        .votes
        .iter()
        .filter(|v| v.votes > 0)
        .cloned()
        .collect();
    let vote_sentences: Vec<String> = voted
        .iter()
        .map(|v| {
            let mut sentence = fill(
                Msg::ReportVoteAlt.get(lang),
                &[
                    ("idea", &v.text),
                    ("votes", &count(v.votes, Counted::Votes, lang)),
                ],
            );
            if let Some(n) = v.activity {
                sentence += &format!(
                    " ({})",
                    fill(
                        Msg::ReportBecameActivity.get(lang),
                        &[("n", &n.to_string())]
                    )
                );
            }
            sentence
        })
        .collect();
    let more = voted.len().saturating_sub(VOTES_SHOWN);
    let vote_rows: Vec<BarRow> = voted
        .iter()
        .take(VOTES_SHOWN)
        .map(|v| {
            let mut text = count(v.votes, Counted::Votes, lang);
            if let Some(n) = v.activity {
                text += &format!(
                    " · {}",
                    fill(Msg::ReportActivityMark.get(lang), &[("n", &n.to_string())])
                );
            }
            BarRow {
                label: v.text.clone(),
                bars: vec![Bar {
                    value: v.votes,
                    text,
                    class: if v.activity.is_some() {
                        "chosen"
                    } else {
                        "votes"
                    },
                    fill: None,
                }],
                strong: v.activity.is_some(),
            }
        })
        .collect();
    view! {
        <div class="report-figures">
            <Figure class="figure-wheel" caption=Msg::ReportWheel.get(lang) sentences=wheel_sentences>
                <Wheel categories=figures.categories.clone() teams=teams.clone() lang/>
            </Figure>
            <Figure class="figure-time" caption=Msg::ReportTime.get(lang) sentences=time_sentences>
                <Timeline phases=figures.phases.clone() lang/>
                {(!figures.timed).then(|| view! { <p class="figure-note">{Msg::ReportTimeNotKept.get(lang)}</p> })}
            </Figure>
            <Figure class="figure-teams" caption=Msg::ReportTeams.get(lang) sentences=team_sentences>
                <BarChart rows=team_rows/>
            </Figure>
            <Figure class="figure-categories" caption=Msg::ReportCategories.get(lang) sentences=category_sentences>
                <BarChart rows=category_rows/>
            </Figure>
            <Figure class="figure-votes" caption=Msg::ReportVote.get(lang) sentences=vote_sentences>
                {if vote_rows.is_empty() {
                    view! { <p class="figure-note">{Msg::ReportNoVotes.get(lang)}</p> }.into_any()
                } else {
                    view! { <BarChart rows=vote_rows/> }.into_any()
                }}
                {(more > 0).then(|| view! {
                    <p class="figure-note">{fill(Msg::ReportVotesMore.get(lang), &[("n", &more.to_string())])}</p>
                })}
            </Figure>
        </div>
    }
}
