// The <head> hints `scripts/release` prints (scripts/hints.mjs): with them
// embed.js, the wasm and the data start with the HTML, and each is fetched
// once — a hint that did not match its request (mode, credentials,
// integrity) would show as a second fetch in the page's resource timing.
// A hint left over from an older release (another wasm name) costs one
// wasted fetch and breaks nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, repo, outputDir } from './harness.mjs';
import { headHints } from '../../scripts/hints.mjs';

useServersAndBrowser();

const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
const DATA = 'demo/soi-dong-doi-ngoai-2023.json';

async function release() {
  const dist = path.join(repo, 'dist');
  const wasm = (await fs.readdir(dist)).find((f) => /^highlight-cards-[0-9a-f]+_bg\.wasm$/.test(f));
  const integrity = {
    'embed.js': sri(await fs.readFile(path.join(dist, 'embed.js'))),
    [wasm]: sri(await fs.readFile(path.join(dist, wasm))),
  };
  return { wasm, integrity };
}

async function pageWith(name, hints, integrity) {
  const a = servers.assets.origin;
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Head hints</title>
<link rel="icon" href="data:,">
${hints.join('\n')}
<script type="module" src="${a}/embed.js" integrity="${integrity['embed.js']}" crossorigin="anonymous"></script>
</head><body><h1>Bài báo</h1>
<highlight-cards id="w" src="${a}/${DATA}"></highlight-cards>
</body></html>`;
  await fs.mkdir(outputDir, { recursive: true });
  await fs.writeFile(path.join(outputDir, name), html);
  return `${servers.pages.origin}/out/${name}`;
}

/** How many times each of the widget's files was fetched, by its last path part. */
async function fetchedCounts(page, wasm) {
  return page.evaluate(
    (names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.endsWith('/' + n)).length])),
    ['embed.js', wasm, DATA.split('/').pop()],
  );
}

const rendered = (page) => page.waitForFunction(() => document.getElementById('w').shadowRoot?.querySelectorAll('.hc-card').length === 5);

test('the head hints start the widget\'s files and data early, and nothing is fetched twice', async () => {
  const { wasm, integrity } = await release();
  const hints = headHints({ embed: `${servers.assets.origin}/embed.js`, wasm, integrity, data: `${servers.assets.origin}/${DATA}` });
  assert.equal(hints.length, 3);
  const { context, page, problems } = await openPage(browser, { width: 375, height: 812 });
  await page.goto(await pageWith('head-hints.html', hints, integrity));
  await rendered(page);
  assert.deepEqual(await fetchedCounts(page, wasm), { 'embed.js': 1, [wasm]: 1, [DATA.split('/').pop()]: 1 });
  // The wasm's request started from the hint, before embed.js had run.
  const order = await page.evaluate((wasm) => {
    const at = (n) => performance.getEntriesByType('resource').find((r) => r.name.endsWith('/' + n));
    return { wasm: at(wasm).startTime, embedEnd: at('embed.js').responseEnd };
  }, wasm);
  assert.ok(order.wasm < order.embedEnd, `the wasm started at ${order.wasm} ms, before embed.js arrived at ${order.embedEnd} ms`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a hint from an older release costs one wasted fetch and breaks nothing', async () => {
  const { wasm, integrity } = await release();
  const old = 'highlight-cards-0123456789abcdef_bg.wasm';
  const hints = headHints({ embed: `${servers.assets.origin}/embed.js`, wasm: old, integrity: { ...integrity, [old]: 'sha384-' + 'A'.repeat(64) } });
  const { context, page, problems } = await openPage(browser, { width: 375, height: 812 });
  await page.goto(await pageWith('head-hints-stale.html', hints, integrity));
  await rendered(page);
  const counts = await fetchedCounts(page, wasm);
  assert.equal(counts[wasm], 1, 'the current wasm, once');
  // The stale hint's fetch is the only problem: a 404 for a file that is
  // gone (and the console's line for it, which names no URL).
  assert.deepEqual(
    problems.filter((p) => !p.includes(old)),
    ['console.error: Failed to load resource: the server responded with a status of 404 (Not Found)'],
  );
  assert.equal(problems.filter((p) => p.includes(old)).length, 1, problems.join('\n'));
  await context.close();
});
