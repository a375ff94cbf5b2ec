//! The live preview: the real widget (the same `HighlightCards` component
//! readers get), in its own shadow root with its own stylesheet as on a
//! host page, at a phone, tablet or desktop width, in each layout and theme.
//! It shows what a reader's browser would show of the document as it is:
//! validated tolerantly, faulty parts left out.
//!
//! It follows the document once typing settles (so a photo URL being typed
//! is not fetched at every keystroke), and a widget is made afresh when a
//! photo's URL changes (a photo that failed before is tried again: the
//! widget remembers failures by position). Each device is drawn at its
//! real width, scrolled sideways where the column is narrower.

use super::state::Publish;
use super::strings::Words;
use crate::components::{HighlightCards, Layout, STYLES};
use crate::model::{validate_tolerant, Collection, Valid};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Preview`].
#[derive(Properties, PartialEq, Clone)]
pub struct PreviewProps {
    pub collection: Rc<Collection>,
    pub words: &'static Words,
    /// The layout, theme and base URL: chosen here, carried by the snippets.
    pub settings: UseStateHandle<Publish>,
}

/// How long typing must pause before the preview follows, in ms.
const SETTLE_MS: u32 = 400;

/// Widths the preview offers, in CSS pixels.
const WIDTHS: [u32; 3] = [375, 768, 1280];

/// A shadow root on `host` with the widget's stylesheet and a mount
/// point, as on a host page: the element the widget renders into.
#[hook]
fn use_shadow_mount(host: &NodeRef) -> Option<web_sys::Element> {
    let mount = use_state(|| None::<web_sys::Element>);
    {
        let (host, mount) = (host.clone(), mount.clone());
        use_effect_with((), move |_| {
            let made = (|| {
                let host = host.cast::<web_sys::Element>()?;
                let root = host
                    .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
                    .ok()?;
                let document = web_sys::window()?.document()?;
                let style = document.create_element("style").ok()?;
                style.set_text_content(Some(STYLES));
                let div = document.create_element("div").ok()?;
                div.set_class_name(crate::markup::MOUNT_CLASS);
                root.append_child(&style).ok()?;
                root.append_child(&div).ok()?;
                Some(div)
            })();
            mount.set(made);
        });
    }
    (*mount).clone()
}

/// The document as it was when typing last paused for [`SETTLE_MS`].
#[hook]
fn use_settled(collection: Rc<Collection>) -> Rc<Collection> {
    let settled = use_state(|| collection.clone());
    {
        let settled = settled.clone();
        use_effect_with(collection, move |c| {
            let c = c.clone();
            let timer = gloo::timers::callback::Timeout::new(SETTLE_MS, move || settled.set(c));
            move || drop(timer)
        });
    }
    (*settled).clone()
}

/// A labelled `<select>` of `options` (value, text), `current` chosen.
fn select(
    label: &'static str,
    id: &'static str,
    options: Vec<(String, String)>,
    current: String,
    on: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Some(v) = super::fields::value_of(e.target()) {
            on.emit(v);
        }
    });
    html! {
        <label class="ed-control" for={id}>{ label }
            <select {id} {onchange}>
                { for options.into_iter().map(|(value, text)| html! {
                    <option selected={value == current} value={value.clone()}>{ text }</option>
                }) }
            </select>
        </label>
    }
}

/// The document as the widget will show it: settled, validated
/// tolerantly, its URLs resolved against `base` (where the JSON will be
/// published, as the embed resolves them against the `src`); `None` when
/// nothing of it is valid.
#[hook]
fn use_previewed(collection: Rc<Collection>, base: String) -> Rc<Option<Rc<Valid>>> {
    let settled = use_settled(collection);
    use_memo((settled, base), |(c, base)| {
        validate_tolerant((**c).clone(), Vec::new()).ok().map(|v| {
            let mut collection = v.collection;
            // No base (or not a URL yet, while typed): nothing resolves.
            collection.for_each_url(|url| crate::sources::resolve_url(url, base));
            Rc::new(collection)
        })
    })
}

/// A callback that changes one of the publishing settings to the value chosen.
fn set_setting(
    settings: &UseStateHandle<Publish>,
    change: fn(&mut Publish, String),
) -> Callback<String> {
    let settings = settings.clone();
    Callback::from(move |v: String| {
        let mut next = (*settings).clone();
        change(&mut next, v);
        settings.set(next);
    })
}

/// The toolbar: layout, width and theme, and the URL the JSON will be
/// published at.
fn controls(
    w: &'static Words,
    settings: &UseStateHandle<Publish>,
    width: u32,
    set_width: Callback<String>,
) -> Html {
    let (layout, theme) = (settings.layout, settings.theme);
    let set_layout = set_setting(settings, |s, v| s.layout = v.parse().unwrap_or_default());
    let set_theme = set_setting(settings, |s, v| s.theme = v.parse().unwrap_or_default());
    let set_base = set_setting(settings, |s, v| s.base = v.trim().to_owned());
    let set_base = Callback::from(move |e: InputEvent| {
        if let Some(v) = super::fields::value_of(e.target()) {
            set_base.emit(v);
        }
    });
    let layouts = Layout::NAMES
        .iter()
        .map(|(n, _)| ((*n).to_owned(), (*n).to_owned()))
        .collect();
    let themes = vec![
        ("auto".to_owned(), w.theme_auto.to_owned()),
        ("light".to_owned(), w.light.to_owned()),
        ("dark".to_owned(), w.dark.to_owned()),
    ];
    let widths = WIDTHS
        .iter()
        .zip([w.phone, w.tablet, w.desktop])
        .map(|(px, name)| (px.to_string(), format!("{name} · {px} px")))
        .collect();
    html! {
        <div class="ed-controls">
            { select(w.layout, "ed-layout", layouts, layout.to_string(), set_layout) }
            { select(w.width, "ed-width", widths, width.to_string(), set_width) }
            { select(w.theme, "ed-theme", themes, theme.to_string(), set_theme) }
            <label class="ed-control ed-base" for="ed-base">{ w.photo_base }
                <input id="ed-base" type="url" inputmode="url" placeholder="https://…/data/cards.json"
                    aria-describedby="ed-base-hint" value={settings.base.clone()} oninput={set_base} />
            </label>
        </div>
    }
}

/// The widget in the shadow root's mount point, or a hint while there is
/// no mount point yet or no card to show.
fn widget(
    mount: Option<&web_sys::Element>,
    previewed: Option<&Rc<Valid>>,
    settings: &Publish,
    w: &'static Words,
) -> Html {
    let (layout, theme) = (settings.layout, settings.theme);
    match (mount, previewed) {
        (Some(mount), Some(collection)) if !collection.cards.is_empty() => create_portal(
            html! { <HighlightCards key={photos_key(collection)} collection={collection.clone()} {layout} {theme} /> },
            mount.clone(),
        ),
        _ => html! { <p class="ed-hint">{ w.nothing_to_preview }</p> },
    }
}

/// The cards' photo URLs, one a line: the widget's key, so new photo URLs
/// make a new widget, none of whose photos failed yet.
fn photos_key(collection: &Collection) -> String {
    collection
        .cards
        .iter()
        .map(|c| c.photo.as_ref().map_or("", |p| p.src.as_str()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// See the module documentation.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let w = props.words;
    let settings = props.settings.clone();
    let width = use_state(|| WIDTHS[0]);
    let host = use_node_ref();
    let mount = use_shadow_mount(&host);
    let previewed = use_previewed(props.collection.clone(), settings.base.clone());
    let set_width = {
        let width = width.clone();
        Callback::from(move |v: String| width.set(v.parse().unwrap_or(WIDTHS[0])))
    };
    html! {
        <section class="ed-section ed-preview" aria-labelledby="ed-preview">
            <h2 id="ed-preview">{ w.preview_heading }</h2>
            { controls(w, &settings, *width, set_width) }
            <p class="ed-hint" id="ed-base-hint">{ w.photo_base_hint }</p>
            <div class="ed-viewport">
                <div class="ed-frame" style={format!("width: {}px", *width)}>
                    <div class="ed-preview-host" ref={host}></div>
                    { widget(mount.as_ref(), (*previewed).as_ref(), &settings, w) }
                </div>
            </div>
        </section>
    }
}
