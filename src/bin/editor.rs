//! The editor's browser entry (`editor.html`): Trunk builds it with the
//! `editor` feature as its own wasm, so the reader's widget does not carry
//! it. See `src/editor/`.

#[cfg(all(target_arch = "wasm32", feature = "editor"))]
fn main() {
    highlight_cards::editor::start();
}

/// Natively (and without the feature) there is nothing to run: the editor
/// is a web page.
#[cfg(not(all(target_arch = "wasm32", feature = "editor")))]
fn main() {
    eprintln!("the editor is a web page: run scripts/serve and open /editor.html");
}
