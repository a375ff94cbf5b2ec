// Reading on a phone, with a keyboard and with a screen reader: layouts,
// touch, the photo viewer, deep links, images, accessibility, themes,
// languages and print — in headless Chromium with mobile emulation.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, loadAllImages, outputDir, repo, steady, scrollSettled, frames } from './harness.mjs';

useServersAndBrowser();
let axeSource;
const shots = path.join(outputDir, 'screenshots', 'layouts');
before(async () => {
  axeSource = await fs.readFile(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await fs.mkdir(shots, { recursive: true });
});

const PHONE = { width: 375, height: 667, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
/** The photo viewer's double-tap window, in ms: a tap is shorter than this, and
 * two taps this close toggle the zoom (`DOUBLE_TAP_MS` in
 * src/components/hooks/zoom_gesture.rs). */
const DOUBLE_TAP_MS = 350;
const ID = 'dau-an-doi-ngoai-2023';
/** The host's own id, which names its cards' ids and deep links (links with the collection's id land here too). */
const ANCHOR = 'w';

/** Records the `highlight-cards:ready` event's detail in `window.__hcReady`. */
const recordReady = (page) => page.addInitScript(() => {
  window.__hcReady = null;
  document.addEventListener('highlight-cards:ready', (e) => { window.__hcReady = e.detail; });
});

/** Layout and scrolling of the page and of widget #w: for telling when they are at rest. */
const layoutState = () => {
  const host = document.getElementById('w');
  const article = host.shadowRoot?.querySelector('article.hc');
  const r = host.getBoundingClientRect();
  return [scrollX, scrollY, document.documentElement.scrollWidth, document.documentElement.scrollHeight, r.width, r.height,
    article?.className, ...window.__hcAll('.hc-track').map((t) => t.scrollLeft)];
};

async function openReader(query, options = {}, hash = '') {
  const opened = await openPage(browser, options);
  await recordReady(opened.page);
  await opened.page.goto(`${servers.pages.origin}/test/reader.html?${query}${hash}`);
  await opened.page.waitForFunction(() => window.__hcReady && document.getElementById('w').shadowRoot?.querySelectorAll('.hc-card').length === 10, null, { timeout: 20000 });
  // Ready, then at rest: the layout chosen, a deep link followed.
  await steady(opened.page, layoutState);
  return opened;
}

/** Evaluates `fn(shadowRoot, arg)` in the page. */
const inWidget = (page, fn, arg) => page.evaluate(({ src, arg }) => new Function('root', 'arg', `return (${src})(root, arg)`)(document.getElementById('w').shadowRoot, arg), { src: fn.toString(), arg });

const position = (page) => inWidget(page, (root) => root.querySelector('.hc-position').dataset.label);

test('touch: swiping the carousel moves to card 2 without sideways page scroll; vertical scrolling still works over it', async () => {
  const { page, problems, context } = await openReader('layout=carousel', PHONE);
  const cdp = await context.newCDPSession(page);
  // Real touch input (touchstart/move/end), which the browser turns into scrolling.
  const drag = async (x0, y0, dx, dy) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + (dx * i) / 10, y: y0 + (dy * i) / 10 }] });
      await frames(page); // one move per frame, as a finger does
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await inWidget(page, (root) => root.querySelector('.hc-track').scrollIntoView({ block: 'start' }));
  const box = await inWidget(page, (root) => {
    const r = root.querySelector('.hc-track').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: Math.min(r.top + 150, innerHeight - 100) };
  });
  assert.equal(await position(page), '1 / 10');
  // Every button and block link is at least 44 × 44 px (links inside a sentence are exempt, as in WCAG 2.5.8).
  const small = await inWidget(page, (root) => [...root.querySelectorAll('button, a[href]')]
    .filter((el) => !el.closest('[inert]') && !el.closest('dialog') && getComputedStyle(el).display !== 'inline')
    .map((el) => { const r = el.getBoundingClientRect(); return [el.className, Math.round(r.width), Math.round(r.height)]; })
    .filter(([, w, h]) => w < 44 || h < 44));
  assert.deepEqual(small, [], 'tap targets of at least 44 × 44 px');
  await drag(box.x + 100, box.y, -220, 0);
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.hc-position').dataset.label === '2 / 10', null, { timeout: 5000 });
  await scrollSettled(page); // the swipe's momentum and snap are over
  const after = await page.evaluate(() => ({
    scrollX: window.scrollX,
    pageWider: document.documentElement.scrollWidth - window.innerWidth,
    track: (() => { const t = document.getElementById('w').shadowRoot.querySelector('.hc-track'); return Math.round(t.scrollLeft / t.clientWidth); })(),
  }));
  assert.deepEqual(after, { scrollX: 0, pageWider: 0, track: 1 });

  const y0 = await page.evaluate(() => window.scrollY);
  await drag(box.x, box.y, 0, -250);
  await scrollSettled(page);
  const y1 = await page.evaluate(() => window.scrollY);
  assert.ok(y1 > y0 + 100, `page scrolled vertically over the carousel (${y0} → ${y1})`);
  assert.equal(await position(page), '2 / 10');
  assert.deepEqual(problems, []);
  await context.close();
});

