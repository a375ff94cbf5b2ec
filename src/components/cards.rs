//! The cards of one widget, and how a long collection is put on the page
//! without freezing it.
//!
//! Every card needs the same widget-wide things (the collection, the anchor
//! for ids, the languages, the callbacks that open the viewer or share a
//! card): the widget's [`WidgetContext`] holds them. The list and grid
//! render their cards in slices ([`CardSlice`], a component whose
//! properties are that context and a range): when the widget renders again — the next
//! slice arriving, the viewer opening — yew skips every slice whose
//! properties did not change, so the cost of a render does not grow with the
//! number of cards already shown.
//!
//! In the browser, a widget that renders from data (not prerendered markup)
//! shows the first slices at once, those up to a deep-linked card included,
//! then one more slice per task ([`later`]): no task is long, whatever the
//! collection's length, and the page answers meanwhile. The server renderer
//! and hydration render every card in the first pass (the markup is the
//! content; search engines and readers without JavaScript see all of it).

use super::{card_view, WidgetContext};
use yew::prelude::*;

/// Cards in the first slice: the first screenful on a desktop (two rows of
/// the grid's three columns; a phone shows one card). Its layout is the
/// longest task of a long list (about 85 ms for 10 cards with a 4× slower
/// CPU, measured in the bench), so it holds no more than a screen needs.
pub const FIRST_SLICE: usize = 6;

/// Cards per later slice: a task of well under 100 ms on a phone with a 4×
/// slower CPU (measured in the bench); larger slices would mean fewer
/// renders, each of which lays out the whole list again.
pub const SLICE: usize = 10;

/// Where the slice after the one starting at or holding card `n` starts.
pub fn next_slice(n: usize) -> usize {
    if n < FIRST_SLICE {
        FIRST_SLICE
    } else {
        FIRST_SLICE + ((n - FIRST_SLICE) / SLICE + 1) * SLICE
    }
}

/// The slices (start, end) of the first `shown` cards.
pub fn slices(shown: usize) -> impl Iterator<Item = (usize, usize)> {
    std::iter::successors(Some(0), |&start| Some(next_slice(start)))
        .take_while(move |&start| start < shown)
        .map(move |start| (start, next_slice(start).min(shown)))
}

/// How many cards the first render shows: all of them unless rendering
/// `progressive`ly, then the first slice, or up to the slice holding the
/// deep-linked card `linked`.
pub fn first_render(total: usize, linked: Option<usize>, progressive: bool) -> usize {
    if !progressive {
        return total;
    }
    // The slice holding the linked card (or the first) ends at the next start.
    next_slice(linked.unwrap_or(0)).min(total)
}

/// Properties of [`CardSlice`].
#[derive(Properties, PartialEq, Clone)]
pub struct CardSliceProps {
    /// What the cards share.
    pub context: WidgetContext,
    /// First card (index).
    pub start: usize,
    /// One past the last card.
    pub end: usize,
}

/// Cards `start..end` of the list or grid.
#[component]
pub fn CardSlice(props: &CardSliceProps) -> Html {
    (props.start..props.end)
        .map(|i| card_view(&props.context, i, None))
        .collect()
}

/// Runs `f` in a later task (a zero-delay timeout), so the browser can
/// paint and answer input first; dropping the guard cancels it.
#[cfg(target_arch = "wasm32")]
pub fn later(f: impl FnOnce() + 'static) -> Option<gloo::timers::callback::Timeout> {
    Some(gloo::timers::callback::Timeout::new(0, f))
}

/// The server renderer never runs effects: nothing to schedule.
#[cfg(not(target_arch = "wasm32"))]
pub fn later(_f: impl FnOnce() + 'static) -> Option<NotScheduled> {
    None
}

/// What [`later`] would return natively (it never does).
#[cfg(not(target_arch = "wasm32"))]
pub struct NotScheduled;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_render_holds_a_slice_or_the_linked_card() {
        assert_eq!(first_render(1000, None, false), 1000);
        assert_eq!(first_render(1000, None, true), FIRST_SLICE);
        assert_eq!(first_render(5, None, true), 5);
        assert_eq!(first_render(1000, Some(0), true), FIRST_SLICE);
        assert_eq!(first_render(1000, Some(FIRST_SLICE - 1), true), FIRST_SLICE);
        assert_eq!(
            first_render(1000, Some(FIRST_SLICE), true),
            FIRST_SLICE + SLICE
        );
        assert_eq!(first_render(1000, Some(999), true), 1000);
    }

    #[test]
    fn slices_cover_every_card_once_in_order() {
        let all: Vec<_> = slices(33).collect();
        assert_eq!(all, [(0, 6), (6, 16), (16, 26), (26, 33)]);
        assert_eq!(slices(0).count(), 0);
        assert_eq!(slices(4).collect::<Vec<_>>(), [(0, 4)]);
        assert_eq!(next_slice(6), 16);
        assert_eq!(next_slice(15), 16);
    }
}
