//! The root component: the whole widget — header, the numbered cards in
//! the chosen layout, attribution, read-more list, and the photo viewer —
//! and the properties the embed and the server renderer give it.
//!
//! [`HighlightCards`] is long (~125 lines) because its state stays in it:
//! the render parts are functions ([`shape_of`], [`card_list`]), but the
//! failed-photo set as a hook measured more bytes (a yew hook does not fold
//! back into the component), which every reader would download. The long
//! list's progress is the card slices' own (cards.rs).

use super::{
    card_id, cards, collection_footer, collection_header, hooks, read_more_list, ByPointer,
    CardSlice, Carousel, Layout, Lightbox, Theme, WidgetContext, WidgetEvent,
};
use crate::i18n::strings;
use crate::model::{Photo, Valid};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`HighlightCards`]. They compare the collection by
/// pointer (see [`PartialEq`] below): pass the same `Rc` to keep a widget as
/// it is; a new `Rc` renders it again.
#[derive(Properties, Clone)]
pub struct HighlightCardsProps {
    /// A validated collection (only validation makes a [`Valid`]).
    pub collection: Rc<Valid>,
    /// Layout of the cards.
    #[prop_or_default]
    pub layout: Layout,
    /// Colour scheme.
    #[prop_or_default]
    pub theme: Theme,
    /// Language of the widget's own words; the collection's language when `None`.
    #[prop_or_default]
    pub ui_language: Option<AttrValue>,
    /// The widget's words, when the host overrides some (see
    /// `embed::load::words`); else its UI language's.
    #[prop_or_default]
    pub words: Option<&'static crate::i18n::Strings>,
    /// The host's explicit `dir` (`ltr` or `rtl`): wins over the direction
    /// of the content's language (see [`crate::i18n::is_rtl`]).
    #[prop_or_default]
    pub dir: Option<AttrValue>,
    /// The reader asked for less data (`Save-Data`): smallest photos.
    #[prop_or_default]
    pub save_data: bool,
    /// Card number to show first (a `#<anchor>-<n>` deep link).
    #[prop_or_default]
    pub initial_card: Option<u32>,
    /// Prefix of the element ids and deep links (`<anchor>-<n>`): the
    /// collection's id, unless another widget on the page already uses it
    /// (the embed then gives this one its own). The collection's id when `None`.
    #[prop_or_default]
    pub anchor: Option<AttrValue>,
    /// Whether each card has a share button (`share="off"` turns them off).
    #[prop_or(true)]
    pub share: bool,
    /// Render a long list or grid a slice per task (the browser, rendering
    /// from data); off for the server renderer and hydration, which render
    /// every card at once. See `cards.rs`.
    #[prop_or_default]
    pub progressive: bool,
    /// Told what happens in the widget that reaches beyond it (every card
    /// in, the viewer opened or closed): see [`WidgetEvent`]. The embed
    /// passes one; the server renderer none.
    #[prop_or_default]
    pub on_event: Option<Callback<WidgetEvent>>,
}

impl PartialEq for HighlightCardsProps {
    fn eq(&self, other: &Self) -> bool {
        // By pointer: comparing two collections field by field costs more
        // wasm than a render it would save (the embed never passes an equal
        // copy).
        Rc::ptr_eq(&self.collection, &other.collection)
            && self.layout == other.layout
            && self.theme == other.theme
            && self.ui_language == other.ui_language
            && self.dir == other.dir
            && self.words.map(std::ptr::from_ref) == other.words.map(std::ptr::from_ref)
            && self.save_data == other.save_data
            && self.initial_card == other.initial_card
            && self.anchor == other.anchor
            && self.share == other.share
            && self.progressive == other.progressive
            && self.on_event == other.on_event
    }
}

/// Per collection: its photos (for the viewer), each card's photo index
/// and headline level, Rc'd once so the slices compare them by pointer.
#[allow(clippy::type_complexity)]
fn shape_of(
    c: &Valid,
) -> (
    ByPointer<Vec<Photo>>,
    ByPointer<Vec<Option<usize>>>,
    ByPointer<Vec<u8>>,
) {
    let photos: Vec<Photo> = c
        .cards
        .iter()
        .filter_map(|card| card.photo.clone())
        .filter(Photo::can_load)
        .collect();
    let (photo_index, levels) = WidgetContext::layout_of(c);
    (
        ByPointer(Rc::new(photos)),
        ByPointer(Rc::new(photo_index)),
        ByPointer(Rc::new(levels)),
    )
}

/// A list longer than this renders its cards off screen lazily (the
/// stylesheet's `.hc-cards--long`).
const LONG: usize = 50;

/// The list or grid: its first `first` cards, then the rest a slice at a
/// time until `all_in` (see cards.rs).
fn card_list(context: &WidgetContext, first: usize, all_in: bool) -> Html {
    let total = context.collection().cards.len();
    html! {
        // Busy while later slices are still to come: assistive technology
        // waits for the whole list (and tests can wait for it too).
        <ol class={classes!("hc-cards", (total > LONG).then_some("hc-cards--long"))} part="cards" aria-label={context.t().cards_label} aria-busy={(!all_in).then_some("true")}>
            <CardSlice context={context.clone()} start=0 end={first} />
        </ol>
    }
}

