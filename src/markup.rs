//! The names `render`'s output, the embed (this crate's `embed` module and
//! `static/embed/embed.js`) and host pages agree on, each defined once.
//! `tests/contract.rs` checks that `embed.js`, which cannot import them,
//! spells them the same.
//!
//! The prerendered wrapper, as `ssr::prerender` writes it and
//! `embed::host::prerendered` reads it:
//!
//! ```html
//! <highlight-cards id layout theme [lang] [share]>
//!   <template shadowrootmode="open">
//!     <style>…</style>
//!     <div class="hc-mount" data-hydrate="<version> <inputs> <shape>">…cards…</div>
//!   </template>
//!   <script type="application/json">…the data…</script>
//! </highlight-cards>
//! ```

/// The elements the embed mounts: `<highlight-cards>` and any element
/// marked `data-highlight-cards`.
pub const HOST_SELECTOR: &str = "highlight-cards, [data-highlight-cards]";
/// The class of the element in the shadow root that holds the widget.
pub const MOUNT_CLASS: &str = "hc-mount";
/// The attribute on it that stamps prerendered markup (see `hydration`).
pub const STAMP_ATTR: &str = "data-hydrate";
/// A host's inline data: a direct child `<script type="application/json">`.
pub const INLINE_DATA: &str = ":scope > script[type='application/json']";
/// The MIME type of the widget's words that `render` writes into a host
/// (a table of `static/i18n/`), so prerendered markup never waits for them.
pub const WORDS_TYPE: &str = "application/hc-words+json";
/// A host's words: a direct child `<script type="application/hc-words+json">`.
pub const WORDS_DATA: &str = ":scope > script[type='application/hc-words+json']";
/// Rendered: `detail = { id, cards, warnings }`.
pub const READY: &str = "highlight-cards:ready";
/// Could not render: `detail = { message, errors }`.
pub const ERROR: &str = "highlight-cards:error";
/// A card was at least half visible for the first time:
/// `detail = { id, number, cardId, headline }`.
pub const CARD_VIEW: &str = "highlight-cards:cardview";
