//! The carousel layout: one card at a time, following the WAI-ARIA carousel
//! pattern (a labelled region with `aria-roledescription`, labelled slides,
//! a polite live region for the position, off-screen slides `inert`).
//!
//! Swiping is the browser's own: a horizontal scroll container with CSS
//! scroll-snap, so a horizontal swipe moves the track (never the page
//! sideways: `overscroll-behavior-x: contain`) and a vertical swipe still
//! scrolls the page. Buttons, a numbered index and the arrow keys move it
//! too; the position follows the scroll.
//!
//! Right to left (the content's direction, see `widget.rs`), slide 1 is on
//! the right and the track scrolls leftwards: browsers give such a
//! container a `scrollLeft` from 0 down to minus its overflow (the CSSOM
//! rule Chromium, Gecko and WebKit all follow now), so the slide is
//! `|scrollLeft| / width` and a slide's offset is negated. The arrow keys
//! are mirrored as the WAI-ARIA practices say (← is "next"); prev/next and
//! the index follow the layout, which follows the direction.
//!
//! The rules are plain functions with native tests (which slide a key goes
//! to, [`key_target`]; which slide the scroll says, [`follow`]); the state
//! and its callbacks stay in [`Carousel`] (~125 lines). A `use_track` hook
//! would read better, but it measured +117 B gzip in the reader's payload
//! (a yew hook is a struct and a `run` of its own that the optimiser does
//! not fold back in), and the payload may only shrink.

use super::{card_view, hooks, icons, SlideInfo, WidgetContext};
use crate::i18n::{fill, Strings};
use web_sys::{Element, ScrollBehavior, ScrollToOptions};
use yew::prelude::*;

/// Properties of [`Carousel`].
#[derive(Properties, PartialEq, Clone)]
pub struct CarouselProps {
    /// The widget's context: the cards, the words, the carousel's name
    /// (the collection's title).
    pub context: WidgetContext,
    /// The slide to show first (deep link).
    #[prop_or_default]
    pub initial: usize,
}

/// The slide a track shows (or is nearest), either direction.
fn slide_at(track: &Element) -> f64 {
    (track.scroll_left() as f64).abs() / f64::from(track.client_width()).max(1.0)
}

fn scroll_track(track: &Element, index: usize, smooth: bool, rtl: bool) {
    let options = ScrollToOptions::new();
    let offset = index as f64 * f64::from(track.client_width());
    options.set_left(if rtl { -offset } else { offset });
    options.set_behavior(if smooth && !hooks::reduced_motion() {
        ScrollBehavior::Smooth
    } else {
        ScrollBehavior::Instant
    });
    track.scroll_to_with_scroll_to_options(&options);
}

/// The slide the track's position says the reader is on, `exact` being its
/// scroll in slides — or `None` while it glides to the slide a button or key
/// chose (`heading_to`, cleared when it arrives): the slides it passes on
/// the way are not the reader's choice.
fn follow(heading_to: &mut Option<usize>, exact: f64, total: usize) -> Option<usize> {
    let index = (exact.round() as usize).min(total - 1);
    if let Some(target) = *heading_to {
        if index != target || (exact - target as f64).abs() > 0.02 {
            return None;
        }
        *heading_to = None;
    }
    Some(index)
}

