//! The published JSON Schema must be the one the code generates, and the
//! demo data must satisfy the model.

use std::process::Command;

#[test]
fn committed_schema_is_current() {
    let out = Command::new(env!("CARGO_BIN_EXE_highlight-cards"))
        .arg("schema")
        .output()
        .expect("run highlight-cards schema");
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

#[test]
fn validate_cli_exit_codes() {
    let bin = env!("CARGO_BIN_EXE_highlight-cards");
    let dir = std::env::temp_dir().join(format!("hc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"id":"x","title":"T","cards":[{"headline":"H","photo":{}}]}"#,
    )
    .unwrap();
    let out = Command::new(bin)
        .arg("validate")
        .arg(&bad)
        .output()
        .unwrap();
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
    let out = Command::new(bin)
        .arg("validate")
        .arg(demo)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let out = Command::new(bin)
        .arg("validate")
        .arg(dir.join("missing.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(bin).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(dir).ok();
}
