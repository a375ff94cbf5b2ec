//! The photo viewer as a modal dialog: shown with `showModal` (the rest of
//! the page is inert, Esc closes it), focus back on the photo that opened
//! it when it closes. Its history entry — so that the back gesture closes
//! the viewer instead of leaving the article — is the embed's: this hook
//! only reports the viewer opening (with the way to close it) and closing,
//! including when the widget is removed while it is open (see
//! `tests/browser/embed.test.mjs`).

use crate::components::WidgetEvent;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement};
use yew::prelude::*;

/// Shows `dialog` as a modal while `open`, reporting it to `on_event` with
/// `on_close` as the way to close it; closes it and restores focus when
/// `open` turns false.
#[hook]
pub fn use_modal(
    dialog: &NodeRef,
    open: bool,
    on_close: &Callback<()>,
    on_event: &Option<Callback<WidgetEvent>>,
) {
    let opener = use_mut_ref(|| None::<HtmlElement>);
    let reported = use_mut_ref(|| false);
    let dialog = dialog.clone();
    let on_close = on_close.clone();
    let on_event = on_event.clone();
    use_effect_with(open, move |&is_open| {
        let emit = move |event: WidgetEvent| {
            if let Some(on_event) = &on_event {
                on_event.emit(event);
            }
        };
        if let Some(el) = dialog.cast::<HtmlDialogElement>() {
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
                    *reported.borrow_mut() = true;
                    emit(WidgetEvent::ViewerOpened(on_close));
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
        }
        // Runs when the viewer closes and when the widget is removed while
        // it is open: the owner takes back what it added for the viewer.
        move || {
            if reported.replace(false) {
                emit(WidgetEvent::ViewerClosed);
            }
        }
    });
}
