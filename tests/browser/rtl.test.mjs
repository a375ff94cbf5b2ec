// Right to left in Chromium (the engine subset in WebKit and Firefox is in
// tests/engines/engines.test.mjs): an Arabic collection and an English one
// on an Arabic page with dir="rtl" (tests/browser/pages/rtl.html, texts
// written for the tests, shaped like news sites' "year in pictures").
// Direction comes from the content, not the page; in the carousel the
// track, prev/next, the arrow keys, a swipe, the counter and the index
// agree; the viewer's keys and swipe are mirrored too; a long list (60
// cards, the page's Arabic ones repeated) arrives in slices as one list.
// Screenshots at 375 and 1280 px go to tests/browser/output/screenshots/rtl/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, outputDir, frames, scrollSettled, serveDirectory, repo, runCli } from './harness.mjs';
import { directionState, atSlide, clickIn, focusIn, viewerState } from './rtl-checks.mjs';

useServersAndBrowser();

const shots = path.join(outputDir, 'screenshots', 'rtl');
const WIDGETS = { ar: { direction: 'rtl', forward: 'ArrowLeft', back: 'ArrowRight' }, en: { direction: 'ltr', forward: 'ArrowRight', back: 'ArrowLeft' } };
const ready = () => ['ar', 'en'].every((id) => document.getElementById(id).shadowRoot?.querySelectorAll('.hc-card').length === 4);

async function openRtl(query, viewport) {
  await fs.mkdir(shots, { recursive: true });
  const opened = await openPage(browser, viewport);
  await opened.page.goto(`${servers.pages.origin}/test/rtl.html?${query}`);
  await opened.page.waitForFunction(ready, null, { timeout: 20000 });
  return opened;
}

/** Runs a page-side function of rtl-checks.mjs with its arguments (they are
 * written for drivers that spread them). */
const call = (page, fn, ...args) => page.evaluate(({ src, args }) => new Function('args', `return (${src})(...args)`)(args), { src: fn.toString(), args });

/** Waits until widget `id` is at slide `n` everywhere, and the track has come to rest. */
async function waitAt(page, id, n, what) {
  await page.waitForFunction(({ src, args }) => new Function('args', `return (${src})(...args)`)(args), { src: atSlide.toString(), args: [id, n] }, { timeout: 5000 })
    .catch(async () => assert.fail(`${id}: ${what}: not at slide ${n}: ${JSON.stringify(await call(page, directionState, id))}`));
  await scrollSettled(page);
}

