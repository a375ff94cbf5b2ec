/*! highlight-cards __VERSION__
 * One script tag:  <script type="module" src="https://CDN/highlight-cards/__VERSION__/embed.js"></script>
 * Mounts every <highlight-cards> and [data-highlight-cards] element, now and later.
 * The wasm is found next to this file (import.meta.url), not relative to the page.
 */
// The wasm-bindgen glue is bundled into this file at build time
// (scripts/trunk-post-build.mjs), so the one `integrity` on the host's script
// tag covers all the JavaScript; the wasm is fetched with its own SHA-384
// below. A tampered file on the CDN is refused by the browser.
import * as g from './__GLUE__';

const HOSTS = 'highlight-cards, [data-highlight-cards]';
const PREFETCH = '__highlightCardsPrefetch';
const STRINGS = '__highlightCardsStrings';

// No waterfall: as soon as this file runs, the hosts' data and the wasm are
// both requested, and the wasm compiles while it streams in. Parsing and validating the data stay in the wasm: it takes the
// prefetched response for its `src` (see src/embed/load.rs) instead of
// fetching it again.
const hosts = [...document.querySelectorAll(HOSTS)];
if (!(PREFETCH in window)) {
  const pending = new Map();
  for (const host of hosts) {
    // src when the attribute is there, else data-src; blank is none (src/markup.rs's SRC_ATTRS).
    const src = (host.getAttribute('src') ?? host.getAttribute('data-src') ?? '').trim();
    if (!src) continue;
    let url;
    try { url = new URL(src, document.baseURI).href; } catch { continue; }
    if (pending.has(url)) continue;
    const controller = new AbortController();
    const response = fetch(url, { signal: controller.signal });
    response.catch(() => {}); // the wasm reports failures when it takes the response
    pending.set(url, { response, controller });
  }
  Object.defineProperty(window, PREFETCH, {
    configurable: true,
    value: Object.freeze({
      /** The response already on its way for `url` (once), cancelled with `signal`. */
      take(url, signal) {
        const entry = pending.get(url);
        if (!entry) return undefined;
        pending.delete(url);
        if (signal) signal.addEventListener('abort', () => entry.controller.abort(), { once: true });
        return entry.response;
      },
    }),
  });
}

// The widget's words in languages beyond Vietnamese and English: one file
// beside this one (i18n.json, every such table), pinned by its SHA-384
// (written in at build time), requested as soon as a host's or the page's
// `lang` names one of its languages — alongside the wasm — or, with only
// the data's `language`, when the wasm asks. The tag matching is
// i18n::table_tag's (tests/contract.rs checks the two agree).
const TABLES = __I18N_TAGS__;
const tableTag = (lang) => {
  const [primary, ...rest] = String(lang || '').toLowerCase().split(/[-_]/);
  if (primary === 'zh') return rest.some((s) => ['hant', 'tw', 'hk', 'mo'].includes(s)) ? 'zh-Hant' : 'zh-Hans';
  const tag = { iw: 'he', in: 'id' }[primary] || primary;
  return TABLES.includes(tag) ? tag : undefined;
};
if (!(STRINGS in window)) {
  let all;
  const load = (lang) => {
    const tag = tableTag(lang);
    if (!tag) return Promise.resolve(null);
    all ??= fetch(new URL('./i18n.json', import.meta.url), { integrity: '__I18N_INTEGRITY__' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .catch((error) => {
        console.warn(`highlight-cards: the widget's words did not load (${error.message}); in English`);
        return {};
      });
    return all.then((tables) => tables[tag] ?? null);
  };
  // Prerendered markup carries its words (`render` writes them in).
  for (const host of hosts) if (!host.querySelector(':scope > script[type="application/hc-words+json"]')) load(host.closest('[lang]')?.getAttribute('lang'));
  Object.defineProperty(window, STRINGS, {
    configurable: true,
    value: Object.freeze({
      /** The table (an object of strings) for a BCP 47 tag, or null: none, or not loaded. */
      load,
    }),
  });
}

// Prerendered widgets (`highlight-cards render`) are readable and swipe
// without the wasm, and show no control that needs it until it runs; then the
// wasm need not compete with the page's own photos: fetched at low priority.
const prerenderedOnly = hosts.length > 0 && hosts.every((h) => h.shadowRoot?.querySelector('.hc-mount[data-hydrate]'));
const wasmUrl = new URL('./__WASM__', import.meta.url);
// This build's wasm, and no other: the SHA-384 is written in at build time.
const integrity = '__WASM_INTEGRITY__';
const wasmResponse = fetch(wasmUrl, prerenderedOnly ? { integrity, priority: 'low' } : { integrity });
// Every browser the widget runs in (it needs container queries and
// constructable stylesheets: Safari 16.4, Chrome 111, Firefox 110) has
// compileStreaming; the fallback is for servers that send the wasm without
// `Content-Type: application/wasm`.
const compiled = WebAssembly.compileStreaming(wasmResponse).catch(async () => WebAssembly.compile(await (await fetch(wasmUrl, { integrity })).arrayBuffer()));

/** Resolves once the wasm runs (and has mounted the hosts present at start). */
export const ready = g.default({ module_or_path: compiled }).then(() => undefined);

ready.catch((error) => {
  // The hosts keep their own content (plain-HTML cards stay readable); tell the site why.
  console.error('highlight-cards: could not start', error);
  const message = String(error);
  for (const host of document.querySelectorAll(HOSTS)) {
    host.dispatchEvent(new CustomEvent('highlight-cards:error', {
      bubbles: true,
      composed: true,
      detail: { message, errors: [message] },
    }));
  }
});

export const version = '__VERSION__';

/* test-hooks: kept only in builds with the test-hooks feature (scripts/trunk-post-build.mjs). */
/** Diagnostics for tests: panics inside the wasm, as a bug would (every widget then shows why it stopped). */
export async function _panicForTesting(message) {
  await ready;
  return g._panicForTesting(message);
}
/* /test-hooks */

/** Mounts on `element`; `data` is a collection object or JSON text, or omitted to use the element's own source.
 * `options.i18n`: the widget's own words, some or all, by name (as Splide's `i18n`), e.g. `{ next_card: 'Suivant' }`. */
export async function mount(element, data, options) {
  if (options?.i18n) element.setAttribute('i18n', JSON.stringify(options.i18n));
  await ready;
  return g.mount(element, data);
}

/** Unmounts from `element`, removing its listeners and observers. Resolves to whether it was mounted. */
export async function unmount(element) {
  await ready;
  return g.unmount(element);
}

/** How many widgets are mounted on the page. */
export async function count() {
  await ready;
  return g.mountedCount();
}

const api = Object.freeze({ version, ready, mount, unmount, count });
if (!('HighlightCards' in window)) {
  Object.defineProperty(window, 'HighlightCards', { value: api, configurable: true });
}
export default api;
