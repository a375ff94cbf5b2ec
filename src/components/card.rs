//! One numbered card: section heading, badge, kicker, headline, photo, body,
//! share button. The same card is a list item in the list and grid layouts
//! and a slide in the carousel. [`card_view`] is one function (~90 lines)
//! on purpose: its share button as a function of its own measured +64 B
//! gzip in the reader's payload.

use super::{icons, photo_figure, PhotoFigureProps, WidgetContext};
use crate::i18n::fill;
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

/// Card `index` of the widget's collection: a `<li>` of the card list (its
/// `value` is the card's number, for assistive technology; the big badge is
/// decorative), or with `slide` a labelled carousel slide. A plain
/// function, not a component: it has no state of its own; what it shares
/// with the other cards comes in `ctx`.
pub fn card_view(ctx: &WidgetContext, index: usize, slide: Option<SlideInfo>) -> Html {
    let t = ctx.t();
    let collection = ctx.collection();
    let card = &collection.cards[index];
    let number = card.number();
    let id = super::card_id(&ctx.anchor, number);
    let kicker = card.kicker.as_deref().or(collection.kicker.as_deref());
    let photo_index = ctx.photo_index[index];
    let headline_id = format!("{id}-headline");
    let headline = if ctx.headline_levels[index] >= 4 {
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
                    if let Some(kicker) = kicker {
                        <p class="hc-kicker" part="kicker">{ kicker }</p>
                    }
                    { headline }
                </div>
            </div>
            if let Some(photo) = &card.photo {
                { photo_figure(&PhotoFigureProps {
                    ctx,
                    photo,
                    number,
                    // The first card is likely above the fold, and so is the current slide.
                    eager: index == 0 || slide.is_some_and(|s| s.current),
                    on_open: photo_index.map(|i| {
                        let viewer = ctx.viewer.clone();
                        Callback::from(move |_| viewer.set(Some(i)))
                    }),
                    failed: !photo.can_load()
                        || photo_index.is_some_and(|i| ctx.failed_photos.contains(&i)),
                    on_error: {
                        let i = photo_index.unwrap_or_default();
                        ctx.photo_error.reform(move |_| i)
                    },
                }) }
            }
            if !card.body.is_empty() {
                <div class="hc-body" part="body">
                    { for card.body.iter().map(|p| html! { <p>{ super::inline::paragraph(p) }</p> }) }
                </div>
            }
            if ctx.share {
                <div class="hc-card-actions">
                    <button
                        type="button"
                        class="hc-share"
                        part="share"
                        aria-label={fill(t.share_card, number as usize, 0)}
                        onclick={ctx.share_callback(index).reform(|_| ())}
                    >
                        { icons::share() }<span class="hc-label" aria-hidden="true" data-label={t.share}></span>
                    </button>
                </div>
            }
        </>
    };
    match slide {
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
