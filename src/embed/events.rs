//! Custom DOM events on the host element, for sites to wire their own
//! analytics (the widget has no tracker of its own). Names are namespaced:
//! a bubbling plain `error` would reach `window.onerror`-style listeners
//! (error trackers) that expect script errors.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CustomEvent, CustomEventInit, Element, IntersectionObserver, IntersectionObserverEntry,
    IntersectionObserverInit,
};

/// Rendered: `detail = { id, cards, warnings }`.
pub const READY: &str = "highlight-cards:ready";
/// Could not render: `detail = { message, errors }`.
pub const ERROR: &str = "highlight-cards:error";
/// A card was at least half visible for the first time: `detail = { id, number, cardId, headline }`.
pub const CARD_VIEW: &str = "highlight-cards:cardview";

fn set(obj: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value.into());
}

fn strings(items: &[String]) -> Array {
    items.iter().map(|s| JsValue::from_str(s)).collect()
}

fn dispatch(host: &Element, name: &str, detail: &Object) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

pub fn ready(host: &Element, id: &str, cards: usize, warnings: &[crate::model::ModelError]) {
    let detail = Object::new();
    set(&detail, "id", id);
    set(&detail, "cards", cards as u32);
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    set(&detail, "warnings", strings(&warnings));
    dispatch(host, READY, &detail);
}

pub fn error(host: &Element, errors: &[String]) {
    let detail = Object::new();
    set(&detail, "message", errors.join("\n"));
    set(&detail, "errors", strings(errors));
    dispatch(host, ERROR, &detail);
}

/// Watches the cards of one widget and reports each the first time it is seen.
/// Dropping it disconnects the observer.
pub struct ViewObserver {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(Array, IntersectionObserver)>,
}

impl ViewObserver {
    pub fn new(host: &Element, container: &Element, id: &str) -> Option<Self> {
        let host = host.clone();
        let id = id.to_owned();
        let callback = Closure::<dyn FnMut(Array, IntersectionObserver)>::new(
            move |entries: Array, observer: IntersectionObserver| {
                for entry in entries.iter() {
                    let entry: IntersectionObserverEntry = entry.unchecked_into();
                    if !entry.is_intersecting() {
                        continue;
                    }
                    let card = entry.target();
                    observer.unobserve(&card);
                    let detail = Object::new();
                    set(&detail, "id", id.as_str());
                    let number = card
                        .get_attribute("value")
                        .and_then(|v| v.parse::<u32>().ok())
                        .unwrap_or(0);
                    set(&detail, "number", number);
                    set(&detail, "cardId", card.id());
                    let headline = card
                        .query_selector(".hc-headline")
                        .ok()
                        .flatten()
                        .and_then(|h| h.text_content())
                        .unwrap_or_default();
                    set(&detail, "headline", headline);
                    dispatch(&host, CARD_VIEW, &detail);
                }
            },
        );
        let init = IntersectionObserverInit::new();
        init.set_threshold(&JsValue::from_f64(0.5));
        let observer =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
                .ok()?;
        if let Ok(cards) = container.query_selector_all("li.hc-card") {
            for i in 0..cards.length() {
                if let Some(card) = cards.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    observer.observe(&card);
                }
            }
        }
        Some(Self {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for ViewObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
