// The one static HTTP server of the tests and the benchmark: loopback, a
// fresh port, each origin a server of its own (the widget is embedded
// cross-origin, so tests and benchmark need a page origin and a CDN origin).
//
// What differs between its uses is given, not forked:
//   resolve(pathname, url, req) → { file } | { body, type } | null (404):
//                 what a path names; `routes()` below maps URL prefixes to
//                 folders with the one `inside` check;
//   handle(req, res, pathname, url) → true when it answered itself, or what
//                 to serve as `resolve` would, or nothing to go on to
//                 `resolve` (the failure endpoints of tests/browser/harness.mjs);
//   cors          Access-Control-Allow-Origin: * (a CDN);
//   headers(pathname, url) → extra headers (a strict CSP for some pages);
//   rewrite(body, type, url) → the body to send (templated HTML pages);
//   compress      compress text and wasm as a CDN does (brotli when the
//                 request offers it, else gzip), each body once (keyed by its
//                 content, so a rebuilt dist/ is never served stale);
//   served(pathname, body, type, hash) → called with every body served
//                 (the benchmark records sizes);
//   cache(pathname, type) → the Cache-Control of an answer; default
//                 `no-store`, so each test starts cold by construction. With
//                 it, answers carry an ETag and a matching If-None-Match gets
//                 304 (the benchmark's repeat views revalidate).
import http from 'node:http';
import fs from 'node:fs/promises';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Content-Type for a path, by extension. */
export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file `rel` (a URL path, decoded) names under `root`, or null: `..`
 * cannot climb out, and a sibling whose name starts with the root's
 * (`dist-evil` beside `dist`) is not inside it (the separator is checked).
 */
export function inside(root, rel) {
  const full = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  return full === root || full.startsWith(root + path.sep) ? full : null;
}

const gzipAsync = promisify(zlib.gzip);
const brotliAsync = promisify(zlib.brotliCompress);
/** gzip -9, as the size budget measures. */
export const gzip = (buf) => gzipAsync(buf, { level: 9 });
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

export const digest = (body) => crypto.createHash('sha1').update(body).digest('hex');

// `${encoding}:${sha1 of the body}` → Promise<Buffer>, shared by every server.
const compressed = new Map();

/** `body` compressed with `encoding` ('br' or 'gzip'), computed once per content. */
export function encoded(body, encoding, hash = digest(body)) {
  const key = `${encoding}:${hash}`;
  if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotli(body) : gzip(body));
  return compressed.get(key);
}

/**
 * A resolver for `routes`, [[prefix, folder], …] tried in order: the file a
 * path names under the first folder whose prefix it starts with
 * (`index.html` for a folder), or null. The `inside` check keeps `..` and
 * sibling folders out.
 */
export function routes(list) {
  return (pathname) => {
    const rel = pathname.endsWith('/') ? pathname + 'index.html' : pathname;
    for (const [prefix, root] of list) {
      if (!rel.startsWith(prefix)) continue;
      const file = inside(root, rel.slice(prefix.length));
      return file ? { file } : null;
    }
    return null;
  };
}

function notFound(res, base) {
  res.writeHead(404, { ...base, 'content-type': 'text/plain' });
  res.end('not found');
}

/** Starts a server (see the top of this file); resolves to { origin, close }. */
export async function startStatic({ resolve, handle, cors = false, headers, rewrite, compress = false, served, cache } = {}) {
  const server = http.createServer(async (req, res) => {
    let url;
    let pathname;
    try {
      url = new URL(req.url, 'http://localhost');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const base = { 'cache-control': 'no-store' };
    if (cors) {
      // Cross-origin module scripts, the wasm fetch and the JSON fetch need
      // it; Timing-Allow-Origin gives cross-origin photos a precise render
      // time (LCP), as a CDN serving news photos does.
      base['access-control-allow-origin'] = '*';
      base['timing-allow-origin'] = '*';
    }
    try {
      const handled = handle ? await handle(req, res, pathname, url) : null;
      if (handled === true) return;
      const found = handled || (req.method === 'GET' || req.method === 'HEAD' ? await resolve(pathname, url, req) : null);
      if (!found) return notFound(res, base);
      let body = found.file ? await fs.readFile(found.file) : found.body;
      const type = found.type ?? contentType(found.file ?? pathname);
      if (rewrite) body = rewrite(body, type, url);
      body = Buffer.isBuffer(body) ? body : Buffer.from(body);
      const out = { ...base, ...(headers?.(pathname, url) ?? {}), 'content-type': type };
      const hash = digest(body);
      if (cache) {
        out['cache-control'] = cache(pathname, type);
        out.etag = `"${hash}"`;
        if (req.headers['if-none-match'] === out.etag) {
          res.writeHead(304, out);
          res.end();
          return;
        }
      }
      await served?.(pathname, body, type, hash);
      let sent = body;
      if (compress && compressible(type)) {
        out.vary = 'Accept-Encoding';
        const encoding = pickEncoding(req.headers['accept-encoding']);
        if (encoding) {
          sent = await encoded(body, encoding, hash);
          out['content-encoding'] = encoding;
        }
      }
      out['content-length'] = sent.length;
      res.writeHead(200, out);
      res.end(req.method === 'HEAD' ? undefined : sent);
    } catch {
      // A file that is not there (or not readable): as any server would.
      if (!res.headersSent) notFound(res, base);
      else res.destroy();
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      // Keep-alive sockets would hold close() open.
      server.closeAllConnections?.();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
