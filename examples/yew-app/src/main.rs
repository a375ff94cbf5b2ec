//! highlight-cards as a Yew component: the app parses its collection with
//! the browser's `JSON.parse`, reads it with the crate's reader (the one
//! the widget runs), validates it with the crate's model, and renders
//! `<HighlightCards collection={…} layout={…} on_event={…} />` in its own
//! page (no embed.js, no shadow root). The stylesheet comes from the crate
//! (`STYLES`); every rule in it is scoped under `.hc`.

use highlight_cards::components::{HighlightCards, Layout, WidgetEvent, STYLES};
use highlight_cards::model::read::{self, UnknownFields};
use highlight_cards::model::{validate, Valid};
use highlight_cards::sources::nfc;
use std::rc::Rc;
use yew::prelude::*;

/// The demo collection, as a newsroom's CMS would hand it over.
const DATA: &str = include_str!("../../../static/demo/soi-dong-doi-ngoai-2023.json");

/// Parses and validates the data: the model says what is wrong, field by field.
fn collection() -> Result<Valid, String> {
    let value = js_sys::JSON::parse(DATA).map_err(|_| "invalid JSON".to_owned())?;
    let messages = |errors: Vec<highlight_cards::model::ModelError>| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut collection = read::collection(&value, UnknownFields::Ignore).map_err(messages)?;
    // Vietnamese typed on some systems arrives decomposed: normalise first.
    collection.for_each_text_mut(nfc);
    let mut valid = validate(collection).map_err(messages)?.collection;
    // The photos are copied next to this page (see index.html).
    valid.for_each_url(|url| {
        if let Some(rest) = url.strip_prefix("../photos/") {
            *url = format!("photos/{rest}");
        }
    });
    Ok(valid)
}

#[function_component]
fn App() -> Html {
    // One Rc for the page's life: the component compares it by pointer.
    let data = use_memo((), |_| collection().map(Rc::new));
    let layout = use_state(|| Layout::List);
    let log = use_state(Vec::<String>::new);

    let on_event = {
        let log = log.clone();
        Callback::from(move |event: WidgetEvent| {
            let line = match event {
                WidgetEvent::Complete => "complete",
                WidgetEvent::ViewerOpened(_) => "viewer opened",
                WidgetEvent::ViewerClosed => "viewer closed",
            };
            let mut lines = (*log).clone();
            lines.push(line.to_owned());
            log.set(lines);
        })
    };
    let choose = |value: Layout| {
        let layout = layout.clone();
        Callback::from(move |_: MouseEvent| layout.set(value))
    };

    let widget = match &*data {
        Ok(collection) => html! {
            // The container the widget's layout queries measure.
            <div class="hc-mount">
                <HighlightCards collection={collection.clone()} layout={*layout} {on_event} />
            </div>
        },
        Err(message) => html! { <pre role="alert">{ message.clone() }</pre> },
    };
    html! {
        <main>
            <style>{ STYLES }</style>
            <h1>{ "highlight-cards trong một ứng dụng Yew" }</h1>
            <div class="controls" role="group" aria-label="Bố cục">
                <button id="layout-list" aria-pressed={(*layout == Layout::List).to_string()} onclick={choose(Layout::List)}>{ "Danh sách" }</button>
                <button id="layout-carousel" aria-pressed={(*layout == Layout::Carousel).to_string()} onclick={choose(Layout::Carousel)}>{ "Trình chiếu" }</button>
                <button id="layout-grid" aria-pressed={(*layout == Layout::Grid).to_string()} onclick={choose(Layout::Grid)}>{ "Lưới" }</button>
            </div>
            { widget }
            <p id="events" aria-live="polite">{ log.join(", ") }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
