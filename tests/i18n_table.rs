//! The translation table: every message exists in both languages with the same
//! placeholders, so nothing shows up untranslated or with a raw `{name}`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use kernespillet::i18n::{colour_name, deck_kind_name, form_name, Msg};
use kernespillet::model::{CardForm, DeckKind, Lang, TeamColour};

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

#[test]
fn every_message_has_both_languages_and_the_same_placeholders() {
    for msg in Msg::ALL {
        let (da, en) = (msg.get(Lang::Da), msg.get(Lang::En));
        assert!(
            !da.trim().is_empty() && !en.trim().is_empty(),
            "{msg:?} is empty"
        );
        assert_eq!(
            placeholders(da),
            placeholders(en),
            "{msg:?} placeholders differ"
        );
    }
}

#[test]
fn the_table_lists_every_message_once() {
    let mut seen = Vec::new();
    for msg in Msg::ALL {
        assert!(!seen.contains(msg), "{msg:?} listed twice");
        seen.push(*msg);
    }
    // The Danish and English columns are not copies of each other (a forgotten
    // translation), apart from words that are the same in both languages: the name,
    // "Deadline" and "Tablet", which Danish workplaces say too, and the replay's "Pause"
    // and "Normal" (speed).
    let same: Vec<&Msg> = Msg::ALL
        .iter()
        .filter(|m| m.get(Lang::Da) == m.get(Lang::En))
        .collect();
    assert_eq!(
        same,
        vec![
            &Msg::AppTitle,
            &Msg::DeadlineShort,
            &Msg::TabletBadge,
            &Msg::ReplayPause,
            &Msg::ReplayNormal,
            &Msg::CalendarDeadline,
        ]
    );
}

#[test]
fn names_of_kinds_forms_and_colours_exist_in_both_languages() {
    for lang in Lang::ALL {
        for kind in DeckKind::ALL {
            assert!(!deck_kind_name(kind, lang).is_empty());
        }
        for form in [
            CardForm::Open,
            CardForm::FinishSentence,
            CardForm::Dilemma,
            CardForm::Scale,
            CardForm::Rank,
            CardForm::Action,
        ] {
            assert!(!form_name(form, lang).is_empty());
        }
        for colour in TeamColour::ALL {
            assert!(!colour_name(colour, lang).is_empty());
        }
    }
}
