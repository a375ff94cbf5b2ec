// Integrity end to end: the host's script tag pins
// embed.js (`integrity` + `crossorigin`), embed.js holds the wasm-bindgen glue
// and fetches the wasm with its SHA-384, and embed.classic.js loads embed.js
// with embed.js's SHA-384. Each file is served from a "CDN" (another origin,
// with CORS) as built, or with one harmless change: a change that would run
// fine without the hashes, so only the hashes can stop it. A refused file
// leaves the hosts' own content in place, with the `error` event where any
// of our code still runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, repo, serveDirectory } from './harness.mjs';

useServersAndBrowser();

const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
let work;
let cdn;
let plainCdn;
let pages;
let embedIntegrity;
let classicIntegrity;

/** A copy of `bytes` with the first `from` (same length) replaced by `to`. */
function tamper(bytes, from, to) {
  assert.equal(from.length, to.length);
  const at = bytes.indexOf(Buffer.from(from));
  assert.ok(at >= 0, `${from} is in the file`);
  const out = Buffer.from(bytes);
  Buffer.from(to).copy(out, at);
  return out;
}

before(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'hc-integrity-'));
  const dist = path.join(repo, 'dist');
  const wasm = (await fs.readdir(dist)).find((f) => /^highlight-cards-[0-9a-f]+_bg\.wasm$/.test(f));
  const read = (f) => fs.readFile(path.join(dist, f));
  const [embed, classic, wasmBytes] = await Promise.all([read('embed.js'), read('embed.classic.js'), read(wasm)]);
  embedIntegrity = sri(embed);
  classicIntegrity = sri(classic);
  // A text the wasm carries (its Vietnamese "Close" label), changed in place:
  // the wasm still compiles and runs, only its hash differs.
  const variants = {
    good: { embed, classic, wasm: wasmBytes },
    'bad-wasm': { embed, classic, wasm: tamper(wasmBytes, 'Đóng', 'ĐóNG') },
    'bad-embed': { embed: Buffer.concat([embed, Buffer.from('\n// changed on the CDN\n')]), classic, wasm: wasmBytes },
  };
  for (const [name, files] of Object.entries(variants)) {
    await fs.mkdir(path.join(work, 'cdn', name), { recursive: true });
    await fs.writeFile(path.join(work, 'cdn', name, 'embed.js'), files.embed);
    await fs.writeFile(path.join(work, 'cdn', name, 'embed.classic.js'), files.classic);
    await fs.writeFile(path.join(work, 'cdn', name, wasm), files.wasm);
  }
  await fs.mkdir(path.join(work, 'pages'));
  cdn = await serveDirectory(path.join(work, 'cdn'), { cors: true });
  // A CDN that sends the wasm as application/octet-stream: compileStreaming
  // refuses it and embed.js falls back to fetching it again, with the hash.
  plainCdn = await serveDirectory(path.join(work, 'cdn'), {
    cors: true,
    typeOf: (file) => (file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream'),
  });
  pages = await serveDirectory(path.join(work, 'pages'));
});

after(async () => {
  await Promise.all([cdn?.close(), plainCdn?.close(), pages?.close()]);
  if (work) await fs.rm(work, { recursive: true, force: true });
});

