//! "Dem, vi er her for": the word the cards use for the people a team serves, chosen at
//! setup (a hospital says patienten, a school eleven), and the placeholders a card is
//! written with so that one deck speaks every workplace's language.
//!
//! A card says `{borgerne}` and the game shows "patienterne". A placeholder names a
//! grammatical form by the default word, in either language (`{the citizens}` is the
//! same form), and a capital first letter gives a capital: `{Borgerne}` → "Patienterne".
//! `{formuleringen}` quotes the core task as the team worded it at the opening.

use serde::{Deserialize, Serialize};

use super::lang::Lang;
use super::limits::MAX_FORM_CHARS;

/// The forms of the word a card sentence can need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// en borger / a citizen
    Indefinite,
    /// borgeren / the citizen
    Definite,
    /// borgere / citizens
    Plural,
    /// borgerne / the citizens
    PluralDefinite,
    /// borgerens / the citizen's
    Genitive,
    /// borgernes / the citizens'
    PluralGenitive,
}

impl Form {
    pub const ALL: [Form; 6] = [
        Form::Indefinite,
        Form::Definite,
        Form::Plural,
        Form::PluralDefinite,
        Form::Genitive,
        Form::PluralGenitive,
    ];
}

/// What a placeholder stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Word(Form),
    /// The core task as the team worded it at the opening.
    OpeningWording,
}

/// Every placeholder, as written in a deck (lower case), in Danish and in English.
const PLACEHOLDERS: [(&str, &str, Slot); 7] = [
    ("en borger", "a citizen", Slot::Word(Form::Indefinite)),
    ("borgeren", "the citizen", Slot::Word(Form::Definite)),
    ("borgere", "citizens", Slot::Word(Form::Plural)),
    ("borgerne", "the citizens", Slot::Word(Form::PluralDefinite)),
    ("borgerens", "the citizen's", Slot::Word(Form::Genitive)),
    (
        "borgernes",
        "the citizens'",
        Slot::Word(Form::PluralGenitive),
    ),
    ("formuleringen", "the wording", Slot::OpeningWording),
];

/// The placeholders a deck may use, as they are written, for the format's description
/// and the editor's help.
pub fn placeholder_names(lang: Lang) -> impl Iterator<Item = &'static str> {
    PLACEHOLDERS.iter().map(move |(da, en, _)| match lang {
        Lang::Da => *da,
        Lang::En => *en,
    })
}

/// The slot a placeholder's inside (`"Borgerne"`) names, and whether it is capitalised.
fn slot_of(inside: &str) -> Option<(Slot, bool)> {
    let capital = inside.chars().next().is_some_and(char::is_uppercase);
    let mut lower = inside.to_string();
    if let Some(first) = inside.chars().next() {
        lower.replace_range(..first.len_utf8(), &first.to_lowercase().to_string());
    }
    PLACEHOLDERS
        .iter()
        .find(|(da, en, _)| *da == lower || *en == lower)
        .map(|(_, _, slot)| (*slot, capital))
}

/// A piece of a card text: plain text, or a placeholder to fill.
enum Piece<'a> {
    Text(&'a str),
    Known(Slot, bool),
    /// `{…}` naming nothing we know, or a brace left open, as written.
    Unknown(&'a str),
}

fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        rest = &rest[open..];
        let close = rest[1..].find(['{', '}']).map(|i| i + 1);
        match close.filter(|&i| rest.as_bytes()[i] == b'}') {
            Some(close) if rest.starts_with('{') => {
                let inside = &rest[1..close];
                out.push(match slot_of(inside) {
                    Some((slot, capital)) => Piece::Known(slot, capital),
                    None => Piece::Unknown(&rest[..=close]),
                });
                rest = &rest[close + 1..];
            }
            _ if rest.starts_with('}') => {
                out.push(Piece::Unknown("}"));
                rest = &rest[1..];
            }
            _ => {
                let end = close.unwrap_or(rest.len());
                out.push(Piece::Unknown(&rest[..end]));
                rest = &rest[end..];
            }
        }
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// The placeholders in `text` this app does not know, as written (`{kunden}`, `{borger`).
pub fn unknown_placeholders(text: &str) -> Vec<String> {
    pieces(text)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Unknown(raw) => Some(raw.to_string()),
            _ => None,
        })
        .collect()
}

