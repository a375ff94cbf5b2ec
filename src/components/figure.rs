//! The photo with its caption and credit, set apart from each other.
//! Tapping the photo opens the full-screen viewer; a photo that fails to
//! load leaves a labelled placeholder of exactly its size, and the caption
//! and credit stay.

use super::{icons, WidgetContext};
use crate::i18n::fill;
use crate::model::{Credit, CreditKind, Photo};
use yew::prelude::*;

/// Used when the data gives a `srcset` without `sizes`: the widget is at most
/// about 800 CSS px wide inside an article column.
const DEFAULT_SIZES: &str = "(min-width: 840px) 800px, 100vw";

/// What [`photo_figure`] renders.
pub struct PhotoFigureProps<'a> {
    /// The widget's context: the languages, Save-Data.
    pub ctx: &'a WidgetContext,
    /// The photo, borrowed from the card.
    pub photo: &'a Photo,
    /// The card's number (for the enlarge button's name).
    pub number: u32,
    /// `loading="eager"` instead of lazy.
    pub eager: bool,
    /// Opens the full-screen viewer; without it the photo is not a button.
    pub on_open: Option<Callback<()>>,
    /// The photo failed to load (its `error` event fired).
    pub failed: bool,
    /// Reports that it failed; the widget then renders it as failed.
    pub on_error: Callback<()>,
}

/// `<figure>` with an `<img>` whose width/height reserve its space, and a
/// `<figcaption>` holding the caption text and, apart, the credit. A plain
/// function: whether the photo failed is kept by the widget (`widget.rs`).
pub fn photo_figure(props: &PhotoFigureProps<'_>) -> Html {
    let t = props.ctx.t();
    let p = props.photo;
    let failed = props.failed;
    let onerror = props.on_error.reform(|_: Event| ());
    // The reader asked for less data: the smallest candidate, no `srcset`.
    let (src, srcset) = if props.ctx.save_data {
        (p.smallest_src().to_owned(), None)
    } else {
        (
            p.src.clone(),
            p.srcset.as_ref().map(crate::model::Srcset::text),
        )
    };
    let sizes = srcset
        .as_ref()
        .map(|_| p.sizes.clone().unwrap_or_else(|| DEFAULT_SIZES.to_owned()));
    let img = html! {
        <img
            class="hc-img"
            part="image"
            src={src}
            srcset={srcset}
            {sizes}
            width={p.width.map(|w| w.to_string())}
            height={p.height.map(|h| h.to_string())}
            alt={p.alt.clone().unwrap_or_default()}
            loading={if props.eager { "eager" } else { "lazy" }}
            decoding="async"
            {onerror}
        />
    };
    let frame = match (&props.on_open, failed) {
        (Some(on_open), false) => {
            let on_open = on_open.clone();
            html! {
                // Named by its content: the photo's alt text, then "enlarge
                // photo n" (an aria-label would hide the alt from screen readers).
                <button
                    type="button"
                    class="hc-frame hc-zoom"
                    onclick={Callback::from(move |_| on_open.emit(()))}
                >
                    { img }
                    // Its words as a label, not text: a filter that drops
                    // the button keeps no "enlarge photo" text in the article.
                    <span class="hc-zoom-badge" role="img" aria-label={fill(t.enlarge_photo, props.number as usize, 0)}>
                        { icons::enlarge() }
                    </span>
                </button>
            }
        }
        (_, true) => html! {
            <div class="hc-frame hc-frame--failed">
                // A photo whose URL was unusable has no image to try.
                if p.can_load() { { img } }
                <span class="hc-img-failed" role="img" aria-label={p.alt.clone().unwrap_or_else(|| t.photo_failed.to_owned())}>
                    { t.photo_failed }
                </span>
            </div>
        },
        (None, false) => html! { <div class="hc-frame">{ img }</div> },
    };
    let has_caption = p.caption.is_some() || p.credit.is_some();
    html! {
        <figure class="hc-figure" part="figure">
            { frame }
            if has_caption {
                <figcaption class="hc-caption" part="caption">
                    { caption_with_credit(p, &props.ctx.content_language) }
                </figcaption>
            }
        </figure>
    }
}

/// A photo's caption text, then its credit: the inside of the card's
/// `<figcaption>` and of the viewer's caption line, which read alike.
pub fn caption_with_credit(p: &Photo, language: &str) -> Html {
    html! {
        <>
            if let Some(text) = &p.caption {
                <span class="hc-caption-text">{ text }</span>
            }
            if let Some(credit) = &p.credit {
                { " " }
                { credit_line(credit, language) }
            }
        </>
    }
}

/// "Ảnh: Trí Dũng/TTXVN", "REUTERS/Carlos Barria": the credit as written
/// (its label muted, the rest isolated); a credit given only as parts gets
/// the word of `language`, the content's. A plain function: no state.
pub fn credit_line(c: &Credit, language: &str) -> Html {
    let (label, who) = c.parts_in(language);
    html! {
        <span class="hc-credit" part="credit" data-kind={if c.kind == CreditKind::Photo { "photo" } else { "source" }}>
            if !label.is_empty() {
                <span class="hc-credit-label">{ label }</span>
            }
            // Isolated: a name in another script ("Reuters/Jane Doe" in an
            // Arabic caption) keeps its own direction, punctuation in place.
            <bdi class="hc-credit-name">{ who }</bdi>
        </span>
    }
}
