// Embedding, in headless Chromium: the example host pages (examples/) are
// served from one loopback port and the widget's files (dist/, as a CDN
// would serve them) from another, so every page loads the widget
// cross-origin through one script tag.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, loadAllImages, outputDir } from './harness.mjs';

useServersAndBrowser();
before(async () => {
  await fs.mkdir(path.join(outputDir, 'screenshots'), { recursive: true });
});

/** Records the widget's events from the start of the page. */
async function recordEvents(context) {
  await context.addInitScript(() => {
    window.__events = [];
    for (const name of ['highlight-cards:ready', 'highlight-cards:error', 'highlight-cards:cardview']) {
      document.addEventListener(name, (e) => window.__events.push({ type: e.type, target: e.target.id, detail: e.detail }));
    }
  });
}

/** Event listeners on window and document, by `window:<type>` / `document:<type>` (CDP). */
async function listenerCounts(cdp) {
  const counts = {};
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    for (const l of listeners) counts[`${expression}:${l.type}`] = (counts[`${expression}:${l.type}`] ?? 0) + 1;
  }
  return counts;
}

const cardsIn = (page, id) =>
  page.evaluate((id) => document.getElementById(id)?.shadowRoot?.querySelectorAll('li.hc-card').length ?? 0, id);

async function waitForCards(page, expected) {
  await page.waitForFunction(
    (expected) => Object.entries(expected).every(([id, n]) => document.getElementById(id)?.shadowRoot?.querySelectorAll('li.hc-card').length === n),
    expected,
    { timeout: 20000 },
  );
}

test('cross-origin: a news page on one port loads the widget from another; cards render, images load, no errors', async () => {
  assert.notEqual(new URL(servers.pages.origin).port, new URL(servers.assets.origin).port);
  const { page, problems, context } = await openPage(browser, { width: 1280, height: 900 });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${servers.pages.origin}/news-article.html`);
  await waitForCards(page, { 'w-inline': 3, 'w-url': 5 });
  const images = await loadAllImages(page);
  assert.ok(images.length >= 8);
  for (const img of images) assert.ok(img.ok, `image failed: ${img.src}`);
  assert.ok(requests.some((u) => u.startsWith(servers.assets.origin) && u.endsWith('/embed.js')));
  assert.ok(requests.some((u) => u.startsWith(servers.assets.origin) && u.endsWith('_bg.wasm')), 'wasm resolved next to the script, not the page');
  assert.deepEqual(problems, []);
  await page.screenshot({ path: path.join(outputDir, 'screenshots', 'news-article-1280.png'), fullPage: true });
  await context.close();
});

// Computed styles that would show a host page's CSS leaking in.
const STYLE_PROPS = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'color', 'background-color',
  'letter-spacing', 'text-transform', 'text-indent', 'text-align', 'box-sizing', 'margin-top', 'margin-bottom',
  'margin-left', 'padding-top', 'padding-left', 'border-top-width', 'list-style-type', 'max-width', 'display',
];
const WIDGET_PARTS = [
  'article.hc', '.hc-title', 'ol.hc-cards', 'li.hc-card', '.hc-number', '.hc-kicker', '.hc-headline', 'figure.hc-figure',
  'img.hc-img', 'figcaption', '.hc-credit', '.hc-body p', '.hc-section-heading', '.hc-byline',
];

/**
 * Computed styles of the widget's key parts in each of `hosts`, with every
 * host given the same box. With `sizes`, also the parts' rendered sizes
 * (only comparable when the content is the same).
 */
async function widgetStyles(page, hosts, { sizes = false } = {}) {
  await page.addStyleTag({
    content: `${hosts.map((h) => `#${h}`).join(', ')} { width: 640px !important; padding: 0 !important; margin: 0 !important; border: 0 !important; }`,
  });
  return page.evaluate(({ props, parts, hosts, sizes }) => {
    const out = {};
    for (const id of hosts) {
      const root = document.getElementById(id).shadowRoot;
      for (const sel of parts) {
        const el = root.querySelector(sel);
        if (!el) continue;
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        out[`${sizes ? `#${id} ` : ''}${sel}`] = {
          ...Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])),
          ...(sizes ? { width: Math.round(r.width), height: Math.round(r.height) } : {}),
        };
      }
    }
    return out;
  }, { props: STYLE_PROPS, parts: WIDGET_PARTS, hosts, sizes });
}

async function openExample(name, hosts) {
  const opened = await openPage(browser, { width: 1280, height: 900 });
  await opened.page.goto(`${servers.pages.origin}/${name}.html`);
  await opened.page.waitForFunction(
    (hosts) => hosts.every((id) => document.getElementById(id)?.shadowRoot?.querySelector('li.hc-card, .hc-error')),
    hosts,
    { timeout: 20000 },
  );
  await loadAllImages(opened.page);
  return opened;
}

// The example host pages and their widgets that render cards.
const HOST_PAGES = {
  'news-article': ['w-inline', 'w-url'],
  'plain-html': ['dau-an-doi-ngoai-2023'],
  'three-widgets': ['w-a', 'w-c'],
};

test('isolation: the widget looks the same on every example host page as on a blank page', async () => {
  // Same widgets, same content: styles and rendered sizes must match exactly.
  const sized = {};
  for (const name of ['blank', 'news-article']) {
    const { page, context } = await openExample(name, HOST_PAGES['news-article']);
    sized[name] = await widgetStyles(page, HOST_PAGES['news-article'], { sizes: true });
    await context.close();
  }
  assert.ok(Object.keys(sized.blank).length >= 20, 'measured the key parts');
  assert.deepEqual(sized['news-article'], sized.blank);

  // Other pages carry other content: every part's styles must still match the blank page's.
  const { page, context } = await openExample('blank', ['w-url']);
  const baseline = await widgetStyles(page, ['w-url']);
  await context.close();
  for (const [name, hosts] of Object.entries(HOST_PAGES)) {
    for (const host of hosts) {
      const opened = await openExample(name, [host]);
      const styles = await widgetStyles(opened.page, [host]);
      await opened.context.close();
      for (const [part, values] of Object.entries(styles)) {
        if (baseline[part]) assert.deepEqual(values, baseline[part], `${name} #${host} ${part}`);
      }
      assert.ok(Object.keys(styles).filter((p) => baseline[p]).length >= 10, `${name} #${host}: parts compared`);
    }
  }
});

