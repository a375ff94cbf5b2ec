//! Yew components: render a validated collection ([`Valid`](crate::model::Valid)),
//! never parse. One file per part of the widget, each with its `Properties`
//! beside it (the card, header, footer and read-more are plain functions);
//! the same components run in the browser and in the native server renderer
//! (event handlers and effects only run in the browser).

mod card;
mod cards;
mod carousel;
mod context;
mod event;
mod figure;
mod footer;
mod header;
mod hooks;
mod icons;
mod inline;
mod lightbox;
mod read_more;
mod widget;

pub use card::{card_view, SlideInfo};
pub use cards::{CardSlice, CardSliceProps, SLICE};
pub use carousel::{Carousel, CarouselProps};
pub use context::{ByPointer, WidgetContext};
pub use event::WidgetEvent;
pub use figure::{credit_line, photo_figure, PhotoFigureProps};
pub use footer::collection_footer;
pub use header::collection_header;
pub use lightbox::{Lightbox, LightboxProps};
pub use read_more::read_more_list;
/// # Example
///
/// In a Yew app (see the [crate documentation](crate#in-a-yew-app) for the
/// dependency line and the stylesheet):
///
/// ```
/// use highlight_cards::components::{HighlightCards, Layout, Theme, STYLES};
/// use highlight_cards::model::Valid;
/// use std::rc::Rc;
/// use yew::prelude::*;
///
/// fn cards(collection: Rc<Valid>) -> Html {
///     html! {
///         <>
///             <style>{ STYLES }</style>
///             <div class="hc-mount">
///                 <HighlightCards {collection} layout={Layout::Grid} theme={Theme::Dark} share={false} />
///             </div>
///         </>
///     }
/// }
/// # let _ = cards;
/// ```
pub use widget::HighlightCards;
pub use widget::HighlightCardsProps;

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

/// A card's element id and deep-link fragment: `<anchor>-<number>`.
pub fn card_id(anchor: &str, number: u32) -> String {
    format!("{anchor}-{number}")
}

/// The card number a fragment (without `#`) links to in the widget with
/// this anchor: the inverse of [`card_id`].
pub fn linked_number(anchor: &str, fragment: &str) -> Option<u32> {
    fragment
        .strip_prefix(anchor)?
        .strip_prefix('-')?
        .parse()
        .ok()
}

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

/// The name of `value` in a `NAMES` table.
pub(crate) fn name_of<T: PartialEq>(names: &[(&'static str, T)], value: &T) -> &'static str {
    names
        .iter()
        .find(|(_, v)| v == value)
        .map_or("", |(n, _)| n)
}

/// The value named `name` in a `NAMES` table, or what was expected.
pub(crate) fn parse_name<T: Copy>(names: &[(&'static str, T)], name: &str) -> Result<T, String> {
    names
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let all: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
            let (last, rest) = all.split_last().unwrap_or((&"", &[]));
            format!(
                "expected {} or {last}",
                crate::model::join_with(rest.iter().copied(), ", ")
            )
        })
}

/// `FromStr` and `Display` for a settings enum, over its one `NAMES` table.
macro_rules! named {
    ($t:ty) => {
        impl std::str::FromStr for $t {
            type Err = String;
            /// `"grid"` → `Layout::Grid`; anything else says what is allowed.
            fn from_str(name: &str) -> Result<Self, String> {
                $crate::components::parse_name(&Self::NAMES, name)
            }
        }

        impl std::fmt::Display for $t {
            /// As the host attribute and the CLI spell it.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::components::name_of(&Self::NAMES, self))
            }
        }
    };
}

named!(Layout);
named!(Theme);
/// Also the importers' `Format` (natively and in the editor's build).
#[cfg_attr(
    all(target_arch = "wasm32", not(feature = "editor")),
    allow(unused_imports)
)]
pub(crate) use named;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_card_ids_round_trip() {
        for (name, layout) in Layout::NAMES {
            assert_eq!(name.parse::<Layout>(), Ok(layout));
            assert_eq!(layout.to_string(), name);
        }
        for (name, theme) in Theme::NAMES {
            assert_eq!(name.parse::<Theme>(), Ok(theme));
            assert_eq!(theme.to_string(), name);
        }
        assert_eq!(
            "wide".parse::<Layout>(),
            Err("expected list, grid, carousel or auto".to_owned())
        );
        assert_eq!(
            "blue".parse::<Theme>(),
            Err("expected auto, light or dark".to_owned())
        );
        assert_eq!(card_id("dau-an", 7), "dau-an-7");
        assert_eq!(linked_number("dau-an", &card_id("dau-an", 7)), Some(7));
        assert_eq!(linked_number("dau-an", "dau-an-x"), None);
        assert_eq!(linked_number("dau", "dau-an-7"), None);
    }
}
