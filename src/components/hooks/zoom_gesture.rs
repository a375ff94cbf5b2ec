//! Zoom and pan of the viewer's photo (pinch, double tap or click, drag
//! when zoomed) and a swipe to the next or previous photo, as a CSS transform
//! through the CSSOM (allowed under a strict `style-src` CSP, unlike a style
//! attribute). One file: the gesture's rules, the hook, and their tests.

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

    /// The distance between the first two pointers.
    fn spread(&self) -> f64 {
        let (a, b) = (&self.pointers[0], &self.pointers[1]);
        distance((a.1, a.2), (b.1, b.2))
    }

    /// Pointer `id` goes down at (`x`, `y`) at time `t`: one starts a tap,
    /// a drag or a swipe; a second starts a pinch.
    fn down(&mut self, id: i32, x: f64, y: f64, t: f64) {
        self.pointers.retain(|(p, _, _)| *p != id);
        self.pointers.push((id, x, y));
        if self.pointers.len() == 1 {
            self.start = Some((x, y, t));
            self.moved = false;
        } else if self.pointers.len() == 2 {
            let scale = if self.scale <= 0.0 { 1.0 } else { self.scale };
            self.pinch_start = Some((self.spread().max(1.0), scale));
            self.moved = true;
        }
    }

    /// Pointer `id` moves to (`x`, `y`); true when the photo's transform
    /// changed (a pinch, or a drag of the zoomed photo).
    fn move_to(&mut self, id: i32, x: f64, y: f64) -> bool {
        let Some(slot) = self.pointers.iter().position(|(p, _, _)| *p == id) else {
            return false;
        };
        let (_, ox, oy) = self.pointers[slot];
        self.pointers[slot] = (id, x, y);
        if let (2, Some((d0, s0))) = (self.pointers.len(), self.pinch_start) {
            self.scale = (s0 * self.spread() / d0).clamp(1.0, MAX_SCALE);
            if self.scale <= 1.0 {
                self.tx = 0.0;
                self.ty = 0.0;
            }
            return true;
        }
        if self.pointers.len() != 1 {
            return false;
        }
        if let Some((sx, sy, _)) = self.start {
            if distance((sx, sy), (x, y)) > 10.0 {
                self.moved = true;
            }
        }
        if self.scale <= 1.0 {
            return false;
        }
        self.tx += x - ox;
        self.ty += y - oy;
        true
    }

    /// Pointer `id` lifts at (`x`, `y`) at time `t` (or is `cancelled`):
    /// a second quick tap toggles the zoom; a horizontal swipe of the
    /// unzoomed photo goes to another.
    fn up(&mut self, id: i32, x: f64, y: f64, t: f64, cancelled: bool) -> Lift {
        let was_single = self.pointers.len() == 1;
        self.pointers.retain(|(p, _, _)| *p != id);
        if self.pointers.len() < 2 {
            self.pinch_start = None;
        }
        if !was_single || cancelled {
            return Lift::Nothing;
        }
        let Some((sx, sy, t0)) = self.start.take() else {
            return Lift::Nothing;
        };
        let (dx, dy) = (x - sx, y - sy);
        if !self.moved && t - t0 < DOUBLE_TAP_MS {
            match self.last_tap {
                Some((lx, ly, lt))
                    if t - lt < DOUBLE_TAP_MS && distance((lx, ly), (x, y)) < 40.0 =>
                {
                    self.toggle_zoom();
                    self.last_tap = None;
                    self.quiet_until = t + 600.0;
                    return Lift::Zoomed;
                }
                _ => self.last_tap = Some((x, y, t)),
            }
        } else if self.scale <= 1.01 && dx.abs() > 60.0 && dx.abs() > dy.abs() * 1.5 {
            return Lift::Swiped {
                leftwards: dx < 0.0,
            };
        }
        Lift::Nothing
    }

    /// A `dblclick` at time `t` toggles the zoom, unless it echoes a double
    /// tap that already did; true when it did.
    fn double_click(&mut self, t: f64) -> bool {
        if t < self.quiet_until {
            return false;
        }
        self.toggle_zoom();
        true
    }
}

