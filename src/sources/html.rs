//! The plain-HTML source: semantic markup a page already contains (and that
//! readers without JavaScript, and search engines, see). The widget reads it
//! into the model and upgrades it in place. Markup as written by hand (see
//! docs/embedding.md, "Three data sources"; the writer's form: `find_cards`):
//!
//! ```html
//! <highlight-cards id="…" lang="vi">
//!   <p data-kicker>kicker</p>  <h2>title</h2>  <p>intro</p>
//!   <ol>
//!     <li value="1" data-section="…">
//!       <h3>headline</h3>
//!       <figure><img src srcset sizes width height alt><figcaption>caption (Ảnh: …)</figcaption></figure>
//!       <p>body</p> <p>body</p>
//!     </li>
//!   </ol>
//!   <footer><p>attribution</p></footer>
//! </highlight-cards>
//! ```
//!
//! The reader is generic over [`HtmlElement`] so the same code reads the live
//! DOM in the browser (web-sys) and parsed HTML natively (the CLI, the
//! importer, tests, fuzzing). One file: one walk over a host's markup, with
//! its entry points (`read`, and natively `page_widgets`) beside it.

use crate::model::inline::{self, Inline};
use crate::model::read::JsonValue;
use crate::model::{Card, Collection, ModelError, Photo};

/// The little of the DOM the reader needs (implementations are cheap handles).
pub trait HtmlElement: Sized + Clone {
    /// Lower-case tag name.
    fn tag(&self) -> String;
    /// An attribute's value.
    fn attr(&self, name: &str) -> Option<String>;
    /// A host setting: attribute `name`, else `data-name`, empty counting
    /// as absent (how the embed and `validate` read `src`, `timeout`…).
    fn setting(&self, name: &str) -> Option<String> {
        // `name` when the attribute is there, else `data-name`; blank is
        // none. `embed.js` reads `src` so too (`markup::SRC_ATTRS`).
        self.attr(name)
            .or_else(|| self.attr(&format!("data-{name}")))
            .filter(|v| !v.trim().is_empty())
    }
    /// Child elements, in order.
    fn child_elements(&self) -> Vec<Self>;
    /// All descendant text (`textContent`).
    fn text(&self) -> String;
    /// Child nodes, in order: text and elements (comments are skipped).
    fn child_nodes(&self) -> Vec<HtmlNode<Self>>;
    /// A parsed JSON value, as the platform parses JSON.
    type Json: JsonValue;
    /// Parses JSON text (an attribute's value), or says why it cannot
    /// ("invalid JSON: …").
    fn parse_json(text: &str) -> Result<Self::Json, String>;
}

/// A child node, for reading inline formatting.
pub enum HtmlNode<E> {
    /// A text node's data.
    Text(String),
    /// An element.
    Element(E),
}

/// A paragraph's content in the model's inline syntax: `<a href>`,
/// `<em>`/`<i>` and `<strong>`/`<b>` are kept as links and emphasis, other
/// elements give their text, whitespace is collapsed as HTML shows it.
fn inline_source<E: HtmlElement>(el: &E) -> String {
    fn nodes<E: HtmlElement>(el: &E) -> Vec<Inline> {
        let mut out = Vec::new();
        for node in el.child_nodes() {
            match node {
                HtmlNode::Text(t) => out.push(Inline::Text(t)),
                HtmlNode::Element(child) => match child.tag().as_str() {
                    "a" => match child.attr("href").filter(|h| !h.trim().is_empty()) {
                        Some(href) => out.push(Inline::Link {
                            href: href.trim().to_owned(),
                            children: nodes(&child),
                        }),
                        None => out.extend(nodes(&child)),
                    },
                    "em" | "i" => out.push(Inline::Emphasis(nodes(&child))),
                    "strong" | "b" => out.push(Inline::Strong(nodes(&child))),
                    "br" => out.push(Inline::Text(" ".to_owned())),
                    "script" | "style" | "template" => {}
                    _ => out.extend(nodes(&child)),
                },
            }
        }
        out
    }
    clean(&inline::to_source(&nodes(el)))
}

/// Whether `host` holds markup this reader understands (cards in an `<ol>`
/// or at numbered headings, see `find_cards`).
pub fn has_cards<E: HtmlElement>(host: &E) -> bool {
    find_cards(host).is_some()
}

/// The cards of a host, as found by [`find_cards`].
struct Found<E> {
    /// The container's children before the first card (title, kicker,
    /// intro) and after the last (a `<footer>` attribution).
    before: Vec<E>,
    after: Vec<E>,
    cards: Vec<CardParts<E>>,
}

