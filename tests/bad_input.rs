//! The bad-input matrix, native: every case has a defined
//! outcome — rendered, rendered with a warning, or an error naming the path —
//! and nothing panics. Cases are generated from a complete, valid collection
//! so that "every field" really is every field of the format.

use highlight_cards::{sources, ssr};
use serde_json::{json, Value};

/// A collection that uses every field of the format.
fn full() -> Value {
    json!({
        "id": "du-lieu-day-du",
        "language": "vi",
        "title": "Dấu ấn đối ngoại năm 2023",
        "kicker": "Dấu ấn",
        "section": "Thế giới",
        "dateline": "06:06 | 31/12/2023",
        "published": "2023-12-31T06:06:00+07:00",
        "intro": "Mười dấu ấn.",
        "attribution": "Bình chọn của Ban Biên tập",
        "source": {"name": "Báo Thế giới & Việt Nam", "url": "https://baoquocte.vn/"},
        "byline": "Hồng Nhung",
        "cards": [{
            "number": 1,
            "section": "Song phương",
            "kicker": "Dấu ấn",
            "headline": "Quan hệ Việt Nam – Hoa Kỳ",
            "photo": {
                "src": "a-960.jpg",
                "srcset": "a-480.jpg 480w, a-960.jpg 960w",
                "sizes": "100vw",
                "width": 1600,
                "height": 1067,
                "alt": "Lễ đón",
                "caption": "Lễ đón chính thức.",
                "credit": {"kind": "source", "names": ["TTXVN"], "agency": "TTXVN"}
            },
            "body": ["Đoạn một.", "Đoạn hai."]
        }],
        "readMore": [{"title": "Tin liên quan", "summary": "Tóm tắt.", "url": "https://baoquocte.vn/a"}]
    })
}

/// Every (JSON path, value) in a document, spelled as the reader names paths.
fn leaves(value: &Value, path: String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                out.push((p.clone(), v.clone()));
                leaves(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{path}[{i}]");
                out.push((p.clone(), v.clone()));
                leaves(v, p, out);
            }
        }
        _ => {}
    }
}

fn pointer(path: &str) -> String {
    let mut p = String::new();
    for part in path.split('.') {
        let (key, rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        p.push('/');
        p.push_str(key);
        for index in rest.split(['[', ']']).filter(|s| !s.is_empty()) {
            p.push('/');
            p.push_str(index);
        }
    }
    p
}

/// Parses and, when valid, renders; the outcome as text, and never a panic.
fn outcome(doc: &str) -> Result<(Vec<String>, String), Vec<String>> {
    let result = std::panic::catch_unwind(|| match sources::from_json_str(doc) {
        Ok(v) => {
            let warnings = v.warnings.iter().map(ToString::to_string).collect();
            Ok((warnings, ssr::render_blocking(v.collection)))
        }
        Err(errors) => Err(errors.iter().map(ToString::to_string).collect()),
    });
    result.expect("no input may panic")
}

#[test]
fn the_full_collection_is_valid() {
    let (warnings, html) = outcome(&full().to_string()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(html.contains("Quan hệ Việt Nam – Hoa Kỳ"));
}

#[test]
fn a_wrong_type_in_every_field_is_an_error_naming_that_field() {
    let mut all = Vec::new();
    leaves(&full(), String::new(), &mut all);
    assert!(all.len() > 30, "{} fields", all.len());
    for (path, value) in all {
        // A value of the wrong JSON type for this field.
        let wrong = match value {
            Value::String(_) => json!(42),
            Value::Number(_) => json!("mười"),
            Value::Array(_) | Value::Object(_) => json!(true),
            _ => continue,
        };
        let mut doc = full();
        *doc.pointer_mut(&pointer(&path)).unwrap() = wrong;
        match outcome(&doc.to_string()) {
            Err(errors) => assert!(
                errors.iter().any(|e| e.starts_with(&format!("{path}: "))),
                "{path}: {errors:?}"
            ),
            Ok(_) => panic!("{path}: a wrong type was accepted"),
        }
    }
}

#[test]
fn every_missing_required_field_is_an_error_naming_it() {
    for path in [
        "id",
        "title",
        "cards",
        "source.name",
        "cards[0].headline",
        "cards[0].photo.src",
        "cards[0].photo.credit.kind",
        "cards[0].photo.credit.names",
        "readMore[0].title",
    ] {
        let mut doc = full();
        let (parent, field) = path.rsplit_once('.').map_or(("", path), |(p, f)| (p, f));
        let parent = if parent.is_empty() {
            String::new()
        } else {
            pointer(parent)
        };
        doc.pointer_mut(&parent)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove(field);
        let errors = outcome(&doc.to_string()).expect_err(path);
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(&format!("{path}: required field is missing"))),
            "{path}: {errors:?}"
        );
    }
}

#[test]
fn markup_in_every_text_field_renders_as_text() {
    let attack = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    // Without the card's own kicker, so that the collection's is shown too.
    let mut base = sources::from_json_str(&full().to_string())
        .unwrap()
        .collection
        .into_inner();
    base.cards[0].kicker = None;
    let mut fields = 0;
    base.clone().for_each_text_mut(|_| fields += 1);
    assert!(fields > 15);
    for target in 0..fields {
        let mut c = base.clone();
        let mut i = 0;
        c.for_each_text_mut(|t| {
            if i == target {
                *t = format!("{t}{attack}");
            }
            i += 1;
        });
        // Only a validated collection renders; markup in text stays valid.
        let c = highlight_cards::model::validate(c)
            .expect("still valid")
            .collection;
        let html = ssr::render_blocking(c);
        assert!(!html.contains("<script>alert"), "field {target}");
        assert!(!html.contains("<img src=x"), "field {target}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "field {target}"
        );
    }
}

