// The editor as a producer uses it the night before publication (each fault
// a producer met there is a test): the preview shows the document as it is
// now, at each device's real width; every photo is checked once its URL
// settles; errors and warnings are listed together in the form's own words
// and a jump keeps the field's label in view; one action is one undo step,
// with Ctrl+Z and a control always in reach; moves and removals keep focus
// and are announced; the language and card numbers come from the story;
// rows pasted from a spreadsheet import, and the CSV export imports back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, repo } from './harness.mjs';

useServersAndBrowser();

async function openEditor(viewport = { width: 1280, height: 900 }) {
  const opened = await openPage(browser, { ...viewport, locale: 'en-US' });
  await opened.page.goto(`${servers.assets.origin}/editor.html`);
  await opened.page.waitForSelector('#ed-import-button');
  return opened;
}

async function paste(page, text, cards) {
  await page.fill('#ed-paste', text);
  await page.click('#ed-import-button');
  await page.waitForFunction((n) => document.querySelectorAll('.ed-card').length === n, cards);
}

const photo = (n) => `${servers.assets.origin}/photos/dau-an-doi-ngoai-2023/0${n}-480.jpg`;
/** A small valid story in English: three cards with photos. */
const story = (src3 = photo(3)) => JSON.stringify({
  id: 'three', language: 'en', title: 'Three moments of the year',
  cards: [1, 2, 3].map((n) => ({
    headline: `Moment ${n}`, body: [`What happened, part ${n}.`],
    // Card 3 keeps the size of a photo it had before (square), as a replaced photo does.
    photo: { src: n === 3 ? src3 : photo(n), width: n === 3 ? 400 : 480, height: n === 3 ? 400 : 320, alt: `Scene ${n}`, caption: `Scene ${n}. (Photo: Jane Doe/AP)` },
  })),
}, null, 2);
const previewState = (page) => page.evaluate(() => {
  const root = document.querySelector('.ed-preview-host').shadowRoot;
  return [...root.querySelectorAll('.hc-card')].map((c) => ({ headline: c.querySelector('.hc-headline')?.textContent, unavailable: !!c.querySelector('.hc-photo-missing, .hc-photo--failed, [data-failed]') || /unavailable/i.test(c.querySelector('figure')?.textContent ?? '') }));
});
const only404 = (problems) => problems.filter((p) => !/404|Failed to load resource/.test(p));

test('a photo URL that does not load is an error beside its field; corrected, the preview shows it at once and the error goes', async () => {
  const { page, context, problems } = await openEditor();
  const missing = `${servers.assets.origin}/photos/dau-an-doi-ngoai-2023/missing.jpg`;
  await paste(page, story(missing), 3);
  await page.waitForFunction(() => document.querySelector('#f-cards-2-photo-src-msg')?.textContent.includes('could not be loaded'));
  assert.equal(await page.$eval('#f-cards-2-photo-src', (el) => el.getAttribute('aria-invalid')), 'true');
  await page.waitForFunction(() => /unavailable/i.test(document.querySelector('.ed-preview-host').shadowRoot.querySelectorAll('.hc-card')[2]?.textContent ?? ''));
  // Corrected (a photo of another shape): no reload, the preview shows it, the size follows the image.
  await page.fill('#f-cards-2-photo-src', `${servers.assets.origin}/photos/dau-an-doi-ngoai-2023/03-960.jpg`);
  await page.waitForFunction(() => {
    const card = document.querySelector('.ed-preview-host').shadowRoot.querySelectorAll('.hc-card')[2];
    const img = card?.querySelector('img');
    return img && img.complete && img.naturalWidth > 0 && !/unavailable/i.test(card.textContent);
  });
  await page.waitForFunction(() => !document.querySelector('#f-cards-2-photo-src-msg'));
  await page.waitForFunction(() => document.querySelector('#f-cards-2-photo-width').value === '960' && document.querySelector('#f-cards-2-photo-height').value === '640');
  assert.deepEqual(only404(problems), []);
  await context.close();
});