test('touch: tapping a photo opens the viewer; double-tap and pinch zoom; Esc closes and returns focus', async () => {
  const { page, problems, context } = await openReader('layout=list', PHONE);
  const cdp = await context.newCDPSession(page);
  const zoom = await inWidget(page, (root) => {
    const b = root.querySelector('.hc-zoom');
    b.scrollIntoView({ block: 'center' });
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.touchscreen.tap(zoom.x, zoom.y);
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('dialog.hc-lightbox')?.open);
  const opened = await inWidget(page, (root) => ({
    focus: root.activeElement?.className,
    count: root.querySelector('.hc-lb-count').textContent,
    credit: root.querySelector('.hc-lightbox .hc-credit').textContent,
    src: root.querySelector('.hc-lb-img').getAttribute('src'),
  }));
  assert.equal(opened.focus, 'hc-lb-button hc-lb-close');
  assert.equal(opened.count, '1 / 10');
  assert.equal(opened.credit, 'Ảnh: Nguyễn Hồng');
  assert.match(opened.src, /01-1600\.jpg$/);

  const transform = () => inWidget(page, (root) => root.querySelector('.hc-lb-img').style.transform);
  // The zoom as it is once input has stopped changing it.
  const restingTransform = () => steady(page, () => document.getElementById('w').shadowRoot.querySelector('.hc-lb-img').style.transform);
  const stage = await inWidget(page, (root) => { const r = root.querySelector('.hc-lb-stage').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  // A double tap is defined by time: the viewer toggles the zoom on two taps
  // within DOUBLE_TAP_MS (and 40 px) of each other. The taps go one animation
  // frame apart, and the gap the page saw is checked to be inside the window.
  await page.evaluate(() => {
    window.__taps = [];
    document.addEventListener('pointerup', (e) => window.__taps.push(e.timeStamp), true);
  });
  const doubleTap = async () => {
    const before = await page.evaluate(() => window.__taps.length);
    await page.touchscreen.tap(stage.x, stage.y);
    await frames(page);
    await page.touchscreen.tap(stage.x, stage.y);
    const [t0, t1] = await page.evaluate((n) => window.__taps.slice(n), before);
    assert.ok(t1 - t0 < DOUBLE_TAP_MS, `the two taps came ${Math.round(t1 - t0)} ms apart, inside the ${DOUBLE_TAP_MS} ms double-tap window`);
  };
  await doubleTap();
  await page.waitForFunction(() => /scale\(2\.5\)/.test(document.getElementById('w').shadowRoot.querySelector('.hc-lb-img').style.transform));
  assert.match(await restingTransform(), /scale\(2\.5\)/, 'double tap zooms in (and the dblclick that may follow does not undo it)');
  await doubleTap();
  await page.waitForFunction(() => /scale\(1\)/.test(document.getElementById('w').shadowRoot.querySelector('.hc-lb-img').style.transform));
  assert.match(await restingTransform(), /scale\(1\)/, 'double tap again zooms out');

  await cdp.send('Input.synthesizePinchGesture', { x: Math.round(stage.x), y: Math.round(stage.y), scaleFactor: 2.2, gestureSourceType: 'touch', relativeSpeed: 400 });
  const pinched = Number((await restingTransform()).match(/scale\(([\d.]+)\)/)[1]);
  assert.ok(pinched > 1.5, `pinch zoomed to ${pinched}`);

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.getElementById('w').shadowRoot.querySelector('dialog.hc-lightbox').open);
  assert.equal(await inWidget(page, (root) => root.activeElement?.classList.contains('hc-zoom')), true, 'focus back on the photo');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the viewer: swipe and arrow keys move between photos; the back gesture closes it', async () => {
  const { page, problems, context } = await openReader('layout=list', PHONE);
  const historyLength = await page.evaluate(() => history.length);
  await inWidget(page, (root) => root.querySelector('.hc-zoom').click());
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('dialog.hc-lightbox')?.open);
  const count = () => inWidget(page, (root) => root.querySelector('.hc-lb-count').textContent);
  const stage = await inWidget(page, (root) => { const r = root.querySelector('.hc-lb-stage').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  const cdp = await context.newCDPSession(page);
  const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', stage.x + 100, stage.y);
  for (let i = 1; i <= 5; i++) await touch('touchMove', stage.x + 100 - i * 40, stage.y);
  await touch('touchEnd');
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.hc-lb-count').textContent !== '1 / 10');
  assert.equal(await count(), '2 / 10', 'swipe left shows the next photo');
  await page.keyboard.press('ArrowRight');
  assert.equal(await count(), '3 / 10');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await count(), '2 / 10');
  await page.goBack();
  await page.waitForFunction(() => !document.getElementById('w').shadowRoot.querySelector('dialog.hc-lightbox').open);
  assert.equal(await page.evaluate(() => history.length), historyLength + 1, 'one entry while open, consumed by back');
  assert.ok(page.url().includes('/test/reader.html'), 'still on the article');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Tabs through the page and lists the widget's controls as they receive focus. */
async function tabSequence(page, presses) {
  const seen = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const desc = await page.evaluate(() => {
      const host = document.getElementById('w');
      if (document.activeElement !== host) return null;
      const el = host.shadowRoot.activeElement;
      return el ? `${el.tagName.toLowerCase()}.${el.className}|${el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 30)}` : null;
    });
    if (desc) seen.push(desc);
  }
  return seen;
}

test('keyboard only: every control is reachable in order and works; arrow keys move the carousel', async () => {
  const { page, problems, context } = await openReader('layout=carousel', { width: 1280, height: 900 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: servers.pages.origin });
  const expected = await inWidget(page, (root) =>
    [...root.querySelectorAll('a[href], button')]
      .filter((el) => !el.disabled && !el.closest('[inert]') && !el.closest('dialog'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}|${el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 30)}`),
  );
  const seen = await tabSequence(page, expected.length + 6);
  assert.deepEqual(seen.slice(0, expected.length), expected);
  assert.ok(expected.some((e) => e.startsWith('button.hc-nav hc-next')) && expected.some((e) => e.includes('hc-zoom')) && expected.some((e) => e.includes('hc-share')));

  // Operate them: Enter and Space on buttons, arrows, Home/End on the carousel.
  await inWidget(page, (root) => root.querySelector('.hc-next').focus());
  await page.keyboard.press('Enter');
  assert.equal(await position(page), '2 / 10');
  await page.keyboard.press(' ');
  assert.equal(await position(page), '3 / 10');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await position(page), '2 / 10');
  await page.keyboard.press('End');
  assert.equal(await position(page), '10 / 10');
  await page.keyboard.press('Home');
  assert.equal(await position(page), '1 / 10');
  await page.keyboard.press('ArrowRight');
  // The smooth scroll to slide 2 has ended and the slides' state follows it.
  await steady(page, () => {
    const root = document.getElementById('w').shadowRoot;
    return [root.querySelector('.hc-track').scrollLeft, root.querySelector('.hc-position').dataset.label, ...[...root.querySelectorAll('.hc-slide')].map((s) => s.inert)];
  });
  assert.equal(await position(page), '2 / 10');
  const inert = await inWidget(page, (root) => [...root.querySelectorAll('.hc-slide')].map((s) => s.inert));
  assert.deepEqual(inert, [true, false, true, true, true, true, true, true, true, true], 'only the slide in view is reachable');

  await inWidget(page, (root) => root.querySelector('.hc-slide--current .hc-zoom').focus());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('dialog.hc-lightbox')?.open);
  await page.keyboard.press('Tab');
  assert.ok(await inWidget(page, (root) => !!root.activeElement?.closest('dialog')), 'focus stays in the viewer');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.getElementById('w').shadowRoot.querySelector('dialog.hc-lightbox').open);
  assert.equal(await inWidget(page, (root) => root.activeElement?.classList.contains('hc-zoom')), true);

  await inWidget(page, (root) => root.querySelector('.hc-slide--current .hc-share').focus());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('[role=status]').textContent !== '');
  assert.equal(await inWidget(page, (root) => root.querySelector('[role=status]').textContent), 'Đã sao chép liên kết thẻ 2');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), new RegExp(`/test/reader\\.html\\?layout=carousel#${ANCHOR}-2$`));
  assert.deepEqual(problems, []);
  await context.close();
});

for (const layout of ['list', 'grid', 'carousel']) {
  test(`axe-core: no violations in the ${layout} layout (light and dark, 320/375/1280 px); screenshots`, async () => {
    for (const theme of ['light', 'dark']) {
      for (const width of [320, 375, 1280]) {
        const { page, problems, context } = await openReader(`layout=${layout}&theme=${theme}`, { width, height: 900, colorScheme: theme });
        await loadAllImages(page);
        if (width !== 320) await page.screenshot({ path: path.join(shots, `${layout}-${theme}-${width}.png`) });
        await page.addScriptTag({ content: axeSource });
        const run = () => page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`);
        });
        assert.deepEqual(await run(), [], `${layout} ${theme} ${width}px`);
        if (layout !== 'grid' && width !== 320) {
          await inWidget(page, (root) => (root.querySelector('.hc-slide--current .hc-zoom') ?? root.querySelector('.hc-zoom')).click());
          await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('dialog.hc-lightbox')?.open);
          // The large photo has loaded and is decoded, so the screenshot shows it.
          await page.waitForFunction(() => { const img = document.getElementById('w').shadowRoot.querySelector('.hc-lb-img'); return img?.complete && img.naturalWidth > 0; }, null, { timeout: 10000 });
          await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('.hc-lb-img').decode());
          await frames(page, 2);
          if (layout === 'list') await page.screenshot({ path: path.join(shots, `viewer-${theme}-${width}.png`) });
          assert.deepEqual(await run(), [], `${layout} ${theme} ${width}px with the viewer open`);
        }
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  });
}

test('carousel with share buttons off and cards without photos: the track takes focus, arrows move it, axe finds no violations', async () => {
  const { page, problems, context } = await openPage(browser, { width: 375, height: 800 });
  await recordReady(page);
  // The demo without its photos: no slide then holds anything focusable.
  await page.route('**/dau-an-doi-ngoai-2023.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    for (const card of data.cards) delete card.photo;
    await route.fulfill({ response, json: data });
  });
  await page.goto(`${servers.pages.origin}/test/reader.html?layout=carousel&share=off`);
  await page.waitForFunction(() => window.__hcReady && document.getElementById('w').shadowRoot?.querySelectorAll('.hc-card').length === 10);
  await steady(page, layoutState);
  assert.equal(await inWidget(page, (root) => root.querySelectorAll('.hc-zoom, .hc-share').length), 0);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(' | ')}`));
  assert.deepEqual(violations, []);
  // Tab reaches the track after the controls; the arrow keys then move the carousel.
  await inWidget(page, (root) => root.querySelector('.hc-next').focus());
  await page.keyboard.press('Tab');
  assert.equal(await inWidget(page, (root) => root.activeElement?.className), 'hc-track');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.hc-position').dataset.label === '2 / 10');
  assert.deepEqual(problems, []);
  await context.close();
});

test('deep link #…-7 shows card 7 on load in the list and the carousel (a link with the collection\'s id too); the URL follows the card in view', async () => {
  for (const layout of ['list', 'carousel']) {
    // openReader waits until the page is at rest, the deep link followed.
    const { page, problems, context } = await openReader(`layout=${layout}`, PHONE, `#${ID}-7`);
    const shown = await inWidget(page, (root, id) => {
      const card = root.getElementById(`${id}-7`);
      const r = card.getBoundingClientRect();
      return { top: Math.round(r.top), left: Math.round(r.left), position: root.querySelector('.hc-position')?.dataset.label ?? null };
    }, ANCHOR);
    assert.ok(shown.top >= -5 && shown.top < 667, `${layout}: card 7 top ${shown.top} in the viewport`);
    assert.ok(shown.left >= 0 && shown.left < 375, `${layout}: card 7 left ${shown.left}`);
    if (layout === 'carousel') assert.equal(shown.position, '7 / 10');
    assert.deepEqual(problems, []);
    await context.close();
  }
  // Scrolling (list) and moving (carousel) update the fragment with replaceState.
  for (const layout of ['list', 'carousel']) {
    const { page, context } = await openReader(`layout=${layout}`, PHONE);
    const length = await page.evaluate(() => history.length);
    if (layout === 'list') {
      await page.mouse.wheel(0, 10);
      await inWidget(page, (root, id) => root.getElementById(`${id}-3`).scrollIntoView({ block: 'start' }), ANCHOR);
    } else {
      await inWidget(page, (root) => root.querySelector('.hc-carousel').scrollIntoView({ block: 'start' }));
      await page.locator('#w .hc-next').click();
    }
    await page.waitForFunction((id) => location.hash.endsWith(`${id}-${'3'}`) || location.hash.endsWith(`${id}-2`), ANCHOR, { timeout: 5000 });
    const hash = await page.evaluate(() => location.hash);
    assert.equal(hash, layout === 'list' ? `#${ANCHOR}-3` : `#${ANCHOR}-2`);
    assert.equal(await page.evaluate(() => history.length), length, 'no history entries added');
    await context.close();
  }
});

test('a broken photo keeps its caption and credit, shows a placeholder, and nothing shifts (CLS 0)', async () => {
  const { page, context } = await openPage(browser, { width: 375, height: 667 });
  // The broken photo's answer (a 404) is held back until the test has
  // measured the page as it was with the photo still loading.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/photos\/khong-co\.jpg$/, async (route) => { await held; await route.fulfill({ status: 404, body: 'not found' }); });
  await recordReady(page);
  await page.goto(`${servers.pages.origin}/test/broken-image.html`);
  await page.waitForFunction(() => window.__hcReady && document.getElementById('w').shadowRoot?.querySelectorAll('li.hc-card').length === 3);
  await steady(page, layoutState);
  assert.equal(await inWidget(page, (root) => root.querySelector('.hc-frame--failed')), null, 'the photo has not failed yet');
  const before = await inWidget(page, (root) => {
    window.__shifts = [];
    window.__shiftObserver = new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)));
    window.__shiftObserver.observe({ type: 'layout-shift' });
    const frame = root.querySelectorAll('.hc-card')[1].querySelector('.hc-frame');
    const third = root.querySelectorAll('.hc-card')[2];
    return { frame: Math.round(frame.getBoundingClientRect().height), third: Math.round(third.getBoundingClientRect().top + scrollY) };
  });
  await inWidget(page, (root) => root.querySelectorAll('.hc-card')[1].scrollIntoView({ block: 'center' }));
  await scrollSettled(page);
  release();
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.hc-frame--failed'), null, { timeout: 5000 });
  // At rest, then any layout shift of those frames (recorded as they are
  // painted) is in the observer's buffer if not yet delivered: take it.
  await steady(page, layoutState);
  const result = await inWidget(page, (root) => {
    window.__shifts.push(...window.__shiftObserver.takeRecords().map((e) => e.value));
    const card = root.querySelectorAll('.hc-card')[1];
    return {
      frame: Math.round(card.querySelector('.hc-frame').getBoundingClientRect().height),
      third: Math.round(root.querySelectorAll('.hc-card')[2].getBoundingClientRect().top + scrollY),
      placeholder: card.querySelector('.hc-img-failed').textContent,
      caption: card.querySelector('.hc-caption-text').textContent,
      credit: card.querySelector('.hc-credit').textContent,
      cls: window.__shifts.reduce((a, b) => a + b, 0),
    };
  });
  assert.equal(result.frame, before.frame);
  assert.equal(result.third, before.third);
  assert.equal(result.placeholder, 'Không tải được ảnh');
  assert.equal(result.caption, 'Chú thích vẫn còn.');
  assert.equal(result.credit, 'Nguồn: TTXVN');
  assert.equal(result.cls, 0, 'cumulative layout shift after the widget rendered');
  await page.screenshot({ path: path.join(shots, 'broken-photo-375.png') });
  await context.close();
});

test('auto layout follows the widget width, not the window', async () => {
  const layoutOf = (page) => inWidget(page, (root) => root.querySelector('article.hc').className.match(/hc--(list|grid|carousel)/)[1]);
  const wide = await openReader('layout=auto', { width: 1280, height: 900 });
  assert.equal(await layoutOf(wide.page), 'grid');
  await wide.context.close();
  const column = await openReader('layout=auto&column=700px', { width: 1280, height: 900 });
  assert.equal(await layoutOf(column.page), 'list', 'a 700 px article column on a wide window');
  await column.page.evaluate(() => document.documentElement.style.setProperty('--column', '360px'));
  await column.page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('article.hc--carousel'));
  assert.equal(await layoutOf(column.page), 'carousel');
  await column.context.close();
  const phone = await openReader('layout=auto', PHONE);
  assert.equal(await layoutOf(phone.page), 'carousel');
  await phone.context.close();
});

test('languages: English UI on Vietnamese content; decomposed (NFD) text renders as NFC', async () => {
  const en = await openReader('layout=carousel&lang=en', { width: 375, height: 700 });
  const words = await inWidget(en.page, (root) => ({
    next: root.querySelector('.hc-next').getAttribute('aria-label'),
    // The word is drawn by the stylesheet from data-label (no text node).
    share: getComputedStyle(root.querySelector('.hc-share .hc-label'), '::after').content,
    position: getComputedStyle(root.querySelector('.hc-position'), '::before').content,
    content: root.querySelector('article.hc').getAttribute('lang'),
    credit: root.querySelector('.hc-credit-label').textContent,
  }));
  // The credit label is part of the content, so it stays Vietnamese.
  assert.deepEqual(words, { next: 'Next card', share: '"Share"', position: '"1 / 10"', content: 'vi', credit: 'Ảnh: ' });
  await en.context.close();

  const { page, context } = await openPage(browser);
  await page.goto(`${servers.pages.origin}/test/dynamic.html`);
  await page.waitForFunction(() => window.HighlightCards);
  const texts = await page.evaluate(async () => {
    const data = JSON.stringify({
      id: 'nfd', title: 'Dấu ấn đối ngoại năm 2023',
      cards: [{ headline: 'Quần thể Vịnh Hạ Long', photo: { src: 'x.jpg', width: 3, height: 2, alt: 'Ảnh', caption: 'Di sản thiên nhiên thế giới. (Nguồn: Tuổi trẻ)' }, body: ['Hội đồng giám mục Việt Nam'] }],
    }).normalize('NFD');
    const div = document.createElement('div');
    document.body.append(div);
    await window.HighlightCards.mount(div, data);
    const walker = document.createTreeWalker(div.shadowRoot, NodeFilter.SHOW_TEXT);
    const all = [];
    while (walker.nextNode()) if (walker.currentNode.data.trim()) all.push(walker.currentNode.data);
    return { all, credit: div.shadowRoot.querySelector('.hc-credit')?.textContent, title: div.shadowRoot.querySelector('.hc-title').textContent };
  });
  assert.ok(texts.all.length > 5);
  for (const t of texts.all) assert.equal(t, t.normalize('NFC'), `not NFC: ${t}`);
  assert.equal(texts.title, 'Dấu ấn đối ngoại năm 2023');
  assert.equal(texts.credit, 'Nguồn: Tuổi trẻ', 'the credit label is found in decomposed text');
  await context.close();
});

test('Save-Data: smaller photos', async () => {
  const opened = await openPage(browser, { width: 1280, height: 900, deviceScaleFactor: 2 });
  await opened.context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  await opened.page.goto(`${servers.pages.origin}/test/reader.html?layout=list`);
  await opened.page.waitForFunction(() => document.getElementById('w').shadowRoot?.querySelector('img.hc-img'));
  const imgs = await inWidget(opened.page, (root) => [...root.querySelectorAll('img.hc-img')].map((i) => [i.getAttribute('src'), i.hasAttribute('srcset')]));
  assert.ok(imgs.every(([src, srcset]) => src.endsWith('-480.jpg') && !srcset), JSON.stringify(imgs.slice(0, 2)));
  await opened.context.close();
});

test('print: every card expanded with photo, caption and credit, whatever the layout', async () => {
  for (const layout of ['carousel', 'grid']) {
    const { page, context } = await openReader(`layout=${layout}`, { width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const printed = await inWidget(page, (root) => ({
      cards: [...root.querySelectorAll('.hc-card')].map((c) => {
        const r = c.getBoundingClientRect();
        return r.height > 100 && r.left >= 0 && r.left < 1280 && !!c.querySelector('img') && !!c.querySelector('.hc-credit');
      }),
      // Each on-screen control, per layout: absent, or present and not rendered on paper.
      controls: Object.fromEntries(['.hc-controls', '.hc-index', '.hc-share'].map((s) => {
        const all = [...root.querySelectorAll(s)];
        return [s, all.length === 0 ? 'absent' : all.every((el) => !el.checkVisibility()) ? 'hidden' : 'shown'];
      })),
      lefts: new Set([...root.querySelectorAll('.hc-card')].map((c) => Math.round(c.getBoundingClientRect().left))).size,
    }));
    assert.deepEqual(printed.cards, Array(10).fill(true), layout);
    const onScreenOnly = layout === 'carousel' ? 'hidden' : 'absent'; // the carousel's controls and index
    assert.deepEqual(printed.controls, { '.hc-controls': onScreenOnly, '.hc-index': onScreenOnly, '.hc-share': 'hidden' }, layout);
    assert.equal(printed.lefts, 1, `${layout}: one column on paper`);
    await page.pdf({ path: path.join(outputDir, `print-${layout}.pdf`) });
    await context.close();
  }
});

test('reduced motion: the carousel jumps instead of animating', async () => {
  const { page, context } = await openReader('layout=carousel', { width: 375, height: 700, reducedMotion: 'reduce' });
  const left = await inWidget(page, (root) => {
    root.querySelector('.hc-next').click();
    const t = root.querySelector('.hc-track');
    return [t.scrollLeft, t.clientWidth];
  });
  assert.equal(left[0], left[1]);
  await context.close();
});
