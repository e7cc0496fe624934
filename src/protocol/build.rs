//! Which build of the app a window runs. `scripts/precache` writes the build's version (a
//! hash over every file, the same one that names the service worker's cache) into the
//! page as `<meta name="kernespillet-build" content="…">`; a window reads its own from its
//! page, and the build the site serves now from a fresh copy of `index.html`.

/// The meta tag's name.
pub const BUILD_META: &str = "kernespillet-build";

/// The most characters a build name may have (the version is 16 hex digits).
const MAX_BUILD_CHARS: usize = 64;

/// A build name as a message may carry it: short, letters, digits, `-` and `_` only.
pub fn is_valid_build(build: &str) -> bool {
    !build.is_empty()
        && build.len() <= MAX_BUILD_CHARS
        && build
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The build named by the page `html` (the text of an `index.html`), if it names a valid
/// one. Reads the meta tag however a minifier wrote it: attributes in any order, quoted
/// with `"` or `'` or not at all.
pub fn build_named_in(html: &str) -> Option<String> {
    let mut rest = html;
    while let Some(start) = find_ignoring_case(rest, "<meta") {
        let tag_and_after = &rest[start..];
        let end = tag_and_after.find('>')?;
        let tag = &tag_and_after[..end];
        if attribute(tag, "name").as_deref() == Some(BUILD_META) {
            return attribute(tag, "content").filter(|b| is_valid_build(b));
        }
        rest = &tag_and_after[end..];
    }
    None
}

fn find_ignoring_case(text: &str, needle: &str) -> Option<usize> {
    text.to_ascii_lowercase().find(needle)
}

/// The value of attribute `name` in the text of one tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find(name) {
        let at = from + found;
        from = at + name.len();
        let before_ok = lower[..at].ends_with(|c: char| c.is_ascii_whitespace());
        let after = tag[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value = after[1..].trim_start();
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => value[1..].split(quote).next()?.to_string(),
            _ => value
                .split(|c: char| c.is_ascii_whitespace() || c == '/')
                .next()?
                .to_string(),
        });
    }
    None
}