test('typing a photo URL fetches it once it settles, not at every keystroke', async () => {
  const { page, context } = await openEditor();
  await paste(page, story(), 3);
  const requested = [];
  page.on('request', (r) => r.url().includes('/photos/dau-an-doi-ngoai-2023/04') && requested.push(r.url()));
  await page.click('#f-cards-2-photo-src', { clickCount: 3 });
  await page.keyboard.type(`${servers.assets.origin}/photos/dau-an-doi-ngoai-2023/04-480.jpg`, { delay: 20 });
  await page.waitForFunction(() => [...document.querySelector('.ed-preview-host').shadowRoot.querySelectorAll('.hc-card img')].some((i) => i.src.includes('/04-480.jpg') && i.complete));
  const partial = requested.filter((u) => !u.endsWith('/04-480.jpg'));
  assert.deepEqual(partial, [], `no request for a half-typed URL: ${partial.join(' ')}`);
  await context.close();
});

test('errors and warnings are listed together, named as the form names them; a jump keeps the field\'s label in view', async () => {
  const { page, context } = await openEditor();
  const doc = JSON.parse(story());
  doc.cards[1].headline = '';
  delete doc.cards[0].photo.width; // a warning: no size
  await paste(page, JSON.stringify(doc, null, 2), 3);
  await page.waitForSelector('#ed-counts');
  assert.match(await page.textContent('#ed-counts'), /^1 errors · 1 warnings/);
  const items = await page.$$eval('.ed-check-list li', (li) => li.map((l) => l.textContent));
  assert.ok(items.some((t) => t.startsWith('Card 2 · Headline: ')), items.join('\n'));
  assert.ok(items.some((t) => t.startsWith('Card 1 · Photo')), items.join('\n'));
  assert.ok(items.every((t) => !/cards\[|credit field/.test(t)), items.join('\n'));
  await page.click('.ed-check-list li a >> text=Card 2 · Headline');
  await page.waitForFunction(() => {
    const label = document.querySelector('label[for="f-cards-1-headline"]').getBoundingClientRect();
    const header = document.querySelector('.ed-top').getBoundingClientRect();
    return label.top >= header.bottom - 1 && label.bottom <= innerHeight;
  });
  await context.close();
});

test('each device is drawn at its real width; the desktop grid has its columns', async () => {
  const { page, context } = await openEditor();
  await paste(page, story(), 3);
  await page.selectOption('#ed-layout', 'grid');
  for (const [width, columns] of [['375', 1], ['768', 2], ['1280', 2]]) {
    await page.selectOption('#ed-width', width);
    await page.waitForFunction((w) => Math.round(document.querySelector('.ed-frame').getBoundingClientRect().width) === Number(w)
      && document.querySelector('.ed-preview-host').shadowRoot.querySelectorAll('.hc-card').length === 3, width);
    const seen = await page.evaluate(() => new Set([...document.querySelector('.ed-preview-host').shadowRoot.querySelectorAll('.hc-card')].map((c) => Math.round(c.getBoundingClientRect().left))).size);
    assert.ok(width === '375' ? seen === 1 : seen >= columns, `${width} px: ${seen} columns`);
  }
  await context.close();
});

test('one action is one undo step (Ctrl+Z too); removal offers undo and keeps focus; a move is announced and followed', async () => {
  const { page, context } = await openEditor();
  await paste(page, story(), 3);
  const headlines = () => page.$$eval('.ed-card input[id$="-headline"]', (i) => i.map((x) => x.value));
  // Move card 1 down: announced, focus on it in its new place.
  await page.click('#ed-card-0 ~ .ed-card-tools button:nth-child(2)');
  await page.waitForFunction(() => document.querySelector('#ed-said').textContent.includes('Card 1 moved: now card 2'));
  assert.deepEqual(await headlines(), ['Moment 2', 'Moment 1', 'Moment 3']);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ed-card-1');
  // Then remove card 3: undo is offered, focus goes to the card before.
  await page.click('#ed-card-2 ~ .ed-card-tools .ed-danger');
  await page.waitForSelector('#ed-undo-removal');
  assert.match(await page.textContent('#ed-said'), /Card 3 removed/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ed-card-1');
  // One undo brings back the removed card only; the move stays.
  await page.click('#ed-undo-removal');
  await page.waitForFunction(() => document.querySelectorAll('.ed-card').length === 3);
  assert.deepEqual(await headlines(), ['Moment 2', 'Moment 1', 'Moment 3']);
  // Ctrl+Z undoes the move; Ctrl+Shift+Z redoes it.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('#f-cards-0-headline').value === 'Moment 1');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() => document.querySelector('#f-cards-0-headline').value === 'Moment 2');
  // Undo stays in reach far down the page.
  await page.$eval('#ed-add-card', (b) => b.scrollIntoView({ block: 'end' }));
  const undo = await page.$eval('#ed-undo', (b) => { const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
  assert.ok(undo, 'the Undo button is on screen');
  await context.close();
});

test('the language and the card numbers come from the story: an English listicle, a countdown that stays one', async () => {
  const { page, context } = await openEditor();
  const text = await fs.readFile(path.join(repo, 'tests/articles/02-en-countdown-paren.txt'), 'utf8');
  await paste(page, text, 5);
  assert.equal(await page.$eval('#f-language', (el) => el.value), 'en');
  const numbers = () => page.$$eval('.ed-card input[id$="-number"]', (i) => i.map((x) => x.value));
  assert.deepEqual(await numbers(), ['5', '4', '3', '2', '1']);
  await page.click('#ed-card-0 ~ .ed-card-tools button:nth-child(2)');
  await page.waitForFunction(() => document.querySelector('#f-cards-1-headline').value.startsWith('A teenage sprinter'));
  assert.deepEqual(await numbers(), ['5', '4', '3', '2', '1'], 'moved, still a countdown');
  // A number typed by hand is kept.
  await page.fill('#f-cards-4-number', '7');
  await page.waitForFunction(() => [...document.querySelector('.ed-preview-host').shadowRoot.querySelectorAll('.hc-card')].some((c) => c.dataset.number === '7'));
  await context.close();
});

test('on a phone the preview is one tap away', async () => {
  const { page, context } = await openEditor({ width: 375, height: 812 });
  await paste(page, story(), 3);
  await page.click('.ed-to-preview');
  await page.waitForFunction(() => {
    const r = document.querySelector('#ed-preview').getBoundingClientRect();
    return r.top >= document.querySelector('.ed-top').getBoundingClientRect().bottom - 2 && r.top < innerHeight / 2;
  });
  await context.close();
});

test('rows pasted from a spreadsheet import; the CSV download imports back to the same cards', async () => {
  const { page, context, problems } = await openEditor();
  // As Google Sheets copies a range: tab-separated, a cell with line breaks in quotes.
  const rows = [
    'title\tThe year in three pictures',
    'language\ten',
    '',
    'number\theadline\tphoto\twidth\theight\talt\tcaption\tbody',
    `1\tFloods in the south\t${photo(1)}\t480\t320\tA flooded street\tA flooded street. (Photo: Jane Doe/AP)\t"First paragraph.\n\nSecond paragraph."`,
    `2\tA new bridge\t${photo(2)}\t480\t320\tThe bridge\tThe bridge at dusk. REUTERS/Carlos Ruiz\tIt opened in May.`,
  ].join('\n');
  await paste(page, rows, 2);
  assert.equal(await page.$eval('#f-title', (el) => el.value), 'The year in three pictures');
  assert.equal(await page.$eval('#f-cards-0-body', (el) => el.value), 'First paragraph.\n\nSecond paragraph.');
  const download = page.waitForEvent('download');
  await page.click('#ed-download-csv');
  const file = await (await download).path();
  const csv = await fs.readFile(file, 'utf8');
  assert.match(csv, /^id,/);
  // Imported back (the format found from the text): the same form.
  const before = await page.$$eval('.ed-card input, .ed-card textarea', (f) => f.map((x) => `${x.id}=${x.value}`));
  await page.selectOption('#ed-format', 'csv');
  await page.fill('#ed-paste', csv);
  await page.click('#ed-import-button');
  await page.waitForFunction(() => document.querySelectorAll('.ed-card').length === 2);
  const after = await page.$$eval('.ed-card input, .ed-card textarea', (f) => f.map((x) => `${x.id}=${x.value}`));
  assert.deepEqual(after, before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the editor in English with an English listicle imported: screenshot for docs/editor.md', async () => {
  const { page, context, problems } = await openEditor({ width: 1280, height: 900 });
  const text = await fs.readFile(path.join(repo, 'tests/articles/01-en-numbered-dot.txt'), 'utf8');
  await paste(page, text, 5);
  await page.waitForFunction(() => document.querySelector('.ed-preview-host').shadowRoot?.querySelectorAll('.hc-card').length === 5);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const { outputDir } = await import('./harness.mjs');
  await fs.mkdir(path.join(outputDir, 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(outputDir, 'screenshots', 'editor-en-1280.png') });
  assert.deepEqual(problems, []);
  await context.close();
});
