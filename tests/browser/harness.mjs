// Shared pieces of the browser tests: a static server for dist/ and the test
// pages, and headless Debian Chromium driven by playwright-core (which never
// downloads a browser of its own).
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const outputDir = path.join(repo, 'tests/browser/output');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/// Serves dist/ at / and tests/browser/pages/ at /test/ on a free loopback port.
export async function startServer() {
  const roots = [
    ['/test/', path.join(here, 'pages')],
    ['/', path.join(repo, 'dist')],
  ];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    for (const [prefix, root] of roots) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.join(root, pathname.slice(prefix.length));
      if (!file.startsWith(root)) break;
      try {
        const body = await fs.readFile(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/// Headless Debian Chromium with the flags these machines need (root, no network).
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/// Opens a page that records console errors, page errors and failed requests.
export async function openPage(browser, { width, height, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: width ?? 1280, height: height ?? 900 }, ...options });
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
    const imgs = [...document.querySelectorAll('img')];
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
    window.scrollTo(0, 0);
    return imgs.map((img) => ({ src: img.currentSrc || img.src, ok: img.complete && img.naturalWidth > 0 }));
  });
}