test('isolation: every example host page styles the same with and without the widget', async () => {
  // Values that follow from the page's geometry (the widget takes up room) are not styles.
  const GEOMETRY = ['height', 'block-size', 'width', 'inline-size', 'perspective-origin', 'transform-origin', 'grid-template-rows'];
  const measure = (page) =>
    page.evaluate((geometry) => {
      const out = {};
      document.querySelectorAll('body, body *').forEach((el, i) => {
        if (el.closest('highlight-cards, [data-highlight-cards]')) return; // the widget's own light DOM
        if (['SCRIPT', 'STYLE'].includes(el.tagName)) return;
        const cs = getComputedStyle(el);
        out[`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}@${i}`] = Object.fromEntries(
          [...cs].filter((p) => !geometry.includes(p)).map((p) => [p, cs.getPropertyValue(p)]),
        );
      });
      return out;
    }, GEOMETRY);
  for (const [name, hosts] of Object.entries(HOST_PAGES)) {
    const results = {};
    for (const withWidget of [true, false]) {
      const { page, context } = await openPage(browser, { width: 1280, height: 900 });
      if (!withWidget) await page.route('**/embed.js', (route) => route.abort());
      await page.goto(`${servers.pages.origin}/${name}.html`);
      if (withWidget) {
        await page.waitForFunction((hosts) => hosts.every((id) => document.getElementById(id)?.shadowRoot?.querySelector('li.hc-card')), hosts, { timeout: 20000 });
      } else {
        await page.waitForLoadState('load');
      }
      results[withWidget] = await measure(page);
      await context.close();
    }
    assert.ok(Object.keys(results.true).length >= 3, `${name}: host elements measured`);
    assert.deepEqual(results.true, results.false, name);
  }
});

