//! The photo viewer as a modal dialog whose history entry the back gesture
//! (or the browser's Back button) closes, instead of leaving the article;
//! focus returns to the photo that opened it. Everything added to the page
//! (the `popstate` listener, the history entry) is removed when the viewer
//! closes and when the widget is removed while it is open (a single-page
//! app navigating): see `tests/browser/embed.test.mjs`.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlDialogElement, HtmlElement};
use yew::prelude::*;

/// Marker of the history entry pushed while the viewer is open.
const HISTORY_MARK: &str = "highlightCardsLightbox";

type PopState = Rc<RefCell<Option<Closure<dyn FnMut(web_sys::Event)>>>>;

/// Shows `dialog` as a modal while `open`, with a history entry that the
/// back gesture pops to call `on_close`; closes it and restores focus when
/// `open` turns false.
#[hook]
pub fn use_back_closes(dialog: &NodeRef, open: bool, on_close: &Callback<()>) {
    let opener = use_mut_ref(|| None::<HtmlElement>);
    let popstate: PopState = use_mut_ref(|| None);
    let dialog = dialog.clone();
    let on_close = on_close.clone();
    use_effect_with(open, move |&is_open| {
        // Runs when the viewer closes and when the widget is removed while
        // it is open: nothing the viewer added to the page outlives it.
        let teardown = {
            let popstate = popstate.clone();
            move || release_history(&popstate)
        };
        let Some(el) = dialog.cast::<HtmlDialogElement>() else {
            return teardown;
        };
        if is_open && !el.open() {
            let active = el
                .get_root_node()
                .dyn_into::<web_sys::ShadowRoot>()
                .ok()
                .and_then(|root| root.active_element())
                .or_else(|| web_sys::window()?.document()?.active_element())
                .and_then(|a| a.dyn_into::<HtmlElement>().ok());
            *opener.borrow_mut() = active;
            if el.show_modal().is_ok() {
                if let Some(window) = web_sys::window() {
                    if let Ok(history) = window.history() {
                        let mark = js_sys::Object::new();
                        let _ = js_sys::Reflect::set(&mark, &HISTORY_MARK.into(), &JsValue::TRUE);
                        let _ = history.push_state(&mark, "");
                    }
                    let on_close = on_close.clone();
                    let listener =
                        Closure::<dyn FnMut(web_sys::Event)>::new(move |_| on_close.emit(()));
                    let _ = window.add_event_listener_with_callback(
                        "popstate",
                        listener.as_ref().unchecked_ref(),
                    );
                    *popstate.borrow_mut() = Some(listener);
                }
            }
        } else if !is_open && el.open() {
            el.close();
        }
        if !is_open {
            // Back to the photo that opened it, unless focus is already
            // somewhere of the reader's choosing: the browser itself
            // restores it when a modal dialog closes, and the reader may
            // have moved on before this effect runs.
            if let Some(opener) = opener.borrow_mut().take() {
                let lost = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .is_none_or(|a| a.tag_name() == "BODY");
                if lost {
                    let _ = opener.focus();
                }
            }
        }
        teardown
    });
}

/// Removes the viewer's `popstate` listener, if it has one, and the history
/// entry it pushed when that entry is still the current one (closed by the
/// button, Esc, or the widget being removed; after the back gesture the
/// entry is already gone).
fn release_history(popstate: &PopState) {
    let (Some(window), Some(listener)) = (web_sys::window(), popstate.borrow_mut().take()) else {
        return;
    };
    let _ =
        window.remove_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
    if let Ok(history) = window.history() {
        let ours = history
            .state()
            .ok()
            .and_then(|s| js_sys::Reflect::get(&s, &HISTORY_MARK.into()).ok())
            .is_some_and(|v| v.is_truthy());
        if ours {
            let _ = history.back();
        }
    }
}