/// What a lifted pointer did.
#[derive(Debug, PartialEq)]
enum Lift {
    Nothing,
    /// A double tap toggled the zoom.
    Zoomed,
    /// A swipe, to the left or to the right.
    Swiped {
        leftwards: bool,
    },
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
            let (x, y) = (e.client_x() as f64, e.client_y() as f64);
            gesture
                .borrow_mut()
                .down(e.pointer_id(), x, y, e.time_stamp());
        })
    };
    let onpointermove = {
        let gesture = gesture.clone();
        let img = img.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            if g.move_to(e.pointer_id(), e.client_x() as f64, e.client_y() as f64) {
                g.apply(&img.cast::<HtmlElement>());
            }
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        let img = img.clone();
        let navigate = navigate.clone();
        Callback::from(move |e: PointerEvent| {
            let (x, y) = (e.client_x() as f64, e.client_y() as f64);
            let cancelled = e.type_() == "pointercancel";
            let lift = gesture
                .borrow_mut()
                .up(e.pointer_id(), x, y, e.time_stamp(), cancelled);
            match lift {
                Lift::Zoomed => gesture.borrow().apply(&img.cast::<HtmlElement>()),
                // As in a book: leftwards is onwards, unless right to left.
                Lift::Swiped { leftwards } => navigate.emit(if leftwards != rtl { 1 } else { -1 }),
                Lift::Nothing => {}
            }
        })
    };
    let ondblclick = {
        let gesture = gesture.clone();
        let img = img.clone();
        Callback::from(move |e: MouseEvent| {
            let mut g = gesture.borrow_mut();
            if g.double_click(e.time_stamp()) {
                g.apply(&img.cast::<HtmlElement>());
            }
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

#[cfg(test)]
mod tests {
    use super::{Gesture, Lift, DOUBLE_TAP_SCALE, MAX_SCALE};

    fn fresh() -> Gesture {
        let mut g = Gesture::default();
        g.reset();
        g
    }

    fn tap(g: &mut Gesture, x: f64, t: f64) -> Lift {
        g.down(1, x, 100.0, t);
        g.up(1, x, 100.0, t + 50.0, false)
    }

    #[test]
    fn a_double_tap_toggles_the_zoom_and_its_dblclick_echo_is_ignored() {
        let mut g = fresh();
        assert_eq!(tap(&mut g, 100.0, 1000.0), Lift::Nothing);
        assert_eq!(tap(&mut g, 105.0, 1200.0), Lift::Zoomed);
        assert_eq!(g.scale, DOUBLE_TAP_SCALE);
        // The browser's dblclick for the same two taps.
        assert!(!g.double_click(1260.0));
        assert_eq!(g.scale, DOUBLE_TAP_SCALE);
        // A real double click later zooms out; at the page's time origin too.
        assert!(g.double_click(5000.0));
        assert_eq!(g.scale, 1.0);
        let mut g = fresh();
        assert!(g.double_click(10.0), "the first double click of a page");
        // Taps too far apart in time or space are two single taps.
        let mut g = fresh();
        tap(&mut g, 100.0, 1000.0);
        assert_eq!(tap(&mut g, 100.0, 1500.0), Lift::Nothing);
        assert_eq!(tap(&mut g, 200.0, 1600.0), Lift::Nothing);
    }

    #[test]
    fn a_horizontal_swipe_of_the_unzoomed_photo_goes_to_another() {
        let mut g = fresh();
        g.down(1, 300.0, 100.0, 0.0);
        assert!(
            !g.move_to(1, 200.0, 110.0),
            "an unzoomed photo does not move"
        );
        assert_eq!(
            g.up(1, 200.0, 110.0, 200.0, false),
            Lift::Swiped { leftwards: true }
        );
        let mut swipe = |from: (f64, f64), to: (f64, f64), t: f64, cancelled: bool| {
            g.down(1, from.0, from.1, t);
            g.move_to(1, to.0, to.1);
            g.up(1, to.0, to.1, t + 200.0, cancelled)
        };
        assert_eq!(
            swipe((100.0, 100.0), (200.0, 100.0), 1000.0, false),
            Lift::Swiped { leftwards: false }
        );
        // Mostly vertical, too short, or cancelled: no swipe.
        assert_eq!(
            swipe((100.0, 100.0), (170.0, 200.0), 2000.0, false),
            Lift::Nothing
        );
        assert_eq!(
            swipe((100.0, 100.0), (150.0, 100.0), 3000.0, false),
            Lift::Nothing
        );
        assert_eq!(
            swipe((300.0, 100.0), (100.0, 100.0), 4000.0, true),
            Lift::Nothing
        );
    }

    #[test]
    fn a_pinch_zooms_within_bounds_and_a_zoomed_photo_drags_instead_of_swiping() {
        let mut g = fresh();
        g.down(1, 100.0, 100.0, 0.0);
        g.down(2, 200.0, 100.0, 10.0);
        assert!(g.move_to(2, 300.0, 100.0));
        assert_eq!(g.scale, 2.0);
        assert!(g.move_to(2, 2000.0, 100.0));
        assert_eq!(g.scale, MAX_SCALE);
        assert!(g.move_to(2, 120.0, 100.0));
        assert_eq!(g.scale, 1.0, "never below 1");
        assert!(g.move_to(2, 300.0, 100.0));
        assert_eq!(g.up(2, 300.0, 100.0, 100.0, false), Lift::Nothing);
        assert_eq!(g.up(1, 100.0, 100.0, 110.0, false), Lift::Nothing);
        // Zoomed (2×): one finger drags the photo; lifting is no swipe.
        g.down(1, 300.0, 100.0, 1000.0);
        assert!(g.move_to(1, 200.0, 120.0));
        assert_eq!((g.tx, g.ty), (-100.0, 20.0));
        assert_eq!(g.up(1, 200.0, 120.0, 1200.0, false), Lift::Nothing);
    }
}
