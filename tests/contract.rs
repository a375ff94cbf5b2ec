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
