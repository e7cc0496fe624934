//! QR codes made and read in pure Rust: every code of a handed-over notebook, drawn to
//! pixels as a camera would see it (scaled, uneven light, noise, a soft edge), reads
//! back as its text; a damaged or foreign image gives nothing, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use kernespillet::model::Category;
use kernespillet::protocol::handover::{
    pack, read_part, unpack, HandoverError, Notebook, NotebookIdea,
};
use kernespillet::protocol::qr::{self, QUIET_ZONE};
use proptest::prelude::*;

fn notebook(count: usize) -> Notebook {
    let texts = [
        "Vi starter hvert teammøde med fem minutter om, hvad borgerne har sagt til os.",
        "Et \"stop-gøre\"-møde hver måned: hvad kan vi holde op med?",
        "Faste makkerpar på tværs af vagterne – så ingen står alene med det svære.",
        "Ledelsen deltager i ét morgenmøde om ugen og lytter mest.",
    ];
    Notebook {
        game: None,
        team: 2,
        team_name: "Mågerne".into(),
        device: "d-abcdefghijkl".into(),
        ideas: (0..count)
            .map(|i| NotebookIdea {
                n: i as u32 + 1,
                text: format!("{} ({i})", texts[i % texts.len()]),
                category: Some(Category::ALL[i % 6]),
            })
            .collect(),
        votes: BTreeMap::new(),
    }
}

/// A grey camera frame of the code for `text`: `scale` pixels a module, placed at
/// (`left`, `top`) in a `width`×`height` frame, lit unevenly, with noise from `seed`
/// and, if `soft`, each edge blurred over its neighbours.
fn frame(text: &str, scale: usize, width: usize, height: usize, seed: u64, soft: bool) -> Vec<u8> {
    let (modules, dark, _) = qr::matrix(text).expect("the text fits a code");
    let size = modules + 2 * QUIET_ZONE;
    let (left, top) = ((width - size * scale) / 2, (height - size * scale) / 2);
    let mut state = seed | 1;
    let mut noise = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 17) as i32 - 8
    };
    let mut pixels: Vec<u8> = (0..width * height)
        .map(|i| {
            let (x, y) = (i % width, i / width);
            let module = (x >= left && y >= top)
                .then(|| ((x - left) / scale, (y - top) / scale))
                .filter(|(mx, my)| *mx < size && *my < size)
                .and_then(|(mx, my)| {
                    let (cx, cy) = (mx.checked_sub(QUIET_ZONE)?, my.checked_sub(QUIET_ZONE)?);
                    (cx < modules && cy < modules).then(|| dark[cy * modules + cx])
                })
                .unwrap_or(false);
            // Paper in the light: brighter on the left than on the right.
            let light = 235 - (x * 60 / width) as i32;
            let value = if module { 40 } else { light } + noise();
            value.clamp(0, 255) as u8
        })
        .collect();
    if soft {
        let sharp = pixels.clone();
        for y in 1..height - 1 {
            for x in 1..width - 1 {
                let sum: u32 = [(0, 0), (1, 0), (0, 1), (2, 1), (1, 2)]
                    .iter()
                    .map(|(dx, dy)| u32::from(sharp[(y + dy - 1) * width + x + dx - 1]))
                    .sum();
                pixels[y * width + x] = (sum / 5) as u8;
            }
        }
    }
    pixels
}

#[test]
fn every_code_of_a_notebook_reads_back_from_a_camera_frame() {
    for count in [1, 4, 10] {
        let parts = pack(&notebook(count));
        let mut read = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let pixels = frame(part, 6, 640, 480, i as u64 + 7, i % 2 == 0);
            let found = qr::decode(640, 480, &pixels);
            assert_eq!(found, vec![part.clone()], "{count} ideas, code {}", i + 1);
            read.extend(found);
        }
        assert_eq!(unpack(&read).unwrap(), notebook(count));
    }
}

#[test]
fn a_small_code_far_from_the_camera_still_reads() {
    let parts = pack(&notebook(3));
    let pixels = frame(&parts[0], 4, 640, 480, 3, false);
    assert_eq!(qr::decode(640, 480, &pixels), vec![parts[0].clone()]);
}

