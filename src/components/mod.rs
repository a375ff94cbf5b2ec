//! Yew components: render a validated [`Collection`](crate::model::Collection),
//! never parse. One file per part of the widget, each with its `Properties`
//! beside it; the same components run in the browser and in the native
//! server renderer (event handlers and effects only run in the browser).

mod card;
mod cards;
mod carousel;
mod figure;
mod footer;
mod header;
mod icons;
mod inline;
mod lightbox;
mod read_more;
mod share;

pub use card::{card_view, CardViewProps, SlideInfo};
pub use cards::{CardContext, CardSlice, CardSliceProps, SLICE};
pub use carousel::{Carousel, CarouselProps};
pub use figure::{credit_line, photo_figure, PhotoFigureProps};
pub use footer::collection_footer;
pub use header::collection_header;
pub use lightbox::{Lightbox, LightboxProps};
pub use read_more::read_more_list;

use crate::i18n::strings;
use crate::model::{Collection, Photo};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The widget's stylesheet (static/highlight-cards.css, minified by
/// build.rs): adopted into each shadow root in the browser and inlined into
/// prerendered markup.
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/highlight-cards.min.css"));

/// Appended to [`STYLES`] in prerendered markup: until the wasm runs, no
/// control that needs it is offered (they keep their space, so nothing moves
/// when they appear); reading and swiping work without it. The embed then
/// adopts [`STYLES`] as a constructed sheet, which comes later in the cascade
/// and sets them visible again.
pub const NOT_LIVE: &str = ".hc-controls,.hc-index,.hc-card-actions,.hc-zoom-badge{visibility:hidden}.hc-zoom{pointer-events:none}";

/// How the cards are laid out (the host's `layout` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Full-width numbered cards, one under the other: the e-magazine.
    #[default]
    List,
    /// Two or three columns when the widget is wide enough.
    Grid,
    /// One card at a time: swipe, buttons, numbered index.
    Carousel,
    /// Chosen by the widget's own width: carousel when narrow, list, grid when wide.
    Auto,
}

impl Layout {
    /// The class that selects the layout's CSS.
    pub fn class(self) -> &'static str {
        match self {
            Layout::List | Layout::Auto => "hc--list",
            Layout::Grid => "hc--grid",
            Layout::Carousel => "hc--carousel",
        }
    }

    /// The attribute values, as the host element and the CLI spell them.
    pub const NAMES: [(&'static str, Layout); 4] = [
        ("list", Layout::List),
        ("grid", Layout::Grid),
        ("carousel", Layout::Carousel),
        ("auto", Layout::Auto),
    ];

    /// What `auto` becomes at a given widget width in CSS pixels.
    pub fn for_width(width: f64) -> Layout {
        if width < 600.0 {
            Layout::Carousel
        } else if width < 960.0 {
            Layout::List
        } else {
            Layout::Grid
        }
    }
}

/// Colour scheme (the host's `theme` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    /// Dark text on light paper.
    Light,
    /// Light text on dark paper.
    Dark,
}

impl Theme {
    /// The attribute values, as the host element and the CLI spell them.
    pub const NAMES: [(&'static str, Theme); 3] = [
        ("auto", Theme::Auto),
        ("light", Theme::Light),
        ("dark", Theme::Dark),
    ];

    fn class(self) -> &'static str {
        match self {
            Theme::Auto => "hc--theme-auto",
            Theme::Light => "hc--theme-light",
            Theme::Dark => "hc--theme-dark",
        }
    }
}

/// Properties of [`HighlightCards`]. They compare the collection by
/// pointer (see [`PartialEq`] below): pass the same `Rc` to keep a widget as
/// it is; a new `Rc` renders it again.
#[derive(Properties, Clone)]
pub struct HighlightCardsProps {
    /// A collection that passed [`crate::model::deserialize`].
    pub collection: Rc<Collection>,
    /// Layout of the cards.
    #[prop_or_default]
    pub layout: Layout,
    /// Colour scheme.
    #[prop_or_default]
    pub theme: Theme,
    /// Language of the widget's own words; the collection's language when `None`.
    #[prop_or_default]
    pub ui_language: Option<AttrValue>,
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
    /// Called once every card is on the page.
    #[prop_or_default]
    pub on_complete: Option<Callback<()>>,
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
            && self.save_data == other.save_data
            && self.initial_card == other.initial_card
            && self.anchor == other.anchor
            && self.share == other.share
            && self.progressive == other.progressive
            && self.on_complete == other.on_complete
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
    let t = strings(&ui_language);
    let content_language = AttrValue::from(c.language.clone());
    let anchor = props
        .anchor
        .clone()
        .unwrap_or_else(|| AttrValue::from(c.id.clone()));
    let root = use_node_ref();
    let lightbox = use_state(|| None::<usize>);
    let announcement = use_state(String::new);
    let auto_layout = use_state(|| None::<Layout>);

