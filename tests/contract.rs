//! `static/embed/embed.js` cannot import the crate's constants, so it spells
//! the names it shares with the wasm and with `render`'s output
//! (`highlight_cards::markup`) itself; this test fails the moment they part.

use highlight_cards::markup::{ERROR, HOST_SELECTOR, MOUNT_CLASS, STAMP_ATTR};

const EMBED_JS: &str = include_str!("../static/embed/embed.js");

#[test]
fn embed_js_spells_the_shared_names_as_the_crate_does() {
    for (what, expected) in [
        (
            "the host selector",
            format!("const HOSTS = '{HOST_SELECTOR}';"),
        ),
        (
            "the prerendered mount",
            format!("querySelector('.{MOUNT_CLASS}[{STAMP_ATTR}]')"),
        ),
        ("the error event", format!("new CustomEvent('{ERROR}'")),
    ] {
        assert!(
            EMBED_JS.contains(&expected),
            "embed.js should contain {what}: {expected}"
        );
    }
}

#[test]
fn render_writes_the_wrapper_the_embed_reads() {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/static/demo/dau-an-doi-ngoai-2023.json"
    ))
    .unwrap();
    let v = highlight_cards::sources::from_json_str(&json).unwrap();
    let html = highlight_cards::ssr::prerender(v.collection, &Default::default());
    assert!(html.starts_with("<highlight-cards "), "{}", &html[..40]);
    assert!(html.contains(&format!(
        "<div class=\"{MOUNT_CLASS}\" {STAMP_ATTR}=\"{} ",
        highlight_cards::hydration::VERSION
    )));
    assert!(html.contains("<template shadowrootmode=\"open\">"));
    assert!(html.contains("</template>\n<script type=\"application/json\">"));
}

/// The widget's words: embed.js's loader global and the host's words script
/// are spelled as the wasm and `render` spell them, and embed.js matches a
/// language to its table as `i18n::table_tag` does (run in Node).
#[test]
fn embed_js_loads_the_words_the_wasm_asks_for() {
    let load_rs = include_str!("../src/embed/load.rs");
    assert!(EMBED_JS.contains("const STRINGS = '__highlightCardsStrings';"));
    assert!(load_rs.contains("js_namespace = __highlightCardsStrings, js_name = load"));
    let selector = format!("script[type=\"{}\"]", highlight_cards::markup::WORDS_TYPE);
    assert!(
        EMBED_JS.contains(&selector),
        "embed.js should skip hosts with {selector}"
    );

    let start = EMBED_JS
        .find("const tableTag = ")
        .expect("tableTag in embed.js");
    let end = start + EMBED_JS[start..].find("\n};\n").expect("its end") + 3;
    let cases = [
        "ar",
        "ar-EG",
        "zh",
        "zh-CN",
        "zh-TW",
        "zh-Hant-HK",
        "zh-hk",
        "pt-PT",
        "pt-BR",
        "iw",
        "in",
        "fr-CA",
        "de",
        "ja-JP",
        "ko",
        "sw",
        "vi",
        "en-GB",
        "",
        "EN",
        "he-IL",
        "uk",
    ];
    let script = format!(
        "const TABLES = {tables};\n{function}\nconsole.log(JSON.stringify({cases}.map((l) => tableTag(l) ?? null)));",
        tables = serde_json::to_string(highlight_cards::i18n::TABLES).unwrap(),
        function = &EMBED_JS[start..end],
        cases = serde_json::to_string(&cases).unwrap(),
    );
    let out = std::process::Command::new("node")
        .args(["-e", &script])
        .output()
        .expect("node runs (scripts/setup installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let by_js: Vec<Option<String>> = serde_json::from_slice(&out.stdout).unwrap();
    let by_rust: Vec<Option<String>> = cases
        .iter()
        .map(|l| {
            highlight_cards::i18n::table_tag(l)
                .filter(|t| !matches!(*t, "vi" | "en"))
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(
        by_js, by_rust,
        "embed.js's tableTag against i18n::table_tag for {cases:?}"
    );
}

/// The TypeScript declarations name the widget's words as `i18n::NAMES` does.
#[test]
fn the_typescript_words_are_the_widgets() {
    let dts = include_str!("../npm/highlight-cards.d.ts");
    let start = dts
        .find("export interface Words {")
        .expect("Words in the d.ts");
    let body = &dts[start..start + dts[start..].find('}').unwrap()];
    let names: Vec<&str> = body
        .lines()
        .filter_map(|l| l.trim().strip_suffix("?: string;"))
        .collect();
    assert_eq!(names, highlight_cards::i18n::NAMES);
}
