//! The text importer on the two Vietnamese seeds and its small rules; the
//! other newsroom shapes are in `tests/articles.rs`.

use super::*;
use crate::model::CreditKind;

fn credit_of(card: &Card) -> (CreditKind, Vec<String>, Option<String>) {
    let caption = card
        .photo
        .as_ref()
        .and_then(|p| p.caption.clone())
        .unwrap_or_default();
    let credit = split_caption(&caption).1.expect("a credit");
    (credit.kind, credit.names, credit.agency)
}

#[test]
fn markers_headings_bylines_ledes() {
    assert_eq!(photo_marker("Sôi động đối ngoại 2023 - Ảnh 3."), Some(3));
    assert_eq!(photo_marker("Năm 2023 - một năm sôi động"), None);
    assert!(heading_like(
        "Ngoại giao văn hóa đạt được những dấu ấn quan trọng"
    ));
    assert!(!heading_like("Câu này là một đoạn văn."));
    assert!(byline_like("Hồng Nhung"));
    assert!(!byline_like("NỔI BẬT TRANG CHỦ"));
    assert!(!byline_like(
        "Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu tại hội nghị"
    ));
    assert_eq!(
        split_lede("(Tổ Quốc) - Năm 2023 là năm bản lề."),
        (
            Some("Tổ Quốc".to_owned()),
            "Năm 2023 là năm bản lề.".to_owned()
        )
    );
    assert_eq!(first_sentence("Ngắn gọn. Câu sau."), "Ngắn gọn");
    assert!(first_sentence(&"từ ".repeat(60)).ends_with('…'));
}

