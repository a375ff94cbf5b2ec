//! Publishing: the JSON to download, the embed snippet (with a `src` URL,
//! or with the JSON inline), the plain-HTML markup readers without
//! JavaScript see, and the `render` command that prerenders it. Every text
//! is shown as well as copied, so nothing depends on clipboard permission.
//!
//! Snippets work where they are pasted: the script tag is the release's
//! (the package's CDN URL and its `integrity`, which the build writes into
//! this page), the "JSON file" snippet points at the absolute URL where the
//! JSON will be published (asked for before it is offered), and every
//! snippet carries the layout and theme chosen in the preview.
//!
//! One file: each way out (copy, download, prerender) and its tests.

use super::state::{Action, Publish};
use super::strings::Words;
use crate::model::Collection;
use crate::sources::html_write;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The JSON as published: pretty, UTF-8.
pub fn json(c: &Collection) -> String {
    serde_json::to_string_pretty(c).unwrap_or_default()
}

/// Where the entry script is, next to this editor page.
fn embed_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base("embed.js", &base).ok())
        .map(|u| u.href())
        .unwrap_or_else(|| "embed.js".to_owned())
}

/// The file name the JSON is saved as.
fn file_name(c: &Collection) -> String {
    if c.id.is_empty() {
        "highlight-cards.json".to_owned()
    } else {
        format!("{}.json", c.id)
    }
}

/// The entry script's tag: the release's CDN URL and `integrity`, as the
/// build wrote them into this page (`#ed-release`); in a development build
/// without them, the `embed.js` beside this editor, unpinned.
fn script_tag() -> String {
    let release = (|| {
        let text = web_sys::window()?
            .document()?
            .get_element_by_id("ed-release")?
            .text_content()?;
        let v: serde_json::Value = serde_json::from_str(&text).ok()?;
        Some((
            v["embed"].as_str()?.to_owned(),
            v["integrity"].as_str()?.to_owned(),
        ))
    })();
    match release {
        Some((src, integrity)) => format!(
            "<script type=\"module\" src=\"{src}\"\n        integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>\n"
        ),
        None => format!("<script type=\"module\" src=\"{}\"></script>\n", embed_url()),
    }
}

/// The snippet that loads the JSON file from where it will be published
/// (`None` until that absolute URL is given).
pub fn embed_snippet(settings: &Publish) -> Option<String> {
    let url = settings.json_url()?.replace('"', "%22");
    Some(format!(
        "{}<highlight-cards src=\"{url}\"{}></highlight-cards>\n",
        script_tag(),
        settings.attributes()
    ))
}

/// The snippet with the JSON inside the page (no second request). `</`
/// is written `<\/` so no text in the data can end the script element.
pub fn inline_snippet(c: &Collection, settings: &Publish) -> String {
    format!(
        "{}<highlight-cards{}>\n<script type=\"application/json\">\n{}\n</script>\n</highlight-cards>\n",
        script_tag(),
        settings.attributes(),
        json(c).replace("</", "<\\/")
    )
}

/// Properties of [`Export`].
#[derive(Properties, PartialEq, Clone)]
pub struct ExportProps {
    pub collection: Rc<Collection>,
    pub settings: Publish,
    pub dispatch: Callback<Action>,
    pub words: &'static Words,
}

/// Where an exported text goes: shown in the output box, copied, and the
/// document marked exported; how the copy went said in the status line.
#[derive(Clone)]
struct Outlet {
    output: UseStateHandle<String>,
    status: UseStateHandle<String>,
    dispatch: Callback<Action>,
    words: &'static Words,
}

impl Outlet {
    /// Shows `text`, marks the document exported, and copies it.
    fn deliver(&self, text: String) {
        self.output.set(text.clone());
        self.dispatch.emit(Action::Exported);
        copy_text(&text, self.status.clone(), self.words);
    }
}

/// See the module documentation.
#[component]
pub fn Export(props: &ExportProps) -> Html {
    let w = props.words;
    let c = props.collection.clone();
    let output = use_state(String::new);
    let status = use_state(String::new);
    let settings = props.settings.clone();
    let outlet = Outlet {
        output: output.clone(),
        status: status.clone(),
        dispatch: props.dispatch.clone(),
        words: w,
    };
    let copy = |make: fn(&Collection, &Publish) -> Option<String>| {
        copy_button(make, &c, &settings, &outlet)
    };
    let missing = html_write::only_in_data_rest(&c);
    html! {
        <section class="ed-section" aria-labelledby="ed-export">
            <h2 id="ed-export">{ w.export_heading }</h2>
            <div class="ed-buttons">
                <button type="button" id="ed-download" onclick={download_json(&c, &props.dispatch)}>{ w.download_json }</button>
                <button type="button" id="ed-download-csv" onclick={download_csv(&c, &props.dispatch)}>{ w.download_csv }</button>
                <button type="button" id="ed-copy-embed" onclick={copy(|_, s| embed_snippet(s))}
                    disabled={settings.json_url().is_none()} aria-describedby="ed-embed-hint">{ w.copy_embed }</button>
                <button type="button" id="ed-copy-inline" onclick={copy(|c, s| Some(inline_snippet(c, s)))}>{ w.copy_inline }</button>
                <button type="button" id="ed-copy-html" onclick={copy(|c, _| Some(html_write::write(c)))}>{ w.copy_html }</button>
                <button type="button" id="ed-prerender" onclick={prerender_button(&c, &settings, &outlet)}>{ w.prerender }</button>
            </div>
            <p class="ed-hint" id="ed-embed-hint">{ if settings.json_url().is_some() { w.embed_ready } else { w.embed_needs_url } }</p>
            <p class="ed-status" role="status">{ (*status).clone() }</p>
            if !output.is_empty() {
                <label for="ed-output" class="ed-sr">{ "output" }</label>
                <textarea id="ed-output" readonly=true rows="8" value={(*output).clone()} />
            }
            if !missing.is_empty() {
                <p class="ed-hint">{ w.not_in_html }{ " " }<code>{ missing.join(", ") }</code></p>
            }
            <p class="ed-hint">{ w.render_hint }</p>
            <pre class="ed-command"><code>{ render_command(&c, &settings) }</code></pre>
        </section>
    }
}

