//! The widget's own words (not the content's), in Vietnamese and English.
//! Chosen by the host's `lang` attribute, else the collection's `language`
//! (which, when the data has none, is the host's or the page's `lang`, and
//! Vietnamese only without any hint: see `sources::from_js`). A language
//! without a table gets English, never Vietnamese.

/// UI strings for one language. `{n}` and `{total}` are filled in by [`fill`].
#[derive(Debug, PartialEq, Eq)]
pub struct Strings {
    /// Heading of the related-stories list.
    pub read_more: &'static str,
    /// Credit label for a photographer.
    pub photo: &'static str,
    /// Credit label for a source.
    pub source: &'static str,
    /// Heading of the message shown when the data cannot be rendered.
    pub error_title: &'static str,
    /// Hint under that heading.
    pub error_hint: &'static str,
    /// Heading of the message shown when the data could not be loaded.
    pub load_title: &'static str,
    /// Hint under that heading.
    pub load_hint: &'static str,
    /// Heading of the message shown after an internal error stopped the widget.
    pub stopped_title: &'static str,
    /// Hint under that heading.
    pub stopped_hint: &'static str,
    /// Accessible name of the card list.
    pub cards_label: &'static str,
    /// `aria-roledescription` of the carousel.
    pub carousel: &'static str,
    /// `aria-roledescription` of a slide.
    pub slide: &'static str,
    /// Position in the carousel, "3 / 10".
    pub position: &'static str,
    /// Previous-card button.
    pub previous_card: &'static str,
    /// Next-card button.
    pub next_card: &'static str,
    /// Label of the numbered index.
    pub card_index: &'static str,
    /// A button of the numbered index.
    pub go_to_card: &'static str,
    /// Visible text of a share button.
    pub share: &'static str,
    /// Accessible name of a card's share button.
    pub share_card: &'static str,
    /// Announced after the link was copied.
    pub link_copied: &'static str,
    /// Announced when neither sharing nor copying worked.
    pub link_not_copied: &'static str,
    /// Accessible name of the button around a photo.
    pub enlarge_photo: &'static str,
    /// Shown in place of a photo that failed to load.
    pub photo_failed: &'static str,
    /// Accessible name of the full-screen photo viewer.
    pub photo_viewer: &'static str,
    /// Close button of the viewer.
    pub close: &'static str,
    /// Previous photo in the viewer.
    pub previous_photo: &'static str,
    /// Next photo in the viewer.
    pub next_photo: &'static str,
    /// Hint in the viewer.
    pub zoom_hint: &'static str,
}

/// Vietnamese.
pub static VI: Strings = Strings {
    read_more: "Đọc thêm",
    photo: "Ảnh",
    source: "Nguồn",
    error_title: "Không thể hiển thị nội dung này",
    error_hint: "Dữ liệu của khối nội dung có lỗi.",
    load_title: "Không tải được nội dung này",
    load_hint: "Hãy kiểm tra kết nối mạng và tải lại trang.",
    stopped_title: "Khối nội dung đã dừng do một lỗi nội bộ",
    stopped_hint: "Hãy tải lại trang; nếu lỗi vẫn còn, xin báo cho toà soạn.",
    cards_label: "Các điểm nhấn",
    carousel: "băng chuyền",
    slide: "thẻ",
    position: "{n} / {total}",
    previous_card: "Thẻ trước",
    next_card: "Thẻ sau",
    card_index: "Chọn thẻ",
    go_to_card: "Đến thẻ {n}",
    share: "Chia sẻ",
    share_card: "Chia sẻ thẻ {n}",
    link_copied: "Đã sao chép liên kết thẻ {n}",
    link_not_copied: "Không sao chép được liên kết",
    enlarge_photo: "Phóng to ảnh {n}",
    photo_failed: "Không tải được ảnh",
    photo_viewer: "Xem ảnh {n} / {total}",
    close: "Đóng",
    previous_photo: "Ảnh trước",
    next_photo: "Ảnh sau",
    zoom_hint: "Chạm hai lần hoặc chụm hai ngón để phóng to",
};

/// English.
pub static EN: Strings = Strings {
    read_more: "Read more",
    photo: "Photo",
    source: "Source",
    error_title: "This content cannot be shown",
    error_hint: "The widget's data has errors.",
    load_title: "This content could not be loaded",
    load_hint: "Check your connection and reload the page.",
    stopped_title: "This content stopped because of an internal error",
    stopped_hint: "Please reload the page; if it happens again, tell the newsroom.",
    cards_label: "Highlights",
    carousel: "carousel",
    slide: "slide",
    position: "{n} / {total}",
    previous_card: "Previous card",
    next_card: "Next card",
    card_index: "Choose a card",
    go_to_card: "Go to card {n}",
    share: "Share",
    share_card: "Share card {n}",
    link_copied: "Link to card {n} copied",
    link_not_copied: "Could not copy the link",
    enlarge_photo: "Enlarge photo {n}",
    photo_failed: "Photo unavailable",
    photo_viewer: "Photo {n} of {total}",
    close: "Close",
    previous_photo: "Previous photo",
    next_photo: "Next photo",
    zoom_hint: "Double-tap or pinch to zoom",
};

