//! Body text with its inline formatting ([`crate::model::inline`]): links,
//! emphasis and strong as elements, text as text — never raw HTML.

use crate::model::inline::{self, Inline};
use yew::prelude::*;

/// A paragraph's inline content.
pub fn paragraph(source: &str) -> Html {
    nodes(&inline::parse(source))
}

fn nodes(nodes: &[Inline]) -> Html {
    nodes.iter().map(node).collect()
}

fn node(node: &Inline) -> Html {
    match node {
        Inline::Text(text) => html! { { text.clone() } },
        Inline::Emphasis(children) => html! { <em>{ nodes(children) }</em> },
        Inline::Strong(children) => html! { <strong>{ nodes(children) }</strong> },
        Inline::Link { href, children } => {
            html! { <a href={href.clone()} rel="noopener">{ nodes(children) }</a> }
        }
    }
}
