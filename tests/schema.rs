//! The published JSON Schema must be the one the code generates, and the
//! demo data must satisfy the model.

use std::process::Command;

/// Runs the CLI with `args`.
fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_highlight-cards"))
        .args(args)
        .output()
        .expect("run highlight-cards")
}

/// A scratch path as a CLI argument (temporary paths here are UTF-8).
fn arg(path: &std::path::Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

#[test]
fn committed_schema_is_current() {
    let out = cli(&["schema"]);
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).unwrap();
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/highlight-cards.schema.json"
    ))
    .unwrap();
    assert!(
        generated == committed,
        "schema/highlight-cards.schema.json is stale: run\n  cargo run -- schema > schema/highlight-cards.schema.json"
    );
}

/// A fresh directory for a test's files (removed by the test at its end).
fn scratch_dir(prefix: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("{prefix}{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn validate_cli_exit_codes() {
    let dir = scratch_dir("hc-cli-");
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"id":"x","title":"T","cards":[{"headline":"H","photo":{}}]}"#,
    )
    .unwrap();
    let out = cli(&["validate", arg(&bad)]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("cards[0].photo.src: required field is missing"),
        "{stdout}"
    );

    let demo = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/static/demo/dau-an-doi-ngoai-2023.json"
    );
    let out = cli(&["validate", demo]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    // Every problem in one run, each at line:column, with "did you mean";
    // exit 1: invalid, but a reader's browser would still show cards.
    let many = dir.join("many.json");
    std::fs::write(
        &many,
        "\u{feff}{\"id\":\"x\",\"title\":\"T\",\"cards\":[\n  {\"headline\":\"A\",\"kickr\":\"c\",\"section\":7},\n  {\"headline\":\"B\",\"photo\":{\"src\":\"javascript:x\",\"widht\":3}},\n  {\"body\":[\"no headline\"]}]}",
    )
    .unwrap();
    let out = cli(&["validate", arg(&many)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    for expected in [
        "many.json:2:27: error: cards[0].kickr: unknown field (allowed here: number, section, kicker, headline, photo, body); did you mean `kicker`?",
        "many.json:2:41: error: cards[0].section: should be text, not the number 7",
        "cards[1].photo.widht: unknown field",
        "did you mean `width`?",
        "cards[2].headline: required field is missing",
        "cards[1].photo.src: only http(s) or relative image URLs are allowed",
        "many.json: invalid (5 errors); a reader's browser would still show 2 cards, leaving the faulty parts out",
    ] {
        assert!(stdout.contains(expected), "{expected}\nnot in\n{stdout}");
    }
    // Nothing a reader could see: exit 3.
    std::fs::write(&many, r#"{"id":"x","title":"T","cards":[{"headline":5}]}"#).unwrap();
    let out = cli(&["validate", arg(&many)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(3), "{stdout}");
    assert!(
        stdout.contains("a reader's browser would show nothing"),
        "{stdout}"
    );

    let out = cli(&["validate", arg(&dir.join("missing.json"))]);
    assert_eq!(out.status.code(), Some(2));
    let out = cli(&[]);
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(dir).ok();
}

/// `validate page.html` checks a page's plain-HTML widgets as the embed reads them.
#[test]
fn validate_cli_reads_plain_html_pages() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/plain-html.html");
    let out = cli(&["validate", example]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("plain-html.html#1: ok (10 cards)"),
        "{stdout}"
    );

    let dir = scratch_dir("hc-cli-html-");
    let page = dir.join("page.html");
    std::fs::write(
        &page,
        r#"<!doctype html><html lang="vi"><body>
        <highlight-cards src="cards.json"></highlight-cards>
        <div data-highlight-cards id="x"><ol><li><h3>Một</h3><img src="javascript:alert(1)" alt=""></li></ol></div>
        <div data-highlight-cards><script type="application/json">{"id":"j","title":"T","cards":[{"headline":"H","kickr":"k"}]}</script></div>
        <div data-highlight-cards><p>Đang tải…</p></div>
        </body></html>"#,
    )
    .unwrap();
    let out = cli(&["validate", arg(&page)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    // The worst widget decides: #4 would show nothing.
    assert_eq!(out.status.code(), Some(3), "{stdout}");
    assert!(stdout.contains("page.html#1: skipped"), "{stdout}");
    assert!(
        stdout.contains(
            "page.html#3: invalid (1 error); a reader's browser would still show 1 card,"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("page.html#2: error: cards[0].photo.src:"),
        "{stdout}"
    );
    // Inline JSON is checked too, as JSON; a host with no data is an error.
    assert!(
        stdout.contains("page.html#3: error: cards[0].kickr: unknown field")
            && stdout.contains("did you mean `kicker`?"),
        "{stdout}"
    );
    assert!(stdout.contains("page.html#4: error: no data"), "{stdout}");
    assert!(
        stdout.contains("page.html#4: invalid (1 error); a reader's browser would show nothing"),
        "{stdout}"
    );

    std::fs::write(&page, "<p>no widget here</p>").unwrap();
    let out = cli(&["validate", arg(&page)]);
    assert_eq!(out.status.code(), Some(3), "nothing to show");
    std::fs::remove_dir_all(dir).ok();
}

/// `render page.html` renders what `validate page.html` accepts: each widget
/// with inline JSON or plain-HTML cards, prerendered in turn.
#[test]
fn render_cli_renders_a_page_widgets() {
    let dir = scratch_dir("hc-cli-render-");
    let page = dir.join("page.html");
    std::fs::write(
        &page,
        r#"<!doctype html><html lang="vi"><body>
        <highlight-cards src="cards.json"></highlight-cards>
        <div data-highlight-cards><script type="application/json">{"id":"j","title":"Từ JSON","cards":[{"headline":"Một","photo":{"src":"a.jpg","width":3,"height":2,"alt":"a","caption":"C (Ảnh: X)"}}]}</script></div>
        <highlight-cards id="h"><h2>Từ HTML</h2><ol><li><h3>Hai</h3><p>Đoạn.</p></li></ol></highlight-cards>
        </body></html>"#,
    )
    .unwrap();
    let out = cli(&["render", arg(&page)]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stdout.matches("<highlight-cards").count(), 2, "{stdout}");
    assert!(
        stdout.contains("Từ JSON") && stdout.contains("Từ HTML"),
        "{stdout}"
    );
    assert!(stderr.contains("page.html#1: skipped"), "{stderr}");
    // a.jpg stays relative: said once, with the way out.
    assert_eq!(stderr.matches("pass --base URL").count(), 1, "{stderr}");
    let out = cli(&[
        "render",
        arg(&page),
        "--base",
        "https://cdn.example/d/cards.json",
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("https://cdn.example/d/a.jpg"), "{stdout}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("pass --base URL"));
    // --assets names the folder the file is published in, whatever it is
    // called: no `demo/` is assumed.
    for folder in ["https://cdn.example/data", "https://cdn.example/data/"] {
        let out = cli(&["render", arg(&page), "--assets", folder]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.contains("\"https://cdn.example/data/a.jpg\""),
            "{folder}: {stdout}"
        );
        assert!(!stdout.contains("/demo/"), "{stdout}");
    }
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn import_cli_turns_article_text_into_collection_json() {
    // Seed 000, format guessed from `.txt`: ten cards on stdout, notes with
    // their lines on stderr.
    let out = cli(&["import", "tests/seeds/000_6f810e148873f4f9.txt"]);
    assert_eq!(out.status.code(), Some(0));
    let c: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(c["cards"].as_array().map(Vec::len), Some(10));
    assert_eq!(
        c["cards"][2]["photo"]["caption"]
            .as_str()
            .map(|s| s.ends_with("(Nguồn: TTXVN)")),
        Some(true)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "tests/seeds/000_6f810e148873f4f9.txt:1: note: not placed: “Back to E-magazine”"
        ),
        "{stderr}"
    );
    // The draft is the format `validate` reads: its only errors are the
    // photo URLs the text does not have.
    let dir = scratch_dir("import");
    let draft = dir.join("draft.json");
    std::fs::write(&draft, &out.stdout).unwrap();
    let checked = cli(&["validate", arg(&draft)]);
    let report = String::from_utf8_lossy(&checked.stderr).to_string()
        + &String::from_utf8_lossy(&checked.stdout);
    let errors: Vec<&str> = report.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(errors.len(), 10, "{report}");
    assert!(
        errors
            .iter()
            .all(|e| e.ends_with(".photo.src: must not be empty")),
        "{report}"
    );
    // JSON imports as `validate` reads it; nothing readable is an error.
    std::fs::write(dir.join("bad.json"), "{ \"cards\": [").unwrap();
    let bad = cli(&["import", arg(&dir.join("bad.json"))]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains(":1: error: invalid JSON"));
    // Markdown, by its name: cards from `## 1. Headline`, notes by line.
    let md = dir.join("article.md");
    std::fs::write(
        &md,
        "# Tiêu đề\n\n## 1. Thẻ một\n\nThân bài.\n\n<div>html</div>\n",
    )
    .unwrap();
    let out = cli(&["import", arg(&md)]);
    assert_eq!(out.status.code(), Some(0));
    let c: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(c["cards"][0]["headline"], "Thẻ một");
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("article.md:7: note: not placed: an HTML block"));
    // A format that does not exist is a usage error.
    let usage = cli(&[
        "import",
        "tests/seeds/000_6f810e148873f4f9.txt",
        "--format",
        "docx",
    ]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr)
        .contains("expected text, md, html, json, csv or tsv"));
    // A spreadsheet: `export --format csv|tsv` and `import` give back the
    // same collection; `--lang` sets the language of any import.
    for format in ["csv", "tsv"] {
        let sheet = cli(&[
            "export",
            "static/demo/dau-an-doi-ngoai-2023.json",
            "--format",
            format,
        ]);
        assert_eq!(sheet.status.code(), Some(0), "{format}");
        let file = dir.join(format!("demo.{format}"));
        std::fs::write(&file, &sheet.stdout).unwrap();
        let back = cli(&["import", arg(&file)]);
        assert_eq!(back.status.code(), Some(0), "{format}");
        let back: serde_json::Value = serde_json::from_slice(&back.stdout).unwrap();
        let demo: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string("static/demo/dau-an-doi-ngoai-2023.json").unwrap(),
        )
        .unwrap();
        assert_eq!(back, demo, "{format}: the round trip is exact");
    }
    let english = cli(&[
        "import",
        "tests/articles/01-en-numbered-dot.txt",
        "--lang",
        "en-GB",
    ]);
    let c: serde_json::Value = serde_json::from_slice(&english.stdout).unwrap();
    assert_eq!(c["language"], "en-GB");
    assert_eq!(c["cards"].as_array().map(Vec::len), Some(5));
}
