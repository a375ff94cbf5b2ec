// The paths an article's HTML travels, with tools we did not write:
//
// - reader views and feeds: Mozilla's Readability (the extractor behind
//   Firefox's reader view and many feed tools) on jsdom (R2);
// - CMS post filters: npm `sanitize-html` with three allow-lists modelled on
//   real ones (R3), each result put into an article page with a theme's
//   reset CSS and viewed in Chromium at 375 px with and without JavaScript;
// - no script and no CSS at all.
//
// The article page around the widget is written in our own words, shaped
// like a Vietnamese news site's article template (header with the section
// and date, an h1, a lead paragraph, the body, related links in the footer).
// The allow-lists are modelled on WordPress's post-content filter (kses:
// the block editor's tags, `class`/`id`, `data-*` on some sites and not
// others, no script/style/template/button/svg) and on a strict rich-text
// field (headings, paragraphs, links, lists, figures, nothing else).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import sanitizeHtml from 'sanitize-html';
import { servers, browser, useServersAndBrowser, openPage, outputDir, runCli, repo } from './harness.mjs';

useServersAndBrowser();

const DATA = 'static/demo/dau-an-doi-ngoai-2023.json';
const demo = JSON.parse(await fs.readFile(path.join(repo, DATA), 'utf8'));
const shots = path.join(outputDir, 'screenshots', 'paths');

/** Words that only controls say: none may be text a reader sees or reads. */
const CONTROL_WORDS = [/Chia sẻ/, /Phóng to ảnh/, /Thẻ trước/, /Thẻ sau/, /Đến thẻ/, /Chọn thẻ/, /\b\d+ \/ 10\b/, /Share/, /Enlarge photo/];

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const count = (text, part) => text.split(norm(part)).length - 1;

/** A caption as written, "… (Ảnh: Tuấn Anh)" or "… Ảnh: Hoàng Việt":
 * its text and its credit ("Ảnh: Tuấn Anh"), which the widget draws apart. */
function splitCaption(caption) {
  const m = /^(.*?)\s*\(?((?:Ảnh|Nguồn): [^)]*)\)?$/.exec(caption);
  return m ? [m[1], m[2]] : [caption, null];
}

/** Every card's headline, caption text and body paragraphs, each written
 * once; and each credit with how many cards carry it. */
function partsOf(collection) {
  const parts = collection.cards.flatMap((card) => [
    ['headline', card.headline],
    ...(card.photo?.caption ? [['caption', splitCaption(card.photo.caption)[0]]] : []),
    ...card.body.map((p, i) => [`body ${i + 1}`, p]),
  ].map(([what, text]) => [`card ${card.number} ${what}`, text]));
  const credits = {};
  for (const card of collection.cards) {
    const credit = card.photo?.caption && splitCaption(card.photo.caption)[1];
    if (credit) credits[credit] = (credits[credit] ?? 0) + 1;
  }
  return { parts, credits };
}

/** Problems with `text` as a reading of `collection`: parts missing,
 * repeated or out of order, credits not as many times as cards carry them,
 * and control words. */
function readingProblems(text, collection) {
  const t = norm(text);
  const problems = [];
  let at = -1;
  const { parts, credits } = partsOf(collection);
  for (const [name, part] of parts) {
    const n = count(t, part);
    if (n !== 1) problems.push(`${name}: ${n} times`);
    const i = t.indexOf(norm(part));
    if (i >= 0 && i < at) problems.push(`${name}: out of order`);
    at = Math.max(at, i);
  }
  for (const [credit, times] of Object.entries(credits)) {
    const n = count(t, credit);
    if (n !== times) problems.push(`credit ${credit}: ${n} times, on ${times} cards`);
  }
  for (const word of CONTROL_WORDS) if (word.test(t)) problems.push(`control text ${word}`);
  return problems;
}

