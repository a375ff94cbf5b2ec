//! Browser side: finds host elements, gives each a shadow root, loads its
//! data, mounts the widget (or a readable error), and tears it down again.
//!
//! Hosts are `<highlight-cards>` elements and any element with
//! `data-highlight-cards`. Those present at start-up are mounted at once;
//! a `MutationObserver` mounts hosts added later and unmounts removed ones.
//! Every host is independent: its failure is shown inside it and reported
//! in its own `highlight-cards:error` event, and the others go on. One file:
//! the registry of hosts (`MOUNTED`) and all that changes it, JS API included.

mod events;
mod history;
pub(crate) mod host;
mod load;
mod message;
mod panic;
mod pool;

use crate::components::{HighlightCards, HighlightCardsProps, WidgetEvent};
use crate::model::{ModelError, Validated};
use gloo::console;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver, MutationObserverInit};
use yew::Callback;

use crate::sources::html::HOST_SELECTOR;

/// A widget's yew app: rendered (from the reusable pool) or hydrated.
enum App {
    Rendered(pool::Rendered),
    Hydrated(yew::AppHandle<HighlightCards>),
}

impl App {
    /// Parks a rendered app for reuse; destroys a hydrated one.
    fn release(self) {
        match self {
            App::Rendered(rendered) => pool::park(rendered),
            App::Hydrated(app) => app.destroy(),
        }
    }
}

/// One mounted (or loading) host.
struct Mounted {
    token: u32,
    host: Element,
    /// The cards' yew app; `None` while loading and for an error message.
    app: Option<App>,
    view_observer: Option<events::ViewObserver>,
    abort: Option<web_sys::AbortController>,
    /// The name its deep links answer to, unique on the page: the
    /// collection's id, or what `claim_anchor` chose instead. (Its element
    /// ids start with the host's own `id` when it has one.)
    anchor: Option<String>,
}

/// The document observer and its callback, kept alive for the page's lifetime.
type DocumentObserver = (MutationObserver, Closure<dyn FnMut(js_sys::Array)>);

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static NEXT_TOKEN: Cell<u32> = const { Cell::new(1) };
    static OBSERVER: RefCell<Option<DocumentObserver>> = const { RefCell::new(None) };
    /// The host and element id of the card the page's fragment links to
    /// (one fragment, one card: see `keep_linked_in_view`).
    static LINKED: RefCell<Option<(Element, String)>> = const { RefCell::new(None) };
}

/// The reader's entry. Not in the editor's build (`editor` feature), which
/// has its own (`src/bin/editor.rs`) and mounts no hosts.
#[cfg_attr(not(feature = "editor"), wasm_bindgen(start))]
#[cfg_attr(feature = "editor", allow(dead_code))]
fn start() {
    panic::install();
    // Two embed snippets from different URLs load two copies of the wasm:
    // the first auto-mounts, the second only serves its JS API.
    let window = gloo::utils::window();
    let flag = JsValue::from_str(crate::markup::AUTO_MOUNT_GLOBAL);
    if js_sys::Reflect::has(&window, &flag).unwrap_or(false) {
        return;
    }
    let _ = js_sys::Reflect::set(&window, &flag, &JsValue::TRUE);
    let document = gloo::utils::document();
    mount_matching(
        &document
            .document_element()
            .map(Into::into)
            .unwrap_or_else(|| document.clone().into()),
    );
    observe_document(&document);
    events::watch_page();
}

/// Mounts every host element at or under `root` that is not mounted yet.
fn mount_matching(root: &web_sys::Node) {
    if let Some(el) = root.dyn_ref::<Element>() {
        if el.matches(HOST_SELECTOR).unwrap_or(false) && !is_mounted(el) {
            spawn_mount(el.clone(), None);
        }
        if let Ok(list) = el.query_selector_all(HOST_SELECTOR) {
            for i in 0..list.length() {
                if let Some(host) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    if !is_mounted(&host) {
                        spawn_mount(host, None);
                    }
                }
            }
        }
    }
}

fn observe_document(document: &web_sys::Document) {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(|records: js_sys::Array| {
        // Hosts taken out of the document are unmounted (a host that was only
        // moved is still connected and stays mounted).
        let gone: Vec<Element> = MOUNTED.with(|m| {
            m.borrow()
                .iter()
                .filter(|m| !m.host.is_connected())
                .map(|m| m.host.clone())
                .collect()
        });
        for host in gone {
            unmount_host(&host);
        }
        for record in records.iter() {
            let record: web_sys::MutationRecord = record.unchecked_into();
            let added = record.added_nodes();
            for i in 0..added.length() {
                if let Some(node) = added.item(i) {
                    if node.is_connected() {
                        mount_matching(&node);
                    }
                }
            }
        }
    });
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    let init = MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    if let Some(root) = document.document_element() {
        if observer.observe_with_options(&root, &init).is_ok() {
            OBSERVER.with(|o| *o.borrow_mut() = Some((observer, callback)));
        }
    }
}

