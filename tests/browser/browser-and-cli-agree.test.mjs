// One reading of a page: the browser's embed and the native
// CLI (`validate page.html`, `render page.html`) must find the same hosts,
// sources, languages, cards and warnings. Each page is read both ways and
// compared host by host: what `validate` says a reader's browser would do is
// what the browser does, and what `render` prerenders is what it renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servers, browser, useServersAndBrowser, openPage, outputDir, repo, runCli as cli } from './harness.mjs';

useServersAndBrowser();

/** What `validate` says of each host, by its 1-based position. */
function parseValidate(stdout) {
  const hosts = {};
  const at = (n) => (hosts[n] ??= { warnings: [], errors: [] });
  for (const line of stdout.split('\n')) {
    let m;
    if ((m = line.match(/#(\d+)(?::\d+:\d+)?: (warning|error): (.*)$/))) at(m[1])[`${m[2]}s`].push(m[3]);
    else if ((m = line.match(/#(\d+): ok \((\d+) cards?\)$/))) Object.assign(at(m[1]), { verdict: 'valid', cards: Number(m[2]) });
    else if ((m = line.match(/#(\d+): invalid .*would still show (\d+) cards?/))) Object.assign(at(m[1]), { verdict: 'shown', cards: Number(m[2]) });
    else if ((m = line.match(/#(\d+): invalid .*would show nothing$/))) Object.assign(at(m[1]), { verdict: 'nothing' });
    else if ((m = line.match(/#(\d+): skipped/))) Object.assign(at(m[1]), { verdict: 'loads' });
  }
  return hosts;
}

/** Headlines and languages of each widget in a page, read in the browser. */
const readWidgets = () => [...document.querySelectorAll('highlight-cards, [data-highlight-cards]')].map((host) => {
  const article = host.shadowRoot?.querySelector('article.hc');
  return {
    id: host.id,
    src: host.hasAttribute('src') || host.hasAttribute('data-src'),
    headlines: article ? [...article.querySelectorAll('li.hc-card .hc-headline')].map((h) => h.textContent.trim()) : [],
    lang: article?.getAttribute('lang') ?? null,
    numbers: article ? [...article.querySelectorAll('li.hc-card .hc-number')].map((n) => n.textContent.trim()) : [],
  };
});

// What each host of one-reading.html is (see the comments in the page), so
// that both readers being wrong the same way cannot pass.
const expected = {
  'one-reading.html': {
    'empty-lang': 'valid', 'english-section': 'valid', loads: 'loads', inline: 'valid',
    'nested-script': 'valid', 'wrong-type': 'shown', 'no-data': 'nothing', 'not-a-collection': 'nothing',
  },
};

for (const page of ['one-reading.html', 'bad-data.html']) {
  test(`one reading of ${page}: validate and render (native) and the embed (browser) find the same hosts, languages, cards and warnings`, async () => {
    const source = await fs.readFile(path.join(repo, 'tests/browser/pages', page), 'utf8');
    const local = path.join(outputDir, `reading-${page}`);
    await fs.mkdir(outputDir, { recursive: true });
    await fs.writeFile(local, source.replaceAll('{{ASSETS}}', servers.assets.origin));

    // Native.
    const validated = cli(['validate', local]);
    assert.ok([0, 1, 3].includes(validated.status), validated.stderr);
    const native = parseValidate(validated.stdout);
    const rendered = cli(['render', local, '--base', `${servers.pages.origin}/test/${page}`]);
    const prerendered = path.join(outputDir, `reading-render-${page}`);
    await fs.writeFile(prerendered, `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>r</title><link rel="icon" href="data:,"></head><body>${rendered.stdout}</body></html>`);

    // Browser: the page as a reader gets it.
    const { page: tab, problems, context } = await openPage(browser, { width: 1280, height: 900 });
    await tab.goto(`${servers.pages.origin}/test/${page}`);
    const hosts = await tab.evaluate(() => document.querySelectorAll('highlight-cards, [data-highlight-cards]').length);
    await tab.waitForFunction((n) => Object.keys(window.__outcome).length === n, hosts, { timeout: 20000 });
    const outcome = await tab.evaluate(() => window.__outcome);
    const live = await tab.evaluate(readWidgets);
    // The prerendered widgets, without scripts.
    const { page: still, context: stillContext } = await openPage(browser, { width: 1280, height: 900, javaScriptEnabled: false });
    await still.goto(`${servers.pages.origin}/out/reading-render-${page}`);
    const server = await still.evaluate(readWidgets);
    await stillContext.close();

    assert.equal(Object.keys(native).length, hosts, `validate found every host: ${validated.stdout}`);
    const validIds = [];
    live.forEach((widget, i) => {
      const n = native[i + 1];
      // bad-data.html records { ready: warnings } or { error: errors }.
      const o = outcome[widget.id];
      const seen = { state: o.state ?? ('ready' in o ? 'ready' : 'error'), warnings: o.warnings ?? o.ready, cards: widget.headlines.length };
      const where = `${page} host #${i + 1} (${widget.id}): validate said ${JSON.stringify(n)}, the browser ${JSON.stringify(seen)}`;
      if (expected[page]) assert.equal(n.verdict, expected[page][widget.id], where);
      if (widget.src) {
        assert.equal(n.verdict, 'loads', where);
        return;
      }
      switch (n.verdict) {
        case 'valid':
          assert.equal(seen.state, 'ready', where);
          assert.equal(seen.cards, n.cards, where);
          assert.deepEqual(seen.warnings, n.warnings, `${where}: the same warnings`);
          validIds.push(widget.id);
          break;
        case 'shown':
          assert.equal(seen.state, 'ready', where);
          assert.equal(seen.cards, n.cards, where);
          break;
        case 'nothing':
          assert.equal(seen.state, 'error', where);
          break;
        default:
          assert.fail(where);
      }
    });
    assert.ok(validIds.length >= 2, `${page}: some widgets are valid (${validIds})`);
    if (page === 'one-reading.html') {
      const lang = Object.fromEntries(live.map((w) => [w.id, w.lang]));
      assert.deepEqual([lang['empty-lang'], lang['english-section'], lang.inline], ['vi', 'en', 'vi-VN'], 'content languages');
    }
    // What render prerendered is what the browser renders: the valid
    // widgets, in order, with the same cards, numbers and language.
    const liveValid = live.filter((w) => validIds.includes(w.id));
    assert.deepEqual(server.map(({ headlines, numbers, lang }) => ({ headlines, numbers, lang })),
      liveValid.map(({ headlines, numbers, lang }) => ({ headlines, numbers, lang })));
    assert.deepEqual(problems.filter((p) => !/highlight-cards/.test(p)), []);
    await context.close();
  });
}
