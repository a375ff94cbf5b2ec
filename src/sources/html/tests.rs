//! Tests of `html`, beside the rules they check (moved out of the module to keep it readable in one sitting).

use super::*;
use crate::model::{validate, CreditKind};

fn read_fragment(html: &str) -> Option<Collection> {
    let doc = scraper::Html::parse_fragment(html);
    let host = doc
        .select(&scraper::Selector::parse(HOST_SELECTOR).unwrap())
        .next()
        .unwrap();
    read(&host, "fallback-id", "vi").map(|(c, _)| c)
}

/// `data-rest` is read as a reader's browser reads JSON: a faulty field
/// is left out and named, the others kept; JSON that does not parse is
/// named too, and the cards stay. `validate` calls either an error.
#[test]
fn data_rest_keeps_what_it_can_and_names_the_rest() {
    let page = |rest: &str| {
        format!(
            "<highlight-cards id=\"r\" data-rest='{rest}'><h2>T</h2><h3>1. A</h3><p>B</p></highlight-cards>"
        )
    };
    let doc = scraper::Html::parse_fragment(&page(
        r#"{"byline":"Hồng Nhung","dateline":5,"readMore":[{"title":"X","url":"https://e.vn/x"}],"cards":[]}"#,
    ));
    let host = doc
        .select(&scraper::Selector::parse(HOST_SELECTOR).unwrap())
        .next()
        .unwrap();
    let (c, problems) = read(&host, "id", "vi").unwrap();
    assert_eq!(c.byline.as_deref(), Some("Hồng Nhung"));
    assert_eq!(c.read_more[0].title, "X");
    assert_eq!((c.dateline, c.cards.len()), (None, 1));
    let named: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(named, ["data-rest.dateline"]);
    let checked = super::super::check_html_str(&page("{not json"));
    let checked = checked[0].as_ref().unwrap();
    let errors = checked.strict.as_ref().unwrap_err();
    assert!(errors[0].message.starts_with("invalid JSON"), "{errors:?}");
    let reader = checked.reader.as_ref().unwrap();
    assert_eq!(reader.collection.cards.len(), 1);
    assert_eq!(reader.warnings.len(), 1);
}

#[test]
fn reads_the_documented_markup() {
    let c = read_fragment(
        r#"<highlight-cards id="demo" lang="vi">
             <p data-kicker>Dấu ấn đối ngoại năm 2023</p>
             <h2> Dấu ấn   đối ngoại năm 2023 </h2>
             <p>Mười dấu ấn.</p>
             <ol>
               <li value="4" data-section="Song phương">
                 <h3>Việt Nam – Hoa Kỳ</h3>
                 <figure>
                   <img src="04-960.jpg" srcset="04-480.jpg 480w, 04-960.jpg 960w" width="1600" height="1067" alt="Lễ đón">
                   <figcaption>Lễ đón chính thức Tổng thống Joe Biden. <small>(Nguồn: TTXVN)</small></figcaption>
                 </figure>
                 <p>Đoạn một.</p>
                 <p>Đoạn
                    hai.</p>
               </li>
               <li><h3>Thẻ không ảnh</h3></li>
             </ol>
             <footer><p>(Bình chọn của Ban Biên tập Báo Thế giới &amp; Việt Nam)</p></footer>
           </highlight-cards>"#,
    )
    .unwrap();
    assert_eq!(c.id, "demo");
    assert_eq!(c.title, "Dấu ấn đối ngoại năm 2023");
    assert_eq!(c.kicker.as_deref(), Some("Dấu ấn đối ngoại năm 2023"));
    assert_eq!(c.intro.as_deref(), Some("Mười dấu ấn."));
    let v = validate(c).unwrap().collection;
    // Brackets around the attribution are the widget's to draw.
    assert_eq!(
        v.attribution.as_deref(),
        Some("Bình chọn của Ban Biên tập Báo Thế giới & Việt Nam")
    );
    let card = &v.cards[0];
    assert_eq!(card.number(), 4);
    assert_eq!(card.section.as_deref(), Some("Song phương"));
    assert_eq!(card.headline, "Việt Nam – Hoa Kỳ");
    assert_eq!(card.body, ["Đoạn một.", "Đoạn hai."]);
    let photo = card.photo.as_ref().unwrap();
    assert_eq!(photo.src, "04-960.jpg");
    assert_eq!((photo.width, photo.height), (Some(1600), Some(1067)));
    assert_eq!(
        photo.caption.as_deref(),
        Some("Lễ đón chính thức Tổng thống Joe Biden.")
    );
    let credit = photo.credit.as_ref().unwrap();
    assert_eq!(
        (credit.kind, credit.names.as_slice()),
        (CreditKind::Source, ["TTXVN".to_owned()].as_slice())
    );
    assert_eq!(v.cards[1].number(), 5);
    assert!(v.cards[1].photo.is_none());
}

#[test]
fn markup_without_a_list_is_not_a_source_and_id_falls_back() {
    assert!(read_fragment("<div data-highlight-cards><p>Đang tải…</p></div>").is_none());
    let c = read_fragment(
        "<div data-highlight-cards><article><h2>T</h2><ol><li><h3>H</h3></li></ol></article></div>",
    )
    .unwrap();
    assert_eq!(
        (c.id.as_str(), c.title.as_str(), c.cards.len()),
        ("fallback-id", "T", 1)
    );
}

#[test]
fn broken_markup_is_reported_by_path() {
    let c = read_fragment(r#"<div data-highlight-cards id="x"><ol><li><figure><img alt="a"></figure></li></ol></div>"#).unwrap();
    let errors: Vec<String> = validate(c)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "title: must not be empty",
            "cards[0].headline: card 1 has an empty headline",
            "cards[0].photo.src: must not be empty"
        ]
    );
}

#[test]
fn a_host_language_is_the_nearest_lang_even_when_empty() {
    // As the browser's embed reads it (`closest("[lang]")`): `lang=""`
    // means "unknown" and stops the search; the default is then "vi".
    let page = r#"<html lang="en"><body>
        <div lang=""><highlight-cards><h2>T</h2><ol><li><h3>H</h3></li></ol></highlight-cards></div>
        <highlight-cards><h2>T</h2><ol><li><h3>H</h3></li></ol></highlight-cards>
        <section lang="fr"><highlight-cards lang="de"><h2>T</h2><ol><li><h3>H</h3></li></ol></highlight-cards></section>
    </body></html>"#;
    let languages: Vec<String> = super::read_page(page)
        .into_iter()
        .map(|c| c.unwrap().language)
        .collect();
    assert_eq!(languages, ["vi", "en", "de"]);
}
