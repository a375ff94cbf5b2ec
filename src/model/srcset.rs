//! `srcset`, parsed once, as the HTML standard parses it.
//!
//! Image CDNs put transformations in the path (`/w_480,q_80/photo.jpg`), so
//! a URL may contain commas: splitting the attribute on every comma breaks
//! such candidates. The standard's algorithm ("parse a srcset attribute")
//! takes a URL as a run of non-whitespace, strips only trailing commas, and
//! tokenises the descriptors (`480w`, `2x`, parentheses kept together). Here
//! it runs once — when a photo is read (JSON, inline JSON, plain HTML) — and
//! everything after works on the parsed [`Srcset`]: validation checks its
//! URLs, the components and the server renderer write it back out, the
//! viewer and Save-Data pick candidates by width. Nothing re-splits the text.
//!
//! Densities (`1.5x`) are checked by the grammar of a valid floating-point
//! number and kept as written: the wasm never formats a float.

use serde::{Serialize, Serializer};
use std::fmt;

/// What a candidate says about its image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Descriptor {
    /// No descriptor (`1x`).
    None,
    /// `480w`: the image's width in pixels.
    Width(u32),
    /// `2x`, `1.5x`: pixel density, as written (without the `x`).
    Density(String),
}

/// One `srcset` candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The image URL (may contain commas).
    pub url: String,
    /// Its descriptor.
    pub descriptor: Descriptor,
}

/// A parsed `srcset`: the valid candidates, in order, and the text of those
/// the standard drops (for a warning; never rendered).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Srcset {
    /// Valid candidates.
    pub candidates: Vec<Candidate>,
    /// Candidates with invalid descriptors, as written.
    pub dropped: Vec<String>,
}

impl Srcset {
    /// The HTML standard's "parse a srcset attribute".
    pub fn parse(input: &str) -> Self {
        let mut out = Srcset::default();
        let mut rest = input;
        loop {
            // Skip whitespace and commas between candidates.
            rest = rest.trim_start_matches(|c: char| is_space(c) || c == ',');
            if rest.is_empty() {
                return out;
            }
            let candidate = rest;
            let url_end = rest.find(is_space).unwrap_or(rest.len());
            let mut url = &rest[..url_end];
            rest = &rest[url_end..];
            let mut descriptors = Vec::new();
            if url.ends_with(',') {
                url = url.trim_end_matches(',');
            } else {
                rest = tokenize_descriptors(rest, &mut descriptors);
            }
            match descriptor_of(&descriptors) {
                Some(descriptor) => out.candidates.push(Candidate {
                    url: url.to_owned(),
                    descriptor,
                }),
                None => {
                    // As written, up to the comma that ended it.
                    let text = &candidate[..candidate.len() - rest.len()];
                    out.dropped.push(
                        text.trim_end_matches(|c: char| is_space(c) || c == ',')
                            .to_owned(),
                    );
                }
            }
        }
    }

    /// Candidates with a width descriptor, as (width, URL).
    pub fn widths(&self) -> impl Iterator<Item = (u32, &str)> {
        self.candidates.iter().filter_map(|c| match c.descriptor {
            Descriptor::Width(w) => Some((w, c.url.as_str())),
            _ => None,
        })
    }
}

/// Writes the candidates back as an attribute value the parser above reads
/// to the same candidates: `url 480w, url 2x`. A URL that ends in a comma
/// (which the parser would strip) has that comma percent-encoded.
impl fmt::Display for Srcset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl Srcset {
    /// The attribute text (see the [`fmt::Display`] implementation).
    pub fn text(&self) -> String {
        let mut out = String::new();
        for c in &self.candidates {
            if !out.is_empty() {
                out.push_str(", ");
            }
            let url = c.url.trim_end_matches(',');
            out.push_str(url);
            for _ in url.len()..c.url.len() {
                out.push_str("%2C");
            }
            let (number, unit) = match &c.descriptor {
                Descriptor::None => continue,
                Descriptor::Width(w) => (w.to_string(), 'w'),
                Descriptor::Density(d) => (d.clone(), 'x'),
            };
            out.push(' ');
            out.push_str(&number);
            out.push(unit);
        }
        out
    }
}

/// In JSON a `srcset` is its attribute text.
impl Serialize for Srcset {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r')
}

/// The standard's descriptor tokenizer: collects descriptors up to the comma
/// that ends the candidate (or the end); returns what follows it.
fn tokenize_descriptors<'a>(input: &'a str, descriptors: &mut Vec<&'a str>) -> &'a str {
    let input = input.trim_start_matches(is_space);
    // Where the current descriptor starts, and whether inside parentheses.
    let mut start: Option<usize> = None;
    let mut in_parens = false;
    for (i, c) in input.char_indices() {
        if in_parens {
            in_parens = c != ')';
            continue;
        }
        if is_space(c) || c == ',' {
            if let Some(s) = start.take() {
                descriptors.push(&input[s..i]);
            }
            if c == ',' {
                return &input[i + 1..];
            }
            continue;
        }
        start.get_or_insert(i);
        in_parens = c == '(';
    }
    if let Some(s) = start {
        descriptors.push(&input[s..]);
    }
    ""
}

/// The standard's descriptor parser; `None` when the candidate is invalid.
fn descriptor_of(descriptors: &[&str]) -> Option<Descriptor> {
    let (mut width, mut density, mut height) = (None, None, None);
    for d in descriptors {
        // Split off the last character (which may be more than one byte).
        let (last, _) = d.char_indices().last()?;
        let (number, kind) = d.split_at(last);
        match kind {
            "w" if width.is_none() && density.is_none() => {
                width = Some(non_negative_integer(number).filter(|&w| w > 0)?);
            }
            "x" if width.is_none() && density.is_none() && height.is_none() => {
                density = Some(non_negative_float(number)?);
            }
            "h" if height.is_none() && density.is_none() => {
                height = Some(non_negative_integer(number).filter(|&h| h > 0)?);
            }
            _ => return None,
        }
    }
    if height.is_some() && width.is_none() {
        return None;
    }
    Some(match (width, density) {
        (Some(w), _) => Descriptor::Width(w),
        (None, Some(d)) => Descriptor::Density(d),
        (None, None) => Descriptor::None,
    })
}

/// A valid non-negative integer: ASCII digits only.
fn non_negative_integer(s: &str) -> Option<u32> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// A valid floating-point number that is not negative, as written:
/// digits, an optional `.digits` (or `.digits` alone), an optional exponent.
fn non_negative_float(s: &str) -> Option<String> {
    let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
    let mut rest = s;
    let whole = digits(rest);
    rest = &rest[whole..];
    let mut fraction = 0;
    if let Some(after) = rest.strip_prefix('.') {
        fraction = digits(after);
        if fraction == 0 {
            return None;
        }
        rest = &after[fraction..];
    }
    if whole + fraction == 0 {
        return None;
    }
    if let Some(after) = rest.strip_prefix(['e', 'E']) {
        let after = after.strip_prefix(['+', '-']).unwrap_or(after);
        let n = digits(after);
        if n == 0 {
            return None;
        }
        rest = &after[n..];
    }
    rest.is_empty().then(|| s.to_owned())
}

#[cfg(test)]
mod tests;
