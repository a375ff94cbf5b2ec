// The <head> hints a site's template can carry so the widget's files and its
// data start with the HTML instead of after embed.js has run: what
// `scripts/release` prints beside the snippet, and what
// tests/browser/head-hints.test.mjs puts in a page. They are for templates
// (a CMS article body cannot edit the head) and go stale with each release:
// a stale hint costs one wasted fetch and nothing else, since the widget
// fetches what its own embed.js names.
//
// Each hint matches the request it stands for, or the browser would fetch
// twice: embed.js is a module script (`modulepreload`, with the script tag's
// `integrity`); the wasm and the JSON are fetch()es in CORS mode with
// same-origin credentials (`as="fetch" crossorigin="anonymous"`), the wasm
// with its SHA-384 as embed.js asks for it.

const attr = (s) => String(s).replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The hint lines for a release whose entry is at `embed` (absolute URL),
 * with `wasm` its content-hashed wasm file name and `integrity` the SHA-384
 * of each file by name; `data`, when given, the URL of a collection's JSON.
 */
export function headHints({ embed, wasm, integrity, data }) {
  const base = embed.slice(0, embed.lastIndexOf('/') + 1);
  const lines = [
    `<link rel="modulepreload" href="${attr(embed)}" integrity="${attr(integrity['embed.js'])}" crossorigin="anonymous">`,
    `<link rel="preload" as="fetch" href="${attr(base + wasm)}" integrity="${attr(integrity[wasm])}" crossorigin="anonymous">`,
  ];
  if (data) lines.push(`<link rel="preload" as="fetch" href="${attr(data)}" crossorigin="anonymous">`);
  return lines;
}