/// One card's markup.
struct CardParts<E> {
    /// The `<li>` or `<section>`: its `value` / `data-number`, `data-section`.
    element: Option<E>,
    children: Vec<E>,
    /// The number from a "12. " prefix on its headline.
    numbered: bool,
}

/// Reads the host's markup into an unvalidated collection (pass it to
/// [`crate::model::validate`]), with the problems of its `data-rest` (see
/// `read_rest`). `None` when there are no cards.
pub fn read<E: HtmlElement>(
    host: &E,
    id: &str,
    language: &str,
) -> Option<(Collection, Vec<ModelError>)> {
    let found = find_cards(host)?;
    let mut title = None;
    let mut intro = None;
    let mut kicker = None;
    // Brackets around it are normalised by validation.
    let mut attribution = found
        .after
        .iter()
        .find(|el| el.tag() == "footer")
        .map(|el| clean(&el.text()));
    for el in &found.before {
        let tag = el.tag();
        if is_heading(&tag) && title.is_none() {
            title = Some(clean(&el.text()));
        } else if tag == "p" && (el.attr("data-kicker").is_some() || title.is_none()) {
            // Above the title, a line is its kicker, marked or not (a
            // filter may have dropped the `data-kicker`).
            kicker = Some(clean(&el.text()));
        } else if tag == "p" && intro.is_none() {
            intro = Some(clean(&el.text()));
        }
    }
    let mut cards: Vec<Card> = found.cards.iter().map(read_card).collect();
    // Cards at numbered headings: the attribution paragraph after them
    // joined the last card (see `find_cards`); the writer puts it in
    // brackets, a body paragraph rarely is.
    if attribution.is_none() && found.cards.last().is_some_and(|c| c.numbered) {
        if let Some(last) = cards.last_mut() {
            if last.body.last().is_some_and(|p| {
                let p = p.trim();
                p.starts_with('(') && p.ends_with(')')
            }) {
                attribution = last.body.pop();
            }
        }
    }
    let mut c = Collection {
        id: host
            .attr("id")
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| id.to_owned()),
        language: language.to_owned(),
        title: title.unwrap_or_default(),
        kicker,
        section: None,
        dateline: None,
        published: None,
        intro: intro.filter(|s| !s.is_empty()),
        attribution: attribution.filter(|s| !s.is_empty()),
        source: None,
        byline: None,
        cards,
        read_more: Vec::new(),
    };
    let problems = read_rest(host, &mut c);
    Some((c, problems))
}

/// The collection's fields the markup does not show (`model::fields::rest`:
/// section, dateline, byline…), which `render --plain` writes into the
/// host's `data-rest` as a JSON object: read as a reader's browser reads
/// them, the faulty ones left out and named. A filter that drops `data-*`
/// attributes drops them, and nothing else.
fn read_rest<E: HtmlElement>(host: &E, c: &mut Collection) -> Vec<ModelError> {
    let Some(text) = host.attr("data-rest") else {
        return Vec::new();
    };
    match E::parse_json(&text) {
        Ok(value) => crate::model::read::rest(&value, "data-rest", c),
        Err(message) => vec![ModelError {
            path: "data-rest".to_owned(),
            message,
            position: None,
        }],
    }
}

/// "12. Headline" or "12) Headline": the number and the headline.
fn numbered(heading: &str) -> Option<(u32, &str)> {
    let heading = heading.trim_start();
    let digits = heading.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &heading[digits..];
    if !(1..=6).contains(&digits) || !(rest.starts_with(". ") || rest.starts_with(") ")) {
        return None;
    }
    let number = heading
        .bytes()
        .take(digits)
        .fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    Some((number, rest[2..].trim_start()))
}

/// A card heading with a number prefix ("3. …"; `<h1>`/`<h2>` are titles).
fn is_numbered_heading<E: HtmlElement>(el: &E) -> bool {
    let tag = el.tag();
    is_heading(&tag) && tag != "h1" && tag != "h2" && numbered(&el.text()).is_some()
}

