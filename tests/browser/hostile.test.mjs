// Hostile hosts: a strict Content-Security-Policy, a page
// that wraps built-ins, a <base href> pointing elsewhere, quirks mode, and a
// sandboxed iframe. The widget must work in each, or fail visibly in its own
// box — never break the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servers, browser, useServersAndBrowser, openPage, loadAllImages } from './harness.mjs';

useServersAndBrowser();

const cards = (page, id) => page.evaluate((id) => document.getElementById(id)?.shadowRoot?.querySelectorAll('.hc-card').length ?? 0, id);

test('strict CSP: no unsafe-inline for scripts or styles; the widget works and violates nothing', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 700 });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`${servers.pages.origin}/test/strict-csp.html`);
  assert.match(response.headers()['content-security-policy'], /style-src 'self'/);
  await page.waitForFunction(() => document.getElementById('w').shadowRoot?.querySelectorAll('.hc-card').length === 10, null, { timeout: 15000 });
  const images = await loadAllImages(page);
  assert.equal(images.length, 10, 'one photo per card');
  assert.deepEqual(images.filter((i) => !i.ok), [], 'every photo loaded');
  // Styled (the constructable stylesheet is not inline style) and interactive.
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('w').shadowRoot.querySelector('.hc-number')).borderRadius), '50%');
  await page.locator('#w .hc-next').click();
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.hc-position').dataset.label === '2 / 10');
  await page.locator('#w .hc-slide--current .hc-zoom').click();
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('dialog').open);
  await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('.hc-lb-stage').dispatchEvent(new MouseEvent('dblclick', { bubbles: true })));
  // The zoom is rendered in the widget's next render: wait for it, then check.
  await page.waitForFunction(() => /scale\(2\.5\)/.test(document.getElementById('w').shadowRoot.querySelector('.hc-lb-img').style.transform), null, { timeout: 5000 })
    .catch(() => {});
  assert.match(await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('.hc-lb-img').style.transform), /scale\(2\.5\)/, 'zoom works under style-src without unsafe-inline');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page that wraps JSON.parse, fetch and Array.prototype and pollutes Object.prototype', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(`${servers.pages.origin}/test/hostile-globals.html`);
  await page.waitForFunction(() => ['w-src', 'w-inline'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.hc-card')), null, { timeout: 15000 });
  assert.equal(await cards(page, 'w-src'), 10);
  assert.equal(await cards(page, 'w-inline'), 2);
  const calls = await page.evaluate(() => window.__calls);
  assert.ok(calls.parse >= 2 && calls.fetch >= 2, `went through the page's wrappers: ${JSON.stringify(calls)}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('<base href> elsewhere: absolute sources work, the widget finds its own files, a relative src explains itself', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(`${servers.pages.origin}/test/base-href.html`);
  await page.waitForFunction(() => document.getElementById('w-abs').shadowRoot?.querySelector('.hc-card') && document.getElementById('w-rel').shadowRoot?.querySelector('.hc-error'), null, { timeout: 15000 });
  assert.equal(await cards(page, 'w-abs'), 5);
  const rel = await page.evaluate(() => document.getElementById('w-rel').shadowRoot.querySelector('.hc-error-list').textContent);
  // <base> points at a loopback port where nothing listens.
  assert.match(rel, /http:\/\/127\.0\.0\.1:9\/tin\/demo\/soi-dong-doi-ngoai-2023\.json/, 'resolved against <base>, as every link on the page is');
  // The only failures are that one request (and its retry), not the widget's own files.
  assert.ok(
    problems.every((p) => p.includes('127.0.0.1:9/') || p.startsWith('console.error: highlight-cards') || p.startsWith('console.error: Failed to load resource')),
    problems.join('\n'),
  );
  await context.close();
});

test('quirks mode: the cards render with their photo space and styles', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 700 });
  await page.goto(`${servers.pages.origin}/test/quirks.html`);
  assert.equal(await page.evaluate(() => document.compatMode), 'BackCompat');
  await page.waitForFunction(() => document.getElementById('w').shadowRoot?.querySelectorAll('.hc-card').length === 5, null, { timeout: 15000 });
  const shape = await page.evaluate(() => {
    const root = document.getElementById('w').shadowRoot;
    const img = root.querySelector('img.hc-img').getBoundingClientRect();
    return { ratio: Math.round((img.width / img.height) * 100) / 100, badge: getComputedStyle(root.querySelector('.hc-number')).borderRadius, overflow: document.documentElement.scrollWidth - innerWidth };
  });
  assert.deepEqual(shape, { ratio: 1.5, badge: '50%', overflow: 0 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('inside an iframe with sandbox="allow-scripts" (opaque origin)', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(`${servers.pages.origin}/test/sandboxed.html`);
  const frame = page.frames().find((f) => f.url().includes('sandbox-inner'));
  assert.ok(frame, 'the sandboxed frame loaded');
  await frame.waitForFunction(() => document.getElementById('w').shadowRoot?.querySelectorAll('.hc-card').length === 10, null, { timeout: 15000 });
  assert.equal(await frame.evaluate(() => window.origin), 'null', 'opaque origin');
  await frame.locator('#w .hc-next').click();
  await frame.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.hc-position').dataset.label === '2 / 10');
  assert.equal(await page.evaluate(() => document.querySelector('h1').textContent), 'Widget trong iframe sandbox="allow-scripts"');
  // Errors, console errors and failed requests of the frame are the page's problems too.
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the wasm cannot run (a CSP without wasm-unsafe-eval), the hosts keep their own content and each gets the error event', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 700 });
  await page.goto(`${servers.pages.origin}/test/blocked-wasm.html`);
  await page.waitForFunction(() => window.__errors.length === 2, null, { timeout: 15000 });
  const errors = await page.evaluate(() => window.__errors);
  assert.deepEqual(errors.map((e) => e.id).sort(), ['b-html', 'b-src']);
  assert.ok(errors.every((e) => /WebAssembly|wasm|CompileError/i.test(e.message)), JSON.stringify(errors));
  // Their own content, as written: the plain-HTML cards and the fallback link.
  assert.ok(await page.isVisible('#b-html h3'));
  assert.equal(await page.textContent('#b-html h3'), 'Hội nghị thượng đỉnh');
  assert.ok(await page.isVisible('#b-src a'));
  assert.equal(await page.evaluate(() => document.getElementById('b-src').shadowRoot), null, 'nothing was attached over them');
  // Only our own report and the browser's CSP message: nothing uncaught.
  assert.deepEqual(problems.filter((p) => p.startsWith('page error')), []);
  await context.close();
});
