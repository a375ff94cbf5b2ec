// The cross-engine subset of the browser tests: the same checks in WebKit
// (WebKitGTK MiniBrowser via WebKitWebDriver) and Gecko (Firefox ESR via
// WebDriver BiDi), against dist/ served by tests/browser/harness.mjs. Every
// source renders, every layout, the photo viewer, keyboard navigation in the
// carousel, and the host-page matrix at 375 px (tests/browser/hosts.mjs).
//
//   xvfb-run -a node --test --test-reporter=spec tests/engines/
//   HC_ENGINES=firefox node --test tests/engines/      # one engine, no display needed
//
// Screenshots go to tests/browser/output/screenshots/engines/.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { startServers, outputDir, repo } from '../browser/harness.mjs';
import { CONTEXTS, LAYOUTS as HOST_LAYOUTS, hostPage, isReady, settle, measure, problems as hostProblems } from '../browser/hosts.mjs';
import { directionState, atSlide, swipeTrack, clickIn, focusIn, viewerState } from '../browser/rtl-checks.mjs';
import * as webkit from './webkit.mjs';
import * as firefox from './firefox.mjs';

const ENGINES = { webkit, firefox };
const selected = (process.env.HC_ENGINES ?? 'webkit,firefox').split(',').map((s) => s.trim()).filter(Boolean);
for (const name of selected) if (!(name in ENGINES)) throw new Error(`HC_ENGINES: unknown engine ${name} (known: ${Object.keys(ENGINES).join(', ')})`);

const shots = path.join(outputDir, 'screenshots', 'engines');
const pagesOut = path.join(outputDir, 'engines');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

let servers;
before(async () => {
  servers = await startServers();
  await fs.mkdir(shots, { recursive: true });
  await fs.mkdir(pagesOut, { recursive: true });
});
after(() => servers?.close());

const demo = async (name) => JSON.parse(await fs.readFile(path.join(repo, 'dist/demo', `${name}.json`), 'utf8'));
const nfc = (list) => list.map((s) => s.normalize('NFC').trim());

// ---- Page-side functions (sent as source: self-contained) ----

/** What a host's shadow root holds once the widget has rendered (or failed), else null. */
function rendered(id) {
  const host = id ? document.getElementById(id) : document.querySelector('highlight-cards');
  const root = host?.shadowRoot;
  if (!root || (!root.querySelector('article.hc .hc-card') && !root.querySelector('.hc-error'))) return null;
  // A long list arrives in slices; the list is busy until the last one.
  if (root.querySelector('[aria-busy="true"]')) return null;
  const article = root.querySelector('article.hc');
  return {
    layout: article?.className.match(/\bhc--(list|grid|carousel)\b/)?.[1] ?? null,
    cards: root.querySelectorAll('.hc-card').length,
    headlines: [...root.querySelectorAll('.hc-card .hc-headline')].map((h) => h.textContent),
    error: root.querySelector('.hc-error')?.textContent ?? null,
  };
}

/** Every widget on the page has rendered (all its cards: not busy) or failed. */
function allRendered(ids) {
  return ids.every((id) => {
    const root = document.getElementById(id)?.shadowRoot;
    return root && !root.querySelector('[aria-busy="true"]') && (root.querySelector('article.hc .hc-card') || root.querySelector('.hc-error'));
  });
}

/** The first photo in widget `id` has loaded (it is in the first screen). */
function firstPhotoLoaded(id) {
  const img = document.getElementById(id)?.shadowRoot?.querySelector('img.hc-img');
  return !!img && img.complete && img.naturalWidth > 0;
}

/** Geometry of the cards of #w, for telling the layouts apart. */
function cardBoxes() {
  const root = document.getElementById('w').shadowRoot;
  const boxes = [...root.querySelectorAll('.hc-card')].map((c) => c.getBoundingClientRect());
  const track = root.querySelector('.hc-track');
  const t = track?.getBoundingClientRect();
  return {
    lefts: [...new Set(boxes.map((b) => Math.round(b.left + scrollX)))].length,
    // Cards whose box overlaps the carousel track's box horizontally.
    inTrack: t ? boxes.filter((b) => b.right > t.left + 1 && b.left < t.right - 1).length : null,
    pageWider: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

/** The carousel of #w: position text, the slide marked current, and the slide the track is scrolled to. */
function carouselState() {
  const root = document.getElementById('w').shadowRoot;
  const track = root.querySelector('.hc-track');
  const slides = [...root.querySelectorAll('.hc-slide')];
  return {
    position: root.querySelector('.hc-position')?.dataset.label ?? null,
    current: slides.findIndex((s) => s.classList.contains('hc-slide--current')) + 1,
    scrolledTo: track ? Math.round(track.scrollLeft / Math.max(1, track.clientWidth)) + 1 : null,
  };
}

/** Scrolls the widget (or the iframe holding it) to the top of the viewport,
 * for a screenshot that shows it; resolves after two frames. */
function scrollToWidget(id) {
  const el = document.querySelector('iframe.embed-frame') ?? (id ? document.getElementById(id) : document.querySelector('highlight-cards'));
  window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 8, behavior: 'instant' });
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
}

