// Prerendered markup (`highlight-cards render`) in headless Chromium: every
// card shows before any script runs, and the script hydrates it in place —
// same nodes, no DOM change, no layout shift — and makes it interactive.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, outputDir, runCli, steady, repo } from './harness.mjs';

useServersAndBrowser();
before(async () => {
  await fs.mkdir(outputDir, { recursive: true });
  for (const layout of ['list', 'carousel']) {
    const data = 'static/demo/dau-an-doi-ngoai-2023.json';
    const rendered = runCli(['render', data, '--layout', layout, '--assets', `${servers.assets.origin}/demo`]);
    assert.equal(rendered.status, 0, `highlight-cards render: ${rendered.stderr}`);
    const widget = rendered.stdout;
    await fs.writeFile(path.join(outputDir, `prerendered-${layout}.html`), `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>prerendered</title><link rel="icon" href="data:,">
<script type="module" src="${servers.assets.origin}/embed.js"></script></head>
<body><h1>Bài viết</h1><p>Đoạn mở đầu của bài.</p>
${widget}
<p id="after">Đoạn sau widget.</p></body></html>`);
  }
  // The list, as it may reach a page: from an older release, through a CMS
  // sanitiser, edited, or without its declarative shadow root.
  const list = await fs.readFile(path.join(outputDir, 'prerendered-list.html'), 'utf8');
  const inTemplate = (page, change) => page.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/, change);
  for (const [name, page] of Object.entries({
    'older-version': list.replace(/data-hydrate="[^ "]+ /, 'data-hydrate="0.0.1 '),
    'no-buttons': inTemplate(list, (t) => t.replace(/<button\b[^>]*>[\s\S]*?<\/button>/g, '')),
    'no-comments': inTemplate(list, (t) => t.replace(/<!--[\s\S]*?-->/g, '')),
    'no-attributes': inTemplate(list, (t) => t.replace(/<button\b[^>]*>[\s\S]*?<\/button>/g, '').replace(/ (data|aria)-[a-z-]+(="[^"]*")?/g, '')),
    'edited-layout': list.replace(/(<highlight-cards[^>]*) layout="list"/, '$1 layout="grid"'),
    'no-template': inTemplate(list, () => ''),
    'no-shadowrootmode': list.replace('<template shadowrootmode="open">', '<template>'),
  })) {
    assert.notEqual(page, list, name);
    await fs.writeFile(path.join(outputDir, `prerendered-${name}.html`), page);
  }
});

test('render: the output shows every card with photo, caption and credit before any script runs', async () => {
  const { page, context } = await openPage(browser, { width: 375, height: 812, javaScriptEnabled: false });
  await page.goto(`${servers.pages.origin}/out/prerendered-list.html`);
  const shown = await page.evaluate(() => {
    const root = document.querySelector('highlight-cards').shadowRoot;
    return {
      cards: [...root.querySelectorAll('li.hc-card')].map((li) => ({
        h: Math.round(li.getBoundingClientRect().height),
        img: !!li.querySelector('img[width][height]'),
        credit: li.querySelector('.hc-credit')?.textContent,
      })),
      styled: getComputedStyle(root.querySelector('.hc-number')).borderRadius,
      ld: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent),
    };
  });
  assert.equal(shown.cards.length, 10);
  assert.ok(shown.cards.every((c) => c.h > 100 && c.img && c.credit), JSON.stringify(shown.cards[0]));
  assert.equal(shown.cards[2].credit, 'Nguồn: TTXVN');
  assert.equal(shown.styled, '50%', 'styled by the inlined stylesheet');
  assert.equal(shown.ld['@type'], 'ItemList');
  assert.equal(shown.ld.itemListElement.length, 10);
  assert.deepEqual(Object.keys(shown.ld.itemListElement[0]).sort(), ['@type', 'description', 'image', 'name', 'position']);
  // The credit as written, and its photographer as a person.
  assert.equal(shown.ld.itemListElement[0].image.creditText, 'Ảnh: Nguyễn Hồng');
  assert.deepEqual(shown.ld.itemListElement[0].image.creator, [{ '@type': 'Person', name: 'Nguyễn Hồng' }]);
  assert.match(shown.ld.itemListElement[0].image.contentUrl, /^http:\/\/127\.0\.0\.1:\d+\/photos\/dau-an-doi-ngoai-2023\/01-1600\.jpg$/);
  await page.screenshot({ path: path.join(outputDir, 'screenshots', 'prerendered-nojs-375.png') });
  await context.close();
});