#[test]
fn urls_only_http_or_relative() {
    for (field, url, expect) in [
        ("/cards/0/photo/src", "javascript:alert(1)", "error"),
        ("/cards/0/photo/src", "data:image/png;base64,AAAA", "error"),
        ("/cards/0/photo/src", "../photos/a.jpg", "ok"),
        ("/cards/0/photo/src", "//cdn.example/a.jpg", "ok"),
        ("/readMore/0/url", "javascript:alert(1)", "warning"),
        ("/readMore/0/url", "data:text/html,<b>x</b>", "warning"),
        ("/readMore/0/url", "/tin/a.html", "ok"),
        ("/source/url", "vbscript:x", "warning"),
        (
            "/cards/0/photo/srcset",
            "javascript:alert(1) 480w, b.jpg 960w",
            "warning",
        ),
        ("/cards/0/photo/srcset", "a.jpg 480w,, b.jpg 2x", "ok"),
        // Image CDNs put transformations, commas included, in the path.
        (
            "/cards/0/photo/srcset",
            "https://cdn.example/w_480,q_80/a.jpg 480w, https://cdn.example/w_960,q_80/a.jpg 960w",
            "ok",
        ),
        (
            "/cards/0/photo/srcset",
            "a.jpg 480w 2x, b.jpg wide",
            "warning",
        ),
    ] {
        let mut doc = full();
        *doc.pointer_mut(field).unwrap() = json!(url);
        let result = outcome(&doc.to_string());
        match (expect, &result) {
            ("error", Err(errors)) => {
                assert!(errors[0].contains("only http(s)"), "{url}: {errors:?}")
            }
            ("warning", Ok((warnings, html))) => {
                assert!(!warnings.is_empty(), "{url}: no warning");
                assert!(
                    !html.contains("javascript:")
                        && !html.contains("vbscript:")
                        && !html.contains("data:text"),
                    "{url} rendered"
                );
            }
            ("ok", Ok((warnings, _))) => assert!(warnings.is_empty(), "{url}: {warnings:?}"),
            _ => panic!("{field} = {url}: expected {expect}, got {result:?}"),
        }
    }
}

#[test]
fn odd_but_valid_input_renders() {
    let cases: Vec<(&str, Value)> = vec![
        ("1 MB string", json!("Đ".repeat(500_000))),
        ("right-to-left", json!("مرحبا بالعالم — שלום")),
        ("emoji", json!("Việt Nam 🇻🇳 👍🏽 👨‍👩‍👧")),
        ("zero-width", json!("Hà\u{200b}Nội\u{200d}\u{feff}")),
        ("decomposed", json!("Ha\u{300} No\u{323}\u{302}i")),
    ];
    for (name, text) in cases {
        let mut doc = full();
        doc["cards"][0]["headline"] = text.clone();
        doc["cards"][0]["body"][0] = text.clone();
        let (_, html) = outcome(&doc.to_string()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let expected: String =
            unicode_normalization::UnicodeNormalization::nfc(text.as_str().unwrap()).collect();
        assert!(html.contains(&expected), "{name}: rendered NFC text");
    }
}

#[test]
fn numbering_and_size_extremes() {
    // Negative: an error naming the field. Duplicates: rendered with a warning.
    let mut doc = full();
    doc["cards"][0]["number"] = json!(-3);
    let errors = outcome(&doc.to_string()).unwrap_err();
    assert!(
        errors[0]
            == "cards[0].number: should be a whole number from 0 to 4294967295, not the number -3",
        "{errors:?}"
    );

    let mut doc = full();
    let card = doc["cards"][0].clone();
    doc["cards"] = json!([card.clone(), card]);
    let (warnings, _) = outcome(&doc.to_string()).unwrap();
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("cards[1].number: number 1 is also used")),
        "{warnings:?}"
    );

    // Empty documents.
    assert!(outcome("{}").unwrap_err()[0].starts_with("id: required field is missing"));
    assert_eq!(
        outcome(r#"{"id":"x","title":"T","cards":[]}"#).unwrap_err(),
        ["cards: needs at least one card"]
    );
    assert!(outcome("").unwrap_err()[0].contains("EOF"));
    assert!(outcome("[1,2]").unwrap_err()[0].starts_with("the document should be an object {"));
    assert!(outcome("{\"id\":").unwrap_err()[0].contains("EOF"));

    // 5,000 cards: all rendered, numbered in order.
    let mut doc = full();
    let card = doc["cards"][0].clone();
    doc["cards"] = Value::Array(
        (1..=5000)
            .map(|n| {
                let mut c = card.clone();
                c["number"] = json!(n);
                c
            })
            .collect(),
    );
    let (warnings, html) = outcome(&doc.to_string()).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(html.matches("class=\"hc-card\"").count(), 5000);
    assert!(html.contains("id=\"du-lieu-day-du-5000\""));
}
