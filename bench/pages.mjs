// The pages under test, built in memory from the seed collection so every
// page shows the same 10 cards — number, headline, photo (same JPEGs, same
// srcset), caption with its credit, body — and differs only in how it gets
// them on screen.
//
// Each page also carries a probe description (see measure.mjs): which
// elements count as its cards, which control is "next", and how to read the
// shown card's index. Peers are only counted once their library has
// initialised the slider (its own "initialised" class): before that their
// markup is unstyled or hidden (Splide's CSS hides `.splide` until mounted),
// so counting the raw markup would credit them with work not yet done.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import crypto from 'node:crypto';
import { repo } from './server.mjs';
import { headHints } from '../scripts/hints.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SEED = 'dau-an-doi-ngoai-2023';
export const seedFile = path.join(repo, 'static/demo', `${SEED}.json`);

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * Splits "… Joe Biden. (Nguồn: TTXVN)" into the caption text and the credit
 * "(Nguồn: TTXVN)". The seed's captions all end with a parenthesised credit;
 * the widget has its own, richer parser, but the peers only need the split.
 */
export function splitCredit(caption) {
  const m = /^(.*?)\s*(\([^()]*\))\s*$/s.exec(caption ?? '');
  return m ? { text: m[1], credit: m[2] } : { text: caption ?? '', credit: '' };
}

/** The seed's cards with every photo URL made absolute against the asset origin. */
export function seedCards(seed, assetOrigin) {
  const base = `${assetOrigin}/demo/${SEED}.json`;
  const abs = (u) => new URL(u, base).href;
  return seed.cards.map((c) => ({
    number: c.number,
    headline: c.headline,
    body: c.body ?? [],
    photo: {
      ...c.photo,
      src: abs(c.photo.src),
      srcset: c.photo.srcset
        ?.split(',')
        .map((part) => {
          const [url, w] = part.trim().split(/\s+/);
          return `${abs(url)} ${w}`;
        })
        .join(', '),
      ...splitCredit(c.photo.caption),
    },
  }));
}

/**
 * A collection of `n` cards for the scale test: the seed's cards repeated in
 * order with new numbers 1..n. Photo URLs stay relative, so the JSON must be
 * served from a folder beside `photos/` (the runner serves it at /bench-data/).
 */
export function scaledCollection(seed, n) {
  const cards = Array.from({ length: n }, (_, i) => ({ ...seed.cards[i % seed.cards.length], number: i + 1 }));
  return { ...seed, id: `${seed.id}-x${n}`, title: `${seed.title} (${n})`, cards, readMore: undefined };
}

