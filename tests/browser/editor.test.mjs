// The editor (editor.html): importing the seeds, editing with messages by
// the field, the live preview, nothing lost on reload, undo/redo, the
// leave prompt, the exported snippet on a blank page, and axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, outputDir, repo } from './harness.mjs';

useServersAndBrowser();

const seed = (name) => fs.readFile(path.join(repo, 'tests/seeds', name), 'utf8');

/** Opens the editor (a fresh context: nothing saved yet; a browser in Vietnamese
 * unless `locale` says otherwise) and waits for it. */
async function openEditor(viewport = { width: 1280, height: 900 }, locale = 'vi-VN') {
  const opened = await openPage(browser, { ...viewport, locale });
  await routeCdn(opened.context);
  await opened.page.goto(`${servers.assets.origin}/editor.html`);
  await opened.page.waitForSelector('#ed-import-button');
  return opened;
}

/** The package's CDN (the URL the build writes into the editor's snippets),
 * served from dist/ with CORS, as jsDelivr serves the npm package. */
async function routeCdn(context) {
  await context.route(/^https:\/\/cdn\.jsdelivr\.net\/npm\/highlight-cards@[^/]+\/dist\/([^?#]+)/, async (route) => {
    const name = route.request().url().match(/\/dist\/([^?#]+)/)[1];
    const type = name.endsWith('.wasm') ? 'application/wasm' : name.endsWith('.json') ? 'application/json' : 'text/javascript';
    try {
      await route.fulfill({ status: 200, body: await fs.readFile(path.join(repo, 'dist', name)), headers: { 'content-type': type, 'access-control-allow-origin': '*' } });
    } catch {
      await route.fulfill({ status: 404, body: 'not found', headers: { 'access-control-allow-origin': '*' } });
    }
  });
}

/** Pastes `text` and imports it; resolves once the form has `cards` cards. */
async function paste(page, text, cards) {
  await page.fill('#ed-paste', text);
  await page.click('#ed-import-button');
  await page.waitForFunction((n) => document.querySelectorAll('.ed-card').length === n, cards);
}

/** The preview widget's cards: number and headline. */
const previewCards = (page) => page.evaluate(() => window.__hcAll('.ed-preview-host')[0].shadowRoot
  ? [...document.querySelector('.ed-preview-host').shadowRoot.querySelectorAll('.hc-card')].map((c) => `${c.dataset.number} ${c.querySelector('.hc-headline').textContent}`)
  : []);

const value = (page, id) => page.$eval(`#${id}`, (el) => el.value);

test('pasting seed 000 gives ten cards with every credit exact, the attribution and the read-more list', async () => {
  const { page, problems, context } = await openEditor();
  await paste(page, await seed('000_6f810e148873f4f9.txt'), 10);
  const credits = await page.$$eval('.ed-credit', (ps) => ps.map((p) => [
    p.querySelector('.ed-credit-kind')?.dataset.kind,
    p.querySelector('.ed-credit-names')?.textContent,
    p.querySelector('.ed-credit-agency')?.textContent ?? null,
  ]));
  assert.deepEqual(credits, [
    ['photo', 'Nguyễn Hồng', null], ['photo', 'Tuấn Anh', null], ['source', 'TTXVN', null], ['source', 'TTXVN', null],
    ['source', 'TTXVN', null], ['photo', 'Tuấn Anh', null], ['source', 'TTXVN', null], ['photo', 'Tuấn Việt', null],
    ['source', 'Tuổi trẻ', null], ['source', 'Hội đồng giám mục Việt Nam', null],
  ]);
  assert.equal(await value(page, 'f-title'), 'Dấu ấn đối ngoại năm 2023');
  assert.equal(await value(page, 'f-attribution'), 'Bình chọn của Ban Biên tập Báo Thế giới & Việt Nam');
  assert.equal(await page.$$eval('.ed-readmore-item', (items) => items.length), 6);
  assert.match(await value(page, 'f-readMore-0-title'), /^Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết/);
  // What the importer could not place is listed with its line.
  const notes = await page.$$eval('.ed-notes li', (li) => li.map((l) => l.textContent));
  // In the editor's language (Vietnamese here; English in the JSON test below).
  assert.ok(notes.includes('dòng 1: chưa xếp vào đâu: “Back to E-magazine”'), notes.join('\n'));
  // The text has no photo URLs: the validator says so by each field.
  assert.equal(await page.$eval('#f-cards-0-photo-src', (el) => el.getAttribute('aria-invalid')), 'true');
  // In the editor's language, with the words `validate --lang vi` prints.
  assert.equal(await page.$eval('#f-cards-0-photo-src-msg', (el) => el.textContent), 'không được để trống');
  assert.match(await page.textContent('#ed-counts'), /^10 lỗi/);
  // The preview is the real widget, with every card.
  await page.waitForFunction(() => document.querySelector('.ed-preview-host').shadowRoot?.querySelectorAll('.hc-card').length === 10);
  assert.deepEqual(problems, []);
  await context.close();
});

test('pasting seed 002 gives five photo cards with their sections, source and byline', async () => {
  const { page, problems, context } = await openEditor();
  await paste(page, await seed('002_18733defb9b271dd.txt'), 5);
  const sections = [];
  for (let i = 0; i < 5; i++) sections.push(await value(page, `f-cards-${i}-section`));
  assert.deepEqual(sections, [
    'Năm 2023: Nhiều dấu ấn đối ngoại nổi bật', '', 'Ngoại giao văn hóa đạt được những dấu ấn quan trọng', '', 'Phát huy sức mạnh đối ngoại năm 2024',
  ]);
  assert.equal(await page.$$eval('.ed-photo', (f) => f.length), 5);
  assert.equal(await value(page, 'f-byline'), 'Hồng Nhung');
  assert.equal(await value(page, 'f-source-name'), 'Tổ Quốc');
  assert.deepEqual(await page.$$eval('.ed-credit', (ps) => ps.map((p) => p.querySelector('.ed-credit-names')?.textContent ?? null)),
    ['Hoàng Việt', 'Trí Dũng', null, 'Thu Hà', null]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('editing a caption updates the credit and the preview; undo and redo; a reload restores the work', async () => {
  const { page, problems, context } = await openEditor();
  await paste(page, await seed('000_6f810e148873f4f9.txt'), 10);
  await page.fill('#f-cards-0-photo-caption', 'Ảnh bìa mới của cuốn sách. (Ảnh: Trí Dũng/TTXVN)');
  await page.waitForFunction(() => document.querySelector('.ed-credit .ed-credit-agency')?.textContent === 'TTXVN');
  assert.equal(await page.textContent('.ed-credit .ed-credit-names'), 'Trí Dũng');
  await page.waitForFunction(() => document.querySelector('.ed-preview-host').shadowRoot
    .querySelector('.hc-card .hc-caption-text')?.textContent === 'Ảnh bìa mới của cuốn sách.');
  assert.equal(await page.evaluate(() => document.querySelector('.ed-preview-host').shadowRoot.querySelector('.hc-card .hc-credit-name').textContent), 'Trí Dũng/TTXVN');
  // A second field, then undo: the caption edit stays, the title goes back.
  await page.fill('#f-title', 'Tiêu đề đã sửa');
  await page.click('#ed-undo');
  assert.equal(await value(page, 'f-title'), 'Dấu ấn đối ngoại năm 2023');
  await page.click('#ed-redo');
  assert.equal(await value(page, 'f-title'), 'Tiêu đề đã sửa');
  // Reordering by the keyboard: focus "move down" on card 1 and press Enter.
  await page.focus('.ed-card:first-child .ed-card-tools button:nth-child(2)');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#f-cards-1-photo-caption')?.value.startsWith('Ảnh bìa mới'));
  // Nothing is lost on reload.
  await page.reload();
  await page.waitForSelector('#f-title');
  assert.equal(await value(page, 'f-title'), 'Tiêu đề đã sửa');
  assert.equal(await page.$$eval('.ed-card', (c) => c.length), 10);
  assert.equal(await value(page, 'f-cards-1-photo-caption'), 'Ảnh bìa mới của cuốn sách. (Ảnh: Trí Dũng/TTXVN)');
  // Leaving with changes not yet exported asks first.
  const asked = new Promise((resolve) => page.once('dialog', async (d) => { resolve(d.type()); await d.accept(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the copied embed snippet, put into a blank page, renders the same cards as the preview', async () => {
  const { page, problems, context } = await openEditor();
  await paste(page, await seed('002_18733defb9b271dd.txt'), 5);
  await page.waitForFunction(() => document.querySelector('.ed-preview-host').shadowRoot?.querySelectorAll('.hc-card').length === 5);
  const preview = await previewCards(page);
  await page.click('#ed-copy-inline');
  await page.waitForSelector('#ed-output');
  const snippet = await value(page, 'ed-output');
  assert.match(await page.textContent('#ed-saved'), /Đã lưu/);
  const file = path.join(outputDir, 'editor-snippet.html');
  await fs.writeFile(file, `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>snippet</title></head><body>\n${snippet}</body></html>`);
  const blank = await context.newPage();
  await blank.goto(`${servers.pages.origin}/out/editor-snippet.html`);
  await blank.waitForFunction(() => document.querySelector('highlight-cards')?.shadowRoot?.querySelectorAll('.hc-card').length > 0);
  const published = await blank.evaluate(() => [...document.querySelector('highlight-cards').shadowRoot.querySelectorAll('.hc-card')]
    .map((c) => `${c.dataset.number} ${c.querySelector('.hc-headline').textContent}`));
  assert.deepEqual(published, preview);
  assert.equal(published.length, 5);
  // The plain-HTML markup reads back as the same cards, by the widget itself.
  await page.click('#ed-copy-html');
  await page.waitForFunction(() => document.querySelector('#ed-output').value.startsWith('<highlight-cards'));
  const markup = await value(page, 'ed-output');
  await fs.writeFile(file, `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>snippet</title>
<script type="module" src="${servers.assets.origin}/embed.js"></script></head><body>\n${markup}</body></html>`);
  await blank.goto(`${servers.pages.origin}/out/editor-snippet.html`);
  await blank.waitForFunction(() => document.querySelector('highlight-cards')?.shadowRoot?.querySelectorAll('.hc-card').length > 0);
  const fromHtml = await blank.evaluate(() => [...document.querySelector('highlight-cards').shadowRoot.querySelectorAll('.hc-card')]
    .map((c) => `${c.dataset.number} ${c.querySelector('.hc-headline').textContent}`));
  assert.deepEqual(fromHtml, preview);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, viewport] of [['375', { width: 375, height: 812 }], ['1280', { width: 1280, height: 900 }]]) {
  test(`axe-core finds no violations in the editor at ${name} px; screenshot`, async () => {
    const { page, problems, context } = await openEditor(viewport);
    await paste(page, await seed('000_6f810e148873f4f9.txt'), 10);
    await page.waitForFunction(() => document.querySelector('.ed-preview-host').shadowRoot?.querySelectorAll('.hc-card').length === 10);
    await page.screenshot({ path: path.join(outputDir, 'screenshots', `editor-${name}.png`) });
    // And the first card's form, with its messages and parsed credit.
    await page.$eval('#ed-card-0', (h) => h.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(outputDir, 'screenshots', `editor-${name}-card.png`) });
    const axeSource = await fs.readFile(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the prerendered version made in the editor hydrates on a blank page as `render` output does, without a warning', async () => {
  const { page, problems, context } = await openEditor();
  // A valid document: the demo's JSON, pasted (the format is detected).
  const json = await fs.readFile(path.join(repo, 'static/demo/dau-an-doi-ngoai-2023.json'), 'utf8');
  await paste(page, json.replaceAll('../photos/', `${servers.assets.origin}/photos/`), 10);
  await page.waitForFunction(() => document.querySelector('.ed-ok'));
  await page.click('#ed-prerender');
  await page.waitForFunction(() => document.querySelector('#ed-output')?.value.startsWith('<highlight-cards'));
  const html = await value(page, 'ed-output');
  assert.match(html, /<template shadowrootmode="open">/);
  const file = path.join(outputDir, 'editor-prerendered.html');
  await fs.writeFile(file, `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>prerendered</title></head><body>
<script>document.addEventListener('highlight-cards:ready', (e) => { window.__ready = e.detail; });</script>
${html}</body></html>`);
  const blank = await context.newPage();
  await blank.goto(`${servers.pages.origin}/out/editor-prerendered.html`);
  await blank.waitForFunction(() => window.__ready);
  const ready = await blank.evaluate(() => window.__ready);
  assert.equal(ready.cards, 10);
  assert.deepEqual(ready.warnings, [], 'hydrated: the stamp made in the editor matches the page');
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening a Markdown file imports it by its name; the editor speaks English when asked', async () => {
  const { page, problems, context } = await openEditor();
  await page.selectOption('#ed-language', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('#ed-import').textContent === '1. Import an article');
  const photo = `${servers.assets.origin}/photos/dau-an-doi-ngoai-2023/01-480.jpg`;
  const markdown = `# Ba dấu ấn\n\nLời dẫn ngắn.\n\n## 1. Thẻ một\n\n![Ảnh một](${photo} "Chú thích một. (Ảnh: Tuấn Anh)")\n\nThân bài một.\n\n## 2. Thẻ hai\n\nThân bài hai.\n\n\`\`\`\nkhông đặt được\n\`\`\`\n`;
  await page.setInputFiles('#ed-file', { name: 'ba-dau-an.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await page.waitForFunction(() => document.querySelectorAll('.ed-card').length === 2);
  assert.equal(await value(page, 'f-title'), 'Ba dấu ấn');
  assert.equal(await value(page, 'f-id'), 'ba-dau-an');
  assert.equal(await page.textContent('.ed-credit .ed-credit-names'), 'Tuấn Anh');
  // The language comes from the story (no `language:` given), and says so.
  assert.deepEqual(await page.$$eval('.ed-notes li', (li) => li.map((l) => l.textContent)), [
    'language: “vi”, detected from the text (its script and common words); if that is wrong, set it (--lang, or the language field)',
    'line 15: not placed: a code block',
  ]);
  assert.equal(await value(page, 'f-language'), 'vi');
  // In English the validator's messages are `validate`'s own words.
  assert.match(await page.$eval('#f-cards-0-photo-msg', (el) => el.textContent), /^no width\/height: the page will shift/);
  // The photo's size, read from the image itself.
  assert.equal(await value(page, 'f-cards-0-photo-width'), '');
  await page.click('.ed-photo .ed-inline-button');
  await page.waitForFunction(() => document.querySelector('#f-cards-0-photo-width').value !== '');
  const size = await page.evaluate(async (src) => { const img = new Image(); img.src = src; await img.decode(); return [img.naturalWidth, img.naturalHeight]; }, photo);
  assert.deepEqual([await value(page, 'f-cards-0-photo-width'), await value(page, 'f-cards-0-photo-height')], size.map(String));
  assert.deepEqual(problems, []);
  await context.close();
});

test('importing JSON with a misspelt field: the note names its line and the field it most likely means', async () => {
  const { page, problems, context } = await openEditor(undefined, 'en-US');
  const photo = `${servers.assets.origin}/photos/dau-an-doi-ngoai-2023/01-480.jpg`;
  const json = `{\n  "id": "x",\n  "title": "Hai thẻ",\n  "cards": [\n    { "headline": "Một", "kickr": "Đối ngoại" },\n    { "headline": "Hai", "photo": { "src": "${photo}", "captoin": "Chú thích (Ảnh: Tuấn Anh)" } }\n  ]\n}\n`;
  await paste(page, json, 2);
  const notes = await page.$$eval('.ed-notes li', (li) => li.map((l) => l.textContent));
  assert.equal(notes.length, 2, notes.join('\n'));
  assert.match(notes[0], /^line 5: .*did you mean `kicker`\?/);
  assert.match(notes[1], /^line 6: .*did you mean `caption`\?/);
  // What could be read is kept.
  assert.equal(await value(page, 'f-cards-1-headline'), 'Hai');
  assert.deepEqual(problems, []);
  await context.close();
});

test('relative photo URLs: the preview finds them from the base URL the editor gives, as a reader\'s browser finds them from the src', async () => {
  const { page, problems, context } = await openEditor({ width: 1280, height: 900 });
  // Where the JSON will be published; its photos are written relative to it.
  // (Against the editor's own page, /editor.html, the photo would be a 404.)
  await page.fill('#ed-base', `${servers.assets.origin}/photos/cards.json`);
  const json = JSON.stringify({
    id: 'x',
    title: 'Ảnh tương đối',
    cards: [
      { headline: 'Một', photo: { src: 'dau-an-doi-ngoai-2023/01-480.jpg', width: 480, height: 320, alt: 'Ảnh', caption: 'Chú thích (Ảnh: Tuấn Anh)' } },
      // A photo with no URL yet stays without one (it must not become the base: a request for the JSON as an image).
      { headline: 'Hai', photo: { src: '', alt: 'Ảnh chưa có', caption: 'Chú thích (Ảnh: Tuấn Anh)' } },
    ],
  }, null, 2);
  await paste(page, json, 2);
  const loaded = await page.waitForFunction(() => {
    const img = document.querySelector('.ed-preview-host').shadowRoot?.querySelector('.hc-card img');
    return img && img.complete && img.naturalWidth > 0 && img.currentSrc;
  });
  assert.equal(await loaded.jsonValue(), `${servers.assets.origin}/photos/dau-an-doi-ngoai-2023/01-480.jpg`);
  // The document itself keeps the relative URL: it is what gets published.
  assert.equal(await value(page, 'f-cards-0-photo-src'), 'dau-an-doi-ngoai-2023/01-480.jpg');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the format chosen is the format read: Markdown read as JSON is refused with why; back on "auto" it imports', async () => {
  const { page, problems, context } = await openEditor();
  const markdown = '# Một dấu ấn\n\n## 1. Thẻ một\n\nThân bài một.\n';
  await page.selectOption('#ed-format', 'json');
  await page.fill('#ed-paste', markdown);
  await page.click('#ed-import-button');
  await page.waitForFunction(() => document.querySelectorAll('.ed-notes li').length > 0);
  assert.match((await page.$$eval('.ed-notes li', (li) => li.map((l) => l.textContent))).join('\n'), /JSON không hợp lệ/);
  // Nothing was read: the document is still the editor's blank draft.
  assert.notEqual(await value(page, 'f-title'), 'Một dấu ấn');
  await page.selectOption('#ed-format', '');
  await page.click('#ed-import-button');
  await page.waitForFunction(() => document.getElementById('f-title').value === 'Một dấu ấn');
  assert.equal(await page.$$eval('.ed-card', (cards) => cards.length), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the editor opens in the first of the browser\'s languages it speaks, else English, and remembers a choice', async () => {
  for (const [languages, expected] of [[['en-US', 'en'], 'en'], [['vi-VN', 'vi'], 'vi'], [['fr-FR', 'vi', 'en'], 'vi'], [['de-DE', 'fr'], 'en']]) {
    const { page, context, problems } = await openPage(browser, { width: 1280, height: 900, locale: languages[0] });
    await context.addInitScript((list) => Object.defineProperty(Navigator.prototype, 'languages', { get: () => list }), languages);
    await page.goto(`${servers.assets.origin}/editor.html`);
    await page.waitForSelector('#ed-import-button');
    assert.equal(await page.evaluate(() => document.documentElement.lang), expected, languages.join(', '));
    assert.equal(await page.$eval('#ed-language', (s) => s.value), expected);
    assert.equal(await page.textContent('#ed-import'), expected === 'en' ? '1. Import an article' : '1. Nhập bài viết');
    if (languages[0] === 'en-US') {
      // A choice made here wins over the browser's languages, on the next visit too.
      await page.selectOption('#ed-language', 'vi');
      await page.reload();
      await page.waitForSelector('#ed-import-button');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi', 'the choice is remembered');
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('every exported snippet, pasted into a blank page on another origin, shows every card with the settings chosen (the CDN served locally)', async () => {
  const { page, problems, context } = await openEditor({ width: 1280, height: 900 }, 'en-US');
  // The newsroom's data host (public, as a page's fetches must be): dist/ with CORS.
  const data = 'https://data.example';
  await context.route(`${data}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    const type = name.endsWith('.json') ? 'application/json' : 'image/jpeg';
    await route.fulfill({ status: 200, body: await fs.readFile(path.join(repo, 'dist', name)), headers: { 'content-type': type, 'access-control-allow-origin': '*' } });
  });
  const json = await fs.readFile(path.join(repo, 'static/demo/dau-an-doi-ngoai-2023.json'), 'utf8');
  await paste(page, json.replaceAll('../photos/', `${data}/photos/`), 10);
  await page.waitForFunction(() => document.querySelector('.ed-ok'));
  // The JSON-file embed waits for the URL where the JSON will be published.
  assert.equal(await page.$eval('#ed-copy-embed', (b) => b.disabled), true, 'no URL yet: no JSON-file snippet');
  assert.match(await page.textContent('#ed-embed-hint'), /CORS/);
  const published = `${data}/demo/dau-an-doi-ngoai-2023.json`;
  await page.fill('#ed-base', published);
  await page.selectOption('#ed-layout', 'carousel');
  await page.selectOption('#ed-theme', 'dark');
  await page.waitForFunction(() => !document.querySelector('#ed-copy-embed').disabled);
  const release = JSON.parse(await fs.readFile(path.join(repo, 'dist/release.json'), 'utf8'));
  // A blank article page on an origin of its own.
  const article = 'https://news.example/2025/year-in-review.html';
  let articleHtml = '';
  await context.route(article, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: articleHtml }));
  for (const [button, check] of [
    ['#ed-copy-embed', (s) => assert.ok(s.includes(`src="${published}"`), 'the absolute URL of the JSON')],
    ['#ed-copy-inline', (s) => assert.match(s, /<script type="application\/json">/)],
    ['#ed-prerender', (s) => assert.match(s, /<template shadowrootmode="open">/)],
  ]) {
    await page.$eval('#ed-output', (o) => { o.value = ''; }).catch(() => {});
    await page.click(button);
    await page.waitForFunction(() => document.querySelector('#ed-output')?.value.includes('<highlight-cards'));
    const snippet = await value(page, 'ed-output');
    check(snippet);
    assert.ok(snippet.includes(`src="${release.embed}"`) && snippet.includes(`integrity="${release.integrity}"`) && snippet.includes('crossorigin="anonymous"'),
      `${button}: the release's script tag with its integrity:\n${snippet.slice(0, 300)}`);
    assert.ok(snippet.includes('layout="carousel"') && snippet.includes('theme="dark"'), `${button}: the settings chosen`);
    articleHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Year in review</title></head><body><h1>Year in review</h1>\n${snippet}\n<p>More text.</p></body></html>`;
    const blank = await context.newPage();
    const blankProblems = [];
    blank.on('pageerror', (e) => blankProblems.push(e.message));
    blank.on('console', (m) => m.type() === 'error' && blankProblems.push(m.text()));
    blank.on('requestfailed', (r) => blankProblems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    blank.on('response', (r) => r.status() >= 400 && blankProblems.push(`HTTP ${r.status()}: ${r.url()}`));
    await blank.goto(article);
    await blank.waitForFunction(() => document.querySelector('highlight-cards')?.shadowRoot?.querySelectorAll('.hc-card').length === 10, null, { timeout: 20000 })
      .catch((e) => { throw new Error(`${button}: ${e.message}\n${blankProblems.join('\n')}`); });
    const shown = await blank.evaluate(() => document.querySelector('highlight-cards').shadowRoot.querySelector('article.hc').className);
    assert.match(shown, /hc--carousel/, `${button}: ${shown}`);
    assert.match(shown, /hc--theme-dark/, `${button}: ${shown}`);
    assert.deepEqual(blankProblems, [], button);
    await blank.close();
  }
  assert.deepEqual(problems, []);
  await context.close();
});
