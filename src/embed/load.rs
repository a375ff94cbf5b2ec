//! Reads a host's data from one of the three sources — a `src`/`data-src`
//! URL, inline JSON in a child `<script type="application/json">`, or the
//! plain HTML inside it — and runs it through the model. Every failure
//! becomes a message naming what went wrong. One file: all a mount waits
//! for before it renders: the data, by any source, and the widget's words.

use crate::model::Validated;
use crate::sources::html::{self, HtmlElement};
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// How long a `src` may take, unless the host sets `timeout` (milliseconds).
const DEFAULT_TIMEOUT_MS: u32 = 15_000;

type Loaded = Result<Validated, Vec<String>>;

fn to_messages(errors: Vec<crate::model::ModelError>) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

fn page_base() -> String {
    gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Data handed to the JS API: a collection object, or JSON text.
pub async fn from_value(value: JsValue, host: &Element) -> Loaded {
    let (value, normalized) = match value.dyn_ref::<js_sys::JsString>() {
        Some(text) => parse_json(text)?,
        None => (value, false),
    };
    in_host_language(&value, host);
    crate::sources::from_js(value, &page_base(), normalized)
        .await
        .map_err(to_messages)
}

/// The host's own source, in order: URL, inline JSON, plain HTML; and
/// whether it is the data the host's prerendered markup was rendered from.
/// That is `false` only when `src` answers with other text than the inline
/// JSON beside it (`render --src` writes the file's text there): the file
/// changed since, and the markup must be rendered afresh from it.
pub async fn from_host(
    host: &Element,
    abort: Option<&web_sys::AbortController>,
) -> Result<(Validated, bool), Vec<String>> {
    let inline = host
        .query_selector(crate::markup::INLINE_DATA)
        .ok()
        .flatten()
        .map(|script| js_sys::JsString::from(script.text_content().unwrap_or_default()));
    // One JSON path for both: the text, the URL its relative URLs resolve
    // against, and whether it is what the markup was rendered from.
    let (text, url, same) = if let Some(src) = host.setting("src") {
        let timeout = host
            .setting("timeout")
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(DEFAULT_TIMEOUT_MS);
        let (text, url) = fetch_text(&src, timeout, abort).await?;
        let same = inline.is_some_and(|inline| inline == text);
        (text, url, same)
    } else if let Some(text) = inline {
        (text, page_base(), true)
    } else {
        if html::has_cards(host) {
            let id = format!("highlight-cards-{}", fallback_number(host));
            let language = super::host::language(host);
            if let Some(result) = crate::sources::from_html(host, &id, &language) {
                return result.map(|v| (v, true)).map_err(to_messages);
            }
        }
        return Err(vec![crate::sources::NO_DATA.to_owned()]);
    };
    let (value, normalized) = parse_json(&text)?;
    in_host_language(&value, host);
    crate::sources::from_js(value, &url, normalized)
        .await
        .map(|v| (v, same))
        .map_err(to_messages)
}

/// Data without a `language` is in the host's: its `lang`, else the
/// nearest one up the page, Vietnamese only where there is none.
fn in_host_language(value: &JsValue, host: &Element) {
    let key = JsValue::from_str("language");
    if js_sys::Reflect::get(value, &key).is_ok_and(|l| l.is_undefined() || l.is_null()) {
        let _ = js_sys::Reflect::set(value, &key, &super::host::language(host).into());
    }
}

/// A stable number for hosts without an id: their position among hosts.
fn fallback_number(host: &Element) -> u32 {
    let Ok(list) = gloo::utils::document().query_selector_all(super::HOST_SELECTOR) else {
        return 1;
    };
    (0..list.length())
        .find(|&i| list.item(i).is_some_and(|n| n.is_same_node(Some(host))))
        .map_or(1, |i| i + 1)
}

#[wasm_bindgen]
extern "C" {
    /// `embed.js`'s loader of the widget's words (see `words`).
    #[wasm_bindgen(js_namespace = __highlightCardsStrings, js_name = load, catch)]
    fn load_words(language: &str) -> Result<js_sys::Promise, JsValue>;
    /// `JSON.parse` on a JS string as it is (js_sys's takes a `&str`, which
    /// would copy the text into the wasm and back).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &js_sys::JsString) -> Result<JsValue, JsValue>;
}

/// What `JSON.parse` threw, as a message: "invalid JSON: " and its own.
fn json_error(e: &JsValue) -> String {
    let detail = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default();
    format!("invalid JSON: {detail}")
}

/// Parses JSON text, NFC-normalised as a whole first (one call, instead of
/// one per string after parsing) unless it has `\u` escapes, which decode
/// only after normalisation; the flag says which. The whole text normalises
/// as its strings would one by one: the characters around them (`"`, `:`,
/// `,`, brackets) are ASCII, which never combines with a neighbour.
fn parse_json(text: &js_sys::JsString) -> Result<(JsValue, bool), Vec<String>> {
    let normalize = !text.includes("\\u", 0);
    let text = if normalize {
        text.normalize("NFC")
    } else {
        text.clone()
    };
    json_parse(&text)
        .map(|value| (value, normalize))
        .map_err(|e| vec![json_error(&e)])
}

/// GET with a timeout; CORS and network errors, HTTP errors and timeouts
/// each get their own message. One async fn (~95 lines) for the reason
/// `mount_now` is one: each async piece split off is a state machine more
/// that readers download.
async fn fetch_text(
    src: &str,
    timeout_ms: u32,
    abort: Option<&web_sys::AbortController>,
) -> Result<(js_sys::JsString, String), Vec<String>> {
    let url = web_sys::Url::new_with_base(src, &page_base())
        .map(|u| u.href())
        .map_err(|_| vec![format!("src: \"{src}\" is not a valid URL")])?;
    let timed_out = Rc::new(Cell::new(false));
    let _timer = abort.map(|controller| {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        Timeout::new(timeout_ms, move || {
            timed_out.set(true);
            controller.abort();
        })
    });
    // The browser's fetch directly (gloo-net's error type would pull
    // serde_json's messages into the wasm). Network errors and 5xx answers
    // are retried once, a second later: both are often momentary. 4xx
    // answers and timeouts are not (a retry would not help, or would double
    // the wait). A load cancelled by unmounting fails like a network error;
    // nobody sees it (the result of an unmounted widget is discarded).
    let init = web_sys::RequestInit::new();
    if let Some(abort) = abort {
        init.set_signal(Some(&abort.signal()));
    }
    let describe = |e: JsValue| {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "request failed".to_owned())
    };
    let seconds = format_seconds(timeout_ms);
    let mut retried = false;
    // The entry script started this request before the wasm arrived.
    let mut prefetched = prefetched(&url, abort);
    let response = loop {
        let attempt = async {
            let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
            let pending = match prefetched.take() {
                Some(response) => response,
                None => window
                    .fetch_with_request(&web_sys::Request::new_with_str_and_init(&url, &init)?),
            };
            wasm_bindgen_futures::JsFuture::from(pending).await
        }
        .await;
        let after = if retried { " (after one retry)" } else { "" };
        match attempt {
            Ok(response) => {
                let response: web_sys::Response = response.unchecked_into();
                if response.ok() {
                    break response;
                }
                if response.status() >= 500 && !retried {
                    retried = true;
                    gloo::timers::future::TimeoutFuture::new(1_000).await;
                    continue;
                }
                return Err(vec![format!(
                    "src: {url} answered HTTP {} {}{after}",
                    response.status(),
                    response.status_text()
                )]);
            }
            Err(_) if timed_out.get() => {
                return Err(vec![format!(
                    "src: {url} did not answer within {seconds} s"
                )]);
            }
            Err(_) if !retried => {
                retried = true;
                gloo::timers::future::TimeoutFuture::new(1_000).await;
            }
            Err(e) => {
                return Err(vec![format!(
                    "src: could not load {url} (network error or the server does not allow cross-origin requests){after}: {}",
                    describe(e)
                )]);
            }
        }
    };
    let text = async { wasm_bindgen_futures::JsFuture::from(response.text()?).await }
        .await
        .map_err(|e| {
            if timed_out.get() {
                vec![format!("src: {url} did not answer within {seconds} s")]
            } else {
                vec![format!("src: could not read {url}: {}", describe(e))]
            }
        })?
        .unchecked_into::<js_sys::JsString>();
    Ok((text, url))
}

