// Shared pieces of the browser tests: a static server for dist/ and the test
// pages, and headless Debian Chromium driven by playwright-core (which never
// downloads a browser of its own).
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { contentType, launchChromium } from '../../scripts/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const outputDir = path.join(repo, 'tests/browser/output');


async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections?.();
      return new Promise((r) => server.close(r));
    },
  };
}

async function serveFile(res, file, { cors, assets }) {
  let body = await fs.readFile(file);
  const type = contentType(file);
  if (assets && type.startsWith('text/html')) body = body.toString('utf8').replaceAll('{{ASSETS}}', assets);
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (cors) headers['access-control-allow-origin'] = '*';
  res.writeHead(200, headers);
  res.end(body);
}

/**
 * Two loopback servers on different ports, hence different origins:
 * - assets: dist/ (the widget as a CDN would serve it, with CORS), plus
 *   fault endpoints under /fault/ for the failure tests, and the test-hooks
 *   build (dist-test/) under /hooks/ for the panic tests;
 * - pages: the example host pages (examples/) at /, the test pages
 *   (tests/browser/pages/) at /test/, pages the tests generate
 *   (tests/browser/output/) at /out/, and dist/ (same-origin use) at /dist/.
 * In HTML pages `{{ASSETS}}` becomes the assets origin.
 * `sameOrigin: true` serves pages with {{ASSETS}} = the pages origin's /dist.
 */
export async function startServers() {
  const dist = path.join(repo, 'dist');
  const distTest = path.join(repo, 'dist-test');
  const hits = {};
  const assetsServer = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    if (pathname === '/fault/404.json') {
      res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
      return res.end('not found');
    }
    if (pathname === '/fault/stall.json') {
      return; // never answers; the widget's timeout must give up
    }
    const demo = () => fs.readFile(path.join(dist, 'demo/soi-dong-doi-ngoai-2023.json'));
    const cors = { 'access-control-allow-origin': '*' };
    if (pathname === '/fault/500.json') {
      hits['500'] = (hits['500'] ?? 0) + 1;
      res.writeHead(500, { 'content-type': 'text/plain', ...cors });
      return res.end('server error');
    }
    if (pathname === '/fault/flaky.json') {
      // Fails once, then works: the widget's one retry should recover.
      hits.flaky = (hits.flaky ?? 0) + 1;
      if (hits.flaky === 1) {
        res.writeHead(503, { 'content-type': 'text/plain', ...cors });
        return res.end('busy');
      }
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      return res.end(await demo());
    }
    if (pathname === '/fault/invalid.json') {
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      return res.end('{"id": "x", "title": "T", "cards": [');
    }
    const slow = pathname.match(/^\/fault\/slow-(\d+)s\.json$/);
    if (slow) {
      await new Promise((r) => setTimeout(r, Number(slow[1]) * 1000));
      if (res.destroyed) return;
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      return res.end(await demo());
    }
    if (pathname.startsWith('/fault/slow-image/')) {
      await new Promise((r) => setTimeout(r, 3_000));
      if (res.destroyed) return;
      return serveFile(res, path.join(dist, 'photos', pathname.slice('/fault/slow-image/'.length)), { cors: true });
    }
    if (pathname === '/fault/hits') {
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      return res.end(JSON.stringify(hits));
    }
    if (pathname === '/fault/no-cors.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(await fs.readFile(path.join(dist, 'demo/dau-an-doi-ngoai-2023.json')));
    }
    // /hooks/: the build with test hooks (scripts/test makes it in dist-test/).
    const root = pathname.startsWith('/hooks/') ? distTest : dist;
    const rest = root === distTest ? pathname.slice('/hooks'.length) : pathname;
    const file = path.join(root, rest.endsWith('/') ? rest + 'index.html' : rest);
    if (!file.startsWith(root)) return notFound(res, true);
    try {
      await serveFile(res, file, { cors: true });
    } catch {
      notFound(res, true);
    }
  });
  const assets = await listen(assetsServer);
  const pagesServer = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const routes = [
      ['/test/', path.join(here, 'pages')],
      ['/out/', outputDir],
      ['/dist/', dist],
      ['/', path.join(repo, 'examples')],
    ];
    for (const [prefix, root] of routes) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.join(root, pathname.slice(prefix.length));
      if (!file.startsWith(root)) break;
      const sameOrigin = url.searchParams.has('same-origin');
      // Pages named *csp*.html are served with a strict Content-Security-Policy.
      if (/csp[^/]*\.html$/.test(pathname)) {
        res.setHeader('content-security-policy', [
          "default-src 'none'",
          `script-src ${assets.origin} 'wasm-unsafe-eval'`,
          `connect-src ${assets.origin}`,
          `img-src ${assets.origin}`,
          "style-src 'self'",
          "base-uri 'none'",
        ].join('; '));
      }
      try {
        await serveFile(res, file, { cors: false, assets: sameOrigin ? `${pages.origin}/dist` : assets.origin });
        return;
      } catch {
        break;
      }
    }
    notFound(res, false);
  });
  const pages = await listen(pagesServer);
  return { assets, pages, close: () => Promise.all([assets.close(), pages.close()]) };
}

function notFound(res, cors) {
  const headers = { 'content-type': 'text/plain' };
  if (cors) headers['access-control-allow-origin'] = '*';
  res.writeHead(404, headers);
  res.end('not found');
}

export const launchBrowser = launchChromium;

/// Opens a page that records console errors, page errors and failed requests.
export async function openPage(browser, { width, height, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: width ?? 1280, height: height ?? 900 }, ...options });
  // __hcAll(selector): querySelectorAll that also looks inside (open) shadow roots.
  await context.addInitScript(() => {
    window.__hcAll = (selector) => {
      const out = [];
      const visit = (root) => {
        out.push(...root.querySelectorAll(selector));
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      return out;
    };
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { context, page, problems };
}

/// Scrolls every image into view (they are lazy) and waits until each has loaded or failed.
export async function loadAllImages(page) {
  return page.evaluate(async () => {
    const imgs = window.__hcAll('img');
    // Scrolling images into view also scrolls carousel tracks; put them back.
    const tracks = window.__hcAll('.hc-track').map((t) => [t, t.scrollLeft]);
    for (const img of imgs) {
      img.scrollIntoView({ block: 'center' });
      if (!img.complete) {
        await new Promise((resolve) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', resolve, { once: true });
          setTimeout(resolve, 10000);
        });
      }
    }
    for (const [track, left] of tracks) track.scrollTo({ left, behavior: 'instant' });
    await new Promise((r) => setTimeout(r, 100));
    window.scrollTo(0, 0);
    return imgs.map((img) => ({ src: img.currentSrc || img.src, ok: img.complete && img.naturalWidth > 0 }));
  });
}

/** This test file's servers and browser, set by `useServersAndBrowser()`
 * (node --test runs each file in its own process, so one pair per file). */
export let servers;
export let browser;

/** Starts the servers and Chromium before the file's tests and stops them
 * after. Hooks a file adds afterwards run after these. */
export function useServersAndBrowser() {
  before(async () => {
    servers = await startServers();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await servers?.close();
  });
}
