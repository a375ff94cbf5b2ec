// Deep links on a long page with six widgets (pages/deep-links.html): a link
// to a card in a carousel brings the card into view as list and grid links
// do, and keeps it there while the widgets above it load; it jumps as the
// browser's own fragment navigation does, and glides only where the page
// asks for it for readers who did not ask for less motion; a host's own `id`
// (Vietnamese letters too) names its widget's anchors, and links shared
// with the collection's id keep landing on that widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servers, browser, useServersAndBrowser, openPage } from './harness.mjs';

useServersAndBrowser();

const PHONE = { width: 375, height: 667, isMobile: true, hasTouch: true };
const HOSTS = 6;

/** Opens the page at `hash` and waits until every widget shows its cards. */
async function openLong(hash, options = PHONE, reducedMotion = 'no-preference', query = '') {
  const opened = await openPage(browser, { ...options, reducedMotion });
  // Every scroll of the page, from the first: how the page reached the card.
  await opened.context.addInitScript(() => {
    window.__scrolls = [];
    addEventListener('scroll', () => window.__scrolls.push(Math.round(scrollY)), { passive: true });
  });
  await opened.page.goto(`${servers.pages.origin}/test/deep-links.html${query}${hash}`);
  await opened.page.waitForFunction((n) => {
    const hosts = [...document.querySelectorAll('highlight-cards')];
    return hosts.length === n && hosts.every((h) => h.shadowRoot?.querySelector('.hc-card'));
  }, HOSTS);
  return opened;
}

/** What each widget shows: its card ids' prefix and, for a carousel, its position. */
const widgets = (page) => page.evaluate(() => [...document.querySelectorAll('highlight-cards')].map((h) => ({
  first: h.shadowRoot.querySelector('.hc-card').id,
  position: h.shadowRoot.querySelector('.hc-position')?.dataset.label ?? null,
})));

/** Waits until the card with element id `cardId` (in the `index`th host) is in the viewport (its top
 * and start; a card with a photo is taller than a phone's screen), the page at rest. */
async function cardInView(page, index, cardId) {
  await page.waitForFunction(({ index, cardId }) => {
    const card = document.querySelectorAll('highlight-cards')[index].shadowRoot.getElementById(cardId);
    const r = card?.getBoundingClientRect();
    if (!r || r.top < -2 || r.top > innerHeight / 2 || r.left < -2 || r.left > innerWidth - 100) return false;
    // At rest: the same place on two checks in a row.
    const at = `${scrollY}:${r.top}:${r.left}`;
    const same = window.__lastAt === at;
    window.__lastAt = at;
    return same;
  }, { index, cardId }, { polling: 100 });
}

test('each widget\'s anchors: the host\'s own id (any letters), else the collection\'s; never shared', async () => {
  const { page, context, problems } = await openLong('');
  const seen = await widgets(page);
  assert.deepEqual(seen.map((w) => w.first), [
    'liste-1', // its host id …
    'dau-an-doi-ngoai-2023-1', // no id: the collection's
    'năm-2023-1', // Vietnamese letters in the host id
    'yip-inline-1',
    'soi-dong-doi-ngoai-2023_2-1', // no id, and the collection's id is the first widget's
    'cuoi-1',
  ]);
  assert.deepEqual(await page.evaluate(() => scrollY), 0, 'no deep link: the page stays at the top');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, hash, index, cardId, position] of [
  ['a carousel with no id of its own', '#dau-an-doi-ngoai-2023-3', 1, 'dau-an-doi-ngoai-2023-3', '3 / 10'],
  ['a carousel by its host\'s id', '#yip-inline-4', 3, 'yip-inline-4', '4 / 5'],
  ['a carousel by a link shared with its collection\'s id', '#noi-tuyen-2', 3, 'yip-inline-2', '2 / 5'],
  ['the last carousel, 6 × 150vh down', '#cuoi-6', 5, 'cuoi-6', '6 / 6'],
  ['a grid by a host id with Vietnamese letters', `#${encodeURIComponent('năm-2023')}-2`, 2, 'năm-2023-2', null],
  ['a list by a link shared with its collection\'s id', '#soi-dong-doi-ngoai-2023-4', 0, 'liste-4', null],
]) {
  test(`a deep link lands on its card: ${name}`, async () => {
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      const { page, context, problems } = await openLong(hash, viewport);
      await cardInView(page, index, cardId);
      const seen = await widgets(page);
      if (position) assert.equal(seen[index].position, position, `${viewport.width}px: the slide shown`);
      // Only that widget moved: every other carousel is on its first slide.
      for (const [i, w] of seen.entries()) if (i !== index && w.position) assert.match(w.position, /^1 \//, `${viewport.width}px: widget ${i + 1}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('the page glides to a linked card only where it asks to, and never for a reader who asked for less motion', async () => {
  for (const [query, reducedMotion, glides] of [['', 'no-preference', false], ['?smooth', 'no-preference', true], ['?smooth', 'reduce', false]]) {
    const { page, context } = await openLong('#liste-3', PHONE, reducedMotion, query);
    await cardInView(page, 0, 'liste-3');
    const scrolls = await page.evaluate(() => window.__scrolls);
    const final = await page.evaluate(() => Math.round(scrollY));
    const what = `${query || 'no smooth'}, ${reducedMotion}: ${scrolls.slice(0, 6).join(' ')}…`;
    assert.ok(final > 667, `scrolled down: ${final}`);
    if (glides) assert.ok(scrolls.length > 2 && scrolls[0] < final, `a glide through ${scrolls.length} positions (${what})`);
    else assert.equal(scrolls[0], final, `one jump (${what})`);
    await context.close();
  }
});
