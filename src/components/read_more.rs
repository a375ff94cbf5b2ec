//! "Đọc thêm": related stories, each a title and a one-sentence summary.

use crate::i18n::strings;
use crate::model::ReadMore;
use yew::prelude::*;

/// Properties of [`ReadMoreList`].
#[derive(Properties, PartialEq, Clone)]
pub struct ReadMoreListProps {
    /// The related stories.
    pub items: Vec<ReadMore>,
    /// The collection id, for the heading's id.
    pub id_prefix: AttrValue,
    /// Language of the widget's own words.
    pub ui_language: AttrValue,
}

/// An `<aside>` labelled by its heading, with a list of links.
#[component]
pub fn ReadMoreList(props: &ReadMoreListProps) -> Html {
    let t = strings(&props.ui_language);
    let heading_id = format!("{}-readmore", props.id_prefix);
    html! {
        <aside class="hc-readmore" part="readmore" aria-labelledby={heading_id.clone()}>
            <h3 class="hc-readmore-heading" id={heading_id}>{ t.read_more }</h3>
            <ul class="hc-readmore-list">
                { for props.items.iter().map(|item| html! {
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
