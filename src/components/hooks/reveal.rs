//! A deep link (`#<anchor>-<n>`): the page scrolls to the card once it is
//! rendered, in every layout. In the carousel the slide is shown first
//! (the track's own scroll, see `carousel.rs`); bringing the card into
//! view then moves only the page, since the track is already there.
//!
//! The scroll is the browser's own fragment navigation's: it jumps, or
//! glides where the page asks for `scroll-behavior: smooth` (which pages
//! put under `prefers-reduced-motion: no-preference`).

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Scrolls the element with id `target` inside `root` into view, once per
/// target.
#[hook]
pub fn use_reveal(root: &NodeRef, target: Option<String>) {
    let root = root.clone();
    use_effect_with(target, move |target| {
        if let (Some(id), Some(el)) = (target, root.cast::<web_sys::Element>()) {
            // The widget's shadow root (a document when mounted without one).
            let scope: web_sys::ShadowRoot = el.get_root_node().unchecked_into();
            if let Some(card) = scope.get_element_by_id(id) {
                card.scroll_into_view();
            }
        }
    });
}
