//! The plain-HTML markup written from a collection: what [`html`](crate::sources::html)
//! reads, so the editor can hand a newsroom markup that readers without
//! JavaScript (and search engines) see as the cards, and that the widget
//! upgrades in place. `read(write(c))` gives `c` back whole (tested in `tests.rs`
//! and by `model::fields`' `the_plain_form_carries_every_field`):
//! what the markup does not show travels in the host's `data-rest` (see
//! [`rest_json`](crate::sources::html_write::rest_json)).

use crate::model::inline::{self, Inline};
use crate::model::{Card, Collection, Credit, Photo};
use std::fmt::Write;

/// Escapes text for HTML content and double-quoted attributes.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A body paragraph's inline syntax as `<a>`, `<em>`, `<strong>`.
fn inline_html(nodes: &[Inline], out: &mut String) {
    for node in nodes {
        match node {
            Inline::Text(t) => out.push_str(&esc(t)),
            Inline::Emphasis(c) => {
                out.push_str("<em>");
                inline_html(c, out);
                out.push_str("</em>");
            }
            Inline::Strong(c) => {
                out.push_str("<strong>");
                inline_html(c, out);
                out.push_str("</strong>");
            }
            Inline::Link { href, children } => {
                let _ = write!(out, "<a href=\"{}\">", esc(href));
                inline_html(children, out);
                out.push_str("</a>");
            }
        }
    }
}

/// A credit as a caption ends with it, "(Ảnh: Trí Dũng/TTXVN)", labelled
/// in the content's language: the reader splits it off again.
fn credit_text(credit: &Credit, language: &str) -> String {
    // As written; a credit given as parts gets the content language's word
    // (every shipped language's reads back: see the credit tests).
    let (label, who) = credit.parts_in(language);
    format!("({label}{who})")
}

fn photo_html(p: &Photo, language: &str, out: &mut String) {
    let mut img = format!("<img src=\"{}\"", esc(&p.src));
    if let Some(srcset) = &p.srcset {
        let _ = write!(img, " srcset=\"{}\"", esc(&srcset.text()));
    }
    if let Some(sizes) = &p.sizes {
        let _ = write!(img, " sizes=\"{}\"", esc(sizes));
    }
    // The width alone: a page whose CSS has `img { max-width: 100% }`
    // without `height: auto` (a common reset) would squash a photo with a
    // `height` attribute; with the width only, the browser keeps the
    // photo's own ratio. The height travels apart, for the widget.
    if let Some(w) = p.width {
        let _ = write!(img, " width=\"{w}\"");
    }
    if let Some(h) = p.height {
        let _ = write!(img, " data-height=\"{h}\"");
    }
    // Lazy: beside a shadow root (`render`'s output) this copy is never
    // drawn, so it never loads — no photo is fetched twice.
    let _ = write!(
        img,
        " alt=\"{}\" loading=\"lazy\">",
        esc(p.alt.as_deref().unwrap_or(""))
    );
    let _ = write!(out, "    <figure>{img}");
    let caption = match (&p.caption, &p.credit) {
        (Some(c), Some(credit)) => Some(format!("{c} {}", credit_text(credit, language))),
        (Some(c), None) => Some(c.clone()),
        (None, Some(credit)) => Some(credit_text(credit, language)),
        (None, None) => None,
    };
    if let Some(caption) = caption {
        let _ = write!(out, "<figcaption>{}</figcaption>", esc(&caption));
    }
    out.push_str("</figure>\n");
}

fn card_html(card: &Card, number: u32, language: &str, out: &mut String) {
    let _ = write!(out, "  <section data-number=\"{number}\"");
    if let Some(section) = &card.section {
        let _ = write!(out, " data-section=\"{}\"", esc(section));
    }
    out.push_str(">\n");
    // The kicker after the headline: a card starts at its numbered heading
    // (see `html::find_cards`).
    let _ = writeln!(out, "    <h3>{number}. {}</h3>", esc(&card.headline));
    if let Some(kicker) = &card.kicker {
        let _ = writeln!(out, "    <p data-kicker>{}</p>", esc(kicker));
    }
    if let Some(photo) = &card.photo {
        photo_html(photo, language, out);
    }
    for paragraph in &card.body {
        out.push_str("    <p>");
        inline_html(&inline::parse(paragraph), out);
        out.push_str("</p>\n");
    }
    out.push_str("  </section>\n");
}