function articlePage(widget, { script = true, css = true } = {}) {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nhìn lại một năm đối ngoại - Báo Mẫu</title><link rel="icon" href="data:,">
${css ? `<style>
  /* A theme's reset, as many carry it: max-width without height:auto, list markers off. */
  img { max-width: 100%; }
  ol, ul { list-style: none; padding: 0; }
  body { margin: 0 auto; max-width: 42rem; padding: 0 1rem; font: 17px/1.6 Georgia, serif; }
</style>` : ''}
${script ? `<script type="module" src="${servers.assets.origin}/embed.js"></script>` : ''}
</head><body>
<header><p>Thời sự | Thứ Hai, 01/01/2024</p></header>
<main><article>
<h1>Nhìn lại một năm đối ngoại</h1>
<p>Bài viết điểm lại những sự kiện đối ngoại đáng nhớ trong năm qua, từ các chuyến thăm cấp cao đến những danh hiệu văn hóa được thế giới công nhận, cùng ảnh và chú thích của phóng viên.</p>
${widget}
<p>Năm mới mở ra nhiều kỳ vọng cho công tác đối ngoại, với kế hoạch tổ chức nhiều hoạt động kỷ niệm và đón tiếp các đoàn khách quốc tế. Bạn đọc có thể xem thêm các bài liên quan bên dưới.</p>
</article></main>
<footer><ul><li><a href="/bai-lien-quan">Bài liên quan</a></li></ul></footer>
</body></html>`;
}

/** Readability's text for a page. */
function readerView(html) {
  const dom = new JSDOM(html, { url: 'https://bao.example.vn/doi-ngoai/nhin-lai' });
  const article = new Readability(dom.window.document).parse();
  return article?.textContent ?? '';
}

// Three allow-lists a CMS's post filter might use. sanitize-html drops a
// disallowed tag and keeps its children, as WordPress's kses does, and drops
// script and style with their text.
const WORDPRESS_TAGS = ['p', 'a', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'ul', 'li', 'figure', 'figcaption', 'img', 'section', 'article', 'div', 'span', 'em', 'strong', 'b', 'i', 'br', 'blockquote', 'header', 'footer', 'time', 'small'];
const FILTERS = {
  // A site that allows the widget's element and data attributes.
  'wordpress-data': {
    allowedTags: [...WORDPRESS_TAGS, 'highlight-cards'],
    allowedAttributes: { '*': ['class', 'id', 'lang', 'dir', 'data-*'], a: ['href'], img: ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'loading'], li: ['value'], 'highlight-cards': ['id', 'lang', 'layout', 'theme', 'share'] },
  },
  // The same without data-* attributes (WordPress's default kses).
  'wordpress': {
    allowedTags: [...WORDPRESS_TAGS, 'highlight-cards'],
    allowedAttributes: { '*': ['class', 'id', 'lang', 'dir'], a: ['href'], img: ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'loading'], li: ['value'], 'highlight-cards': ['id', 'lang', 'layout', 'theme', 'share'] },
  },
  // A strict rich-text field: no unknown element, no section, no div.
  'strict': {
    allowedTags: ['p', 'a', 'h2', 'h3', 'h4', 'ol', 'ul', 'li', 'figure', 'figcaption', 'img', 'em', 'strong', 'br'],
    allowedAttributes: { a: ['href'], img: ['src', 'srcset', 'width', 'height', 'alt'] },
  },
};

const forms = {};
before(async () => {
  await fs.mkdir(shots, { recursive: true });
  const assets = `${servers.assets.origin}/demo`;
  for (const [name, args] of Object.entries({
    styled: ['--layout', 'list'],
    'styled-carousel': ['--layout', 'carousel'],
    plain: ['--plain'],
    src: ['--src', `${assets}/dau-an-doi-ngoai-2023.json`],
  })) {
    const run = runCli(['render', DATA, ...args, ...(args[0] === '--src' ? [] : ['--assets', assets])]);
    assert.equal(run.status, 0, `render ${args.join(' ')}: ${run.stderr}`);
    forms[name] = run.stdout;
  }
});

test('R2, reader views: Readability reads every card once, in order, and no control text, from each published form, render --src and the demo page', async () => {
  for (const name of ['styled', 'styled-carousel', 'plain', 'src']) {
    const text = readerView(articlePage(forms[name]));
    assert.deepEqual(readingProblems(text, demo), [], `${name}: Readability's text`);
  }
  // Through a feed: the same for the plain form after each filter.
  for (const [filter, options] of Object.entries(FILTERS)) {
    const text = readerView(articlePage(sanitizeHtml(forms.plain, options)));
    assert.deepEqual(readingProblems(text, demo), [], `plain through ${filter}: Readability's text`);
  }
  // The demo page as built: both collections.
  const page = await fs.readFile(path.join(repo, 'dist/index.html'), 'utf8');
  const text = readerView(page);
  assert.deepEqual(readingProblems(text, demo), [], 'demo page, first collection');
  const second = JSON.parse(await fs.readFile(path.join(repo, 'static/demo/soi-dong-doi-ngoai-2023.json'), 'utf8'));
  assert.deepEqual(readingProblems(text, second), [], 'demo page, second collection');
  // A widget that only loads `src` has nothing for a reader view: said in
  // docs/cms.md, and checked here so the guide stays true.
  const srcOnly = readerView(articlePage(`<highlight-cards src="${servers.assets.origin}/demo/dau-an-doi-ngoai-2023.json"></highlight-cards>`));
  assert.equal(count(norm(srcOnly), demo.cards[0].headline), 0);
});

