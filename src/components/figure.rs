//! The photo with its caption and credit, set apart from each other.

use crate::i18n::strings;
use crate::model::{Credit, CreditKind, Photo};
use yew::prelude::*;

/// Used when the data gives a `srcset` without `sizes`: the widget is at most
/// about 800 CSS px wide inside an article column.
const DEFAULT_SIZES: &str = "(min-width: 840px) 800px, 100vw";

/// Properties of [`PhotoFigure`].
#[derive(Properties, PartialEq, Clone)]
pub struct PhotoFigureProps {
    /// The photo.
    pub photo: Photo,
    /// `loading="eager"` instead of lazy.
    #[prop_or_default]
    pub eager: bool,
    /// Content language, for the credit label.
    pub language: AttrValue,
}

/// `<figure>` with an `<img>` whose width/height reserve its space, and a
/// `<figcaption>` holding the caption text and, apart, the credit.
#[component]
pub fn PhotoFigure(props: &PhotoFigureProps) -> Html {
    let p = &props.photo;
    let sizes = p
        .srcset
        .as_ref()
        .map(|_| p.sizes.clone().unwrap_or_else(|| DEFAULT_SIZES.to_owned()));
    let has_caption = p.caption.is_some() || p.credit.is_some();
    html! {
        <figure class="hc-figure" part="figure">
            <div class="hc-frame">
                <img
                    class="hc-img"
                    part="image"
                    src={p.src.clone()}
                    srcset={p.srcset.clone()}
                    {sizes}
                    width={p.width.map(|w| w.to_string())}
                    height={p.height.map(|h| h.to_string())}
                    alt={p.alt.clone().unwrap_or_default()}
                    loading={if props.eager { "eager" } else { "lazy" }}
                    decoding="async"
                />
            </div>
            if has_caption {
                <figcaption class="hc-caption" part="caption">
                    if let Some(text) = &p.caption {
                        <span class="hc-caption-text">{ text }</span>
                    }
                    if let Some(credit) = &p.credit {
                        { " " }
                        <CreditLine credit={credit.clone()} language={props.language.clone()} />
                    }
                </figcaption>
            }
        </figure>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct CreditLineProps {
    credit: Credit,
    language: AttrValue,
}

/// "Ảnh: Trí Dũng/TTXVN": the label in the widget's language, names, agency.
#[component]
fn CreditLine(props: &CreditLineProps) -> Html {
    let t = strings(&props.language);
    let c = &props.credit;
    let label = match c.kind {
        CreditKind::Photo => t.photo,
        CreditKind::Source => t.source,
    };
    let mut who = c.names.join(", ");
    if let Some(agency) = &c.agency {
        who.push('/');
        who.push_str(agency);
    }
    html! {
        <span class="hc-credit" part="credit" data-kind={if c.kind == CreditKind::Photo { "photo" } else { "source" }}>
            <span class="hc-credit-label">{ label }{ ": " }</span>
            <span class="hc-credit-name">{ who }</span>
        </span>
    }
}
