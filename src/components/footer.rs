//! After the cards: editorial attribution, byline and source.

use crate::i18n::strings;
use crate::model::Collection;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`CollectionFooter`].
#[derive(Properties, PartialEq, Clone)]
pub struct CollectionFooterProps {
    /// The collection whose footer this is.
    pub collection: Rc<Collection>,
    /// Language of the widget's own words.
    pub ui_language: AttrValue,
}

/// Renders nothing when the collection has none of the three.
#[component]
pub fn CollectionFooter(props: &CollectionFooterProps) -> Html {
    let c = &props.collection;
    let t = strings(&props.ui_language);
    if c.attribution.is_none() && c.byline.is_none() && c.source.is_none() {
        return Html::default();
    }
    html! {
        <footer class="hc-foot" part="footer">
            if let Some(attribution) = &c.attribution {
                <p class="hc-attribution">{ attribution }</p>
            }
            if let Some(byline) = &c.byline {
                <p class="hc-byline">{ byline }</p>
            }
            if let Some(source) = &c.source {
                <p class="hc-source">
                    { format!("{}: ", t.source) }
                    if let Some(url) = &source.url {
                        <a href={url.clone()} rel="noopener">{ &source.name }</a>
                    } else {
                        { &source.name }
                    }
                </p>
            }
        </footer>
    }
}
