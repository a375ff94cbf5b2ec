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

use super::{card_view, hooks, icons, SlideInfo, WidgetContext};
use crate::i18n::fill;
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
                let exact = slide_at(&el);
                let index = (exact.round() as usize).min(total - 1);
                let target = *heading_to.borrow();
                if let Some(target) = target {
                    if index != target || (exact - target as f64).abs() > 0.02 {
                        return;
                    }
                    *heading_to.borrow_mut() = None;
                }
                if index != *current {
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
            let key = e.key();
            // "ArrowRight" goes forward left to right, back right to left.
            let forward = (key == "ArrowRight") != rtl;
            let target = match key.as_str() {
                "ArrowRight" | "ArrowLeft" if forward => Some((now + 1).min(total - 1)),
                "ArrowRight" | "ArrowLeft" => Some(now.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(total - 1),
                _ => None,
            };
            if let Some(target) = target {
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
        </section>
    }
}
