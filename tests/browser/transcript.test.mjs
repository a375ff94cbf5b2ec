// What a screen reader says. @guidepup/virtual-screen-reader
// (its browser bundle, injected into the page) walks the widget from start
// to end with next(); the spoken phrases are written to
// tests/browser/output/screenshots/transcripts/{list,carousel,viewer}.txt and
// checked for content and reading order: headline, then the photo's alt
// text, its caption, its credit, then the body; the carousel's controls and
// position; the photo viewer's name, photo, caption, credit, count and buttons.
// The reader does not cross shadow boundaries, so it starts on an element
// inside the widget's shadow root.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, outputDir, repo } from './harness.mjs';

useServersAndBrowser();
const out = path.join(outputDir, 'screenshots', 'transcripts');
let vsrSource;
let demo;
before(async () => {
  vsrSource = await fs.readFile(path.join(repo, 'node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js'), 'utf8');
  demo = JSON.parse(await fs.readFile(path.join(repo, 'static/demo/dau-an-doi-ngoai-2023.json'), 'utf8'));
  await fs.mkdir(out, { recursive: true });
});

const VSR_PATH = '/__test-vendor/virtual-screen-reader.js';

/** Opens a test page (reader.html with the demo collection by default)
 * once widget `host` has `cards` cards, and makes `window.__virtual` available. */