    // `auto`: follow the widget's own width (it sits in article columns).
    {
        let root = root.clone();
        let auto_layout = auto_layout.clone();
        let is_auto = props.layout == Layout::Auto;
        use_effect_with(is_auto, move |&is_auto| {
            let mut observer = None;
            let mut callback = None;
            if is_auto {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    let host_width = move |el: &web_sys::Element| {
                        let parent = el.parent_element().unwrap_or_else(|| el.clone());
                        parent.get_bounding_client_rect().width()
                    };
                    auto_layout.set(Some(Layout::for_width(host_width(&el))));
                    let target = el.parent_element().unwrap_or_else(|| el.clone());
                    let state = auto_layout.clone();
                    let el2 = el.clone();
                    let cb = Closure::<dyn FnMut()>::new(move || {
                        let next = Layout::for_width(host_width(&el2));
                        if *state != Some(next) {
                            state.set(Some(next));
                        }
                    });
                    if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
                        ro.observe(&target);
                        observer = Some(ro);
                    }
                    callback = Some(cb);
                }
            }
            move || {
                if let Some(ro) = observer {
                    ro.disconnect();
                }
                drop(callback);
            }
        });
    }
    let layout = match props.layout {
        Layout::Auto => auto_layout.unwrap_or(Layout::List),
        other => other,
    };

    // Deep link in the list and grid: bring the card into view once.
    {
        let root = root.clone();
        let target = props
            .initial_card
            .filter(|_| layout != Layout::Carousel)
            .map(|n| format!("{anchor}-{n}"));
        use_effect_with(target, move |target| {
            if let (Some(id), Some(el)) = (target, root.cast::<web_sys::Element>()) {
                if let Ok(Some(card)) = el.query_selector(&format!("[id=\"{id}\"]")) {
                    card.scroll_into_view();
                }
            }
        });
    }

    // Per collection: its photos (for the viewer), each card's photo index
    // and headline level, Rc'd once so the slices compare them by pointer.
    let shape = use_memo(cards::ByPointer(c.clone()), |cards::ByPointer(c)| {
        let photos: Vec<Photo> = c
            .cards
            .iter()
            .filter_map(|card| card.photo.clone())
            .filter(Photo::can_load)
            .collect();
        let (photo_index, levels) = CardContext::layout_of(c);
        (Rc::new(photos), Rc::new(photo_index), Rc::new(levels))
    });
    let photos = shape.0.clone();
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
    let context = CardContext {
        collection: cards::ByPointer(c.clone()),
        anchor: anchor.clone(),
        ui_language: ui_language.clone(),
        content_language: content_language.clone(),
        save_data: props.save_data,
        photo_index: shape.1.clone(),
        headline_levels: shape.2.clone(),
        viewer: lightbox.setter(),
        failed_photos: failed_now,
        photo_error,
        share: props.share,
        announce: announcement.setter(),
    };

    // Long lists arrive a slice per task (see cards.rs); `on_complete` once all are in.
    let total = c.cards.len();
    let linked = props
        .initial_card
        .and_then(|n| c.cards.iter().position(|card| card.number() == n));
    let first = cards::first_render(total, linked, props.progressive);
    let shown = use_state(|| first);
    let shown_now = (*shown).clamp(first, total);
    {
        let shown = shown.setter();
        let on_complete = props.on_complete.clone();
        let complete = layout == Layout::Carousel || shown_now >= total;
        // The callback is a dependency too: a reused app gets a new one.
        use_effect_with(
            (shown_now, complete, on_complete),
            move |(n, complete, on_complete)| {
                let (n, complete, on_complete) = (*n, *complete, on_complete.clone());
                let next = if complete {
                    if let Some(on_complete) = on_complete {
                        on_complete.emit(());
                    }
                    None
                } else {
                    cards::later(move || shown.set(cards::next_slice(n).min(total)))
                };
                // Dropping the pending slice cancels it.
                move || {
                    let _cancel = next;
                }
            },
        );
    }

    let cards = if layout == Layout::Carousel {
        let initial = props
            .initial_card
            .and_then(|n| c.cards.iter().position(|card| card.number() == n))
            .unwrap_or(0);
        let context = context.clone();
        let slide = Callback::from(move |(index, current): (usize, bool)| {
            context.card(
                index,
                Some(SlideInfo {
                    index,
                    total,
                    current,
                }),
            )
        });
        html! {
            <Carousel label={c.title.clone()} {total} {slide} {initial} ui_language={ui_language.clone()} />
        }
    } else {
        html! {
            // Busy while later slices are still to come: assistive technology
            // waits for the whole list (and tests can wait for it too).
            <ol class="hc-cards" part="cards" aria-label={t.cards_label} aria-busy={(shown_now < total).then_some("true")}>
                { for cards::slices(shown_now).map(|(start, end)| html! {
                    <CardSlice key={start} context={context.clone()} {start} {end} />
                }) }
            </ol>
        }
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
            aria-labelledby={(!c.title.trim().is_empty()).then(|| format!("{anchor}-title"))}
            ref={root}
        >
            { collection_header(&c, &anchor) }
            { cards }
            { collection_footer(&c, &ui_language) }
            if !c.read_more.is_empty() {
                { read_more_list(&c.read_more, &anchor, &ui_language) }
            }
            // No empty text node: the HTML parser would not recreate it, and
            // prerendered markup must hydrate node for node.
            <p class="hc-sr-only" role="status">
                if !announcement.is_empty() { { (*announcement).clone() } }
            </p>
            if !photos.is_empty() {
                <Lightbox {photos} open={*lightbox} {on_close} {on_navigate} ui_language={ui_language.clone()} {content_language} />
            }
        </article>
    }
}