test('three widgets, one with broken data: the others render, the broken one explains, error fires once', async () => {
  const { page, problems, context } = await openPage(browser);
  await recordEvents(context);
  await page.goto(`${servers.pages.origin}/three-widgets.html`);
  await waitForCards(page, { 'w-a': 2, 'w-c': 10 });
  await page.waitForFunction(() => document.getElementById('w-b').shadowRoot?.querySelector('.hc-error'));
  const broken = await page.evaluate(() => {
    const box = document.getElementById('w-b').shadowRoot.querySelector('.hc-error');
    return { role: box.getAttribute('role'), lang: box.getAttribute('lang'), text: box.textContent };
  });
  assert.equal(broken.role, 'alert');
  assert.equal(broken.lang, 'vi');
  assert.match(broken.text, /Không thể hiển thị nội dung này/);
  // Readers see words, not diagnostics (no `debug` attribute); the event has them.
  assert.doesNotMatch(broken.text, /invalid JSON/);
  const events = await page.evaluate(() => window.__events.filter((e) => e.type !== 'highlight-cards:cardview'));
  const errors = events.filter((e) => e.type === 'highlight-cards:error');
  assert.equal(errors.length, 1);
  assert.equal(errors[0].target, 'w-b');
  assert.match(errors[0].detail.message, /invalid JSON/);
  assert.deepEqual(events.filter((e) => e.type === 'highlight-cards:ready').map((e) => e.target).sort(), ['w-a', 'w-c']);
  assert.ok(await page.isVisible('#host-text'));
  assert.ok(!problems.some((p) => p.startsWith('page error')), problems.join('\n'));
  await context.close();
});

/** The words of a text, without punctuation, counted. */
function words(text) {
  const counts = new Map();
  for (const w of text.normalize('NFC').split(/\s+/)) {
    const bare = w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    if (bare) counts.set(bare, (counts.get(bare) ?? 0) + 1);
  }
  return counts;
}

test('plain HTML: readable with JavaScript off; upgraded in place with it on, losing no text', async () => {
  // JavaScript off: the page's own markup shows every card's text and photo.
  const off = await openPage(browser, { width: 375, height: 812, javaScriptEnabled: false });
  await off.page.goto(`${servers.pages.origin}/plain-html.html`);
  const noJs = await off.page.evaluate(async () => {
    const host = document.querySelector('highlight-cards');
    const imgs = [...host.querySelectorAll('img')];
    for (const img of imgs) {
      img.scrollIntoView();
      if (!img.complete) await new Promise((r) => { img.onload = img.onerror = r; });
    }
    return {
      shadow: !!host.shadowRoot,
      cards: [...host.querySelectorAll('ol > li')].map((li) => ({
        headline: li.querySelector('h3').textContent.trim(),
        visible: li.getBoundingClientRect().height > 0,
      })),
      imagesLoaded: imgs.filter((i) => i.naturalWidth > 0).length,
      text: host.innerText,
    };
  });
  await off.page.screenshot({ path: path.join(outputDir, 'screenshots', 'plain-html-nojs-375.png') });
  await off.context.close();
  assert.equal(noJs.shadow, false);
  assert.equal(noJs.cards.length, 10);
  assert.ok(noJs.cards.every((c) => c.headline && c.visible));
  assert.equal(noJs.imagesLoaded, 10);

  // JavaScript on: the same markup is read and rendered as cards.
  const on = await openPage(browser, { width: 375, height: 812 });
  await on.page.goto(`${servers.pages.origin}/plain-html.html`);
  await on.page.waitForFunction(() => document.querySelector('highlight-cards').shadowRoot?.querySelectorAll('li.hc-card').length === 10, null, { timeout: 20000 });
  const upgraded = await on.page.evaluate(() => {
    const host = document.querySelector('highlight-cards');
    const root = host.shadowRoot;
    return {
      text: root.querySelector('article.hc').innerText,
      headlines: [...root.querySelectorAll('.hc-headline')].map((h) => h.textContent),
      credits: [...root.querySelectorAll('.hc-credit')].map((c) => c.textContent),
      title: root.querySelector('.hc-title')?.textContent,
      lightStillThere: host.querySelectorAll('ol > li').length,
    };
  });
  assert.deepEqual(on.problems, []);
  await on.page.screenshot({ path: path.join(outputDir, 'screenshots', 'plain-html-upgraded-375.png') });
  await on.context.close();
  assert.deepEqual(upgraded.headlines, noJs.cards.map((c) => c.headline));
  assert.equal(upgraded.credits.length, 10);
  assert.equal(upgraded.lightStillThere, 10, 'the original markup stays in the page for search engines');
  const before = words(noJs.text);
  const after = words(upgraded.text);
  const lost = [...before].filter(([w, n]) => (after.get(w) ?? 0) < n).map(([w]) => w);
  assert.deepEqual(lost, [], 'words in the page markup missing from the widget');
});

