//! Native rendering through yew's server renderer, with the same components
//! the browser mounts — one rendering path. The CLI's `render` prints
//! [`prerender`]'s output for pasting into a page, the editor's export is
//! [`prerender_with`]'s; the component tests use [`render`] (`render_blocking`).
//! One file: everything the prerendered fragment holds is put together here.

use crate::components::{HighlightCards, HighlightCardsProps, Layout, Theme, NOT_LIVE, STYLES};
use crate::hydration;
use crate::markup::{MOUNT_CLASS, STAMP_ATTR};
use crate::model::{inline, Collection, CreditKind, Valid};
use std::rc::Rc;

/// How the prerendered widget is set up (the host element's attributes).
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// `layout` attribute.
    pub layout: Layout,
    /// `theme` attribute.
    pub theme: Theme,
    /// `lang` attribute: language of the widget's own words.
    pub ui_language: Option<String>,
    /// `src`, with the text of the file published there (`render --src`):
    /// the host loads it on every page view, and the inline JSON is that
    /// text, so the widget hydrates while the file is unchanged and renders
    /// its new data afresh once it has changed.
    pub src: Option<(String, String)>,
    /// `share="off"`: no share buttons.
    pub share_off: bool,
    /// `dir` attribute, `ltr` or `rtl`: the direction of the content when it
    /// is not its language's (see [`crate::i18n::is_rtl`]).
    pub dir: Option<String>,
    /// The host's own words, by name (`render --i18n FILE`): over its UI
    /// language's (see [`crate::i18n::NAMES`]).
    pub words: Vec<(String, String)>,
}

impl RenderOptions {
    /// The widget's words: its UI language's, with the overrides.
    fn strings(&self, content_language: &str) -> &'static crate::i18n::Strings {
        let ui = self.ui_language.as_deref().unwrap_or(content_language);
        let base = crate::i18n::strings(ui);
        if self.words.is_empty() {
            return base;
        }
        crate::i18n::overridden(base, |name| {
            self.words
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, text)| text.clone())
        })
    }
}

fn props(collection: Valid, options: &RenderOptions) -> HighlightCardsProps {
    let words = (!options.words.is_empty()).then(|| options.strings(&collection.language));
    HighlightCardsProps {
        words,
        collection: Rc::new(collection),
        layout: options.layout,
        theme: options.theme,
        ui_language: options.ui_language.clone().map(Into::into),
        dir: options.dir.clone().map(Into::into),
        // The browser's first render must match this one exactly (hydration):
        // Save-Data and deep links take effect after it.
        save_data: false,
        initial_card: None,
        anchor: None,
        share: !options.share_off,
        // Every card in the markup: it is the content.
        progressive: false,
        on_event: None,
    }
}

/// Renders a validated collection to HTML (no hydration markers).
pub async fn render(collection: Valid) -> String {
    render_with(collection, &RenderOptions::default()).await
}

/// [`render`] with the host's options (layout, theme, language, share).
pub async fn render_with(collection: Valid, options: &RenderOptions) -> String {
    yew::LocalServerRenderer::<HighlightCards>::with_props(props(collection, options))
        .hydratable(false)
        .render()
        .await
}

/// [`render`] for callers without an async runtime.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_blocking(collection: Valid) -> String {
    runtime().block_on(render(collection))
}

/// [`render_with`] for callers without an async runtime.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_with_blocking(collection: Valid, options: &RenderOptions) -> String {
    runtime().block_on(render_with(collection, options))
}

#[cfg(not(target_arch = "wasm32"))]
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("tokio runtime")
}