#[test]
fn the_svg_draws_the_matrix_with_its_quiet_zone() {
    let text = &pack(&notebook(2))[0];
    let image = qr::encode(text).unwrap();
    let (modules, dark, version) = qr::matrix(text).unwrap();
    assert_eq!(image.size, modules + 2 * QUIET_ZONE);
    assert_eq!(image.version, version);
    // Every dark module is covered by exactly one run of the path.
    let mut covered = vec![false; modules * modules];
    for run in image.path.split('M').filter(|r| !r.is_empty()) {
        let (x, rest) = run.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let length: usize = rest.split_once('v').unwrap().0.parse().unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        assert!(x >= QUIET_ZONE && y >= QUIET_ZONE);
        for cx in x - QUIET_ZONE..x - QUIET_ZONE + length {
            assert!(!covered[(y - QUIET_ZONE) * modules + cx]);
            covered[(y - QUIET_ZONE) * modules + cx] = true;
        }
    }
    assert_eq!(covered, dark);
    let svg = image.to_svg();
    assert!(svg.starts_with("<svg") && svg.contains(&image.path));
}

#[test]
fn nothing_is_read_from_a_frame_that_does_not_add_up() {
    assert!(qr::decode(0, 0, &[]).is_empty());
    assert!(qr::decode(10, 10, &[255; 99]).is_empty());
    assert!(qr::decode(usize::MAX, 2, &[0; 4]).is_empty());
    assert!(qr::decode(64, 48, &[255; 64 * 48]).is_empty());
    // Half the code painted over: its error correction cannot mend it.
    let text = &pack(&notebook(2))[0];
    let mut pixels = frame(text, 6, 640, 480, 1, false);
    for row in pixels.chunks_mut(640).skip(150).take(180) {
        row[200..440].fill(230);
    }
    assert!(qr::decode(640, 480, &pixels).is_empty());
}

/// Codes the browser journeys show the facilitator's camera, as rows of modules: a
/// notebook's code with its data garbled, and one from a newer version. Written by
/// `UPDATE_FIXTURES=1 cargo test --test qr`, and checked against the code here.
#[test]
fn the_journeys_damaged_codes_are_current() {
    let good = pack(&notebook(1)).remove(0);
    let at = good.len() - 5;
    let swapped = if &good[at..at + 1] == "A" { "B" } else { "A" };
    let damaged = format!("{}{swapped}{}", &good[..at], &good[at + 1..]);
    let newer = good.replacen("KSNB1:", "KSNB2:", 1);
    assert_eq!(
        unpack(std::slice::from_ref(&damaged)),
        Err(HandoverError::Damaged)
    );
    assert_eq!(read_part(&newer), Err(HandoverError::Version(2)));
    let rows = |text: &str| {
        let (modules, dark, _) = qr::matrix(text).unwrap();
        dark.chunks(modules)
            .map(|row| {
                row.iter()
                    .map(|d| if *d { '1' } else { '0' })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
    };
    let fixture = serde_json::json!({
        "note": "Written by tests/qr.rs (UPDATE_FIXTURES=1 cargo test --test qr); dark modules are 1.",
        "damaged": { "text": damaged, "rows": rows(&damaged) },
        "newer": { "text": newer, "rows": rows(&newer) },
    });
    let text = serde_json::to_string_pretty(&fixture).unwrap() + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/fixtures/codes.json");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    assert_eq!(std::fs::read_to_string(path).unwrap_or_default(), text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_image_never_panics(
        (width, height, pixels) in (1usize..80, 1usize..80).prop_flat_map(|(w, h)| {
            (Just(w), Just(h), proptest::collection::vec(any::<u8>(), w * h))
        })
    ) {
        let _ = qr::decode(width, height, &pixels);
    }

    #[test]
    fn any_short_text_reads_back(text in "[ -~æøåÆØÅ]{1,200}", seed in any::<u64>()) {
        let pixels = frame(&text, 5, 480, 480, seed, false);
        prop_assert_eq!(qr::decode(480, 480, &pixels), vec![text]);
    }
}
