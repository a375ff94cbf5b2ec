//! A deep link (`#<anchor>-<n>`) in the list and grid: the page scrolls to
//! the card once it is rendered. (The carousel shows the slide instead.)

use yew::prelude::*;

/// Scrolls the element with id `target` inside `root` into view, once per
/// target.
#[hook]
pub fn use_reveal(root: &NodeRef, target: Option<String>) {
    let root = root.clone();
    use_effect_with(target, move |target| {
        if let (Some(id), Some(el)) = (target, root.cast::<web_sys::Element>()) {
            if let Ok(Some(card)) = el.query_selector(&format!("[id=\"{id}\"]")) {
                card.scroll_into_view();
            }
        }
    });
}
