//! Tests of `html_write`, beside the rules they check (moved out of the module to keep it readable in one sitting).

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
    let c = read(
        "<highlight-cards><h2>T</h2><h3>7. Seven</h3><p>B</p><h3>9) Nine</h3></highlight-cards>",
    );
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
