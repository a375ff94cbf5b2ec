//! The format's rules, checked on a collection `model::read` (or the
//! plain-HTML reader) has read, whose types are already right: required
//! texts, numbers, credits split from captions, URLs, dates, language tags.
//!
//! Every error names the field it is about (`cards[3].photo.src`), so an
//! editor can find it. Indices are 0-based, as in JSONPath; messages about a
//! card also give its 1-based position because that is what editors count.

mod meta;
mod numbers;
mod photo;
#[cfg(test)]
mod tests;
mod urls;

use super::Collection;
use std::fmt;
use urls::{check_link, is_safe_link};

/// A problem with the data, located by its JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    /// JSON path such as `cards[3].photo.src`; empty for the document itself.
    pub path: String,
    /// What is wrong, in plain English.
    pub message: String,
    /// 1-based line and column in the source text, when the source has them.
    pub position: Option<(usize, usize)>,
}

impl ModelError {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
            position: None,
        }
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)?;
        if let Some((line, column)) = self.position {
            write!(f, " (line {line}, column {column})")?;
        }
        Ok(())
    }
}

/// A collection that passed validation: numbers resolved, credits split
/// from captions, unsafe URLs and links dropped. Only this module makes one,
/// so the components and `render` (which take nothing else) cannot be
/// handed data that skipped validation; read it through `Deref`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(transparent)]
pub struct Valid(Collection);

impl std::ops::Deref for Valid {
    type Target = Collection;
    fn deref(&self) -> &Collection {
        &self.0
    }
}

impl Valid {
    /// Visits every URL, for resolving relative ones against where the data
    /// was published: the one change validation allows afterwards (a
    /// relative URL resolved against an http(s) base stays http(s)).
    pub fn for_each_url(&mut self, f: impl FnMut(&mut String)) {
        self.0.for_each_url(f);
    }

    /// The collection, to change and validate again.
    pub fn into_inner(self) -> Collection {
        self.0
    }
}

/// A collection that passed validation, with the warnings found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    /// Numbers resolved, credits split from captions, unsafe links dropped.
    pub collection: Valid,
    /// Problems that did not stop rendering (missing alt text, gaps in numbering…).
    pub warnings: Vec<ModelError>,
}

/// The rules beyond types. Collects every error, not just the first.
pub fn validate(c: Collection) -> Result<Validated, Vec<ModelError>> {
    check(c, false)
}

/// The same rules as a reader's browser applies them: every problem that
/// concerns one part (a card, a photo, a link, a number) is repaired or
/// leaves that part out, and becomes a warning; only a collection with no
/// card left to show is an error. `warnings` are the reader's (see
/// [`super::read::collection_tolerant`]); they come first.
pub fn validate_tolerant(
    c: Collection,
    warnings: Vec<ModelError>,
) -> Result<Validated, Vec<ModelError>> {
    match check(c, true) {
        Ok(mut v) => {
            v.warnings = merged(warnings, std::mem::take(&mut v.warnings));
            Ok(v)
        }
        Err(errors) => Err(merged(warnings, errors)),
    }
}

/// `first`, then those of `then` not about a part `first` already names: a
/// part the reader reported (`cards[1]`, `title`) is not reported again by
/// validation (`cards[1].headline: … empty headline`).
pub fn merged(first: Vec<ModelError>, then: Vec<ModelError>) -> Vec<ModelError> {
    let reported = |e: &ModelError| {
        first.iter().any(|w| {
            e.path.strip_prefix(w.path.as_str()).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with('.') || rest.starts_with('[')
            })
        })
    };
    let kept: Vec<ModelError> = then.into_iter().filter(|e| !reported(e)).collect();
    let mut all = first;
    all.extend(kept);
    all
}

/// What [`check`] found: errors, or (tolerant) warnings for the same faults.
struct Problems {
    tolerant: bool,
    errors: Vec<ModelError>,
    warnings: Vec<ModelError>,
}

impl Problems {
    /// A fault: an error, or a warning when tolerant. Returns whether the
    /// caller should repair it (tolerant) and go on.
    fn fault(&mut self, path: impl Into<String>, message: impl Into<String>) -> bool {
        let e = ModelError::new(path, message);
        if self.tolerant {
            self.warnings.push(e);
        } else {
            self.errors.push(e);
        }
        self.tolerant
    }
}

fn check(mut c: Collection, tolerant: bool) -> Result<Validated, Vec<ModelError>> {
    // Examples in the content's language: an English collection is never
    // told to write "(Ảnh: …)".
    let vietnamese = std::ptr::eq(crate::i18n::strings(&c.language), &crate::i18n::VI);
    let mut p = Problems {
        tolerant,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let mut dropped_cards = Vec::new();
    meta::check(&mut c, &mut p);

    let mut numbering = numbers::Numbering::default();
    for (i, card) in c.cards.iter_mut().enumerate() {
        let at = |field: &str| format!("cards[{i}].{field}");
        card.number = Some(numbering.assign(i, card.number, &mut p));

        if card.headline.trim().is_empty()
            && p.fault(
                at("headline"),
                format!("card {} has an empty headline", i + 1),
            )
        {
            dropped_cards.push(i);
        }
        for (j, paragraph) in card.body.iter_mut().enumerate() {
            let dropped = super::map_links(paragraph, &mut |href| is_safe_link(href));
            for href in dropped {
                p.warnings.push(ModelError::new(
                    at(&format!("body[{j}]")),
                    format!("link \"{href}\" dropped (its text is kept): only http(s), mailto: and relative links are allowed"),
                ));
            }
        }
        if let Some(photo) = &mut card.photo {
            photo::check(photo, &at, &mut p, vietnamese);
        }
    }

    let mut dropped_items = Vec::new();
    for (i, item) in c.read_more.iter_mut().enumerate() {
        if item.title.trim().is_empty()
            && p.fault(format!("readMore[{i}].title"), "must not be empty")
        {
            dropped_items.push(i);
        }
        check_link(
            &mut item.url,
            &format!("readMore[{i}].url"),
            &mut p.warnings,
        );
    }
    c.cards = without(std::mem::take(&mut c.cards), &dropped_cards);
    c.read_more = without(std::mem::take(&mut c.read_more), &dropped_items);
    if c.cards.is_empty() && p.errors.is_empty() {
        // Nothing to show: say why, with every fault tolerated on the way.
        p.errors = std::mem::take(&mut p.warnings);
        p.errors
            .push(ModelError::new("cards", "no card can be shown"));
    }

    if p.errors.is_empty() {
        Ok(Validated {
            collection: Valid(c),
            warnings: p.warnings,
        })
    } else {
        Err(p.errors)
    }
}

/// `items` without those at the (sorted) indices `dropped`.
fn without<T>(items: Vec<T>, dropped: &[usize]) -> Vec<T> {
    items
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !dropped.contains(i))
        .map(|(_, item)| item)
        .collect()
}
