//! Custom DOM events on the host element, for sites to wire their own
//! analytics (the widget has no tracker of its own). Names are namespaced:
//! a bubbling plain `error` would reach `window.onerror`-style listeners
//! (error trackers) that expect script errors. Also the observer behind
//! `cardview` ([`ViewObserver`]) and the page-wide listeners ([`watch_page`]).

use crate::model::Valid;
use js_sys::{Array, Object, Reflect};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CustomEvent, CustomEventInit, Element, IntersectionObserver, IntersectionObserverEntry,
    IntersectionObserverInit,
};

use crate::markup::{CARD_VIEW, ERROR, READY};

fn set(obj: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value.into());
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
    let warnings: Array = warnings
        .iter()
        .map(|w| JsValue::from(w.to_string()))
        .collect();
    set(&detail, "warnings", warnings);
    dispatch(host, READY, &detail);
}

pub fn error(host: &Element, errors: &[String]) {
    let detail = Object::new();
    set(
        &detail,
        "message",
        crate::model::join_with(errors.iter().map(String::as_str), "\n"),
    );
    let errors: Array = errors.iter().map(|e| JsValue::from_str(e)).collect();
    set(&detail, "errors", errors);
    dispatch(host, ERROR, &detail);
}

/// Page-wide listeners, installed once: the first interaction, and printing
/// (lazy photos would print as blanks, so they are loaded first).
pub fn watch_page() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let interacted =
        Closure::<dyn FnMut()>::new(|| super::history::INTERACTED.with(|i| i.set(true)));
    for name in ["pointerdown", "keydown", "wheel", "touchstart"] {
        let _ = window.add_event_listener_with_callback(name, interacted.as_ref().unchecked_ref());
    }
    interacted.forget(); // page lifetime
    let before_print = Closure::<dyn FnMut()>::new(|| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(hosts) = document.query_selector_all(super::HOST_SELECTOR) else {
            return;
        };
        for i in 0..hosts.length() {
            let root = hosts
                .item(i)
                .and_then(|h| h.dyn_into::<Element>().ok())
                .and_then(|h| h.shadow_root());
            if let Some(Ok(imgs)) = root.map(|r| r.query_selector_all("img[loading=lazy]")) {
                for j in 0..imgs.length() {
                    if let Some(img) = imgs.item(j).and_then(|n| n.dyn_into::<Element>().ok()) {
                        let _ = img.set_attribute("loading", "eager");
                    }
                }
            }
        }
    });
    let _ = window
        .add_event_listener_with_callback("beforeprint", before_print.as_ref().unchecked_ref());
    before_print.forget(); // page lifetime
}

/// A mutation observer and its callback, alive together.
type Watch = (web_sys::MutationObserver, Closure<dyn FnMut(Array)>);

/// Watches the cards of one widget: reports each the first time it is seen,
/// and keeps the page URL on the card in view. Dropping it disconnects the
/// observers.
pub struct ViewObserver {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(Array, IntersectionObserver)>,
    /// Cards rendered later (a layout switch) are observed too.
    rescan: Option<Watch>,
}

/// "In view": most of the card's width is visible (a carousel slide is not
/// just peeking in), and its visible part covers half of the card or half of
/// the viewport, whichever is smaller — cards taller than a phone screen
/// never reach 50 % visibility.
fn in_view(entry: &IntersectionObserverEntry) -> bool {
    if !entry.is_intersecting() {
        return false;
    }
    let seen = entry.intersection_rect();
    let card = entry.bounding_client_rect();
    let viewport = entry
        .root_bounds()
        .map(|r| r.height())
        .or_else(|| web_sys::window()?.inner_height().ok()?.as_f64())
        .unwrap_or(card.height());
    seen.width() >= 0.6 * card.width() && seen.height() >= (0.5 * card.height()).min(0.5 * viewport)
}

