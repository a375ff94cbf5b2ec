// Scale and lifetime: 50 widgets on one page all render,
// and mounting and unmounting a widget 1,000 times leaves no growth in event
// listeners, DOM nodes, JS heap or wasm memory beyond noise — measured with
// the DevTools protocol, figures printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servers, browser, useServersAndBrowser, openPage } from './harness.mjs';

useServersAndBrowser();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

test('50 widgets on one page: every one renders, each with its own cards', async () => {
  const { page, problems, context } = await openPage(browser, { width: 1280, height: 900 });
  const cdp = await context.newCDPSession(page);
  const t0 = Date.now();
  await page.goto(`${servers.pages.origin}/test/scale.html`);
  await page.waitForFunction(() => window.__ready === 50, null, { timeout: 30000 });
  const elapsed = Date.now() - t0;
  const widgets = await page.evaluate(() => [...document.querySelectorAll('highlight-cards')].map((h) => ({
    id: h.id,
    cards: h.shadowRoot?.querySelectorAll('.hc-card').length ?? 0,
    error: h.shadowRoot?.querySelector('.hc-error')?.textContent ?? null,
  })));
  assert.equal(widgets.length, 50);
  const expected = (i) => (i % 3 === 0 ? (i % 2 === 0 ? 10 : 5) : i % 3 === 1 ? 1 + (i % 5) : 2);
  assert.deepEqual(widgets.map((w) => w.cards), widgets.map((_, i) => expected(i)));
  assert.ok(widgets.every((w) => w.error === null));
  assert.equal(await page.evaluate(() => window.HighlightCards.count()), 50);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const cards = widgets.reduce((n, w) => n + w.cards, 0);
  console.log(`# 50 widgets, ${cards} cards: all ready in ${elapsed} ms; JS heap ${kb(usedSize)}, ${nodes} DOM nodes, ${jsEventListeners} listeners`);
  assert.deepEqual(problems, []);
});

/** Live JS heap, DOM nodes, listeners (all, and on window and document) and wasm memory, after a full GC. */
async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const listenersOn = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    return listeners.length;
  };
  return {
    heap: usedSize,
    nodes,
    listeners: jsEventListeners,
    windowListeners: await listenersOn('window'),
    documentListeners: await listenersOn('document'),
    // The release build shortens export names: find the memory by its type.
    wasmMemory: await page.evaluate(() => Object.values(window.__wasm).find((v) => v instanceof WebAssembly.Memory).buffer.byteLength),
  };
}

test('1,000 mount/unmount cycles: no growth in listeners, DOM nodes, JS heap or wasm memory', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 800 });
  const cdp = await context.newCDPSession(page);
  // The wasm's exports (for its memory), kept as the glue instantiates it.
  await page.addInitScript(() => {
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = function (...args) {
      return instantiate.apply(this, args).then((result) => {
        window.__wasm = (result.instance ?? result).exports;
        return result;
      });
    };
  });
  await page.goto(`${servers.pages.origin}/test/lifetime.html`);
  await page.evaluate(async (assets) => {
    await window.HighlightCards.ready;
    // Passed as an object, the data's relative photo URLs would resolve against this page.
    const text = await (await fetch(`${assets}/demo/dau-an-doi-ngoai-2023.json`)).text();
    window.__data = JSON.parse(text.replaceAll('../photos/', `${assets}/photos/`));
    window.__cycles = async (n) => {
      const el = document.getElementById('target');
      const layouts = ['list', 'carousel', 'grid', 'auto'];
      for (let i = 0; i < n; i++) {
        el.setAttribute('layout', layouts[i % 4]);
        await window.HighlightCards.mount(el, window.__data);
        if (el.shadowRoot.querySelectorAll('.hc-card').length !== 10) throw new Error(`cycle ${i}: not rendered`);
        if (!(await window.HighlightCards.unmount(el))) throw new Error(`cycle ${i}: not mounted`);
      }
      return window.HighlightCards.count();
    };
  }, servers.assets.origin);

  // Warm-up: caches, compiled code and the allocator's first pages.
  assert.equal(await page.evaluate(() => window.__cycles(50)), 0);
  const start = await measure(page, cdp);
  const t0 = Date.now();
  assert.equal(await page.evaluate(() => window.__cycles(1000)), 0, 'nothing stays mounted');
  const elapsed = Date.now() - t0;
  const end = await measure(page, cdp);

  console.log(`# 1000 mount/unmount cycles (10 cards, four layouts) in ${(elapsed / 1000).toFixed(1)} s, ${(elapsed / 1000).toFixed(1)} ms each:`);
  for (const [name, format] of [['heap', kb], ['nodes', String], ['listeners', String], ['windowListeners', String], ['documentListeners', String], ['wasmMemory', kb]]) {
    console.log(`#   ${name.padEnd(18)} ${format(start[name]).padStart(10)} -> ${format(end[name]).padStart(10)}`);
  }
  // The page's original content is back.
  assert.equal(await page.evaluate(() => document.querySelector('#target').shadowRoot.querySelector('slot').assignedNodes().map((n) => n.textContent).join('').trim()), 'Nội dung gốc của trang.');
  assert.equal(end.listeners, start.listeners, 'event listeners on DOM nodes');
  assert.equal(end.windowListeners, start.windowListeners, 'listeners on window');
  assert.equal(end.documentListeners, start.documentListeners, 'listeners on document');
  assert.ok(end.nodes - start.nodes <= 50, `DOM nodes grew by ${end.nodes - start.nodes}`);
  assert.ok(end.heap - start.heap < 512 * 1024, `JS heap grew by ${kb(end.heap - start.heap)}`);
  assert.ok(end.wasmMemory - start.wasmMemory <= 64 * 1024, `wasm memory grew by ${kb(end.wasmMemory - start.wasmMemory)}`);
  assert.deepEqual(problems, []);
});

