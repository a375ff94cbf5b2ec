//! Full-screen photo viewer: a modal `<dialog>` (top layer; the rest of the
//! page is inert while it is open, so focus stays inside; Esc closes it),
//! with the caption and credit, previous/next, pinch and double-tap zoom,
//! swipe between photos, and the back gesture closing it. Focus returns to
//! the photo that opened it.

use super::figure::caption_with_credit;
use super::{hooks, icons};
use crate::i18n::{fill, strings};
use crate::model::Photo;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

const MAX_SCALE: f64 = 4.0;
const DOUBLE_TAP_SCALE: f64 = 2.5;

/// Properties of [`Lightbox`].
#[derive(Properties, PartialEq, Clone)]
pub struct LightboxProps {
    /// The photos of the collection, in card order.
    pub photos: Rc<Vec<Photo>>,
    /// The photo shown, or `None` when closed.
    pub open: Option<usize>,
    /// Asked to close (button, Esc, back gesture).
    pub on_close: Callback<()>,
    /// Asked to show another photo.
    pub on_navigate: Callback<usize>,
    /// Language of the widget's own words.
    pub ui_language: AttrValue,
    /// Language of the content (credit labels).
    pub content_language: AttrValue,
}

/// Zoom and pan of the photo, applied as a CSS transform through the CSSOM
/// (allowed under a strict style-src CSP, unlike a style attribute).
#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, f64, f64)>,
    start: Option<(f64, f64, f64)>,
    pinch_start: Option<(f64, f64)>,
    scale: f64,
    tx: f64,
    ty: f64,
    last_tap: Option<(f64, f64, f64)>,
    moved: bool,
    /// When a double tap last toggled the zoom (the browser may follow it with a `dblclick`).
    last_toggle: f64,
}

impl Gesture {
    fn apply(&self, img: &Option<HtmlElement>) {
        if let Some(img) = img {
            let scale = if self.scale <= 0.0 { 1.0 } else { self.scale };
            let _ = img.style().set_property(
                "transform",
                &format!(
                    "translate({}px, {}px) scale({})",
                    decimal(self.tx),
                    decimal(self.ty),
                    decimal(scale)
                ),
            );
        }
    }

    fn reset(&mut self) {
        *self = Gesture {
            scale: 1.0,
            ..Gesture::default()
        };
    }

    fn toggle_zoom(&mut self) {
        if self.scale > 1.01 {
            self.scale = 1.0;
            self.tx = 0.0;
            self.ty = 0.0;
        } else {
            self.scale = DOUBLE_TAP_SCALE;
        }
    }
}