/// The widget's plain-HTML markup for `c` (`render --plain`, the editor's
/// "plain HTML"): a `<highlight-cards>` host holding the title, kicker,
/// intro, one `<section>` per card and the attribution. Written for the
/// places an article's HTML goes through (see `docs/cms.md`):
///
/// - each number is text in its headline ("3. …"), so it reads where a
///   page's CSS hides list markers, and nowhere twice;
/// - every element and attribute is one a CMS's post filter keeps, and the
///   cards still read (and the widget still finds them) when a filter drops
///   the `<section>`s, the `data-*` attributes or the host itself;
/// - credits are caption text, as editors write them;
/// - photos carry `width` but not `height` (see `photo_html`);
/// - the attribution is a paragraph: reader views drop `<footer>`.
pub fn write(c: &Collection) -> String {
    let rest = rest_json(c)
        .map(|json| format!(" data-rest=\"{}\"", esc(&json)))
        .unwrap_or_default();
    // Right to left for readers without the widget too (it reads the
    // attribute back as the host's explicit direction, the same one).
    let dir = if crate::i18n::is_rtl(&c.language) {
        " dir=\"rtl\""
    } else {
        ""
    };
    format!(
        "<highlight-cards id=\"{}\" lang=\"{}\"{dir}{rest}>\n{}</highlight-cards>\n",
        esc(&c.id),
        esc(&c.language),
        content(c)
    )
}

/// The inside of [`write()`]'s host: the light DOM that `render` also puts
/// beside its shadow root, so reader views and feeds (which never see a
/// shadow root) read the cards, once.
pub fn content(c: &Collection) -> String {
    let mut out = String::new();
    if let Some(kicker) = &c.kicker {
        let _ = writeln!(out, "  <p data-kicker>{}</p>", esc(kicker));
    }
    let _ = writeln!(out, "  <h2>{}</h2>", esc(&c.title));
    if let Some(intro) = &c.intro {
        let _ = writeln!(out, "  <p>{}</p>", esc(intro));
    }
    let mut previous = 0;
    for card in &c.cards {
        // As the widget numbers them: written, else one more than the last.
        let number = card.number.unwrap_or(previous + 1);
        previous = number;
        card_html(card, number, &c.language, &mut out);
    }
    if let Some(attribution) = &c.attribution {
        let _ = writeln!(
            out,
            "  <p data-attribution>({})</p>",
            esc(attribution.trim_start_matches('(').trim_end_matches(')'))
        );
    }
    out
}

/// The collection's fields that the markup does not show
/// ([`fields::rest`](crate::model::fields::rest): section, dateline, published,
/// byline, source, read-more), as the JSON object [`write()`] puts in the
/// host's `data-rest` for the widget; `None` when the collection has none.
pub fn rest_json(c: &Collection) -> Option<String> {
    let rest = rest(c);
    (!rest.is_empty()).then(|| serde_json::Value::Object(rest).to_string())
}

fn rest(c: &Collection) -> serde_json::Map<String, serde_json::Value> {
    let Ok(serde_json::Value::Object(mut all)) = serde_json::to_value(c) else {
        return serde_json::Map::new();
    };
    all.retain(|key, _| crate::model::fields::rest().any(|name| name == key));
    all
}

/// The names of the collection's fields that travel only in `data-rest`
/// (see [`rest_json`]): a filter that drops `data-*` attributes drops them.
pub fn only_in_data_rest(c: &Collection) -> Vec<&'static str> {
    let rest = rest(c);
    crate::model::fields::rest()
        .filter(|name| rest.contains_key(*name))
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
