//! Native command-line tool (`validate`, `render`, `import`, `schema`); see `src/cli.rs`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    highlight_cards::cli::main()
}

/// The CLI is native-only; in the wasm build this target is an empty shell
/// (the browser entry is the library's `embed` module).
#[cfg(target_arch = "wasm32")]
fn main() {}
