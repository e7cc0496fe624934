//! A team's notebook as QR codes and as a file: it arrives as written, in any order of
//! its codes, and damaged, foreign, other-version or impossible input is refused with its
//! reason and never panics.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use kernespillet::model::limits::{MAX_IDEA_CHARS, MAX_NOTEBOOK_IDEAS};
use kernespillet::model::Category;
use kernespillet::protocol::handover::{
    pack, read_part, unpack, Collector, HandoverError, Notebook, NotebookIdea, NotebookProblem,
    Scan, MAX_PARTS,
};
use kernespillet::protocol::qr;
use proptest::prelude::*;

/// Ten ideas as a team writes them, one with æøå and quotes.
pub const TEN_IDEAS: [&str; 10] = [
    "Vi starter hvert teammøde med fem minutter om, hvad borgerne har sagt til os i ugen.",
    "Faste makkerpar på tværs af vagterne, så ingen står alene med de svære samtaler.",
    "Et \"stop-gøre\"-møde hver måned: hvad kan vi holde op med, så der bliver tid til kerneopgaven?",
    "Nye kolleger får en fast følgeperson de første tre uger.",
    "Vi spørger borgeren: \"Hvad er vigtigst for dig i dag?\" før vi går i gang.",
    "Overlevering mellem dag og aften på ti minutter, med de samme tre spørgsmål hver gang.",
    "Ledelsen deltager i ét morgenmøde om ugen og lytter mest.",
    "Vi fejrer, når noget lykkes – også de små ting – på tavlen i frokoststuen.",
    "Én fælles mappe til aftaler med pårørende, så ingen skal lede i tre systemer.",
    "Kvartalsvis evaluering af én indsats: virker den, eller skal den stoppes?",
];

pub fn notebook(ideas: &[&str]) -> Notebook {
    Notebook {
        game: Some("18c2f00d-1a2b".into()),
        team: 1,
        team_name: "Ravnene".into(),
        device: "d-k3x9q2m7a1bz".into(),
        ideas: ideas
            .iter()
            .enumerate()
            .map(|(i, text)| NotebookIdea {
                n: i as u32 + 1,
                text: text.to_string(),
                category: Category::ALL.get(i % 7).copied(),
            })
            .collect(),
        votes: BTreeMap::from([(3, 2), (7, 1)]),
    }
}

#[test]
fn ten_ideas_take_few_codes_of_version_ten_at_most() {
    let written = notebook(&TEN_IDEAS);
    let parts = pack(&written);
    let versions: Vec<i16> = parts.iter().map(|p| qr::matrix(p).unwrap().2).collect();
    let chars: Vec<usize> = parts.iter().map(String::len).collect();
    println!(
        "10 ideas: {} codes, versions {versions:?}, characters {chars:?}",
        parts.len()
    );
    assert!(parts.len() <= 3, "{} codes", parts.len());
    assert!(versions.iter().all(|v| *v <= qr::MAX_VERSION));
    assert_eq!(unpack(&parts).unwrap(), written);
}

#[test]
fn the_codes_are_numbered_and_share_one_set_id() {
    let parts = pack(&notebook(&TEN_IDEAS));
    let read: Vec<_> = parts.iter().map(|p| read_part(p).unwrap()).collect();
    for (i, part) in read.iter().enumerate() {
        assert_eq!((part.index, part.total), (i + 1, parts.len()));
        assert_eq!(part.set, read[0].set);
    }
    let other = pack(&notebook(&TEN_IDEAS[..9]));
    assert_ne!(read_part(&other[0]).unwrap().set, read[0].set);
}

#[test]
fn any_order_and_repeats_give_the_notebook_and_a_missing_code_is_named() {
    let written = notebook(&TEN_IDEAS);
    let parts = pack(&written);
    assert!(parts.len() >= 2, "enough text for two codes");
    let mut shuffled: Vec<String> = parts.iter().rev().cloned().collect();
    shuffled.push(parts[0].clone());
    assert_eq!(unpack(&shuffled).unwrap(), written);
    assert_eq!(
        unpack(&parts[1..]),
        Err(HandoverError::Missing {
            total: parts.len(),
            missing: vec![1]
        })
    );
}

#[test]
fn codes_of_two_notebooks_never_mix() {
    let ours = pack(&notebook(&TEN_IDEAS));
    let theirs = pack(&notebook(&TEN_IDEAS[2..]));
    assert_eq!(
        unpack(&[ours[0].clone(), theirs[1].clone()]),
        Err(HandoverError::Mixed)
    );
    // Scanning both at once, each is put together from its own codes.
    let mut collector = Collector::default();
    let mut done = Vec::new();
    let longest = ours.len().max(theirs.len());
    let interleaved = (0..longest)
        .flat_map(|i| [ours.get(i), theirs.get(i)])
        .flatten();
    for text in interleaved {
        if let Scan::Complete(found) = collector.add(text).unwrap() {
            done.push(found);
        }
    }
    assert!(done.contains(&notebook(&TEN_IDEAS)));
    assert!(done.contains(&notebook(&TEN_IDEAS[2..])));
}