/// Where the cards are, looking in the host and then in single wrappers
/// (`<article>`, `<section>`, `<div>`, `<main>`), never inside a card:
///
/// 1. an `<ol>` of `<li>` cards (the form written by hand);
/// 2. cards whose headlines start with their number ("3. …"), each in a
///    `<section>` or `<article>` (what `render --plain` writes: the number
///    reads where a page's CSS hides list markers) or as bare siblings
///    split at each such heading — what a tag-stripping filter leaves when
///    it drops the `<section>`s and keeps their children.
fn find_cards<E: HtmlElement>(el: &E) -> Option<Found<E>> {
    let children = el.child_elements();
    if let Some(i) = children.iter().position(|c| c.tag() == "ol") {
        return Some(Found {
            before: children[..i].to_vec(),
            after: children[i + 1..].to_vec(),
            cards: children[i]
                .child_elements()
                .into_iter()
                .filter(|li| li.tag() == "li")
                .map(|li| CardParts {
                    children: li.child_elements(),
                    element: Some(li),
                    numbered: false,
                })
                .collect(),
        });
    }
    // A card starts at each numbered heading, its section's children (or,
    // sections dropped, the siblings) up to the next; after the last card,
    // only a `<footer>` stands apart.
    let mut found = Found {
        before: Vec::new(),
        after: Vec::new(),
        cards: Vec::new(),
    };
    for child in &children {
        let inner = child.child_elements();
        let section = matches!(child.tag().as_str(), "section" | "article")
            && inner.iter().any(is_numbered_heading);
        let items = if section { inner } else { vec![child.clone()] };
        for item in items {
            if is_numbered_heading(&item) {
                found.cards.push(CardParts {
                    element: section.then(|| child.clone()),
                    children: vec![item],
                    numbered: true,
                });
            } else if let Some(card) = found
                .cards
                .last_mut()
                .filter(|_| section || item.tag() != "footer")
            {
                // A `<p data-attribution>` after the cards joins the last
                // card here; `read` takes it back by its brackets.
                card.children.push(item);
            } else if found.cards.is_empty() {
                found.before.push(item);
            } else {
                found.after.push(item);
            }
        }
    }
    if found.cards.is_empty() {
        return children
            .iter()
            .filter(|c| matches!(c.tag().as_str(), "article" | "section" | "div" | "main"))
            .find_map(find_cards);
    }
    Some(found)
}

fn read_card<E: HtmlElement>(parts: &CardParts<E>) -> Card {
    let mut headline = None;
    let mut kicker = None;
    let mut photo = None;
    let mut body = Vec::new();
    walk_card(
        &parts.children,
        &mut headline,
        &mut kicker,
        &mut photo,
        &mut body,
    );
    let mut number = parts.element.as_ref().and_then(|el| {
        el.attr("value")
            .or_else(|| el.attr("data-number"))
            .and_then(|v| v.trim().parse().ok())
    });
    if parts.numbered {
        if let Some((n, rest)) = headline.as_deref().and_then(numbered) {
            number = number.or(Some(n));
            headline = Some(rest.to_owned());
        }
    }
    Card {
        number,
        section: parts
            .element
            .as_ref()
            .and_then(|el| el.attr("data-section"))
            .map(|s| clean(&s))
            .filter(|s| !s.is_empty()),
        kicker,
        headline: headline.unwrap_or_default(),
        photo,
        body,
    }
}

fn walk_card<E: HtmlElement>(
    children: &[E],
    headline: &mut Option<String>,
    kicker: &mut Option<String>,
    photo: &mut Option<Photo>,
    body: &mut Vec<String>,
) {
    for child in children {
        let tag = child.tag();
        if is_heading(&tag) && headline.is_none() {
            *headline = Some(clean(&child.text()));
        } else if tag == "figure" || (tag == "img" && photo.is_none()) {
            if photo.is_none() {
                *photo = read_photo(child);
            }
        } else if tag == "p"
            && (child.attr("data-kicker").is_some()
                || (headline.is_none() && photo.is_none() && body.is_empty()))
        {
            // Above the headline, a line is its kicker, marked or not.
            *kicker = Some(clean(&child.text()));
        } else if tag == "p" {
            let text = inline_source(child);
            if !text.is_empty() {
                body.push(text);
            }
        } else if matches!(tag.as_str(), "div" | "header" | "section" | "article") {
            walk_card(&child.child_elements(), headline, kicker, photo, body);
        }
    }
}

fn read_photo<E: HtmlElement>(el: &E) -> Option<Photo> {
    let (img, caption) = if el.tag() == "img" {
        (el.clone(), None)
    } else {
        let img = find_descendant(el, "img")?;
        let caption = find_descendant(el, "figcaption").map(|c| clean(&c.text()));
        (img, caption)
    };
    let number = |name: &str| img.attr(name).and_then(|v| v.trim().parse().ok());
    Some(Photo {
        src: img.attr("src").unwrap_or_default(),
        srcset: img
            .attr("srcset")
            .filter(|s| !s.trim().is_empty())
            .map(|s| crate::model::Srcset::parse(&s)),
        sizes: img.attr("sizes").filter(|s| !s.trim().is_empty()),
        width: number("width"),
        // `render --plain` writes the height apart: with a `height`
        // attribute, a page's `img { max-width: 100% }` alone squashes it.
        height: number("height").or_else(|| number("data-height")),
        alt: img.attr("alt"),
        caption: caption.filter(|c| !c.is_empty()),
        credit: None,
    })
}