/** What a reader sees in Chromium: the flat tree's visible text (shadow
 * roots, slots) and the photos drawn, each scrolled into view and loaded
 * first. Self-contained (no init script): pages run with JavaScript off too. */
async function seen(page) {
  return page.evaluate(async () => {
    const out = [];
    const images = [];
    const visible = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0
      && Math.max(...[...el.getClientRects()].map((r) => r.width * r.height)) > 1;
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.parentElement && visible(node.parentElement)) out.push(node.data);
        return;
      }
      // A photo without a height has no box until it loads: drawn, not sized.
      if (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'IMG' && node.checkVisibility({ visibilityProperty: true })) images.push(node);
      if (node.nodeType === Node.ELEMENT_NODE && ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
      if (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'SLOT') {
        const assigned = node.assignedNodes({ flatten: true });
        for (const n of assigned.length ? assigned : node.childNodes) walk(n);
        return;
      }
      for (const child of (node.shadowRoot ?? node).childNodes) walk(child);
    };
    walk(document.body);
    for (const img of images) {
      img.scrollIntoView({ block: 'center' });
      if (!img.complete) await new Promise((resolve) => { img.addEventListener('load', resolve); img.addEventListener('error', resolve); });
    }
    window.scrollTo(0, 0);
    const photos = images.map((img) => {
      const r = img.getBoundingClientRect();
      return { src: img.currentSrc, top: r.top + window.scrollY, drawn: r.width / r.height, natural: img.naturalWidth / img.naturalHeight };
    });
    return { text: out.join(' '), photos, pageWidth: document.documentElement.scrollWidth };
  });
}

for (const form of ['plain', 'styled', 'styled-carousel']) {
  for (const [filter, options] of Object.entries(FILTERS)) {
    test(`R3, ${form} through the ${filter} filter: every card once, no control text, photos at their ratio, with and without JavaScript`, async () => {
      const filtered = sanitizeHtml(forms[form], options);
      const results = {};
      for (const script of [false, true]) {
        const file = `paths-${form}-${filter}-${script ? 'js' : 'nojs'}.html`;
        await fs.writeFile(path.join(outputDir, file), articlePage(filtered, { script }));
        const { page, context, problems } = await openPage(browser, { width: 375, height: 812, javaScriptEnabled: script });
        const widget = script && filtered.includes('<highlight-cards');
        await page.addInitScript(() => {
          window.__outcome = new Promise((resolve) => {
            document.addEventListener('highlight-cards:ready', () => resolve('ready'));
            document.addEventListener('highlight-cards:error', (e) => resolve(`error: ${e.detail.errors.join('; ')}`));
          });
        });
        await page.goto(`${servers.pages.origin}/out/${file}`);
        const how = widget ? await page.evaluate(() => window.__outcome) : 'no widget';
        const view = await seen(page);
        await page.screenshot({ path: path.join(shots, file.replace('.html', '.png')), fullPage: true });
        // And the screen a reader sees at the first photo.
        const y = Math.max(0, Math.round((view.photos[0]?.top ?? 0) - 250));
        await page.screenshot({ path: path.join(shots, file.replace('.html', '-first.png')), fullPage: true, clip: { x: 0, y, width: 375, height: 812 } });
        await context.close();
        const distorted = view.photos.filter((p) => Math.abs(p.drawn / p.natural - 1) > 0.02);
        results[script ? 'js' : 'no js'] = { how, problems: readingProblems(view.text, demo), photos: view.photos.length, distorted: distorted.length, pageProblems: problems.filter((p) => !/favicon/.test(p)) };
      }
      console.log(`${form} / ${filter}: ${JSON.stringify(results)}`);
      // What docs/cms.md promises for each form: the plain form reads once
      // everywhere; the styled form where the widget runs and its element is
      // kept (then it rebuilds the cards from the plain copy in its light DOM).
      const promised = form === 'plain' ? ['no js', 'js'] : filter === 'strict' ? [] : ['js'];
      for (const key of promised) {
        const r = results[key];
        assert.deepEqual(r.problems, [], `${key}: reading (${r.how})`);
        assert.equal(r.distorted, 0, `${key}: photos drawn at another ratio`);
        assert.equal(r.photos, 10, `${key}: photos shown`);
        assert.deepEqual(r.pageProblems, [], `${key}: console and network`);
      }
      // Everywhere, the widget never shows less than the page had without it.
      if (results.js.how !== 'no widget') assert.ok(!/error/.test(results.js.how) || results.js.problems.length <= results['no js'].problems.length, `JavaScript made it worse: ${JSON.stringify(results)}`);
    });
  }
}