const head = (title, extra = '') => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
${extra}</head>
`;

// The peers' pages share one small stylesheet for the card inside a slide, so
// they look alike and their CSS bytes include what a site would add.
const CARD_CSS = `/* Card inside a peer's slide (benchmark page). */
body { margin: 0; font: 16px/1.6 system-ui, "Noto Sans", Arial, sans-serif; color: #1b1b1b; background: #fff; }
.bench-head { padding: 12px 16px 0; }
.bench-head h2 { font: 700 1.5em/1.3 "Noto Serif", Georgia, serif; margin: 0 0 .4em; }
.card { padding: 0 16px 16px; box-sizing: border-box; }
.card-num { display: inline-block; min-width: 2em; margin: 0 0 .4em; border-radius: 1em; background: #005aa0; color: #fff; font-weight: 700; text-align: center; }
.card h3 { font: 700 1.25em/1.3 "Noto Serif", Georgia, serif; margin: 0 0 .6em; }
.card figure { margin: 0 0 .8em; }
.card img { display: block; width: 100%; height: auto; background: #f6f3ee; }
.card figcaption { font-size: .875em; color: #595959; margin-top: .4em; }
.card-credit { font-style: italic; white-space: nowrap; }
.card p { margin: 0 0 .8em; }
`;

function cardHtml(c, i) {
  const p = c.photo;
  // Like the widget: the first photo eager, the rest lazy.
  return `<article class="card">
<p class="card-num">${c.number}</p>
<h3>${esc(c.headline)}</h3>
<figure>
<img src="${esc(p.src)}" srcset="${esc(p.srcset)}" sizes="100vw" width="${p.width}" height="${p.height}" alt="${esc(p.alt)}"${i ? ' loading="lazy"' : ''}>
<figcaption>${esc(p.text)} <span class="card-credit">${esc(p.credit)}</span></figcaption>
</figure>
${c.body.map((b) => `<p>${esc(b)}</p>`).join('\n')}
</article>`;
}

const benchHeader = (seed) => `<header class="bench-head"><h2>${esc(seed.title)}</h2><p>${esc(seed.intro)}</p></header>\n`;

// How the probe finds things on each kind of page. Strings, because they are
// evaluated inside the page (see measure.mjs); `root` is `document` or the
// widget host's open shadow root.
const WIDGET_ROOT = `document.querySelector('highlight-cards')?.shadowRoot`;
const PROBES = {
  static: { cards: `document.querySelectorAll('highlight-cards ol > li')` },
  widget: {
    cards: `${WIDGET_ROOT}?.querySelectorAll('.hc-card')`,
    next: `${WIDGET_ROOT}?.querySelector('.hc-next')`,
    // The position ("2 / 10" → 1), shown from its data-label since the text is kept out of prerendered markup
    index: `(() => { const t = ${WIDGET_ROOT}?.querySelector('.hc-position')?.dataset.label; const m = /(\\d+)\\s*\\/\\s*\\d+/.exec(t || ''); return m ? Number(m[1]) - 1 : null; })()`,
  },
  // Peers: the index their own API reports, which changes as soon as a move
  // starts (Splide's `is-active` class only moves when the transition ends).
  splide: {
    cards: `document.querySelector('.splide.is-initialized') && document.querySelectorAll('.splide__slide:not(.splide__slide--clone)')`,
    next: `document.querySelector('.splide__arrow--next')`,
    index: `typeof splide === 'undefined' ? null : splide.index`,
  },
  swiper: {
    cards: `document.querySelector('.swiper.swiper-initialized') && document.querySelectorAll('.swiper-slide')`,
    next: `document.querySelector('.swiper-button-next')`,
    index: `typeof swiper === 'undefined' ? null : swiper.activeIndex`,
  },
  timelinejs: {
    // TimelineJS builds its slides itself.
    cards: `document.querySelectorAll('.tl-storyslider .tl-slide:not(.tl-slide-titleslide)')`,
    // On a phone-sized screen TimelineJS hides its previous/next arrows
    // (.tl-slidenav-next) and shows a "swipe to navigate" hint; its one-tap
    // way forward is the next event's marker in the time navigation.
    next: `document.querySelectorAll('.tl-timenav .tl-timemarker')[1]?.querySelector('.tl-timemarker-content-container')`,
    index: `[...document.querySelectorAll('.tl-timenav .tl-timemarker')].findIndex((m) => m.classList.contains('tl-timemarker-active'))`,
  },
};

/**
 * Builds every page. Returns { pages: [spec], files: Map(path → {body,type}) }
 * where a spec is { id, label, path, probe, expected, interactive, html,
 * unavailable? }. `prerendered` is the CLI's output or { error }.
 */
export async function buildPages({ seed, assetOrigin, prerendered, scaleSizes }) {
  const A = assetOrigin;
  const cards = seedCards(seed, A);
  const files = new Map();
  const pages = [];
  const add = (spec) => pages.push({ expected: cards.length, interactive: true, ...spec });

  // (a) The floor: the plain-HTML form of the seed, examples/plain-html.html
  // (docs/embedding.md, "Three data sources"), with its script tag removed;
  // its own <style> becomes a stylesheet file so its bytes are counted like
  // every other page's CSS.
  const example = await fs.readFile(path.join(repo, 'examples/plain-html.html'), 'utf8');
  const styleMatch = /<style>([\s\S]*?)<\/style>/.exec(example);
  files.set('/plain.css', { body: styleMatch ? styleMatch[1].trim() + '\n' : '', type: 'text/css; charset=utf-8' });
  const plain = example
    .replaceAll('{{ASSETS}}', A)
    .replace(/\s*<script\b[^>]*embed\.js[^>]*><\/script>/, '')
    .replace(/<style>[\s\S]*?<\/style>/, '<link rel="stylesheet" href="/plain.css">');
  if (/<script\b/i.test(plain)) throw new Error('plain-html.html still has a script after removing embed.js');
  add({ id: 'static', label: '(a) static HTML, no script', path: '/a-static.html', probe: PROBES.static, interactive: false, html: plain });

  // (b) The widget from JSON, exactly the one-script-tag snippet of
  // docs/embedding.md ("Self-hosting: one script tag").
  add({
    id: 'widget-json',
    label: '(b) highlight-cards, JSON src',
    path: '/b-widget-json.html',
    probe: PROBES.widget,
    html: `${head(seed.title, `<script type="module" src="${A}/embed.js"></script>\n`)}<body>
<highlight-cards layout="carousel" src="${A}/demo/${SEED}.json"></highlight-cards>
</body>
</html>
`,
  });

  // (c) The widget prerendered by the CLI (declarative shadow root + data), then hydrated.
  const cSpec = { id: 'widget-ssr', label: '(c) highlight-cards, prerendered + hydrated', path: '/c-widget-ssr.html', probe: PROBES.widget };
  if (prerendered.html) {
    add({
      ...cSpec,
      html: `${head(seed.title, `<script type="module" src="${A}/embed.js"></script>\n`)}<body>
${prerendered.html}
</body>
</html>
`,
    });
  } else {
    add({ ...cSpec, unavailable: prerendered.error });
  }

  // (b) and (c) again with the head hints `scripts/release` prints
  // (scripts/hints.mjs): what a site's template buys by starting the wasm
  // (and for (b) the data) with the HTML.
  const dist = path.join(repo, 'dist');
  const wasm = (await fs.readdir(dist)).find((f) => /^highlight-cards-[0-9a-f]+_bg\.wasm$/.test(f));
  const sri = async (f) => `sha384-${crypto.createHash('sha384').update(await fs.readFile(path.join(dist, f))).digest('base64')}`;
  const integrity = { 'embed.js': await sri('embed.js'), [wasm]: await sri(wasm) };
  const hinted = (data) => headHints({ embed: `${A}/embed.js`, wasm, integrity, data }).join('\n') + '\n';
  const withHints = (id, label, pathName, hints) => {
    const base = pages.find((p) => p.id === id);
    if (!base || base.unavailable) return;
    add({ ...base, id: `${id}-hints`, label, path: pathName, html: base.html.replace('<script type="module"', `${hints}<script type="module"`) });
  };
  withHints('widget-json', '(b+) highlight-cards, JSON src, head hints', '/b-widget-json-hints.html', hinted(`${A}/demo/${SEED}.json`));
  withHints('widget-ssr', '(c+) highlight-cards, prerendered, head hints', '/c-widget-ssr-hints.html', hinted());

  files.set('/card.css', { body: CARD_CSS, type: 'text/css; charset=utf-8' });
  const slides = cards.map(cardHtml);

  // (d) Splide, as its Getting Started page sets it up: the CSS, the
  // `.splide > .splide__track > .splide__list > .splide__slide` markup, the
  // script, then `new Splide('.splide').mount()`.
  add({
    id: 'splide',
    label: '(d) Splide',
    path: '/d-splide.html',
    probe: PROBES.splide,
    html: `${head(seed.title, `<link rel="stylesheet" href="${A}/peers/splide/css/splide.min.css">\n<link rel="stylesheet" href="/card.css">\n`)}<body>
${benchHeader(seed)}<section class="splide" aria-label="${esc(seed.title)}">
<div class="splide__track">
<ul class="splide__list">
${slides.map((s) => `<li class="splide__slide">${s}</li>`).join('\n')}
</ul>
</div>
</section>
<script src="${A}/peers/splide/js/splide.min.js"></script>
<script>
var splide = new Splide('.splide');
splide.mount();
</script>
</body>
</html>
`,
  });

  // (e) Swiper, per its Get Started page: the bundle CSS and JS, the
  // `.swiper > .swiper-wrapper > .swiper-slide` markup with navigation buttons.
  add({
    id: 'swiper',
    label: '(e) Swiper',
    path: '/e-swiper.html',
    probe: PROBES.swiper,
    html: `${head(seed.title, `<link rel="stylesheet" href="${A}/peers/swiper/swiper-bundle.min.css">\n<link rel="stylesheet" href="/card.css">\n`)}<body>
${benchHeader(seed)}<div class="swiper">
<div class="swiper-wrapper">
${slides.map((s) => `<div class="swiper-slide">${s}</div>`).join('\n')}
</div>
<div class="swiper-button-prev"></div>
<div class="swiper-button-next"></div>
</div>
<script src="${A}/peers/swiper/swiper-bundle.min.js"></script>
<script>
const swiper = new Swiper('.swiper', { navigation: { nextEl: '.swiper-button-next', prevEl: '.swiper-button-prev' } });
</script>
</body>
</html>
`,
  });

  // (f) TimelineJS, per its "Loading files" docs: CSS and JS in <head>, an
  // embed <div> with a height, and `new TL.Timeline(id, data, options)` with
  // the data as a JSON object. TimelineJS needs a date per event and the
  // cards have none, so each gets 2023-MM with MM = its number — an
  // ordering key only; `display_date` shows the card's number instead.
  // `script_path` points at the local copy: its default is the vendor's CDN,
  // which it would otherwise ask for its locale and font CSS.
  const timeline = {
    events: cards.map((c) => ({
      unique_id: `card-${c.number}`,
      start_date: { year: 2023, month: c.number },
      display_date: String(c.number),
      text: { headline: esc(c.headline), text: c.body.map((b) => `<p>${esc(b)}</p>`).join('') },
      media: { url: c.photo.src, caption: esc(c.photo.text), credit: esc(c.photo.credit), alt: c.photo.alt },
    })),
  };
  const tlOptions = { script_path: `${A}/peers/timelinejs/js/`, language: 'vi', hash_bookmark: false };
  add({
    id: 'timelinejs',
    label: '(f) TimelineJS',
    path: '/f-timelinejs.html',
    probe: PROBES.timelinejs,
    html: `${head(
      seed.title,
      `<link title="timeline-styles" rel="stylesheet" href="${A}/peers/timelinejs/css/timeline.css">\n<script src="${A}/peers/timelinejs/js/timeline.js"></script>\n`,
    )}<body style="margin:0">
<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(timeline).replace(/</g, '\\u003c')}, ${JSON.stringify(tlOptions)});
</script>
</body>
</html>
`,
  });

  // The widget at scale, list layout, data served beside photos/ so its
  // relative photo URLs resolve.
  const scale = scaleSizes.map((n) => ({
    id: `scale-${n}`,
    label: `highlight-cards list, ${n} cards`,
    path: `/scale-${n}.html`,
    probe: PROBES.widget,
    expected: n,
    interactive: false,
    dataPath: `/bench-data/cards-${n}.json`,
    data: JSON.stringify(scaledCollection(seed, n)),
    html: `${head(`${seed.title} (${n})`, `<script type="module" src="${A}/embed.js"></script>\n`)}<body>
<highlight-cards layout="list" src="${A}/bench-data/cards-${n}.json"></highlight-cards>
</body>
</html>
`,
  }));

  return { pages, scale, files };
}

export const benchDir = here;