test('elements added after load are mounted, removed ones unmounted; the JS API mounts and unmounts', async () => {
  const { page, problems, context } = await openPage(browser);
  await recordEvents(context);
  await page.goto(`${servers.pages.origin}/test/dynamic.html`);
  await page.waitForFunction(() => window.HighlightCards);
  await page.evaluate(() => window.HighlightCards.ready);
  assert.equal(await page.evaluate(() => window.HighlightCards.count()), 0);

  // Added by the page's own script later on: mounted by the observer.
  await page.evaluate(() => {
    const el = document.createElement('highlight-cards');
    el.id = 'late';
    el.innerHTML = '<script type="application/json">{"id":"late","title":"Thêm sau","cards":[{"headline":"Một"},{"headline":"Hai"}]}<\/script>';
    document.getElementById('app').append(el);
  });
  await waitForCards(page, { late: 2 });
  assert.equal(await page.evaluate(() => window.HighlightCards.count()), 1);

  // Moving it keeps it mounted; removing it unmounts.
  await page.evaluate(() => new Promise((resolve) => {
    // Mutation observers are notified in the order they were created: once
    // this one (created after the embed's) has the move, the embed has had it.
    const probe = new MutationObserver(() => { probe.disconnect(); resolve(); });
    probe.observe(document.documentElement, { childList: true, subtree: true });
    document.body.prepend(document.getElementById('late'));
  }));
  assert.equal(await page.evaluate(() => window.HighlightCards.count()), 1);
  assert.equal(await cardsIn(page, 'late'), 2);
  await page.evaluate(() => document.getElementById('late').remove());
  await page.waitForFunction(() => window.HighlightCards.count().then((n) => n === 0));

  // The JS API on any element, with data; unmount restores the element's own content.
  const api = await page.evaluate(async () => {
    const div = document.createElement('div');
    div.id = 'api';
    div.innerHTML = '<p>Nội dung gốc</p>';
    document.getElementById('app').append(div);
    await window.HighlightCards.mount(div, { id: 'api', title: 'Qua API', cards: [{ headline: 'Thẻ một' }] });
    const mounted = div.shadowRoot.querySelectorAll('li.hc-card').length;
    const unmounted = await window.HighlightCards.unmount(div);
    const slot = !!div.shadowRoot.querySelector('slot') && !div.shadowRoot.querySelector('li');
    const again = await window.HighlightCards.unmount(div);
    let rejected = null;
    try {
      await window.HighlightCards.mount(div, '{"id":"x","title":"T","cards":[{"headline":5}]}');
    } catch (e) {
      rejected = e.message;
    }
    return { mounted, unmounted, slot, again, rejected, count: await window.HighlightCards.count() };
  });
  assert.deepEqual(api, {
    mounted: 1, unmounted: true, slot: true, again: false,
    rejected: 'cards[0].headline: should be text, not the number 5\ncards: no card can be shown', count: 1,
  });
  assert.ok(!problems.some((p) => p.startsWith('page error')), problems.join('\n'));
  await context.close();
});

