//! "Đọc thêm": related stories, each a title and a one-sentence summary.

use super::WidgetContext;
use yew::prelude::*;

/// An `<aside>` labelled by its heading (its id from the widget's anchor),
/// with a list of links; nothing when the collection has none. A plain
/// function, not a component: it has no state, and each component costs
/// the wasm its own lifecycle.
pub fn read_more_list(ctx: &WidgetContext) -> Html {
    let (items, t) = (&ctx.collection().read_more, ctx.t());
    if items.is_empty() {
        return Html::default();
    }
    let heading_id = format!("{}-readmore", ctx.anchor);
    html! {
        <aside class="hc-readmore" part="readmore" aria-labelledby={heading_id.clone()}>
            <h3 class="hc-readmore-heading" id={heading_id}>{ t.read_more }</h3>
            <ul class="hc-readmore-list">
                { for items.iter().map(|item| html! {
                    <li class="hc-readmore-item">
                        if let Some(url) = &item.url {
                            <a class="hc-readmore-title" href={url.clone()}>{ &item.title }</a>
                        } else {
                            <span class="hc-readmore-title">{ &item.title }</span>
                        }
                        if let Some(summary) = &item.summary {
                            <p class="hc-readmore-summary">{ summary }</p>
                        }
                    </li>
                }) }
            </ul>
        </aside>
    }
}
