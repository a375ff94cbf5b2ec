// Shared pieces of the browser tests: the servers for dist/ and the test
// pages (on scripts/static-server.mjs, which the benchmark uses too), and headless Debian Chromium driven by playwright-core (which never
// downloads a browser of its own).
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStatic, routes, inside } from '../../scripts/static-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const outputDir = path.join(repo, 'tests/browser/output');

/** The native CLI the prerender and browser-and-CLI tests call. Built by scripts/test
 * before the browser tests, never by a test. */
export const cli = path.join(repo, 'target/debug/highlight-cards');

/** Runs the CLI with `args` (in the repo root); returns spawnSync's result
 * (status, stdout, stderr). */
export function runCli(args) {
  if (!existsSync(cli)) {
    throw new Error(`${path.relative(repo, cli)} not found: run \`cargo build --bin highlight-cards\` first (scripts/test does)`);
  }
  const run = spawnSync(cli, args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw run.error;
  return run;
}

const templated = (assets) => (body, type) =>
  type.startsWith('text/html') ? body.toString('utf8').replaceAll('{{ASSETS}}', assets) : body;

/**
 * Two loopback servers (scripts/static-server.mjs) on different ports, hence
 * different origins:
 * - assets: dist/ (the widget as a CDN would serve it, with CORS), plus
 *   fault endpoints under /fault/ for the failure tests, and the test-hooks
 *   build (dist-test/) under /hooks/ for the panic tests;
 * - pages: the test pages (tests/browser/pages/) at /test/, pages the tests
 *   generate (tests/browser/output/) at /out/, dist/ (same-origin use) at
 *   /dist/, and the example host pages (examples/) at /.
 * In HTML pages `{{ASSETS}}` becomes the assets origin; with `?same-origin`
 * in the page's URL, the pages origin's /dist. Pages named *csp*.html are
 * served with a strict Content-Security-Policy.
 */
export async function startServers() {
  const dist = path.join(repo, 'dist');
  const hits = {};
  const demo = (name = 'soi-dong-doi-ngoai-2023') => ({ file: path.join(dist, `demo/${name}.json`) });
  const answer = (res, status, body, type = 'text/plain') => {
    res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    res.end(body);
    return true;
  };
  const delay = async (res, ms) => {
    await new Promise((r) => setTimeout(r, ms));
    return !res.destroyed;
  };
  // The failure endpoints: each answers as a failing server would.
  const faults = async (req, res, pathname) => {
    if (!pathname.startsWith('/fault/')) return null;
    const name = pathname.slice('/fault/'.length);
    if (name === '404.json') return answer(res, 404, 'not found');
    if (name === 'stall.json') return true; // never answers; the widget's timeout must give up
    if (name === '500.json') {
      hits['500'] = (hits['500'] ?? 0) + 1;
      return answer(res, 500, 'server error');
    }
    if (name === 'flaky.json') {
      // Fails once, then works: the widget's one retry should recover.
      hits.flaky = (hits.flaky ?? 0) + 1;
      return hits.flaky === 1 ? answer(res, 503, 'busy') : demo();
    }
    if (name === 'invalid.json') return answer(res, 200, '{"id": "x", "title": "T", "cards": [', 'application/json');
    const slow = name.match(/^slow-(\d+)s\.json$/);
    if (slow) return (await delay(res, Number(slow[1]) * 1000)) ? demo() : true;
    if (name.startsWith('slow-image/')) {
      const file = inside(path.join(dist, 'photos'), name.slice('slow-image/'.length));
      return (await delay(res, 3_000)) && file ? { file } : true;
    }
    if (name === 'hits') return answer(res, 200, JSON.stringify(hits), 'application/json');
    if (name === 'no-cors.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(await fs.readFile(demo('dau-an-doi-ngoai-2023').file));
      return true;
    }
    return null;
  };
  const assets = await startStatic({
    cors: true,
    handle: faults,
    // /hooks/: the build with test hooks (scripts/test makes it in dist-test/).
    resolve: routes([['/hooks/', path.join(repo, 'dist-test')], ['/', dist]]),
  });
  const pages = await startStatic({
    resolve: routes([
      ['/test/', path.join(here, 'pages')],
      ['/out/', outputDir],
      ['/dist/', dist],
      ['/', path.join(repo, 'examples')],
    ]),
    rewrite: (body, type, url) => templated(url.searchParams.has('same-origin') ? `${pages.origin}/dist` : assets.origin)(body, type),
    headers: (pathname) =>
      /csp[^/]*\.html$/.test(pathname)
        ? {
            'content-security-policy': [
              "default-src 'none'",
              `script-src ${assets.origin} 'wasm-unsafe-eval'`,
              `connect-src ${assets.origin}`,
              `img-src ${assets.origin}`,
              "style-src 'self'",
              "base-uri 'none'",
            ].join('; '),
          }
        : {},
  });
  return { assets, pages, close: () => Promise.all([assets.close(), pages.close()]) };
}

/**
 * A plain static server for `dir` (the package test serves an npm project
 * from it); `cors: true` serves it as a CDN does; `typeOf(file)` replaces
 * the Content-Type a file is served with (a misconfigured server).
 */
export async function serveDirectory(dir, { cors = false, typeOf } = {}) {
  const resolve = routes([['/', dir]]);
  return startStatic({
    cors,
    resolve: (pathname) => {
      const found = resolve(pathname);
      return found && typeOf ? { ...found, type: typeOf(found.file) } : found;
    },
  });
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
    // Whether `el` is light DOM that its host's shadow root does not show
    // (no <slot>): the plain copy `render` puts beside the cards.
    window.__hcUnslotted = (el) => {
      for (let a = el.parentElement; a; a = a.parentElement) if (a.shadowRoot && !a.shadowRoot.querySelector('slot')) return true;
      return false;
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

/**
 * Resolves with `fn(arg)` (run in the page; JSON-comparable) once it has
 * returned the same value on `frames` + 1 consecutive animation frames —
 * layout, scrolling or a gesture has come to rest. Throws if it is still
 * changing after `limit` frames. `fn` is sent as source: self-contained.
 */
export async function steady(page, fn, arg, { frames = 2, limit = 600 } = {}) {
  const watch = (read, arg, frames, limit) => new Promise((resolve) => {
    let last;
    let same = 0;
    let seen = 0;
    const tick = () => {
      const value = JSON.stringify(read(arg));
      same = value === last ? same + 1 : 0;
      last = value;
      seen += 1;
      if (same >= frames) return resolve({ settled: true, value: JSON.parse(value) });
      if (seen > limit) return resolve({ settled: false, value: last });
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // One expression, so that no eval runs in the page (strict-CSP pages forbid it).
  const result = await page.evaluate(`(${watch})(${fn}, ${JSON.stringify(arg ?? null)}, ${frames}, ${limit})`);
  if (!result.settled) throw new Error(`still changing after ${limit} animation frames: ${fn.toString().slice(0, 120)} (last: ${result.value})`);
  return result.value;
}

/** Scroll positions of the window and of every carousel track (in open shadow roots). */
export const scrollPositions = () => [window.scrollX, window.scrollY, ...window.__hcAll('.hc-track').map((t) => t.scrollLeft)];

/** Waits until the window and every carousel track have stopped scrolling. */
export const scrollSettled = (page) => steady(page, scrollPositions);

/** Waits for `n` animation frames in the page. */
export async function frames(page, n = 1) {
  await page.evaluate((n) => new Promise((resolve) => {
    const tick = () => (--n <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

/** Scrolls every image into view (they are lazy) and waits until each has
 * loaded or failed (`complete`); throws if one is still loading after 10 s.
 * An image the widget replaced meanwhile (a re-render: `auto` layout
 * settling, a slice arriving) is not waited for — a detached lazy image never
 * loads —, and the images on the page are collected again until every one is
 * complete. */
export async function loadAllImages(page) {
  await page.evaluate(() => {
    // Scrolling images into view also scrolls carousel tracks; they are put back below.
    window.__hcTracks = window.__hcAll('.hc-track').map((t) => [t, t.scrollLeft]);
  });
  for (let round = 0; ; round++) {
    // Every image the first time (scrolled past, each is also decoded and
    // painted, which a full-page screenshot needs); then the new ones.
    const count = await page.evaluate((all) => {
      window.__hcImages = window.__hcAll('img').filter((img) => !window.__hcUnslotted(img) && (all || !img.complete));
      return window.__hcImages.length;
    }, round === 0);
    if (count === 0) break;
    if (round === 5) throw new Error(`${count} images still not complete after ${round} rounds`);
    for (let i = 0; i < count; i++) {
      await page.evaluate((i) => window.__hcImages[i].isConnected && window.__hcImages[i].scrollIntoView({ block: 'center' }), i);
      await page.waitForFunction((i) => window.__hcImages[i].complete || !window.__hcImages[i].isConnected, i, { timeout: 10_000 });
    }
  }
  await page.evaluate(() => {
    for (const [track, left] of window.__hcTracks) if (track.isConnected) track.scrollTo({ left, behavior: 'instant' });
  });
  // The carousels have taken their slides back (their scroll handlers ran).
  await scrollSettled(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await scrollSettled(page);
  return page.evaluate(() => window.__hcAll('img').filter((img) => !window.__hcUnslotted(img)).map((img) => ({ src: img.currentSrc || img.src, ok: img.complete && img.naturalWidth > 0 })));
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
