// The iframe form (frame.html) on a parent page of another origin, with the
// parent's resizer (frame-resizer.js): the iframe is exactly as tall as its
// content at 375 and 1280 px (no inner scrolling, no blank space), the
// widget's events reach the parent on the iframe element, and a deep link in
// the parent's URL reaches the widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, outputDir } from './harness.mjs';

useServersAndBrowser();

/** Writes the parent page and opens it (with `hash`) at `viewport`. */
async function openParent(viewport, layout, hash = '') {
  const frameSrc = `${servers.assets.origin}/frame.html?src=demo/soi-dong-doi-ngoai-2023.json&layout=${layout}&theme=light`;
  await fs.mkdir(path.join(outputDir, 'screenshots'), { recursive: true });
  await fs.writeFile(path.join(outputDir, `frame-parent-${layout}.html`), `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>parent</title><link rel="icon" href="data:,">
<style>body { margin: 0 auto; max-width: 760px; padding: 0 12px; font: 18px/1.6 Georgia, serif; } iframe { display: block; width: 100%; border: 0; }</style>
</head><body>
<p>Đoạn mở đầu của bài báo, trước khung nhúng.</p>
<iframe data-highlight-cards-frame title="Sôi động đối ngoại 2023" src="${frameSrc}"></iframe>
<p id="after">Đoạn tiếp theo của bài báo, ngay sau khung nhúng.</p>
<script>
  window.__events = [];
  const frame = document.querySelector('iframe');
  for (const type of ['ready', 'error', 'cardview']) frame.addEventListener('highlight-cards:' + type, (e) => window.__events.push([type, e.detail]));
</script>
<script src="${servers.assets.origin}/frame-resizer.js" defer></script>
</body></html>`);
  const opened = await openPage(browser, viewport);
  await opened.page.goto(`${servers.pages.origin}/out/frame-parent-${layout}.html${hash}`);
  await opened.page.waitForFunction(() => window.__events.some(([type]) => type === 'ready'));
  const frame = () => opened.page.frames().find((f) => f.url().includes('/frame.html'));
  return { ...opened, frame };
}

/** Polls `read` until `ok` holds (a condition, not a time), or fails with the last value. */
async function until(read, ok, what, limit = 10_000) {
  const deadline = Date.now() + limit;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`${what}: last ${JSON.stringify(last)}`);
}

for (const [name, viewport, layout] of [['375', { width: 375, height: 812 }, 'auto'], ['1280', { width: 1280, height: 900 }, 'list']]) {
  test(`at ${name} px the iframe is exactly as tall as its content (${layout}), and the page does not scroll sideways`, async () => {
    const { page, problems, context, frame } = await openParent(viewport, layout);
    const sizes = () => Promise.all([
      page.$eval('iframe', (f) => Math.round(f.getBoundingClientRect().height)),
      frame().evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
      frame().evaluate(() => document.documentElement.scrollHeight - innerHeight),
    ]);
    const [iframe, content, inner] = await until(sizes, ([i, c, s]) => c > 300 && Math.abs(i - c) <= 1 && s <= 1, 'iframe height = content height');
    assert.ok(Math.abs(iframe - content) <= 1, `${iframe} vs ${content}`);
    assert.ok(inner <= 1, `the frame scrolls by ${inner}px`);
    // The article goes on right under the widget: no blank space.
    const gap = await page.evaluate(() => document.getElementById('after').getBoundingClientRect().top - document.querySelector('iframe').getBoundingClientRect().bottom);
    assert.ok(gap >= 0 && gap < 40, `gap under the iframe: ${gap}px`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
    await page.screenshot({ path: path.join(outputDir, 'screenshots', `frame-${name}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the widget\'s events reach the parent on the iframe element; cards are seen as the parent scrolls', async () => {
  const { page, problems, context } = await openParent({ width: 1280, height: 700 }, 'list');
  const ready = await page.evaluate(() => window.__events.find(([type]) => type === 'ready')[1]);
  assert.equal(ready.cards, 5);
  assert.equal(ready.id, 'soi-dong-doi-ngoai-2023');
  const seen = () => page.evaluate(() => window.__events.filter(([type]) => type === 'cardview').map(([, d]) => d.number));
  assert.ok(!(await seen()).includes(5), 'the last card is not seen before the reader gets there');
  await page.evaluate(() => window.scrollBy(0, 300));
  await until(seen, (n) => n.includes(1), 'card 1 seen');
  // The reader scrolls the article: the next cards are seen, in order.
  for (let y = 300; y < await page.evaluate(() => document.documentElement.scrollHeight); y += 300) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const all = await until(seen, (n) => n.includes(2) && n.includes(3), 'cards 2 and 3 seen while scrolling the parent');
  assert.deepEqual([...all].sort(), [...new Set(all)].sort(), 'each card announced once');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link in the parent\'s URL opens the widget on that card', async () => {
  const { page, problems, context, frame } = await openParent({ width: 375, height: 812 }, 'carousel', '#soi-dong-doi-ngoai-2023-4');
  const position = await until(() => frame().evaluate(() => document.querySelector('highlight-cards')?.shadowRoot?.querySelector('.hc-position')?.dataset.label ?? ''), (t) => t === '4 / 5', 'carousel on card 4');
  assert.equal(position, '4 / 5');
  assert.equal(await frame().evaluate(() => location.hash), '#soi-dong-doi-ngoai-2023-4');
  assert.deepEqual(problems, []);
  await context.close();
});
