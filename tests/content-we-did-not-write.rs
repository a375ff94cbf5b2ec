//! Content we did not write: inline formatting in body text, odd
//! attribution brackets, credit labels in the content's language, the share
//! switch, and what the photo button is called. Rendered natively through the
//! same components as the browser; assertions go through an HTML parser.

use highlight_cards::components::Layout;
use highlight_cards::model::inline::{self, Inline};
use highlight_cards::{sources, ssr};
use scraper::{Html, Selector};

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: scraper::ElementRef) -> String {
    e.text().collect::<String>()
}

fn collection(cards: &str, extra: &str) -> String {
    format!(r#"{{"id":"f","title":"Tiêu đề"{extra},"cards":[{cards}]}}"#)
}

fn render(json: &str, options: &ssr::RenderOptions) -> (Html, Vec<String>) {
    let v = sources::from_json_str(json).expect("valid");
    let warnings = v.warnings.iter().map(ToString::to_string).collect();
    let html = ssr::render_with_blocking(v.collection, options);
    (Html::parse_fragment(&html), warnings)
}

#[test]
fn body_links_and_emphasis_render_as_elements_never_as_html() {
    let json = collection(
        r#"{"headline":"H","body":[
            "Theo **TTXVN**, xem [toàn văn *tuyên bố*](https://baoquocte.vn/a_(b)) và <https://example.com/x>.",
            "<b>không phải thẻ</b> và [liên kết xấu](javascript:alert(1)) còn chữ.",
            "Liên hệ [toà soạn](mailto:toasoan@example.vn) hoặc [trang trong](/bai-viet/2)."
        ]}"#,
        "",
    );
    let (doc, warnings) = render(&json, &Default::default());
    let paragraphs: Vec<_> = doc.select(&sel(".hc-body p")).collect();
    assert_eq!(paragraphs.len(), 3);
    let p0 = paragraphs[0];
    assert_eq!(
        text(p0),
        "Theo TTXVN, xem toàn văn tuyên bố và https://example.com/x."
    );
    assert_eq!(text(p0.select(&sel("strong")).next().unwrap()), "TTXVN");
    let links: Vec<_> = p0.select(&sel("a")).collect();
    assert_eq!(
        links[0].value().attr("href"),
        Some("https://baoquocte.vn/a_(b)")
    );
    assert_eq!(
        text(links[0].select(&sel("em")).next().unwrap()),
        "tuyên bố"
    );
    assert_eq!(links[1].value().attr("href"), Some("https://example.com/x"));
    // Markup in text stays text; the unsafe link is dropped, its text kept, with a warning.
    let p1 = paragraphs[1];
    assert!(p1.select(&sel("b, a")).next().is_none());
    assert_eq!(text(p1), "<b>không phải thẻ</b> và liên kết xấu còn chữ.");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with("cards[0].body[1]: link \"javascript:alert(1)\" dropped"));
    let hrefs: Vec<_> = paragraphs[2]
        .select(&sel("a"))
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(hrefs, ["mailto:toasoan@example.vn", "/bai-viet/2"]);
}

#[test]
fn plain_html_keeps_links_and_emphasis() {
    let page = r#"<highlight-cards id="p" lang="vi"><h2>T</h2><ol><li><h3>H</h3>
        <p>Theo <a href="https://ttxvn.vn/tin_1">TTXVN</a>, hội nghị <em>rất</em> <b>thành công</b>
           với 2 * 3 = 6 và [ngoặc].</p>
        <p>Xấu: <a href="javascript:alert(1)">bấm</a>.</p></li></ol></highlight-cards>"#;
    let read = sources::from_html_str(page);
    let v = read[0].clone().unwrap().unwrap();
    let body = &v.collection.cards[0].body;
    assert_eq!(
        inline::parse(&body[0]),
        vec![
            Inline::Text("Theo ".into()),
            Inline::Link {
                href: "https://ttxvn.vn/tin_1".into(),
                children: vec![Inline::Text("TTXVN".into())]
            },
            Inline::Text(", hội nghị ".into()),
            Inline::Emphasis(vec![Inline::Text("rất".into())]),
            Inline::Text(" ".into()),
            Inline::Strong(vec![Inline::Text("thành công".into())]),
            Inline::Text(" với 2 * 3 = 6 và [ngoặc].".into()),
        ]
    );
    assert_eq!(body[1], "Xấu: bấm.");
    assert!(v.warnings.iter().any(|w| w.path == "cards[0].body[1]"));
}

