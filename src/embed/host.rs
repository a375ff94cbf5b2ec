//! The host element's shadow root: the widget's styles live there and the
//! page's cannot reach in. While data loads (and after unmounting) the root
//! holds only a `<slot>`, so the host's own content — a loading line, or the
//! plain-HTML cards — stays visible.

use crate::components::{Layout, Theme};
use crate::{hydration, markup};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The stylesheet, compiled in so one script tag is the whole embed.
use crate::components::STYLES as CSS;

thread_local! {
    /// One constructed sheet shared by every widget on the page.
    static SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
}

/// Gives the host an open shadow root with the widget's styles and a slot.
/// `None` when the element cannot have a shadow root (e.g. `<img>`, `<p>`).
pub fn prepare(host: &Element) -> Option<()> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    adopt_styles(&root);
    if root.query_selector("slot").ok().flatten().is_none() {
        let slot = gloo::utils::document().create_element("slot").ok()?;
        root.replace_children_with_node_1(&slot);
        adopt_fallback_style(&root);
    }
    Some(())
}

/// A fresh container (`.hc-mount`) for the widget's cards or its message.
pub fn mount_element() -> Option<Element> {
    let container = gloo::utils::document().create_element("div").ok()?;
    container.set_class_name(markup::MOUNT_CLASS);
    Some(container)
}

/// Markup prerendered by `highlight-cards render` (a declarative shadow root
/// holding a `div.hc-mount`), if the host has some — with, when it must not
/// be hydrated, why not (see `crate::hydration`). Any `div` with content
/// directly in a shadow root that has no `<slot>` counts: a sanitiser may
/// have stripped its attributes, and then it is rendered afresh in place.
pub fn prerendered(host: &Element) -> Option<(Element, Result<(), String>)> {
    let root = host.shadow_root()?;
    if root.query_selector("slot").ok().flatten().is_some() {
        return None;
    }
    let children = root.children();
    let mount = (0..children.length())
        .filter_map(|i| children.item(i))
        .find(|el| el.local_name() == "div" && el.has_child_nodes())?;
    let data = host
        .query_selector(markup::INLINE_DATA)
        .ok()
        .flatten()
        .and_then(|script| script.text_content())
        .unwrap_or_default();
    let attr = |name: &str| host.get_attribute(name).unwrap_or_default();
    let inputs = hydration::inputs(
        &data,
        &attr("layout"),
        &attr("theme"),
        &attr("lang"),
        &attr("share"),
        dir(host).unwrap_or(""),
    );
    let mut shape = hydration::Shape::default();
    shape_of(&mount, &mut shape);
    let stamp = mount.get_attribute(markup::STAMP_ATTR).unwrap_or_default();
    let verdict = hydration::Stamp::check(&stamp, inputs, shape.finish());
    Some((mount, verdict))
}

/// Walks markup as `ssr::shape_of` walks the server's: elements and comments.
pub(crate) fn shape_of(parent: &web_sys::Node, shape: &mut hydration::Shape) {
    let mut node = parent.first_child();
    while let Some(n) = node {
        match n.node_type() {
            web_sys::Node::ELEMENT_NODE => {
                shape.open(&n.unchecked_ref::<Element>().local_name());
                shape_of(&n, shape);
                shape.close();
            }
            web_sys::Node::COMMENT_NODE => shape.comment(&n.text_content().unwrap_or_default()),
            _ => {}
        }
        node = n.next_sibling();
    }
}

/// Prerendered markup, once hydrated: the adopted sheet turns on the controls
/// its inline styles kept off (see `components::NOT_LIVE`).
pub fn go_live(host: &Element) {
    if let Some(root) = host.shadow_root() {
        adopt_styles(&root);
    }
}

/// Swaps the slot (fallback content) for the rendered widget.
pub fn show(host: &Element, container: &Element) {
    if let Some(root) = host.shadow_root() {
        root.replace_children_with_node_1(container);
        adopt_fallback_style(&root);
    }
}

/// Whether what reached the page in the host is something to read: a
/// heading, photo, list item, figure or link, or at least 80 bytes of
/// text (data scripts, styles and templates do not count; a one-line
/// "loading…" is not content). When the widget cannot build cards, such
/// content is left as it is, not replaced by an error message: whatever a
/// filter or an old copy of the page left there reads better than that.
pub fn has_readable_content(host: &Element) -> bool {
    let text = |el: &web_sys::Node| el.text_content().map_or(0, |t| t.trim().len());
    let mut bytes = text(host);
    if let Ok(data) = host.query_selector_all("script,style") {
        for i in 0..data.length() {
            bytes = bytes.saturating_sub(data.item(i).as_ref().map_or(0, text));
        }
    }
    matches!(
        host.query_selector("h1,h2,h3,h4,h5,h6,img,li,figure,a[href]"),
        Ok(Some(_))
    ) || bytes >= 80
}

