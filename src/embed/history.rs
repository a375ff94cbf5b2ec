//! The page's URL and history, owned here and nowhere else: the fragment
//! that follows the card in view (`UrlFollower`), the card a deep link
//! points at (`linked_card`), and the history entry of an open photo viewer
//! (`ViewerEntry`), which components only ask for through
//! [`WidgetEvent`](crate::components::WidgetEvent)s.

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

thread_local! {
    /// Whether the reader has scrolled (a wheel, a touch, a key, the
    /// scrollbar), tapped or typed: until then the page URL is left alone
    /// (a card in view at load is not a choice, nor is a scroll by the page
    /// or by a deep link).
    pub(super) static INTERACTED: Cell<bool> = const { Cell::new(false) };
}

/// The card a `#<anchor>-<n>` fragment in the page URL points at, for
/// either of a widget's names (its element ids', its collection's).
pub fn linked_card(anchors: [&str; 2]) -> Option<u32> {
    let hash = current_hash()?;
    let hash = js_sys::decode_uri_component(hash.trim_start_matches('#'))
        .ok()?
        .as_string()?;
    anchors
        .iter()
        .find_map(|a| crate::components::linked_number(a, &hash))
}

/// The page's fragment ("#…", or "" for none).
fn current_hash() -> Option<String> {
    web_sys::window()?.location().hash().ok()
}

/// Sets the page's fragment without adding a history entry; "" removes it.
fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let url = format!("{}{hash}", href.split('#').next().unwrap_or(&href));
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url));
    }
}

/// Keeps the page URL on the card in view while the widget is in view, and
/// gives the page its own fragment back when the reader scrolls away.
#[derive(Default)]
pub struct UrlFollower {
    /// The fragment the page had before this widget first wrote one.
    original: Option<String>,
    /// The fragment this widget wrote last.
    written: Option<String>,
}

impl UrlFollower {
    pub fn follow(&mut self, card_id: &str) {
        if !INTERACTED.with(|i| i.get()) {
            return;
        }
        let Some(now) = current_hash() else {
            return;
        };
        let hash = format!("#{card_id}");
        if now == hash {
            return;
        }
        // A fragment another widget or the page set since is theirs to keep.
        if self.written.as_deref() != Some(now.as_str()) {
            self.original = Some(now);
        }
        replace_hash(&hash);
        self.written = Some(hash);
    }

    pub fn leave(&mut self) {
        let (Some(written), Some(now)) = (self.written.take(), current_hash()) else {
            return;
        };
        if now == written {
            replace_hash(self.original.take().as_deref().unwrap_or(""));
        }
    }
}

/// Marker of the history entry pushed while a photo viewer is open.
const VIEWER_MARK: &str = "highlightCardsLightbox";

/// The history entry of one widget's photo viewer: pushed when it opens,
/// so that the back gesture (or the browser's Back button) closes the
/// viewer instead of leaving the article; taken back when the viewer closes
/// another way (its button, Esc, the widget removed while it is open).
#[derive(Default)]
pub struct ViewerEntry {
    /// Listens for Back while the entry is there.
    popstate: Option<Closure<dyn FnMut()>>,
}

impl ViewerEntry {
    /// The viewer opened: a history entry, and Back calls `close`.
    pub fn opened(&mut self, close: Callback<()>) {
        self.closed();
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Ok(history) = window.history() {
            let mark = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&mark, &VIEWER_MARK.into(), &JsValue::TRUE);
            let _ = history.push_state(&mark, "");
        }
        let listener = Closure::<dyn FnMut()>::new(move || close.emit(()));
        let _ =
            window.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
        self.popstate = Some(listener);
    }

    /// The viewer closed: the listener goes, and the entry too while it is
    /// still the current one (after Back it is already gone).
    pub fn closed(&mut self) {
        let (Some(window), Some(listener)) = (web_sys::window(), self.popstate.take()) else {
            return;
        };
        let _ = window
            .remove_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
        if let Ok(history) = window.history() {
            let ours = history
                .state()
                .ok()
                .and_then(|s| js_sys::Reflect::get(&s, &VIEWER_MARK.into()).ok())
                .is_some_and(|v| v.is_truthy());
            if ours {
                let _ = history.back();
            }
        }
    }
}