/// The widget's words for `host`: its UI language's, where they are neither
/// Vietnamese nor English loaded from `embed.js` (which fetches `i18n.json`,
/// pinned by its SHA-384, usually already on its way since the page loaded;
/// one that does not come leaves English, and embed.js warns), then the
/// host's own: its `<script type="application/hc-words+json">` child, an
/// array of every string (what `render` writes: no request then) or an
/// object of some by name, and its `i18n` (or `data-i18n`) attribute, an
/// object of some by name (the JS API's `mount(el, data, { i18n })` sets
/// it). Later wins.
pub async fn words(host: &Element, content_language: &str) -> &'static crate::i18n::Strings {
    use crate::i18n::{overridden, strings, Strings, EN};
    let ui = super::host::ui_language(host).unwrap_or_else(|| content_language.to_owned());
    let script = host
        .query_selector(crate::markup::WORDS_DATA)
        .ok()
        .flatten()
        .and_then(|s| json_parse(&s.text_content().unwrap_or_default().into()).ok());
    let mut t = match script.as_ref().filter(|s| js_sys::Array::is_array(s)) {
        Some(all) => {
            let all = js_sys::Array::from(all);
            &*Box::leak(Box::new(Strings::from_indexed(&EN, |i| {
                all.get(i as u32).as_string()
            })))
        }
        None => {
            if crate::i18n::missing(&ui) {
                // Absent (a page that removed it): English.
                if let Ok(loading) = load_words(&ui) {
                    if let Ok(table) = wasm_bindgen_futures::JsFuture::from(loading).await {
                        if js_sys::Array::is_array(&table) && crate::i18n::missing(&ui) {
                            let table = js_sys::Array::from(&table);
                            let get = |i: usize| table.get(i as u32).as_string();
                            crate::i18n::register(&ui, Strings::from_indexed(&EN, get));
                        }
                    }
                }
            }
            strings(&ui)
        }
    };
    let attribute = host
        .setting("i18n")
        .and_then(|a| json_parse(&a.into()).ok());
    for some in [script, attribute].into_iter().flatten() {
        if some.is_object() && !js_sys::Array::is_array(&some) {
            t = overridden(t, |name| {
                js_sys::Reflect::get(&some, &name.into()).ok()?.as_string()
            });
        }
    }
    t
}

