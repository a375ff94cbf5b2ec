//! One numbered card: badge, kicker, headline, photo, body, share button.
//! The same card is a list item in the list and grid layouts and a slide in
//! the carousel.

use super::{icons, photo_figure, PhotoFigureProps};
use crate::i18n::{fill, strings};
use crate::model::Card;
use yew::prelude::*;

/// Where a card sits in the carousel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlideInfo {
    /// 0-based position.
    pub index: usize,
    /// Number of slides.
    pub total: usize,
    /// Whether it is the slide in view (the others are `inert`).
    pub current: bool,
}

/// What [`card_view`] renders.
pub struct CardViewProps<'a> {
    /// The card (number already resolved by validation), borrowed: a
    /// render clones nothing it only reads.
    pub card: &'a Card,
    /// The collection id; the card's element id is `<id_prefix>-<number>`.
    pub id_prefix: AttrValue,
    /// Label above the headline (the card's or the collection's).
    pub kicker: Option<&'a str>,
    /// 3 or 4: keeps heading levels in order under section headings.
    pub headline_level: u8,
    /// Load the photo eagerly (the first card is likely above the fold).
    pub eager: bool,
    /// Smallest photos (Save-Data).
    pub save_data: bool,
    /// Language of the widget's own words.
    pub ui_language: AttrValue,
    /// Language of the content (credit labels stay in it).
    pub content_language: AttrValue,
    /// Set when the card is a carousel slide.
    pub slide: Option<SlideInfo>,
    /// Opens this card's photo full screen.
    pub on_open_photo: Option<Callback<()>>,
    /// Its photo failed to load.
    pub photo_failed: bool,
    /// Reports that its photo failed to load.
    pub on_photo_error: Callback<()>,
    /// Shares this card's link; no share button without it (`share="off"`).
    pub on_share: Option<Callback<()>>,
}

/// A `<li>` of the card list (its `value` is the card's number, for
/// assistive technology; the big badge is decorative), or a labelled slide.
/// A plain function, not a component: it has no state of its own.
pub fn card_view(props: &CardViewProps<'_>) -> Html {
    let t = strings(&props.ui_language);
    let card = props.card;
    let number = card.number();
    let id = super::card_id(&props.id_prefix, number);
    let headline_id = format!("{id}-headline");
    let headline = if props.headline_level >= 4 {
        html! { <h4 class="hc-headline" part="headline" id={headline_id.clone()}>{ &card.headline }</h4> }
    } else {
        html! { <h3 class="hc-headline" part="headline" id={headline_id.clone()}>{ &card.headline }</h3> }
    };
    let content = html! {
        <>
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
                { photo_figure(&PhotoFigureProps {
                    photo,
                    number,
                    eager: props.eager,
                    save_data: props.save_data,
                    ui_language: props.ui_language.clone(),
                    content_language: props.content_language.clone(),
                    on_open: props.on_open_photo.clone(),
                    failed: props.photo_failed,
                    on_error: props.on_photo_error.clone(),
                }) }
            }
            if !card.body.is_empty() {
                <div class="hc-body" part="body">
                    { for card.body.iter().map(|p| html! { <p>{ super::inline::paragraph(p) }</p> }) }
                </div>
            }
            if let Some(on_share) = &props.on_share {
                <div class="hc-card-actions">
                    <button
                        type="button"
                        class="hc-share"
                        part="share"
                        aria-label={fill(t.share_card, number as usize, 0)}
                        onclick={let on_share = on_share.clone(); Callback::from(move |_| on_share.emit(()))}
                    >
                        { icons::share() }<span aria-hidden="true">{ t.share }</span>
                    </button>
                </div>
            }
        </>
    };
    match props.slide {
        None => html! {
            <li class="hc-card" part="card" id={id} value={number.to_string()} data-number={number.to_string()} aria-labelledby={headline_id}>
                { content }
            </li>
        },
        Some(slide) => html! {
            <div
                class={classes!("hc-card", "hc-slide", slide.current.then_some("hc-slide--current"))}
                part="card"
                id={id}
                data-number={number.to_string()}
                role="group"
                aria-roledescription={t.slide}
                aria-label={format!("{}: {}", fill(t.position, slide.index + 1, slide.total), card.headline)}
                inert={!slide.current}
            >
                { content }
            </div>
        },
    }
}