/// After unmounting: the host shows its own content again.
pub fn restore(host: &Element) {
    if let Some(root) = host.shadow_root() {
        if let Ok(slot) = gloo::utils::document().create_element("slot") {
            root.replace_children_with_node_1(&slot);
            adopt_fallback_style(&root);
        }
    }
}

/// The widget's language: the host's `lang`, an ancestor's, or Vietnamese.
pub fn language(host: &Element) -> String {
    host.closest("[lang]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"))
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| "vi".to_owned())
}

/// An enumerated attribute (`name` or `data-name`): the matching value, the
/// default when absent, and a console warning for anything else.
fn choice<T: Copy + PartialEq>(host: &Element, name: &str, options: &[(&str, T)], default: T) -> T {
    let value = host
        .get_attribute(name)
        .or_else(|| host.get_attribute(&format!("data-{name}")))
        .unwrap_or_default();
    let value = value.trim().to_ascii_lowercase();
    if value.is_empty() {
        return default;
    }
    match options.iter().find(|(key, _)| *key == value) {
        Some((_, v)) => *v,
        None => {
            let used = options
                .iter()
                .find(|(_, v)| *v == default)
                .map_or("", |(k, _)| k);
            gloo::console::warn!(format!(
                "highlight-cards: {name}=\"{value}\" is not one of {}; using {used}",
                crate::model::join_with(options.iter().map(|(k, _)| *k), ", ")
            ));
            default
        }
    }
}

/// The host's `layout` attribute (`list` when absent).
pub fn layout(host: &Element) -> Layout {
    choice(host, "layout", &Layout::NAMES, Layout::List)
}

/// The host's `theme` attribute (`auto` when absent).
pub fn theme(host: &Element) -> Theme {
    choice(host, "theme", &Theme::NAMES, Theme::Auto)
}

/// The host's `share` attribute: `off` removes the share buttons.
pub fn share(host: &Element) -> bool {
    choice(host, "share", &[("on", true), ("off", false)], true)
}

/// The host's own `lang`, which overrides the data's language for the
/// widget's own words.
pub fn ui_language(host: &Element) -> Option<String> {
    host.get_attribute("lang").filter(|l| !l.trim().is_empty())
}

/// The host's explicit direction, `dir="ltr"` or `dir="rtl"`: it wins over
/// the content language's (anything else, `auto` included, leaves that).
pub fn dir(host: &Element) -> Option<&'static str> {
    let dir = host.get_attribute("dir")?;
    ["ltr", "rtl"]
        .into_iter()
        .find(|d| dir.trim().eq_ignore_ascii_case(d))
}

/// Whether the reader's browser asks for less data (`Save-Data`).
pub fn save_data() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("connection"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("saveData")).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Constructable stylesheets are not subject to a page's `style-src` CSP and
/// are parsed once for all widgets.
fn adopt_styles(root: &ShadowRoot) {
    // try_borrow: this also runs from the panic handler, which must not panic.
    let sheet = SHEET.with(|s| {
        let mut s = s.try_borrow_mut().ok()?;
        if s.is_none() {
            if let Ok(sheet) = web_sys::CssStyleSheet::new() {
                if sheet.replace_sync(CSS).is_ok() {
                    *s = Some(sheet);
                }
            }
        }
        s.clone()
    });
    if let Some(sheet) = sheet {
        let _ = js_sys::Reflect::set(
            root,
            &JsValue::from_str("adoptedStyleSheets"),
            &js_sys::Array::of1(&sheet),
        );
    }
}

/// Browsers without constructable stylesheets get a `<style>` element.
pub fn adopt_fallback_style(root: &ShadowRoot) {
    if SHEET.with(|s| s.try_borrow().is_ok_and(|s| s.is_some())) {
        return;
    }
    let document = gloo::utils::document();
    if let Ok(style) = document.create_element("style") {
        style.set_text_content(Some(CSS));
        let _ = root.prepend_with_node_1(style.unchecked_ref());
    }
}