test('a widget removed while its viewer is open leaves nothing behind: no popstate listener, no history entry, no error on Back', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 700 });
  await page.goto(`${servers.pages.origin}/test/lifetime.html`);
  await page.evaluate(() => window.HighlightCards.ready);
  const cdp = await context.newCDPSession(page);
  const popstateListeners = async () => (await listenerCounts(cdp))['window:popstate'] ?? 0;
  const baseline = { listeners: await popstateListeners(), history: await page.evaluate(() => history.length) };
  await page.evaluate(async (photo) => {
    const div = document.getElementById('target');
    await window.HighlightCards.mount(div, { id: 'v', title: 'V', cards: [{ headline: 'Một', photo: { src: photo, width: 3, height: 2, alt: 'Ảnh một' } }] });
  }, `${servers.assets.origin}/photos/dau-an-doi-ngoai-2023/01-480.jpg`);
  await page.evaluate(() => document.getElementById('target').shadowRoot.querySelector('.hc-zoom').click());
  await page.waitForFunction(() => document.getElementById('target').shadowRoot.querySelector('dialog')?.open === true);
  assert.equal(await popstateListeners(), baseline.listeners + 1, 'the open viewer listens for the back gesture');
  assert.equal(await page.evaluate(() => history.length), baseline.history + 1, 'and pushed one entry');
  // The page removes the widget (a single-page app navigating).
  await page.evaluate(() => document.getElementById('target').remove());
  await page.waitForFunction(() => window.HighlightCards.count().then((n) => n === 0));
  await page.waitForFunction(() => !history.state?.highlightCardsLightbox, null, { timeout: 5000 });
  assert.equal(await popstateListeners(), baseline.listeners, 'listener removed with the widget');
  // Back (and forward again) on the page: nothing of ours answers, nothing throws.
  await page.evaluate(() => new Promise((resolve) => {
    history.pushState({ page: 2 }, '');
    addEventListener('popstate', resolve, { once: true });
    history.back();
  }));
  assert.deepEqual(problems.filter((p) => p.startsWith('page error')), []);
  await context.close();
});

test('unmounted in any state (loading, viewer zoomed, mid-swipe), a widget leaves no listener on window or document, and the page keeps working', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 700 });
  await page.goto(`${servers.pages.origin}/test/lifetime.html`);
  await page.evaluate(() => window.HighlightCards.ready);
  const cdp = await context.newCDPSession(page);
  const listeners = () => listenerCounts(cdp);
  const photo = (n) => ({ src: `${servers.assets.origin}/photos/dau-an-doi-ngoai-2023/0${n}-480.jpg`, width: 3, height: 2, alt: `Ảnh ${n}` });
  const data = { id: 'st', title: 'Trạng thái', cards: [1, 2, 3].map((n) => ({ headline: `Thẻ ${n}`, photo: photo(n) })) };
  const mount = (attrs) => page.evaluate(async ({ attrs, data }) => {
    const el = document.createElement('highlight-cards');
    el.id = 'st';
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.body.append(el);
    if (!attrs.src) await window.HighlightCards.mount(el, data);
  }, { attrs, data });
  const unmountAndUse = async () => {
    await page.evaluate(() => document.getElementById('st').remove());
    await page.waitForFunction(() => window.HighlightCards.count().then((n) => n === 0));
    await page.waitForFunction(() => !history.state?.highlightCardsLightbox);
    // Use the page: resize, scroll, keys, Back.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.mouse.wheel(0, 300);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await page.evaluate(() => new Promise((resolve) => {
      history.pushState({ page: 'x' }, '');
      addEventListener('popstate', resolve, { once: true });
      history.back();
    }));
    await page.setViewportSize({ width: 375, height: 700 });
  };
  // One widget mounted and removed first: the page-wide listeners the
  // embed installs once (first interaction, printing) are in the baseline.
  await mount({});
  await page.waitForFunction(() => document.getElementById('st').shadowRoot?.querySelector('.hc-card'));
  await unmountAndUse();
  const baseline = await listeners();

  // Loading: a source that never answers.
  await mount({ src: `${servers.assets.origin}/fault/stall.json`, timeout: '60000' });
  await page.waitForFunction(() => window.HighlightCards.count().then((n) => n === 1));
  await unmountAndUse();
  assert.deepEqual(await listeners(), baseline, 'after unmounting while loading');

  // The viewer open and zoomed.
  await mount({});
  await page.waitForFunction(() => document.getElementById('st').shadowRoot?.querySelector('.hc-zoom'));
  await page.evaluate(() => document.getElementById('st').shadowRoot.querySelector('.hc-zoom').click());
  await page.waitForFunction(() => document.getElementById('st').shadowRoot.querySelector('dialog')?.open);
  await page.evaluate(() => document.getElementById('st').shadowRoot.querySelector('.hc-lb-stage').dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: 180, clientY: 300 })));
  await page.waitForFunction(() => /scale\(/.test(document.getElementById('st').shadowRoot.querySelector('.hc-lb-img').style.transform));
  await unmountAndUse();
  assert.deepEqual(await listeners(), baseline, 'after unmounting with the viewer zoomed');

  // A carousel mid-swipe: a pointer down on the track, never released.
  await mount({ layout: 'carousel' });
  await page.waitForFunction(() => document.getElementById('st').shadowRoot?.querySelector('.hc-track .hc-card'));
  const box = await page.evaluate(() => {
    const r = document.getElementById('st').shadowRoot.querySelector('.hc-track').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + 40 };
  });
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x - 80, box.y);
  await unmountAndUse();
  await page.mouse.up();
  assert.deepEqual(await listeners(), baseline, 'after unmounting mid-swipe');

  assert.deepEqual(problems.filter((p) => p.startsWith('page error')), []);
  await context.close();
});

