//! Everything a component does beyond its own elements, one small piece per
//! file: observing the page (`use_auto_layout`), scrolling it
//! (`use_reveal`), the photo viewer's modal dialog and focus (`use_modal`),
//! the viewer's gestures (`use_zoom_gesture`), the reader's preferences
//! (`reduced_motion`), and sharing (`share`). Components call these and
//! never `window()`, `history()` or an observer themselves, so what touches
//! the page can be found, reviewed and torn down in one place; each hook
//! removes what it added when its component goes (see
//! `tests/browser/embed.test.mjs`'s lifecycle tests). What reaches beyond
//! the widget — the page's URL and history — is not theirs either: they
//! report a [`WidgetEvent`](super::WidgetEvent) and the embed acts on it.
//! Effects run only in the browser, never in the server renderer.

mod auto_layout;
mod modal;
mod reveal;
pub mod share;
mod zoom_gesture;

pub use auto_layout::use_auto_layout;
pub use modal::use_modal;
pub use reveal::use_reveal;
pub use zoom_gesture::use_zoom_gesture;

/// Whether the reader asked for less motion (`prefers-reduced-motion`).
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}
