//! Thousands of damaged session and deck files: opening one never panics, and each
//! refusal comes with a message a facilitator can read. Whatever still opens survives
//! a save and load unchanged.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kernespillet::i18n::{deck_problem_text, load_error_text};
use kernespillet::model::{Deck, DeckKind, Lang, Session};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;

/// A game on a deck cut to the fewest cards a game may have, so each of the thousands
/// of loads stays cheap; the real fixtures are mixed in below.
fn small_session() -> Session {
    let deck = standard_deck();
    let mut setup = setup(3);
    let mut kept: Vec<DeckKind> = Vec::new();
    for card in &deck.cards {
        let need = if matches!(card.kind, DeckKind::Category(_)) {
            3
        } else {
            1
        };
        if kept.iter().filter(|k| **k == card.kind).count() < need {
            kept.push(card.kind);
        } else {
            setup.cards_off.insert(card.id.clone());
        }
    }
    let mut session = Session::new(&setup, &deck, 11, NOW).unwrap();
    session.advance_phase(NOW).unwrap();
    session.advance_phase(NOW).unwrap();
    for pick in 0..12 {
        step(&mut session, pick);
    }
    session
}

/// One way to damage a file.
#[derive(Clone, Debug)]
enum Damage {
    /// Cut off after this fraction of the text (a half-written save).
    Truncate(f64),
    /// Overwrite the character at this fraction with `c`.
    Garble(f64, char),
    /// Replace the value found by walking `path` (each step picks a child) with `value`.
    Replace(Vec<usize>, Value),
    /// Remove the entry found by walking `path` from its object or array.
    Remove(Vec<usize>),
}

fn hostile_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(Value::from(u64::MAX)),
        Just(Value::from(-1)),
        Just(Value::from(1e300)),
        ".{0,12}".prop_map(Value::from),
        Just(Value::from("<img src=x onerror=alert(1)>")),
        Just(Value::from("x".repeat(5000))),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn damage() -> impl Strategy<Value = Damage> {
    let path = proptest::collection::vec(any::<usize>(), 1..6);
    prop_oneof![
        1 => (0.0..1.0f64).prop_map(Damage::Truncate),
        1 => (0.0..1.0f64, prop_oneof![Just('{'), Just('"'), Just(']'), Just(','), Just('9'), Just('\\'), any::<char>()])
            .prop_map(|(at, c)| Damage::Garble(at, c)),
        4 => (path.clone(), hostile_value()).prop_map(|(p, v)| Damage::Replace(p, v)),
        2 => path.prop_map(Damage::Remove),
    ]
}

/// The parent container of the node `path` leads to, and that node's key or index.
fn walk<'a>(
    mut node: &'a mut Value,
    path: &[usize],
) -> Option<(&'a mut Value, Result<String, usize>)> {
    let (last, steps) = path.split_last()?;
    for step in steps {
        let next_is_container = match &*node {
            Value::Object(map) if !map.is_empty() => {
                let key = map.keys().nth(step % map.len()).unwrap().clone();
                map[&key].is_object() || map[&key].is_array()
            }
            Value::Array(items) if !items.is_empty() => {
                let i = step % items.len();
                items[i].is_object() || items[i].is_array()
            }
            _ => false,
        };
        if !next_is_container {
            break;
        }
        node = match node {
            Value::Object(map) => {
                let key = map.keys().nth(step % map.len()).unwrap().clone();
                map.get_mut(&key).unwrap()
            }
            Value::Array(items) => {
                let i = step % items.len();
                &mut items[i]
            }
            _ => unreachable!(),
        };
    }
    let at = match &*node {
        Value::Object(map) if !map.is_empty() => {
            Ok(map.keys().nth(last % map.len()).unwrap().clone())
        }
        Value::Array(items) if !items.is_empty() => Err(last % items.len()),
        _ => return None,
    };
    Some((node, at))
}

