//! Deserialisation with JSON paths, and the rules serde cannot express.
//!
//! Every error names the field it is about (`cards[3].photo.src`), so an
//! editor can find it. Indices are 0-based, as in JSONPath; messages about a
//! card also give its 1-based position because that is what editors count.

use super::credit::split_caption;
use super::Collection;
#[cfg(not(target_arch = "wasm32"))]
use serde::Deserializer;
use std::fmt;

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

/// A collection that passed validation, with the warnings found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    /// Numbers resolved, credits split from captions, unsafe links dropped.
    pub collection: Collection,
    /// Problems that did not stop rendering (missing alt text, gaps in numbering…).
    pub warnings: Vec<ModelError>,
}

#[cfg(not(target_arch = "wasm32"))]
/// Reads a collection from any serde deserializer (serde_json natively,
/// serde-wasm-bindgen over `JSON.parse` output in the browser), passes every
/// text through `normalize` (sources bring NFC normalisation: the credit
/// labels are matched in NFC), and validates it.
pub fn deserialize<'de, D>(
    d: D,
    normalize: impl FnMut(&mut String),
) -> Result<Validated, Vec<ModelError>>
where
    D: Deserializer<'de>,
    D::Error: fmt::Display,
{
    let mut collection: Collection =
        serde_path_to_error::deserialize(d).map_err(|e| vec![from_serde(e)])?;
    collection.for_each_text_mut(normalize);
    validate(collection)
}

