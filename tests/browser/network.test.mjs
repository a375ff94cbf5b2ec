// Network faults: each failing source explains itself in
// its own widget, with one retry where a retry can help, and never holds up
// the other widgets on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servers, browser, useServersAndBrowser, openPage } from './harness.mjs';

useServersAndBrowser();

const state = (page, id) =>
  page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    if (!root) return 'loading';
    if (root.querySelector('.hc-error')) return `error: ${root.querySelector('.hc-error-list').textContent}`;
    const cards = root.querySelectorAll('.hc-card').length;
    return cards ? `cards: ${cards}` : 'loading';
  }, id);

test('404/500/flaky/invalid/stall/CORS/slow image: the right outcome for each, nobody waits for the others', async () => {
  const { page, problems, context } = await openPage(browser, { width: 1280, height: 900 });
  // When each widget finished (ready or error), on the page's clock.
  await page.addInitScript(() => {
    window.__done = {};
    for (const type of ['ready', 'error']) {
      document.addEventListener(`highlight-cards:${type}`, (e) => { window.__done[`${type} ${e.target.id}`] = performance.now(); });
    }
  });
  await page.goto(`${servers.pages.origin}/test/network.html`);
  // The healthy widgets render at once, while the slow source is still stalled.
  await page.waitForFunction(() => ['n-ok', 'n-image'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.hc-card')), null, { timeout: 8000 });
  assert.equal(await state(page, 'n-slow'), 'loading', 'the stalled source is still loading, showing its own fallback');
  assert.equal(await page.evaluate(() => document.querySelector('#n-slow p').textContent), 'Đang tải…');
  // The slow photo keeps its space and its caption while it loads.
  const slowImage = await page.evaluate(() => {
    const root = document.getElementById('n-image').shadowRoot;
    const img = root.querySelector('img');
    return { loaded: img.complete && img.naturalWidth > 0, height: Math.round(img.getBoundingClientRect().height), credit: root.querySelector('.hc-credit').textContent };
  });
  assert.deepEqual({ loaded: slowImage.loaded, credit: slowImage.credit }, { loaded: false, credit: 'Ảnh: Nguyễn Hồng' });
  assert.ok(slowImage.height > 100, 'space reserved');

  await page.waitForFunction(() => ['n-500', 'n-flaky', 'n-invalid', 'n-cors'].every((id) => {
    const root = document.getElementById(id).shadowRoot;
    return root?.querySelector('.hc-error') || root?.querySelector('.hc-card');
  }), null, { timeout: 10000 });
  const s500 = await state(page, 'n-500');
  assert.match(s500, /answered HTTP 500 Internal Server Error \(after one retry\)/);
  assert.equal(await state(page, 'n-flaky'), 'cards: 5', 'one retry recovered from a 503');
  assert.match(await state(page, 'n-invalid'), /^error: invalid JSON: /);
  assert.match(await state(page, 'n-cors'), /does not allow cross-origin requests\) \(after one retry\)/);
  const hits = await (await fetch(`${servers.assets.origin}/fault/hits`)).json();
  assert.deepEqual({ 500: hits['500'], flaky: hits.flaky }, { 500: 2, flaky: 2 }, 'exactly one retry each');

  // The 10 s stall is under the 15 s timeout: it renders when the answer comes.
  await page.waitForFunction(() => document.getElementById('n-slow').shadowRoot?.querySelector('.hc-card'), null, { timeout: 15000 });
  await page.waitForFunction(() => { const i = document.getElementById('n-image').shadowRoot.querySelector('img'); return i.complete && i.naturalWidth > 0; }, null, { timeout: 8000 });
  // Nobody waited for the others: the healthy widgets were ready before the
  // retried sources (one retry, a second apart) gave up, before the slow
  // photo arrived (3 s) and before the stalled source answered (10 s).
  const done = await page.evaluate(() => ({
    ...window.__done,
    'photo loaded': performance.getEntriesByType('resource').find((e) => e.name.includes('/fault/slow-image/'))?.responseEnd,
  }));
  const times = JSON.stringify(done, (k, v) => (typeof v === 'number' ? Math.round(v) : v));
  for (const healthy of ['ready n-ok', 'ready n-image']) {
    for (const later of ['error n-500', 'error n-cors', 'photo loaded', 'ready n-slow']) {
      assert.ok(done[healthy] < done[later], `${healthy} before ${later} (ms): ${times}`);
    }
  }
  assert.ok(!problems.some((p) => p.startsWith('page error')), problems.join('\n'));
  await context.close();
});
