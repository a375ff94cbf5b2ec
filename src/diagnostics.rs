//! How an internal error (a Rust panic) is described: for the console and
//! the `highlight-cards:error` event, never for readers (they see only the
//! short "stopped" message, see `embed::panic`). Pure text, so it is tested
//! natively.

/// `internal error: <message> (at <file>:<line>:<column>)`, with the file
/// shortened to its last three path components: a panic inside a dependency
/// reports `/home/<builder>/.cargo/registry/src/index.crates.io-…/yew-0.23.0/
/// src/dom_bundle/btag/mod.rs`, which says nothing useful and names the
/// build machine; `btag/mod.rs` under `yew-0.23.0/src/…` is enough to find it.
pub fn panic_text(message: &str, file: &str, line: u32, column: u32) -> String {
    let start = file
        .rmatch_indices(['/', '\\'])
        .nth(2)
        .map_or(0, |(i, _)| i + 1);
    let short = &file[start..];
    format!("internal error: {message} (at {short}:{line}:{column})")
}

#[cfg(test)]
mod tests {
    use super::panic_text;

    #[test]
    fn build_machine_paths_are_cut_to_the_last_three_components() {
        assert_eq!(
            panic_text(
                "expected element of type button",
                "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/yew-0.23.0/src/dom_bundle/btag/mod.rs",
                367,
                36
            ),
            "internal error: expected element of type button (at dom_bundle/btag/mod.rs:367:36)"
        );
        assert_eq!(
            panic_text(
                "boom",
                "C:\\Users\\me\\.cargo\\registry\\src\\x\\yew\\src\\lib.rs",
                1,
                2
            ),
            "internal error: boom (at yew\\src\\lib.rs:1:2)"
        );
        assert_eq!(
            panic_text("boom", "src/embed/mod.rs", 9, 5),
            "internal error: boom (at src/embed/mod.rs:9:5)"
        );
    }
}
