//! The data format: the one place that knows what a collection of highlight
//! cards looks like.
//!
//! Sources (inline JSON, a URL, host HTML) hand [`read`] a parsed JSON value
//! (the browser's `JSON.parse`, natively serde_json's) or build a
//! [`Collection`] from markup; [`validate`] returns either a collection
//! that components can render without further checks, or a list of
//! [`ModelError`]s that name the offending field by its JSON path
//! (`cards[3].photo.src`). The types below serialise with serde (JSON out:
//! the CLI, the prerender's inline data, the editor) and are the source of
//! the JSON Schema in `schema/` (`highlight-cards schema`); reading is
//! [`read`]'s alone, in the browser and natively. One file: the types, and
//! the walkers beside them that must visit every field the types declare.

pub mod credit;
pub mod fields;
pub mod inline;
pub mod read;
pub mod srcset;
mod validate;

use serde::Serialize;

pub use credit::{Credit, CreditKind};
pub use srcset::Srcset;
pub use validate::{merged, validate, validate_tolerant, ModelError, Valid, Validated};

/// A collection of numbered highlight cards, e.g. "Dấu ấn đối ngoại năm 2023".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Collection {
    /// Stable identifier, used in element ids and deep links: letters, digits, `-` and `_`.
    pub id: String,
    /// BCP 47 language tag of the content; when absent, the host's or the page's `lang` in the browser, and `vi` where there is none.
    #[serde(default = "default_language")]
    pub language: String,
    /// The collection's headline.
    pub title: String,
    /// A label repeated above every card headline, as e-magazines do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    /// The newspaper section, e.g. "Thế giới".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Date line as displayed, e.g. "06:06 | 31/12/2023".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    /// Publication time in ISO 8601, e.g. "2023-12-31T06:06:00+07:00" (machine-readable twin of `dateline`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The lede / intro paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    /// Editorial attribution shown after the cards, e.g. "Bình chọn của Ban Biên tập Báo Thế giới & Việt Nam".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// The publication the content comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Author line, e.g. "Hồng Nhung".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The cards, in reading order. At least one.
    pub cards: Vec<Card>,
    /// Related stories listed after the cards ("Đọc thêm").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub read_more: Vec<ReadMore>,
}

pub(crate) fn default_language() -> String {
    "vi".to_owned()
}

/// The publication a collection comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Source {
    /// e.g. "Báo Thế giới & Việt Nam".
    pub name: String,
    /// Home page or article URL (http or https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One numbered highlight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Card {
    /// The card's number. When absent it is implied by order: one more than the previous card's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// A section heading that starts at this card (articles with sections).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Overrides the collection's kicker for this card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    /// The card's headline.
    pub headline: String,
    /// The card's photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<Photo>,
    /// Body paragraphs: text with optional inline formatting, `**strong**`,
    /// `*emphasis*`, `[link text](https://…)` (see docs/data-format.md, "Inline formatting").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<String>,
}

/// A photo with its caption and credit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Photo {
    /// Image URL (http(s) or relative to the data file).
    pub src: String,
    /// Responsive candidates in HTML `srcset` syntax: "a-480.jpg 480w, a-960.jpg 960w"
    /// (parsed as the HTML standard parses it: URLs may contain commas).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<String>"))]
    pub srcset: Option<Srcset>,
    /// HTML `sizes` for the `srcset`; a sensible default is used when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sizes: Option<String>,
    /// Intrinsic width in pixels; with `height` it reserves the photo's space before it loads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// Intrinsic height in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// Text alternative for screen readers: what the photo shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
    /// Caption. A trailing credit such as "(Ảnh: Nguyễn Hồng)" or "Ảnh: Hoàng Việt" is split off into `credit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Explicit credit: either text like "Ảnh: Trí Dũng/TTXVN" or a structured object. Wins over a credit found in the caption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<credit::CreditSchema>")
    )]
    pub credit: Option<Credit>,
}

impl Photo {
    /// Whether there is a URL to load: a reader's browser empties an
    /// unusable `src` (validation warns), and the photo shows as failed.
    pub fn can_load(&self) -> bool {
        !self.src.is_empty()
    }
}

/// A related story ("Đọc thêm").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ReadMore {
    /// The story's headline.
    pub title: String,
    /// One-sentence summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Link to the story (http or https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Card {
    /// The resolved card number. After validation every card has one.
    pub fn number(&self) -> u32 {
        self.number.unwrap_or_default()
    }
}

impl Photo {
    /// `srcset` candidates that have a width descriptor, as (width, URL).
    fn width_candidates(&self) -> impl Iterator<Item = (u32, &str)> {
        self.srcset.iter().flat_map(Srcset::widths)
    }

    /// The URL of the smallest `srcset` candidate by width descriptor (for
    /// readers with Save-Data on), or `src` when there is no usable `srcset`.
    pub fn smallest_src(&self) -> &str {
        self.width_candidates()
            .min_by_key(|(width, _)| *width)
            .map_or(self.src.as_str(), |(_, url)| url)
    }

