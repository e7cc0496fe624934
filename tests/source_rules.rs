//! Rules about the sources themselves that a reviewer could miss in a large change.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// User text (team names, ideas, cards, file contents) must only ever reach the page as
/// text: no component may hand the DOM a string to parse as HTML.
#[test]
fn no_source_sets_html_from_a_string() {
    let mut files = Vec::new();
    rust_files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    assert!(files.len() > 50, "the sources were found");
    let forbidden = [
        "inner_html",
        "outer_html",
        "insert_adjacent_html",
        "innerHTML",
        "document.write",
    ];
    let offenders: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let text = fs::read_to_string(file).unwrap();
            let hit = forbidden.iter().find(|word| text.contains(*word))?;
            Some(format!("{} uses {hit}", file.display()))
        })
        .collect();
    assert!(offenders.is_empty(), "{offenders:#?}");
}
