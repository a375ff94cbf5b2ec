/*! highlight-cards __VERSION__ · for pages that cannot use type="module":
 *  <script defer src="https://CDN/highlight-cards/__VERSION__/embed.classic.js"></script>
 * Loads embed.js from beside this file; the API is then on window.HighlightCards.
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  import(new URL('embed.js', script.src).href).catch(function (error) {
    console.error('highlight-cards: could not load embed.js:', error);
  });
})();
