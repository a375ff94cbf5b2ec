// Content we did not write, in the browser, beyond the host matrix
// (hosts.test.mjs): deep links that follow the reader only while the widget is on screen, two
// widgets showing one collection, the share switch, the grid in an article
// column, and credit labels that keep the content's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servers, browser, useServersAndBrowser, openPage } from './harness.mjs';

useServersAndBrowser();

const ID = 'dau-an-doi-ngoai-2023';
const TWIN = 'soi-dong-doi-ngoai-2023';
const inHost = (page, hostId, fn, arg) => page.evaluate(({ hostId, src, arg }) =>
  new Function('root', 'arg', `return (${src})(root, arg)`)(document.getElementById(hostId).shadowRoot, arg), { hostId, src: fn.toString(), arg });

/** twins.html: widget a (list) and, loading one second later, widget b (carousel) with the same collection. */
async function openTwins(hash = '') {
  const opened = await openPage(browser, { width: 375, height: 667 });
  await opened.page.goto(`${servers.pages.origin}/test/twins.html${hash}`);
  await opened.page.waitForFunction(() => ['a', 'b'].every((id) => document.getElementById(id).shadowRoot?.querySelectorAll('.hc-card').length === 5));
  return opened;
}

const cardIds = (page, host) => inHost(page, host, (root) => [...root.querySelectorAll('.hc-card')].map((c) => c.id));

test('two widgets with one collection get their own ids, and a deep link moves only its own widget', async () => {
  const { page, context, problems } = await openTwins();
  const [a, b] = [await cardIds(page, 'a'), await cardIds(page, 'b')];
  assert.equal(new Set([...a, ...b]).size, 10, `card ids are unique on the page: ${[...a, ...b].join(' ')}`);
  assert.equal(a[0], 'a-1', 'each uses its host id');
  assert.equal(b[0], 'b-1', 'each uses its host id');
  assert.deepEqual(problems, []);
  await context.close();

  // #b-3 shows card 3 in the carousel; the list widget, with the same collection, stays put.
  const twin = await openTwins('#b-3');
  await twin.page.waitForFunction(() => document.getElementById('b').shadowRoot.querySelector('.hc-position')?.dataset.label === '3 / 5');
  // The page went to the carousel's card, not to the list's card 3.
  await twin.page.waitForFunction(() => {
    const top = document.getElementById('b').shadowRoot.getElementById('b-3').getBoundingClientRect().top;
    return top >= -2 && top < innerHeight / 2;
  });
  assert.ok(await inHost(twin.page, 'a', (root) => root.getElementById('a-3').getBoundingClientRect().bottom < 0), 'the list\'s card 3 is above the viewport');
  // And #<collection id>-3, a link shared before the hosts had ids, moves
  // the first to load (the list), not the carousel.
  const list = await openTwins(`#${TWIN}-3`);
  await list.page.waitForFunction(() => Math.abs(document.getElementById('a').shadowRoot.getElementById('a-3').getBoundingClientRect().top) < 40);
  assert.equal(await inHost(list.page, 'b', (root) => root.querySelector('.hc-position').dataset.label), '1 / 5');
  assert.deepEqual(twin.problems, []);
  assert.deepEqual(list.problems, []);
  await twin.context.close();
  await list.context.close();
});

test('the URL follows cards only while the widget is on screen, then gets the page\'s own fragment back', async () => {
  const { page, context } = await openTwins('#top');
  const length = await page.evaluate(() => history.length);
  // Card 3 of the list (a wheel first: the URL follows only once the reader acts).
  await page.mouse.wheel(0, 10);
  await inHost(page, 'a', (root) => root.getElementById('a-3').scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => location.hash === '#a-3');
  // Away from both widgets: the page's own fragment comes back.
  await page.evaluate(() => document.getElementById('between').scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, innerHeight * 0.6));
  await page.waitForFunction(() => location.hash === '#top');
  // The page sets a fragment of its own while widget a shows card 2 …
  await inHost(page, 'a', (root) => root.getElementById('a-2').scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => location.hash === '#a-2');
  await page.evaluate(() => history.replaceState(null, '', '#chosen-by-the-page'));
  // … then the reader moves on to widget b, which follows …
  await inHost(page, 'b', (root) => root.querySelector('.hc-carousel').scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => location.hash === '#b-1');
  // … and past it: b gives back the page's fragment, which a left alone.
  await page.evaluate(() => document.getElementById('bottom').scrollIntoView({ block: 'end' }));
  await page.waitForFunction(() => location.hash === '#chosen-by-the-page');
  assert.equal(await page.evaluate(() => history.length), length, 'no history entries added');
  await context.close();
});

test('share="off" removes the share buttons; ::part(share) styles them', async () => {
  for (const share of ['off', 'on']) {
    const { page, context, problems } = await openPage(browser, { width: 375, height: 667 });
    await page.goto(`${servers.pages.origin}/test/reader.html?layout=list&share=${share}`);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'highlight-cards::part(share) { border-color: rgb(1, 2, 3); }';
      document.head.append(style);
    });
    await page.waitForFunction((share) => {
      const root = document.getElementById('w').shadowRoot;
      return root?.querySelectorAll('.hc-card').length === 10 && (share === 'on' || root.querySelectorAll('.hc-share').length === 0);
    }, share);
    const shares = await inHost(page, 'w', (root) => [...root.querySelectorAll('.hc-share')].map((b) => getComputedStyle(b).borderTopColor));
    if (share === 'off') assert.deepEqual(shares, []);
    else {
      assert.equal(shares.length, 10);
      assert.ok(shares.every((c) => c === 'rgb(1, 2, 3)'), `::part(share) reaches the buttons: ${shares[0]}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('grid: two columns in a 680 px article column, one on a phone', async () => {
  for (const [width, column, expected] of [[1280, '680px', 2], [375, 'none', 1]]) {
    const { page, context } = await openPage(browser, { width, height: 900 });
    await page.goto(`${servers.pages.origin}/test/reader.html?layout=grid&column=${column}`);
    await page.waitForFunction(() => document.getElementById('w').shadowRoot?.querySelectorAll('.hc-card').length === 10);
    const columns = await inHost(page, 'w', (root) => new Set([...root.querySelectorAll('.hc-card')].map((c) => Math.round(c.getBoundingClientRect().left))).size);
    assert.equal(columns, expected, `${width}px, column ${column}`);
    await context.close();
  }
});

test('with lang="en" the widget speaks English but credit labels stay in the content\'s language', async () => {
  const { page, context } = await openPage(browser, { width: 375, height: 667 });
  await page.goto(`${servers.pages.origin}/test/reader.html?layout=list&lang=en`);
  await page.waitForFunction(() => document.getElementById('w').shadowRoot?.querySelectorAll('.hc-card').length === 10);
  const seen = await inHost(page, 'w', (root) => ({
    share: root.querySelector('.hc-share').getAttribute('aria-label'),
    labels: [...new Set([...root.querySelectorAll('.hc-credit-label')].map((l) => l.textContent.trim()))].sort(),
    number: (() => {
      const head = root.querySelector('.hc-card-head');
      return Math.round(head.querySelector('.hc-number').getBoundingClientRect().top - head.querySelector('.hc-titles').getBoundingClientRect().top);
    })(),
  }));
  assert.equal(seen.share, 'Share card 1');
  assert.deepEqual(seen.labels, ['Nguồn:', 'Ảnh:']);
  // The badge sits at the top of the kicker and headline, not in their middle.
  assert.equal(seen.number, 0);
  await context.close();
});