test('a long collection arrives a slice per task and ready fires when all are in; a deep link reaches the last card; print has every card', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 800 });
  await page.goto(`${servers.pages.origin}/test/big.html?n=300`);
  await page.waitForFunction(() => window.__readyCards !== null, null, { timeout: 60000 });
  const seen = await page.evaluate(() => ({ ready: window.__readyCards, detail: window.__readyDetail.cards, batches: window.__batches }));
  assert.equal(seen.ready, 300, 'every card is in when ready fires');
  assert.equal(seen.detail, 300);
  // The first slice (6 cards) comes with the widget; the other 294, 20 a
  // slice (SLICE in src/components/cards.rs), each in a task of their own.
  assert.ok(seen.batches.length >= 15, `cards arrived in ${seen.batches.length} later batches: ${seen.batches.slice(0, 8).join(', ')}…`);
  assert.ok(seen.batches.every((b) => b <= 20), `no batch over a slice: ${Math.max(...seen.batches)}`);
  // Cards that arrived while the list was loading are watched once it is
  // whole (events.rs, observe_later): scrolled to, card 250 is reported, and
  // the page's URL follows the cards in view (250 and the few below it on a
  // phone) after the first interaction.
  assert.ok((await page.evaluate(() => window.__views)).includes(1), 'the first card, in view at load, is reported');
  await page.mouse.wheel(0, 10);
  await page.evaluate(() => document.getElementById('big').shadowRoot.getElementById('big-250').scrollIntoView());
  await page.waitForFunction(() => window.__views.includes(250), null, { timeout: 10000 });
  await page.waitForFunction(() => /^#big-25\d$/.test(location.hash), null, { timeout: 10000 });
  // Printing: every card, the last one included.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => [...document.getElementById('big').shadowRoot.querySelectorAll('.hc-card')].filter((c) => c.getBoundingClientRect().height > 0).length);
  assert.equal(printed, 300);
  assert.deepEqual(problems, []);

  // A deep link to the last card (shared with the collection's id; the host's
  // own id names the cards): rendered in the first pass and brought into view.
  const linked = await openPage(browser, { width: 375, height: 800 });
  await linked.page.goto(`${servers.pages.origin}/test/big.html?n=300#dai-300`);
  await linked.page.waitForFunction(() => window.__readyCards === 300, null, { timeout: 60000 });
  const last = await linked.page.evaluate(() => {
    const card = document.getElementById('big').shadowRoot.getElementById('big-300');
    return { top: Math.round(card.getBoundingClientRect().top), text: card.querySelector('.hc-headline').textContent };
  });
  assert.equal(last.text, 'Điểm nhấn thứ 300');
  assert.ok(last.top > -50 && last.top < 800, `card 300 is in view (top ${last.top})`);
  assert.deepEqual(linked.problems, []);
  await linked.context.close();
  await context.close();
});