/// The whole widget: header, the numbered cards in the chosen layout,
/// attribution, read-more list, and the photo viewer.
#[component]
pub fn HighlightCards(props: &HighlightCardsProps) -> Html {
    let c = props.collection.clone();
    let ui_language: AttrValue = props
        .ui_language
        .clone()
        .unwrap_or_else(|| AttrValue::from(c.language.clone()));
    let t = props.words.unwrap_or_else(|| strings(&ui_language));
    // The content's direction, not the page's: an English collection on a
    // right-to-left page stays left to right, an Arabic one reads right to
    // left on any page; the carousel, its controls and the viewer follow it.
    let rtl = match props.dir.as_deref() {
        Some(dir) => dir.eq_ignore_ascii_case("rtl"),
        None => crate::i18n::is_rtl(&c.language),
    };
    let anchor = props
        .anchor
        .clone()
        .unwrap_or_else(|| AttrValue::from(c.id.clone()));
    let root = use_node_ref();
    let lightbox = use_state(|| None::<usize>);
    let announcement = use_state(String::new);

    let layout = hooks::use_auto_layout(&root, props.layout);
    // Deep link: bring the card into view once (the carousel shows its
    // slide first: its effect runs before this one, a child's before its parent's).
    hooks::use_reveal(&root, props.initial_card.map(|n| card_id(&anchor, n)));

    let shape = use_memo(ByPointer(c.clone()), |ByPointer(c)| shape_of(c));
    // Photos that failed to load keep their box, caption and credit.
    let failed_photos = use_mut_ref(Vec::<usize>::new);
    let photo_error = {
        let failed = failed_photos.clone();
        let redraw = use_force_update();
        (*use_memo((), move |_| {
            Callback::from(move |i: usize| {
                if !failed.borrow().contains(&i) {
                    failed.borrow_mut().push(i);
                    redraw.force_update();
                }
            })
        }))
        .clone()
    };
    let failed_now = Rc::new(failed_photos.borrow().clone());
    // Long lists arrive a slice per task (see cards.rs); `Complete` once all are in.
    let total = c.cards.len();
    let linked = props
        .initial_card
        .and_then(|n| c.cards.iter().position(|card| card.number() == n));
    let first = cards::first_render(total, linked, props.progressive);
    // The number of cards once the list's last slice is in. (A switch from
    // the carousel back to the list renders it a slice at a time again, not
    // busy then.)
    let all_in = use_state(|| (first >= total).then_some(total));
    let context = WidgetContext {
        collection: ByPointer(c.clone()),
        anchor: anchor.clone(),
        words: t,
        content_language: AttrValue::from(c.language.clone()),
        rtl,
        save_data: props.save_data,
        photos: shape.0.clone(),
        photo_index: shape.1.clone(),
        headline_levels: shape.2.clone(),
        viewer: lightbox.setter(),
        failed_photos: failed_now,
        photo_error,
        share: props.share,
        announce: announcement.setter(),
        all_in: all_in.setter(),
        on_event: props.on_event.clone(),
    };

    {
        let complete = layout == Layout::Carousel || all_in.is_some();
        // The callback is a dependency too: a reused app gets a new one.
        use_effect_with(
            (complete, props.on_event.clone()),
            move |(complete, on_event)| {
                if let (true, Some(on_event)) = (complete, on_event) {
                    on_event.emit(WidgetEvent::Complete);
                }
            },
        );
    }

    let cards = if layout == Layout::Carousel {
        let initial = props
            .initial_card
            .and_then(|n| c.cards.iter().position(|card| card.number() == n))
            .unwrap_or(0);
        html! { <Carousel context={context.clone()} {initial} /> }
    } else {
        card_list(&context, first, all_in.is_some())
    };

    let on_close = {
        let lightbox = lightbox.clone();
        Callback::from(move |_| lightbox.set(None))
    };
    let on_navigate = {
        let lightbox = lightbox.clone();
        Callback::from(move |i| lightbox.set(Some(i)))
    };
    html! {
        <article
            class={classes!("hc", layout.class(), props.theme.class())}
            part="root"
            lang={c.language.clone()}
            dir={if rtl { "rtl" } else { "ltr" }}
            aria-labelledby={(!c.title.trim().is_empty()).then(|| format!("{anchor}-title"))}
            ref={root}
        >
            { collection_header(&context) }
            { cards }
            { collection_footer(&context) }
            { read_more_list(&context) }
            // No empty text node: the HTML parser would not recreate it, and
            // prerendered markup must hydrate node for node.
            <p class="hc-sr-only" role="status">
                if !announcement.is_empty() { { (*announcement).clone() } }
            </p>
            if !context.photos.is_empty() {
                <Lightbox {context} open={*lightbox} {on_close} {on_navigate} />
            }
        </article>
    }
}