/// The whole widget as a page fragment that shows every card before any
/// script runs and that the script hydrates instead of re-rendering:
///
/// - a `<highlight-cards>` host with a declarative shadow root holding the
///   styles and the hydratable markup (`.hc-mount[data-hydrate]`);
/// - the validated collection as inline JSON (the browser's props);
/// - the widget's words, when neither Vietnamese nor English or overridden;
/// - the cards as plain HTML in the light DOM ([`crate::sources::html_write::content`]),
///   for reader views, feeds and search, which do not see shadow roots;
/// - a schema.org `ItemList` of the cards as JSON-LD, for search engines.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender(collection: Valid, options: &RenderOptions) -> String {
    runtime().block_on(prerender_with(collection, options, shape_of))
}

/// [`prerender`], measuring the rendered markup's shape with `shape`, as a
/// browser will parse it: natively html5ever (`shape_of`), in the editor
/// the browser itself.
pub async fn prerender_with(
    collection: Valid,
    options: &RenderOptions,
    shape: impl Fn(&str) -> u32,
) -> String {
    let data = match &options.src {
        Some((_, text)) => escape_script(crate::sources::without_bom(text)),
        None => escape_script(&serde_json::to_string(&collection).expect("collection serialises")),
    };
    let ld = escape_script(
        &serde_json::to_string_pretty(&item_list(&collection)).expect("json-ld serialises"),
    );
    let id = collection.id.clone();
    // The widget's words, where they are neither Vietnamese nor English or
    // the host overrides some: every string, in the host, so the browser
    // need not load them before hydrating.
    let ui = options
        .ui_language
        .as_deref()
        .unwrap_or(&collection.language);
    let loaded = !matches!(crate::i18n::table_tag(ui), None | Some("vi" | "en"));
    let words = if loaded || !options.words.is_empty() {
        let all = options.strings(&collection.language).to_vec();
        format!(
            "<script type=\"{}\">{}</script>\n",
            crate::markup::WORDS_TYPE,
            escape_script(&serde_json::to_string(&all).expect("strings serialise"))
        )
    } else {
        String::new()
    };
    // The cards once more as plain HTML in the light DOM: a browser shows
    // the shadow root (no <slot>, so this is neither drawn nor heard), while
    // reader views, feeds and other parsers that never see a shadow root
    // read this, once. See docs/cms.md for where this form goes.
    let light = crate::sources::html_write::content(&collection);
    let html = yew::LocalServerRenderer::<HighlightCards>::with_props(props(collection, options))
        .hydratable(true)
        .render()
        .await;
    let mut attrs = format!(" id=\"{}\"", escape_attr(&id));
    let (layout, theme) = (options.layout.to_string(), options.theme.to_string());
    attrs.push_str(&format!(" layout=\"{layout}\" theme=\"{theme}\""));
    if let Some((src, _)) = &options.src {
        attrs.push_str(&format!(" src=\"{}\"", escape_attr(src)));
    }
    if let Some(lang) = &options.ui_language {
        attrs.push_str(&format!(" lang=\"{}\"", escape_attr(lang)));
    }
    let dir = options.dir.as_deref().unwrap_or("");
    if !dir.is_empty() {
        attrs.push_str(&format!(" dir=\"{}\"", escape_attr(dir)));
    }
    let share = if options.share_off { "off" } else { "" };
    if options.share_off {
        attrs.push_str(" share=\"off\"");
    }
    // What the embed checks before hydrating (see `hydration`): the data as
    // the page will hold it, the attributes just written, and the markup.
    let lang = options.ui_language.as_deref().unwrap_or("");
    let stamp = hydration::Stamp::write(
        hydration::inputs(&data, &layout, &theme, lang, share, dir),
        shape(&html),
    );
    format!(
        "<highlight-cards{attrs}>\n<template shadowrootmode=\"open\"><style>{STYLES}{NOT_LIVE}</style><div class=\"{MOUNT_CLASS}\" {STAMP_ATTR}=\"{stamp}\">{html}</div></template>\n<script type=\"application/json\">{data}</script>\n{words}{light}</highlight-cards>\n<script type=\"application/ld+json\">{ld}</script>\n"
    )
}