/// The slide a key moves to from slide `now` of `total`, if the key moves
/// the carousel: "ArrowRight" goes forward left to right, back right to left.
fn key_target(key: &str, now: usize, total: usize, rtl: bool) -> Option<usize> {
    let forward = (key == "ArrowRight") != rtl;
    match key {
        "ArrowRight" | "ArrowLeft" if forward => Some((now + 1).min(total - 1)),
        "ArrowRight" | "ArrowLeft" => Some(now.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(total - 1),
        _ => None,
    }
}

/// The numbered index under the track: a button per slide, the current
/// one marked.
fn index_buttons(t: &Strings, now: usize, total: usize, go: &Callback<usize>) -> Html {
    html! {
        <div class="hc-index" role="group" aria-label={t.card_index}>
            { for (0..total).map(|i| {
                let go = go.clone();
                html! {
                    <button
                        type="button"
                        class="hc-index-button"
                        aria-label={fill(t.go_to_card, i + 1, total)}
                        aria-current={(i == now).then_some(AttrValue::Static("true"))}
                        data-label={(i + 1).to_string()}
                        onclick={Callback::from(move |_| go.emit(i))}
                    ></button>
                }
            }) }
        </div>
    }
}

/// See the module documentation.
#[component]
pub fn Carousel(props: &CarouselProps) -> Html {
    let ctx = &props.context;
    let t = ctx.t();
    let cards = ctx.collection().cards.len();
    let total = cards.max(1);
    let rtl = ctx.rtl;
    // The first render always shows slide 1, as the server renders it (so
    // prerendered markup hydrates unchanged); a deep-linked slide follows at once.
    let current = use_state(|| 0usize);
    let track = use_node_ref();
    {
        let track = track.clone();
        let current = current.clone();
        let initial = props.initial.min(total - 1);
        use_effect_with((), move |_| {
            let Some(el) = track.cast::<Element>() else {
                return;
            };
            // Prerendered markup swipes natively before the wasm runs: the
            // reader may already be on another slide.
            let swiped = slide_at(&el).round() as usize;
            if initial > 0 {
                scroll_track(&el, initial, false, rtl);
                current.set(initial);
            } else if swiped > 0 {
                current.set(swiped.min(total - 1));
            }
        });
    }

    // While the track glides to a slide chosen by a button or key, the
    // positions it passes on the way are not the reader's choice.
    let heading_to = use_mut_ref(|| None::<usize>);
    let go = {
        let current = current.clone();
        let track = track.clone();
        let heading_to = heading_to.clone();
        Callback::from(move |index: usize| {
            let index = index.min(total - 1);
            if let Some(el) = track.cast::<Element>() {
                *heading_to.borrow_mut() = Some(index);
                scroll_track(&el, index, true, rtl);
            }
            current.set(index);
        })
    };
    let onscroll = {
        let current = current.clone();
        let track = track.clone();
        let heading_to = heading_to.clone();
        Callback::from(move |_: Event| {
            if let Some(el) = track.cast::<Element>() {
                let index = follow(&mut heading_to.borrow_mut(), slide_at(&el), total);
                if let Some(index) = index.filter(|i| *i != *current) {
                    current.set(index);
                }
            }
        })
    };
    // The reader takes over: follow the scroll again.
    let release = {
        let heading_to = heading_to.clone();
        Callback::from(move |_: Event| *heading_to.borrow_mut() = None)
    };
    let onkeydown = {
        let go = go.clone();
        let now = *current;
        Callback::from(move |e: KeyboardEvent| {
            if let Some(target) = key_target(&e.key(), now, total, rtl) {
                e.prevent_default();
                go.emit(target);
            }
        })
    };
    let now = *current;
    // The live region speaks only once the slide has changed: it is empty in
    // the first render, as the server renders it, so no "1 / 8" is text in
    // prerendered markup (a filter that strips the controls keeps text).
    let moved = use_mut_ref(|| false);
    if now != 0 {
        *moved.borrow_mut() = true;
    }
    let position = fill(t.position, now + 1, total);
    let moved = *moved.borrow();
    // aria-disabled, not disabled: a focused button that became disabled
    // would drop keyboard focus to the page at the first or last slide.
    let at_start = if now == 0 { "true" } else { "false" };
    let at_end = if now + 1 >= total { "true" } else { "false" };
    let prev = {
        let go = go.clone();
        Callback::from(move |_| go.emit(now.saturating_sub(1)))
    };
    let next = {
        let go = go.clone();
        Callback::from(move |_| go.emit(now + 1))
    };
    html! {
        <section class="hc-carousel" aria-roledescription={t.carousel} aria-label={ctx.collection().title.clone()} {onkeydown}>
            <div class="hc-controls">
                <button type="button" class="hc-nav hc-prev" aria-label={t.previous_card} aria-disabled={at_start} onclick={prev}>
                    { icons::previous() }
                </button>
                // Shown from its attribute (CSS), heard from the live region below.
                <p class="hc-position" aria-hidden="true" data-label={position.clone()}></p>
                // No text node at all until then: hydration must not add one.
                <p class="hc-sr-only" aria-live="polite" aria-atomic="true">
                    { moved.then_some(position) }
                </p>
                <button type="button" class="hc-nav hc-next" aria-label={t.next_card} aria-disabled={at_end} onclick={next}>
                    { icons::next() }
                </button>
            </div>
            <div
                class="hc-track"
                tabindex={(!ctx.share).then_some("0")}
                ref={track}
                {onscroll}
                onpointerdown={release.reform(|e: PointerEvent| e.into())}
                ontouchstart={release.reform(|e: TouchEvent| e.into())}
                onwheel={release.reform(|e: WheelEvent| e.into())}
            >
                { for (0..cards).map(|index| card_view(ctx, index, Some(SlideInfo { index, total: cards, current: index == now }))) }
            </div>
            { index_buttons(t, now, total, &go) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::{follow, key_target};

    #[test]
    fn arrow_keys_are_mirrored_right_to_left_and_stop_at_the_ends() {
        // Left to right: → next, ← previous.
        assert_eq!(key_target("ArrowRight", 2, 5, false), Some(3));
        assert_eq!(key_target("ArrowLeft", 2, 5, false), Some(1));
        // Right to left: ← next, → previous.
        assert_eq!(key_target("ArrowLeft", 2, 5, true), Some(3));
        assert_eq!(key_target("ArrowRight", 2, 5, true), Some(1));
        // The ends hold.
        assert_eq!(key_target("ArrowRight", 4, 5, false), Some(4));
        assert_eq!(key_target("ArrowLeft", 0, 5, false), Some(0));
        assert_eq!(key_target("Home", 3, 5, true), Some(0));
        assert_eq!(key_target("End", 0, 5, true), Some(4));
        // Other keys are the page's.
        assert_eq!(key_target("ArrowDown", 2, 5, false), None);
        assert_eq!(key_target(" ", 2, 5, false), None);
    }

    #[test]
    fn the_position_follows_the_scroll_except_on_the_way_to_a_chosen_slide() {
        // A swipe: the nearest slide, never past the last.
        assert_eq!(follow(&mut None, 1.4, 5), Some(1));
        assert_eq!(follow(&mut None, 1.6, 5), Some(2));
        assert_eq!(follow(&mut None, 7.0, 5), Some(4));
        // On the way from 0 to 3: slides 1 and 2, and nearly 3, are passed.
        let mut heading = Some(3);
        assert_eq!(follow(&mut heading, 1.0, 5), None);
        assert_eq!(follow(&mut heading, 2.2, 5), None);
        assert_eq!(follow(&mut heading, 2.9, 5), None);
        assert_eq!(heading, Some(3));
        // Arrived: the position is followed again.
        assert_eq!(follow(&mut heading, 3.0, 5), Some(3));
        assert_eq!(heading, None);
        assert_eq!(follow(&mut heading, 2.0, 5), Some(2));
    }
}
