//! Just enough of a Rust lexer for tests that read the sources: identifiers, string
//! literals and single punctuation characters, with comments, char literals and
//! lifetimes skipped, so a word in a comment or a string is never taken for code.

use std::fs;
use std::path::{Path, PathBuf};

pub mod fills;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    /// An identifier, keyword or number.
    Word(String),
    /// A string literal's text between its quotes, escapes left as written.
    Str(String),
    Punct(char),
}

/// A token and the line it starts on.
#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    pub line: usize,
}

/// Every `.rs` file under `dir`, in a stable order.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

pub fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

pub fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        let start_line = line;
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            loop {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    assert!(i < chars.len(), "unclosed comment at line {start_line}");
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if c == '"' || (matches!(c, 'r' | 'b') && is_string_start(&chars, i)) {
            // b"…", r"…", r#"…"#, br#"…"#: count the hashes, then find the end.
            while chars[i] != '"' && chars[i] != '#' {
                i += 1;
            }
            let raw = i > 0 && chars[i - 1] == 'r';
            let mut hashes = 0;
            while chars[i] == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1;
            let begin = i;
            loop {
                assert!(i < chars.len(), "unclosed string at line {start_line}");
                if chars[i] == '\\' && !raw {
                    line += usize::from(at(i + 1) == '\n');
                    i += 2;
                    continue;
                }
                if chars[i] == '"' && (0..hashes).all(|h| at(i + 1 + h) == '#') {
                    break;
                }
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            let text: String = chars[begin..i].iter().collect();
            out.push(Token {
                tok: Tok::Str(text),
                line: start_line,
            });
            i += 1 + hashes;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a): both skipped.
            if at(i + 1) == '\\' {
                i += 3;
                while at(i) != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
                while at(i).is_alphanumeric() || at(i) == '_' {
                    i += 1;
                }
            }
        } else if c.is_alphanumeric() || c == '_' {
            let begin = i;
            while at(i).is_alphanumeric() || at(i) == '_' {
                i += 1;
            }
            out.push(Token {
                tok: Tok::Word(chars[begin..i].iter().collect()),
                line,
            });
        } else {
            out.push(Token {
                tok: Tok::Punct(c),
                line,
            });
            i += 1;
        }
    }
    out
}

/// Whether the `r` or `b` at `i` begins a string (`r"`, `r#"`, `b"`, `br"`, `br#"`)
/// rather than a word.
fn is_string_start(chars: &[char], i: usize) -> bool {
    if i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_') {
        return false;
    }
    let mut j = i + 1;
    if chars[i] == 'b' && chars.get(j) == Some(&'r') {
        j += 1;
    }
    let raw = chars[j - 1] == 'r';
    while raw && chars.get(j) == Some(&'#') {
        j += 1;
    }
    chars.get(j) == Some(&'"')
}
