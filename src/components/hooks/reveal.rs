//! A deep link (`#<anchor>-<n>`) in the list and grid: the page scrolls to
//! the card once it is rendered. (The carousel shows the slide instead.)

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
