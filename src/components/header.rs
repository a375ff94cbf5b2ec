//! The collection's masthead: section and date line, title, intro.

use super::WidgetContext;
use yew::prelude::*;

/// Section · date line, the title (the widget's `h2`, its id
/// `<anchor>-title`) and the lede. A plain function: no state.
pub fn collection_header(ctx: &WidgetContext) -> Html {
    let (c, anchor) = (ctx.collection(), &ctx.anchor);
    let has_meta = c.section.is_some() || c.dateline.is_some() || c.published.is_some();
    html! {
        <header class="hc-head" part="header">
            if has_meta {
                <p class="hc-meta">
                    if let Some(section) = &c.section {
                        <span class="hc-section">{ section }</span>
                    }
                    if c.dateline.is_some() || c.published.is_some() {
                        <time class="hc-date" datetime={c.published.clone()}>
                            { c.dateline.clone().or_else(|| c.published.clone()).unwrap_or_default() }
                        </time>
                    }
                </p>
            }
            // No title (tolerated in the browser, with a warning): no empty heading.
            if !c.title.trim().is_empty() {
                <h2 class="hc-title" part="title" id={format!("{anchor}-title")}>{ &c.title }</h2>
            }
            if let Some(intro) = &c.intro {
                <p class="hc-intro" part="intro">{ intro }</p>
            }
        </header>
    }
}