/** A host page: the given script tag, one widget with its own fallback content, and a log of what happened. */
async function hostPage(name, script) {
  const src = `${servers.assets.origin}/demo/soi-dong-doi-ngoai-2023.json`;
  await fs.writeFile(path.join(work, 'pages', `${name}.html`), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">
<script>
  window.__log = { errors: [], ready: 0, scriptError: false };
  addEventListener('highlight-cards:error', (e) => window.__log.errors.push(e.detail.message));
  addEventListener('highlight-cards:ready', () => window.__log.ready++);
</script>
${script}
</head><body><h1>Bài báo</h1>
<highlight-cards id="w" src="${src}"><p id="own">Nội dung riêng của trang</p></highlight-cards>
</body></html>`);
  return `${pages.origin}/${name}.html`;
}

const cards = () => document.getElementById('w').shadowRoot?.querySelectorAll('.hc-card').length ?? 0;
const ownContent = () => document.getElementById('own')?.textContent;

test('the snippet as the release prints it (integrity + crossorigin) loads and renders', async () => {
  const url = await hostPage('good', `<script type="module" src="${cdn.origin}/good/embed.js" integrity="${embedIntegrity}" crossorigin="anonymous"></script>`);
  const { page, problems, context } = await openPage(browser, { width: 375, height: 800 });
  await page.goto(url);
  await page.waitForFunction(() => window.__log.ready === 1);
  assert.ok((await page.evaluate(cards)) > 0);
  assert.deepEqual(await page.evaluate(() => window.__log.errors), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tampered wasm is refused: the host keeps its own content and gets the error event', async () => {
  const url = await hostPage('bad-wasm', `<script type="module" src="${cdn.origin}/bad-wasm/embed.js" integrity="${embedIntegrity}" crossorigin="anonymous"></script>`);
  const { page, problems, context } = await openPage(browser, { width: 375, height: 800 });
  await page.goto(url);
  await page.waitForFunction(() => window.__log.errors.length > 0);
  assert.equal(await page.evaluate(() => window.__log.ready), 0);
  assert.equal(await page.evaluate(cards), 0);
  assert.equal(await page.evaluate(ownContent), 'Nội dung riêng của trang');
  assert.ok(await page.evaluate(() => window.HighlightCards !== undefined), 'embed.js itself ran (its hash matched)');
  // The browser says why: the wasm's digest did not match the one embed.js carries.
  assert.ok(problems.some((p) => /integrity/i.test(p) && /_bg\.wasm/.test(p)), problems.join('\n'));
  await context.close();
});

test('a tampered embed.js is refused by the script tag: nothing of it runs, the host keeps its content', async () => {
  const url = await hostPage('bad-embed', `<script type="module" src="${cdn.origin}/bad-embed/embed.js" integrity="${embedIntegrity}" crossorigin="anonymous" onerror="window.__log.scriptError = true"></script>`);
  const { page, problems, context } = await openPage(browser, { width: 375, height: 800 });
  await page.goto(url);
  await page.waitForFunction(() => window.__log.scriptError);
  assert.equal(await page.evaluate(() => window.HighlightCards), undefined);
  assert.equal(await page.evaluate(cards), 0);
  assert.equal(await page.evaluate(ownContent), 'Nội dung riêng của trang');
  assert.ok(problems.some((p) => /integrity/i.test(p) && /embed\.js/.test(p)), problems.join('\n'));
  await context.close();
});

test('embed.classic.js pins embed.js: as built it renders; with a tampered embed.js the hosts get the error event', async () => {
  const good = await hostPage('classic-good', `<script defer src="${cdn.origin}/good/embed.classic.js" integrity="${classicIntegrity}" crossorigin="anonymous"></script>`);
  const bad = await hostPage('classic-bad', `<script defer src="${cdn.origin}/bad-embed/embed.classic.js" integrity="${classicIntegrity}" crossorigin="anonymous"></script>`);
  const { page, problems, context } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(good);
  await page.waitForFunction(() => window.__log.ready === 1);
  assert.ok((await page.evaluate(cards)) > 0);
  assert.deepEqual(problems, []);

  await page.goto(bad);
  await page.waitForFunction(() => window.__log.errors.length > 0);
  assert.match((await page.evaluate(() => window.__log.errors))[0], /could not load .*\/bad-embed\/embed\.js/);
  assert.equal(await page.evaluate(() => window.HighlightCards), undefined);
  assert.equal(await page.evaluate(cards), 0);
  assert.equal(await page.evaluate(ownContent), 'Nội dung riêng của trang');
  await context.close();
});

test('a CDN that sends the wasm without its MIME type: the fallback fetch renders the built wasm and refuses a tampered one', async () => {
  const good = await hostPage('plain-good', `<script type="module" src="${plainCdn.origin}/good/embed.js" integrity="${embedIntegrity}" crossorigin="anonymous"></script>`);
  const bad = await hostPage('plain-bad', `<script type="module" src="${plainCdn.origin}/bad-wasm/embed.js" integrity="${embedIntegrity}" crossorigin="anonymous"></script>`);
  const { page, problems, context } = await openPage(browser, { width: 375, height: 800 });
  await page.goto(good);
  await page.waitForFunction(() => window.__log.ready === 1);
  assert.ok((await page.evaluate(cards)) > 0);
  // Two requests for the wasm: the streaming one (refused for its type), then the fallback.
  assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('_bg.wasm')).length), 2);
  assert.deepEqual(problems, []);
  await page.goto(bad);
  await page.waitForFunction(() => window.__log.errors.length > 0);
  assert.equal(await page.evaluate(cards), 0);
  assert.equal(await page.evaluate(ownContent), 'Nội dung riêng của trang');
  await context.close();
});
