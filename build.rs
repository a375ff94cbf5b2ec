//! Minifies the stylesheet that is compiled into the wasm and inlined into
//! prerendered markup: comments and layout whitespace are bytes every reader
//! downloads. Deliberately simple: the sheet is ours, and its only strings
//! are font names.

use std::{env, fs, path::Path};

fn main() {
    let source = "static/highlight-cards.css";
    println!("cargo:rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("read static/highlight-cards.css");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("highlight-cards.min.css");
    fs::write(out, minify(&css)).expect("write minified css");
    tables();
}

/// The UI tables of `static/i18n/` as `(tag, JSON text)`, compiled into the
/// native build (`render` and `validate` use them; the browser loads them on
/// demand instead).
fn tables() {
    let dir = Path::new("static/i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("read static/i18n")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    entries.sort();
    let mut code = String::from("/// `(tag, JSON text)` of every table in `static/i18n/`.\npub const TABLE_TEXTS: &[(&str, &str)] = &[\n");
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let tag = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name");
        let absolute = fs::canonicalize(&path).expect("canonical path");
        code.push_str(&format!(
            "    ({tag:?}, include_str!({:?})),\n",
            absolute.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("i18n_tables.rs");
    fs::write(out, code).expect("write i18n_tables.rs");
}

fn minify(css: &str) -> String {
    // Drop /* comments */.
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        match rest[start + 2..].find("*/") {
            Some(end) => rest = &rest[start + 2 + end + 2..],
            None => {
                rest = "";
                break;
            }
        }
    }
    text.push_str(rest);
    // Collapse whitespace, then drop it around punctuation where CSS allows.
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let prev = if i > 0 { chars[i - 1] } else { '{' };
            let next = chars.get(i + 1).copied().unwrap_or('}');
            if "{};,>".contains(prev) || "{};,>".contains(next) {
                continue;
            }
        }
        out.push(c);
    }
    out.replace(";}", "}").replace(": ", ":")
}