fn apply(text: &str, damage: &Damage) -> String {
    let at = |fraction: f64| {
        let chars = text.chars().count();
        ((chars as f64 * fraction) as usize).min(chars.saturating_sub(1))
    };
    match damage {
        Damage::Truncate(f) => text.chars().take(at(*f)).collect(),
        Damage::Garble(f, c) => {
            let i = at(*f);
            text.chars()
                .enumerate()
                .map(|(n, old)| if n == i { *c } else { old })
                .collect()
        }
        Damage::Replace(path, _) | Damage::Remove(path) => {
            let mut json: Value = serde_json::from_str(text).unwrap();
            if let Some((parent, at)) = walk(&mut json, path) {
                match (parent, at, damage) {
                    (Value::Object(map), Ok(key), Damage::Replace(..)) => {
                        map[&key] = value_of(damage);
                    }
                    (Value::Object(map), Ok(key), _) => {
                        map.remove(&key);
                    }
                    (Value::Array(items), Err(i), Damage::Replace(..)) => {
                        items[i] = value_of(damage);
                    }
                    (Value::Array(items), Err(i), _) => {
                        items.remove(i);
                    }
                    _ => {}
                }
            }
            json.to_string()
        }
    }
}

fn value_of(damage: &Damage) -> Value {
    match damage {
        Damage::Replace(_, value) => value.clone(),
        _ => Value::Null,
    }
}

/// Words of serde_json's own messages, which must never show in a Danish refusal.
const PARSER_WORDS: [&str; 6] = [
    "EOF",
    "expected",
    "invalid",
    "missing field",
    "column",
    " at line",
];

/// A refusal is a few sentences, and quotes no more than 60 characters of any value:
/// the hostile values include a 5000-character string, which must not come back.
fn assert_short_and_quoting_little(message: &str) {
    assert!(
        message.chars().count() <= 400,
        "{} characters",
        message.chars().count()
    );
    assert!(!message.contains(&"x".repeat(61)), "repeats a long value");
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn damaged_session_files_are_refused_with_a_message_and_never_panic() {
    let small = small_session().to_json();
    let fixtures = [
        small.as_str(),
        include_str!("fixtures/session-v1.json"),
        include_str!("fixtures/session-v2.json"),
        include_str!("fixtures/session-v3.json"),
    ];
    let refused = std::cell::Cell::new(0u32);
    let longest = std::cell::Cell::new(0usize);
    // Mostly the small game (fast); one in 25 from a real file of each version.
    let strategy = (0usize..75, damage());
    runner(6500)
        .run(&strategy, |(pick, damage)| {
            let original = fixtures[pick.saturating_sub(71)];
            let text = apply(original, &damage);
            match Session::from_json(&text) {
                Err(error) => {
                    refused.set(refused.get() + 1);
                    for lang in [Lang::Da, Lang::En] {
                        let message = load_error_text(&error, lang);
                        prop_assert!(message.len() > 20, "a real sentence: {message}");
                        assert_short_and_quoting_little(&message);
                        longest.set(longest.get().max(message.chars().count()));
                    }
                    let danish = load_error_text(&error, Lang::Da);
                    for english in PARSER_WORDS {
                        prop_assert!(!danish.contains(english), "English in Danish: {danish}");
                    }
                }
                Ok(session) => {
                    prop_assert_eq!(Session::from_json(&session.to_json()), Ok(session));
                }
            }
            Ok(())
        })
        .unwrap();
    let refused = refused.get();
    println!(
        "{refused} of 6500 damaged session files refused, {} opened, none crashed; \
         the longest message has {} characters",
        6500 - refused,
        longest.get()
    );
    assert!(
        refused >= 5000,
        "only {refused} of 6500 damaged files were refused"
    );
}

#[test]
fn damaged_deck_files_are_refused_with_a_message_and_never_panic() {
    let deck = small_session().deck;
    let files = [deck.to_json(), STANDARD_DECK.to_string()];
    let refused = std::cell::Cell::new(0u32);
    runner(6000)
        .run(&(0usize..20, damage()), |(pick, damage)| {
            let original = &files[usize::from(pick == 0)];
            let text = apply(original, &damage);
            match Deck::from_json(&text) {
                Err(problems) => {
                    refused.set(refused.get() + 1);
                    prop_assert!(!problems.is_empty());
                    for problem in &problems {
                        let message = deck_problem_text(problem, Lang::Da);
                        prop_assert!(message.len() > 10, "a real sentence: {message}");
                        assert_short_and_quoting_little(&message);
                    }
                }
                Ok(deck) => {
                    prop_assert_eq!(Deck::from_json(&deck.to_json()), Ok(deck));
                }
            }
            Ok(())
        })
        .unwrap();
    let refused = refused.get();
    println!("{refused} of 6000 damaged deck files refused");
    assert!(
        refused >= 5000,
        "only {refused} of 6000 damaged files were refused"
    );
}