fn is_mounted(host: &Element) -> bool {
    MOUNTED.with(|m| m.borrow().iter().any(|m| m.host.is_same_node(Some(host))))
}

fn token_of(host: &Element) -> Option<u32> {
    MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .find(|m| m.host.is_same_node(Some(host)))
            .map(|m| m.token)
    })
}

/// Registers the host at once (so observers do not mount it twice).
fn register(host: &Element) -> (u32, Option<web_sys::AbortController>) {
    let token = NEXT_TOKEN.with(|t| {
        let v = t.get();
        t.set(v.wrapping_add(1));
        v
    });
    let abort = web_sys::AbortController::new().ok();
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            token,
            host: host.clone(),
            app: None,
            view_observer: None,
            abort: abort.clone(),
            anchor: None,
        })
    });
    (token, abort)
}

/// Registers the host, then loads and renders in the background.
fn spawn_mount(host: Element, data: Option<JsValue>) {
    let (token, abort) = register(&host);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = mount_now(host, token, data, abort).await;
    });
}

/// Loads the host's data and renders it; `Err`: the messages shown. One long async fn
/// on purpose: split in three (+275 B gzip, a state machine each) readers pay.
async fn mount_now(
    host: Element,
    token: u32,
    data: Option<JsValue>,
    abort: Option<web_sys::AbortController>,
) -> Result<(), Vec<String>> {
    if panic::stopped() {
        let message = "internal error: an earlier error stopped the widgets on this page";
        host::prepare(&host);
        panic::show_stopped(&host, message);
        return Err(vec![message.to_owned()]);
    }
    // Prerendered by `highlight-cards render`: hydrate the markup in place
    // when it is known to match (see `crate::hydration`), else render afresh
    // in its place, all cards at once, and say why.
    let prerendered = data.is_none().then(|| host::prerendered(&host)).flatten();
    if let Some((mount, verdict)) = prerendered {
        match load::from_host(&host, None).await {
            Ok((mut validated, same)) if token_of(&host) == Some(token) => {
                // The file at `src` changed since `render --src`: its data is
                // other data than the markup was rendered from.
                let verdict = match same {
                    true => verdict,
                    false => crate::hydration::Stamp::check(crate::hydration::OTHER_INPUTS, 1, 0),
                };
                let mount = match verdict {
                    Ok(()) => Some(mount),
                    Err(message) => {
                        validated.warnings.push(ModelError {
                            path: String::new(),
                            message,
                            position: None,
                        });
                        host::go_live(&host);
                        None
                    }
                };
                let words = load::words(&host, &validated.collection.language).await;
                settled(show_cards(&host, mount, token, validated, false, words)).await;
                return Ok(());
            }
            Ok(_) => return Ok(()),
            // Bad inline data: the prerendered markup stays as it is (it
            // reads on its own, controls hidden); the console and the error
            // event say why. Without markup, fall through to the message.
            Err(errors) if mount.has_child_nodes() => {
                for e in &errors {
                    console::error!(format!("highlight-cards: {e}"));
                }
                events::error(&host, &errors);
                return Err(errors);
            }
            Err(_) => {}
        }
    }
    let shadow_root = host::prepare(&host);
    let language = host::language(&host);
    let result = match data {
        Some(value) => load::from_value(value, &host).await,
        None => load::from_host(&host, abort.as_ref())
            .await
            .map(|(validated, _)| validated),
    };
    // Unmounted (or re-mounted) while loading: render nothing. Stopped by a
    // panic meanwhile: the host already shows why.
    if token_of(&host) != Some(token) || panic::stopped() {
        return Ok(());
    }
    if shadow_root.is_none() {
        let errors = vec![
            "this element cannot hold a shadow root; use <highlight-cards> or a <div>".to_owned(),
        ];
        events::error(&host, &errors);
        return Err(errors);
    }
    match result {
        Ok(mut validated) => {
            // Markup for a declarative shadow root, left in the light DOM (a
            // browser without them, or `shadowrootmode` stripped): unused.
            if let Ok(Some(_)) = host.query_selector(":scope > template") {
                validated.warnings.push(ModelError {
                    path: String::new(),
                    message: "prerendered markup is not in a shadow root (<template shadowrootmode> changed, or a browser without declarative shadow DOM); rendered afresh from its data".to_owned(),
                    position: None,
                });
            }
            let words = load::words(&host, &validated.collection.language).await;
            if token_of(&host) != Some(token) {
                return Ok(());
            }
            settled(show_cards(&host, None, token, validated, true, words)).await;
            Ok(())
        }
        Err(errors) => {
            for e in &errors {
                console::error!(format!("highlight-cards: {e}"));
            }
            // JavaScript never makes it worse: readable content the host
            // already has (a filter's leftovers, a fallback link) stays as
            // it is, shown through the slot; the message is only for a host
            // with nothing to read.
            if !host::has_readable_content(&host) {
                let t = load::words(&host, &language).await;
                // Readers get words, not diagnostics: a source that did not
                // load (every such message starts "src:") is a loading
                // failure; the details are in the console and the error
                // event, and in the box only under the host's opt-in `debug`
                // attribute.
                let words = if errors.iter().any(|e| e.starts_with("src:")) {
                    (t.load_title, t.load_hint)
                } else {
                    (t.error_title, t.error_hint)
                };
                let debug = host.has_attribute("debug") || host.has_attribute("data-debug");
                let details: &[String] = if debug { &errors } else { &[] };
                if let Some(container) = host::mount_element() {
                    if let Some(view) = message::error_box(&language, words, details) {
                        let _ = container.append_child(&view);
                    }
                    host::show(&host, &container);
                }
            }
            MOUNTED.with(|m| {
                if let Some(m) = m.borrow_mut().iter_mut().find(|m| m.token == token) {
                    m.abort = None;
                }
            });
            events::error(&host, &errors);
            Err(errors)
        }
    }
}