#[test]
fn a_collector_counts_each_code_once() {
    let parts = pack(&notebook(&TEN_IDEAS));
    let mut collector = Collector::default();
    assert_eq!(
        collector.add(&parts[0]),
        Ok(Scan::Partial {
            have: 1,
            total: parts.len()
        })
    );
    assert_eq!(
        collector.add(&parts[0]),
        Ok(Scan::Partial {
            have: 1,
            total: parts.len()
        })
    );
    assert_eq!(collector.progress(), Some((1, parts.len())));
    let mut last = None;
    for part in &parts[1..] {
        last = Some(collector.add(part).unwrap());
    }
    assert_eq!(last, Some(Scan::Complete(notebook(&TEN_IDEAS))));
}

#[test]
fn the_version_is_read_first() {
    let parts = pack(&notebook(&TEN_IDEAS));
    let newer = parts[0].replacen("KSNB1:", "KSNB2:", 1);
    assert_eq!(read_part(&newer), Err(HandoverError::Version(2)));
    assert_eq!(read_part("KSNB7:garbage"), Err(HandoverError::Version(7)));
    assert_eq!(
        read_part("https://example.org/"),
        Err(HandoverError::NotANotebook)
    );
    assert_eq!(read_part(""), Err(HandoverError::NotANotebook));
}

#[test]
fn a_damaged_code_is_refused() {
    let parts = pack(&notebook(&TEN_IDEAS[..2]));
    assert_eq!(parts.len(), 1);
    let text = &parts[0];
    let last = text.chars().last().unwrap();
    let swapped = if last == '0' { '1' } else { '0' };
    let damaged = format!("{}{swapped}", &text[..text.len() - 1]);
    assert_eq!(unpack(&[damaged]), Err(HandoverError::Damaged));
    let cut = &text[..text.len() - 7];
    assert_eq!(unpack(&[cut]), Err(HandoverError::Damaged));
    assert_eq!(
        unpack(&["KSNB1:0000ABCD:1/1:lower case"]),
        Err(HandoverError::Damaged)
    );
    assert_eq!(
        read_part("KSNB1:0000ABCD:1/99:AB"),
        Err(HandoverError::TooLarge)
    );
    assert_eq!(
        read_part("KSNB1:0000ABCD:3/2:AB"),
        Err(HandoverError::Damaged)
    );
    assert_eq!(
        read_part(&format!("KSNB1:0000ABCD:1/1:{}", "A".repeat(5000))),
        Err(HandoverError::TooLarge)
    );
}

#[test]
fn a_file_carries_the_notebook_and_says_what_it_is() {
    let written = notebook(&TEN_IDEAS);
    let file = written.to_file();
    assert!(file.contains("\"format\": \"kernespillet-notebook\""));
    assert!(file.contains("\"version\": 1"));
    assert_eq!(Notebook::from_file(&file), Ok(written));
}

#[test]
fn a_bad_file_is_refused_with_its_reason() {
    let file = notebook(&TEN_IDEAS).to_file();
    let cases = [
        ("", HandoverError::NotANotebook),
        (
            "{\"format\":\"kernespillet-deck\",\"version\":1}",
            HandoverError::NotANotebook,
        ),
        (&file[..file.len() / 2], HandoverError::NotANotebook),
        (
            &file.replace("\"version\": 1", "\"version\": 9"),
            HandoverError::Version(9),
        ),
        (
            &file.replace("\"version\": 1", "\"version\": \"1\""),
            HandoverError::Damaged,
        ),
        (
            &file.replace("\"team\": 1", "\"team\": 6"),
            HandoverError::Invalid(NotebookProblem::Team),
        ),
        (
            &file.replace("\"team\": 1", "\"team\": -1"),
            HandoverError::Damaged,
        ),
        (
            &file.replace("d-k3x9q2m7a1bz", "D K"),
            HandoverError::Invalid(NotebookProblem::Device),
        ),
        (
            &file.replace("18c2f00d-1a2b", "<script>"),
            HandoverError::Invalid(NotebookProblem::Game),
        ),
        (
            &file.replace("\"n\": 2", "\"n\": 1"),
            HandoverError::Invalid(NotebookProblem::IdeaNumber(1)),
        ),
        (
            &file.replace("\"n\": 2", "\"n\": 0"),
            HandoverError::Invalid(NotebookProblem::IdeaNumber(0)),
        ),
        (
            &file.replace("\"3\": 2", "\"0\": 2"),
            HandoverError::Invalid(NotebookProblem::Votes),
        ),
        (
            &file.replace("\"3\": 2", "\"3\": 0"),
            HandoverError::Invalid(NotebookProblem::Votes),
        ),
        (
            &file.replace("\"3\": 2", "\"3\": 4294967295"),
            HandoverError::Invalid(NotebookProblem::Votes),
        ),
        (&" ".repeat(300_000), HandoverError::TooLarge),
    ];
    for (text, expected) in cases {
        assert_eq!(
            Notebook::from_file(text),
            Err(expected.clone()),
            "{expected:?}"
        );
    }
    let mut long = notebook(&TEN_IDEAS);
    long.ideas[4].text = "x".repeat(MAX_IDEA_CHARS + 1);
    assert_eq!(
        Notebook::from_file(&long.to_file()),
        Err(HandoverError::Invalid(NotebookProblem::IdeaText(5)))
    );
    long.ideas[4].text = "   ".into();
    assert_eq!(
        Notebook::from_file(&long.to_file()),
        Err(HandoverError::Invalid(NotebookProblem::IdeaText(5)))
    );
}

