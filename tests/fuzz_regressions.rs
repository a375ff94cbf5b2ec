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
