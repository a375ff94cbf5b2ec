//! What happens inside a widget that reaches beyond it. Components only
//! emit these through the root's `on_event`; the embed (`crate::embed`) is
//! the one place that acts on them — the page's history, the DOM events
//! sites listen to — so a component never touches the page's URL or
//! history itself, and the server renderer simply passes no callback.

use yew::Callback;

/// An event of one widget, for its owner (the embed).
#[derive(Clone, PartialEq)]
pub enum WidgetEvent {
    /// Every card is on the page (a long list arrives a slice per task).
    /// Sent again when a re-render completes anew (a layout switch).
    Complete,
    /// The photo viewer opened. Emitting the callback closes it: the owner
    /// gives it to the back gesture, so Back closes the viewer instead of
    /// leaving the article.
    ViewerOpened(Callback<()>),
    /// The photo viewer closed (button, Esc, Back) or went with the widget.
    ViewerClosed,
}
