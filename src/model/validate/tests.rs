//! The rules, one test each, on JSON read as the browser reads it
//! (`model::read`): strictly, what `validate` tells an editor, and tolerantly.

use super::meta::{is_date_time, is_language_tag};
use super::urls::is_safe_url;
use super::*;

fn parse(json: &str) -> Result<Validated, Vec<ModelError>> {
    crate::sources::from_json_str(json)
}

fn messages(json: &str) -> Vec<String> {
    parse(json)
        .expect_err("should be rejected")
        .iter()
        .map(ToString::to_string)
        .collect()
}

const MINIMAL: &str = r#"{"id":"x","title":"T","cards":[{"headline":"H"}]}"#;

#[test]
fn minimal_collection_is_valid_and_vietnamese_by_default() {
    let v = parse(MINIMAL).unwrap();
    assert_eq!(v.collection.language, "vi");
    assert_eq!(v.collection.cards[0].number(), 1);
    assert!(v.warnings.is_empty());
}

#[test]
fn invalid_json_reports_line_and_column() {
    let errors = parse("{\n  \"id\": \"x\",\n  \"title\": }").unwrap_err();
    assert_eq!(errors[0].position, Some((3, 12)));
    assert!(errors[0].message.contains("expected value"), "{errors:?}");
}

#[test]
fn wrong_type_names_the_path() {
    let m = messages(r#"{"id":"x","title":"T","cards":[{"headline":"H"},{"headline":5}]}"#);
    assert_eq!(m, ["cards[1].headline: should be text, not the number 5"]);
}

#[test]
fn missing_photo_src_names_the_full_path() {
    let m = messages(
        r#"{"id":"x","title":"T","cards":[{"headline":"A"},{"headline":"B"},{"headline":"C"},{"headline":"D","photo":{"alt":"a"}}]}"#,
    );
    assert_eq!(m.len(), 1);
    assert!(
        m[0].starts_with("cards[3].photo.src: required field is missing"),
        "{m:?}"
    );
}

#[test]
fn unknown_fields_are_rejected_with_the_allowed_ones() {
    let m = messages(r#"{"id":"x","title":"T","cards":[{"headline":"H","headlin":"x"}]}"#);
    assert!(m[0].starts_with("cards[0].headlin: unknown field (allowed here: number, section, kicker, headline, photo, body)"), "{m:?}");
}

#[test]
fn every_rule_error_is_collected() {
    let m = messages(
        r#"{"id":"bad id","title":" ","cards":[{"number":0,"headline":"","photo":{"src":"javascript:alert(1)","width":3,"height":2}}]}"#,
    );
    assert_eq!(m.len(), 5, "{m:#?}");
    assert!(m[0].starts_with("id: must be letters"));
    assert_eq!(m[1], "title: must not be empty");
    assert_eq!(
        m[2],
        "cards[0].number: card 1 has number 0; numbers start at 1"
    );
    assert_eq!(m[3], "cards[0].headline: card 1 has an empty headline");
    assert!(m[4].starts_with("cards[0].photo.src: only http(s)"));
    assert_eq!(
        messages(r#"{"id":"x","title":"T","cards":[]}"#),
        ["cards: needs at least one card"]
    );
}

#[test]
fn numbers_are_implied_by_order_and_oddities_warned() {
    let v = parse(
        r#"{"id":"x","title":"T","cards":[{"headline":"a"},{"number":5,"headline":"b"},{"headline":"c"},{"number":6,"headline":"d"}]}"#,
    )
    .unwrap();
    let n: Vec<u32> = v.collection.cards.iter().map(|c| c.number()).collect();
    assert_eq!(n, [1, 5, 6, 6]);
    let w: Vec<String> = v.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        w,
        [
            "cards[1].number: numbering jumps from 1 to 5",
            "cards[3].number: number 6 is also used by cards[2]"
        ]
    );
}

#[test]
fn caption_credit_is_split_and_explicit_credit_wins() {
    let v = parse(
        r#"{"id":"x","title":"T","cards":[
          {"headline":"a","photo":{"src":"a.jpg","width":3,"height":2,"alt":"x","caption":"Lễ đón. (Nguồn: TTXVN)"}},
          {"headline":"b","photo":{"src":"b.jpg","width":3,"height":2,"alt":"x","caption":"Lễ đón. (Nguồn: TTXVN)","credit":"Ảnh: Trí Dũng/TTXVN"}},
          {"headline":"c","photo":{"src":"c.jpg","width":3,"height":2,"alt":"x","credit":{"kind":"source","names":["Tuổi trẻ"]}}}
        ]}"#,
    )
    .unwrap();
    let photos: Vec<_> = v
        .collection
        .cards
        .iter()
        .map(|c| c.photo.clone().unwrap())
        .collect();
    assert_eq!(photos[0].caption.as_deref(), Some("Lễ đón."));
    assert_eq!(photos[0].credit.as_ref().unwrap().names, ["TTXVN"]);
    assert_eq!(photos[1].caption.as_deref(), Some("Lễ đón."));
    assert_eq!(
        photos[1].credit.as_ref().unwrap().agency.as_deref(),
        Some("TTXVN")
    );
    assert_eq!(photos[2].credit.as_ref().unwrap().names, ["Tuổi trẻ"]);
}

