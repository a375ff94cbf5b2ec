//! One numbered card: badge, kicker, headline, photo, body.

use super::PhotoFigure;
use crate::model::Card;
use yew::prelude::*;

/// Properties of [`CardView`].
#[derive(Properties, PartialEq, Clone)]
pub struct CardViewProps {
    /// The card (number already resolved by validation).
    pub card: Card,
    /// The collection id; the card's element id is `<id_prefix>-<number>`.
    pub id_prefix: AttrValue,
    /// Label above the headline (the card's or the collection's).
    #[prop_or_default]
    pub kicker: Option<String>,
    /// 3 or 4: keeps heading levels in order under section headings.
    pub headline_level: u8,
    /// Load the photo eagerly (the first card is likely above the fold).
    #[prop_or_default]
    pub eager: bool,
    /// Content language, for the credit label.
    pub language: AttrValue,
}

/// A `<li>` of the card list. The list item's `value` carries the card's
/// number for assistive technology; the big badge is decorative.
#[component]
pub fn CardView(props: &CardViewProps) -> Html {
    let card = &props.card;
    let number = card.number();
    let id = format!("{}-{}", props.id_prefix, number);
    let headline_id = format!("{id}-headline");
    let headline = if props.headline_level >= 4 {
        html! { <h4 class="hc-headline" part="headline" id={headline_id.clone()}>{ &card.headline }</h4> }
    } else {
        html! { <h3 class="hc-headline" part="headline" id={headline_id.clone()}>{ &card.headline }</h3> }
    };
    html! {
        <li class="hc-card" part="card" id={id} value={number.to_string()} aria-labelledby={headline_id}>
            if let Some(section) = &card.section {
                <h3 class="hc-section-heading" part="section">{ section }</h3>
            }
            <div class="hc-card-head">
                <span class="hc-number" part="number" aria-hidden="true">{ number }</span>
                <div class="hc-titles">
                    if let Some(kicker) = &props.kicker {
                        <p class="hc-kicker" part="kicker">{ kicker }</p>
                    }
                    { headline }
                </div>
            </div>
            if let Some(photo) = &card.photo {
                <PhotoFigure photo={photo.clone()} eager={props.eager} language={props.language.clone()} />
            }
            if !card.body.is_empty() {
                <div class="hc-body" part="body">
                    { for card.body.iter().map(|p| html! { <p>{ p }</p> }) }
                </div>
            }
        </li>
    }
}
