// A panic in the wasm: all widgets share one wasm instance
// and a panic aborts it, so the panic hook must leave every widget readable —
// a message saying why, the cards already shown kept — fire each widget's
// error event, and leave the host page working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, outputDir, frames } from './harness.mjs';

useServersAndBrowser();

const view = (page, id) =>
  page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const alert = root?.querySelector('.hc-stopped');
    const slot = root?.querySelector('slot');
    return {
      role: alert?.getAttribute('role') ?? null,
      title: alert?.querySelector('.hc-error-title')?.textContent ?? null,
      detail: alert?.querySelector('code')?.textContent ?? null,
      visible: alert ? alert.getBoundingClientRect().height > 0 : false,
      cards: root?.querySelectorAll('.hc-card').length ?? 0,
      ownContent: slot ? slot.assignedNodes().map((n) => n.textContent.trim()).join('') : null,
    };
  }, id);

test('a panic shows a message in every widget, keeps rendered cards, fires error, and spares the page', async () => {
  const { page, problems } = await openPage(browser, { width: 375, height: 800 });
  // Records when the body of each fetched response has been read (the embed
  // reads sources with text()); this wrapper sees it just before the embed does.
  await page.addInitScript(() => {
    window.__bodiesRead = [];
    for (const name of ['text', 'json']) {
      const original = Response.prototype[name];
      Response.prototype[name] = function (...args) {
        const read = original.apply(this, args);
        read.then(() => window.__bodiesRead.push(this.url), () => window.__bodiesRead.push(this.url));
        return read;
      };
    }
  });
  await page.goto(`${servers.pages.origin}/test/panic.html`);
  await page.waitForFunction(() => document.getElementById('p-cards').shadowRoot?.querySelector('.hc-card'));
  assert.equal(await page.evaluate(() => document.getElementById('p-slow').shadowRoot?.querySelector('.hc-card') ?? null), null, 'still loading');

  const thrown = await page.evaluate(async (assets) => {
    const embed = await import(`${assets}/hooks/embed.js`);
    try {
      await embed._panicForTesting('boom: a simulated bug');
      return 'no panic';
    } catch (e) {
      return `${e.name}: ${e.message}`;
    }
  }, servers.assets.origin);
  assert.match(thrown, /^RuntimeError: unreachable/, 'the wasm aborted');

  const cards = await view(page, 'p-cards');
  assert.equal(cards.role, 'alert');
  assert.equal(cards.title, 'Khối nội dung đã dừng do một lỗi nội bộ');
  assert.equal(cards.detail, null, 'readers see no technical text');
  assert.ok(cards.visible);
  assert.equal(cards.cards, 10, 'the cards already shown stay readable');

  const slow = await view(page, 'p-slow');
  assert.equal(slow.title, 'Khối nội dung đã dừng do một lỗi nội bộ');
  assert.equal(slow.ownContent, 'Đang tải…', "the host's own content shows under the message: not a blank box");

  // Its data arrives after the panic: the widget stays stopped, nothing renders on broken state.
  // Wait until the embed has been handed that data, then two frames (its
  // continuation runs in the microtasks right after, a render by the next frame).
  await page.waitForFunction(() => window.__bodiesRead.some((url) => url.endsWith('/fault/slow-3s.json')), null, { timeout: 10_000 });
  await frames(page, 2);
  assert.deepEqual(await view(page, 'p-slow'), slow);

  // A widget added afterwards says why it does not start.
  await page.evaluate(() => {
    const el = document.createElement('highlight-cards');
    el.id = 'p-late';
    el.setAttribute('lang', 'en');
    el.innerHTML = '<script type="application/json">{"id":"muon","title":"T","cards":[{"headline":"H"}]}<\/script>';
    document.body.append(el);
  });
  await page.waitForFunction(() => document.getElementById('p-late').shadowRoot?.querySelector('.hc-stopped'));
  const late = await view(page, 'p-late');
  assert.equal(late.title, 'This content stopped because of an internal error');

  const errors = await page.evaluate(() => window.__errors);
  assert.deepEqual(errors.map((e) => e.id).sort(), ['p-cards', 'p-late', 'p-slow'], 'one error event per widget');
  assert.ok(errors.filter((e) => e.id !== 'p-late').every((e) => e.message.includes('boom: a simulated bug')));
  // The details name the place in the source, never the build machine's paths.
  for (const e of errors.filter((e) => e.id !== 'p-late')) {
    assert.match(e.message, /^internal error: boom: a simulated bug \(at [\w./-]+\.rs:\d+:\d+\)$/);
    assert.doesNotMatch(e.message, /\/root\/|\.cargo|registry/);
  }

  // The host page still works.
  await page.click('#counter');
  assert.equal(await page.textContent('#counter'), '1');
  assert.equal(await page.textContent('#article'), 'Bài viết của trang chủ vẫn phải đọc được.');
  await page.screenshot({ path: path.join(outputDir, 'screenshots/panic-375.png'), fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: path.join(outputDir, 'screenshots/panic-1280.png'), fullPage: false });

  // Only our own panic reports reach the console: no uncaught page errors.
  const unexpected = problems.filter((p) => !p.includes('highlight-cards: internal error') && !p.includes('stopped the widgets'));
  assert.deepEqual(unexpected, []);
});