#[test]
fn a_caption_credit_overridden_by_the_credit_field_is_a_warning() {
    let v = parse(
        r#"{"id":"x","title":"T","cards":[
          {"headline":"b","photo":{"src":"b.jpg","width":3,"height":2,"alt":"x","caption":"Lễ đón. (Nguồn: TTXVN)","credit":"Ảnh: Trí Dũng/TTXVN"}}
        ]}"#,
    )
    .unwrap();
    let warnings: Vec<String> = v.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["cards[0].photo.caption: the caption ends with a credit and a credit is also given: the credit field is shown"]
    );
}

#[test]
fn structured_credit_errors_name_the_path() {
    let m = messages(
        r#"{"id":"x","title":"T","cards":[{"headline":"a","photo":{"src":"a.jpg","credit":{"kind":"painter","names":["X"]}}}]}"#,
    );
    assert!(
        m[0] == r#"cards[0].photo.credit.kind: should be "photo" or "source", not "painter""#,
        "{m:?}"
    );
}

#[test]
fn unsafe_links_are_dropped_with_a_warning() {
    let v = parse(
        r#"{"id":"x","title":"T","cards":[{"headline":"a"}],"source":{"name":"S","url":"javascript:alert(1)"},
           "readMore":[{"title":"r","url":"data:text/html,x"},{"title":"ok","url":"/a/b?c=d"}]}"#,
    )
    .unwrap();
    assert_eq!(v.collection.source.as_ref().unwrap().url, None);
    assert_eq!(v.collection.read_more[0].url, None);
    assert_eq!(v.collection.read_more[1].url.as_deref(), Some("/a/b?c=d"));
    assert_eq!(v.warnings.len(), 2);
    assert!(v.warnings[0].to_string().starts_with("source.url: link"));
}

#[test]
fn url_safety() {
    for ok in [
        "https://a.vn/x.jpg",
        "HTTP://a",
        "photos/a.jpg",
        "../a.jpg",
        "/a:b",
        "a.jpg?x=y:z",
        "#top",
    ] {
        assert!(is_safe_url(ok), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        " JavaScript:x",
        "data:image/png;base64,AA",
        "vbscript:x",
        "file:///etc/passwd",
    ] {
        assert!(!is_safe_url(bad), "{bad}");
    }
}

#[test]
fn photo_warnings() {
    let v = parse(r#"{"id":"x","title":"T","cards":[{"headline":"a","photo":{"src":"a.jpg"}}]}"#)
        .unwrap();
    let w: Vec<String> = v.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        w,
        [
            "cards[0].photo: no width/height: the page will shift when the photo loads",
            "cards[0].photo.alt: missing alt text: screen-reader users will not know what the photo shows",
            "cards[0].photo: no credit: end the caption with one, e.g. \"(Ảnh: Nguyễn Hồng)\""
        ]
    );
    // The example is in the content's language: never "(Ảnh: …)" to an English collection.
    for (language, example) in [
        ("en", "(Photo: Jane Doe)"),
        ("ar", "(Photo: Jane Doe)"),
        ("vi-VN", "(Ảnh: Nguyễn Hồng)"),
    ] {
        let json = format!(
            r#"{{"id":"x","language":"{language}","title":"T","cards":[{{"headline":"a","photo":{{"src":"a.jpg","width":3,"height":2,"alt":"a"}}}}]}}"#
        );
        let v = parse(&json).unwrap();
        assert_eq!(
            v.warnings[0].message,
            format!("no credit: end the caption with one, e.g. \"{example}\""),
            "{language}"
        );
    }
}

#[test]
fn tolerant_validation_repairs_or_leaves_out_the_faulty_part() {
    let json = r#"{"id":"bad id!","language":"","title":"T","cards":[
        {"number":0,"headline":"A","photo":{"src":"javascript:alert(1)","srcset":"a.jpg 1x","width":0,"height":10,"alt":"a","caption":"Lễ (Ảnh: X)"}},
        {"headline":"  "},
        {"headline":"C","photo":{"src":"c.jpg","width":1,"height":1,"alt":"c","credit":{"kind":"photo","names":[]}}}],
        "readMore":[{"title":""},{"title":"R"}]}"#;
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    let (c, read) = crate::model::read::collection_tolerant(&value).unwrap();
    assert!(read.is_empty(), "{read:?}");
    let strict = validate(c.clone()).unwrap_err();
    let v = validate_tolerant(c, Vec::new()).unwrap();
    let warnings: Vec<String> = v.warnings.iter().map(ToString::to_string).collect();
    // Every strict error is a tolerant warning, nothing is an error.
    for e in &strict {
        assert!(warnings.contains(&e.to_string()), "{e} not in {warnings:?}");
    }
    let c = v.collection;
    assert_eq!(
        (c.id.as_str(), c.language.as_str()),
        ("highlight-cards", "vi")
    );
    let numbers: Vec<_> = c
        .cards
        .iter()
        .map(|c| (c.headline.as_str(), c.number))
        .collect();
    assert_eq!(numbers, [("A", Some(1)), ("C", Some(3))]);
    let a = c.cards[0].photo.as_ref().unwrap();
    assert!(!a.can_load() && a.srcset.is_none());
    assert_eq!((a.width, a.height), (None, None));
    assert_eq!(a.caption.as_deref(), Some("Lễ"));
    assert_eq!(a.credit.as_ref().unwrap().names, ["X"]);
    assert!(c.cards[1].photo.as_ref().unwrap().credit.is_none());
    assert_eq!(c.read_more.len(), 1);
    assert_eq!(c.read_more[0].title, "R");
}