test('the plain form loses nothing in the widget: the fields it does not show come back from data-rest (a faulty one is left out and named), and a filter that drops data-* drops only them', async () => {
  const faulty = forms.plain.replace(/data-rest="([^"]*)"/, (_, json) => `data-rest="${json.replace('&quot;dateline&quot;:&quot;', '&quot;dateline&quot;:5,&quot;x&quot;:&quot;')}"`);
  assert.notEqual(faulty, forms.plain, 'the plain form has a data-rest');
  const file = 'paths-plain-rest.html';
  await fs.writeFile(path.join(outputDir, file), articlePage(`${forms.plain.replace('<highlight-cards id="', '<highlight-cards id="whole-')}
${faulty.replace('<highlight-cards id="', '<highlight-cards id="faulty-')}
${sanitizeHtml(forms.plain, FILTERS.wordpress).replace('<highlight-cards id="', '<highlight-cards id="kses-')}`));
  const { page, context } = await openPage(browser, { width: 1280, height: 900 });
  await page.addInitScript(() => {
    window.__ready = {};
    document.addEventListener('highlight-cards:ready', (e) => { window.__ready[e.target.id.split('-')[0]] = e.detail; });
  });
  await page.goto(`${servers.pages.origin}/out/${file}`);
  await page.waitForFunction(() => Object.keys(window.__ready).length === 3);
  const shown = await page.evaluate(() => Object.fromEntries(Object.entries(window.__ready).map(([key, detail]) => {
    const root = document.querySelector(`highlight-cards[id^="${key}-"]`).shadowRoot;
    return [key, { cards: detail.cards, warnings: detail.warnings, text: root.textContent.replace(/\s+/g, ' ') }];
  })));
  const rest = [demo.dateline, demo.section, demo.readMore[0].title, demo.source.name];
  for (const part of rest) assert.ok(shown.whole.text.includes(part), `whole: shows ${part}`);
  assert.deepEqual(shown.whole.warnings, []);
  assert.ok(!shown.faulty.text.includes(demo.dateline), 'faulty: the dateline is left out');
  for (const part of rest.slice(1)) assert.ok(shown.faulty.text.includes(part), `faulty: keeps ${part}`);
  assert.equal(shown.faulty.warnings.length, 1);
  assert.match(shown.faulty.warnings[0], /data-rest\.dateline/);
  // (The source's name is also in the attribution's text.)
  for (const part of rest.slice(0, 3)) assert.ok(!shown.kses.text.includes(part), `kses: ${part} went with data-*`);
  for (const key of ['whole', 'faulty', 'kses']) assert.equal(shown[key].cards, 10, `${key}: cards`);
  await context.close();
});

