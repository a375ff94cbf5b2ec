//! The names `render`'s output, the embed (this crate's `embed` module and
//! the JS files: `static/embed/embed.js`, `embed.classic.js`,
//! `static/frame.html`, `static/frame-resizer.js`) and host pages agree on,
//! each defined once. `tests/contract.rs` checks that the JS files, which
//! cannot import them, spell every one the same.
//!
//! The prerendered wrapper, as `ssr::prerender` writes it and
//! `embed::host::prerendered` reads it:
//!
//! ```html
//! <highlight-cards id layout theme [src] [lang] [dir] [share]>
//!   <template shadowrootmode="open">
//!     <style>…</style>
//!     <div class="hc-mount" data-hydrate="<version> <inputs> <shape>">…cards…</div>
//!   </template>
//!   <script type="application/json">…the data…</script>
//!   [<script type="application/hc-words+json">…the widget's words…</script>]
//!   …the cards again as plain HTML (light DOM, for reader views and feeds)…
//! </highlight-cards>
//! <script type="application/ld+json">…the cards as a schema.org ItemList…</script>
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

/// The page global `embed.js` leaves for the wasm: the responses it
/// requested for the hosts' `src` before the wasm ran (`embed::load`).
pub const PREFETCH_GLOBAL: &str = "__highlightCardsPrefetch";

/// The page global `embed.js` leaves for the wasm: the loader of the UI
/// tables beyond Vietnamese and English (`embed::load`, by its
/// `js_namespace`).
pub const STRINGS_GLOBAL: &str = "__highlightCardsStrings";

/// The page global the first copy of the wasm sets: a second copy (another
/// snippet's URL) then serves only its JS API (`embed::start`).
pub const AUTO_MOUNT_GLOBAL: &str = "__highlightCardsAutoMount";

/// Where a host's data is: `src` when the attribute is there, else
/// `data-src` (for CMSs that keep only `data-*` attributes); blank (empty or
/// spaces) is none. One rule on both sides: `embed.js` prefetched
/// `data-src` behind a blank `src` that the wasm then ignored.
pub const SRC_ATTRS: [&str; 2] = ["src", "data-src"];

/// The iframe form's protocol (`static/frame.html` in the frame,
/// `static/frame-resizer.js` on the page): the iframes the resizer serves
/// carry this attribute; every message is an object marked
/// `highlightCards: 1` with one of these `type`s — the frame's height, the
/// widget's events, and the page's deep link sent into the frame.
pub const FRAME_ATTR: &str = "data-highlight-cards-frame";
/// See [`FRAME_ATTR`].
pub const FRAME_MARK: &str = "highlightCards: 1";
/// See [`FRAME_ATTR`]: the events are the widget's own (`highlight-cards:<type>`).
pub const FRAME_EVENTS: [&str; 3] = ["ready", "error", "cardview"];
/// See [`FRAME_ATTR`].
pub const FRAME_TYPES: [&str; 2] = ["height", "hash"];
