/*! highlight-cards __VERSION__ · for pages that cannot use type="module":
 *  <script defer src="https://CDN/highlight-cards/__VERSION__/embed.classic.js"></script>
 * Loads embed.js from beside this file; the API is then on window.HighlightCards.
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  // A module script element rather than import(): it can carry embed.js's
  // SHA-384 (written in at build time), so the chain of hashes that starts
  // with this tag's own `integrity` goes on to embed.js and, from there, to
  // the wasm. The nonce is passed on for pages whose CSP asks for one.
  var entry = document.createElement('script');
  entry.type = 'module';
  entry.src = new URL('embed.js', script.src).href;
  entry.integrity = '__EMBED_INTEGRITY__';
  entry.crossOrigin = script.crossOrigin || 'anonymous';
  if (script.nonce) entry.nonce = script.nonce;
  entry.onerror = function () {
    var message = 'could not load ' + entry.src + ' (blocked, unreachable, or not the file this embed.classic.js was built with)';
    console.error('highlight-cards: ' + message);
    // The hosts keep their own content; tell the site why.
    var hosts = document.querySelectorAll('highlight-cards, [data-highlight-cards]');
    for (var i = 0; i < hosts.length; i++) {
      hosts[i].dispatchEvent(new CustomEvent('highlight-cards:error', {
        bubbles: true,
        composed: true,
        detail: { message: message, errors: [message] },
      }));
    }
  };
  document.head.appendChild(entry);
})();
