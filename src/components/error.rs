//! What a reader sees instead of a blank box when the data is bad.

use crate::i18n::strings;
use yew::prelude::*;

/// Properties of [`ErrorView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ErrorViewProps {
    /// One line per problem, each naming its JSON path.
    pub errors: Vec<String>,
    /// Language of the message (the host element's or the data's).
    #[prop_or(AttrValue::Static("vi"))]
    pub language: AttrValue,
}

/// A short message in the widget's language, with the details listed.
#[component]
pub fn ErrorView(props: &ErrorViewProps) -> Html {
    let t = strings(&props.language);
    html! {
        <div class="hc hc-error" part="error" role="alert" lang={props.language.clone()}>
            <p class="hc-error-title">{ t.error_title }</p>
            <p class="hc-error-hint">{ t.error_hint }</p>
            <ul class="hc-error-list">
                { for props.errors.iter().map(|e| html! { <li><code>{ e }</code></li> }) }
            </ul>
        </div>
    }
}
