// The demo page, built by `trunk build --release`, in headless Chromium:
// both collections render, every photo loads, nothing is logged as an error,
// and screenshots at phone and desktop widths are written for people to look at.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, loadAllImages, frames, outputDir, repo } from './harness.mjs';

useServersAndBrowser();
before(async () => {
  await fs.mkdir(path.join(outputDir, 'screenshots'), { recursive: true });
});

async function openDemo(viewport) {
  const opened = await openPage(browser, viewport);
  await opened.page.goto(`${servers.pages.origin}/dist/`);
  await opened.page.waitForFunction(() => window.__hcAll('li.hc-card').length === 15, null, { timeout: 20000 });
  return opened;
}

test('both collections render with every card, caption and credit', async () => {
  const { page, problems, context } = await openDemo({ width: 1280, height: 900 });
  const collections = await page.$$eval('article.hc', (articles) =>
    articles.map((a) => ({
      lang: a.getAttribute('lang'),
      title: a.querySelector('h2.hc-title')?.textContent,
      numbers: [...a.querySelectorAll('li.hc-card .hc-number')].map((n) => n.textContent),
      credits: [...a.querySelectorAll('li.hc-card')].map((li) => li.querySelector('.hc-credit')?.textContent ?? null),
      captions: [...a.querySelectorAll('li.hc-card figcaption .hc-caption-text')].length,
    })),
  );
  assert.equal(collections.length, 2);
  assert.equal(collections[0].title, 'Dấu ấn đối ngoại năm 2023');
  assert.deepEqual(collections[0].numbers, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  assert.deepEqual(collections[0].credits, [
    'Ảnh: Nguyễn Hồng', 'Ảnh: Tuấn Anh', 'Nguồn: TTXVN', 'Nguồn: TTXVN', 'Nguồn: TTXVN',
    'Ảnh: Tuấn Anh', 'Nguồn: TTXVN', 'Ảnh: Tuấn Việt', 'Nguồn: Tuổi trẻ', 'Nguồn: Hội đồng giám mục Việt Nam',
  ]);
  assert.equal(collections[0].captions, 10);
  assert.equal(collections[0].lang, 'vi');
  assert.equal(collections[1].title, 'Sôi động đối ngoại 2023 và những kỳ vọng trong năm 2024');
  assert.deepEqual(collections[1].numbers, ['1', '2', '3', '4', '5']);
  assert.deepEqual(collections[1].credits, ['Ảnh: Hoàng Việt', 'Ảnh: Trí Dũng/TTXVN', null, 'Ảnh: Thu Hà/TTXVN', null]);
  const readMore = await page.$$eval('.hc-readmore li', (items) => items.length);
  assert.equal(readMore, 6);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every photo loads, with its space reserved before loading', async () => {
  const { page, problems, context } = await openDemo({ width: 375, height: 812 });
  const reserved = await page.$$eval('img.hc-img', (imgs) =>
    imgs.map((img) => Math.round((img.getBoundingClientRect().width / img.getBoundingClientRect().height) * 100) / 100),
  );
  assert.equal(reserved.length, 15);
  for (const ratio of reserved) assert.ok(Math.abs(ratio - 1.5) < 0.02, `aspect ratio ${ratio} reserved before load`);
  const images = await loadAllImages(page);
  assert.equal(images.length, 15);
  for (const img of images) assert.ok(img.ok, `image failed to load: ${img.src}`);
  // srcset picks a small candidate on a phone (375 CSS px at DPR 1).
  assert.ok(images.every((img) => /-(480|960)\.jpg$/.test(img.src)), images.map((i) => i.src).join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, viewport] of [['375x812', { width: 375, height: 812 }], ['1280x900', { width: 1280, height: 900 }]]) {
  test(`screenshots at ${name}`, async () => {
    const { page, problems, context } = await openDemo(viewport);
    const images = await loadAllImages(page);
    assert.deepEqual(images.filter((i) => !i.ok), [], 'every photo loaded before the screenshot');
    // Decoded before the capture: a full-page screenshot paints what is
    // decoded, and off-screen photos may not be yet.
    await page.evaluate(() => Promise.all(window.__hcAll('img.hc-img').map((img) => img.decode().catch(() => {}))));
    const file = path.join(outputDir, 'screenshots', `demo-${name}.png`);
    // Nothing overflows sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
    // The screenshot is the whole page, and each photo shows in it as a
    // photo: the pixels inside its box vary (an empty or unpainted frame is
    // flat). A full-page capture of a busy machine may catch tiles not yet
    // rastered: the condition is waited for, a capture at a time, and a
    // photo that never paints still fails.
    let shot;
    for (let attempt = 0; attempt < 5; attempt++) {
      await frames(page, 2);
      const png = await page.screenshot({ path: file, fullPage: true });
      shot = await page.evaluate(async (base64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        ctx.drawImage(bitmap, 0, 0);
        const spread = (r) => {
          // The middle half of the box, away from rounded corners and borders.
          const x = Math.round(r.left + scrollX + r.width / 4), y = Math.round(r.top + scrollY + r.height / 4);
          const { data } = ctx.getImageData(x, y, Math.max(1, Math.round(r.width / 2)), Math.max(1, Math.round(r.height / 2)));
          let sum = 0, squares = 0;
          const n = data.length / 4;
          for (let i = 0; i < data.length; i += 4) {
            const l = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
            sum += l;
            squares += l * l;
          }
          return Math.round(Math.sqrt(Math.max(0, squares / n - (sum / n) ** 2)));
        };
        return {
          size: [bitmap.width, bitmap.height],
          page: [document.documentElement.clientWidth, document.documentElement.scrollHeight],
          photos: window.__hcAll('img.hc-img').map((img) => spread(img.getBoundingClientRect())),
        };
      }, png.toString('base64'));
      if (shot.photos.every((s) => s > 12)) break;
    }
    await page.screenshot({ path: path.join(outputDir, 'screenshots', `demo-${name}-top.png`) });
    assert.deepEqual(shot.size, shot.page, 'the full-page screenshot is the size of the page');
    assert.equal(shot.photos.length, 15);
    assert.ok(shot.photos.every((s) => s > 12), `every photo shows in the screenshot (luminance spread inside each box: ${shot.photos})`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('bad data: a fault costs only its own part, with a warning by path; an error only when no card can be shown', async () => {
  const { page, problems, context } = await openPage(browser);
  const warned = [];
  page.on('console', (m) => m.type() === 'warning' && warned.push(m.text()));
  await page.goto(`${servers.pages.origin}/test/bad-data.html`);
  await page.waitForFunction(() => Object.keys(window.__outcome).length === 13, null, { timeout: 20000 });
  const seen = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-highlight-cards]')].map((host) => {
    const root = host.shadowRoot;
    return [host.id, {
      ...window.__outcome[host.id],
      headlines: [...root.querySelectorAll('li.hc-card .hc-headline')].map((h) => h.textContent.trim()),
      failedPhotos: root.querySelectorAll('li.hc-card .hc-img-failed').length,
      lang: root.querySelector('.hc-cards')?.closest('[lang]')?.getAttribute('lang') ?? null,
      time: [...root.querySelectorAll('time')].map((t) => [t.getAttribute('datetime'), t.textContent]),
      // The placeholder is seen, not only present (with no <img> to size it).
      placeholderHeights: [...root.querySelectorAll('li.hc-card .hc-img-failed')].map((e) => Math.round(e.getBoundingClientRect().height)),
      images: [...root.querySelectorAll('li.hc-card img')].map((i) => i.getAttribute('src')),
      credits: [...root.querySelectorAll('li.hc-card .hc-credit')].map((c) => c.textContent),
      title: root.querySelector('.hc-title')?.textContent ?? null,
      error: window.__outcome[host.id]?.error?.join('') ?? null,
      details: root.querySelector('.hc-error-list')?.textContent ?? null,
      errorRole: root.querySelector('.hc-error')?.getAttribute('role') ?? null,
    }];
  })));
  const rendered = (id, headlines, warnings) => {
    assert.deepEqual(seen[id].headlines, headlines, id);
    assert.deepEqual(seen[id].ready, warnings, `${id}: the ready event's warnings`);
    assert.equal(seen[id].error, null, id);
  };
  // A photo without a usable URL keeps its caption and credit, shown as a failed photo.
  rendered('missing-src', ['Một', 'Hai'], ['cards[1].photo.src: required field is missing', 'cards[1].photo: no width/height: the page will shift when the photo loads']);
  assert.equal(seen['missing-src'].failedPhotos, 1);
  assert.deepEqual(seen['missing-src'].credits, ['Ảnh: Hồng', 'Ảnh: Nguyễn Hồng']);
  rendered('unsafe-src', ['Một', 'Hai'], ['cards[0].photo.src: only http(s) or relative image URLs are allowed, got "javascript:alert(1)"']);
  assert.equal(seen['unsafe-src'].failedPhotos, 1);
  assert.ok(seen['unsafe-src'].placeholderHeights[0] >= 100, `placeholder ${seen['unsafe-src'].placeholderHeights}px tall`);
  assert.ok(seen['missing-src'].placeholderHeights[0] >= 100, `placeholder ${seen['missing-src'].placeholderHeights}px tall`);
  assert.deepEqual(seen['unsafe-src'].images, [], 'no <img> is given the unsafe URL');
  assert.deepEqual(seen['unsafe-src'].credits, ['Nguồn: TTXVN']);
  // A field of the wrong type is left out; the card stays.
  rendered('wrong-type', ['Một', 'Hai', 'Ba'], [
    'cards[0].number: should be a whole number, not text "một"',
    'cards[1].body: should be a list [ … ], not text "một đoạn, không phải danh sách"',
    'cards[2].kicker: should be text, not the number 7',
  ]);
  // A card without a headline is left out; the others keep their numbers.
  rendered('no-headline', ['Một', 'Bốn'], ['cards[1].headline: required field is missing', 'cards[2].headline: card 3 has an empty headline']);
  rendered('no-title', ['Một'], ['id: required field is missing', 'title: required field is missing']);
  assert.equal(seen['no-title'].title, null, 'no empty heading');
  // The same rules for the other two sources.
  rendered('from-url', ['Một'], [
    'cards[1].headline: should be text, not the number 5',
    'cards[0].photo.src: only http(s) or relative image URLs are allowed, got "javascript:x"',
    'cards[0].photo: no credit: end the caption with one, e.g. "(Ảnh: Nguyễn Hồng)"',
  ]);
  assert.deepEqual(seen['from-url'].images, []);
  rendered('from-html', ['Hai'], ['cards[0].headline: card 1 has an empty headline']);
  // Nothing to show: the error names why.
  assert.equal(seen['invalid-json'].errorRole, 'alert');
  assert.equal(seen['invalid-json'].details, null, 'readers see no technical text (no debug attribute)');
  assert.match(seen['invalid-json'].error, /^invalid JSON: /);
  assert.match(seen['no-cards'].error, /^cards: should be a list \[ … \], not text "nhiều"$/);
  assert.equal(seen['no-usable-card'].error, 'cards[1].headline: required field is missing' + 'cards[0].headline: card 1 has an empty headline' + 'cards: no card can be shown');
  assert.deepEqual(seen['no-usable-card'].headlines, []);
  // srcset as the HTML standard parses it: commas inside CDN-style URLs stay
  // in the URL; only the candidate with an invalid descriptor is dropped.
  rendered('cdn-srcset', ['Một'], ['cards[0].photo.srcset: candidate "' + `${servers.assets.origin}/photos/x.jpg 480w 2x` + '" dropped: expected "URL 480w" or "URL 2x" with an http(s) or relative URL']);
  const img = await page.evaluateHandle(() => document.getElementById('cdn-srcset').shadowRoot.querySelector('li.hc-card img'));
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, img, { timeout: 10000 });
  const photo = await img.evaluate((img) => ({ srcset: img.getAttribute('srcset'), current: img.currentSrc }));
  const base = `${servers.assets.origin}/photos/dau-an-doi-ngoai-2023`;
  assert.equal(photo.srcset, `${base}/01-480.jpg?w=480,q=80 480w, ${base}/01-960.jpg?w=960,q=80 960w`);
  assert.match(photo.current, /\/01-(480|960)\.jpg\?w=(480|960),q=80$/, 'the browser loads a whole candidate URL');
  // A date that is not ISO 8601 is still shown, as text; a language that is
  // not a BCP 47 tag is not put in `lang` (screen readers pick a voice by it).
  rendered('bad-meta', ['Một'], [
    'language: must be a BCP 47 language tag such as "vi" or "en-US", got "vietnamese"; using "vi"',
    'published: must be an ISO 8601 date or date-time such as "2023-12-31" or "2023-12-31T06:06:00+07:00", got "30/12/2024"; shown as text only',
  ]);
  assert.equal(seen['bad-meta'].lang, 'vi');
  assert.deepEqual(seen['bad-meta'].time, [[null, '30/12/2024']]);
  assert.deepEqual(seen.good.headlines, ['Một']);
  assert.deepEqual(seen.good.ready, []);
  // The console carries the same details for developers, once per widget.
  assert.equal(warned.filter((w) => w.includes('#b: cards[0].photo.src: only http(s)') && w.includes('javascript:alert(1)')).length, 1, warned.join('\n'));
  assert.equal(warned.filter((w) => w.includes('#c: cards[1].body: should be a list')).length, 1, warned.join('\n'));
  assert.deepEqual(problems.filter((p) => p.startsWith('page error')), []);
  await context.close();
});

test('axe-core finds no accessibility violations on the demo at 375 and 1280 px', async () => {
  const axeSource = await fs.readFile(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 900 }]) {
    const { page, context } = await openDemo(viewport);
    await loadAllImages(page);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    assert.deepEqual(violations, [], `at ${viewport.width}px`);
    await context.close();
  }
});
