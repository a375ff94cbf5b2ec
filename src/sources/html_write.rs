//! The plain-HTML markup written from a collection: what [`html`](crate::sources::html)
//! reads, so the editor can hand a newsroom markup that readers without
//! JavaScript (and search engines) see as the cards, and that the widget
//! upgrades in place. `read(write(c))` gives `c` back for every field the
//! markup carries (tested below); [`not_carried`](crate::sources::html_write::not_carried) names the others.

use crate::model::inline::{self, Inline};
use crate::model::{Card, Collection, Photo};
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

fn photo_html(p: &Photo, out: &mut String) {
    let mut img = format!("<img src=\"{}\"", esc(&p.src));
    if let Some(srcset) = &p.srcset {
        let _ = write!(img, " srcset=\"{}\"", esc(&srcset.text()));
    }
    if let Some(sizes) = &p.sizes {
        let _ = write!(img, " sizes=\"{}\"", esc(sizes));
    }
    if let Some(w) = p.width {
        let _ = write!(img, " width=\"{w}\"");
    }
    if let Some(h) = p.height {
        let _ = write!(img, " height=\"{h}\"");
    }
    let _ = write!(img, " alt=\"{}\">", esc(p.alt.as_deref().unwrap_or("")));
    let _ = write!(out, "      <figure>{img}");
    if let Some(caption) = &p.caption {
        let _ = write!(out, "<figcaption>{}</figcaption>", esc(caption));
    }
    out.push_str("</figure>\n");
}

fn card_html(card: &Card, out: &mut String) {
    out.push_str("    <li");
    if let Some(n) = card.number {
        let _ = write!(out, " value=\"{n}\"");
    }
    if let Some(section) = &card.section {
        let _ = write!(out, " data-section=\"{}\"", esc(section));
    }
    out.push_str(">\n");
    if let Some(kicker) = &card.kicker {
        let _ = writeln!(out, "      <p data-kicker>{}</p>", esc(kicker));
    }
    let _ = writeln!(out, "      <h3>{}</h3>", esc(&card.headline));
    if let Some(photo) = &card.photo {
        photo_html(photo, out);
    }
    for paragraph in &card.body {
        out.push_str("      <p>");
        inline_html(&inline::parse(paragraph), out);
        out.push_str("</p>\n");
    }
    out.push_str("    </li>\n");
}

/// The widget's plain-HTML markup for `c`: a `<highlight-cards>` host
/// holding the title, kicker, intro, the `<ol>` of cards and the
/// attribution.
pub fn write(c: &Collection) -> String {
    let mut out = format!(
        "<highlight-cards id=\"{}\" lang=\"{}\">\n",
        esc(&c.id),
        esc(&c.language)
    );
    if let Some(kicker) = &c.kicker {
        let _ = writeln!(out, "  <p data-kicker>{}</p>", esc(kicker));
    }
    let _ = writeln!(out, "  <h2>{}</h2>", esc(&c.title));
    if let Some(intro) = &c.intro {
        let _ = writeln!(out, "  <p>{}</p>", esc(intro));
    }
    out.push_str("  <ol>\n");
    for card in &c.cards {
        card_html(card, &mut out);
    }
    out.push_str("  </ol>\n");
    if let Some(attribution) = &c.attribution {
        let _ = writeln!(out, "  <footer><p>{}</p></footer>", esc(attribution));
    }
    out.push_str("</highlight-cards>\n");
    out
}

/// The collection's fields the plain-HTML markup does not carry (use the
/// JSON for them): `section`, `dateline`, `published`, `byline`, `source`,
/// `readMore`, and credits given apart from their caption.
pub fn not_carried(c: &Collection) -> Vec<&'static str> {
    let mut out = Vec::new();
    let pairs = [
        ("section", c.section.is_some()),
        ("dateline", c.dateline.is_some()),
        ("published", c.published.is_some()),
        ("byline", c.byline.is_some()),
        ("source", c.source.is_some()),
        ("readMore", !c.read_more.is_empty()),
        (
            "photo.credit",
            c.cards
                .iter()
                .any(|k| k.photo.as_ref().is_some_and(|p| p.credit.is_some())),
        ),
    ];
    for (name, present) in pairs {
        if present {
            out.push(name);
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Every field the markup carries comes back through the reader (the
    /// one the browser and `validate` use), inline links and emphasis too.
    #[test]
    fn the_reader_reads_back_what_the_writer_wrote() {
        let text = std::fs::read_to_string("static/demo/dau-an-doi-ngoai-2023.json").unwrap();
        let mut c: Collection = serde_json::from_str(&text).unwrap();
        c.cards[0].body[0] = "Có **chữ đậm**, *chữ nghiêng* và [một liên kết](https://example.vn/a?b=1&c=2) <b>không</b> phải thẻ.".to_owned();
        c.cards[1].section = Some("Phần \"hai\" & ba".to_owned());
        let html = format!("<!doctype html><body>{}</body>", write(&c));
        let read = super::super::html::read_page(&html);
        let mut back = read
            .into_iter()
            .flatten()
            .next()
            .expect("a widget with cards");
        // Not carried by the markup: compare without them.
        let mut expected = c.clone();
        for field in not_carried(&c) {
            match field {
                "dateline" => expected.dateline = None,
                "published" => expected.published = None,
                "section" => expected.section = None,
                "byline" => expected.byline = None,
                "source" => expected.source = None,
                "readMore" => expected.read_more.clear(),
                _ => {}
            }
        }
        back.language = expected.language.clone();
        // Body text compares as inline content: the reader writes it back in
        // the canonical spelling ("\\<b\\>", "(<https://…>)").
        let canonical = |c: &mut Collection| {
            for card in &mut c.cards {
                for p in &mut card.body {
                    *p = inline::to_source(&inline::parse(p));
                }
            }
        };
        canonical(&mut expected);
        canonical(&mut back);
        assert_eq!(back, expected);
        assert_eq!(
            not_carried(&c),
            ["section", "dateline", "published", "source", "readMore"]
        );
    }
}