/// A button that shows and copies the text `make` writes (nothing while it
/// writes none).
fn copy_button(
    make: fn(&Collection, &Publish) -> Option<String>,
    c: &Rc<Collection>,
    settings: &Publish,
    outlet: &Outlet,
) -> Callback<MouseEvent> {
    let (c, settings, outlet) = (c.clone(), settings.clone(), outlet.clone());
    Callback::from(move |_: MouseEvent| {
        let Some(text) = make(&c, &settings) else {
            return;
        };
        outlet.deliver(text);
    })
}

/// The "download JSON" button: the JSON as a file, named after the id.
fn download_json(c: &Rc<Collection>, dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    let (c, dispatch) = (c.clone(), dispatch.clone());
    Callback::from(move |_: MouseEvent| {
        save_file(&file_name(&c), &json(&c), "application/json");
        dispatch.emit(Action::Exported);
    })
}

/// The "download CSV" button: the spreadsheet form (imports back exactly),
/// comma-separated UTF-8.
fn download_csv(c: &Rc<Collection>, dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    let (c, dispatch) = (c.clone(), dispatch.clone());
    Callback::from(move |_: MouseEvent| {
        let name = format!("{}.csv", file_name(&c).trim_end_matches(".json"));
        let csv = crate::sources::import::sheet::export(&c, b',');
        save_file(&name, &csv, "text/csv");
        dispatch.emit(Action::Exported);
    })
}

/// The "prerender" button: the markup `render` prints, then the script
/// that hydrates it, shown and copied; the number of errors when the
/// document is not valid.
fn prerender_button(
    c: &Rc<Collection>,
    settings: &Publish,
    outlet: &Outlet,
) -> Callback<MouseEvent> {
    let (c, settings, outlet) = (c.clone(), settings.clone(), outlet.clone());
    Callback::from(move |_: MouseEvent| {
        let (c, settings, outlet) = (c.clone(), settings.clone(), outlet.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match prerendered(&c, &settings).await {
                // The markup, then the script that hydrates it.
                Ok(html) => outlet.deliver(format!("{html}{}", script_tag())),
                Err(count) => outlet
                    .status
                    .set(format!("{} ({count})", outlet.words.prerender_invalid)),
            }
        });
    })
}

/// The `render` command that prerenders the downloaded JSON with the
/// layout and theme chosen.
fn render_command(c: &Collection, settings: &Publish) -> String {
    format!(
        "highlight-cards render {} --layout {} --theme {} > {}.html",
        file_name(c),
        settings.layout,
        settings.theme,
        file_name(c).trim_end_matches(".json")
    )
}

/// Copies `text` to the clipboard and says how it went (it is shown on
/// the page either way).
fn copy_text(text: &str, status: UseStateHandle<String>, w: &'static Words) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        status.set(w.copy_failed.to_owned());
        return;
    };
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        status.set(if ok { w.copied } else { w.copy_failed }.to_owned());
    });
}

/// Offers `text` as a download named `name`, of MIME type `kind`.
fn save_file(name: &str, text: &str, kind: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Revoked once the browser has started the download.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// What `highlight-cards render` prints for the document (the layout and
/// theme chosen),
/// rendered here by the same server renderer; `Err` with the number of
/// errors when the document is not valid (fix them first).
async fn prerendered(c: &Collection, settings: &Publish) -> Result<String, usize> {
    let valid = crate::model::validate(c.clone()).map_err(|errors| errors.len())?;
    let options = crate::ssr::RenderOptions {
        layout: settings.layout,
        theme: settings.theme,
        ..Default::default()
    };
    Ok(crate::ssr::prerender_with(valid.collection, &options, browser_shape).await)
}

/// The shape of rendered markup as this browser parses it (the embed
/// checks the same before hydrating).
fn browser_shape(html: &str) -> u32 {
    let mut shape = crate::hydration::Shape::default();
    let template = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("template").ok())
        .map(|t| t.unchecked_into::<web_sys::HtmlTemplateElement>());
    if let Some(template) = template {
        template.set_inner_html(html);
        crate::embed::host::shape_of(&template.content(), &mut shape);
    }
    shape.finish()
}
