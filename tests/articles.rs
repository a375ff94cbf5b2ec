//! The article-text importer against a corpus of newsroom texts
//! (`tests/articles/`, see its README): 14 stories in 7 languages and 6
//! numbered shapes, written for these tests in our own words and shaped
//! like published listicles and year-in-review pieces (wire-style English
//! credits, German, French, Spanish, Arabic, Indonesian and Vietnamese
//! news sites). Each `NN-….txt` must give exactly the collection in its
//! `NN-….json`; `guessedLines` there lists the lines the importer must
//! say it guessed (a caption found by its place), and no others.

use highlight_cards::sources::import::text;
use std::path::Path;

#[test]
fn every_article_gives_its_collection() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut texts: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/articles")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    assert!(texts.len() >= 12, "the corpus has {} texts", texts.len());
    let mut failed = Vec::new();
    let mut languages = std::collections::BTreeSet::new();
    for path in &texts {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let input = std::fs::read_to_string(path).expect("text");
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(path.with_extension("json")).expect("json"),
        )
        .expect("expected JSON");
        let mut expected = expected.as_object().expect("an object").clone();
        let guessed: Vec<u64> = expected
            .remove("guessedLines")
            .map(|g| {
                g.as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_u64().unwrap())
                    .collect()
            })
            .unwrap_or_default();
        let imported = text::import(&input);
        let got = serde_json::to_value(&imported.collection).expect("serialises");
        let expected = serde_json::Value::Object(expected);
        if got != expected {
            failed.push(format!(
                "{name}: got\n{}\nexpected\n{}\nnotes: {:#?}",
                serde_json::to_string_pretty(&got).unwrap(),
                serde_json::to_string_pretty(&expected).unwrap(),
                imported.notes
            ));
        }
        let said: Vec<u64> = imported
            .notes
            .iter()
            .filter(|n| n.message.contains("by its place"))
            .map(|n| n.line as u64)
            .collect();
        if said != guessed {
            failed.push(format!(
                "{name}: guessed captions at lines {said:?}, expected {guessed:?}"
            ));
        }
        languages.insert(imported.collection.language.clone());
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
    assert!(languages.len() >= 4, "{languages:?}");
}
