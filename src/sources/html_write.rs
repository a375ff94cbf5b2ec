//! The plain-HTML markup written from a collection: what [`html`](crate::sources::html)
//! reads, so the editor can hand a newsroom markup that readers without
//! JavaScript (and search engines) see as the cards, and that the widget
//! upgrades in place. `read(write(c))` gives `c` back whole (tested below):
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
mod tests {
    use super::*;

    /// The demo collection, through `write`, a filter and the reader.
    fn through(filter: impl Fn(&str) -> String) -> Collection {
        let text = std::fs::read_to_string("static/demo/dau-an-doi-ngoai-2023.json").unwrap();
        let c = crate::sources::read_json_str(&text).unwrap();
        let html = format!("<!doctype html><body>{}</body>", filter(&write(&c)));
        let read = super::super::html::read_page(&html)
            .into_iter()
            .flatten()
            .next()
            .expect("cards");
        (*crate::model::validate(read).expect("valid").collection).clone()
    }

    fn strip_tag(html: &str, tag: &str) -> String {
        let open = regex_lite(html, &format!("<{tag}"), ">");
        open.replace(&format!("</{tag}>"), "")
    }

    /// Removes every `start…end` span (a tag with its attributes).
    fn regex_lite(html: &str, start: &str, end: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(i) = rest.find(start) {
            out.push_str(&rest[..i]);
            let after = &rest[i..];
            let j = after.find(end).unwrap();
            rest = &after[j + end.len()..];
        }
        out.push_str(rest);
        out
    }

    fn strip_data_attributes(html: &str) -> String {
        let mut out = html.to_owned();
        while let Some(i) = out.find(" data-") {
            let rest = &out[i + 1..];
            let name_end = rest.find(['=', '>', ' ']).unwrap();
            let end = if rest[name_end..].starts_with("=\"") {
                name_end + 2 + rest[name_end + 2..].find('"').unwrap() + 1
            } else {
                name_end
            };
            out.replace_range(i..i + 1 + end, "");
        }
        out
    }

    /// What a tag-stripping filter leaves (sections, `data-*`, both) reads
    /// as the same cards: numbers, headlines, photos, captions, credits,
    /// bodies, kickers and the attribution.
    #[test]
    fn the_cards_survive_what_filters_strip() {
        let whole = through(|h| h.to_owned());
        let summary = |c: &Collection| {
            c.cards
                .iter()
                .map(|k| {
                    let p = k.photo.as_ref().unwrap();
                    (
                        k.number,
                        k.headline.clone(),
                        k.body.clone(),
                        p.src.clone(),
                        p.caption.clone(),
                        p.credit.clone(),
                        p.width,
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(whole.cards.len(), 10);
        assert_eq!(whole.cards[0].photo.as_ref().unwrap().height, Some(1067));
        for (name, filtered) in [
            ("no sections", through(|h| strip_tag(h, "section"))),
            ("no data attributes", through(strip_data_attributes)),
            (
                "neither",
                through(|h| strip_data_attributes(&strip_tag(h, "section"))),
            ),
        ] {
            assert_eq!(summary(&filtered), summary(&whole), "{name}");
            assert_eq!(filtered.title, whole.title, "{name}");
            assert_eq!(filtered.kicker, whole.kicker, "{name}");
            assert_eq!(filtered.intro, whole.intro, "{name}");
            assert_eq!(filtered.attribution, whole.attribution, "{name}");
            // `data-rest` goes with the other `data-*` attributes.
            let kept = !name.contains("data") && name != "neither";
            assert_eq!(filtered.dateline == whole.dateline, kept, "{name}");
            assert_eq!(filtered.read_more == whole.read_more, kept, "{name}");
        }
    }

    /// In an `<ol>` the list numbers the cards: a headline that starts
    /// with a number keeps it. Outside one, "3. " is the card's number.
    #[test]
    fn a_number_prefix_is_the_number_only_outside_a_list() {
        let read = |html: &str| {
            super::super::html::read_page(html)
                .into_iter()
                .flatten()
                .next()
                .unwrap()
        };
        let c = read(
            "<highlight-cards><h2>T</h2><ol><li><h3>2024. A year</h3></li></ol></highlight-cards>",
        );
        assert_eq!(
            (c.cards[0].number, c.cards[0].headline.as_str()),
            (None, "2024. A year")
        );
        let c = read("<highlight-cards><h2>T</h2><h3>7. Seven</h3><p>B</p><h3>9) Nine</h3></highlight-cards>");
        let cards: Vec<_> = c
            .cards
            .iter()
            .map(|k| (k.number, k.headline.as_str(), k.body.len()))
            .collect();
        assert_eq!(cards, [(Some(7), "Seven", 1), (Some(9), "Nine", 0)]);
    }

    /// Every field the markup carries comes back through the reader (the
    /// one the browser and `validate` use), inline links and emphasis too.
    #[test]
    fn the_reader_reads_back_what_the_writer_wrote() {
        let text = std::fs::read_to_string("static/demo/dau-an-doi-ngoai-2023.json").unwrap();
        let mut c = crate::sources::read_json_str(&text).unwrap();
        c.cards[0].body[0] = "Có **chữ đậm**, *chữ nghiêng* và [một liên kết](https://example.vn/a?b=1&c=2) <b>không</b> phải thẻ.".to_owned();
        c.cards[1].section = Some("Phần \"hai\" & ba".to_owned());
        // A credit given apart from its caption travels as caption text.
        let photo = c.cards[2].photo.as_mut().unwrap();
        photo.caption = Some("Lễ đón.".to_owned());
        photo.credit = crate::model::credit::from_text("Ảnh: Trí Dũng/TTXVN");
        let html = format!("<!doctype html><body>{}</body>", write(&c));
        assert!(html.contains("<figcaption>Lễ đón. (Ảnh: Trí Dũng/TTXVN)</figcaption>"));
        let read = super::super::html::read_page(&html);
        let mut back = read
            .into_iter()
            .flatten()
            .next()
            .expect("a widget with cards");
        let mut expected = c.clone();
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
        // Compared as validation leaves them: the credit split off its
        // caption, the attribution without its brackets.
        let valid = |c: Collection| (*crate::model::validate(c).expect("valid").collection).clone();
        let (back, expected) = (valid(back), valid(expected));
        assert_eq!(back.cards.len(), 10);
        for (b, e) in back.cards.iter().zip(&expected.cards) {
            assert_eq!(b, e);
        }
        assert_eq!(back, expected);
        assert_eq!(
            only_in_data_rest(&c),
            ["section", "dateline", "published", "source", "readMore"]
        );
        assert!(back.dateline.is_some() && !back.read_more.is_empty());
    }
}