/// The one place a widget's events reach the page (see `WidgetEvent`), and
/// the receiver that hears when its cards are all in (`ready`).
fn widget_events(
    host: &Element,
    collection: &Rc<crate::model::Valid>,
    warnings: Vec<crate::model::ModelError>,
    hydrated: bool,
) -> (
    Callback<WidgetEvent>,
    futures_channel::oneshot::Receiver<()>,
) {
    let (settle, settled) = futures_channel::oneshot::channel();
    let on_event = {
        let (host, collection) = (host.clone(), collection.clone());
        let settle = RefCell::new(Some(settle));
        let viewer = RefCell::new(history::ViewerEntry::default());
        Callback::from(move |event| match event {
            // Once, when the cards first all are in (long lists arrive a
            // slice per task; a later layout switch completes again).
            WidgetEvent::Complete if settle.borrow_mut().take().is_some() => {
                if hydrated {
                    // Hydrated and listening: offer the controls.
                    host::go_live(&host);
                }
                keep_linked_in_view();
                events::ready(&host, &collection.id, collection.cards.len(), &warnings);
            }
            WidgetEvent::Complete => {}
            WidgetEvent::ViewerOpened(close) => viewer.borrow_mut().opened(close),
            WidgetEvent::ViewerClosed => viewer.borrow_mut().closed(),
        })
    };
    (on_event, settled)
}

/// Renders the cards in the host (in a reused app, see `pool.rs`) — or
/// hydrates the `prerendered` markup — and observes them; `ready` comes
/// from the widget's own `Complete` event. The receiver hears then — or,
/// its sender dropped with the widget's callback, when the widget is
/// unmounted first — so that no `mount()` call and no task waits for ever.
fn show_cards(
    host: &Element,
    prerendered: Option<Element>,
    token: u32,
    validated: Validated,
    progressive: bool,
    words: &'static crate::i18n::Strings,
) -> Option<futures_channel::oneshot::Receiver<()>> {
    let Validated {
        collection,
        warnings,
    } = validated;
    for w in &warnings {
        console::warn!(format!("highlight-cards #{}: {w}", collection.id));
    }
    let hydrated = prerendered.is_some();
    // Links shared with the collection's id land here while the host's own
    // `id` (when it has one) names the cards; a prerendered widget keeps
    // the ids its markup was rendered with.
    let claimed = claim_anchor(token, &collection.id);
    let own = host.id();
    let anchor = if own.is_empty() || hydrated {
        claimed.clone()
    } else {
        own
    };
    let collection = Rc::new(collection);
    let (on_event, settled) = widget_events(host, &collection, warnings, hydrated);
    let initial_card = history::linked_card([&anchor, &claimed]);
    if let Some(n) = initial_card {
        LINKED.with(|l| {
            *l.borrow_mut() = Some((host.clone(), crate::components::card_id(&anchor, n)))
        });
    }
    let props = HighlightCardsProps {
        initial_card,
        anchor: Some(anchor.clone().into()),
        share: host::share(host),
        collection: collection.clone(),
        layout: host::layout(host),
        theme: host::theme(host),
        ui_language: host::ui_language(host).map(Into::into),
        dir: host::dir(host).map(Into::into),
        words: Some(words),
        // Hydration: as the server rendered it, since the first render must match.
        save_data: !hydrated && host::save_data(),
        progressive: progressive && !hydrated,
        on_event: Some(on_event),
    };
    let (container, app) = if let Some(mount) = prerendered {
        let app = yew::Renderer::<HighlightCards>::with_root_and_props(mount.clone(), props);
        (mount, App::Hydrated(app.hydrate()))
    } else {
        let rendered = pool::render(props)?;
        host::show(host, &rendered.root);
        (rendered.root.clone(), App::Rendered(rendered))
    };
    // Cards in the DOM now and added later (yew renders in its own task,
    // long lists a slice at a time) are all observed.
    let view_observer = events::ViewObserver::new(host, &container, collection, anchor);
    let mut app = Some(app);
    MOUNTED.with(|m| {
        if let Some(entry) = m.borrow_mut().iter_mut().find(|m| m.token == token) {
            entry.app = app.take();
            entry.abort = None;
            entry.view_observer = view_observer;
        }
    });
    if let Some(app) = app {
        // Unmounted meanwhile.
        app.release();
    }
    Some(settled)
}

