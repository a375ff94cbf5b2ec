//! Native rendering through yew's server renderer, with the same components
//! the browser mounts: the CLI's `render` and the component tests use it.

use crate::components::{HighlightCards, HighlightCardsProps, Layout, Theme};
use crate::model::Collection;
use std::rc::Rc;

/// Renders a validated collection to HTML (no hydration markers).
pub async fn render(collection: Collection) -> String {
    let props = HighlightCardsProps {
        collection: Rc::new(collection),
        layout: Layout::List,
        theme: Theme::Auto,
        ui_language: None,
        save_data: false,
        initial_card: None,
    };
    yew::LocalServerRenderer::<HighlightCards>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// [`render`] for callers without an async runtime.
pub fn render_blocking(collection: Collection) -> String {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("tokio runtime")
        .block_on(render(collection))
}
