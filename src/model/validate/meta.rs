//! The collection's own fields: `id`, `language`, `published`, `title`,
//! the source link and the attribution; and that it has a card at all.

use super::urls::{check_link, without_brackets};
use super::{ModelError, Problems};
use crate::model::Collection;

/// Checks (and, when tolerant, repairs) the collection's own fields.
pub(super) fn check(c: &mut Collection, p: &mut Problems) {
    if c.id.is_empty()
        || !c
            .id
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
    {
        let message = format!(
            "must be letters, digits, '-' or '_' (it is used in links to cards), got \"{}\"",
            c.id
        );
        if p.fault("id", message) {
            c.id = "highlight-cards".to_owned();
        }
    }
    if c.language.is_empty()
        || !c
            .language
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
    {
        let message = format!(
            "must be a language tag such as \"vi\" or \"en\", got \"{}\"",
            c.language
        );
        if p.fault("language", message) {
            c.language = crate::model::default_language();
        }
    } else if !is_language_tag(&c.language) {
        // It would be the widget's `lang`: screen readers pick a voice by it.
        let message = format!(
            "must be a BCP 47 language tag such as \"vi\" or \"en-US\", got \"{}\"; using \"vi\"",
            c.language
        );
        p.warnings.push(ModelError::new("language", message));
        c.language = crate::model::default_language();
    }
    if let Some(published) = c.published.take() {
        if is_date_time(&published) {
            c.published = Some(published);
        } else {
            // Still shown, as the date line; only the machine-readable twin goes.
            let message = format!(
                "must be an ISO 8601 date or date-time such as \"2023-12-31\" or \"2023-12-31T06:06:00+07:00\", got \"{published}\"; shown as text only"
            );
            p.warnings.push(ModelError::new("published", message));
            c.dateline = c.dateline.take().or(Some(published));
        }
    }
    if c.title.trim().is_empty() {
        p.fault("title", "must not be empty");
    }
    if c.cards.is_empty() {
        p.errors
            .push(ModelError::new("cards", "needs at least one card"));
    }
    if let Some(source) = &mut c.source {
        check_link(&mut source.url, "source.url", &mut p.warnings);
    }
    // The widget draws the brackets: "(…)" in the data would show as "((…))".
    if let Some(attribution) = &mut c.attribution {
        *attribution = without_brackets(attribution);
    }
}

/// A well-formed BCP 47 tag, as far as the widget needs: a 2–3 letter
/// language, then subtags of 1–8 letters or digits ("vi", "en-US",
/// "zh-Hant-TW"; not "vietnamese").
pub(super) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The ISO 8601 forms HTML's `datetime` attribute takes: `2023-12-31`,
/// then optionally `T06:06`, `:00`, `.5`, and `Z` or `+07:00`.
pub(super) fn is_date_time(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    // `n` digits from `i`, their value within `lo..=hi`.
    let digits = |i: &mut usize, n: usize, lo: u32, hi: u32| {
        let Some(d) = b
            .get(*i..*i + n)
            .filter(|d| d.iter().all(u8::is_ascii_digit))
        else {
            return false;
        };
        *i += n;
        (lo..=hi).contains(&d.iter().fold(0, |v, x| v * 10 + u32::from(x - b'0')))
    };
    let one_of = |i: &mut usize, chars: &[u8]| {
        let found = b.get(*i).is_some_and(|c| chars.contains(c));
        *i += usize::from(found);
        found
    };
    let date = digits(&mut i, 4, 1, 9999)
        && one_of(&mut i, b"-")
        && digits(&mut i, 2, 1, 12)
        && one_of(&mut i, b"-")
        && digits(&mut i, 2, 1, 31);
    if !date || i == b.len() {
        return date;
    }
    if !(one_of(&mut i, b"T ")
        && digits(&mut i, 2, 0, 23)
        && one_of(&mut i, b":")
        && digits(&mut i, 2, 0, 59))
    {
        return false;
    }
    if one_of(&mut i, b":") {
        if !digits(&mut i, 2, 0, 59) {
            return false;
        }
        if one_of(&mut i, b".") {
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return false;
            }
        }
    }
    if i == b.len() {
        return true;
    }
    let zone = if one_of(&mut i, b"Z") {
        true
    } else {
        one_of(&mut i, b"+-")
            && digits(&mut i, 2, 0, 23)
            && one_of(&mut i, b":")
            && digits(&mut i, 2, 0, 59)
    };
    zone && i == b.len()
}