test('no script, no CSS: the plain form is the article as text and photos, each card once, photos at their ratio', async () => {
  const file = 'paths-plain-bare.html';
  await fs.writeFile(path.join(outputDir, file), articlePage(forms.plain, { script: false, css: false }));
  const { page, context, problems } = await openPage(browser, { width: 375, height: 812, javaScriptEnabled: false });
  await page.goto(`${servers.pages.origin}/out/${file}`);
  const view = await seen(page);
  await page.screenshot({ path: path.join(shots, 'paths-plain-bare.png') });
  assert.deepEqual(readingProblems(view.text, demo), []);
  assert.equal(view.photos.length, 10);
  assert.deepEqual(view.photos.filter((p) => Math.abs(p.drawn / p.natural - 1) > 0.02), []);
  // Numbers are text in the headlines, so they read without list markers.
  assert.match(norm(view.text), new RegExp(`10\\. ${demo.cards[9].headline}`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('JavaScript never makes it worse: a host whose content the widget cannot read keeps it (error event, no message box); a loading line gets the message', async () => {
  // What an older `render` (no plain copy) leaves after a filter drops its
  // <template> and <script>: the carousel's markup, which is no card shape.
  const leftovers = sanitizeHtml(forms['styled-carousel'], FILTERS['wordpress-data'])
    .replace(/<section data-number[\s\S]*<\/section>/, '');
  assert.ok(leftovers.includes(demo.cards[0].headline), 'the leftovers hold the cards');
  const file = 'paths-never-worse.html';
  await fs.writeFile(path.join(outputDir, file), articlePage(`${leftovers.replace('<highlight-cards', '<highlight-cards id="left"')}
<highlight-cards id="loading" src="${servers.assets.origin}/fault/404.json"><p>Đang tải…</p></highlight-cards>`));
  const { page, context } = await openPage(browser, { width: 375, height: 812 });
  await page.addInitScript(() => {
    window.__errors = {};
    document.addEventListener('highlight-cards:error', (e) => { window.__errors[e.target.id] = e.detail.errors; });
  });
  await page.goto(`${servers.pages.origin}/out/${file}`);
  await page.waitForFunction(() => window.__errors.left && window.__errors.loading);
  const state = await page.evaluate(() => Object.fromEntries(['left', 'loading'].map((id) => {
    const host = document.getElementById(id);
    const root = host.shadowRoot;
    return [id, { box: !!root?.querySelector('.hc-error'), slot: !!root?.querySelector('slot'), shown: host.getBoundingClientRect().height > 0 ? host.innerText.length : 0 }];
  })));
  assert.deepEqual(state.left.box, false, 'no message over readable content');
  assert.equal(state.left.slot, true, 'the host shows its own content');
  assert.ok(state.left.shown > 1000, `the leftovers are shown (${state.left.shown} characters)`);
  assert.equal(state.loading.box, true, 'a loading line is replaced by the message');
  await page.screenshot({ path: path.join(shots, 'paths-never-worse.png') });
  await context.close();
});

test('R1, the styled form as published: every card drawn once (the light-DOM copy is neither drawn nor fetched), with and without JavaScript', async () => {
  const file = 'paths-styled-page.html';
  for (const script of [false, true]) {
    await fs.writeFile(path.join(outputDir, file), articlePage(forms.styled, { script }));
    const { page, context, problems } = await openPage(browser, { width: 375, height: 812, javaScriptEnabled: script });
    const photos = [];
    page.on('request', (r) => { if (/\/photos\//.test(r.url())) photos.push(r.url()); });
    if (script) await page.addInitScript(() => { window.__ready = new Promise((r) => document.addEventListener('highlight-cards:ready', r)); });
    await page.goto(`${servers.pages.origin}/out/${file}`);
    if (script) await page.evaluate(() => window.__ready.then(() => true));
    const view = await seen(page);
    const key = script ? 'js' : 'no js';
    assert.deepEqual(readingProblems(view.text, demo), [], `${key}: what is drawn`);
    assert.equal(view.photos.length, 10, `${key}: photos drawn`);
    assert.deepEqual(view.photos.filter((p) => Math.abs(p.drawn / p.natural - 1) > 0.02), [], `${key}: ratio`);
    // One request per photo: the light-DOM copy's lazy images never load.
    assert.equal(photos.length, 10, `${key}: photo requests ${photos.join(' ')}`);
    assert.equal(new Set(photos.map((u) => u.replace(/-\d+\.jpg$/, ''))).size, 10, `${key}: no photo fetched twice`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