/// Strings for a BCP 47 tag: Vietnamese for `vi`, `vi-VN`…; English for
/// every other language (English is the one a reader of a language without
/// a table is likeliest to read).
pub fn strings(language: &str) -> &'static Strings {
    let primary = language.split(['-', '_']).next().unwrap_or("");
    if primary.eq_ignore_ascii_case("vi") {
        &VI
    } else {
        &EN
    }
}

/// Whether text in `language` (a BCP 47 tag) is written right to left: a
/// script subtag decides (`Arab`, `Hebr`, `Thaa`, `Syrc`, `Nkoo`, `Adlm`,
/// `Rohg`, `Mand`, `Samr`: "az-Arab" is, "ar-Latn" is not), else the
/// language's usual script (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi,
/// Uyghur, Yiddish, Dhivehi, Central Kurdish, Syriac, N'Ko and a few more).
pub fn is_rtl(language: &str) -> bool {
    // Space-separated: one string costs the wasm less than a list of them.
    const SCRIPTS: &str = "arab hebr thaa syrc nkoo adlm rohg mand samr";
    const LANGUAGES: &str =
        "ar he iw fa ur ps sd ug yi dv ckb syr nqo arc ks prs pnb azb lrc mzn glk bal khw bqi";
    let listed = |list: &str, tag: &str| list.split(' ').any(|t| t.eq_ignore_ascii_case(tag));
    let mut subtags = language.split(['-', '_']);
    let primary = subtags.next().unwrap_or("");
    match subtags.find(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic())) {
        Some(script) => listed(SCRIPTS, script),
        None => listed(LANGUAGES, primary),
    }
}

/// Fills `{n}` and `{total}` in a UI string.
pub fn fill(template: &str, n: usize, total: usize) -> String {
    template
        .replace("{n}", &n.to_string())
        .replace("{total}", &total.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn picks_by_primary_subtag() {
        assert_eq!(super::strings("en-GB").read_more, "Read more");
        assert_eq!(super::strings("vi").read_more, "Đọc thêm");
        assert_eq!(super::strings("VI-vn").read_more, "Đọc thêm");
        // No table: English, never Vietnamese.
        for other in ["fr", "ar", "zh-Hant", "", "x-unknown"] {
            assert_eq!(super::strings(other).read_more, "Read more", "{other}");
        }
    }

    #[test]
    fn right_to_left_by_script_then_language() {
        for rtl in [
            "ar",
            "ar-EG",
            "he",
            "fa-IR",
            "ur",
            "ckb",
            "az-Arab",
            "pa-Arab-PK",
            "yi",
        ] {
            assert!(super::is_rtl(rtl), "{rtl}");
        }
        for ltr in [
            "vi",
            "en",
            "en-US",
            "ar-Latn",
            "zh-Hant-TW",
            "ku",
            "az",
            "",
            "sr-Cyrl",
        ] {
            assert!(!super::is_rtl(ltr), "{ltr}");
        }
    }

    /// The tables for the other languages (`static/i18n/<tag>.json`, to be
    /// loaded on demand) have every string the Vietnamese and English ones
    /// have, in the same order, with the same `{n}`/`{total}` placeholders.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_table_has_every_string() {
        // The field names, in order, as `Debug` prints the struct.
        let debug = format!("{:?}", super::EN);
        let names: Vec<&str> = debug
            .split(['{', ','])
            .skip(1)
            .filter_map(|part| part.trim().split_once(": \""))
            .map(|(name, _)| name)
            .collect();
        assert_eq!(names.len(), 28, "{names:?}");
        let english: std::collections::HashMap<&str, String> =
            names.iter().map(|n| (*n, field(&super::EN, n))).collect();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/i18n");
        let mut tables = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let tag = path.file_stem().unwrap().to_str().unwrap().to_owned();
            let table: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let keys: Vec<&str> = table
                .keys()
                .map(String::as_str)
                .filter(|k| *k != "language")
                .collect();
            let mut expected = names.clone();
            expected.sort_unstable();
            let mut got = keys.clone();
            got.sort_unstable();
            assert_eq!(got, expected, "{tag}: the strings");
            assert_eq!(table["language"], tag.as_str(), "{tag}: its language");
            for name in &names {
                let text = table[*name].as_str().unwrap_or_default();
                let reference = english[*name].as_str();
                assert!(!text.trim().is_empty(), "{tag}.{name} is empty");
                for placeholder in ["{n}", "{total}"] {
                    assert_eq!(
                        text.contains(placeholder),
                        reference.contains(placeholder),
                        "{tag}.{name}: {placeholder}"
                    );
                }
            }
            tables += 1;
        }
        assert!(tables >= 17, "{tables} tables");
    }

    /// One string of a table by its field name (via `Debug`, test only).
    #[cfg(not(target_arch = "wasm32"))]
    fn field(t: &super::Strings, name: &str) -> String {
        let debug = format!("{t:?}");
        let start = debug.find(&format!(" {name}: \"")).unwrap() + name.len() + 4;
        let rest = &debug[start..];
        let end = rest.find("\", ").or_else(|| rest.find("\" }")).unwrap();
        rest[..end].replace("\\\"", "\"")
    }

    #[test]
    fn fills_numbers() {
        assert_eq!(super::fill(super::VI.position, 3, 10), "3 / 10");
        assert_eq!(super::fill(super::EN.photo_viewer, 2, 5), "Photo 2 of 5");
    }
}
