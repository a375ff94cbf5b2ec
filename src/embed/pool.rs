//! Reused yew roots. yew never frees an app's root: the delegated event
//! listeners it puts on the root element are deliberately forgotten (its
//! `subtree_root.rs`: "Never drop the closure as this event handler is
//! static"), and they hold the root's data. So every destroyed app would
//! leak its root element, half a dozen listeners and their wasm closures,
//! and a page that mounts and unmounts widgets (a single-page app, a live
//! blog) would grow for as long as it is open.
//!
//! Instead an unmounted widget's app is emptied — its whole component tree
//! is dropped: state, effects, observers, listeners inside — and parked with
//! its root element; the next mount anywhere on the page takes it. The number
//! of roots ever created is the largest number of widgets mounted at once.
//! (Hydrated widgets adopt prerendered markup and cannot be parked; there is
//! one per prerendered host.) `tests/browser/scale.test.mjs` measures it.

use crate::components::{HighlightCards, HighlightCardsProps};
use std::cell::RefCell;
use web_sys::Element;
use yew::prelude::*;

/// Properties of [`Root`].
#[derive(Properties, PartialEq, Clone)]
pub struct RootProps {
    /// The widget, or nothing while parked.
    pub cards: Option<HighlightCardsProps>,
}

/// The app's root: the widget, or nothing (a parked app).
#[component]
pub fn Root(props: &RootProps) -> Html {
    match &props.cards {
        Some(cards) => html! { <HighlightCards ..cards.clone() /> },
        None => html! {},
    }
}

/// A rendered widget: its root element (`.hc-mount`) and its app.
pub struct Rendered {
    pub root: Element,
    app: yew::AppHandle<Root>,
}

thread_local! {
    static PARKED: RefCell<Vec<Rendered>> = const { RefCell::new(Vec::new()) };
}

/// Renders `cards` in a parked app, or a new one when none is parked.
pub fn render(cards: HighlightCardsProps) -> Option<Rendered> {
    let props = RootProps { cards: Some(cards) };
    if let Some(mut rendered) = PARKED.with(|p| p.borrow_mut().pop()) {
        rendered.app.update(props);
        return Some(rendered);
    }
    let root = super::host::mount_element()?;
    let app = yew::Renderer::<Root>::with_root_and_props(root.clone(), props).render();
    Some(Rendered { root, app })
}

/// Empties the app, takes its root out of the page, and keeps both for reuse.
pub fn park(mut rendered: Rendered) {
    rendered.app.update(RootProps { cards: None });
    rendered.root.remove();
    PARKED.with(|p| p.borrow_mut().push(rendered));
}
