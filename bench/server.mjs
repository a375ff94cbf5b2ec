// Two loopback HTTP servers for the benchmark, standing in for a news site
// and the CDN it embeds from:
//
//   page origin  — the host pages (HTML built in memory by pages.mjs) and
//                  their own small stylesheets;
//   asset origin — everything a page embeds: the widget's dist/ (embed.js,
//                  glue, wasm, CSS, demo JSON, photos), the peers' files from
//                  bench/node_modules, and the generated 10/100/1000-card JSON.
//
// Two origins on purpose: the widget is meant to be embedded cross-origin
// (README, "Hosting the files"), so the module script and the wasm go through
// CORS exactly as on a real site, and the peers get the same treatment.
//
// Nothing is compressed on the wire (loopback has no bandwidth to save);
// instead every body is gzipped once at level 9 here so the runner can report
// the transfer size a CDN would send. The sizes are of the exact bytes served.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
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

import { contentType } from '../scripts/chromium.mjs';

export { contentType };

/** Joins `rel` under `root`, refusing anything that climbs out of it. */
function inside(root, rel) {
  const full = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  return full === root || full.startsWith(root + path.sep) ? full : null;
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
  // pathname → { raw, gzip, type } for every body served, keyed by origin.
  const sizes = new Map();

  const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

  function remember(origin, pathname, body, type) {
    const key = origin + pathname;
    if (!sizes.has(key)) sizes.set(key, { raw: body.length, gzip: gzipSize(body), type });
  }

  async function resolveAsset(pathname) {
    if (generated.has(pathname)) return generated.get(pathname);
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
      remember(originRef.origin, pathname, body, type);
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
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
    /** Sizes of a served URL's body, or undefined if this server never sent it. */
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
