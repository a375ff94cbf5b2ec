//! highlight-cards: numbered highlight cards for news articles.
//!
//! Data flows one way: [`sources`] (where the JSON comes from) → [`model`]
//! (types + validation, the only module that knows the format) →
//! [`components`] (Yew, render only) → `embed` (browser only: finds host
//! elements and mounts). The native binary reuses `model` and `components`
//! through yew's server renderer, so there is one rendering path.

pub mod components;
pub mod diagnostics;
pub mod hydration;
pub mod i18n;
pub mod markup;
pub mod model;
pub mod sources;

#[cfg(target_arch = "wasm32")]
pub mod embed;

/// The editor (editor.html), its own wasm: see `src/bin/editor.rs`.
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
pub mod editor;

/// Talc instead of dlmalloc: see Cargo.toml.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod locate;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod ssr;
