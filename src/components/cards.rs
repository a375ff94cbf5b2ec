//! The cards of one widget, and how a long collection is put on the page
//! without freezing it.
//!
//! Every card needs the same widget-wide things (the collection, the anchor
//! for ids, the languages, the callbacks that open the viewer or share a
//! card): the widget's [`WidgetContext`] holds them. The list and grid
//! render their cards in slices ([`CardSlice`], a component whose
//! properties are that context and a range).
//!
//! In the browser, a widget that renders from data (not prerendered markup)
//! shows the first slice at once — up to a deep-linked card included — then
//! one more slice per task (a zero-delay timeout): no task is long, whatever the
//! collection's length, and the page answers meanwhile. Each slice renders
//! the next one as its own last child, a chain: adding a slice renders that
//! slice alone, never the widget or the slices already in. (A list of
//! slices in the root walked and compared every slice at each step, a cost
//! that grew with the square of the list: at 5,000 cards most of the time.)
//! The DOM stays one flat `<ol>` of cards: a component adds no element.
//! The server renderer and hydration render every card in the first slice
//! (the markup is the content; search engines and readers without
//! JavaScript see all of it).

use super::{card_view, WidgetContext};
use yew::prelude::*;

/// Cards in the first slice: the first screenful on a desktop (two rows of
/// the grid's three columns; a phone shows one card). Its layout is the
/// longest task of a long list (about 85 ms for 10 cards with a 4× slower
/// CPU, measured in the bench), so it holds no more than a screen needs.
pub const FIRST_SLICE: usize = 6;

/// Cards per later slice: about 40 ms of script with a 4× slower CPU
/// (`bench/trace.mjs`), well under a long task's 100 ms. Each slice also
/// brings a frame (style, layout, paint, the intersection observers: about
/// 18 ms at 1,000 cards), so 20 cards a slice rather than 10 brought 1,000
/// cards in sooner (all in after 3.7–4.6 s instead of 4.7–6.1 s).
pub const SLICE: usize = 20;

/// Where the slice after the one starting at or holding card `n` starts.
pub fn next_slice(n: usize) -> usize {
    if n < FIRST_SLICE {
        FIRST_SLICE
    } else {
        FIRST_SLICE + ((n - FIRST_SLICE) / SLICE + 1) * SLICE
    }
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

/// Cards `start..end` of the list or grid, then (a task later) the next
/// slice, until the collection's last card. A struct component: the same as a
/// function component with `use_state` and `use_effect_with` measured
/// +499 B gzip (a yew hook is code of its own per use).
pub struct CardSlice {
    /// The next slice's end, once it is due.
    next: Option<usize>,
    /// The pending next slice; dropping it (with the slice) cancels it.
    #[cfg(target_arch = "wasm32")]
    _pending: Option<gloo::timers::callback::Timeout>,
}

impl Component for CardSlice {
    type Message = ();
    type Properties = CardSliceProps;

    fn create(_: &Context<Self>) -> Self {
        Self {
            next: None,
            #[cfg(target_arch = "wasm32")]
            _pending: None,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, _: ()) -> bool {
        self.next = Some(next_slice(ctx.props().end));
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let end = props.end.min(props.context.collection().cards.len());
        html! {
            <>
                { for (props.start..end).map(|i| card_view(&props.context, i, None)) }
                if let Some(next_end) = self.next {
                    <CardSlice context={props.context.clone()} start={end} end={next_end} />
                }
            </>
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        let props = ctx.props();
        let total = props.context.collection().cards.len();
        if !first_render {
            return;
        }
        if props.end < total {
            let link = ctx.link().clone();
            self._pending = Some(gloo::timers::callback::Timeout::new(0, move || {
                link.send_message(())
            }));
        } else if props.start > 0 {
            // A first slice that is also the last was all in at once.
            props.context.all_in.set(Some(total));
        }
    }
}

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
    fn each_slice_starts_where_the_last_ended() {
        assert_eq!(next_slice(0), FIRST_SLICE);
        assert_eq!(next_slice(FIRST_SLICE - 1), FIRST_SLICE);
        assert_eq!(next_slice(FIRST_SLICE), FIRST_SLICE + SLICE);
        assert_eq!(next_slice(FIRST_SLICE + SLICE - 1), FIRST_SLICE + SLICE);
        assert_eq!(next_slice(FIRST_SLICE + SLICE), FIRST_SLICE + 2 * SLICE);
    }
}
