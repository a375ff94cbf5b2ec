//! Where a collection's data comes from. Every source ends in
//! [`crate::model::deserialize`], so all of them share one format and one set
//! of error messages.
//!
//! - native (CLI, tests): JSON text through serde_json, which adds line and
//!   column to errors;
//! - browser: the browser's own `JSON.parse` and serde-wasm-bindgen, which
//!   keeps serde_json out of the wasm (it is one of the larger size costs).

pub mod html;

use crate::model::{ModelError, Validated};

/// Parses and validates JSON text (native builds).
#[cfg(not(target_arch = "wasm32"))]
pub fn from_json_str(text: &str) -> Result<Validated, Vec<ModelError>> {
    crate::model::deserialize(&mut serde_json::Deserializer::from_str(text))
}

/// Validates a value produced by `JSON.parse`; relative URLs in it are
/// resolved against `base` (the URL the JSON came from, or the page).
#[cfg(target_arch = "wasm32")]
pub fn from_js(value: wasm_bindgen::JsValue, base: &str) -> Result<Validated, Vec<ModelError>> {
    let mut validated = crate::model::deserialize(serde_wasm_bindgen::Deserializer::from(value))?;
    validated.collection.for_each_url(|url| {
        if let Ok(abs) = web_sys::Url::new_with_base(url, base) {
            *url = abs.href();
        }
    });
    Ok(validated)
}