for (const layout of ['list', 'carousel']) {
  test(`hydration (${layout}): the prerendered DOM is kept node for node, nothing shifts, and it becomes interactive`, async () => {
    const { page, problems, context } = await openPage(browser, { width: 375, height: 812 });
    // Before the wasm starts: tag every node of the prerendered tree and
    // record every mutation and layout shift from then on.
    await context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.querySelector('highlight-cards').shadowRoot;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        window.__nodes = [];
        while (walker.nextNode()) {
          walker.currentNode.__tag = window.__nodes.length;
          window.__nodes.push(walker.currentNode);
        }
        window.__mutations = [];
        window.__records = 0; // every record, changes or not: for telling when the DOM is at rest
        new MutationObserver((records) => {
          window.__records += records.length;
          for (const r of records) {
            // Re-setting an attribute to the value it already has is not a change.
            if (r.type === 'attributes' && r.oldValue === r.target.getAttribute(r.attributeName)) continue;
            if (r.type === 'characterData' && r.oldValue === r.target.data) continue;
            // yew drops its hydration markers (comments) once it has read them.
            if (r.type === 'childList' && !r.addedNodes.length && [...r.removedNodes].every((n) => n.nodeType === Node.COMMENT_NODE)) continue;
            window.__mutations.push({
              type: r.type,
              attribute: r.attributeName,
              old: r.oldValue,
              target: r.target.nodeName + (r.target.className ? '.' + String(r.target.className).split(' ')[0] : ''),
              added: [...r.addedNodes].map((n) => n.nodeName),
              removed: [...r.removedNodes].map((n) => n.nodeName),
            });
          }
        }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true, characterDataOldValue: true });
        window.__shifts = 0;
        new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
      });
      window.__ready = new Promise((resolve) => document.addEventListener('highlight-cards:ready', resolve));
      // Timers set and not yet run or cleared (the wasm's too: it calls the global setTimeout).
      const pending = new Set();
      const { setTimeout: set, clearTimeout: clear } = window;
      window.setTimeout = function (fn, ...rest) {
        const id = set.call(this, (...args) => { pending.delete(id); return typeof fn === 'function' ? fn(...args) : undefined; }, ...rest);
        pending.add(id);
        return id;
      };
      window.clearTimeout = function (id) { pending.delete(id); return clear.call(this, id); };
      window.__pendingTimers = () => pending.size;
    });
    await page.goto(`${servers.pages.origin}/out/prerendered-${layout}.html`);
    await page.evaluate(() => window.__ready.then(() => true));
    // Done: the controls hydration enables are live (the widget's stylesheet
    // is adopted, a task after hydrating), no timer is pending, and the shadow
    // tree has had no mutation record at all for two consecutive animation
    // frames — so that what timers, observers, scroll handlers and effects do
    // after `ready` is caught.
    await page.waitForFunction(() => getComputedStyle(document.querySelector('highlight-cards').shadowRoot.querySelector('.hc-zoom')).pointerEvents !== 'none');
    for (let rest = [0, 1], tries = 0; rest[1] !== 0; tries++) {
      assert.ok(tries < 10, 'the widget comes to rest: no timer pending');
      await page.waitForFunction(() => window.__pendingTimers() === 0);
      rest = await steady(page, () => [window.__records, window.__pendingTimers()]);
    }
    const result = await page.evaluate(() => {
      const root = document.querySelector('highlight-cards').shadowRoot;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      const now = [];
      while (walker.nextNode()) now.push(walker.currentNode);
      return {
        before: window.__nodes.length,
        kept: window.__nodes.filter((n) => n.isConnected).length,
        same: now.length === window.__nodes.length && now.every((n, i) => n.__tag === i),
        firstDifference: (() => {
          const i = now.findIndex((n, i) => n.__tag !== i);
          return i < 0 ? null : { index: i, node: now[i].nodeName, tag: now[i].__tag, text: String(now[i].textContent).slice(0, 40), parent: now[i].parentNode.nodeName + '.' + now[i].parentNode.className };
        })(),
        mutations: window.__mutations,
        shifts: window.__shifts,
      };
    });
    assert.ok(result.before > 200, `${result.before} nodes tagged`);
    assert.equal(result.kept, result.before, 'every prerendered node is still in the page');
    assert.ok(result.same, `the tree is the same nodes in the same order: ${JSON.stringify(result.firstDifference)} (${result.before} tagged)`);
    assert.deepEqual(result.mutations, [], 'hydration changed nothing');
    assert.equal(result.shifts, 0, 'no layout shift');

    // Interactive: the handlers are attached to the prerendered nodes.
    if (layout === 'carousel') {
      await page.locator('highlight-cards .hc-next').click();
      await page.waitForFunction(() => document.querySelector('highlight-cards').shadowRoot.querySelector('.hc-position').dataset.label === '2 / 10');
    } else {
      await page.locator('highlight-cards .hc-zoom').first().click();
      await page.waitForFunction(() => document.querySelector('highlight-cards').shadowRoot.querySelector('dialog').open);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// One row per way markup can stop matching what the embed would render:
// hydrating it would panic (and stop every widget on the page), so the
// embed renders afresh from the embedded data and says why.
for (const [name, reason, layout] of [
  ['older-version', /^prerendered markup is from version 0\.0\.1, this is \d+\.\d+\.\d+; rendered afresh from its data$/, 'list'],
  ['no-buttons', /^prerendered markup was changed after rendering \(elements or comments removed, by a sanitiser\?\); rendered afresh/, 'list'],
  ['no-comments', /^prerendered markup was changed after rendering/, 'list'],
  ['no-attributes', /^prerendered markup has no data-hydrate stamp from highlight-cards render; rendered afresh/, 'list'],
  ['edited-layout', /^prerendered markup was rendered from other data or attributes; rendered afresh/, 'grid'],
  ['no-template', null, 'list'],
  ['no-shadowrootmode', /^prerendered markup is not in a shadow root \(<template shadowrootmode> changed, or a browser without declarative shadow DOM\); rendered afresh/, 'list'],
]) {
  test(`prerendered markup that does not match (${name}) is rendered afresh, not hydrated: every card, no panic, a warning`, async () => {
    const { page, problems, context } = await openPage(browser, { width: 375, height: 812 });
    const warned = [];
    page.on('console', (m) => m.type() === 'warning' && warned.push(m.text()));
    await context.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
      window.__ready = new Promise((resolve) => document.addEventListener('highlight-cards:ready', (e) => resolve(e.detail)));
    });
    await page.goto(`${servers.pages.origin}/out/prerendered-${name}.html`);
    const detail = await page.evaluate(() => window.__ready);
    const shown = await page.evaluate(() => {
      const root = document.querySelector('highlight-cards').shadowRoot;
      return {
        cards: root.querySelectorAll('li.hc-card').length,
        grid: root.querySelector('.hc--grid') !== null,
        zoom: root.querySelectorAll('.hc-zoom').length,
        shifts: window.__shifts,
      };
    });
    assert.equal(detail.cards, 10);
    assert.equal(shown.cards, 10, 'every card is shown');
    assert.equal(shown.zoom, 10, 'with its controls, buttons included');
    assert.equal(shown.grid, layout === 'grid', `in the host's layout (${layout})`);
    const ours = detail.warnings.filter((w) => w.startsWith('prerendered markup'));
    if (reason) {
      assert.equal(ours.length, 1, JSON.stringify(detail.warnings));
      assert.match(ours[0], reason);
      assert.ok(warned.some((w) => w.includes(ours[0])), `the console says it too: ${JSON.stringify(warned)}`);
    } else {
      assert.deepEqual(ours, [], 'markup that is simply absent is no problem: the data is rendered');
    }
    if (name === 'older-version') {
      // The same markup, rendered again: nothing moves.
      assert.equal(shown.shifts, 0, 'no layout shift');
    }
    // Interactive.
    await page.locator('highlight-cards .hc-zoom').first().click();
    await page.waitForFunction(() => document.querySelector('highlight-cards').shadowRoot.querySelector('dialog').open);
    assert.deepEqual(problems, [], 'no panic, no error');
    await context.close();
  });
}