/// A word's Danish forms, each as a sentence needs it ("et barn", "barnet", …).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DanishForms {
    pub indefinite: String,
    pub definite: String,
    pub plural: String,
    pub plural_definite: String,
    pub genitive: String,
    pub plural_genitive: String,
}

impl DanishForms {
    fn of(forms: [&str; 6]) -> DanishForms {
        let [indefinite, definite, plural, plural_definite, genitive, plural_genitive] =
            forms.map(str::to_string);
        DanishForms {
            indefinite,
            definite,
            plural,
            plural_definite,
            genitive,
            plural_genitive,
        }
    }

    pub fn get(&self, form: Form) -> &str {
        match form {
            Form::Indefinite => &self.indefinite,
            Form::Definite => &self.definite,
            Form::Plural => &self.plural,
            Form::PluralDefinite => &self.plural_definite,
            Form::Genitive => &self.genitive,
            Form::PluralGenitive => &self.plural_genitive,
        }
    }

    pub fn get_mut(&mut self, form: Form) -> &mut String {
        match form {
            Form::Indefinite => &mut self.indefinite,
            Form::Definite => &mut self.definite,
            Form::Plural => &mut self.plural,
            Form::PluralDefinite => &mut self.plural_definite,
            Form::Genitive => &mut self.genitive,
            Form::PluralGenitive => &mut self.plural_genitive,
        }
    }
}

/// A word in English: "a tenant" and "tenants"; the other forms follow from these.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnglishWord {
    /// With its article: "a tenant", "an inmate".
    pub singular: String,
    pub plural: String,
}

impl EnglishWord {
    fn of(singular: &str, plural: &str) -> EnglishWord {
        EnglishWord {
            singular: singular.to_string(),
            plural: plural.to_string(),
        }
    }

    pub fn get(&self, form: Form) -> String {
        let singular = self.singular.trim();
        let plural = self.plural.trim();
        let bare = singular
            .strip_prefix("a ")
            .or_else(|| singular.strip_prefix("an "))
            .unwrap_or(singular);
        match form {
            Form::Indefinite => singular.to_string(),
            Form::Definite => format!("the {bare}"),
            Form::Plural => plural.to_string(),
            Form::PluralDefinite => format!("the {plural}"),
            Form::Genitive => format!("the {bare}'s"),
            Form::PluralGenitive if plural.ends_with('s') => format!("the {plural}'"),
            Form::PluralGenitive => format!("the {plural}'s"),
        }
    }
}

/// A facilitator's own word, in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnWord {
    pub da: DanishForms,
    pub en: EnglishWord,
}

/// Who the cards say the team is here for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The default: a municipality's word, and the one placeholders are written with.
    #[default]
    Borger,
    Bruger,
    Patient,
    Elev,
    Barn,
    Beboer,
    Kunde,
    Own(Box<OwnWord>),
}

impl Audience {
    /// The words the setup offers, in its order.
    pub const BUILT_IN: [Audience; 7] = [
        Audience::Borger,
        Audience::Bruger,
        Audience::Patient,
        Audience::Elev,
        Audience::Barn,
        Audience::Beboer,
        Audience::Kunde,
    ];