#[test]
fn attribution_gets_one_pair_of_brackets_with_or_without_its_own() {
    for (given, kept) in [
        ("Bình chọn của Ban Biên tập", "Bình chọn của Ban Biên tập"),
        ("(Bình chọn của Ban Biên tập)", "Bình chọn của Ban Biên tập"),
        ("  ( Bình chọn (2023) )  ", "Bình chọn (2023)"),
        ("（Bình chọn）", "Bình chọn"),
        ("(a) và (b)", "(a) và (b)"),
    ] {
        let json = collection(
            r#"{"headline":"H"}"#,
            &format!(r#","attribution":{given:?}"#),
        );
        let (doc, _) = render(&json, &Default::default());
        let shown = text(doc.select(&sel(".hc-attribution")).next().unwrap());
        assert_eq!(shown, kept, "{given}");
    }
}

#[test]
fn credit_labels_keep_the_content_language_while_the_ui_follows_lang() {
    let json = collection(
        r#"{"headline":"H","photo":{"src":"a.jpg","width":3,"height":2,"alt":"A","caption":"Lễ đón. (Ảnh: Nguyễn Hồng)"}}"#,
        r#","language":"vi""#,
    );
    let english_ui = ssr::RenderOptions {
        ui_language: Some("en".into()),
        ..Default::default()
    };
    let (doc, _) = render(&json, &english_ui);
    let credit = text(doc.select(&sel(".hc-credit")).next().unwrap());
    assert_eq!(credit, "Ảnh: Nguyễn Hồng");
    // The widget's own words are English.
    let share = doc.select(&sel(".hc-share")).next().unwrap();
    assert_eq!(share.value().attr("aria-label"), Some("Share card 1"));
}

#[test]
fn share_off_renders_no_share_button_and_share_is_a_part() {
    let json = collection(r#"{"headline":"H"},{"headline":"K"}"#, "");
    let (doc, _) = render(&json, &Default::default());
    let shares: Vec<_> = doc.select(&sel("button.hc-share")).collect();
    assert_eq!(shares.len(), 2);
    assert!(shares
        .iter()
        .all(|b| b.value().attr("part") == Some("share")));
    for layout in [Layout::List, Layout::Carousel] {
        let off = ssr::RenderOptions {
            share_off: true,
            layout,
            ..Default::default()
        };
        let (doc, _) = render(&json, &off);
        assert_eq!(doc.select(&sel(".hc-share")).count(), 0, "{layout:?}");
        assert_eq!(doc.select(&sel(".hc-card")).count(), 2);
    }
}

#[test]
fn the_photo_button_is_named_by_the_photo_alt_then_its_action() {
    let json = collection(
        r#"{"headline":"H","photo":{"src":"a.jpg","width":3,"height":2,"alt":"Bìa cuốn sách","caption":"C (Ảnh: X)"}}"#,
        "",
    );
    let (doc, _) = render(&json, &Default::default());
    let button = doc.select(&sel("button.hc-zoom")).next().unwrap();
    // No aria-label: the name comes from the content, the image's alt first.
    assert_eq!(button.value().attr("aria-label"), None);
    let img = button.select(&sel("img")).next().unwrap();
    assert_eq!(img.value().attr("alt"), Some("Bìa cuốn sách"));
    // The action is a labelled image after it, not text: a filter that
    // strips the button leaves no "Phóng to ảnh 1" in the article.
    let badge = button.select(&sel(".hc-zoom-badge")).next().unwrap();
    assert_eq!(badge.value().attr("role"), Some("img"));
    assert_eq!(badge.value().attr("aria-label"), Some("Phóng to ảnh 1"));
    assert_eq!(text(button).trim(), "");
}
