//! Tests of `model`, beside the rules they check (moved out of the module to keep it readable in one sitting).

#[test]
fn srcset_extremes() {
    let v = crate::sources::from_json_str(
        r#"{"id":"x","title":"T","cards":[
          {"headline":"h","photo":{"src":"m.jpg","srcset":"l.jpg 1600w, s.jpg 480w, m.jpg 960w"}},
          {"headline":"h","photo":{"src":"only.jpg","srcset":"a.jpg 2x"}},
          {"headline":"h","photo":{"src":"plain.jpg"}}]}"#,
    )
    .unwrap()
    .collection;
    let p: Vec<_> = v.cards.iter().map(|c| c.photo.clone().unwrap()).collect();
    assert_eq!(
        (p[0].smallest_src(), p[0].largest_src()),
        ("s.jpg", "l.jpg")
    );
    assert_eq!(
        (p[1].smallest_src(), p[1].largest_src()),
        ("only.jpg", "only.jpg")
    );
    assert_eq!(p[2].smallest_src(), "plain.jpg");
}

#[test]
fn for_each_url_visits_every_url_and_keeps_srcset_descriptors() {
    let mut v = crate::sources::from_json_str(
        r#"{"id":"x","title":"T","source":{"name":"S","url":"s"},
            "cards":[{"headline":"h","photo":{"src":"a.jpg","srcset":"a-480.jpg 480w,  a-960.jpg 960w"}}],
            "readMore":[{"title":"r","url":"r.html"}]}"#,
    )
    .unwrap()
    .collection;
    v.for_each_url(|u| u.insert_str(0, "https://cdn.example/d/"));
    let p = v.cards[0].photo.as_ref().unwrap();
    assert_eq!(p.src, "https://cdn.example/d/a.jpg");
    assert_eq!(
        p.srcset.as_ref().unwrap().to_string(),
        "https://cdn.example/d/a-480.jpg 480w, https://cdn.example/d/a-960.jpg 960w"
    );
    assert_eq!(
        v.source.as_ref().unwrap().url.as_deref().unwrap(),
        "https://cdn.example/d/s"
    );
    assert_eq!(
        v.read_more[0].url.as_deref(),
        Some("https://cdn.example/d/r.html")
    );
}
