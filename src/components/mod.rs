//! Yew components: render a validated [`Collection`](crate::model::Collection),
//! never parse. One file per part of the card, each with its `Properties`
//! beside it; the same components run in the browser and in the native
//! server renderer.

mod card;
mod error;
mod figure;
mod footer;
mod header;
mod read_more;

pub use card::{CardView, CardViewProps};
pub use error::{ErrorView, ErrorViewProps};
pub use figure::{PhotoFigure, PhotoFigureProps};
pub use footer::{CollectionFooter, CollectionFooterProps};
pub use header::{CollectionHeader, CollectionHeaderProps};
pub use read_more::{ReadMoreList, ReadMoreListProps};

use crate::i18n::strings;
use crate::model::Collection;
use std::rc::Rc;
use yew::prelude::*;

/// How the cards are laid out (the host's `layout` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Full-width numbered cards, one under the other: the e-magazine.
    #[default]
    List,
    /// Two or three columns when the widget is wide enough.
    Grid,
}

impl Layout {
    /// The class that selects the layout's CSS.
    pub fn class(self) -> &'static str {
        match self {
            Layout::List => "hc--list",
            Layout::Grid => "hc--grid",
        }
    }
}

/// Properties of [`HighlightCards`].
#[derive(Properties, PartialEq, Clone)]
pub struct HighlightCardsProps {
    /// A collection that passed [`crate::model::deserialize`].
    pub collection: Rc<Collection>,
    /// Layout of the cards.
    #[prop_or_default]
    pub layout: Layout,
}

/// The whole widget: header, the numbered cards, attribution, read-more list.
#[component]
pub fn HighlightCards(props: &HighlightCardsProps) -> Html {
    let c = &props.collection;
    let t = strings(&c.language);
    let has_sections = c.cards.iter().any(|card| card.section.is_some());
    let mut in_section = false;
    let cards = c.cards.iter().enumerate().map(|(index, card)| {
        in_section |= card.section.is_some();
        // Headings stay in order: h2 title > h3 section > h4 card headline.
        let headline_level = if has_sections && in_section { 4 } else { 3 };
        let kicker = card.kicker.clone().or_else(|| c.kicker.clone());
        html! {
            <CardView
                key={index}
                card={card.clone()}
                id_prefix={c.id.clone()}
                {kicker}
                {headline_level}
                eager={index == 0}
                language={c.language.clone()}
            />
        }
    });
    html! {
        <article class={classes!("hc", props.layout.class())} part="root" lang={c.language.clone()} aria-labelledby={format!("{}-title", c.id)}>
            <CollectionHeader collection={props.collection.clone()} />
            <ol class="hc-cards" part="cards" aria-label={t.cards_label}>{ for cards }</ol>
            <CollectionFooter collection={props.collection.clone()} />
            if !c.read_more.is_empty() {
                <ReadMoreList items={c.read_more.clone()} id_prefix={c.id.clone()} language={c.language.clone()} />
            }
        </article>
    }
}
