//! Full-screen photo viewer: a modal `<dialog>` (top layer; the rest of the
//! page is inert while it is open, so focus stays inside; Esc closes it),
//! with the caption and credit, previous/next, pinch and double-tap zoom,
//! swipe between photos, and the back gesture closing it (the embed owns
//! that history entry; the viewer reports opening and closing as
//! [`WidgetEvent`]s). Focus returns to the photo that opened it. The zoom
//! gesture and the dialog are hooks (`hooks::zoom_gesture`, `hooks::modal`).

use super::figure::caption_with_credit;
use super::{hooks, icons, WidgetContext};
use crate::i18n::fill;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Properties of [`Lightbox`].
#[derive(Properties, PartialEq, Clone)]
pub struct LightboxProps {
    /// The widget's context: the photos, the languages, the owner told
    /// when the viewer opens and closes.
    pub context: WidgetContext,
    /// The photo shown (an index into the context's `photos`), or `None` when closed.
    pub open: Option<usize>,
    /// Asked to close (button, Esc, back gesture).
    pub on_close: Callback<()>,
    /// Asked to show another photo.
    pub on_navigate: Callback<usize>,
}

/// Tab from the last button goes to the first, Shift+Tab from the first to
/// the last: a modal dialog would otherwise let focus leave for the
/// browser's own controls.
fn keep_tab_inside(dialog: &Element, e: &KeyboardEvent) {
    let Ok(buttons) = dialog.query_selector_all("button") else {
        return;
    };
    let buttons: Vec<HtmlElement> = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (buttons.first(), buttons.last()) else {
        return;
    };
    let active = dialog
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|root| root.active_element());
    let at = |b: &HtmlElement| active.as_ref().is_some_and(|a| a.is_same_node(Some(b)));
    if e.shift_key() && at(first) {
        e.prevent_default();
        let _ = last.focus();
    } else if !e.shift_key() && at(last) {
        e.prevent_default();
        let _ = first.focus();
    }
}

/// See the module documentation.
#[component]
pub fn Lightbox(props: &LightboxProps) -> Html {
    let ctx = &props.context;
    let t = ctx.t();
    let dialog = use_node_ref();
    let total = ctx.photos.len();

    // Open/close the dialog as `open` changes, and tell the owner (which
    // gives the back gesture `on_close`: see `hooks::modal`).
    hooks::use_modal(
        &dialog,
        props.open.is_some(),
        &props.on_close,
        &ctx.on_event,
    );

    let on_close = props.on_close.clone();
    let onclose = {
        let on_close = on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    let navigate = {
        let on_navigate = props.on_navigate.clone();
        let open = props.open;
        Callback::from(move |delta: isize| {
            if let Some(i) = open {
                let next = i as isize + delta;
                if next >= 0 && (next as usize) < total {
                    on_navigate.emit(next as usize);
                }
            }
        })
    };
    let rtl = ctx.rtl;
    let onkeydown = {
        let navigate = navigate.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Tab" => {
                if let Some(dialog) = dialog.cast::<Element>() {
                    keep_tab_inside(&dialog, &e);
                }
            }
            // Mirrored right to left: ← shows the next photo.
            "ArrowRight" => {
                e.prevent_default();
                navigate.emit(if rtl { -1 } else { 1 });
            }
            "ArrowLeft" => {
                e.prevent_default();
                navigate.emit(if rtl { 1 } else { -1 });
            }
            _ => {}
        })
    };

    // Pinch, double-tap and swipe on the photo (see `hooks::zoom_gesture`).
    let zoom = hooks::use_zoom_gesture(props.open, &navigate, rtl);

    let photo = props.open.and_then(|i| ctx.photos.get(i).map(|p| (i, p)));
    let close = Callback::from(move |_| on_close.emit(()));
    let prev = {
        let navigate = navigate.clone();
        Callback::from(move |_| navigate.emit(-1))
    };
    let next = Callback::from(move |_| navigate.emit(1));
    let label = photo
        .map(|(i, _)| fill(t.photo_viewer, i + 1, total))
        .unwrap_or_default();
    html! {
        <dialog class="hc-lightbox" part="lightbox" ref={dialog} aria-label={label} {onclose} {onkeydown}>
            if let Some((i, p)) = photo {
                <div class="hc-lb-stage" ref={zoom.stage} onpointerdown={zoom.onpointerdown} onpointermove={zoom.onpointermove} onpointerup={zoom.onpointerup.clone()} onpointercancel={zoom.onpointerup} ondblclick={zoom.ondblclick}>
                    <img class="hc-lb-img" ref={zoom.img} src={p.largest_src().to_owned()} alt={p.alt.clone().unwrap_or_default()} draggable="false" />
                </div>
                <div class="hc-lb-bar">
                    <p class="hc-lb-caption">{ caption_with_credit(p, &ctx.content_language) }</p>
                    <p class="hc-lb-meta"><span class="hc-lb-count">{ fill(t.position, i + 1, total) }</span>{ format!(" · {}", t.zoom_hint) }</p>
                </div>
                <button type="button" class="hc-lb-button hc-lb-prev" aria-label={t.previous_photo} aria-disabled={if i == 0 { "true" } else { "false" }} onclick={prev}>{ icons::previous() }</button>
                <button type="button" class="hc-lb-button hc-lb-next" aria-label={t.next_photo} aria-disabled={if i + 1 >= total { "true" } else { "false" }} onclick={next}>{ icons::next() }</button>
                <button type="button" class="hc-lb-button hc-lb-close" aria-label={t.close} onclick={close} autofocus=true>{ icons::close() }</button>
            }
        </dialog>
    }
}
