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
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

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

import { contentType, inside } from '../scripts/chromium.mjs';

export { contentType };

const gzipAsync = promisify(zlib.gzip);
const brotliAsync = promisify(zlib.brotliCompress);
const gzip = (buf) => gzipAsync(buf, { level: 9 });
const brotli = (buf) =>
  brotliAsync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } });

/** What a CDN compresses: text (HTML, CSS, JS, JSON, SVG) and wasm; not JPEG, WebP, fonts. */
export function compressible(type) {
  return /^text\/|javascript|json|xml|svg|application\/wasm/.test(type ?? '');
}

/** The encoding to send for an Accept-Encoding header: 'br', 'gzip' or null (identity). */
export function pickEncoding(acceptEncoding) {
  const offered = new Map();
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    if (name) offered.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

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
  // `${encoding}:${sha1 of the body}` → Promise<Buffer>: each body compressed once.
  const compressed = new Map();

  const digest = (body) => crypto.createHash('sha1').update(body).digest('hex');

  function encoded(body, encoding, hash = digest(body)) {
    const key = `${encoding}:${hash}`;
    if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotli(body) : gzip(body));
    return compressed.get(key);
  }

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

  async function resolveAsset(pathname) {
    if (generated.has(pathname)) return generated.get(pathname);
    // The demo page, as `scripts/serve` shows it: dist/ at the root.
    if (pathname === '/') pathname = '/index.html';
    const m = /^\/peers\/([a-z]+)(\/.*)$/.exec(pathname);
    const file = m ? (PEER_DIRS[m[1]] && inside(PEER_DIRS[m[1]], m[2])) : inside(distDir, pathname);
    if (!file) return null;
    try {
      return { body: await fs.readFile(file), type: contentType(file) };
    } catch {
      return null;
    }
  }

  function serve(resolve, originRef) {
    return http.createServer(async (req, res) => {
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const found = req.method === 'GET' || req.method === 'HEAD' ? await resolve(pathname) : null;
      const headers = {
        // Cross-origin module scripts, the wasm fetch and the JSON fetch need it.
        'Access-Control-Allow-Origin': '*',
        // Without it, cross-origin photos get no precise render time and LCP
        // falls back to their load time; a CDN serving news photos sends it.
        'Timing-Allow-Origin': '*',
        // Every run is a fresh browser context anyway; this keeps it explicit.
        'Cache-Control': 'no-store',
      };
      if (!found) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const body = Buffer.isBuffer(found.body) ? found.body : Buffer.from(found.body);
      const type = found.type ?? contentType(pathname);
      const hash = digest(body);
      await remember(originRef.origin, pathname, body, type, hash);
      let sent = body;
      if (compressible(type)) {
        headers.Vary = 'Accept-Encoding';
        const encoding = pickEncoding(req.headers['accept-encoding']);
        if (encoding) {
          sent = await encoded(body, encoding, hash);
          headers['Content-Encoding'] = encoding;
        }
      }
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': sent.length });
      res.end(req.method === 'HEAD' ? undefined : sent);
    });
  }

  const pageRef = {};
  const assetRef = {};
  const pageServer = serve(async (p) => pages.get(p) ?? null, pageRef);
  const assetServer = serve(resolveAsset, assetRef);
  const listen = (server, ref) =>
    new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => {
        ref.origin = `http://127.0.0.1:${server.address().port}`;
        ok();
      });
    });
  await listen(pageServer, pageRef);
  await listen(assetServer, assetRef);

  return {
    pageOrigin: pageRef.origin,
    assetOrigin: assetRef.origin,
    pages,
    generated,
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
    async close() {
      // Keep-alive sockets would hold close() open.
      for (const s of [pageServer, assetServer]) {
        s.closeAllConnections?.();
        await new Promise((ok) => s.close(() => ok()));
      }
    },
  };
}