test('cardview fires once per card as it comes into view', async () => {
  const { page, context } = await openPage(browser, { width: 375, height: 700 });
  await recordEvents(context);
  await page.goto(`${servers.pages.origin}/three-widgets.html`);
  await waitForCards(page, { 'w-a': 2, 'w-c': 10 });
  await page.evaluate(() => document.getElementById('w-c').shadowRoot.querySelector('li.hc-card[value="5"]').scrollIntoView({ block: 'center' }));
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'highlight-cards:cardview' && e.target === 'w-c' && e.detail.number === 5));
  // A probe watching card 5 with the widget's thresholds: intersection
  // observers are notified in the order they were created, so once the
  // probe has seen the card leave and come back, so has the widget.
  await page.evaluate(() => {
    const card = document.getElementById('w-c').shadowRoot.querySelector('li.hc-card[value="5"]');
    window.__probe = [];
    new IntersectionObserver((entries) => {
      for (const e of entries) window.__probe.push(e.isIntersecting && e.intersectionRect.height >= Math.min(e.boundingClientRect.height, innerHeight) / 2 ? 'in' : 'out');
    }, { threshold: [0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1] }).observe(card);
  });
  await page.waitForFunction(() => window.__probe.at(-1) === 'in');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => window.__probe.at(-1) === 'out');
  await page.evaluate(() => document.getElementById('w-c').shadowRoot.querySelector('li.hc-card[value="5"]').scrollIntoView({ block: 'center' }));
  await page.waitForFunction(() => window.__probe.at(-1) === 'in');
  const views = await page.evaluate(() => window.__events.filter((e) => e.type === 'highlight-cards:cardview' && e.target === 'w-c' && e.detail.number === 5));
  assert.equal(views.length, 1);
  assert.equal(views[0].detail.id, 'dau-an-doi-ngoai-2023');
  assert.equal(views[0].detail.cardId, 'w-c-5', 'the host\'s own id names its cards');
  assert.ok(views[0].detail.headline.length > 0);
  await context.close();
});