test('before the wasm runs, a prerendered carousel swipes natively and offers no control that needs the wasm; after, they work and it keeps the slide the reader swiped to', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 812 });
  // Hold the wasm back until the test lets it go.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${servers.pages.origin}/out/prerendered-carousel.html`);
  const inRoot = (fn, arg) => page.evaluate(({ src, arg }) => new Function('root', 'arg', `return (${src})(root, arg)`)(document.querySelector('highlight-cards').shadowRoot, arg), { src: fn.toString(), arg });
  const offered = () => inRoot((root) => ({
    controls: ['.hc-next', '.hc-prev', '.hc-index-button', '.hc-share', '.hc-zoom-badge'].map((s) => getComputedStyle(root.querySelector(s)).visibility),
    zoomClickable: getComputedStyle(root.querySelector('.hc-zoom')).pointerEvents !== 'none',
    position: root.querySelector('.hc-position').dataset.label,
  }));
  const before = await offered();
  assert.deepEqual(before.controls, ['hidden', 'hidden', 'hidden', 'hidden', 'hidden'], 'no dead control is offered');
  assert.equal(before.zoomClickable, false);
  // Native swipe (scroll-snap) to slide 3 before the wasm arrives.
  await inRoot((root) => { const t = root.querySelector('.hc-track'); t.scrollTo({ left: 2 * t.clientWidth, behavior: 'instant' }); });
  await page.waitForFunction(() => {
    const t = document.querySelector('highlight-cards').shadowRoot.querySelector('.hc-track');
    return Math.round(t.scrollLeft / t.clientWidth) === 2;
  });
  release();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('highlight-cards').shadowRoot.querySelector('.hc-next')).visibility === 'visible');
  const after = await offered();
  assert.deepEqual(after.controls, ['visible', 'visible', 'visible', 'visible', 'visible']);
  assert.equal(after.zoomClickable, true);
  await page.waitForFunction(() => document.querySelector('highlight-cards').shadowRoot.querySelector('.hc-position').dataset.label === '3 / 10');
  await page.locator('highlight-cards .hc-next').click();
  await page.waitForFunction(() => document.querySelector('highlight-cards').shadowRoot.querySelector('.hc-position').dataset.label === '4 / 10');
  assert.deepEqual(problems, []);
  await context.close();
});

