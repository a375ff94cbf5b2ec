//! highlight-cards: numbered highlight cards for news articles.
//!
//! Data flows one way: [`sources`] (where the JSON comes from) → [`model`]
//! (types + validation, the only module that knows the format) →
//! [`components`] (Yew, render only) → `embed` (browser only: finds host
//! elements and mounts). The native binary reuses `model` and `components`
//! through yew's server renderer, so there is one rendering path.
//!
//! Most sites use the widget through `embed.js` (see docs/embedding.md).
//! This page is for Rust: a Yew app that renders the component itself, and
//! native code that validates or prerenders collections.
//!
//! # In a Yew app
//!
//! Depend on the crate without its default `embed` feature (the embed's
//! start function and allocator belong to `embed.js`'s own wasm):
//!
//! ```toml
//! [dependencies]
//! highlight-cards = { version = "0.1", default-features = false }
//! yew = { version = "0.23", features = ["csr"] }
//! ```
//!
//! Read the collection with [`model::read`] (the reader the widget runs:
//! every problem named by its JSON path), validate it (only validation, [`model::validate`], makes the [`model::Valid`] the
//! component takes), and render [`components::HighlightCards`]. There is no
//! shadow root here: put the stylesheet [`components::STYLES`] on the page
//! (every rule in it is scoped under `.hc`) and the widget in an element
//! with class `hc-mount`, the container its layout queries measure.
//!
//! ```
//! use highlight_cards::components::{HighlightCards, Layout, WidgetEvent, STYLES};
//! use highlight_cards::model::read::{self, UnknownFields};
//! use highlight_cards::model::{validate, Valid};
//! use std::rc::Rc;
//! use yew::prelude::*;
//!
//! #[derive(Properties, PartialEq)]
//! struct ArticleProps {
//!     cards: Rc<Valid>,
//! }
//!
//! #[function_component]
//! fn Article(props: &ArticleProps) -> Html {
//!     // Told when every card is in and when the photo viewer opens or closes.
//!     let on_event = Callback::from(|event: WidgetEvent| {
//!         if let WidgetEvent::ViewerOpened(_close) = event { /* pause a video… */ }
//!     });
//!     html! {
//!         <article>
//!             <style>{ STYLES }</style>
//!             <div class="hc-mount">
//!                 <HighlightCards collection={props.cards.clone()} layout={Layout::Carousel} {on_event} />
//!             </div>
//!         </article>
//!     }
//! }
//!
//! let json = r#"{
//!     "id": "nam-2023",
//!     "title": "Năm 2023 qua 2 sự kiện",
//!     "cards": [
//!         { "headline": "Khai trương tuyến metro đầu tiên",
//!           "photo": { "src": "https://example.com/metro.jpg",
//!                      "caption": "Đoàn tàu chạy thử trên cao. (Ảnh: Nguyễn Hồng)" } },
//!         { "headline": "Mùa lúa bội thu" }
//!     ]
//! }"#;
//! // The reader the widget runs: over `JSON.parse`'s `JsValue` in the
//! // browser, over serde_json's `Value` natively.
//! let value: serde_json::Value = serde_json::from_str(json).expect("JSON");
//! let collection = read::collection(&value, UnknownFields::Ignore).expect("JSON of the format");
//! let validated = validate(collection).expect("a valid collection");
//! assert!(validated.warnings.iter().any(|w| w.path == "cards[0].photo.alt"));
//! let cards = Rc::new(validated.collection);
//!
//! // In the browser: yew::Renderer::<Article>::with_props(ArticleProps { cards }).render();
//! // Here, natively, yew's server renderer shows what that renders:
//! # let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
//! let html = runtime.block_on(yew::LocalServerRenderer::<Article>::with_props(ArticleProps { cards }).render());
//! assert!(html.contains("Khai trương tuyến metro đầu tiên"));
//! assert!(html.contains("Nguyễn Hồng")); // the credit, split from the caption
//! ```
//!
//! `examples/yew-app/` is a whole app (layout buttons, the event log), built
//! with Trunk by `scripts/test`.
//!
//! # Natively: validate and prerender
//!
//! ```
//! use highlight_cards::sources::from_json_str;
//! use highlight_cards::ssr::{prerender, RenderOptions};
//!
//! // Every problem at once, each named by its field.
//! let errors = from_json_str(r#"{ "id": "x", "title": "", "cards": [] }"#).unwrap_err();
//! assert!(errors.len() >= 2, "{errors:?}");
//!
//! let ok = from_json_str(r#"{ "id": "x", "title": "T", "cards": [{ "headline": "H" }] }"#).unwrap();
//! // A `<highlight-cards>` element that shows every card before any script runs
//! // (what `highlight-cards render` prints).
//! let fragment = prerender(ok.collection, &RenderOptions::default());
//! assert!(fragment.starts_with("<highlight-cards"));
//! ```

pub mod components;
pub mod diagnostics;
pub mod hydration;
pub mod i18n;
pub mod markup;
pub mod model;
pub mod sources;

#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;

/// The editor (editor.html), its own wasm: see `src/bin/editor.rs`.
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
pub mod editor;

/// Talc instead of dlmalloc: see Cargo.toml. The embed's wasm only: a Yew
/// app using the component keeps its own allocator.
#[cfg(all(
    target_arch = "wasm32",
    feature = "embed",
    not(target_feature = "atomics")
))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod locate;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod ssr;
