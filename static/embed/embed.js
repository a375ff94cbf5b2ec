/*! highlight-cards __VERSION__
 * One script tag:  <script type="module" src="https://CDN/highlight-cards/__VERSION__/embed.js"></script>
 * Mounts every <highlight-cards> and [data-highlight-cards] element, now and later.
 * The wasm is found next to this file (import.meta.url), not relative to the page.
 */
import init, { mount as wasmMount, unmount as wasmUnmount, mountedCount } from './__GLUE__';

const HOSTS = 'highlight-cards, [data-highlight-cards]';

/** Resolves once the wasm runs (and has mounted the hosts present at start). */
export const ready = init({ module_or_path: new URL('./__WASM__', import.meta.url) }).then(() => undefined);

ready.catch((error) => {
  // The hosts keep their own content (plain-HTML cards stay readable); tell the site why.
  console.error('highlight-cards: could not start:', error);
  for (const host of document.querySelectorAll(HOSTS)) {
    host.dispatchEvent(new CustomEvent('highlight-cards:error', {
      bubbles: true,
      composed: true,
      detail: { message: String(error), errors: [String(error)] },
    }));
  }
});

export const version = '__VERSION__';

/** Diagnostics for tests: panics inside the wasm, as a bug would (every widget then shows why it stopped). */
export { _panicForTesting } from './__GLUE__';

/** Mounts on `element`; `data` is a collection object or JSON text, or omitted to use the element's own source. */
export async function mount(element, data) {
  await ready;
  return wasmMount(element, data);
}

/** Unmounts from `element`, removing its listeners and observers. Resolves to whether it was mounted. */
export async function unmount(element) {
  await ready;
  return wasmUnmount(element);
}

/** How many widgets are mounted on the page. */
export async function count() {
  await ready;
  return mountedCount();
}

const api = Object.freeze({ version, ready, mount, unmount, count });
if (!('HighlightCards' in window)) {
  Object.defineProperty(window, 'HighlightCards', { value: api, configurable: true });
}
export default api;