// ---- Helpers on the node side ----

/** Polls `fn()` in the page until it deep-equals `expected` or `timeout` ms
 * pass, then asserts equality (so a timeout fails with the last value seen). */
async function eventually(page, fn, expected, message, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let actual;
  for (;;) {
    actual = await page.evaluate(fn);
    if (isDeepStrictEqual(actual, expected) || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.deepEqual(actual, expected, message);
}

async function openWidget(engine, url, viewport, ids = ['w']) {
  const page = await engine.open(url, viewport);
  await page.waitFor(allRendered, { args: [ids], timeout: 20_000, what: `widgets ${ids.join(', ')} rendered` });
  return page;
}

const reader = (query) => `${servers.pages.origin}/test/reader.html?${query}`;

for (const name of selected) {
  describe(name, () => {
    // Launched by the first test that opens a page. A launch failure is
    // kept, so every test of this engine fails with it (a failing before
    // hook would only mark them cancelled).
    let launched;
    const engine = { open: async (url, viewport) => (await (launched ??= ENGINES[name].launch())).open(url, viewport) };
    after(() => launched?.then((e) => e.quit(), () => {}));

    test(`${name}: a JSON src renders its 10 cards (reader.html)`, async () => {
      const page = await openWidget(engine, reader('layout=list'), DESKTOP);
      const data = await demo('dau-an-doi-ngoai-2023');
      const got = await page.evaluate(rendered, 'w');
      assert.equal(got.error, null);
      assert.equal(got.cards, 10);
      assert.deepEqual(nfc(got.headlines), nfc(data.cards.map((c) => c.headline)));
      await page.waitFor(firstPhotoLoaded, { args: ['w'], what: 'the first photo loaded' });
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    test(`${name}: inline JSON and a URL render (news-article.html: 3 and 5 cards)`, async () => {
      const page = await openWidget(engine, `${servers.pages.origin}/news-article.html`, DESKTOP, ['w-inline', 'w-url']);
      const inline = await page.evaluate(rendered, 'w-inline');
      const inlineData = await page.evaluate(() => JSON.parse(document.querySelector('#w-inline script[type="application/json"]').textContent).cards.map((c) => c.headline));
      assert.equal(inline.error, null);
      assert.equal(inline.cards, 3);
      assert.deepEqual(nfc(inline.headlines), nfc(inlineData));
      const url = await page.evaluate(rendered, 'w-url');
      assert.equal(url.error, null);
      assert.equal(url.cards, 5);
      assert.deepEqual(nfc(url.headlines), nfc((await demo('soi-dong-doi-ngoai-2023')).cards.map((c) => c.headline)));
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    test(`${name}: plain HTML renders its 10 cards in the shadow root and keeps the markup (plain-html.html)`, async () => {
      const page = await engine.open(`${servers.pages.origin}/plain-html.html`, PHONE);
      const got = await page.waitFor(rendered, { args: [null], timeout: 20_000, what: 'the plain-HTML widget rendered' });
      const markup = await page.evaluate(() => [...document.querySelectorAll('highlight-cards ol > li')].map((li) => li.querySelector('h1, h2, h3, h4, h5, h6').textContent));
      assert.equal(got.error, null);
      assert.equal(got.cards, 10);
      assert.equal(markup.length, 10, 'the light-DOM list is still in the page');
      assert.deepEqual(nfc(got.headlines), nfc(markup));
      await page.evaluate(scrollToWidget, null);
      await page.screenshot(path.join(shots, `${name}-plain-html-375.png`));
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    for (const layout of ['list', 'grid', 'carousel']) {
      test(`${name}: layout=${layout} at 1280 px`, async () => {
        const page = await openWidget(engine, reader(`layout=${layout}`), DESKTOP);
        const got = await page.evaluate(rendered, 'w');
        assert.equal(got.layout, layout);
        assert.equal(got.cards, 10);
        const boxes = await page.evaluate(cardBoxes);
        assert.equal(boxes.pageWider, 0, 'no sideways page scroll');
        if (layout === 'list') assert.equal(boxes.lefts, 1, 'one column');
        if (layout === 'grid') assert.ok(boxes.lefts >= 2, `several columns (${boxes.lefts})`);
        if (layout === 'carousel') {
          assert.equal(boxes.inTrack, 1, 'one slide in view');
          assert.deepEqual(await page.evaluate(carouselState), { position: '1 / 10', current: 1, scrolledTo: 1 });
        }
        await page.screenshot(path.join(shots, `${name}-${layout}-1280.png`));
        assert.deepEqual(await page.errors(), []);
        await page.close();
      });
    }

    test(`${name}: layout=auto is a grid at 1280 px and a carousel at 375 px`, async () => {
      const wide = await openWidget(engine, reader('layout=auto'), DESKTOP);
      const w = await wide.evaluate(rendered, 'w');
      assert.equal(w.layout, 'grid');
      assert.equal(w.cards, 10);
      await wide.close();
      const phone = await openWidget(engine, reader('layout=auto'), PHONE);
      const p = await phone.evaluate(rendered, 'w');
      assert.equal(p.layout, 'carousel');
      assert.equal(p.cards, 10);
      assert.equal((await phone.evaluate(carouselState)).position, '1 / 10');
      assert.equal((await phone.evaluate(cardBoxes)).pageWider, 0, 'no sideways page scroll');
      await phone.screenshot(path.join(shots, `${name}-auto-375.png`));
      assert.deepEqual(await phone.errors(), []);
      await phone.close();
    });

    test(`${name}: the photo viewer opens on a click on the first photo; Escape closes it`, async () => {
      const page = await openWidget(engine, reader('layout=list'), DESKTOP);
      const isOpen = () => document.getElementById('w').shadowRoot.querySelector('dialog.hc-lightbox')?.open ?? false;
      assert.equal(await page.evaluate(isOpen), false, 'closed before the click');
      await page.click(() => document.getElementById('w').shadowRoot.querySelector('button.hc-zoom'));
      await eventually(page, isOpen, true, 'the viewer is open after the click');
      const shown = await page.evaluate(() => {
        const root = document.getElementById('w').shadowRoot;
        return { count: root.querySelector('.hc-lb-count')?.textContent, focusInDialog: !!root.activeElement?.closest('dialog') };
      });
      assert.deepEqual(shown, { count: '1 / 10', focusInDialog: true });
      await page.screenshot(path.join(shots, `${name}-viewer-1280.png`));
      await page.press('Escape');
      await eventually(page, isOpen, false, 'Escape closes the viewer');
      assert.equal(await page.evaluate(() => document.getElementById('w').shadowRoot.activeElement?.classList.contains('hc-zoom') ?? false), true, 'focus back on the photo');
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    test(`${name}: keyboard in the carousel: Enter on Next, ArrowRight, End, Home`, async () => {
      const page = await openWidget(engine, reader('layout=carousel'), DESKTOP);
      assert.deepEqual(await page.evaluate(carouselState), { position: '1 / 10', current: 1, scrolledTo: 1 });
      await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('.hc-next').focus());
      assert.equal(await page.evaluate(() => document.getElementById('w').shadowRoot.activeElement?.classList.contains('hc-next') ?? false), true, 'Next has focus');
      const steps = [
        ['Enter', 2],
        ['ArrowRight', 3],
        ['End', 10],
        ['Home', 1],
      ];
      for (const [key, n] of steps) {
        await page.press(key);
        await eventually(page, carouselState, { position: `${n} / 10`, current: n, scrolledTo: n }, `${key} → card ${n}`);
      }
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    // Right to left (tests/browser/rtl.test.mjs has the Chromium version,
    // with real touch): an Arabic and an English carousel on an Arabic
    // page with dir="rtl". Engines have differed in the sign of scrollLeft
    // right to left; the checks look at where the slide is, not at it.
    for (const [width, height] of [[375, 812], [1280, 900]]) {
      test(`${name}: right to left at ${width} px: direction from the content; track, buttons, keys, scrolling, counter, index and viewer agree`, async () => {
        const page = await engine.open(`${servers.pages.origin}/test/rtl.html?layout=carousel`, { width, height });
        await page.waitFor(() => ['ar', 'en'].every((id) => document.getElementById(id).shadowRoot?.querySelectorAll('.hc-card').length === 4), { timeout: 20_000, what: 'both widgets rendered' });
        const at = (id, n, what) => page.waitFor(atSlide, { args: [id, n], timeout: 5000, what: `${id} at slide ${n} after ${what}` });
        for (const [id, direction, forward, back] of [['ar', 'rtl', 'ArrowLeft', 'ArrowRight'], ['en', 'ltr', 'ArrowRight', 'ArrowLeft']]) {
          const side = direction === 'rtl' ? 'right' : 'left';
          await page.evaluate((id) => { document.getElementById(id).scrollIntoView({ block: 'start' }); return true; }, id);
          assert.deepEqual(await page.evaluate(directionState, id), {
            direction, badge: side, prevSide: side, firstIndexSide: side,
            position: '1 / 4', current: 1, visible: 1, index: 1,
          }, `${id}: at rest`);
          await page.screenshot(path.join(shots, `${name}-rtl-${id}-${width}.png`));
          await page.click((id) => document.getElementById(id).shadowRoot.querySelector('.hc-next'), id);
          await at(id, 2, 'Next');
          assert.equal(await page.evaluate(focusIn, id, '.hc-next'), true);
          await page.press(forward);
          await at(id, 3, `${forward} (forward)`);
          await page.press(back);
          await at(id, 2, `${back} (back)`);
          await page.evaluate(swipeTrack, id, 1);
          await at(id, 3, 'scrolling forward');
          await page.evaluate(clickIn, id, '.hc-index-button', 3);
          await at(id, 4, 'index button 4');
          await page.evaluate(focusIn, id, '.hc-next');
          await page.press('Home');
          await at(id, 1, 'Home');
          await page.evaluate(clickIn, id, '.hc-slide--current .hc-zoom');
          await page.waitFor((id) => document.getElementById(id).shadowRoot.querySelector('dialog.hc-lightbox')?.open, { args: [id], what: `${id}: the viewer open` });
          assert.deepEqual(await page.evaluate(viewerState, id), { open: true, count: '1 / 4', prevSide: side }, `${id}: viewer`);
          await page.press(forward);
          await page.waitFor((id, count) => document.getElementById(id).shadowRoot.querySelector('.hc-lb-count').textContent === count, { args: [id, '2 / 4'], what: `${id}: viewer ${forward}` });
          await page.press('Escape');
          await page.waitFor((id) => !document.getElementById(id).shadowRoot.querySelector('dialog.hc-lightbox').open, { args: [id], what: 'the viewer closed' });
        }
        assert.deepEqual(await page.errors(), []);
        await page.close();
      });
    }

    // The widget's words on demand (tests/browser/rtl.test.mjs has the
    // Chromium version, with a tampered table): a French page loads the
    // pinned i18n.json; a language without a table gets English.
    test(`${name}: the widget's words load for the page's language, pinned by their SHA-384`, async () => {
      const page = await engine.open(`${servers.pages.origin}/test/languages.html`, PHONE);
      await page.waitFor(() => ['page-lang', 'no-table', 'vi-words'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.hc-card')), { timeout: 20_000, what: 'three widgets rendered' });
      const words = await page.evaluate(() => ['page-lang', 'no-table', 'vi-words'].map((id) => document.getElementById(id).shadowRoot.querySelector('.hc-next').getAttribute('aria-label')));
      assert.deepEqual(words, ['Fiche suivante', 'Next card', 'Thẻ sau']);
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    // The host matrix (tests/browser/hosts.mjs) at 375 px: one widget with
    // the field collection inline, in each formatting context a news
    // template puts an embed in.
    for (const { name: context } of CONTEXTS) {
      for (const layout of HOST_LAYOUTS) {
        test(`${name}: host page "${context}" × ${layout} at 375 px`, async () => {
          const file = `${context}-${layout}.html`;
          await fs.writeFile(path.join(pagesOut, file), hostPage({ context, layout, assets: servers.assets.origin }));
          const page = await engine.open(`${servers.pages.origin}/out/engines/${file}`, PHONE);
          const ready = await page.waitFor(isReady, { timeout: 20_000, what: `the widget in "${context}" rendered` });
          assert.equal(ready, true, 'the widget rendered');
          const settled = await page.evaluate(settle);
          const metrics = await page.evaluate(measure);
          await page.evaluate(scrollToWidget, 'w');
          await page.screenshot(path.join(shots, `${name}-${context}-${layout}.png`));
          assert.equal(settled, true, 'layout settled');
          assert.equal(metrics.layout, layout);
          assert.deepEqual(hostProblems(metrics), [], `${context} · ${layout} · 375px\n${JSON.stringify(metrics, null, 1).slice(0, 3000)}`);
          assert.deepEqual(await page.errors(), []);
          await page.close();
        });
      }
    }
  });
}
