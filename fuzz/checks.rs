//! The properties the fuzz targets check, shared with `tests/fuzz_regressions.rs`
//! (which replays the corpus and every crash found) through `#[path]`, so a
//! crash, once fixed, stays a test in `cargo test`.
//!
//! Beyond "no panic", each check states what must hold for any input.

#![allow(dead_code)] // each target uses one check

use highlight_cards::components::Layout;
use highlight_cards::model::credit::{parse_credit, split_caption, Credit};
use highlight_cards::model::ModelError;
use highlight_cards::{sources, ssr};

/// JSON text → model → validation → server rendering, through the reader
/// the browser runs (`model::read`), strictly (what `validate` tells an
/// editor) and tolerantly (what a reader's browser shows).
///
/// - invalid input gives at least one error, each with a message;
/// - what the strict reader accepts, the tolerant one reads the same;
/// - valid output is valid input again and reads back unchanged (the
///   prerendered page carries it as inline JSON and the browser validates it
///   again, so any drift would break hydration); what a reader's browser
///   shows reads back as it is too;
/// - no text becomes markup (see [`no_markup_from_text`]).
pub fn model_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let checked = sources::check_json_str(text);
    match &checked.reader {
        Ok(shown) => reads_back(&shown.collection),
        Err(errors) => explained(errors),
    }
    let validated = match checked.strict {
        Ok(v) => v,
        Err(errors) => return explained(&errors),
    };
    valid_again(&validated.collection);
    let shown = checked
        .reader
        .expect("the tolerant reader takes what the strict one does");
    assert_eq!(
        shown.collection, validated.collection,
        "the readers disagree"
    );
    let layout = Layout::NAMES[data.len() % Layout::NAMES.len()].1;
    let html = ssr::prerender(
        validated.collection,
        &ssr::RenderOptions {
            layout,
            ..Default::default()
        },
    );
    no_markup_from_text(&html);
}

/// What a reader's browser shows, written as JSON, is shown the same when
/// read again (a photo whose unusable `src` was emptied still shows as a
/// failed photo, so this is the tolerant reader's verdict, not `validate`'s).
fn reads_back(collection: &highlight_cards::model::Collection) {
    let json = serde_json::to_string(collection).expect("serialises");
    let again = sources::check_json_str(&json)
        .reader
        .unwrap_or_else(|e| panic!("what a reader is shown is refused: {e:?}\n{json}"));
    assert_eq!(&*again.collection, collection, "reading is not idempotent");
}

/// A validated collection, written as JSON, is valid and reads back as it is.
fn valid_again(collection: &highlight_cards::model::Collection) {
    let json = serde_json::to_string(collection).expect("serialises");
    let again = sources::from_json_str(&json)
        .unwrap_or_else(|e| panic!("validated output is rejected: {e:?}\n{json}"));
    assert_eq!(
        &*again.collection, collection,
        "validation is not idempotent"
    );
}

/// A rejection says why: at least one error, each with a message.
fn explained(errors: &[ModelError]) {
    assert!(!errors.is_empty(), "rejected without an error");
    assert!(
        errors.iter().all(|e| !e.message.is_empty()),
        "an error without a message: {errors:?}"
    );
}

/// The rendered HTML (the declarative shadow root opened up, so its content
/// is parsed as ordinary elements) has only the prerender's two JSON scripts,
/// no event-handler attributes and no URL outside http(s) and relative.
fn no_markup_from_text(html: &str) {
    let opened = html
        .replace("<template shadowrootmode=\"open\">", "")
        .replace("</template>", "");
    let doc = scraper::Html::parse_document(&opened);
    for el in doc.root_element().descendent_elements() {
        let el = el.value();
        if el.name() == "script" {
            assert!(
                matches!(
                    el.attr("type"),
                    Some("application/json" | "application/ld+json")
                ),
                "text became a script element: {el:?}"
            );
        }
        for (name, value) in el.attrs() {
            assert!(
                !name.starts_with("on"),
                "an event handler attribute: {name}"
            );
            let urls: Vec<&str> = match name {
                "href" | "src" => vec![value],
                "srcset" => value.split(',').collect(),
                _ => continue,
            };
            for url in urls {
                // As the URL parser reads it: leading C0 controls and spaces
                // stripped, tabs and newlines removed anywhere.
                let url: String = url
                    .trim_start_matches(|c: char| c <= ' ')
                    .chars()
                    .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                    .collect::<String>()
                    .to_ascii_lowercase();
                assert!(
                    !["javascript:", "data:", "vbscript:"]
                        .iter()
                        .any(|s| url.starts_with(s)),
                    "an unsafe URL was rendered: {name}={value:?}"
                );
            }
        }
    }
}

/// Credit parsing: a caption's text plus its credit never invent or lose
/// text — the caption is a prefix of the input and every name and agency is
/// taken from it.
pub fn credit(text: &str) {
    let trimmed = text.trim();
    let (caption, found) = split_caption(text);
    assert!(
        trimmed.starts_with(&caption),
        "caption {caption:?} is not a prefix of {trimmed:?}"
    );
    match &found {
        Some(c) => {
            assert!(
                caption.len() < trimmed.len(),
                "credit found but nothing removed"
            );
            assert_eq!(
                split_caption(&caption),
                (caption.clone(), None),
                "the caption left after its credit still has one"
            );
            names_come_from(c, trimmed);
        }
        None => assert_eq!(caption, trimmed, "text changed without a credit"),
    }
    if let Some(c) = parse_credit(text) {
        names_come_from(&c, trimmed);
    }
}

fn names_come_from(c: &Credit, text: &str) {
    assert!(
        !c.names.is_empty() || c.agency.is_some(),
        "a credit without names or an agency"
    );
    for name in c
        .names
        .iter()
        .chain(&c.agency)
        .chain(&c.label)
        .chain(&c.via)
        .chain(&c.for_)
        .chain(&c.text)
    {
        assert!(
            !name.trim().is_empty() && text.contains(name.as_str()),
            "name {name:?} is not in {text:?}"
        );
    }
}

/// A page's plain-HTML widgets: read and validated as the embed reads them;
/// every outcome is a collection or errors with messages.
pub fn html_reader(data: &[u8]) {
    let Ok(page) = std::str::from_utf8(data) else {
        return;
    };
    for widget in sources::from_html_str(page).into_iter().flatten() {
        match widget {
            Ok(v) => no_markup_from_text(&ssr::render_blocking(v.collection)),
            Err(errors) => explained(&errors),
        }
    }
}
