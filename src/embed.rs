//! Browser entry: finds `[data-highlight-cards]` elements on the page, loads
//! each one's data (a `data-src` URL or a child `<script type="application/json">`),
//! and mounts the widget, or a readable error, into it. Each element is
//! independent: one failing does not stop the others.

use crate::components::{ErrorView, ErrorViewProps, HighlightCards, HighlightCardsProps};
use crate::model::Validated;
use gloo::console;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

thread_local! {
    /// Keeps mounted apps alive for the page's lifetime.
    static MOUNTED: RefCell<Vec<Box<dyn std::any::Any>>> = const { RefCell::new(Vec::new()) };
}

#[wasm_bindgen(start)]
fn start() {
    let document = gloo::utils::document();
    let Ok(hosts) = document.query_selector_all("[data-highlight-cards]") else {
        return;
    };
    for i in 0..hosts.length() {
        if let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            wasm_bindgen_futures::spawn_local(mount(host));
        }
    }
}

async fn mount(host: Element) {
    let language = host.get_attribute("lang").unwrap_or_else(|| "vi".into());
    let result = load(&host).await;
    let root = gloo::utils::document()
        .create_element("div")
        .expect("create_element");
    root.set_class_name("hc-root");
    // The host's fallback content (a "loading" line, a no-JS link) gives way
    // to the widget; the inline data script is kept.
    let children = host.children();
    for i in (0..children.length()).rev() {
        if let Some(child) = children.item(i) {
            if child.tag_name() != "SCRIPT" {
                child.remove();
            }
        }
    }
    host.append_child(&root).ok();
    match result {
        Ok(Validated {
            collection,
            warnings,
        }) => {
            for w in &warnings {
                console::warn!(format!("highlight-cards: {w}"));
            }
            let props = HighlightCardsProps {
                collection: Rc::new(collection),
            };
            let app = yew::Renderer::<HighlightCards>::with_root_and_props(root, props).render();
            MOUNTED.with(|m| m.borrow_mut().push(Box::new(app)));
        }
        Err(errors) => {
            for e in &errors {
                console::error!(format!("highlight-cards: {e}"));
            }
            let props = ErrorViewProps {
                errors,
                language: language.into(),
            };
            let app = yew::Renderer::<ErrorView>::with_root_and_props(root, props).render();
            MOUNTED.with(|m| m.borrow_mut().push(Box::new(app)));
        }
    }
}

/// Reads the host's data source; every failure becomes a message.
async fn load(host: &Element) -> Result<Validated, Vec<String>> {
    let page = gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    let (text, base) = if let Some(src) = host.get_attribute("data-src") {
        let url = web_sys::Url::new_with_base(&src, &page)
            .map(|u| u.href())
            .map_err(|_| vec![format!("data-src: {src:?} is not a valid URL")])?;
        let response = gloo::net::http::Request::get(&url)
            .send()
            .await
            .map_err(|e| vec![format!("data-src: could not load {url}: {e}")])?;
        if !response.ok() {
            return Err(vec![format!(
                "data-src: {url} answered HTTP {} {}",
                response.status(),
                response.status_text()
            )]);
        }
        let text = response
            .text()
            .await
            .map_err(|e| vec![format!("data-src: could not read {url}: {e}")])?;
        (text, url)
    } else if let Ok(Some(script)) = host.query_selector("script[type='application/json']") {
        (script.text_content().unwrap_or_default(), page)
    } else {
        return Err(vec![
            "no data: give the element a data-src URL or a <script type=\"application/json\"> child"
                .into(),
        ]);
    };
    let value = js_sys::JSON::parse(&text).map_err(|e| {
        let detail = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        vec![format!("invalid JSON: {detail}")]
    })?;
    crate::sources::from_js(value, &base)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}
