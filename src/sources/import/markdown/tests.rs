//! Tests of `markdown`, beside the rules they check (moved out of the module to keep it readable in one sitting).

use super::*;
use crate::model::credit::split_caption;

const DOC: &str = r#"---
id: doi-ngoai-2023
kicker: Dấu ấn đối ngoại năm 2023
section: E-magazine
dateline: 06:06 | 31/12/2023
published: 2023-12-31T06:06:00+07:00
source: Báo Thế giới & Việt Nam <https://baoquocte.vn/>
---

# Dấu ấn đối ngoại năm 2023

Mười sự kiện đối ngoại nổi bật của năm, do ban biên tập chọn.

### Đối ngoại song phương

## 1. Ngoại giao “cây tre” ghi nhiều dấu ấn

> Tiêu điểm

![Bìa cuốn sách](https://example.vn/a.jpg "Bìa cuốn sách về đối ngoại. (Ảnh: Nguyễn Hồng)")

Năm 2023 có **22 chuyến thăm** cấp cao và [28 đoàn](https://example.vn/doan) đến Việt Nam.

Đoạn thứ hai, *ngắn gọn*.

## 2. Quan hệ với Hoa Kỳ lên tầm mới

![Lễ đón](https://example.vn/b.jpg)

*Lễ đón chính thức Tổng thống Hoa Kỳ. (Nguồn: TTXVN)*

Hai nước xác lập quan hệ Đối tác chiến lược toàn diện.

## 3. Ngoại giao văn hóa

![Hạ Long](https://example.vn/c.jpg "Vịnh Hạ Long - quần đảo Cát Bà. (Ảnh: Trí Dũng/TTXVN)")

Bốn danh hiệu UNESCO trong năm.

(Bình chọn của Ban Biên tập Báo Thế giới & Việt Nam)

## Đọc thêm

- [Hội nghị Ngoại giao lần thứ 32](https://example.vn/hn32) — Ngành ngoại giao tổng kết một năm nhiều dấu ấn.
- **Ngày Việt Nam ở ba châu lục** — Văn hóa Việt đến với bạn bè quốc tế.
"#;

#[test]
fn a_collection_written_to_the_convention() {
    let Imported {
        collection: c,
        notes,
    } = import(DOC);
    // Only the language, found from the text (no `language:` given).
    assert_eq!(c.language, "vi");
    assert!(
        notes
            .iter()
            .all(|n| n.message.starts_with("language: “vi”, detected")),
        "{notes:?}"
    );
    assert_eq!(c.id, "doi-ngoai-2023");
    assert_eq!(c.title, "Dấu ấn đối ngoại năm 2023");
    assert_eq!(c.kicker.as_deref(), Some("Dấu ấn đối ngoại năm 2023"));
    assert_eq!(c.section.as_deref(), Some("E-magazine"));
    assert_eq!(c.dateline.as_deref(), Some("06:06 | 31/12/2023"));
    assert_eq!(c.published.as_deref(), Some("2023-12-31T06:06:00+07:00"));
    assert_eq!(
        c.source,
        Some(Source {
            name: "Báo Thế giới & Việt Nam".into(),
            url: Some("https://baoquocte.vn/".into())
        })
    );
    assert_eq!(
        c.intro.as_deref(),
        Some("Mười sự kiện đối ngoại nổi bật của năm, do ban biên tập chọn.")
    );
    assert_eq!(
        c.attribution.as_deref(),
        Some("Bình chọn của Ban Biên tập Báo Thế giới & Việt Nam")
    );
    let card = &c.cards[0];
    assert_eq!(card.number, Some(1));
    assert_eq!(card.headline, "Ngoại giao “cây tre” ghi nhiều dấu ấn");
    assert_eq!(card.section.as_deref(), Some("Đối ngoại song phương"));
    assert_eq!(card.kicker.as_deref(), Some("Tiêu điểm"));
    let photo = card.photo.as_ref().unwrap();
    assert_eq!(photo.src, "https://example.vn/a.jpg");
    assert_eq!(photo.alt.as_deref(), Some("Bìa cuốn sách"));
    assert_eq!(
        card.body,
        [
            "Năm 2023 có **22 chuyến thăm** cấp cao và [28 đoàn](<https://example.vn/doan>) đến Việt Nam.",
            "Đoạn thứ hai, *ngắn gọn*.",
        ]
    );
    assert_eq!(
        c.cards.iter().map(|k| k.number).collect::<Vec<_>>(),
        [Some(1), Some(2), Some(3)]
    );
    assert_eq!(c.cards[1].section, None);
    assert_eq!(c.cards[2].body, ["Bốn danh hiệu UNESCO trong năm."]);
    // Every credit exact, as the widget's credit parser reads the caption.
    let credits: Vec<(Vec<String>, Option<String>)> = c
        .cards
        .iter()
        .map(|k| {
            let credit =
                split_caption(k.photo.as_ref().and_then(|p| p.caption.as_deref()).unwrap())
                    .1
                    .unwrap();
            (credit.names, credit.agency)
        })
        .collect();
    assert_eq!(
        credits,
        [
            (vec!["Nguyễn Hồng".to_owned()], None),
            (vec!["TTXVN".to_owned()], None),
            (vec!["Trí Dũng".to_owned()], Some("TTXVN".to_owned())),
        ]
    );
    assert_eq!(
        c.read_more,
        [
            ReadMore {
                title: "Hội nghị Ngoại giao lần thứ 32".into(),
                summary: Some("Ngành ngoại giao tổng kết một năm nhiều dấu ấn.".into()),
                url: Some("https://example.vn/hn32".into()),
            },
            ReadMore {
                title: "Ngày Việt Nam ở ba châu lục".into(),
                summary: Some("Văn hóa Việt đến với bạn bè quốc tế.".into()),
                url: None,
            },
        ]
    );
    // What `validate` makes of it: only the missing sizes, as warnings.
    let validated = crate::model::validate(c).expect("valid");
    assert!(
        validated
            .warnings
            .iter()
            .all(|w| w.message.contains("width")),
        "{:?}",
        validated.warnings
    );
}

#[test]
fn what_does_not_fit_is_noted_with_its_line() {
    let doc = "---\ntitle: Tiêu đề\ncolour: đỏ\n---\nLời dẫn trước tiêu đề.\n\n# Tiêu đề khác\n\n## 1. Thẻ\n\n![a](a.jpg \"A (Ảnh: X)\")\n\n![b](b.jpg)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\nThân bài.\n";
    let Imported {
        collection: c,
        notes,
    } = import(doc);
    let said: Vec<String> = notes
        .iter()
        .filter(|n| !n.message.starts_with("language:"))
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        said,
        [
            "line 3: front matter: unknown key `colour` (known: id, language, title, kicker, section, dateline, published, intro, attribution, source, byline)",
            "line 7: title given twice: the front matter's is kept, not “Tiêu đề khác”",
            "line 13: a second photo in one card: not placed",
            "line 15: not placed: a table",
            "line 19: not placed: a code block",
        ]
    );
    // Text before the title is the intro (the convention's place for it).
    assert_eq!(c.intro.as_deref(), Some("Lời dẫn trước tiêu đề."));
    assert_eq!(c.title, "Tiêu đề");
    assert_eq!(c.cards[0].body, ["Thân bài."]);
    assert_eq!(c.id, "tieu-de");
}

#[test]
fn a_document_without_title_or_cards_says_so() {
    let Imported { notes, .. } = import("Chỉ một đoạn văn.\n\nVà một đoạn nữa.\n");
    let said: Vec<String> = notes
        .iter()
        .filter(|n| !n.message.starts_with("language:"))
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        said,
        [
            "no title: start with “# Title” or give `title:` in the front matter",
            "no cards: start each with “## 1. Headline”",
            "line 3: not placed: “Và một đoạn nữa.”",
        ]
    );
}