    /// The URL of the largest `srcset` candidate (for the full-screen view), or `src`.
    pub fn largest_src(&self) -> &str {
        self.width_candidates()
            .max_by_key(|(width, _)| *width)
            .map_or(self.src.as_str(), |(_, url)| url)
    }
}

impl Collection {
    /// Calls `f` on every human-readable text in the collection (titles,
    /// captions, credits, body…), e.g. to normalise it to NFC. URLs and ids
    /// are not text and are left alone.
    pub fn for_each_text_mut(&mut self, mut f: impl FnMut(&mut String)) {
        let opt = |o: &mut Option<String>, f: &mut dyn FnMut(&mut String)| {
            if let Some(s) = o {
                f(s);
            }
        };
        f(&mut self.title);
        for o in [
            &mut self.kicker,
            &mut self.section,
            &mut self.dateline,
            &mut self.intro,
            &mut self.attribution,
            &mut self.byline,
        ] {
            opt(o, &mut f);
        }
        if let Some(source) = &mut self.source {
            f(&mut source.name);
        }
        for card in &mut self.cards {
            f(&mut card.headline);
            opt(&mut card.section, &mut f);
            opt(&mut card.kicker, &mut f);
            card.body.iter_mut().for_each(&mut f);
            if let Some(photo) = &mut card.photo {
                opt(&mut photo.alt, &mut f);
                opt(&mut photo.caption, &mut f);
                if let Some(credit) = &mut photo.credit {
                    credit.names.iter_mut().for_each(&mut f);
                    for o in [
                        &mut credit.agency,
                        &mut credit.label,
                        &mut credit.via,
                        &mut credit.for_,
                        &mut credit.text,
                    ] {
                        opt(o, &mut f);
                    }
                }
            }
        }
        for item in &mut self.read_more {
            f(&mut item.title);
            opt(&mut item.summary, &mut f);
        }
    }

    /// Calls `f` on every URL in the collection (photo `src`, each `srcset`
    /// candidate, links), so a source can resolve relative URLs against the
    /// place the data came from.
    pub fn for_each_url(&mut self, mut f: impl FnMut(&mut String)) {
        if let Some(url) = self.source.as_mut().and_then(|s| s.url.as_mut()) {
            f(url);
        }
        for photo in self.cards.iter_mut().filter_map(|c| c.photo.as_mut()) {
            f(&mut photo.src);
            for candidate in photo.srcset.iter_mut().flat_map(|s| &mut s.candidates) {
                f(&mut candidate.url);
            }
        }
        for url in self.read_more.iter_mut().filter_map(|r| r.url.as_mut()) {
            f(url);
        }
        for paragraph in self.cards.iter_mut().flat_map(|c| c.body.iter_mut()) {
            map_links(paragraph, &mut |href| {
                f(href);
                true
            });
        }
    }
}

/// Applies `keep` to each link in a body paragraph's inline markup, dropping
/// (keeping the text of) those it refuses; rewrites the paragraph only when
/// it has links. Returns the hrefs dropped.
pub(crate) fn map_links(
    paragraph: &mut String,
    keep: &mut dyn FnMut(&mut String) -> bool,
) -> Vec<String> {
    let nodes = inline::parse(paragraph);
    if inline::is_plain(&nodes) {
        return Vec::new();
    }
    let mut dropped = Vec::new();
    let kept = inline::retain_links(nodes.clone(), &mut |href: &mut String| {
        let ok = keep(href);
        if !ok {
            dropped.push(href.clone());
        }
        ok
    });
    // Rewritten only when a link changed, so authored text stays as written.
    if kept != nodes {
        *paragraph = inline::to_source(&kept);
    }
    dropped
}

/// Empty values where an importer or the editor starts (below the types
/// and walkers: the reader's wasm never calls them).
impl Collection {
    /// A collection with nothing in it yet, in Vietnamese: where an
    /// importer or the editor starts.
    pub fn draft() -> Collection {
        Collection {
            id: String::new(),
            language: default_language(),
            title: String::new(),
            kicker: None,
            section: None,
            dateline: None,
            published: None,
            intro: None,
            attribution: None,
            source: None,
            byline: None,
            cards: Vec::new(),
            read_more: Vec::new(),
        }
    }
}

impl Card {
    /// An empty card numbered `number`.
    pub fn draft(number: u32) -> Card {
        Card {
            number: Some(number),
            section: None,
            kicker: None,
            headline: String::new(),
            photo: None,
            body: Vec::new(),
        }
    }
}

impl Photo {
    /// A photo with nothing in it yet (no URL: it cannot load).
    pub fn draft() -> Photo {
        Photo {
            src: String::new(),
            srcset: None,
            sizes: None,
            width: None,
            height: None,
            alt: None,
            caption: None,
            credit: None,
        }
    }
}

/// The validator's messages in Vietnamese: the editor's and the CLI's
/// only, never in the reader's wasm (declared late: see `draft` above).
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod words;

/// `parts` with `sep` between them: one small loop where std's `join` would
/// link its two copying instances (for `[&str]` and `[String]`) into the
/// wasm, 2 KB raw between them. Every join in the reader's code uses this.
pub fn join_with<'a>(parts: impl IntoIterator<Item = &'a str>, sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests;
