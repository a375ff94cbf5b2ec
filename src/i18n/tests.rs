//! Tests of `i18n`, beside the rules they check (moved out of the module to keep it readable in one sitting).

#[test]
fn picks_by_primary_subtag() {
    assert_eq!(super::strings("en-GB").read_more, "Read more");
    assert_eq!(super::strings("vi").read_more, "Đọc thêm");
    assert_eq!(super::strings("VI-vn").read_more, "Đọc thêm");
    // No table: English, never Vietnamese.
    for other in ["sw", "x-unknown", "", "fil-PH"] {
        assert_eq!(super::strings(other).read_more, "Read more", "{other}");
    }
    // Natively every table is at hand.
    assert_eq!(super::strings("fr-CA").next_card, "Fiche suivante");
}

#[test]
fn tags_match_their_tables() {
    let cases = [
        ("zh", Some("zh-Hans")),
        ("zh-CN", Some("zh-Hans")),
        ("zh-Hans-SG", Some("zh-Hans")),
        ("zh-TW", Some("zh-Hant")),
        ("zh-hk", Some("zh-Hant")),
        ("zh-Hant", Some("zh-Hant")),
        ("pt-PT", Some("pt")),
        ("pt-BR", Some("pt")),
        ("iw", Some("he")),
        ("in-ID", Some("id")),
        ("AR-eg", Some("ar")),
        ("vi-VN", Some("vi")),
        ("en-GB", Some("en")),
        ("sw", None),
    ];
    for (tag, table) in cases {
        assert_eq!(super::table_tag(tag), table, "{tag}");
    }
    // Every listed table ships, and every shipped one is listed.
    let mut shipped: Vec<&str> = super::native::TABLE_TEXTS.iter().map(|(t, _)| *t).collect();
    shipped.sort_unstable();
    assert_eq!(shipped, super::TABLES);
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
    let names: Vec<&str> = super::NAMES.to_vec();
    assert_eq!(names.len(), 28, "{names:?}");
    let english: std::collections::HashMap<&str, String> =
        names.iter().map(|n| (*n, field(&super::EN, n))).collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/i18n");
    let mut tables = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let tag = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let table: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&text).unwrap();
        // In the order of NAMES, after "language": the build writes each
        // table as an array in the files' own order.
        let at: Vec<Option<usize>> = std::iter::once("language")
            .chain(names.iter().copied())
            .map(|n| text.find(&format!("\"{n}\":")))
            .collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]),
            "{tag}: keys out of order"
        );
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
