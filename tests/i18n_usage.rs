//! The code that shows messages agrees with the message list: every `fill` gives a
//! template exactly the placeholders it has (none left showing as `{name}`, none given
//! for nothing), a template with placeholders is never shown unfilled, and every message
//! is shown somewhere. Read from the sources, so a message handed around as a value
//! (and filled out of sight) fails here too: fill each one where its `Msg::X` is written.
#![cfg(not(target_arch = "wasm32"))]

mod rust_source;

use std::collections::{BTreeMap, BTreeSet};

use kernespillet::i18n::Msg;
use kernespillet::model::Lang;
use rust_source::fills::{read_sources, read_text, Sources};

/// The message list itself: its keys are not uses.
const LIST: &str = "i18n/messages.rs";

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

fn messages() -> BTreeMap<String, Msg> {
    Msg::ALL.iter().map(|m| (format!("{m:?}"), *m)).collect()
}

#[test]
fn every_fill_gives_its_template_exactly_the_placeholders_it_has() {
    let messages = messages();
    let sources = read_sources(LIST);
    assert!(sources.fills.len() > 50, "the fills were found");
    let mut wrong = Vec::new();
    for fill in &sources.fills {
        let Some(keys) = &fill.keys else {
            wrong.push(format!(
                "{}: the values are not a list of (\"key\", value)",
                fill.at
            ));
            continue;
        };
        let given: BTreeSet<String> = keys.iter().cloned().collect();
        if given.len() != keys.len() {
            wrong.push(format!("{}: a key is given twice: {keys:?}", fill.at));
        }
        let mut templates: Vec<(String, BTreeSet<String>)> = Vec::new();
        for name in &fill.messages {
            match messages.get(name) {
                Some(msg) => {
                    templates.push((format!("Msg::{name}"), placeholders(msg.get(Lang::Da))))
                }
                None => wrong.push(format!("{}: no message Msg::{name}", fill.at)),
            }
        }
        if fill.messages.is_empty() {
            templates.extend(
                fill.literals
                    .iter()
                    .map(|l| (format!("{l:?}"), placeholders(l))),
            );
        }
        if templates.is_empty() {
            wrong.push(format!(
                "{}: the template is not written in the call (fill it where its Msg::X is named)",
                fill.at
            ));
        }
        for (template, wanted) in templates {
            if wanted != given {
                wrong.push(format!(
                    "{}: {template} has {wanted:?}, given {given:?}",
                    fill.at
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_message_with_placeholders_is_only_shown_through_fill() {
    let messages = messages();
    let wrong: Vec<String> = read_sources(LIST)
        .uses
        .iter()
        .filter(|u| !u.filled)
        .filter_map(|u| {
            let wanted = placeholders(messages.get(&u.name)?.get(Lang::Da));
            (!wanted.is_empty()).then(|| {
                format!(
                    "{}: Msg::{} has {wanted:?} but is not filled there",
                    u.at, u.name
                )
            })
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_message_is_used_in_the_sources() {
    let used: BTreeSet<String> = read_sources(LIST)
        .uses
        .into_iter()
        .map(|u| u.name)
        .collect();
    let unknown: Vec<&String> = used
        .iter()
        .filter(|n| !messages().contains_key(*n))
        .collect();
    assert!(unknown.is_empty(), "not in the list: {unknown:?}");
    let dead: Vec<String> = messages()
        .into_keys()
        .filter(|name| !used.contains(name))
        .collect();
    assert!(dead.is_empty(), "never shown: {dead:?}");
}

/// The reader sees code only: a call in a comment or a string is no call, a `)` in a
/// string or a char does not end one, and a call may run over several lines.
#[test]
fn the_source_reader_finds_calls_across_lines_and_skips_comments_and_strings() {
    let text = r##"
        // fill(Msg::Gone, &[("x", "y")])
        let c = '(';
        let t = fill(
            Msg::TurnOf.get(lang), /* ) */
            &[("team", &format!("{}", r#"a)"#)), ("n", &')'.to_string())],
        );
        let s = "fill(Msg::Gone, &[])";
        pub fn fill(template: &str, values: &[(&str, &str)]) -> String { todo!() }
        let plain = Msg::Roll.get(lang);
    "##;
    let mut sources = Sources::default();
    read_text("example.rs", text, &mut sources);
    assert_eq!(sources.fills.len(), 1);
    let fill = &sources.fills[0];
    assert_eq!(fill.at, "example.rs:4");
    assert_eq!(fill.messages, ["TurnOf"]);
    assert_eq!(fill.keys, Some(vec!["team".to_string(), "n".to_string()]));
    let uses: Vec<(&str, bool)> = sources
        .uses
        .iter()
        .map(|u| (u.name.as_str(), u.filled))
        .collect();
    assert_eq!(uses, [("TurnOf", true), ("Roll", false)]);
}