test('no waterfall: the data request starts before the wasm has loaded, and no script but embed.js is fetched (the glue is inside it)', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 667 });
  // A phone network, so the downloads take long enough to overlap or not.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.goto(`${servers.pages.origin}/test/reader.html?layout=list`);
  await page.waitForFunction(() => document.getElementById('w').shadowRoot?.querySelectorAll('.hc-card').length === 10, null, { timeout: 60000 });
  const t = await page.evaluate(() => {
    const pick = (re) => performance.getEntriesByType('resource').find((e) => re.test(new URL(e.name).pathname));
    const [data, wasm] = [pick(/\.json$/), pick(/_bg\.wasm$/)];
    const scripts = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'));
    return { data: [data.startTime, data.responseEnd], wasm: [wasm.startTime, wasm.responseEnd], scripts };
  });
  assert.ok(t.data[0] < t.wasm[1], `data starts at ${Math.round(t.data[0])} ms, before the wasm has loaded (${Math.round(t.wasm[1])} ms)`);
  assert.deepEqual(t.scripts, ['/embed.js']);
  assert.deepEqual(problems, []);
  await context.close();
});

// `render --src URL`: the markup carries the data as rendered, and the page
// loads the file at `src` on every view. Unchanged, the markup is hydrated
// (the same nodes stay); changed, the new data is rendered in its place.
test('render --src: hydrated while the file at src is unchanged; once it changed, its new data rendered in place, with a warning and no layout shift', async () => {
  const src = `${servers.assets.origin}/demo/dau-an-doi-ngoai-2023.json`;
  const run = runCli(['render', 'static/demo/dau-an-doi-ngoai-2023.json', '--src', src]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, new RegExp(`<highlight-cards [^>]*src="${src}"`));
  await fs.writeFile(path.join(outputDir, 'prerendered-src.html'), `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>render --src</title><link rel="icon" href="data:,">
<script type="module" src="${servers.assets.origin}/embed.js"></script></head>
<body><h1>Bài viết</h1>${run.stdout}</body></html>`);
  const original = await fs.readFile(path.join(repo, 'dist/demo/dau-an-doi-ngoai-2023.json'), 'utf8');
  const edited = original.replace('gặt hái nhiều thành tựu', 'gặt hái nhiều thành quả');
  assert.notEqual(edited, original);
  for (const [name, body] of [['unchanged', null], ['changed', edited]]) {
    const { page, context, problems } = await openPage(browser, { width: 375, height: 812 });
    if (body) await page.route(src, (route) => route.fulfill({ body, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } }));
    await page.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
      window.__ready = new Promise((resolve) => document.addEventListener('highlight-cards:ready', (e) => resolve(e.detail.warnings)));
      // The prerendered headline, marked once the page is parsed (before the wasm runs).
      document.addEventListener('DOMContentLoaded', () => { document.querySelector('highlight-cards').shadowRoot.querySelector('.hc-headline').__prerendered = true; });
    });
    await page.goto(`${servers.pages.origin}/out/prerendered-src.html`);
    const warnings = await page.evaluate(() => window.__ready);
    const state = await page.evaluate(() => {
      const h = document.querySelector('highlight-cards').shadowRoot.querySelector('.hc-headline');
      return { headline: h.textContent, kept: h.__prerendered === true, shifts: window.__shifts };
    });
    const ours = warnings.filter((w) => w.startsWith('prerendered markup'));
    if (name === 'unchanged') {
      assert.deepEqual(ours, [], 'hydrated: no warning');
      assert.equal(state.kept, true, 'the prerendered nodes are kept');
      assert.match(state.headline, /thành tựu$/);
    } else {
      assert.deepEqual(ours, ['prerendered markup was rendered from other data or attributes; rendered afresh from its data']);
      assert.equal(state.kept, false, 'rendered afresh');
      assert.match(state.headline, /thành quả$/, 'the data at src wins');
    }
    assert.equal(state.shifts, 0, `${name}: no layout shift`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
