//! serde's errors, reworded to name the field (native only: the browser
//! reads with `model::read`, which tracks paths itself).

use super::{validate, ModelError, Validated};
use crate::model::Collection;
use serde::Deserializer;
use std::fmt;

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

/// "floating point `5.0`" → "integer `5`", so the browser and the CLI agree.
pub(super) fn integral_floats_as_integers(message: &str) -> String {
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

fn backticked<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.strip_prefix(prefix)?.split('`').next()
}
