// Two loopback HTTP servers for the benchmark, standing in for a news site
// and the CDN it embeds from:
//
//   page origin  — the host pages (HTML built in memory by pages.mjs) and
//                  their own small stylesheets;
//   asset origin — everything a page embeds: the widget's dist/ (embed.js,
//                  glue, wasm, CSS, demo JSON, photos), the peers' files from
//                  bench/node_modules, and the generated 10/100/1000-card JSON;
//                  also the demo page, dist/index.html at `/`, for Lighthouse
//                  (same origin as its files, as `scripts/serve` shows it).
//
// Two origins on purpose: the widget is meant to be embedded cross-origin
// (docs/embedding.md, "Hosting the files"), so the module script and the wasm go through
// CORS exactly as on a real site, and the peers get the same treatment.
//
// Responses are compressed as a CDN sends them, so the bytes on the wire (and,
// under network throttling, the time they take) are real: brotli (quality 11)
// when the request's Accept-Encoding offers `br`, else gzip (level 9) when it
// offers gzip, for text types and wasm; images go as they are. Each body is
// compressed once and kept in memory (keyed by its content, so a dist/ rebuilt
// mid-run is never served stale). The runner also gets, for every body served,
// its raw, gzip -9 and brotli sizes, so it can report both the wire bytes and
// the gzip -9 payload the project's size budget uses.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStatic, contentType, compressible, pickEncoding, encoded, gzip, inside } from '../scripts/static-server.mjs';

export { contentType, compressible, pickEncoding };

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..');
export const distDir = path.join(repo, 'dist');
const peersRoot = path.join(here, 'node_modules');

// Only the distribution folders of the pinned peers are exposed, so a typo in
// a page cannot silently pull a file from somewhere else in node_modules.
const PEER_DIRS = {
  splide: path.join(peersRoot, '@splidejs/splide/dist'),
  swiper: path.join(peersRoot, 'swiper'),
  timelinejs: path.join(peersRoot, '@knight-lab/timelinejs/dist'),
};

/**
 * Starts both servers. `pages` maps a page-origin path ("/b-widget.html") to
 * { body, type }, and `generated` maps extra asset-origin paths (the scale
 * JSON) the same way; both are filled in after start, since the pages need
 * the asset origin.
 */
export async function startServers() {
  const pages = new Map();
  const generated = new Map();
  // origin + pathname → { raw, gzip, br, type } for every body served.
  const sizes = new Map();
  /** Records the sizes of a body served at origin + pathname (once per content). */
  async function remember(origin, pathname, body, type, hash) {
    const key = origin + pathname;
    if (sizes.get(key)?.hash === hash) return;
    const entry = { raw: body.length, gzip: null, br: null, type, hash };
    sizes.set(key, entry);
    if (compressible(type)) {
      entry.gzip = (await encoded(body, 'gzip', hash)).length;
      entry.br = (await encoded(body, 'br', hash)).length;
    } else {
      // Sent as it is (images); its gzip -9 size is noted all the same, off the request's path.
      entry.br = body.length;
      gzip(body).then((g) => (entry.gzip = g.length));
    }
  }

  function resolveAsset(pathname) {
    if (generated.has(pathname)) return generated.get(pathname);
    // The demo page, as `scripts/serve` shows it: dist/ at the root.
    if (pathname === '/') pathname = '/index.html';
    const m = /^\/peers\/([a-z]+)(\/.*)$/.exec(pathname);
    const file = m ? PEER_DIRS[m[1]] && inside(PEER_DIRS[m[1]], m[2]) : inside(distDir, pathname);
    return file ? { file } : null;
  }

  // The cache headers docs/embedding.md recommends: a release's files
  // (content-hashed or under a versioned path) immutable for a year, the
  // data fresh for a minute (`policy.dataMaxAge`; 0 stands for a reader who
  // comes back after it, whose browser revalidates), article pages
  // revalidated on each view. Cold loads are in fresh browser contexts,
  // whose caches are empty.
  const policy = { dataMaxAge: 60 };
  const cache = (pathname, type) =>
    /json/.test(type) && !/i18n\.json$/.test(pathname)
      ? `max-age=${policy.dataMaxAge}`
      : /text\/html/.test(type)
        ? 'no-cache'
        : 'max-age=31536000, immutable';
  const pageServer = await startStatic({
    cors: true,
    compress: true,
    cache,
    resolve: (p) => pages.get(p) ?? null,
    served: (p, body, type, hash) => remember(pageServer.origin, p, body, type, hash),
  });
  const assetServer = await startStatic({
    cors: true,
    compress: true,
    cache,
    resolve: resolveAsset,
    served: (p, body, type, hash) => remember(assetServer.origin, p, body, type, hash),
  });

  return {
    pageOrigin: pageServer.origin,
    assetOrigin: assetServer.origin,
    pages,
    generated,
    policy,
    /** Serves what `buildPages` built: its files and pages on the page
     * origin, each page's data (when it has some) on the asset origin. */
    serve(built) {
      for (const [p, f] of built.files) pages.set(p, f);
      for (const p of [...built.pages, ...built.scale]) {
        if (p.html) pages.set(p.path, { body: p.html, type: 'text/html; charset=utf-8' });
        if (p.data) generated.set(p.dataPath, { body: p.data, type: 'application/json; charset=utf-8' });
      }
    },
    /**
     * Compresses every compressible file of dist/ now, so no measured load
     * (or Lighthouse run) pays for the first brotli pass of the wasm.
     */
    async prewarm() {
      const walk = async (dir) => {
        for (const e of await fs.readdir(dir, { withFileTypes: true })) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) await walk(p);
          else if (compressible(contentType(p))) {
            const body = await fs.readFile(p);
            await Promise.all([encoded(body, 'br'), encoded(body, 'gzip')]);
          }
        }
      };
      await walk(distDir);
    },
    /** Sizes { raw, gzip, br, type } of a served URL's body, or undefined if this server never sent it. */
    sizeOf(url) {
      const u = new URL(url);
      return sizes.get(u.origin + decodeURIComponent(u.pathname));
    },
    close: () => Promise.all([pageServer.close(), assetServer.close()]),
  };
}
