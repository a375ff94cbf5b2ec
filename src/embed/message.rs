//! The message a widget shows instead of cards: bad data, a failed load,
//! or (see `panic.rs`) an internal error. Built with plain DOM calls rather
//! than a yew component so the same box works after a panic, when yew can
//! no longer be trusted, and so there is one error path.

use web_sys::Element;

/// `<div class="hc hc-error" part="error" role="alert">` with a title, a
/// hint, and (only when `details` is not empty: the host's `debug`
/// attribute) one `<code>` line per problem, each naming its JSON path.
pub fn error_box(
    language: &str,
    (title, hint): (&str, &str),
    details: &[String],
) -> Option<Element> {
    let document = gloo::utils::document();
    let el = |tag: &str, class: &str, text: &str| -> Option<Element> {
        let e = document.create_element(tag).ok()?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        if !text.is_empty() {
            e.set_text_content(Some(text));
        }
        Some(e)
    };
    let alert = el("div", "hc hc-error", "")?;
    for (name, value) in [("part", "error"), ("role", "alert"), ("lang", language)] {
        alert.set_attribute(name, value).ok()?;
    }
    let list = el("ul", "hc-error-list", "")?;
    for detail in details {
        let item = el("li", "", "")?;
        let code = el("code", "", detail)?;
        item.append_child(&code).ok()?;
        list.append_child(&item).ok()?;
    }
    let title = el("p", "hc-error-title", title)?;
    let hint = el("p", "hc-error-hint", hint)?;
    alert.append_with_node_2(&title, &hint).ok()?;
    if !details.is_empty() {
        alert.append_child(&list).ok()?;
    }
    Some(alert)
}