/// The shape (see [`hydration::Shape`]) of rendered markup as a browser
/// will parse it: html5ever follows the HTML standard's parser.
#[cfg(not(target_arch = "wasm32"))]
fn shape_of(html: &str) -> u32 {
    fn walk(element: scraper::ElementRef<'_>, shape: &mut hydration::Shape) {
        for node in element.children() {
            match node.value() {
                scraper::Node::Element(e) => {
                    shape.open(&e.name.local);
                    if let Some(child) = scraper::ElementRef::wrap(node) {
                        walk(child, shape);
                    }
                    shape.close();
                }
                scraper::Node::Comment(c) => shape.comment(c),
                _ => {}
            }
        }
    }
    let fragment = scraper::Html::parse_fragment(html);
    let mut shape = hydration::Shape::default();
    walk(fragment.root_element(), &mut shape);
    shape.finish()
}

/// A credit's roles as search engines read them (schema.org `ImageObject`):
/// the text as written in `creditText`; photographers as `creator`
/// (`Person`); the agency as `copyrightHolder`, the distributor ("via") as
/// `provider`, the publication ("for") as `sourceOrganization`, each an
/// `Organization`; a source that is a known agency as `provider`. Never an
/// organisation as a `Person`.
fn credit_roles(credit: &crate::model::Credit, language: &str, image: &mut serde_json::Value) {
    use crate::model::credit::is_agency;
    let (label, who) = credit.parts_in(language);
    image["creditText"] = format!("{label}{who}").into();
    let organisation = |name: &str| serde_json::json!({ "@type": "Organization", "name": name });
    match credit.kind {
        CreditKind::Photo if !credit.names.is_empty() => {
            let people: Vec<_> = credit
                .names
                .iter()
                .map(|n| serde_json::json!({ "@type": "Person", "name": n }))
                .collect();
            image["creator"] = people.into();
        }
        CreditKind::Source => {
            let sources: Vec<_> = credit
                .names
                .iter()
                .filter(|n| is_agency(n))
                .map(|n| organisation(n))
                .collect();
            if !sources.is_empty() {
                image["provider"] = sources.into();
            }
        }
        CreditKind::Photo => {}
    }
    if let Some(agency) = &credit.agency {
        image["copyrightHolder"] = organisation(agency);
    }
    if let Some(via) = &credit.via {
        image["provider"] = organisation(via);
    }
    if let Some(publication) = &credit.for_ {
        image["sourceOrganization"] = organisation(publication);
    }
}

/// schema.org `ItemList`: each card a `ListItem` with its name, image,
/// caption and credit.
fn item_list(c: &Collection) -> serde_json::Value {
    let items: Vec<serde_json::Value> = c
        .cards
        .iter()
        .map(|card| {
            let mut item = serde_json::json!({
                "@type": "ListItem",
                "position": card.number(),
                "name": card.headline,
            });
            if let Some(body) = card.body.first() {
                item["description"] = inline::plain_text(&inline::parse(body)).into();
            }
            if let Some(photo) = &card.photo {
                let mut image = serde_json::json!({ "@type": "ImageObject", "contentUrl": photo.largest_src() });
                if let Some(caption) = &photo.caption {
                    image["caption"] = caption.as_str().into();
                }
                if let (Some(w), Some(h)) = (photo.width, photo.height) {
                    image["width"] = w.into();
                    image["height"] = h.into();
                }
                if let Some(credit) = &photo.credit {
                    credit_roles(credit, &c.language, &mut image);
                }
                item["image"] = image;
            }
            item
        })
        .collect();
    serde_json::json!({
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": c.title,
        "inLanguage": c.language,
        "numberOfItems": c.cards.len(),
        "itemListElement": items,
    })
}

/// JSON inside `<script>`: `<` as `\u003c` so no `</script>` or `<!--` can end it.
fn escape_script(json: &str) -> String {
    json.replace('<', "\\u003c")
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
