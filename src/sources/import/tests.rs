//! Tests of `import`, beside the rules they check (moved out of the module to keep it readable in one sitting).

use super::*;

#[test]
fn excerpts_and_read_more_headings_are_the_same_in_both_importers() {
    assert_eq!(excerpt("ngắn"), "ngắn");
    let long = "Đ".repeat(61);
    assert_eq!(excerpt(&long), format!("{}…", "Đ".repeat(60)));
    for heading in [
        "Đọc thêm",
        "ĐỌC THÊM:",
        " Tin liên quan ",
        "Xem thêm :",
        "Read more",
        "Related:",
        "Lesen Sie auch:",
        "À lire aussi",
        "Lee también",
        "Baca juga:",
        "اقرأ أيضا",
    ] {
        assert!(is_read_more(heading), "{heading}");
    }
    assert!(!is_read_more("Đọc thêm về năm 2023"));
    // Markdown now knows "Tin liên quan" too, as the text importer did.
    let md =
        "# T\n\n## 1. Thẻ\n\nThân.\n\n## Tin liên quan\n\n- [Bài khác](https://example.com/a)\n";
    let imported = import(md, Format::Markdown).expect("a collection");
    assert_eq!(
        imported.collection.read_more.len(),
        1,
        "{:?}",
        imported.notes
    );
}

#[test]
fn json_and_html_import_as_validate_and_the_widget_read_them() {
    // JSON: every problem a note at its line, beside what could be read.
    let json = "{\n  \"id\": \"x\",\n  \"title\": \"T\",\n  \"cards\": [\n    { \"headline\": \"A\", \"kickr\": \"k\" }\n  ]\n}\n";
    let imported = import(json, Format::Json).expect("readable");
    assert_eq!(imported.collection.cards[0].headline, "A");
    assert_eq!(imported.notes.len(), 1);
    assert_eq!(imported.notes[0].line, 5);
    assert!(
        imported.notes[0].message.contains("did you mean `kicker`?"),
        "{:?}",
        imported.notes
    );
    let bad = import("{ \"cards\": [", Format::Json).unwrap_err();
    assert!(bad[0].message.starts_with("invalid JSON"));
    // HTML: the widget's markup, as the widget reads it; the second
    // widget of a page is said, not silently dropped.
    let widget = "<highlight-cards id=\"w\"><h2>Tiêu đề</h2><ol><li><h3>Thẻ</h3><p>Thân.</p></li></ol></highlight-cards>";
    let imported = import(&format!("{widget}{widget}"), Format::Html).expect("a widget");
    assert_eq!(imported.collection.title, "Tiêu đề");
    assert_eq!(imported.collection.cards[0].body, ["Thân."]);
    assert_eq!(
        imported.notes,
        [Note::new(
            0,
            "the page has 2 widgets with cards; the first is imported"
        )]
    );
    assert!(import("<p>nothing</p>", Format::Html).is_err());
}

#[test]
fn formats_are_guessed_from_the_name_then_the_text() {
    assert_eq!(Format::guess("a.MD", ""), Format::Markdown);
    assert_eq!(Format::guess("a.json", "# not json"), Format::Json);
    assert_eq!(Format::guess("", "  {\"id\": 1}"), Format::Json);
    assert_eq!(Format::guess("", "<highlight-cards>"), Format::Html);
    assert_eq!(Format::guess("", "---\ntitle: x\n---"), Format::Markdown);
    assert_eq!(Format::guess("", "Back to E-magazine\n1\n"), Format::Text);
}

#[test]
fn slugs_fold_vietnamese_marks() {
    assert_eq!(
        slug("Dấu ấn đối ngoại năm 2023"),
        "dau-an-doi-ngoai-nam-2023"
    );
    assert_eq!(
        slug("Sôi động đối ngoại 2023 và những kỳ vọng trong năm 2024"),
        "soi-dong-doi-ngoai-2023-va-nhung-ky-vong-trong-nam-2024"
    );
    assert_eq!(
        slug("  Đà Lạt: “thành phố sáng tạo”! "),
        "da-lat-thanh-pho-sang-tao"
    );
    assert_eq!(slug(""), "");
}