/// Seed 000: ten numbered cards with every credit exact, the
/// collection's kicker, attribution and the read-more list.
#[test]
fn seed_000_the_numbered_e_magazine() {
    let text = include_str!("../../../../tests/seeds/000_6f810e148873f4f9.txt");
    let Imported {
        collection: c,
        notes,
    } = import(text);
    assert_eq!(c.title, "Dấu ấn đối ngoại năm 2023");
    assert_eq!(c.id, "dau-an-doi-ngoai-nam-2023");
    assert_eq!(c.section.as_deref(), Some("e magazine"));
    assert_eq!(c.dateline.as_deref(), Some("06:06 | 31/12/2023"));
    assert_eq!(c.published.as_deref(), Some("2023-12-31T06:06:00+07:00"));
    assert_eq!(c.kicker.as_deref(), Some("Dấu ấn đối ngoại năm 2023"));
    assert!(c
        .intro
        .as_deref()
        .is_some_and(|i| i.starts_with("Báo Thế giới & Việt Nam bình chọn 10")));
    assert_eq!(c.cards.len(), 10);
    let numbers: Vec<u32> = c.cards.iter().map(Card::number).collect();
    assert_eq!(numbers, (1..=10).collect::<Vec<_>>());
    let credits: Vec<_> = c.cards.iter().map(credit_of).collect();
    let photo = |n: &str| (CreditKind::Photo, vec![n.to_owned()], None);
    let source = |n: &str| (CreditKind::Source, vec![n.to_owned()], None);
    assert_eq!(
        credits,
        [
            photo("Nguyễn Hồng"),
            photo("Tuấn Anh"),
            source("TTXVN"),
            source("TTXVN"),
            source("TTXVN"),
            photo("Tuấn Anh"),
            source("TTXVN"),
            photo("Tuấn Việt"),
            source("Tuổi trẻ"),
            source("Hội đồng giám mục Việt Nam"),
        ]
    );
    // Card 8 has two body paragraphs; every card has at least one.
    assert_eq!(c.cards[7].body.len(), 2);
    assert!(c
        .cards
        .iter()
        .all(|card| !card.body.is_empty() && !card.headline.is_empty()));
    assert_eq!(
        c.attribution.as_deref(),
        Some("Bình chọn của Ban Biên tập Báo Thế giới & Việt Nam")
    );
    assert_eq!(c.read_more.len(), 6);
    assert!(c.read_more.iter().all(|r| r.summary.is_some()));
    assert!(c.read_more[0]
        .title
        .starts_with("Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết"));
    assert!(c.read_more[5]
        .summary
        .as_deref()
        .is_some_and(|s| s.starts_with("Ngày 28/12, tại Trung tâm Đổi mới")));
    // What was not placed: the site's chrome, and the repeated header.
    let said = |line: usize| {
        notes
            .iter()
            .filter(|n| n.line == line)
            .map(|n| n.message.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(said(1), ["not placed: “Back to E-magazine”"]);
    assert_eq!(said(6), ["repeats the header: skipped"]);
    assert!(
        notes
            .iter()
            .all(|n| !n.message.starts_with("not placed") || n.line == 1),
        "{notes:#?}"
    );
}

/// Seed 002: five photo cards with sections, credits, source and byline.
#[test]
fn seed_002_the_article_with_photos() {
    let text = include_str!("../../../../tests/seeds/002_18733defb9b271dd.txt");
    let Imported {
        collection: c,
        notes,
    } = import(text);
    assert_eq!(
        c.title,
        "Sôi động đối ngoại 2023 và những kỳ vọng trong năm 2024"
    );
    assert_eq!(c.section.as_deref(), Some("Thế giới"));
    assert_eq!(c.dateline.as_deref(), Some("09/02/2024 07:45"));
    assert_eq!(c.source.as_ref().map(|s| s.name.as_str()), Some("Tổ Quốc"));
    assert!(c
        .intro
        .as_deref()
        .is_some_and(|i| i.starts_with("Năm 2023 được xem là năm bản lề")));
    assert_eq!(c.byline.as_deref(), Some("Hồng Nhung"));
    assert_eq!(c.cards.len(), 5);
    let sections: Vec<Option<&str>> = c.cards.iter().map(|k| k.section.as_deref()).collect();
    assert_eq!(
        sections,
        [
            Some("Năm 2023: Nhiều dấu ấn đối ngoại nổi bật"),
            None,
            Some("Ngoại giao văn hóa đạt được những dấu ấn quan trọng"),
            None,
            Some("Phát huy sức mạnh đối ngoại năm 2024"),
        ]
    );
    type NamesAndAgency = Option<(Vec<String>, Option<String>)>;
    let captions: Vec<(String, NamesAndAgency)> = c
        .cards
        .iter()
        .map(|k| {
            let (text, credit) = split_caption(
                k.photo
                    .as_ref()
                    .and_then(|p| p.caption.as_deref())
                    .unwrap_or(""),
            );
            (text, credit.map(|c| (c.names, c.agency)))
        })
        .collect();
    // Credits in parentheses and trailing ("… 12 - 13/12/2023. Ảnh: Hoàng Việt"), exact.
    assert_eq!(captions[0].1, Some((vec!["Hoàng Việt".to_owned()], None)));
    assert_eq!(
        captions[1].1,
        Some((vec!["Trí Dũng".to_owned()], Some("TTXVN".to_owned())))
    );
    assert_eq!(captions[2].1, None);
    assert_eq!(
        captions[3].1,
        Some((vec!["Thu Hà".to_owned()], Some("TTXVN".to_owned())))
    );
    assert_eq!(captions[4].0, "Bộ trưởng Ngoại giao Bùi Thanh Sơn");
    assert!(c.cards.iter().all(|k| !k.body.is_empty()));
    // The first card opens with the paragraph under its section heading.
    assert!(c.cards[0].body[0]
        .starts_with("Trong năm 2023, Việt Nam đã tổ chức thành công 22 chuyến thăm"));
    let unplaced: Vec<&str> = notes
        .iter()
        .filter(|n| n.message.starts_with("not placed"))
        .map(|n| n.message.as_str())
        .collect();
    assert_eq!(
        unplaced,
        [
            "not placed: “• Đường dây nóng”",
            "not placed: “0901.22.33.66 - toasoan@toquoc.gov.vn”",
            "not placed: “• Liên hệ quảng cáo”",
            "not placed: “091.358.6788”",
            "not placed: “NỔI BẬT TRANG CHỦ”",
        ]
    );
}

#[test]
fn text_with_no_cards_says_so_and_places_nothing_silently() {
    let Imported { collection, notes } =
        import("Một tiêu đề bài viết\n\nMột đoạn văn thôi.\nThêm một đoạn nữa.\n");
    assert!(collection.cards.is_empty());
    assert_eq!(collection.title, "Một tiêu đề bài viết");
    assert_eq!(collection.intro.as_deref(), Some("Một đoạn văn thôi."));
    assert!(
        notes[0]
            .message
            .starts_with("no cards found: number each card (“1. …”"),
        "{notes:?}"
    );
    assert!(notes.contains(&Note::new(4, "not placed: “Thêm một đoạn nữa.”")));
}
