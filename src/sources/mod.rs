//! Where a collection's data comes from, and the one way each is read.
//!
//! - JSON: parsed by the platform (the browser's `JSON.parse`; natively
//!   serde_json, which gives errors a line and column) and read field by
//!   field by [`crate::model::read`] — the same reader in the browser, the
//!   CLI, the editor, the tests and the fuzz targets, so every one of them
//!   sees the same collection and the same messages;
//! - host HTML: [`html`] reads the plain-HTML cards (the live DOM in the
//!   browser, html5ever natively);
//! - an article (text, Markdown, HTML, JSON, a spreadsheet): [`import`]
//!   makes a draft for the editor to check (the editor and the CLI only).
//!
//! JSON and host HTML end in NFC normalisation and [`crate::model::validate`]
//! (or its tolerant twin, as a reader's browser reads).

pub mod html;
/// The editor's and the CLI's only: never compiled into the reader's wasm.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod html_write;
/// The editor's and the CLI's only: never compiled into the reader's wasm.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod import;

/// The text without a UTF-8 byte-order mark (as Windows editors save
/// files), skipped as browsers skip it: the one place that knows of it.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// What a host with none of the three sources is told, in the browser and
/// by `validate page.html` alike.
pub const NO_DATA: &str =
    "no data: give the element a src URL, a <script type=\"application/json\"> child, or an <ol> of cards";

use crate::model::{ModelError, Validated};

/// Reads, NFC-normalises and validates a host's plain-HTML cards (the
/// browser's live DOM or, natively, parsed HTML). `None` when the host has no
/// cards (see [`html::has_cards`]).
pub fn from_html<E: html::HtmlElement>(
    host: &E,
    fallback_id: &str,
    language: &str,
) -> Option<Result<Validated, Vec<ModelError>>> {
    html::read(host, fallback_id, language).map(|(mut c, problems)| {
        c.for_each_text_mut(nfc);
        crate::model::validate_tolerant(c, problems)
    })
}

/// Every widget host in an HTML page, validated strictly, as `validate`
/// reports to editors (native builds): the cards the browser's embed would
/// read, with every fault an error (the browser leaves the faulty part out).
#[cfg(not(target_arch = "wasm32"))]
pub fn from_html_str(page: &str) -> Vec<Option<Result<Validated, Vec<ModelError>>>> {
    check_html_str(page)
        .into_iter()
        .map(|c| c.map(|c| c.strict))
        .collect()
}

/// Every widget host in an HTML page, checked as [`check_json_str`] checks
/// JSON: strictly, and as a reader's browser reads it. The source is found
/// as the embed finds it: inline JSON is checked as JSON, plain-HTML cards
/// as cards; a host that loads a URL gives `None` (checked where its file
/// is); a host with no data is an error, as in the browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_html_str(page: &str) -> Vec<Option<Checked>> {
    use html::PageWidget;
    html::page_widgets(page)
        .into_iter()
        .map(|widget| match widget {
            PageWidget::Url(_) => None,
            PageWidget::InlineJson(text) => Some(check_json_str(&text)),
            PageWidget::Cards(c, problems) => {
                let mut c = *c;
                c.for_each_text_mut(nfc);
                // Strictly, a faulty `data-rest` is an error; a reader's
                // browser leaves its faulty fields out.
                let strict = if problems.is_empty() {
                    crate::model::validate(c.clone())
                } else {
                    Err(problems.clone())
                };
                Some(Checked {
                    strict,
                    reader: crate::model::validate_tolerant(c, problems),
                })
            }
            PageWidget::Nothing => {
                let error = ModelError {
                    path: String::new(),
                    message: NO_DATA.to_owned(),
                    position: None,
                };
                Some(Checked {
                    strict: Err(vec![error.clone()]),
                    reader: Err(vec![error]),
                })
            }
        })
        .collect()
}

/// Parses, NFC-normalises and validates JSON text strictly (native
/// builds): every problem at once, unknown fields included, in the words
/// the browser uses — it is [`check_json_str`]'s `strict` verdict, read by
/// the reader the browser runs (`model::read`).
#[cfg(not(target_arch = "wasm32"))]
pub fn from_json_str(text: &str) -> Result<Validated, Vec<ModelError>> {
    check_json_str(text).strict
}

/// What `validate` says of a file: the editor's verdict and the reader's.
#[cfg(not(target_arch = "wasm32"))]
pub struct Checked {
    /// Strict: every problem at once (unknown fields, wrong types, rule
    /// errors), or the valid collection with its warnings.
    pub strict: Result<Validated, Vec<ModelError>>,
    /// What a reader's browser makes of the same text (tolerant: see
    /// `model::read::collection_tolerant`).
    pub reader: Result<Validated, Vec<ModelError>>,
}

/// Checks JSON text for an editor (native builds): parsed once (a UTF-8
/// byte-order mark, as Windows editors save, is skipped as browsers skip
/// it), read reporting every problem, validated strictly — and tolerantly,
/// to say what a reader would see.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_json_str(text: &str) -> Checked {
    use crate::model::{merged, read, validate, validate_tolerant};
    let value = match parse_json(text) {
        Ok(value) => value,
        Err(error) => {
            return Checked {
                strict: Err(vec![error.clone()]),
                reader: Err(vec![error]),
            };
        }
    };
    let strict = match read::collection_checked(&value) {
        (Some(mut c), problems) => {
            c.for_each_text_mut(nfc);
            match (validate(c), problems.is_empty()) {
                (Ok(v), true) => Ok(v),
                (Ok(_), false) => Err(problems),
                (Err(errors), _) => Err(merged(problems, errors)),
            }
        }
        (None, problems) => Err(problems),
    };
    let reader = read::collection_tolerant(&value).and_then(|(mut c, warnings)| {
        c.for_each_text_mut(nfc);
        validate_tolerant(c, warnings)
    });
    Checked { strict, reader }
}

