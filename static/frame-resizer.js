/*! highlight-cards frame resizer: for pages that embed frame.html in an iframe.
 *   <iframe data-highlight-cards-frame src="https://CDN/highlight-cards/0.1.0/frame.html?src=…"
 *           title="…" loading="lazy" style="width:100%;border:0"></iframe>
 *   <script src="https://CDN/highlight-cards/0.1.0/frame-resizer.js" defer></script>
 * Keeps each such iframe exactly as tall as its content, re-dispatches the
 * widget's events on the iframe element (highlight-cards:ready, :error,
 * :cardview), and passes a deep link in the page's URL (#<id>-<n>) on to the
 * frames. Messages that are not from one of those frames are ignored.
 */
(() => {
  const SELECTOR = 'iframe[data-highlight-cards-frame]';
  const frames = () => [...document.querySelectorAll(SELECTOR)];
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.highlightCards !== 1 || typeof data.type !== 'string') return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    if (data.type === 'height') {
      const height = Number(data.height);
      if (Number.isFinite(height) && height >= 0) frame.style.height = `${height}px`;
    } else if (['ready', 'error', 'cardview'].includes(data.type)) {
      frame.dispatchEvent(new CustomEvent(`highlight-cards:${data.type}`, { bubbles: true, detail: data.detail }));
      // A deep link to a card (#<collection id>-<n>) in this page's URL is
      // the frame's to follow: told once it is ready (it opens that card).
      if (data.type === 'ready' && location.hash.length > 1) {
        event.source.postMessage({ highlightCards: 1, type: 'hash', hash: location.hash }, event.origin);
      }
    }
  });
})();