async function openReader(query, viewport = { width: 375, height: 812 }, { page = 'reader.html', host = 'w', cards = 10 } = {}) {
  const opened = await openPage(browser, viewport);
  await opened.page.route(`**${VSR_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: vsrSource }));
  await opened.page.goto(`${servers.pages.origin}/test/${page}?${query}`);
  await opened.page.waitForFunction(([host, cards]) => document.getElementById(host).shadowRoot?.querySelectorAll('.hc-card').length === cards, [host, cards], { timeout: 20000 });
  await opened.page.addScriptTag({ type: 'module', content: `import { virtual } from '${VSR_PATH}'; window.__virtual = virtual;` });
  await opened.page.waitForFunction(() => window.__virtual);
  return opened;
}

/**
 * Starts the virtual screen reader on the element `selector` in the widget's
 * shadow root and moves with next() until it wraps round to its first
 * phrase; returns every phrase spoken.
 */
function transcript(page, selector, host = 'w') {
  return page.evaluate(async ([selector, host]) => {
    const v = window.__virtual;
    const container = document.getElementById(host).shadowRoot.querySelector(selector);
    if (!container) throw new Error(`no ${selector} in the widget`);
    await v.start({ container });
    const first = { node: v.activeNode, phrase: await v.lastSpokenPhrase() };
    let wrapped = false;
    for (let i = 0; i < 5000; i++) {
      await v.next();
      if (v.activeNode === first.node && (await v.lastSpokenPhrase()) === first.phrase) {
        wrapped = true;
        break;
      }
    }
    const log = await v.spokenPhraseLog();
    await v.stop();
    if (!wrapped) throw new Error('the screen reader never reached the end');
    return log.slice(0, -1); // the last one is the first again
  }, [selector, host]);
}

const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Checks that each expected text occurs in the transcript, in this order.
 * Returns the ones missing or out of order (searching on after a miss).
 */
function inOrder(log, expected) {
  const text = norm(log.join(' '));
  const missing = [];
  let at = 0;
  for (const [what, s] of expected) {
    const i = text.indexOf(norm(s), at);
    if (i < 0) {
      const anywhere = text.indexOf(norm(s));
      missing.push(`${what}: ${JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s)} ${anywhere < 0 ? 'never spoken' : 'spoken out of order'}`);
    } else {
      at = i + norm(s).length;
    }
  }
  return missing;
}

/** Caption text and credit ("Ảnh: Nguyễn Hồng") of a demo caption ending in "(Ảnh: …)" / "(Nguồn: …)". */
function splitCaption(caption) {
  const m = caption.match(/^(.*?)\s*\(((?:Ảnh|Nguồn): [^)]+)\)\s*$/);
  assert.ok(m, `test data: a caption ending in a credit: ${caption}`);
  return { text: m[1], credit: m[2] };
}

/** Expected, in reading order, for one card of the demo. */
function cardExpectations(card) {
  const { text, credit } = splitCaption(card.photo.caption);
  return [
    [`card ${card.number} headline`, card.headline],
    [`card ${card.number} photo alt`, card.photo.alt],
    [`card ${card.number} caption`, text],
    [`card ${card.number} credit`, credit],
    ...card.body.map((p, i) => [`card ${card.number} body ${i + 1}`, p]),
  ];
}

const save = (name, log) => fs.writeFile(path.join(out, `${name}.txt`), log.join('\n') + '\n');

test('screen reader, list layout: every card reads headline, photo (alt), caption, credit, body, in order', async () => {
  const { page, context, problems } = await openReader('layout=list');
  const log = await transcript(page, 'article.hc');
  await save('list', log);
  assert.ok(log.length > 50, `a transcript (${log.length} phrases)`);
  const expected = [
    ['title', demo.title],
    ['intro', demo.intro],
    ...demo.cards.flatMap((card) => [...cardExpectations(card), [`card ${card.number} share button`, `Chia sẻ thẻ ${card.number}`]]),
    ['attribution', demo.attribution],
  ];
  assert.deepEqual(inOrder(log, expected), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('screen reader, carousel on slide 2: controls, position "2 / 10", then the slide in order; other slides silent', async () => {
  const { page, context, problems } = await openReader('layout=carousel');
  await page.locator('#w .hc-next').click();
  await page.waitForFunction(() => {
    const root = document.getElementById('w').shadowRoot;
    const track = root.querySelector('.hc-track');
    return root.querySelector('.hc-position').dataset.label === '2 / 10'
      && root.querySelector('.hc-slide--current')?.dataset.number === '2'
      && Math.abs(track.scrollLeft - track.clientWidth) < 1;
  });
  const log = await transcript(page, 'section.hc-carousel');
  await save('carousel', log);
  const card = demo.cards[1];
  const expected = [
    ['previous button', 'Thẻ trước'],
    ['position', '2 / 10'],
    ['next button', 'Thẻ sau'],
    ...cardExpectations(card),
    ['share button', 'Chia sẻ thẻ 2'],
    ['index', 'Chọn thẻ'],
    ['index button 1', 'Đến thẻ 1'],
    ['index button 10', 'Đến thẻ 10'],
  ];
  assert.deepEqual(inOrder(log, expected), []);
  const text = norm(log.join(' '));
  for (const other of [demo.cards[0], demo.cards[2]]) {
    assert.ok(!text.includes(norm(other.headline)), `slide ${other.number} is inert and not read: ${other.headline}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('screen reader, photo viewer: its name, the photo (alt), caption, credit, count and buttons', async () => {
  const { page, context, problems } = await openReader('layout=list');
  await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('.hc-zoom').click());
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('dialog.hc-lightbox')?.open);
  const log = await transcript(page, 'dialog.hc-lightbox');
  await save('viewer', log);
  const card = demo.cards[0];
  const { text, credit } = splitCaption(card.photo.caption);
  const expected = [
    ['dialog name', 'Xem ảnh 1 / 10'],
    ['photo alt', card.photo.alt],
    ['caption', text],
    ['credit', credit],
    ['count', '1 / 10'],
    ['previous photo button', 'Ảnh trước'],
    ['next photo button', 'Ảnh sau'],
    ['close button', 'Đóng'],
  ];
  assert.deepEqual(inOrder(log, expected), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('screen reader, right to left: an Arabic carousel on slide 2 speaks Arabic controls, the position, then the slide in order', async () => {
  // tests/browser/pages/rtl.html: an Arabic collection on an Arabic page with dir="rtl".
  const { page, context, problems } = await openReader('layout=carousel', undefined, { page: 'rtl.html', host: 'ar', cards: 4 });
  await page.evaluate(() => document.getElementById('ar').shadowRoot.querySelector('.hc-next').click());
  await page.waitForFunction(() => {
    const root = document.getElementById('ar').shadowRoot;
    const track = root.querySelector('.hc-track');
    return root.querySelector('.hc-position').dataset.label === '2 / 4'
      && Math.abs(Math.abs(track.scrollLeft) - track.clientWidth) < 1;
  });
  const log = await transcript(page, 'section.hc-carousel', 'ar');
  await save('carousel-ar', log);
  const expected = [
    ['previous button', 'البطاقة السابقة'],
    ['position', '2 / 4'],
    ['next button', 'البطاقة التالية'],
    ['headline', 'موسم حصاد وفير في السهول الشمالية'],
    ['photo alt', 'مزارعون يجمعون السنابل'],
    ['caption', 'مزارعون يجمعون القمح عند الغروب.'],
    ['body', 'هطلت الأمطار في موعدها هذا العام، فامتلأت المخازن قبل نهاية الصيف.'],
    ['share button', 'مشاركة البطاقة 2'],
    ['index', 'اختر بطاقة'],
  ];
  assert.deepEqual(inOrder(log, expected), []);
  const other = norm(log.join(' '));
  assert.ok(!other.includes('افتتاح أول خط للمترو'), 'slide 1 is silent');
  assert.ok(!/Next card|Thẻ sau/.test(other), 'no English or Vietnamese control words');
  assert.deepEqual(problems, []);
  await context.close();
});
