//! Tests of `read`, beside the rules they check (moved out of the module to keep it readable in one sitting).

use super::*;

fn read(json: &str, unknown: UnknownFields) -> Result<Collection, Vec<String>> {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    collection(&value, unknown).map_err(|e| e.iter().map(ToString::to_string).collect())
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let errors = read(
        r#"{"id":"x","title":5,"captoin":"c","cards":[
            {"headline":"h","number":"một","photo":{"width":-1}},
            {"number":4294967296,"body":"text"},
            {"headline":"h","photo":{"src":"a","credit":{"kind":"painting"}}}]}"#,
        UnknownFields::Error,
    )
    .unwrap_err();
    assert_eq!(
        errors,
        [
            "captoin: unknown field (allowed here: id, language, title, kicker, section, dateline, published, intro, attribution, source, byline, cards, readMore)",
            "title: should be text, not the number 5",
            "cards[0].number: should be a whole number, not text \"một\"",
            "cards[0].photo.src: required field is missing",
            "cards[0].photo.width: should be a whole number from 0 to 4294967295, not the number -1",
            "cards[1].number: should be a whole number from 0 to 4294967295, not the number 4294967296",
            "cards[1].headline: required field is missing",
            "cards[1].body: should be a list [ … ], not text \"text\"",
            "cards[2].photo.credit.kind: should be \"photo\" or \"source\", not \"painting\"",
            "cards[2].photo.credit.names: required field is missing",
        ]
    );
}

#[test]
fn unknown_fields_can_be_ignored_and_nulls_are_absent() {
    let c = read(
        r#"{"id":"x","title":"T","future":1,"kicker":null,"cards":[{"headline":"h","photo":{"src":"a","credit":"Ảnh: Hồng","new":true}}]}"#,
        UnknownFields::Ignore,
    )
    .unwrap();
    assert_eq!(c.kicker, None);
    assert_eq!(c.language, "vi");
    let credit = c.cards[0].photo.as_ref().unwrap().credit.as_ref().unwrap();
    assert_eq!(credit.names, ["Hồng"]);
    assert!(read(r#"[1,2]"#, UnknownFields::Ignore).unwrap_err()[0]
        .starts_with("the document should be an object { id, language, title"));
}

#[test]
fn a_tolerant_reader_loses_only_the_faulty_part() {
    let value: serde_json::Value = serde_json::from_str(
        r#"{"title":5,"cards":[
            {"headline":"A","body":"one paragraph","photo":{"src":5,"caption":"Lễ đón. (Ảnh: Hồng)"}},
            {"number":"một","body":["no headline"]},
            {"headline":"C","kicker":7,"photo":{"src":"c.jpg","width":"wide","credit":{"kind":"painting","names":["X"]}}}]}"#,
    )
    .unwrap();
    let (c, warnings) = collection_tolerant(&value).unwrap();
    assert_eq!((c.id.as_str(), c.title.as_str()), ("", ""));
    let headlines: Vec<_> = c.cards.iter().map(|c| c.headline.as_str()).collect();
    assert_eq!(headlines, ["A", "", "C"]);
    let a = &c.cards[0];
    assert!(a.body.is_empty());
    let photo = a.photo.as_ref().unwrap();
    assert_eq!(photo.src, "");
    assert_eq!(photo.caption.as_deref(), Some("Lễ đón. (Ảnh: Hồng)"));
    let photo = c.cards[2].photo.as_ref().unwrap();
    assert_eq!(
        (photo.src.as_str(), photo.width, photo.credit.is_none()),
        ("c.jpg", None, true)
    );
    assert_eq!(c.cards[2].kicker, None);
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "id: required field is missing",
            "title: should be text, not the number 5",
            "cards[0].photo.src: should be text, not the number 5",
            "cards[0].body: should be a list [ … ], not text \"one paragraph\"",
            "cards[1].number: should be a whole number, not text \"một\"",
            "cards[1].headline: required field is missing",
            "cards[2].kicker: should be text, not the number 7",
            "cards[2].photo.width: should be a whole number, not text \"wide\"",
            "cards[2].photo.credit.kind: should be \"photo\" or \"source\", not \"painting\"",
        ]
    );
}

#[test]
fn a_tolerant_reader_refuses_what_has_no_cards() {
    for json in [
        r#"[1,2]"#,
        r#"{"id":"x","title":"T"}"#,
        r#"{"id":"x","cards":"many"}"#,
        r#""text""#,
    ] {
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        assert!(collection_tolerant(&value).is_err(), "{json}");
    }
}