/// The response the entry script (`embed.js`) requested for `url` when the
/// page loaded, if any, handed over once; aborting `abort` cancels it.
fn prefetched(url: &str, abort: Option<&web_sys::AbortController>) -> Option<js_sys::Promise> {
    let store = js_sys::Reflect::get(
        &gloo::utils::window(),
        &JsValue::from_str(crate::markup::PREFETCH_GLOBAL),
    )
    .ok()
    .filter(|s| s.is_object())?;
    let take: js_sys::Function = js_sys::Reflect::get(&store, &JsValue::from_str("take"))
        .ok()?
        .dyn_into()
        .ok()?;
    let signal = abort.map_or(JsValue::UNDEFINED, |a| a.signal().into());
    take.call2(&store, &JsValue::from_str(url), &signal)
        .ok()?
        .dyn_into()
        .ok()
}

/// "1.5" for 1500 ms, without float formatting (which costs ~15 KB of wasm).
fn format_seconds(ms: u32) -> String {
    let tenths = (ms + 50) / 100;
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// The live DOM, for the plain-HTML reader.
impl HtmlElement for Element {
    fn tag(&self) -> String {
        self.local_name()
    }
    fn attr(&self, name: &str) -> Option<String> {
        self.get_attribute(name)
    }
    fn child_elements(&self) -> Vec<Self> {
        let children = self.children();
        (0..children.length())
            .filter_map(|i| children.item(i))
            .collect()
    }
    fn text(&self) -> String {
        self.text_content().unwrap_or_default()
    }
    fn child_nodes(&self) -> Vec<html::HtmlNode<Self>> {
        let nodes = web_sys::Node::child_nodes(self);
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .filter_map(|node| match node.node_type() {
                web_sys::Node::TEXT_NODE | web_sys::Node::CDATA_SECTION_NODE => {
                    node.node_value().map(html::HtmlNode::Text)
                }
                web_sys::Node::ELEMENT_NODE => node.dyn_into().ok().map(html::HtmlNode::Element),
                _ => None,
            })
            .collect()
    }
    type Json = JsValue;
    fn parse_json(text: &str) -> Result<JsValue, String> {
        json_parse(&text.into()).map_err(|e| json_error(&e))
    }
}
