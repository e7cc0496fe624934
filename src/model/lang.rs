//! The two languages of the product and text that exists in both.

use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Danish: the users are Danish workplaces.
    #[default]
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    /// The language a switch offers: the one not in use.
    pub fn other(self) -> Lang {
        match self {
            Lang::Da => Lang::En,
            Lang::En => Lang::Da,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }
}

/// A piece of content (a card, a deck name) in every language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LocalText {
    pub da: String,
    pub en: String,
}

impl LocalText {
    /// The text in `lang`, or the Danish when a Danish-only deck has none in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        let text = self.get_exact(lang);
        if text.trim().is_empty() {
            &self.da
        } else {
            text
        }
    }

    /// The language `get(lang)` actually shows, for the `lang` attribute of the text.
    pub fn shown_lang(&self, lang: Lang) -> Lang {
        if self.get_exact(lang).trim().is_empty() {
            Lang::Da
        } else {
            lang
        }
    }

    /// The text in exactly `lang`, possibly empty.
    pub fn get_exact(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }

    pub fn get_exact_mut(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::Da => &mut self.da,
            Lang::En => &mut self.en,
        }
    }
}
