//! What every part of one widget shares, travelling as one value: the
//! widget builds a [`WidgetContext`] per render and hands it to its parts
//! (the card slices, the carousel, the viewer), which pass it on to the
//! plain functions they call (card, photo, header, footer, read-more). The UI
//! language, the content language, the anchor and the callbacks are never
//! threaded through the levels one by one.
//!
//! Why a value and not yew's `ContextProvider`: that adds a component of
//! its own to every widget, and with it a copy of yew's component lifecycle
//! in the wasm — 3,553 bytes gz, measured on this code, over a budget with
//! no margin. The parts that need the context are all direct children of
//! the root, so one property carries it the one level there is.

use super::hooks::share;
use super::{card_id, WidgetEvent};
use crate::i18n::{fill, Strings};
use crate::model::{Collection, Photo, Valid};
use std::rc::Rc;
use yew::functional::UseStateSetter;
use yew::prelude::*;

/// An `Rc` that compares by pointer: a collection is compared by identity
/// (see `HighlightCardsProps`), never field by field.
#[derive(Clone)]
pub struct ByPointer<T>(pub Rc<T>);

impl<T> PartialEq for ByPointer<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for ByPointer<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// What every part of one widget shares (see the module documentation).
#[derive(Clone, PartialEq)]
pub struct WidgetContext {
    /// The collection.
    pub collection: ByPointer<Valid>,
    /// Prefix of the element ids and deep links (`<anchor>-<n>`).
    pub anchor: AttrValue,
    /// The widget's own words: its UI language's, with the host's overrides.
    pub words: &'static Strings,
    /// Language of the content (credit labels stay in it).
    pub content_language: AttrValue,
    /// The content is laid out right to left: the carousel's track scrolls
    /// the other way, its arrow keys and the viewer's gestures are mirrored.
    pub rtl: bool,
    /// Smallest photos (Save-Data).
    pub save_data: bool,
    /// The collection's photos that can load, in card order (the viewer's).
    /// This and the next two are made once per collection, so they compare
    /// by pointer: by value, every slice of a long list compared them all at
    /// each render, a cost that grew with the square of the list.
    pub photos: ByPointer<Vec<Photo>>,
    /// For each card, the index of its photo among `photos`.
    pub photo_index: ByPointer<Vec<Option<usize>>>,
    /// For each card, its headline's level: 3, or 4 under a section heading.
    pub headline_levels: ByPointer<Vec<u8>>,
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
    /// Told by the list's last slice that every card is in (see cards.rs);
    /// `Option<usize>`, the viewer's state type, shares its code: −158 B.
    pub all_in: UseStateSetter<Option<usize>>,
    /// The widget's owner (see [`WidgetEvent`]); none in the server renderer.
    pub on_event: Option<Callback<WidgetEvent>>,
}

impl WidgetContext {
    /// The widget's own words: its UI language's, with the host's overrides.
    pub fn t(&self) -> &'static Strings {
        self.words
    }

    /// The collection.
    pub fn collection(&self) -> &Valid {
        &self.collection.0
    }

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

    /// Shares card `index`'s link, and says how it went.
    pub fn share_callback(&self, index: usize) -> Callback<()> {
        let (c, anchor, t) = (self.collection.0.clone(), self.anchor.clone(), self.words);
        let announce = self.announce.clone();
        Callback::from(move |_| {
            let card = &c.cards[index];
            let number = card.number();
            let Some(url) = share::page_url_with_fragment(&card_id(&anchor, number)) else {
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