/// Observes every `.hc-card` in `container`; whether there was one.
fn observe_cards(observer: &IntersectionObserver, container: &Element) -> bool {
    let Ok(cards) = container.query_selector_all(".hc-card") else {
        return false;
    };
    for i in 0..cards.length() {
        if let Some(card) = cards.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            observer.observe(&card);
        }
    }
    cards.length() > 0
}

/// Observes the cards rendered into `container` later (a layout switch,
/// a long list) with `observer`, once the list is whole: while a long list
/// is still arriving (`aria-busy`), the cards added are left unobserved.
/// An intersection observer checks every target at every frame, and each
/// slice brings a frame: observing the cards as they came cost a time
/// that grew with the square of the list (9 of 39 s at 5,000 cards). The
/// first slice is observed as soon as it is in; the rest from the end of
/// loading, when the observer reports the cards in view at once.
fn observe_later(observer: &IntersectionObserver, container: &Element) -> Option<Watch> {
    let (observer, widget) = (observer.clone(), container.clone());
    let mut started = false;
    let cb = Closure::<dyn FnMut(Array)>::new(move |_| {
        // Observing a card already observed does nothing.
        if !started || !matches!(widget.query_selector("[aria-busy]"), Ok(Some(_))) {
            started = observe_cards(&observer, &widget);
        }
    });
    web_sys::MutationObserver::new(cb.as_ref().unchecked_ref())
        .ok()
        .map(|mo| {
            let init = web_sys::MutationObserverInit::new();
            init.set_child_list(true);
            init.set_subtree(true);
            // The list's end: its `aria-busy` goes.
            init.set_attribute_filter(&Array::of1(&JsValue::from_str("aria-busy")));
            let _ = mo.observe_with_options(container, &init);
            (mo, cb)
        })
}

impl ViewObserver {
    /// Observes the `.hc-card`s in `container`, which shows `collection`
    /// with element ids prefixed `anchor`: what `cardview` says of a card
    /// comes from the collection, never read back from the DOM.
    pub fn new(
        host: &Element,
        container: &Element,
        collection: Rc<Valid>,
        anchor: String,
    ) -> Option<Self> {
        let host = host.clone();
        // Cards already announced (a list: see `model::validate`'s numbers).
        let mut seen: Vec<String> = Vec::new();
        let mut url = super::history::UrlFollower::default();
        let widget = container.clone();
        let callback = Closure::<dyn FnMut(Array, IntersectionObserver)>::new(
            move |entries: Array, _observer: IntersectionObserver| {
                for entry in entries.iter() {
                    let entry: IntersectionObserverEntry = entry.unchecked_into();
                    if entry.target() == widget {
                        if !entry.is_intersecting() {
                            url.leave();
                        }
                        continue;
                    }
                    if !in_view(&entry) {
                        continue;
                    }
                    let card = entry.target();
                    let card_id = card.id();
                    url.follow(&card_id);
                    if seen.contains(&card_id) {
                        continue;
                    }
                    let card = crate::components::linked_number(&anchor, &card_id)
                        .and_then(|n| collection.cards.iter().find(|c| c.number() == n));
                    let Some(card) = card else {
                        continue;
                    };
                    let detail = Object::new();
                    set(&detail, "id", collection.id.as_str());
                    set(&detail, "number", card.number());
                    set(&detail, "cardId", card_id.as_str());
                    set(&detail, "headline", card.headline.as_str());
                    dispatch(&host, CARD_VIEW, &detail);
                    seen.push(card_id);
                }
            },
        );
        let init = IntersectionObserverInit::new();
        let thresholds: Array = [0.0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1.0]
            .iter()
            .map(|t| JsValue::from_f64(*t))
            .collect();
        init.set_threshold(&thresholds);
        let observer =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
                .ok()?;
        observer.observe(container);
        let _ = observe_cards(&observer, container);
        let rescan = observe_later(&observer, container);
        Some(Self {
            observer,
            _callback: callback,
            rescan,
        })
    }
}

impl Drop for ViewObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
        if let Some((mo, _)) = &self.rescan {
            mo.disconnect();
        }
    }
}