    /// The word's forms: given for the built-in words, the facilitator's for their own.
    pub fn word(&self) -> OwnWord {
        let (da, en) = match self {
            Audience::Own(word) => return (**word).clone(),
            Audience::Borger => (
                [
                    "en borger",
                    "borgeren",
                    "borgere",
                    "borgerne",
                    "borgerens",
                    "borgernes",
                ],
                ("a citizen", "citizens"),
            ),
            Audience::Bruger => (
                [
                    "en bruger",
                    "brugeren",
                    "brugere",
                    "brugerne",
                    "brugerens",
                    "brugernes",
                ],
                ("a user", "users"),
            ),
            Audience::Patient => (
                [
                    "en patient",
                    "patienten",
                    "patienter",
                    "patienterne",
                    "patientens",
                    "patienternes",
                ],
                ("a patient", "patients"),
            ),
            Audience::Elev => (
                [
                    "en elev",
                    "eleven",
                    "elever",
                    "eleverne",
                    "elevens",
                    "elevernes",
                ],
                ("a pupil", "pupils"),
            ),
            Audience::Barn => (
                [
                    "et barn",
                    "barnet",
                    "børn",
                    "børnene",
                    "barnets",
                    "børnenes",
                ],
                ("a child", "children"),
            ),
            Audience::Beboer => (
                [
                    "en beboer",
                    "beboeren",
                    "beboere",
                    "beboerne",
                    "beboerens",
                    "beboernes",
                ],
                ("a resident", "residents"),
            ),
            Audience::Kunde => (
                [
                    "en kunde",
                    "kunden",
                    "kunder",
                    "kunderne",
                    "kundens",
                    "kundernes",
                ],
                ("a customer", "customers"),
            ),
        };
        OwnWord {
            da: DanishForms::of(da),
            en: EnglishWord::of(en.0, en.1),
        }
    }

    /// A form of the word in `lang`, as it stands in a sentence.
    pub fn form(&self, form: Form, lang: Lang) -> String {
        let word = self.word();
        let english_given =
            !word.en.singular.trim().is_empty() && !word.en.plural.trim().is_empty();
        let text = match lang {
            Lang::Da => word.da.get(form).trim().to_string(),
            Lang::En if english_given => word.en.get(form),
            Lang::En => String::new(),
        };
        if text.is_empty() {
            // An own word without this form (only English may be left out: both its
            // forms or neither, since the rest follow from them).
            Audience::Borger.form(form, lang)
        } else {
            text
        }
    }

    /// The setup's key of a built-in word ("patient"); "own" for the facilitator's own.
    pub fn key(&self) -> &'static str {
        match self {
            Audience::Borger => "borger",
            Audience::Bruger => "bruger",
            Audience::Patient => "patient",
            Audience::Elev => "elev",
            Audience::Barn => "barn",
            Audience::Beboer => "beboer",
            Audience::Kunde => "kunde",
            Audience::Own(_) => "own",
        }
    }

    /// An own word starting from this one's forms, for the facilitator to change.
    pub fn as_own(&self) -> Audience {
        Audience::Own(Box::new(self.word()))
    }

    /// What keeps an own word from being used: the Danish forms left empty or too long
    /// (English may be left empty: it falls back to the default word).
    pub fn missing_forms(&self) -> Vec<Form> {
        let Audience::Own(word) = self else {
            return Vec::new();
        };
        Form::ALL
            .into_iter()
            .filter(|&form| {
                let value = word.da.get(form).trim();
                value.is_empty()
                    || value.chars().count() > MAX_FORM_CHARS
                    || value.contains(['{', '}'])
            })
            .collect()
    }
}

/// `text` with its first letter a capital.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The opening's wording quoted as the language quotes, or a phrase for it if none.
fn quoted_wording(wording: &str, lang: Lang) -> String {
    let wording = wording.trim().trim_end_matches(['.', '!']).trim();
    match (wording.is_empty(), lang) {
        (true, Lang::Da) => "den formulering, I startede med i dag".to_string(),
        (true, Lang::En) => "the wording you started with today".to_string(),
        (false, Lang::Da) => format!("»{wording}«"),
        (false, Lang::En) => format!("“{wording}”"),
    }
}

/// `text` (a card's question or hint in `lang`) with its placeholders filled in. An
/// unknown placeholder stays as written; the deck checks refuse it before play.
pub fn fill_placeholders(text: &str, lang: Lang, audience: &Audience, wording: &str) -> String {
    if !text.contains(['{', '}']) {
        return text.to_string();
    }
    pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(plain) | Piece::Unknown(plain) => plain.to_string(),
            Piece::Known(slot, capital) => {
                let filled = match slot {
                    Slot::Word(form) => audience.form(form, lang),
                    Slot::OpeningWording => quoted_wording(wording, lang),
                };
                if capital {
                    capitalised(&filled)
                } else {
                    filled
                }
            }
        })
        .collect()
}