/// JSON text parsed natively, a UTF-8 byte-order mark (as Windows editors
/// save) skipped as browsers skip it; a syntax error with its line and
/// column.
#[cfg(not(target_arch = "wasm32"))]
fn parse_json(text: &str) -> Result<serde_json::Value, ModelError> {
    let text = without_bom(text);
    serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        ModelError {
            path: String::new(),
            message: format!("invalid JSON: {message}"),
            position: Some((e.line(), e.column())),
        }
    })
}

/// Reads JSON text into a collection without validating it (native builds;
/// for tests and tools that change a collection before validation): the
/// strict reader, NFC-normalised; every problem at once.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_json_str(text: &str) -> Result<crate::model::Collection, Vec<ModelError>> {
    let value = parse_json(text).map_err(|e| vec![e])?;
    let mut c = crate::model::read::collection(&value, crate::model::read::UnknownFields::Error)?;
    c.for_each_text_mut(nfc);
    Ok(c)
}

/// Unicode NFC in place: Vietnamese typed on some systems arrives decomposed
/// (NFD), which renders with detached marks and defeats search and matching.
#[cfg(not(target_arch = "wasm32"))]
pub fn nfc(text: &mut String) {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    if is_nfc_quick(text.chars()) != IsNormalized::Yes {
        *text = text.nfc().collect();
    }
}

/// Unicode NFC in place, with the browser's `String.prototype.normalize`
/// (keeps normalisation tables out of the wasm).
#[cfg(target_arch = "wasm32")]
pub fn nfc(text: &mut String) {
    if !text.is_ascii() {
        if let Some(normalized) = js_sys::JsString::from(text.as_str())
            .normalize("NFC")
            .as_string()
        {
            *text = normalized;
        }
    }
}

/// Reads and validates a value produced by `JSON.parse` as a reader's
/// browser does (tolerantly: see `model::read::collection_tolerant` and
/// `model::validate_tolerant`); relative URLs in it are
/// resolved against `base` (the URL the JSON came from, or the page).
/// `normalized`: the JSON text was NFC-normalised as a whole before parsing
/// (see `embed::load`), so its strings need not be one by one. Data without
/// a `language` has been given the host's (see `embed::load`).
///
/// A long collection is read in several tasks — read, normalise, validate,
/// resolve URLs, then render — each a fraction of the whole, so that no task
/// is long (1,000 cards: about 90 + 50 + 50 + 60 ms with a 4× slower CPU,
/// instead of one task of 440 ms).
#[cfg(target_arch = "wasm32")]
pub async fn from_js(
    value: wasm_bindgen::JsValue,
    base: &str,
    normalized: bool,
) -> Result<Validated, Vec<ModelError>> {
    let (mut c, read_warnings) = crate::model::read::collection_tolerant(&value)?;
    let long = c.cards.len() > crate::components::SLICE * 2;
    let pause = || async move {
        if long {
            gloo::timers::future::TimeoutFuture::new(0).await;
        }
    };
    if !normalized {
        pause().await;
        c.for_each_text_mut(nfc);
    }
    pause().await;
    let mut validated = crate::model::validate_tolerant(c, read_warnings)?;
    pause().await;
    validated
        .collection
        .for_each_url(|url| resolve_url(url, base));
    pause().await;
    Ok(validated)
}

/// Resolves a relative URL against `base`, where the data was published
/// (the reader's `src`; the editor's preview base), as a browser would. A
/// URL that does not resolve (`base` not a URL) is left as it is.
#[cfg(target_arch = "wasm32")]
pub fn resolve_url(url: &mut String, base: &str) {
    // Empty: a photo whose URL was unusable (it would resolve to `base`).
    if url.is_empty() {
        return;
    }
    if let Ok(abs) = web_sys::Url::new_with_base(url, base) {
        *url = abs.href();
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn decomposed_vietnamese_is_normalised_before_credits_are_read() {
        let nfd = "Ảnh: Nguyễn Hồng"; // composed here; decompose it:
        let decomposed: String = unicode_normalization::UnicodeNormalization::nfd(nfd).collect();
        assert_ne!(decomposed, nfd);
        let json = format!(
            r#"{{"id":"x","title":"Dấu ấn","cards":[{{"headline":"Hội nghị","photo":{{"src":"a.jpg","caption":"Lễ đón. ({decomposed})"}}}}]}}"#
        );
        let json: String =
            unicode_normalization::UnicodeNormalization::nfd(json.as_str()).collect();
        let v = super::from_json_str(&json).unwrap().collection;
        assert_eq!(v.title, "Dấu ấn");
        assert_eq!(v.cards[0].headline, "Hội nghị");
        let photo = v.cards[0].photo.as_ref().unwrap();
        assert_eq!(photo.caption.as_deref(), Some("Lễ đón."));
        assert_eq!(photo.credit.as_ref().unwrap().names, ["Nguyễn Hồng"]);
    }
}
