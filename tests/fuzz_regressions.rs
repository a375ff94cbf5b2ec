//! Replays the fuzz corpus (fuzz/corpus/, grown by `scripts/fuzz`) and every
//! crash found (fuzz/regressions/) through the same checks the fuzz targets
//! run (fuzz/checks.rs), so `cargo test` keeps what fuzzing learned without
//! nightly or libFuzzer.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// Runs `check` on every file under fuzz/{corpus,regressions}/<target>/ and
/// returns how many it ran.
fn replay(target: &str, check: impl Fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for file in files {
            if file.file_name().is_some_and(|n| n == ".keep") {
                continue;
            }
            let data = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&data)));
            assert!(outcome.is_ok(), "{} fails its check", file.display());
            count += 1;
        }
    }
    count
}

#[test]
fn model_json_corpus_and_regressions() {
    assert!(replay("model_json", checks::model_json) >= 2);
}

#[test]
fn credit_corpus_and_regressions() {
    let n = replay("credit", |data| {
        if let Ok(text) = std::str::from_utf8(data) {
            checks::credit(text)
        }
    });
    assert!(n >= 10);
}

#[test]
fn html_reader_corpus_and_regressions() {
    assert!(replay("html_reader", checks::html_reader) >= 2);
}

/// Every message the validator gives for the JSON corpus — errors and
/// warnings, strict and as a reader's browser reads — has its Vietnamese
/// (`model::words`, what the editor and `validate --lang vi` show).
#[test]
fn every_validator_message_has_its_vietnamese() {
    use highlight_cards::model::words::has_vietnamese;
    use highlight_cards::sources::check_json_str;
    let missing = std::cell::RefCell::new(std::collections::BTreeSet::new());
    let seen = replay("model_json", |data| {
        let checked = check_json_str(&String::from_utf8_lossy(data));
        let strict = match &checked.strict {
            Ok(v) => v.warnings.clone(),
            Err(e) => e.clone(),
        };
        let reader = match &checked.reader {
            Ok(v) => v.warnings.clone(),
            Err(e) => e.clone(),
        };
        for m in strict.iter().chain(&reader) {
            if !has_vietnamese(&m.message) {
                missing.borrow_mut().insert(m.message.clone());
            }
        }
    });
    assert!(seen > 100, "the corpus is there ({seen} files)");
    let missing = missing.into_inner();
    assert!(
        missing.is_empty(),
        "no Vietnamese for:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}