fn find_descendant<E: HtmlElement>(el: &E, tag: &str) -> Option<E> {
    for child in el.child_elements() {
        if child.tag() == tag {
            return Some(child);
        }
        if let Some(found) = find_descendant(&child, tag) {
            return Some(found);
        }
    }
    None
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Collapses the whitespace of HTML source text.
fn clean(text: &str) -> String {
    crate::model::join_with(text.split_whitespace(), " ")
}

/// The selector the embed mounts on.
pub use crate::markup::HOST_SELECTOR;

/// Native reading of HTML text (the CLI's `validate page.html`, tests and
/// fuzzing) through html5ever, the parser Servo uses, via scraper.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{read, HtmlElement, HOST_SELECTOR};
    use crate::model::{Collection, ModelError};

    impl HtmlElement for scraper::ElementRef<'_> {
        fn tag(&self) -> String {
            self.value().name().to_ascii_lowercase()
        }
        fn attr(&self, name: &str) -> Option<String> {
            self.value().attr(name).map(str::to_owned)
        }
        fn child_elements(&self) -> Vec<Self> {
            self.children()
                .filter_map(scraper::ElementRef::wrap)
                .collect()
        }
        fn text(&self) -> String {
            scraper::ElementRef::text(self).collect()
        }
        fn child_nodes(&self) -> Vec<super::HtmlNode<Self>> {
            self.children()
                .filter_map(|node| match node.value() {
                    scraper::Node::Text(t) => Some(super::HtmlNode::Text(t.to_string())),
                    _ => scraper::ElementRef::wrap(node).map(super::HtmlNode::Element),
                })
                .collect()
        }
        type Json = serde_json::Value;
        fn parse_json(text: &str) -> Result<Self::Json, String> {
            serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))
        }
    }

    /// Where a widget host's data comes from, found as the browser's embed
    /// finds it: a `src` (or `data-src`) URL first, then inline JSON in a
    /// child `<script type="application/json">`, then an `<ol>` of cards.
    pub enum PageWidget {
        /// Loads JSON from this URL.
        Url(String),
        /// Inline JSON text.
        InlineJson(String),
        /// Plain-HTML cards, read (not yet validated), and the problems of
        /// their `data-rest`.
        Cards(Box<Collection>, Vec<ModelError>),
        /// None of the three.
        Nothing,
    }

    /// The language of a host as the browser reads it: the `lang` of the
    /// nearest element that has one (itself or an ancestor); empty (`lang=""`,
    /// "unknown") or none at all gives "vi".
    pub fn language(host: &scraper::ElementRef<'_>) -> String {
        std::iter::once(host.value())
            .chain(host.ancestors().filter_map(|n| n.value().as_element()))
            .find_map(|el| el.attr("lang"))
            .filter(|l| !l.is_empty())
            .unwrap_or("vi")
            .to_owned()
    }

    /// Every widget host in an HTML page or fragment, in document order,
    /// with its source (see [`PageWidget`]). Plain-HTML cards are read as
    /// the embed reads them: the id defaults to `highlight-cards-<n>`, the
    /// language is the host's `lang` (see `language`).
    pub fn page_widgets(html: &str) -> Vec<PageWidget> {
        let doc = scraper::Html::parse_document(html);
        let selector = scraper::Selector::parse(HOST_SELECTOR).expect("valid selector");
        let script =
            scraper::Selector::parse(r#"script[type="application/json"]"#).expect("valid selector");
        doc.select(&selector)
            .enumerate()
            .map(|(i, host)| {
                if let Some(src) = host.setting("src") {
                    return PageWidget::Url(src);
                }
                // A direct child, as the embed's `:scope > script[…]`.
                let inline = host
                    .children()
                    .filter_map(scraper::ElementRef::wrap)
                    .find(|child| script.matches(child));
                if let Some(inline) = inline {
                    return PageWidget::InlineJson(inline.text().collect());
                }
                let id = format!("highlight-cards-{}", i + 1);
                match read(&host, &id, &language(&host)) {
                    Some((c, problems)) => PageWidget::Cards(Box::new(c), problems),
                    None => PageWidget::Nothing,
                }
            })
            .collect()
    }

    /// Every widget host's plain-HTML cards (see [`page_widgets`]); `None`
    /// for a host that uses another source.
    pub fn read_page(html: &str) -> Vec<Option<Collection>> {
        page_widgets(html)
            .into_iter()
            .map(|w| match w {
                PageWidget::Cards(c, _) => Some(*c),
                _ => None,
            })
            .collect()
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{page_widgets, read_page, PageWidget};

#[cfg(test)]
mod tests;