/// A number with up to two decimals, without Rust's float formatting (which
/// costs ~15 KB of wasm): 2.5 → "2.5", -12.25 → "-12.25", 1.0 → "1".
fn decimal(x: f64) -> String {
    let hundredths = (x * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, frac) = (hundredths.abs() / 100, hundredths.abs() % 100);
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// See the module documentation.
#[component]
pub fn Lightbox(props: &LightboxProps) -> Html {
    let t = strings(&props.ui_language);
    let dialog = use_node_ref();
    let img = use_node_ref();
    let gesture = use_mut_ref(Gesture::default);
    let total = props.photos.len();

    // Open/close the dialog as `open` changes, with a history entry the
    // back gesture closes (see `hooks::back_closes`).
    hooks::use_back_closes(&dialog, props.open.is_some(), &props.on_close);

    // A new photo starts unzoomed.
    {
        let gesture = gesture.clone();
        let img = img.clone();
        use_effect_with(props.open, move |_| {
            gesture.borrow_mut().reset();
            gesture.borrow().apply(&img.cast::<HtmlElement>());
        });
    }

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
    let onkeydown = {
        let navigate = navigate.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            // Keep Tab inside the viewer (a modal dialog would otherwise let
            // focus leave for the browser's own controls).
            "Tab" => {
                let Some(dialog) = dialog.cast::<Element>() else {
                    return;
                };
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
            "ArrowRight" => {
                e.prevent_default();
                navigate.emit(1);
            }
            "ArrowLeft" => {
                e.prevent_default();
                navigate.emit(-1);
            }
            _ => {}
        })
    };

    let stage = use_node_ref();
    let onpointerdown = {
        let gesture = gesture.clone();
        let stage = stage.clone();
        Callback::from(move |e: PointerEvent| {
            // Capture on the stage itself: yew delegates events, so the
            // event's current target is yew's root, not the stage.
            if let Some(stage) = stage.cast::<Element>() {
                let _ = stage.set_pointer_capture(e.pointer_id());
            }
            let mut g = gesture.borrow_mut();
            let p = (e.client_x() as f64, e.client_y() as f64);
            g.pointers.retain(|(id, _, _)| *id != e.pointer_id());
            g.pointers.push((e.pointer_id(), p.0, p.1));
            if g.pointers.len() == 1 {
                g.start = Some((p.0, p.1, e.time_stamp()));
                g.moved = false;
            } else if g.pointers.len() == 2 {
                let d = distance(
                    (g.pointers[0].1, g.pointers[0].2),
                    (g.pointers[1].1, g.pointers[1].2),
                );
                let scale = if g.scale <= 0.0 { 1.0 } else { g.scale };
                g.pinch_start = Some((d.max(1.0), scale));
                g.moved = true;
            }
        })
    };
    let onpointermove = {
        let gesture = gesture.clone();
        let img = img.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            let Some(slot) = g
                .pointers
                .iter()
                .position(|(id, _, _)| *id == e.pointer_id())
            else {
                return;
            };
            let (_, ox, oy) = g.pointers[slot];
            let (x, y) = (e.client_x() as f64, e.client_y() as f64);
            g.pointers[slot] = (e.pointer_id(), x, y);
            if let (2, Some((d0, s0))) = (g.pointers.len(), g.pinch_start) {
                let d = distance(
                    (g.pointers[0].1, g.pointers[0].2),
                    (g.pointers[1].1, g.pointers[1].2),
                );
                g.scale = (s0 * d / d0).clamp(1.0, MAX_SCALE);
                if g.scale <= 1.0 {
                    g.tx = 0.0;
                    g.ty = 0.0;
                }
                g.apply(&img.cast::<HtmlElement>());
            } else if g.pointers.len() == 1 {
                if let Some((sx, sy, _)) = g.start {
                    if distance((sx, sy), (x, y)) > 10.0 {
                        g.moved = true;
                    }
                }
                if g.scale > 1.0 {
                    g.tx += x - ox;
                    g.ty += y - oy;
                    g.apply(&img.cast::<HtmlElement>());
                }
            }
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        let img = img.clone();
        let navigate = navigate.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            let (x, y, now) = (e.client_x() as f64, e.client_y() as f64, e.time_stamp());
            let was_single = g.pointers.len() == 1;
            g.pointers.retain(|(id, _, _)| *id != e.pointer_id());
            if g.pointers.len() < 2 {
                g.pinch_start = None;
            }
            if !was_single || e.type_() == "pointercancel" {
                return;
            }
            let Some((sx, sy, t0)) = g.start.take() else {
                return;
            };
            let (dx, dy) = (x - sx, y - sy);
            if !g.moved && now - t0 < 350.0 {
                // A tap: two in quick succession toggle the zoom.
                if let Some((lx, ly, lt)) = g.last_tap {
                    if now - lt < 350.0 && distance((lx, ly), (x, y)) < 40.0 {
                        g.toggle_zoom();
                        g.apply(&img.cast::<HtmlElement>());
                        g.last_tap = None;
                        g.last_toggle = now;
                        return;
                    }
                }
                g.last_tap = Some((x, y, now));
            } else if g.scale <= 1.01 && dx.abs() > 60.0 && dx.abs() > dy.abs() * 1.5 {
                drop(g);
                navigate.emit(if dx < 0.0 { 1 } else { -1 });
            }
        })
    };
    let ondblclick = {
        let gesture = gesture.clone();
        let img = img.clone();
        Callback::from(move |e: MouseEvent| {
            let mut g = gesture.borrow_mut();
            // A double tap already handled above also produces a dblclick.
            if e.time_stamp() - g.last_toggle < 600.0 {
                return;
            }
            g.toggle_zoom();
            g.apply(&img.cast::<HtmlElement>());
        })
    };

    let photo = props.open.and_then(|i| props.photos.get(i).map(|p| (i, p)));
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
                <div class="hc-lb-stage" ref={stage} {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup} {ondblclick}>
                    <img class="hc-lb-img" ref={img} src={p.largest_src().to_owned()} alt={p.alt.clone().unwrap_or_default()} draggable="false" />
                </div>
                <div class="hc-lb-bar">
                    <p class="hc-lb-caption">{ caption_with_credit(p, &props.content_language) }</p>
                    <p class="hc-lb-meta"><span class="hc-lb-count">{ fill(t.position, i + 1, total) }</span>{ format!(" · {}", t.zoom_hint) }</p>
                </div>
                <button type="button" class="hc-lb-button hc-lb-prev" aria-label={t.previous_photo} aria-disabled={if i == 0 { "true" } else { "false" }} onclick={prev}>{ icons::previous() }</button>
                <button type="button" class="hc-lb-button hc-lb-next" aria-label={t.next_photo} aria-disabled={if i + 1 >= total { "true" } else { "false" }} onclick={next}>{ icons::next() }</button>
                <button type="button" class="hc-lb-button hc-lb-close" aria-label={t.close} onclick={close} autofocus=true>{ icons::close() }</button>
            }
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn decimals() {
        for (x, s) in [
            (2.5, "2.5"),
            (1.0, "1"),
            (-12.25, "-12.25"),
            (0.004, "0"),
            (3.999, "4"),
            (-0.5, "-0.5"),
        ] {
            assert_eq!(super::decimal(x), s);
        }
    }
}
