//! The cards of one widget, and how a long collection is put on the page
//! without freezing it.
//!
//! Every card needs the same widget-wide things (the collection, the anchor
//! for ids, the languages, the callbacks that open the viewer or share a
//! card): [`CardContext`] holds them, built once per widget, so it compares
//! equal from one render to the next. The list and grid render their cards
//! in slices ([`CardSlice`], a component whose properties are
//! that context and a range): when the widget renders again — the next
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

use super::hooks::share;
use super::{card_view, CardViewProps, SlideInfo};
use crate::i18n::{fill, strings};
use crate::model::{Collection, Valid};
use std::rc::Rc;
use yew::functional::UseStateSetter;
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

/// An `Rc` that compares by pointer: a collection is compared by identity
/// (see `HighlightCardsProps`), never field by field.
#[derive(Clone)]
pub struct ByPointer<T>(pub Rc<T>);

impl<T> PartialEq for ByPointer<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What every card of one widget shares (see the module documentation).
#[derive(Clone, PartialEq)]
pub struct CardContext {
    /// The collection.
    pub collection: ByPointer<Valid>,
    /// Prefix of the cards' ids.
    pub anchor: AttrValue,
    /// Language of the widget's own words.
    pub ui_language: AttrValue,
    /// Language of the content.
    pub content_language: AttrValue,
    /// Smallest photos (Save-Data).
    pub save_data: bool,
    /// For each card, the index of its photo among the collection's photos
    /// that can load (the viewer's).
    pub photo_index: Rc<Vec<Option<usize>>>,
    /// For each card, its headline's level: 3, or 4 under a section heading.
    pub headline_levels: Rc<Vec<u8>>,
    /// Opens the viewer on a photo (by photo index).
    pub viewer: UseStateSetter<Option<usize>>,
    /// Photos (by photo index) that failed to load.
    pub failed_photos: Rc<Vec<usize>>,
    /// Reports a photo (by photo index) that failed to load.
    pub photo_error: Callback<usize>,
    /// Share buttons (off with `share="off"`).
    pub share: bool,
    /// Announces, politely, what a share did.
    pub announce: UseStateSetter<String>,
}

impl CardContext {
    /// Photo indices and headline levels for a collection's cards.
    pub fn layout_of(c: &Collection) -> (Vec<Option<usize>>, Vec<u8>) {
        let mut next_photo = 0;
        let photo_index = c
            .cards
            .iter()
            .map(|card| {
                card.photo.as_ref().filter(|p| p.can_load()).map(|_| {
                    next_photo += 1;
                    next_photo - 1
                })
            })
            .collect();
        // Headings stay in order: h2 title > h3 section > h4 card headline.
        let has_sections = c.cards.iter().any(|card| card.section.is_some());
        let mut in_section = false;
        let levels = c
            .cards
            .iter()
            .map(|card| {
                in_section |= card.section.is_some();
                if has_sections && in_section {
                    4
                } else {
                    3
                }
            })
            .collect();
        (photo_index, levels)
    }

    /// Card `index`, as a list item or (with `slide`) a carousel slide.
    pub fn card(&self, index: usize, slide: Option<SlideInfo>) -> Html {
        let card = &self.collection.0.cards[index];
        card_view(&CardViewProps {
            card,
            id_prefix: self.anchor.clone(),
            kicker: card
                .kicker
                .as_deref()
                .or(self.collection.0.kicker.as_deref()),
            headline_level: self.headline_levels[index],
            eager: index == 0 || slide.is_some_and(|s| s.current),
            save_data: self.save_data,
            ui_language: self.ui_language.clone(),
            content_language: self.content_language.clone(),
            slide,
            on_open_photo: self.photo_index[index].map(|i| {
                let viewer = self.viewer.clone();
                Callback::from(move |_| viewer.set(Some(i)))
            }),
            photo_failed: card.photo.as_ref().is_some_and(|p| !p.can_load())
                || self.photo_index[index].is_some_and(|i| self.failed_photos.contains(&i)),
            on_photo_error: {
                let i = self.photo_index[index].unwrap_or_default();
                self.photo_error.reform(move |_| i)
            },
            on_share: self.share.then(|| self.share_callback(index)),
        })
    }

    /// Shares card `index`'s link, and says how it went.
    fn share_callback(&self, index: usize) -> Callback<()> {
        let (c, anchor, ui_language) = (
            self.collection.0.clone(),
            self.anchor.clone(),
            self.ui_language.clone(),
        );
        let announce = self.announce.clone();
        Callback::from(move |_| {
            let card = &c.cards[index];
            let number = card.number();
            let t = strings(&ui_language);
            let Some(url) = share::page_url_with_fragment(&super::card_id(&anchor, number)) else {
                return;
            };
            let announce = announce.clone();
            share::share(&card.headline, &url, move |copied| {
                announce.set(if copied {
                    fill(t.link_copied, number as usize, 0)
                } else {
                    t.link_not_copied.to_owned()
                });
            });
        })
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
    pub context: CardContext,
    /// First card (index).
    pub start: usize,
    /// One past the last card.
    pub end: usize,
}

/// Cards `start..end` of the list or grid.
#[component]
pub fn CardSlice(props: &CardSliceProps) -> Html {
    (props.start..props.end)
        .map(|i| props.context.card(i, None))
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
