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
