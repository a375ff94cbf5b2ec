// The npm package as a newsroom developer gets it: scripts/release.mjs packs
// dist/ (no build here), the tarball is installed into a fresh project, the
// widget runs from that node_modules in a browser (by a bare `import` through
// an import map, as a bundler resolves it), the TypeScript declarations
// type-check a small file (and reject a wrong one), and the precompressed
// files beside each shipped file decompress to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync, spawnSync } from 'node:child_process';
import { servers, browser, useServersAndBrowser, openPage, repo, serveDirectory } from './harness.mjs';

useServersAndBrowser();

let work;
let project;
let staged;
let tarball;
let served;

before(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'hc-package-'));
  const log = execFileSync('node', [path.join(repo, 'scripts/release.mjs'), '--out', work], { cwd: repo, encoding: 'utf8' });
  tarball = log.match(/^tarball=(.+)$/m)[1];
  staged = path.join(work, 'highlight-cards');
  project = path.join(work, 'project');
  await fs.mkdir(project);
  await fs.writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'newsroom-site', private: true, type: 'module' }));
  execFileSync('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: project, encoding: 'utf8' });
  served = await serveDirectory(project);
});

after(async () => {
  await served?.close();
  if (work) await fs.rm(work, { recursive: true, force: true });
});

const demo = await fs.readFile(path.join(repo, 'static/demo/soi-dong-doi-ngoai-2023.json'), 'utf8');