for (const [width, height] of [[375, 812], [1280, 900]]) {
  test(`right to left at ${width} px: direction from the content; in the carousel the track, buttons, keys, swipe, counter and index agree`, async () => {
    const { page, context, problems } = await openRtl('layout=carousel', { width, height, hasTouch: true });
    const cdp = await context.newCDPSession(page);
    for (const [id, expected] of Object.entries(WIDGETS)) {
      const rtl = expected.direction === 'rtl';
      const side = rtl ? 'right' : 'left';
      await page.evaluate((id) => document.getElementById(id).scrollIntoView({ block: 'start' }), id);
      const start = await call(page, directionState, id);
      assert.deepEqual(start, {
        direction: expected.direction, badge: side, prevSide: side, firstIndexSide: side,
        position: '1 / 4', current: 1, visible: 1, index: 1,
      }, `${id}: at rest`);
      await page.screenshot({ path: path.join(shots, `rtl-carousel-${id}-${width}.png`) });

      await call(page, clickIn, id, '.hc-next');
      await waitAt(page, id, 2, 'Next');
      assert.equal(await call(page, focusIn, id, '.hc-next'), true);
      await page.keyboard.press(expected.forward);
      await waitAt(page, id, 3, `${expected.forward} (forward)`);
      await page.keyboard.press(expected.back);
      await waitAt(page, id, 2, `${expected.back} (back)`);

      // A real swipe: the finger moves against the reading direction to go forward.
      const box = await page.evaluate((id) => {
        const r = document.getElementById(id).shadowRoot.querySelector('.hc-track').getBoundingClientRect();
        return { x: r.left + r.width / 2, y: Math.min(r.top + 120, innerHeight - 80), width: r.width };
      }, id);
      // Past half a slide, so the snap goes forward.
      const dx = (rtl ? 1 : -1) * Math.round(box.width * 0.6);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x - dx / 2, y: box.y }] });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: box.x - dx / 2 + (dx * i) / 10, y: box.y }] });
        await frames(page);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await waitAt(page, id, 3, 'swipe forward');

      await call(page, clickIn, id, '.hc-index-button', 3);
      await waitAt(page, id, 4, 'index button 4');
      await call(page, clickIn, id, '.hc-prev');
      await waitAt(page, id, 3, 'Previous');
      await call(page, focusIn, id, '.hc-next');
      await page.keyboard.press('Home');
      await waitAt(page, id, 1, 'Home');

      // The viewer: keys and swipe mirrored, "previous" on the reading side.
      await call(page, clickIn, id, '.hc-slide--current .hc-zoom');
      await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('dialog.hc-lightbox')?.open, id);
      assert.deepEqual(await call(page, viewerState, id), { open: true, count: '1 / 4', prevSide: side }, `${id}: viewer`);
      await page.keyboard.press(expected.forward);
      assert.equal((await call(page, viewerState, id)).count, '2 / 4', `${id}: viewer ${expected.forward}`);
      const stage = await page.evaluate((id) => {
        const r = document.getElementById(id).shadowRoot.querySelector('.hc-lb-stage').getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, id);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: stage.x - dx / 2, y: stage.y }] });
      for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: stage.x - dx / 2 + (dx * i) / 5, y: stage.y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('.hc-lb-count').textContent === '3 / 4', id, { timeout: 5000 });
      await page.screenshot({ path: path.join(shots, `rtl-viewer-${id}-${width}.png`) });
      await page.keyboard.press('Escape');
      await page.waitForFunction((id) => !document.getElementById(id).shadowRoot.querySelector('dialog.hc-lightbox').open, id);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('right to left: an explicit dir on the host wins; the list reads in its own direction', async () => {
  const { page, context, problems } = await openRtl('layout=list&dir=rtl', { width: 375, height: 812 });
  const en = await page.evaluate(directionState, 'en');
  assert.equal(en.direction, 'rtl', 'dir="rtl" on the host makes English content right to left');
  assert.equal(en.badge, 'right');
  const ar = await page.evaluate(directionState, 'ar');
  assert.deepEqual([ar.direction, ar.badge], ['rtl', 'right']);
  // A name in another script is isolated, so its punctuation stays with it.
  const isolated = await page.evaluate(() => {
    const name = document.getElementById('en').shadowRoot.querySelector('.hc-credit-name');
    return [name.tagName, name.textContent, getComputedStyle(name).unicodeBidi];
  });
  assert.deepEqual(isolated, ['BDI', 'Sara Mansouri', 'isolate']);
  // Credits as written, whatever the page's or the widget's language.
  const credits = await page.evaluate(() => ['ar', 'en'].map((id) => document.getElementById(id).shadowRoot.querySelector('.hc-credit').textContent));
  assert.deepEqual(credits, ['تصوير: سارة المنصوري', 'Photo: Sara Mansouri']);
  await page.screenshot({ path: path.join(shots, 'rtl-list-375.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();

  const ltrPage = await openRtl('layout=list', { width: 1280, height: 900 });
  assert.deepEqual(await ltrPage.page.evaluate((id) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector('article.hc')).direction, 'en'), 'ltr', 'English on an RTL page stays left to right');
  await ltrPage.page.screenshot({ path: path.join(shots, 'rtl-list-1280.png'), fullPage: true });
  assert.deepEqual(ltrPage.problems, []);
  await ltrPage.context.close();
});

test('a long list right to left: 60 Arabic cards arrive in slices, in order, as one list, badges on the right; the last one is seen and followed', async () => {
  // Over 50 cards the list lays out off-screen cards lazily (hc-cards--long)
  // and arrives a slice per task; the cards are the page's Arabic ones
  // repeated, numbered on.
  const { page, context, problems } = await openRtl('layout=list', { width: 375, height: 812 });
  const seen = await page.evaluate(async () => {
    const data = JSON.parse(document.querySelector('#ar script').textContent);
    data.id = 'hasad-tawil';
    data.cards = Array.from({ length: 60 }, (_, k) => ({ ...data.cards[k % 4], number: k + 1 }));
    const host = document.createElement('highlight-cards');
    host.id = 'long';
    host.setAttribute('layout', 'list');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(data);
    host.append(script);
    window.__views = [];
    host.addEventListener('highlight-cards:cardview', (e) => window.__views.push(e.detail.number));
    const ready = new Promise((resolve) => host.addEventListener('highlight-cards:ready', resolve, { once: true }));
    document.querySelector('main').append(host);
    await ready;
    const root = host.shadowRoot;
    const list = root.querySelector('ol.hc-cards');
    return {
      lists: root.querySelectorAll('ol').length,
      long: list.classList.contains('hc-cards--long'),
      busy: list.getAttribute('aria-busy'),
      items: [...list.children].filter((li) => li.matches('li.hc-card')).length,
      numbers: [...list.children].map((li) => Number(li.dataset.number)),
    };
  });
  assert.deepEqual({ ...seen, numbers: undefined }, { lists: 1, long: true, busy: null, items: 60, numbers: undefined });
  assert.deepEqual(seen.numbers, Array.from({ length: 60 }, (_, k) => k + 1), 'one flat list, in order');
  const state = await page.evaluate(directionState, 'long');
  assert.deepEqual([state.direction, state.badge], ['rtl', 'right']);
  // The last card, scrolled to after loading, is reported and the URL follows it.
  await page.mouse.wheel(0, 10);
  await page.evaluate(() => document.getElementById('long').shadowRoot.getElementById('long-60').scrollIntoView());
  await page.waitForFunction(() => window.__views.includes(60), null, { timeout: 10000 });
  await page.waitForFunction(() => /^#long-(5\d|60)$/.test(location.hash), null, { timeout: 10000 });
  await page.screenshot({ path: path.join(shots, 'rtl-long-list-375.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the widget\'s words: data without a language is in the page\'s; a table loads for it; a language without a table gets English, never Vietnamese', async () => {
  const { page, context, problems } = await openPage(browser, { width: 375, height: 812 });
  const tables = [];
  page.on('request', (r) => { if (/\/i18n/.test(r.url())) tables.push(new URL(r.url()).pathname); });
  await page.goto(`${servers.pages.origin}/test/languages.html`);
  await page.waitForFunction(() => ['page-lang', 'no-table', 'vi-words'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.hc-card')));
  const words = await page.evaluate(wordsOf);
  assert.deepEqual(words, {
    'page-lang': { lang: 'fr', next: 'Fiche suivante', share: 'Partager', region: 'carrousel' },
    'no-table': { lang: 'vi', next: 'Next card', share: 'Share', region: 'carousel' },
    'vi-words': { lang: 'en', next: 'Thẻ sau', share: 'Chia sẻ', region: 'băng chuyền' },
  });
  // One request for the tables, pinned, made for the page's language.
  assert.deepEqual(tables, ['/i18n.json']);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The words of the three widgets of languages.html. */
function wordsOf() {
  return Object.fromEntries(['page-lang', 'no-table', 'vi-words'].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    return [id, {
      lang: root.querySelector('article.hc').lang,
      next: root.querySelector('.hc-next').getAttribute('aria-label'),
      share: root.querySelector('.hc-label')?.dataset.label ?? null,
      region: root.querySelector('.hc-carousel').getAttribute('aria-roledescription'),
    }];
  }));
}

test('tables whose bytes are not the ones the build pinned are refused: English, and a warning', async () => {
  // The whole dist/ as a CDN would serve it, with one word changed in fr.json.
  const copy = await fs.mkdtemp(path.join(outputDir, 'tampered-'));
  await fs.cp(path.join(repo, 'dist'), copy, { recursive: true });
  const tables = path.join(copy, 'i18n.json');
  const original = await fs.readFile(tables, 'utf8');
  assert.ok(original.includes('Fiche suivante'));
  await fs.writeFile(tables, original.replace('Fiche suivante', 'Cliquez ici'));
  const cdn = await serveDirectory(copy, { cors: true });
  const page = (await fs.readFile(path.join(repo, 'tests/browser/pages/languages.html'), 'utf8')).replaceAll('{{ASSETS}}', cdn.origin);
  await fs.writeFile(path.join(outputDir, 'languages-tampered.html'), page);
  const { page: tab, context, problems } = await openPage(browser, { width: 375, height: 812 });
  const warnings = [];
  tab.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await tab.goto(`${servers.pages.origin}/out/languages-tampered.html`);
  await tab.waitForFunction(() => ['page-lang', 'no-table', 'vi-words'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.hc-card')));
  const words = await tab.evaluate(wordsOf);
  assert.deepEqual(words['page-lang'], { lang: 'fr', next: 'Next card', share: 'Share', region: 'carousel' }, 'the tampered table is not used');
  assert.ok(warnings.some((w) => /the widget's words did not load/.test(w)), `warned: ${warnings.join(' | ')}`);
  // The browser's own report of the refused file is the only problem.
  assert.ok(problems.length > 0 && problems.every((p) => /i18n\.json|integrity|digest/i.test(p)), problems.join('\n'));
  await context.close();
  await cdn.close();
  await fs.rm(copy, { recursive: true, force: true });
});

test('prerendered in French (render): the words come in the markup, it hydrates without loading a table', async () => {
  const json = path.join(outputDir, 'annee-fr.json');
  await fs.writeFile(json, JSON.stringify({
    id: 'annee-fr', language: 'fr', title: 'L\'année en deux moments',
    cards: [{ headline: 'La première ligne de métro ouvre' }, { headline: 'Une récolte abondante' }],
  }));
  const run = runCli(['render', json, '--layout', 'carousel']);
  assert.equal(run.status, 0, run.stderr);
  assert.ok(run.stdout.includes(`<script type="application/hc-words+json">["À lire aussi"`), "the French table is in the markup");
  await fs.writeFile(path.join(outputDir, 'prerendered-fr.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><script type="module" src="${servers.assets.origin}/embed.js"></script></head><body><h1>L'année</h1>${run.stdout}</body></html>`);
  const { page, context, problems } = await openPage(browser, { width: 375, height: 812 });
  const tables = [];
  page.on('request', (r) => { if (/\/i18n/.test(r.url())) tables.push(r.url()); });
  await page.addInitScript(() => { window.__ready = new Promise((r) => document.addEventListener('highlight-cards:ready', (e) => r(e.detail))); });
  await page.goto(`${servers.pages.origin}/out/prerendered-fr.html`);
  const detail = await page.evaluate(() => window.__ready);
  assert.deepEqual(detail.warnings, [], 'hydrated as rendered');
  const next = await page.evaluate(() => document.querySelector('highlight-cards').shadowRoot.querySelector('.hc-next').getAttribute('aria-label'));
  assert.equal(next, 'Fiche suivante');
  assert.deepEqual(tables, [], 'no table requested');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a host overrides the widget\'s words: by attribute, by a child script, by the JS API; the rest stay its language\'s', async () => {
  const data = (id) => JSON.stringify({ id, language: 'en', title: 'Two moments', cards: [{ headline: 'One' }, { headline: 'Two' }] });
  await fs.writeFile(path.join(outputDir, 'words-override.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="${servers.assets.origin}/embed.js"></script></head><body>
<highlight-cards id="by-attribute" layout="carousel" i18n='{"next_card":"Onward"}'><script type="application/json">${data('a')}</script></highlight-cards>
<highlight-cards id="by-child" layout="carousel"><script type="application/json">${data('b')}</script><script type="application/hc-words+json">{"share":"Pass it on","next_card":"Forward"}</script></highlight-cards>
<div id="by-api"></div>
<script type="module">
  import api from '${servers.assets.origin}/embed.js';
  const el = document.getElementById('by-api');
  el.setAttribute('layout', 'carousel');
  api.mount(el, ${JSON.stringify(data('c'))}, { i18n: { previous_card: 'Back' } });
</script>
</body></html>`);
  const { page, context, problems } = await openPage(browser, { width: 375, height: 812 });
  await page.goto(`${servers.pages.origin}/out/words-override.html`);
  await page.waitForFunction(() => ['by-attribute', 'by-child', 'by-api'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.hc-card')));
  const words = await page.evaluate(() => Object.fromEntries(['by-attribute', 'by-child', 'by-api'].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    return [id, [root.querySelector('.hc-prev').getAttribute('aria-label'), root.querySelector('.hc-next').getAttribute('aria-label'), root.querySelector('.hc-label').dataset.label]];
  })));
  assert.deepEqual(words, {
    'by-attribute': ['Previous card', 'Onward', 'Share'],
    'by-child': ['Previous card', 'Forward', 'Pass it on'],
    'by-api': ['Back', 'Next card', 'Share'],
  });
  assert.deepEqual(problems, []);
  await context.close();
});