#[cfg(not(target_arch = "wasm32"))]
/// Turns serde's message into one that names the field.
fn from_serde<E: fmt::Display>(e: serde_path_to_error::Error<E>) -> ModelError {
    let mut path = e.path().to_string();
    if path == "." {
        path.clear();
    }
    let raw = e.inner().to_string();
    // serde-wasm-bindgen's errors are JS `Error`s and print as "Error: …",
    // and JS numbers are all floats: say "integer `5`" as serde_json does.
    let raw = raw
        .strip_prefix("Error: ")
        .map(str::to_owned)
        .unwrap_or(raw);
    let raw = integral_floats_as_integers(&raw);
    // serde_json appends " at line L column C"; keep it as structured data.
    let (raw, position) = match raw.rsplit_once(" at line ") {
        Some((msg, pos)) => match pos.split_once(" column ") {
            Some((l, c)) => match (l.parse(), c.parse()) {
                (Ok(l), Ok(c)) => (msg.to_owned(), Some((l, c))),
                _ => (raw.clone(), None),
            },
            None => (raw.clone(), None),
        },
        None => (raw.clone(), None),
    };
    let join = |p: &str, field: &str| {
        if p.is_empty() {
            field.to_owned()
        } else {
            format!("{p}.{field}")
        }
    };
    let (path, message) = if let Some(field) = backticked(&raw, "missing field `") {
        (join(&path, field), "required field is missing".to_owned())
    } else if let Some(field) = backticked(&raw, "unknown field `") {
        let allowed = raw
            .split_once("expected one of ")
            .map(|(_, list)| format!(" (allowed here: {})", list.replace('`', "")))
            .unwrap_or_default();
        // serde_path_to_error already ends the path with the unknown key.
        let path = if path == field || path.ends_with(&format!(".{field}")) {
            path
        } else {
            join(&path, field)
        };
        (path, format!("unknown field{allowed}"))
    } else {
        (path, raw)
    };
    ModelError {
        path,
        message,
        position,
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// "floating point `5.0`" → "integer `5`", so the browser and the CLI agree.
fn integral_floats_as_integers(message: &str) -> String {
    const FLOAT: &str = "floating point `";
    let Some(start) = message.find(FLOAT) else {
        return message.to_owned();
    };
    let rest = &message[start + FLOAT.len()..];
    let Some(end) = rest.find('`') else {
        return message.to_owned();
    };
    match rest[..end].strip_suffix(".0") {
        Some(int)
            if !int.is_empty()
                && int
                    .trim_start_matches('-')
                    .bytes()
                    .all(|b| b.is_ascii_digit()) =>
        {
            format!("{}integer `{int}{}", &message[..start], &rest[end..])
        }
        _ => message.to_owned(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn backticked<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.strip_prefix(prefix)?.split('`').next()
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

/// A well-formed BCP 47 tag, as far as the widget needs: a 2–3 letter
/// language, then subtags of 1–8 letters or digits ("vi", "en-US",
/// "zh-Hant-TW"; not "vietnamese").
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The ISO 8601 forms HTML's `datetime` attribute takes: `2023-12-31`,
/// then optionally `T06:06`, `:00`, `.5`, and `Z` or `+07:00`.
fn is_date_time(text: &str) -> bool {
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

fn check(mut c: Collection, tolerant: bool) -> Result<Validated, Vec<ModelError>> {
    let mut p = Problems {
        tolerant,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let mut dropped_cards = Vec::new();
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
            c.language = super::default_language();
        }
    } else if !is_language_tag(&c.language) {
        // It would be the widget's `lang`: screen readers pick a voice by it.
        let message = format!(
            "must be a BCP 47 language tag such as \"vi\" or \"en-US\", got \"{}\"; using \"vi\"",
            c.language
        );
        p.warnings.push(ModelError::new("language", message));
        c.language = super::default_language();
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

    let mut previous: Option<u32> = None;
    // Number → the last card that had it. A list, not a map: the wasm already
    // has yew's own map code, and a map of our own would add its copy.
    let mut seen: Vec<(u32, usize)> = Vec::new();
    for (i, card) in c.cards.iter_mut().enumerate() {
        let at = |field: &str| format!("cards[{i}].{field}");
        let number = match card.number {
            Some(0) => {
                let message = format!("card {} has number 0; numbers start at 1", i + 1);
                if p.fault(at("number"), message) {
                    previous.map_or(1, |before| before.saturating_add(1))
                } else {
                    0
                }
            }
            Some(n) => {
                if let Some(before) = previous {
                    if n > before.saturating_add(1) {
                        p.warnings.push(ModelError::new(
                            at("number"),
                            format!("numbering jumps from {before} to {n}"),
                        ));
                    }
                }
                n
            }
            None => previous.map_or(1, |p| p.saturating_add(1)),
        };
        let before = match seen.iter_mut().find(|(n, _)| *n == number) {
            Some(entry) => Some(std::mem::replace(&mut entry.1, i)),
            None => {
                seen.push((number, i));
                None
            }
        };
        if let Some(first) = before {
            p.warnings.push(ModelError::new(
                at("number"),
                format!("number {number} is also used by cards[{first}]"),
            ));
        }
        card.number = Some(number);
        previous = Some(number);

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
            let bad_src = if photo.src.trim().is_empty() {
                p.fault(at("photo.src"), "must not be empty")
            } else if !is_safe_url(&photo.src) {
                let message = format!(
                    "only http(s) or relative image URLs are allowed, got \"{}\"",
                    photo.src
                );
                p.fault(at("photo.src"), message)
            } else {
                false
            };
            if bad_src {
                // Shown as a photo that failed to load; caption and credit stay.
                photo.src.clear();
                photo.srcset = None;
            }
            if let Some(srcset) = photo.srcset.take() {
                photo.srcset = checked_srcset(srcset, &at("photo.srcset"), &mut p.warnings);
            }
            let mut zero_size = false;
            match (photo.width, photo.height) {
                (Some(0), _) | (_, Some(0)) => zero_size = true,
                (Some(_), None) | (None, Some(_)) => p.warnings.push(ModelError::new(
                    at("photo"),
                    "give both width and height so the photo's space is reserved",
                )),
                (None, None) => p.warnings.push(ModelError::new(
                    at("photo"),
                    "no width/height: the page will shift when the photo loads",
                )),
                _ => {}
            }
            if zero_size && p.fault(at("photo"), "width and height must be greater than 0") {
                (photo.width, photo.height) = (None, None);
            }
            if photo.alt.as_deref().is_none_or(|a| a.trim().is_empty()) {
                p.warnings.push(ModelError::new(
                    at("photo.alt"),
                    "missing alt text: screen-reader users will not know what the photo shows",
                ));
            }
            if let Some(caption) = &photo.caption {
                let (text, found) = split_caption(caption);
                photo.caption = (!text.is_empty()).then_some(text);
                if photo.credit.is_none() {
                    photo.credit = found;
                } else if found.is_some() {
                    p.warnings.push(ModelError::new(
                        at("photo.caption"),
                        "the caption ends with a credit and a credit is also given: the credit field is shown",
                    ));
                }
            }
            if photo.credit.is_none() {
                p.warnings.push(ModelError::new(
                    at("photo"),
                    "no credit: add one, e.g. \"(Ảnh: Nguyễn Hồng)\" at the end of the caption or a credit field",
                ));
            }
            if photo.credit.as_ref().is_some_and(|c| c.names.is_empty())
                && p.fault(at("photo.credit.names"), "needs at least one name")
            {
                photo.credit = None;
            }
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
            collection: c,
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

/// Keeps the `srcset` candidates the HTML standard accepts (see
/// [`super::srcset`]) whose URL is safe; warns about the others. `None` when
/// nothing usable is left (the photo falls back to `src`).
fn checked_srcset(
    mut srcset: super::Srcset,
    path: &str,
    warnings: &mut Vec<ModelError>,
) -> Option<super::Srcset> {
    let unsafe_ones = srcset
        .candidates
        .iter()
        .filter(|c| !is_safe_url(&c.url))
        .map(|c| c.url.clone());
    for candidate in std::mem::take(&mut srcset.dropped)
        .into_iter()
        .chain(unsafe_ones.collect::<Vec<_>>())
    {
        warnings.push(ModelError::new(
            path,
            format!("candidate \"{candidate}\" dropped: expected \"URL 480w\" or \"URL 2x\" with an http(s) or relative URL"),
        ));
    }
    srcset.candidates.retain(|c| is_safe_url(&c.url));
    (!srcset.candidates.is_empty()).then_some(srcset)
}

/// Drops a link the widget must not render (e.g. `javascript:`), with a warning.
fn check_link(url: &mut Option<String>, path: &str, warnings: &mut Vec<ModelError>) {
    if let Some(u) = url {
        if !is_safe_url(u) {
            warnings.push(ModelError::new(
                path,
                format!("link \"{u}\" dropped: only http(s) and relative links are allowed"),
            ));
            *url = None;
        }
    }
}

/// "(Bình chọn của …)" → "Bình chọn của …": one pair of outer brackets,
/// ASCII or full-width, when they enclose the whole text.
pub(crate) fn without_brackets(text: &str) -> String {
    let t = text.trim();
    for (open, close) in [('(', ')'), ('（', '）'), ('[', ']')] {
        if let Some(inner) = t.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            // "(a) và (b)" is not enclosed: the first bracket closes early.
            let mut depth = 0i32;
            let enclosed = inner.chars().all(|c| {
                if c == open {
                    depth += 1;
                } else if c == close {
                    depth -= 1;
                }
                depth >= 0
            });
            if enclosed && depth == 0 {
                return inner.trim().to_owned();
            }
        }
    }
    t.to_owned()
}

/// A body link: what [`is_safe_url`] allows, and `mailto:`.
fn is_safe_link(url: &str) -> bool {
    let u = url.trim();
    is_safe_url(u)
        || u.get(..7)
            .is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:"))
}

/// http(s) or a relative reference (no scheme before the first `/`, `?` or `#`).
pub(crate) fn is_safe_url(url: &str) -> bool {
    let u = url.trim();
    let head = u.split(['/', '?', '#']).next().unwrap_or("");
    match head.split_once(':') {
        None => true,
        Some((scheme, _)) => {
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<Validated, Vec<ModelError>> {
        deserialize(&mut serde_json::Deserializer::from_str(json), |_| {})
    }

    fn messages(json: &str) -> Vec<String> {
        parse(json)
            .expect_err("should be rejected")
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    const MINIMAL: &str = r#"{"id":"x","title":"T","cards":[{"headline":"H"}]}"#;

    #[test]
    fn minimal_collection_is_valid_and_vietnamese_by_default() {
        let v = parse(MINIMAL).unwrap();
        assert_eq!(v.collection.language, "vi");
        assert_eq!(v.collection.cards[0].number(), 1);
        assert!(v.warnings.is_empty());
    }

    #[test]
    fn invalid_json_reports_line_and_column() {
        let errors = parse("{\n  \"id\": \"x\",\n  \"title\": }").unwrap_err();
        assert_eq!(errors[0].position, Some((3, 12)));
        assert!(errors[0].message.contains("expected value"), "{errors:?}");
    }

    #[test]
    fn wrong_type_names_the_path() {
        let m = messages(r#"{"id":"x","title":"T","cards":[{"headline":"H"},{"headline":5}]}"#);
        assert_eq!(
            m,
            ["cards[1].headline: invalid type: integer `5`, expected a string (line 1, column 61)"]
        );
    }

    #[test]
    fn missing_photo_src_names_the_full_path() {
        let m = messages(
            r#"{"id":"x","title":"T","cards":[{"headline":"A"},{"headline":"B"},{"headline":"C"},{"headline":"D","photo":{"alt":"a"}}]}"#,
        );
        assert_eq!(m.len(), 1);
        assert!(
            m[0].starts_with("cards[3].photo.src: required field is missing"),
            "{m:?}"
        );
    }

    #[test]
    fn unknown_fields_are_rejected_with_the_allowed_ones() {
        let m = messages(r#"{"id":"x","title":"T","cards":[{"headline":"H","headlin":"x"}]}"#);
        assert!(m[0].starts_with("cards[0].headlin: unknown field (allowed here: number, section, kicker, headline, photo, body)"), "{m:?}");
    }

    #[test]
    fn every_rule_error_is_collected() {
        let m = messages(
            r#"{"id":"bad id","title":" ","cards":[{"number":0,"headline":"","photo":{"src":"javascript:alert(1)","width":3,"height":2}}]}"#,
        );
        assert_eq!(m.len(), 5, "{m:#?}");
        assert!(m[0].starts_with("id: must be letters"));
        assert_eq!(m[1], "title: must not be empty");
        assert_eq!(
            m[2],
            "cards[0].number: card 1 has number 0; numbers start at 1"
        );
        assert_eq!(m[3], "cards[0].headline: card 1 has an empty headline");
        assert!(m[4].starts_with("cards[0].photo.src: only http(s)"));
        assert_eq!(
            messages(r#"{"id":"x","title":"T","cards":[]}"#),
            ["cards: needs at least one card"]
        );
    }

    #[test]
    fn numbers_are_implied_by_order_and_oddities_warned() {
        let v = parse(
            r#"{"id":"x","title":"T","cards":[{"headline":"a"},{"number":5,"headline":"b"},{"headline":"c"},{"number":6,"headline":"d"}]}"#,
        )
        .unwrap();
        let n: Vec<u32> = v.collection.cards.iter().map(|c| c.number()).collect();
        assert_eq!(n, [1, 5, 6, 6]);
        let w: Vec<String> = v.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            w,
            [
                "cards[1].number: numbering jumps from 1 to 5",
                "cards[3].number: number 6 is also used by cards[2]"
            ]
        );
    }

    #[test]
    fn caption_credit_is_split_and_explicit_credit_wins() {
        let v = parse(
            r#"{"id":"x","title":"T","cards":[
              {"headline":"a","photo":{"src":"a.jpg","width":3,"height":2,"alt":"x","caption":"Lễ đón. (Nguồn: TTXVN)"}},
              {"headline":"b","photo":{"src":"b.jpg","width":3,"height":2,"alt":"x","caption":"Lễ đón. (Nguồn: TTXVN)","credit":"Ảnh: Trí Dũng/TTXVN"}},
              {"headline":"c","photo":{"src":"c.jpg","width":3,"height":2,"alt":"x","credit":{"kind":"source","names":["Tuổi trẻ"]}}}
            ]}"#,
        )
        .unwrap();
        let photos: Vec<_> = v
            .collection
            .cards
            .iter()
            .map(|c| c.photo.clone().unwrap())
            .collect();
        assert_eq!(photos[0].caption.as_deref(), Some("Lễ đón."));
        assert_eq!(photos[0].credit.as_ref().unwrap().names, ["TTXVN"]);
        assert_eq!(photos[1].caption.as_deref(), Some("Lễ đón."));
        assert_eq!(
            photos[1].credit.as_ref().unwrap().agency.as_deref(),
            Some("TTXVN")
        );
        assert_eq!(photos[2].credit.as_ref().unwrap().names, ["Tuổi trẻ"]);
    }

    #[test]
    fn a_caption_credit_overridden_by_the_credit_field_is_a_warning() {
        let v = parse(
            r#"{"id":"x","title":"T","cards":[
              {"headline":"b","photo":{"src":"b.jpg","width":3,"height":2,"alt":"x","caption":"Lễ đón. (Nguồn: TTXVN)","credit":"Ảnh: Trí Dũng/TTXVN"}}
            ]}"#,
        )
        .unwrap();
        let warnings: Vec<String> = v.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            ["cards[0].photo.caption: the caption ends with a credit and a credit is also given: the credit field is shown"]
        );
    }

    #[test]
    fn structured_credit_errors_name_the_path() {
        let m = messages(
            r#"{"id":"x","title":"T","cards":[{"headline":"a","photo":{"src":"a.jpg","credit":{"kind":"painter","names":["X"]}}}]}"#,
        );
        assert!(
            m[0].starts_with("cards[0].photo.credit.kind: unknown variant `painter`"),
            "{m:?}"
        );
    }

    #[test]
    fn unsafe_links_are_dropped_with_a_warning() {
        let v = parse(
            r#"{"id":"x","title":"T","cards":[{"headline":"a"}],"source":{"name":"S","url":"javascript:alert(1)"},
               "readMore":[{"title":"r","url":"data:text/html,x"},{"title":"ok","url":"/a/b?c=d"}]}"#,
        )
        .unwrap();
        assert_eq!(v.collection.source.unwrap().url, None);
        assert_eq!(v.collection.read_more[0].url, None);
        assert_eq!(v.collection.read_more[1].url.as_deref(), Some("/a/b?c=d"));
        assert_eq!(v.warnings.len(), 2);
        assert!(v.warnings[0].to_string().starts_with("source.url: link"));
    }

    #[test]
    fn integral_floats_read_as_integers() {
        assert_eq!(
            integral_floats_as_integers("invalid type: floating point `5.0`, expected a string"),
            "invalid type: integer `5`, expected a string"
        );
        assert_eq!(
            integral_floats_as_integers("invalid type: floating point `-2.0`, expected u32"),
            "invalid type: integer `-2`, expected u32"
        );
        let kept = "invalid type: floating point `1.5`, expected u32";
        assert_eq!(integral_floats_as_integers(kept), kept);
    }

    #[test]
    fn url_safety() {
        for ok in [
            "https://a.vn/x.jpg",
            "HTTP://a",
            "photos/a.jpg",
            "../a.jpg",
            "/a:b",
            "a.jpg?x=y:z",
            "#top",
        ] {
            assert!(is_safe_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:x",
            "data:image/png;base64,AA",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert!(!is_safe_url(bad), "{bad}");
        }
    }

    #[test]
    fn photo_warnings() {
        let v =
            parse(r#"{"id":"x","title":"T","cards":[{"headline":"a","photo":{"src":"a.jpg"}}]}"#)
                .unwrap();
        let w: Vec<String> = v.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            w,
            [
                "cards[0].photo: no width/height: the page will shift when the photo loads",
                "cards[0].photo.alt: missing alt text: screen-reader users will not know what the photo shows",
                "cards[0].photo: no credit: add one, e.g. \"(Ảnh: Nguyễn Hồng)\" at the end of the caption or a credit field"
            ]
        );
    }

    #[test]
    fn tolerant_validation_repairs_or_leaves_out_the_faulty_part() {
        let json = r#"{"id":"bad id!","language":"","title":"T","cards":[
            {"number":0,"headline":"A","photo":{"src":"javascript:alert(1)","srcset":"a.jpg 1x","width":0,"height":10,"alt":"a","caption":"Lễ (Ảnh: X)"}},
            {"headline":"  "},
            {"headline":"C","photo":{"src":"c.jpg","width":1,"height":1,"alt":"c","credit":{"kind":"photo","names":[]}}}],
            "readMore":[{"title":""},{"title":"R"}]}"#;
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let (c, read) = crate::model::read::collection_tolerant(&value).unwrap();
        assert!(read.is_empty(), "{read:?}");
        let strict = validate(c.clone()).unwrap_err();
        let v = validate_tolerant(c, Vec::new()).unwrap();
        let warnings: Vec<String> = v.warnings.iter().map(ToString::to_string).collect();
        // Every strict error is a tolerant warning, nothing is an error.
        for e in &strict {
            assert!(warnings.contains(&e.to_string()), "{e} not in {warnings:?}");
        }
        let c = v.collection;
        assert_eq!(
            (c.id.as_str(), c.language.as_str()),
            ("highlight-cards", "vi")
        );
        let numbers: Vec<_> = c
            .cards
            .iter()
            .map(|c| (c.headline.as_str(), c.number))
            .collect();
        assert_eq!(numbers, [("A", Some(1)), ("C", Some(3))]);
        let a = c.cards[0].photo.as_ref().unwrap();
        assert!(!a.can_load() && a.srcset.is_none());
        assert_eq!((a.width, a.height), (None, None));
        assert_eq!(a.caption.as_deref(), Some("Lễ"));
        assert_eq!(a.credit.as_ref().unwrap().names, ["X"]);
        assert!(c.cards[1].photo.as_ref().unwrap().credit.is_none());
        assert_eq!(c.read_more.len(), 1);
        assert_eq!(c.read_more[0].title, "R");
    }

    #[test]
    fn tolerant_validation_fails_only_when_no_card_is_left() {
        let value: serde_json::Value = serde_json::from_str(
            r#"{"id":"x","title":"T","cards":[{"headline":" "},{"headline":""}]}"#,
        )
        .unwrap();
        let (c, _) = crate::model::read::collection_tolerant(&value).unwrap();
        let errors = validate_tolerant(c, Vec::new()).unwrap_err();
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            errors,
            [
                "cards[0].headline: card 1 has an empty headline",
                "cards[1].headline: card 2 has an empty headline",
                "cards: no card can be shown"
            ]
        );
    }

    #[test]
    fn published_must_be_iso_8601_and_language_bcp_47() {
        for ok in [
            "2023-12-31",
            "2023-12-31T06:06",
            "2023-12-31T06:06:00+07:00",
            "2023-12-31 06:06:00.5Z",
            "2024-02-29T23:59:59-03:30",
        ] {
            assert!(is_date_time(ok), "{ok}");
        }
        for bad in [
            "30/12/2024",
            "2023-13-01",
            "2023-12-32",
            "2023-12-31T24:00",
            "2023-12-31T06",
            "2023-12-31T06:06:00.",
            "2023-12-31T06:06+7",
            "2023-12-31Z",
            "2023-12-31T06:06:00+07:00 ",
            "",
            "2023-1-01",
        ] {
            assert!(!is_date_time(bad), "{bad}");
        }
        for ok in ["vi", "en", "en-US", "zh-Hant-TW", "vi-VN"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["vietnamese", "v", "vi-", "en-toolongsubtag", "12", "vi--VN"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
        let json = r#"{"id":"x","title":"T","language":"vietnamese","published":"30/12/2024","cards":[{"headline":"h"}]}"#;
        let read: Collection = serde_json::from_str(json).unwrap();
        for tolerant in [true, false] {
            let v = check(read.clone(), tolerant).expect("warnings only");
            let m: Vec<String> = v.warnings.iter().map(ToString::to_string).collect();
            assert!(m.contains(&"language: must be a BCP 47 language tag such as \"vi\" or \"en-US\", got \"vietnamese\"; using \"vi\"".to_owned()), "{m:?}");
            assert!(
                m.iter().any(
                    |w| w.starts_with("published: must be an ISO 8601 date or date-time")
                        && w.ends_with("got \"30/12/2024\"; shown as text only")
                ),
                "{m:?}"
            );
            assert_eq!(v.collection.language, "vi");
            assert_eq!(v.collection.published, None);
            assert_eq!(
                v.collection.dateline.as_deref(),
                Some("30/12/2024"),
                "still shown"
            );
        }
    }
}
