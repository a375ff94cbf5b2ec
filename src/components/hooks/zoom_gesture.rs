//! Zoom and pan of the viewer's photo — pinch, double tap (or double
//! click), drag when zoomed — and a horizontal swipe to the next or
//! previous photo. Applied as a CSS transform through the CSSOM (allowed
//! under a strict `style-src` CSP, unlike a style attribute).

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

const MAX_SCALE: f64 = 4.0;
const DOUBLE_TAP_SCALE: f64 = 2.5;
/// A tap is shorter than this, and two taps this close toggle the zoom (ms;
/// `tests/browser/phone-keyboard-screen-reader.test.mjs` paces its double taps by it).
const DOUBLE_TAP_MS: f64 = 350.0;

/// Where the pointers are and how the photo is zoomed and moved.
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
    /// Until when a `dblclick` echoes a double tap that toggled the zoom (0: none yet).
    quiet_until: f64,
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

/// A number with up to two decimals, as JavaScript writes it: Rust's float
/// formatting would cost ~15 KB of wasm, and a formatter of our own more
/// than this one call into the browser.
fn decimal(x: f64) -> String {
    js_sys::Number::from((x * 100.0).round() / 100.0)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// The stage and photo refs and the pointer handlers to put on the stage.
pub struct ZoomGesture {
    pub stage: NodeRef,
    pub img: NodeRef,
    pub onpointerdown: Callback<PointerEvent>,
    pub onpointermove: Callback<PointerEvent>,
    /// Also for `pointercancel`.
    pub onpointerup: Callback<PointerEvent>,
    pub ondblclick: Callback<MouseEvent>,
}

/// The gesture for the photo shown (`open`); a new photo starts unzoomed.
/// `navigate` gets +1 or -1 for a swipe: a swipe to the left is +1, or to
/// the right when the content reads right to left (`rtl`), as in a book.
#[hook]
pub fn use_zoom_gesture(open: Option<usize>, navigate: &Callback<isize>, rtl: bool) -> ZoomGesture {
    let img = use_node_ref();
    let gesture = use_mut_ref(Gesture::default);
    // A new photo starts unzoomed.
    {
        let gesture = gesture.clone();
        let img = img.clone();
        use_effect_with(open, move |_| {
            gesture.borrow_mut().reset();
            gesture.borrow().apply(&img.cast::<HtmlElement>());
        });
    }

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
            if !g.moved && now - t0 < DOUBLE_TAP_MS {
                // A tap: two in quick succession toggle the zoom.
                if let Some((lx, ly, lt)) = g.last_tap {
                    if now - lt < DOUBLE_TAP_MS && distance((lx, ly), (x, y)) < 40.0 {
                        g.toggle_zoom();
                        g.apply(&img.cast::<HtmlElement>());
                        g.last_tap = None;
                        g.quiet_until = now + 600.0;
                        return;
                    }
                }
                g.last_tap = Some((x, y, now));
            } else if g.scale <= 1.01 && dx.abs() > 60.0 && dx.abs() > dy.abs() * 1.5 {
                drop(g);
                navigate.emit(if (dx < 0.0) != rtl { 1 } else { -1 });
            }
        })
    };
    let ondblclick = {
        let gesture = gesture.clone();
        let img = img.clone();
        Callback::from(move |e: MouseEvent| {
            let mut g = gesture.borrow_mut();
            // A double tap already handled above also produces a dblclick.
            if e.time_stamp() < g.quiet_until {
                return;
            }
            g.toggle_zoom();
            g.apply(&img.cast::<HtmlElement>());
        })
    };

    ZoomGesture {
        stage,
        img,
        onpointerdown,
        onpointermove,
        onpointerup,
        ondblclick,
    }
}