test('failing sources: 404, timeout, CORS refusal, invalid JSON and no data each explain themselves; the rest renders', async () => {
  const { page, problems, context } = await openPage(browser);
  await recordEvents(context);
  await page.goto(`${servers.pages.origin}/test/failures.html`);
  await waitForCards(page, { 'f-ok': 5 });
  const ids = ['f-404', 'f-timeout', 'f-cors', 'f-invalid', 'f-empty'];
  await page.waitForFunction((ids) => ids.every((id) => document.getElementById(id).shadowRoot?.querySelector('.hc-error')), ids, { timeout: 10000 });
  const shown = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => {
    const box = document.getElementById(id).shadowRoot.querySelector('.hc-error');
    return [id, {
      title: box.querySelector('.hc-error-title').textContent,
      hint: box.querySelector('.hc-error-hint').textContent,
      details: box.querySelector('.hc-error-list')?.textContent ?? null,
    }];
  })), ids);
  // Readers get a loading failure in their language, no technical text.
  assert.deepEqual(shown['f-404'], { title: 'Không tải được nội dung này', hint: 'Hãy kiểm tra kết nối mạng và tải lại trang.', details: null });
  assert.deepEqual(shown['f-cors'], { title: 'This content could not be loaded', hint: 'Check your connection and reload the page.', details: null });
  // With the opt-in `debug` attribute, the details show too; data errors are worded as such.
  assert.equal(shown['f-timeout'].title, 'Không tải được nội dung này');
  assert.match(shown['f-timeout'].details, /did not answer within 1\.5 s/);
  assert.equal(shown['f-invalid'].title, 'Không thể hiển thị nội dung này');
  assert.match(shown['f-invalid'].details, /invalid JSON/);
  assert.match(shown['f-empty'].details, /no data/);
  // The details always go to the error event (and the console).
  const errors = await page.evaluate(() => Object.fromEntries(window.__events.filter((e) => e.type === 'highlight-cards:error').map((e) => [e.target, e.detail.errors.join('\n')])));
  assert.deepEqual(Object.keys(errors).sort(), [...ids].sort());
  assert.match(errors['f-404'], /answered HTTP 404/);
  assert.match(errors['f-cors'], /does not allow cross-origin requests/);
  assert.ok(!problems.some((p) => p.startsWith('page error')), problems.join('\n'));
  assert.ok(await page.isVisible('#host-text'));
  await page.screenshot({ path: path.join(outputDir, 'screenshots', 'failures-1280.png'), fullPage: true });
  await context.close();
});

test('a classic defer script tag works too', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(`${servers.pages.origin}/test/classic.html`);
  await waitForCards(page, { w: 5 });
  assert.equal(await page.evaluate(() => typeof window.HighlightCards.mount), 'function');
  assert.deepEqual(problems, []);
  await context.close();
});

test('layout attribute: grid puts cards in columns when the widget (not the window) is wide', async () => {
  const { page, problems, context } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${servers.pages.origin}/test/theming.html`);
  await waitForCards(page, { grid: 10, 'grid-narrow': 10, plain: 5 });
  const columns = await page.evaluate(() => Object.fromEntries(['grid', 'grid-narrow', 'plain'].map((id) => {
    const tops = [...document.getElementById(id).shadowRoot.querySelectorAll('li.hc-card')].slice(0, 3).map((li) => Math.round(li.getBoundingClientRect().top));
    return [id, new Set(tops).size === 1 ? 3 : tops[0] === tops[1] ? 2 : 1];
  })));
  assert.deepEqual(columns, { grid: 3, 'grid-narrow': 1, plain: 1 });
  await page.locator('#grid').screenshot({ path: path.join(outputDir, 'screenshots', 'layout-grid-1280.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('theming: custom properties and ::part() reach the widget; nothing else does', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(`${servers.pages.origin}/test/theming.html`);
  await waitForCards(page, { themed: 5, plain: 5 });
  const style = await page.evaluate(() => Object.fromEntries(['themed', 'plain'].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    const cs = (sel) => getComputedStyle(root.querySelector(sel));
    return [id, {
      badge: cs('.hc-number').backgroundColor,
      headline: cs('.hc-headline').color,
      headFont: cs('.hc-title').fontFamily,
      radius: cs('.hc-frame').borderTopLeftRadius,
      credit: cs('.hc-credit').fontStyle,
    }];
  })));
  assert.deepEqual(style.themed, { badge: 'rgb(0, 90, 160)', headline: 'rgb(0, 90, 160)', headFont: '"DejaVu Sans", sans-serif', radius: '0px', credit: 'italic' });
  assert.equal(style.plain.badge, 'rgb(168, 32, 26)');
  assert.equal(style.plain.credit, 'normal');
  assert.deepEqual(problems, []);
  await context.close();
});