test('installed from the tarball, the widget runs from node_modules: bare import (import map), mount(), version', async () => {
  const installed = JSON.parse(await fs.readFile(path.join(project, 'node_modules/highlight-cards/package.json'), 'utf8'));
  const cargo = (await fs.readFile(path.join(repo, 'Cargo.toml'), 'utf8')).match(/^version\s*=\s*"([^"]+)"/m)[1];
  assert.equal(installed.version, cargo);
  // Node resolves the bare name to the module entry, as bundlers do.
  const resolved = execFileSync('node', ['--input-type=module', '-e', "console.log(import.meta.resolve('highlight-cards'))"], { cwd: project, encoding: 'utf8' }).trim();
  assert.ok(resolved.endsWith('/node_modules/highlight-cards/dist/embed.js'), resolved);
  // The tarball leaves the precompressed files out (CDNs compress).
  const shipped = await fs.readdir(path.join(project, 'node_modules/highlight-cards/dist'));
  for (const f of ['embed.js', 'embed.classic.js', 'highlight-cards.css', 'highlight-cards.d.ts', 'frame.html', 'frame-resizer.js', 'i18n.json']) {
    assert.ok(shipped.includes(f), `${f} in ${shipped.join(' ')}`);
  }
  assert.ok(shipped.some((f) => f.endsWith('_bg.wasm')), shipped.join(' '));
  // embed.js holds the glue: no second script module to go unpinned.
  assert.deepEqual(shipped.filter((f) => /^highlight-cards.*\.js$/.test(f)), []);
  assert.deepEqual(shipped.filter((f) => /\.(br|gz)$/.test(f)), []);

  // The licences, the notices for what the wasm contains, the changelog, and
  // docs/ so that the README's links work in the package too.
  const root = path.join(project, 'node_modules/highlight-cards');
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md', 'THIRD-PARTY-NOTICES.md']) {
    assert.ok((await fs.stat(path.join(root, f))).size > 500, `${f} in the package`);
  }
  const notices = await fs.readFile(path.join(root, 'THIRD-PARTY-NOTICES.md'), 'utf8');
  for (const crate of ['yew 0.23.0', 'wasm-bindgen 0.2', 'serde 1.']) {
    assert.ok(notices.split('\n').some((l) => l.startsWith('Used by:') && l.includes(crate)), `the notices list ${crate}`);
  }
  assert.match(await fs.readFile(path.join(root, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## (Unreleased|${installed.version.replaceAll('.', '\\.')})`, 'm'));
  const readme = await fs.readFile(path.join(root, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(((?:docs\/|static\/|LICENSE|CHANGELOG|CONTRIBUTING)[^)#\s]*)/g)].map((m) => m[1]);
  assert.ok(links.length >= 8, links.join(' '));
  for (const link of links) {
    await fs.access(path.join(root, link)).catch(() => assert.fail(`the README links ${link}, which the package lacks`));
  }

  // The demo's photos, from where dist/ is served.
  const data = JSON.parse(demo.replaceAll('../photos/', `${servers.assets.origin}/photos/`));
  await fs.writeFile(path.join(project, 'index.html'), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>site</title><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "highlight-cards": "./node_modules/highlight-cards/dist/embed.js" } }</script>
</head><body><div id="later"></div>
<script type="module">
  import { mount, version, count } from 'highlight-cards';
  window.__version = version;
  mount(document.getElementById('later'), ${JSON.stringify(JSON.stringify(data))}).then(async () => { window.__count = await count(); });
</script></body></html>`);
  const { page, problems, context } = await openPage(browser);
  await page.goto(`${served.origin}/index.html`);
  await page.waitForFunction(() => window.__count === 1);
  assert.equal(await page.evaluate(() => window.__version), cargo);
  assert.equal(await page.evaluate(() => document.getElementById('later').shadowRoot.querySelectorAll('.hc-card').length), data.cards.length);
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).find((n) => n.endsWith('.wasm')));
  assert.match(wasm, /\/node_modules\/highlight-cards\/dist\/highlight-cards-[0-9a-f]+_bg\.wasm$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the TypeScript declarations type-check a use of the API, and reject a wrong one', async () => {
  const tsc = path.join(repo, 'node_modules/.bin/tsc');
  const options = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'dom,es2022'];
  await fs.writeFile(path.join(project, 'good.ts'), `import HighlightCards, { mount, unmount, count, ready, version, type Collection, type CardViewDetail } from 'highlight-cards';
const data: Collection = { id: 'x', title: 'T', cards: [{ headline: 'H', photo: { src: 'a.jpg', caption: 'C (Ảnh: A)' } }] };
const host = document.createElement('highlight-cards');
await ready;
await mount(host, data);
const n: number = await count();
const was: boolean = await unmount(host);
const v: string = version + HighlightCards.version + window.HighlightCards.version;
host.addEventListener('highlight-cards:cardview', (e) => { const d: CardViewDetail = e.detail; console.log(d.number, d.headline, n, was, v); });
host.addEventListener('highlight-cards:ready', (e) => console.log(e.detail.cards, e.detail.warnings.join()));
host.addEventListener('highlight-cards:error', (e) => console.log(e.detail.errors.length));
`);
  const good = spawnSync(tsc, [...options, 'good.ts'], { cwd: project, encoding: 'utf8' });
  assert.equal(good.status, 0, good.stdout + good.stderr);
  await fs.writeFile(path.join(project, 'bad.ts'), `import { mount } from 'highlight-cards';
await mount(document.body, { id: 'x', cards: [] });
document.body.addEventListener('highlight-cards:cardview', (e) => e.detail.headlin);
`);
  const bad = spawnSync(tsc, [...options, 'bad.ts'], { cwd: project, encoding: 'utf8' });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stdout, /bad\.ts\(2,\d+\): error TS2345/, bad.stdout);
  assert.match(bad.stdout, /bad\.ts\(3,\d+\): error TS2551: Property 'headlin' does not exist/, bad.stdout);
});

test('the release writes a .br and a .gz beside every shipped file, each decompressing to it; integrity.json holds their SHA-384', async () => {
  const dir = path.join(staged, 'dist');
  const files = (await fs.readdir(dir)).filter((f) => !/\.(br|gz)$/.test(f));
  assert.ok(files.length >= 6, files.join(' '));
  const integrity = JSON.parse(await fs.readFile(path.join(work, 'integrity.json'), 'utf8'));
  for (const f of files) {
    const bytes = await fs.readFile(path.join(dir, f));
    assert.ok(zlib.brotliDecompressSync(await fs.readFile(path.join(dir, `${f}.br`))).equals(bytes), `${f}.br`);
    assert.ok(zlib.gunzipSync(await fs.readFile(path.join(dir, `${f}.gz`))).equals(bytes), `${f}.gz`);
    const { createHash } = await import('node:crypto');
    assert.equal(integrity[f], `sha384-${createHash('sha384').update(bytes).digest('base64')}`, f);
  }
});
