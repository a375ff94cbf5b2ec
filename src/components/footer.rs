//! After the cards: editorial attribution, byline and source.

use super::WidgetContext;
use yew::prelude::*;

/// Renders nothing when the collection has none of the three. A plain
/// function: no state.
pub fn collection_footer(ctx: &WidgetContext) -> Html {
    let (c, t) = (ctx.collection(), ctx.t());
    if c.attribution.is_none() && c.byline.is_none() && c.source.is_none() {
        return Html::default();
    }
    html! {
        <footer class="hc-foot" part="footer">
            if let Some(attribution) = &c.attribution {
                <p class="hc-attribution">{ attribution }</p>
            }
            if let Some(byline) = &c.byline {
                <p class="hc-byline"><bdi>{ byline }</bdi></p>
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