#[test]
fn a_full_notebook_still_fits_its_codes() {
    let ideas: Vec<String> = (0..MAX_NOTEBOOK_IDEAS)
        .map(|i| format!("{i}: {}", TEN_IDEAS[i % 10]))
        .collect();
    let refs: Vec<&str> = ideas.iter().map(String::as_str).collect();
    let parts = pack(&notebook(&refs));
    assert!(parts.len() <= MAX_PARTS, "{} codes", parts.len());
    assert_eq!(unpack(&parts).unwrap(), notebook(&refs));
}

fn any_notebook() -> impl Strategy<Value = Notebook> {
    let idea = (
        "[a-zæøåA-ZÆØÅ\"'<>&0-9 .,!?–]{1,280}",
        proptest::option::of(0usize..6),
    );
    (
        proptest::option::of("[a-z0-9-]{1,20}"),
        0usize..6,
        "[A-Za-zæøå ]{0,24}",
        "d-[a-z0-9]{12}",
        proptest::collection::vec(idea, 0..14),
        proptest::collection::btree_map(1u32..500, 1u32..5, 0..6),
    )
        .prop_filter_map(
            "a possible notebook",
            |(game, team, team_name, device, ideas, votes)| {
                let notebook = Notebook {
                    game,
                    team,
                    team_name,
                    device,
                    ideas: ideas
                        .into_iter()
                        .enumerate()
                        .map(|(i, (text, category))| NotebookIdea {
                            n: i as u32 * 3 + 1,
                            text,
                            category: category.map(|c| Category::ALL[c]),
                        })
                        .collect(),
                    votes,
                };
                notebook.check().is_ok().then_some(notebook)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_notebook_arrives_as_written_in_any_order(
        written in any_notebook(),
        seed in any::<u64>(),
    ) {
        let mut parts = pack(&written);
        prop_assert!(parts.iter().all(|p| qr::fits(p)));
        // A fixed shuffle from the seed, and one code read twice.
        let n = parts.len();
        for i in 0..n {
            parts.swap(i, (seed as usize).wrapping_add(i * 7) % n);
        }
        parts.push(parts[(seed as usize) % n].clone());
        prop_assert_eq!(unpack(&parts).unwrap(), written.clone());
        prop_assert_eq!(Notebook::from_file(&written.to_file()).unwrap(), written);
    }

    #[test]
    fn damaged_codes_never_panic_and_never_pass_as_another_notebook(
        written in any_notebook(),
        at in any::<usize>(),
        with in "[0-9A-Z $%*+./:-]",
        cut in any::<bool>(),
    ) {
        let parts = pack(&written);
        let mut damaged = parts.clone();
        let which = at % parts.len();
        let text = &parts[which];
        let place = at % text.len();
        damaged[which] = if cut {
            text[..place].to_string()
        } else {
            format!("{}{}{}", &text[..place], with, &text[place + 1..])
        };
        // Either the change was no change, or it is refused.
        if let Ok(read) = unpack(&damaged) {
            prop_assert_eq!(read, written);
        }
    }

    #[test]
    fn any_text_as_a_code_or_a_file_never_panics(text in any::<String>()) {
        let _ = unpack(std::slice::from_ref(&text));
        let _ = unpack(&[format!("KSNB1:{text}")]);
        let _ = Notebook::from_file(&text);
        let mut collector = Collector::default();
        let _ = collector.add(&text);
    }

    #[test]
    fn any_value_in_a_file_is_checked(
        team in any::<i64>(),
        n in any::<i64>(),
        text in any::<String>(),
        dots in any::<i64>(),
    ) {
        let file = format!(
            r#"{{"format":"kernespillet-notebook","version":1,"notebook":{{"game":null,"team":{team},"team_name":"","device":"d-abc","ideas":[{{"n":{n},"text":{}}}],"votes":{{"4":{dots}}}}}}}"#,
            serde_json::to_string(&text).unwrap()
        );
        if let Ok(read) = Notebook::from_file(&file) {
            prop_assert!(read.check().is_ok());
            prop_assert!(read.team < 6 && read.ideas[0].n > 0);
        }
    }
}