/// A widget has all its cards in, so the page may have grown above a card
/// that a deep link brought into view (widgets load in any order): until
/// the reader acts, it is brought into view again — as browsers keep a
/// fragment of the page itself in view while it loads (scroll anchoring
/// alone did not hold it on a phone).
fn keep_linked_in_view() {
    LINKED.with(|l| {
        if let (Some((host, id)), false) = (&*l.borrow(), history::INTERACTED.with(Cell::get)) {
            if let Some(card) = host.shadow_root().and_then(|r| r.get_element_by_id(id)) {
                card.scroll_into_view();
            }
        }
    });
}

/// Waits for [`show_cards`]' receiver.
async fn settled(done: Option<futures_channel::oneshot::Receiver<()>>) {
    if let Some(done) = done {
        let _ = done.await;
    }
}

/// The name a widget's deep links answer to: the collection's id, unless a
/// widget already on the page uses it (two widgets showing one collection
/// would otherwise share ids and both follow one deep link), then
/// `<id>_2`, `<id>_3`… It prefixes the widget's element ids too, unless
/// the host has an `id` of its own (see `show_cards`).
fn claim_anchor(token: u32, collection_id: &str) -> String {
    MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let taken = |a: &str| m.iter().any(|w| w.anchor.as_deref() == Some(a));
        let anchor = if !taken(collection_id) {
            collection_id.to_owned()
        } else {
            (2u32..)
                .map(|n| format!("{collection_id}_{n}"))
                .find(|a| !taken(a))
                .unwrap_or_default()
        };
        if let Some(w) = m.iter_mut().find(|w| w.token == token) {
            w.anchor = Some(anchor.clone());
        }
        anchor
    })
}

/// Unmounts a host: destroys the app, disconnects observers, cancels a
/// pending fetch, and shows the host's own content again.
fn unmount_host(host: &Element) -> bool {
    let entry = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let i = m.iter().position(|m| m.host.is_same_node(Some(host)))?;
        Some(m.remove(i))
    });
    let Some(entry) = entry else { return false };
    if let Some(abort) = entry.abort {
        abort.abort();
    }
    drop(entry.view_observer);
    if let Some(app) = entry.app {
        app.release();
    }
    host::restore(host);
    true
}

/// JS API: mounts the widget on `element`. `data` is optional: a collection
/// object or JSON text; without it the element's own source is used
/// (`src`/`data-src`, inline JSON, or plain HTML). Mounting an element that
/// is already mounted replaces it. Resolves when rendered; rejects with the
/// error messages (readers see a short message at most; these only under
/// the host's `debug` attribute).
#[wasm_bindgen(js_name = mount)]
pub async fn mount_js(element: Element, data: JsValue) -> Result<(), JsValue> {
    unmount_host(&element);
    let data = (!data.is_undefined() && !data.is_null()).then_some(data);
    let (token, abort) = register(&element);
    mount_now(element, token, data, abort)
        .await
        .map_err(|errors| {
            js_sys::Error::new(&crate::model::join_with(
                errors.iter().map(String::as_str),
                "\n",
            ))
            .into()
        })
}

/// JS API: unmounts the widget from `element`, removing its listeners and
/// observers. Returns whether anything was mounted there.
#[wasm_bindgen(js_name = unmount)]
pub fn unmount_js(element: Element) -> bool {
    unmount_host(&element)
}

/// JS API: how many widgets are mounted (diagnostics and tests).
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> u32 {
    MOUNTED.with(|m| m.borrow().len() as u32)
}

/// Diagnostics: panics with `message`, as a bug would, to exercise the panic
/// handler (the browser tests call it; see `panic.rs`). Only in builds with
/// the `test-hooks` feature: in a release any script on the page could call
/// it to stop every widget.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = _panicForTesting)]
pub fn panic_for_testing(message: String) {
    panic!("{message}");
}
