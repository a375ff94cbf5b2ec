// The host matrix: the widget holds in any host page, with real content.
// One widget per page (tests/browser/hosts.mjs builds the pages), in every
// formatting context × list, grid, carousel × 320, 375, 1280 px; one page
// load per context × layout, resized across the widths. Screenshots go to
// tests/browser/output/screenshots/hosts/<context>-<layout>-<width>.png.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, outputDir } from './harness.mjs';
import { CONTEXTS, LAYOUTS, WIDTHS, hostPage, isReady, settle, measure, problems, readField, fieldProblems } from './hosts.mjs';

useServersAndBrowser();
const pagesDir = path.join(outputDir, 'hosts'); // served at /out/hosts/
const shots = path.join(outputDir, 'screenshots', 'hosts');
before(async () => {
  await fs.mkdir(pagesDir, { recursive: true });
  await fs.mkdir(shots, { recursive: true });
});

/** Writes the host page for context × layout and opens it at `width`, waiting for the widget. */
async function openHost(context, layout, viewport) {
  const file = `${context}-${layout}.html`;
  await fs.writeFile(path.join(pagesDir, file), hostPage({ context, layout, assets: servers.assets.origin }));
  const opened = await openPage(browser, viewport);
  await opened.page.goto(`${servers.pages.origin}/out/hosts/${file}`);
  const ready = await (await opened.page.waitForFunction(isReady, null, { timeout: 20000 })).jsonValue();
  assert.equal(ready, true, `${context}/${layout}: the widget rendered`);
  return opened;
}

/** Request failures other than navigations and lazy loads cut short by closing. */
const realProblems = (list) => list.filter((p) => !p.includes('net::ERR_ABORTED'));

for (const context of CONTEXTS) {
  test(`host context "${context.name}" (${context.description})`, async (t) => {
    for (const layout of LAYOUTS) {
      const { page, context: browserContext, problems: pageProblems } = await openHost(context.name, layout, { width: WIDTHS[0], height: 900 });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const settled = await page.evaluate(settle);
        const metrics = await page.evaluate(measure);
        await page.screenshot({ path: path.join(shots, `${context.name}-${layout}-${width}.png`), fullPage: true });
        await t.test(`${context.name} · ${layout} · ${width}px`, () => {
          assert.equal(settled, true, 'layout settled');
          assert.equal(metrics.layout, layout);
          assert.deepEqual(problems(metrics), [], `${context.name} · ${layout} · ${width}px\n${JSON.stringify(metrics, null, 1).slice(0, 3000)}`);
        });
      }
      assert.deepEqual(realProblems(pageProblems), [], `${context.name}/${layout}: console errors or failed requests`);
      await browserContext.close();
    }
  });
}

test('field content: attribution with its own brackets, odd credits, a caption without credit, long words and a one-line card all show as written', async () => {
  const { page, context, problems: pageProblems } = await openHost('block', 'list', { width: 375, height: 800 });
  const field = await page.evaluate(readField);
  assert.deepEqual(fieldProblems(field), []);
  assert.deepEqual(realProblems(pageProblems), []);
  await context.close();
});

test('carousel: from the 7-paragraph slide to the one-line slide and back, no blank space under either and the page does not jump', async () => {
  const { page, context } = await openHost('block', 'carousel', { width: 375, height: 700 });
  assert.equal(await page.evaluate(settle), true, 'layout settled');
  const position = () => page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('.hc-position').dataset.label);
  // Slide 3 is the card with seven paragraphs, slide 4 the headline-only card.
  await page.locator('#w .hc-index-button').nth(2).click();
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.hc-position').dataset.label === '3 / 6');
  assert.equal(await page.evaluate(settle), true, 'layout settled');
  assert.equal((await page.evaluate(measure)).carousel.current, 3);
  // The reader is at the controls: they sit at the top of the viewport.
  await page.evaluate(() => {
    const controls = document.getElementById('w').shadowRoot.querySelector('.hc-controls');
    window.scrollTo({ top: controls.getBoundingClientRect().top + window.scrollY - 8, behavior: 'instant' });
  });
  assert.equal(await page.evaluate(settle), true, 'layout settled');
  const at = () => page.evaluate(() => ({
    scrollY: Math.round(window.scrollY),
    trackTop: Math.round(document.getElementById('w').shadowRoot.querySelector('.hc-track').getBoundingClientRect().top),
  }));
  const before = await at();
  assert.ok(before.scrollY > 200, `the page is scrolled down to the carousel (scrollY ${before.scrollY})`);
  await page.locator('#w .hc-next').click();
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.hc-position').dataset.label === '4 / 6');
  assert.equal(await page.evaluate(settle), true);
  const m = await page.evaluate(measure);
  const after = await at();
  await page.screenshot({ path: path.join(shots, 'carousel-one-line-slide-375.png') });
  assert.equal(await position(), '4 / 6');
  assert.equal(m.carousel.current, 4);
  assert.ok(m.carousel.blank < m.lineHeight, `blank space under the one-line slide: ${m.carousel.blank}px, at most one line (${m.lineHeight}px)`);
  assert.deepEqual(after, before, 'the page did not scroll and the track stayed where the reader was looking');
  // And back to the long slide: it grows downwards, the page stays put.
  await page.locator('#w .hc-prev').click();
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.hc-position').dataset.label === '3 / 6');
  assert.equal(await page.evaluate(settle), true);
  assert.deepEqual(await at(), before, 'back on slide 3: the page did not scroll');
  const back = await page.evaluate(measure);
  assert.ok(back.carousel.blank < back.lineHeight, `blank space under slide 3: ${back.carousel.blank}px`);
  await context.close();
});
