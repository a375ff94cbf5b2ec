//! "Đọc thêm": related stories, each a title and a one-sentence summary.

use crate::i18n::strings;
use crate::model::ReadMore;
use yew::prelude::*;

/// An `<aside>` labelled by its heading, with a list of links. `id_prefix`
/// is the widget's anchor (for the heading's id); `ui_language` the
/// language of the widget's own words. A plain function, not a component:
/// it has no state, and each component costs the wasm its own lifecycle.
pub fn read_more_list(items: &[ReadMore], id_prefix: &str, ui_language: &str) -> Html {
    let t = strings(ui_language);
    let heading_id = format!("{id_prefix}-readmore");
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
