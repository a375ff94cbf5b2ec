//! The JS files (`static/embed/embed.js`, `embed.classic.js`,
//! `static/frame.html`, `static/frame-resizer.js`) cannot import the crate's
//! constants, so they spell the names they share with the wasm, with
//! `render`'s output and with each other (`highlight_cards::markup`)
//! themselves; these tests fail the moment one of them parts.

use highlight_cards::markup::{
    AUTO_MOUNT_GLOBAL, CARD_VIEW, ERROR, FRAME_ATTR, FRAME_EVENTS, FRAME_MARK, FRAME_TYPES,
    HOST_SELECTOR, MOUNT_CLASS, PREFETCH_GLOBAL, READY, SRC_ATTRS, STAMP_ATTR, STRINGS_GLOBAL,
};

const EMBED_JS: &str = include_str!("../static/embed/embed.js");
const CLASSIC_JS: &str = include_str!("../static/embed/embed.classic.js");
const FRAME_HTML: &str = include_str!("../static/frame.html");
const RESIZER_JS: &str = include_str!("../static/frame-resizer.js");

/// Fails with every expected spelling a file lacks.
fn spells(file: &str, text: &str, expected: &[(&str, String)]) {
    let missing: Vec<String> = expected
        .iter()
        .filter(|(_, e)| !text.contains(e.as_str()))
        .map(|(what, e)| format!("{what}: {e}"))
        .collect();
    assert!(
        missing.is_empty(),
        "{file} should contain:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_js_file_spells_the_shared_names_as_the_crate_does() {
    let [src, data_src] = SRC_ATTRS;
    spells(
        "embed.js",
        EMBED_JS,
        &[
            (
                "the prefetch global",
                format!("const PREFETCH = '{PREFETCH_GLOBAL}';"),
            ),
            (
                "the words global",
                format!("const STRINGS = '{STRINGS_GLOBAL}';"),
            ),
            (
                "where a host's data is, as the wasm reads it",
                format!(
                    "(host.getAttribute('{src}') ?? host.getAttribute('{data_src}') ?? '').trim()"
                ),
            ),
        ],
    );
    spells(
        "embed.classic.js",
        CLASSIC_JS,
        &[
            (
                "the host selector",
                format!("querySelectorAll('{HOST_SELECTOR}')"),
            ),
            ("the error event", format!("new CustomEvent('{ERROR}'")),
        ],
    );
    let events = FRAME_EVENTS.map(|e| format!("'{e}'")).join(", ");
    spells(
        "frame.html",
        FRAME_HTML,
        &[
            (
                "the message mark",
                format!("{{ {FRAME_MARK}, ...message }}"),
            ),
            (
                "the events it forwards",
                format!("for (const type of [{events}])"),
            ),
            ("the height message", format!("type: '{}'", FRAME_TYPES[0])),
            (
                "the deep-link message",
                format!("data.type !== '{}'", FRAME_TYPES[1]),
            ),
            ("the events' names", "`highlight-cards:${type}`".to_owned()),
        ],
    );
    spells(
        "frame-resizer.js",
        RESIZER_JS,
        &[
            (
                "the frames it serves",
                format!("const SELECTOR = 'iframe[{FRAME_ATTR}]';"),
            ),
            (
                "the message mark",
                format!("data.{} !== 1", FRAME_MARK.trim_end_matches(": 1")),
            ),
            (
                "the events it re-dispatches",
                format!("[{events}].includes(data.type)"),
            ),
            (
                "the height message",
                format!("data.type === '{}'", FRAME_TYPES[0]),
            ),
            (
                "the deep-link message",
                format!("{{ {FRAME_MARK}, type: '{}'", FRAME_TYPES[1]),
            ),
        ],
    );
    // The events' full names are the crate's.
    for (event, name) in [("ready", READY), ("error", ERROR), ("cardview", CARD_VIEW)] {
        assert_eq!(format!("highlight-cards:{event}"), name);
    }
    // The wasm's side of the globals (a `js_namespace` cannot name a const).
    let load_rs = include_str!("../src/embed/load.rs");
    assert!(load_rs.contains(&format!("js_namespace = {STRINGS_GLOBAL}")));
    assert!(load_rs.contains("markup::PREFETCH_GLOBAL"));
    assert!(include_str!("../src/embed/mod.rs").contains("markup::AUTO_MOUNT_GLOBAL"));
    let _ = AUTO_MOUNT_GLOBAL;
}

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

/// One rule for where a host's data is, on both sides: `src` when the
/// attribute is there, else `data-src`; blank is none (they differed when
/// `src=""`: `embed.js` fetched `data-src`, the wasm nothing).
#[test]
fn src_when_there_else_data_src() {
    use highlight_cards::sources::html::{page_widgets, PageWidget};
    for (attrs, expected) in [
        (r#"src="" data-src="a.json""#, None),
        (r#"src="  " data-src="a.json""#, None),
        (r#"src="b.json" data-src="a.json""#, Some("b.json")),
        (r#"data-src="a.json""#, Some("a.json")),
        (r#"src="" data-src="""#, None),
    ] {
        let page = format!("<highlight-cards {attrs}></highlight-cards>");
        let got = match page_widgets(&page).into_iter().next() {
            Some(PageWidget::Url(url)) => Some(url),
            _ => None,
        };
        assert_eq!(got.as_deref().map(str::trim), expected, "{attrs}");
    }
}
