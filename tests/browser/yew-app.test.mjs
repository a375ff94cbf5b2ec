// The Rust API: examples/yew-app/ is a Yew app that
// renders <HighlightCards> itself (no embed.js, no shadow root), built with
// Trunk by scripts/test. In a browser at 375 and 1280 px: every card
// renders, styled by the crate's STYLES; the app's layout buttons switch
// the layout through the component's props; the photo viewer opens and
// closes and the app's on_event hears both; axe finds no violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, repo, outputDir } from './harness.mjs';

useServersAndBrowser();

const app = () => `${servers.pages.origin}/yew-app/dist/index.html`;
const data = JSON.parse(await fs.readFile(path.join(repo, 'static/demo/soi-dong-doi-ngoai-2023.json'), 'utf8'));
await fs.access(path.join(repo, 'examples/yew-app/dist/index.html')).catch(() => {
  throw new Error('examples/yew-app/dist/ is missing: cd examples/yew-app && trunk build --release --offline (scripts/test does)');
});

for (const [width, height] of [[375, 800], [1280, 900]]) {
  test(`at ${width} px: every card renders in the app's own DOM, styled, and the page does not scroll sideways`, async () => {
    const { page, problems, context } = await openPage(browser, { width, height });
    await page.goto(app());
    await page.waitForFunction(() => document.getElementById('events')?.textContent.includes('complete'));
    const seen = await page.evaluate(() => ({
      cards: document.querySelectorAll('.hc-mount .hc-card').length,
      headline: document.querySelector('.hc-card .hc-headline')?.textContent,
      shadow: [...document.querySelectorAll('*')].some((e) => e.shadowRoot),
      // The crate's stylesheet applies: the numbers are round accent-coloured badges.
      number: ((s) => [s.backgroundColor, s.borderRadius])(getComputedStyle(document.querySelector('.hc-number'))),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    assert.equal(seen.cards, data.cards.length);
    assert.equal(seen.headline, data.cards[0].headline);
    assert.equal(seen.shadow, false);
    assert.deepEqual(seen.number, ['rgb(168, 32, 26)', '50%']);
    assert.equal(seen.overflow, 0);
    await fs.mkdir(path.join(outputDir, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(outputDir, 'screenshots', `yew-app-${width}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the app switches the layout through props; the viewer opens and closes, and on_event hears both', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 800 });
  await page.goto(app());
  await page.waitForFunction(() => document.getElementById('events')?.textContent.includes('complete'));
  const entries = await page.evaluate(() => history.length);
  await page.click('#layout-carousel');
  await page.waitForFunction(() => document.querySelector('.hc-mount .hc-track'));
  assert.equal(await page.getAttribute('.hc-position', 'data-label'), `1 / ${data.cards.length}`);
  await page.click('.hc-card .hc-zoom');
  await page.waitForFunction(() => document.querySelector('dialog')?.open);
  await page.waitForFunction(() => document.getElementById('events').textContent.includes('viewer opened'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog')?.open);
  await page.waitForFunction(() => document.getElementById('events').textContent.includes('viewer closed'));
  // No embed here: nothing touched the page's URL or history.
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.equal(await page.evaluate(() => history.length), entries);
  await page.click('#layout-grid');
  await page.waitForFunction(() => document.querySelector('.hc-mount .hc')?.classList.contains('hc--grid'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe-core finds no accessibility violations in the app', async () => {
  const axeSource = await fs.readFile(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const { page, context } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(app());
  await page.waitForFunction(() => document.getElementById('events')?.textContent.includes('complete'));
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, []);
  await context.close();
});
