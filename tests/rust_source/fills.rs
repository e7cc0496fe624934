//! Where the sources fill templates and name messages: every `fill(template, &[("key",
//! value), …])` call with the `Msg::X` (or literal) templates and keys written in it, and
//! every `Msg::X` with whether it is the template of such a call.

use std::fs;
use std::ops::Range;

use super::{rust_files, src_dir, tokens, Tok, Token};

/// One `fill(…)` call.
pub struct Fill {
    /// `file:line`, for the failure message.
    pub at: String,
    /// The `Msg::X` named in the template argument.
    pub messages: Vec<String>,
    /// String literals in the template argument (`pick(lang, "…", "…")`).
    pub literals: Vec<String>,
    /// The keys given, or `None` when the values are not written out as a list of pairs.
    pub keys: Option<Vec<String>>,
}

/// One `Msg::X` in the sources.
pub struct Use {
    pub at: String,
    pub name: String,
    /// Whether it stands in the template argument of a `fill`.
    pub filled: bool,
}

#[derive(Default)]
pub struct Sources {
    pub fills: Vec<Fill>,
    pub uses: Vec<Use>,
}

/// Every fill and message use under `src/`, except in `skip` (a path under `src/`).
pub fn read_sources(skip: &str) -> Sources {
    let mut sources = Sources::default();
    let root = src_dir();
    for path in rust_files(&root) {
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        if name != skip {
            read_text(&name, &fs::read_to_string(&path).unwrap(), &mut sources);
        }
    }
    sources
}

/// The fills and message uses in one file's text.
pub fn read_text(file: &str, text: &str, sources: &mut Sources) {
    read_file(file, &tokens(text), sources);
}

fn is_word(toks: &[Token], i: usize, word: &str) -> bool {
    matches!(toks.get(i), Some(Token { tok: Tok::Word(w), .. }) if w == word)
}

fn is_punct(toks: &[Token], i: usize, c: char) -> bool {
    matches!(toks.get(i), Some(Token { tok: Tok::Punct(p), .. }) if *p == c)
}

fn read_file(file: &str, toks: &[Token], sources: &mut Sources) {
    let mut templates: Vec<Range<usize>> = Vec::new();
    for i in 0..toks.len() {
        let call = is_word(toks, i, "fill") && is_punct(toks, i + 1, '(');
        if !call || (i > 0 && is_word(toks, i - 1, "fn")) {
            continue;
        }
        let args = split_args(toks, i + 1);
        let template = args.first().cloned().unwrap_or(0..0);
        let values = args.get(1).cloned().unwrap_or(0..0);
        let section = &toks[template.clone()];
        sources.fills.push(Fill {
            at: format!("{file}:{}", toks[i].line),
            messages: (0..section.len())
                .filter_map(|k| msg_at(section, k))
                .collect(),
            literals: section
                .iter()
                .filter_map(|t| match &t.tok {
                    Tok::Str(s) => Some(s.clone()),
                    _ => None,
                })
                .collect(),
            keys: keys(&toks[values]),
        });
        templates.push(template);
    }
    for i in 0..toks.len() {
        if let Some(name) = msg_at(toks, i) {
            sources.uses.push(Use {
                at: format!("{file}:{}", toks[i].line),
                name,
                filled: templates.iter().any(|t| t.contains(&i)),
            });
        }
    }
}

/// The name `X` when `Msg::X` starts at `i`.
fn msg_at(toks: &[Token], i: usize) -> Option<String> {
    if !(is_word(toks, i, "Msg") && is_punct(toks, i + 1, ':') && is_punct(toks, i + 2, ':')) {
        return None;
    }
    match toks.get(i + 3) {
        Some(Token {
            tok: Tok::Word(name),
            ..
        }) => Some(name.clone()),
        _ => None,
    }
}

/// The token ranges of the arguments of the call whose `(` is at `open`.
fn split_args(toks: &[Token], open: usize) -> Vec<Range<usize>> {
    let mut args = Vec::new();
    let (mut depth, mut start) = (0usize, open + 1);
    for (i, t) in toks.iter().enumerate().skip(open) {
        match t.tok {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    if start < i {
                        args.push(start..i);
                    }
                    return args;
                }
            }
            Tok::Punct(',') if depth == 1 => {
                args.push(start..i);
                start = i + 1;
            }
            _ => {}
        }
    }
    panic!("unclosed call at line {}", toks[open].line);
}

/// The keys of `&[("key", value), …]`: the string that opens each pair.
fn keys(values: &[Token]) -> Option<Vec<String>> {
    let list = if is_punct(values, 0, '&') {
        &values[1..]
    } else {
        values
    };
    if !is_punct(list, 0, '[') {
        return None;
    }
    let mut found = Vec::new();
    let mut depth = 0;
    for (i, t) in list.iter().enumerate() {
        match &t.tok {
            Tok::Punct('(' | '[' | '{') => {
                depth += 1;
                // A pair in the list: `(` right inside the `[`, then "key" and a comma.
                if depth == 2 && t.tok == Tok::Punct('(') {
                    match (list.get(i + 1).map(|t| &t.tok), is_punct(list, i + 2, ',')) {
                        (Some(Tok::Str(key)), true) => found.push(key.clone()),
                        _ => return None,
                    }
                }
            }
            Tok::Punct(')' | ']' | '}') => depth -= 1,
            _ => {}
        }
    }
    Some(found)
}