#[test]
fn tolerant_validation_fails_only_when_no_card_is_left() {
    let value: serde_json::Value = serde_json::from_str(
        r#"{"id":"x","title":"T","cards":[{"headline":" "},{"headline":""}]}"#,
    )
    .unwrap();
    let (c, _) = crate::model::read::collection_tolerant(&value).unwrap();
    let errors = validate_tolerant(c, Vec::new()).unwrap_err();
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "cards[0].headline: card 1 has an empty headline",
            "cards[1].headline: card 2 has an empty headline",
            "cards: no card can be shown"
        ]
    );
}

#[test]
fn published_must_be_iso_8601_and_language_bcp_47() {
    for ok in [
        "2023-12-31",
        "2023-12-31T06:06",
        "2023-12-31T06:06:00+07:00",
        "2023-12-31 06:06:00.5Z",
        "2024-02-29T23:59:59-03:30",
    ] {
        assert!(is_date_time(ok), "{ok}");
    }
    for bad in [
        "30/12/2024",
        "2023-13-01",
        "2023-12-32",
        "2023-12-31T24:00",
        "2023-12-31T06",
        "2023-12-31T06:06:00.",
        "2023-12-31T06:06+7",
        "2023-12-31Z",
        "2023-12-31T06:06:00+07:00 ",
        "",
        "2023-1-01",
    ] {
        assert!(!is_date_time(bad), "{bad}");
    }
    for ok in ["vi", "en", "en-US", "zh-Hant-TW", "vi-VN"] {
        assert!(is_language_tag(ok), "{ok}");
    }
    for bad in ["vietnamese", "v", "vi-", "en-toolongsubtag", "12", "vi--VN"] {
        assert!(!is_language_tag(bad), "{bad}");
    }
    let json = r#"{"id":"x","title":"T","language":"vietnamese","published":"30/12/2024","cards":[{"headline":"h"}]}"#;
    let read = crate::sources::read_json_str(json).unwrap();
    for tolerant in [true, false] {
        let v = check(read.clone(), tolerant).expect("warnings only");
        let m: Vec<String> = v.warnings.iter().map(ToString::to_string).collect();
        assert!(m.contains(&"language: must be a BCP 47 language tag such as \"vi\" or \"en-US\", got \"vietnamese\"; using \"vi\"".to_owned()), "{m:?}");
        assert!(
            m.iter().any(
                |w| w.starts_with("published: must be an ISO 8601 date or date-time")
                    && w.ends_with("got \"30/12/2024\"; shown as text only")
            ),
            "{m:?}"
        );
        assert_eq!(v.collection.language, "vi");
        assert_eq!(v.collection.published, None);
        assert_eq!(
            v.collection.dateline.as_deref(),
            Some("30/12/2024"),
            "still shown"
        );
    }
}
