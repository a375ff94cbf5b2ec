// The host matrix: one widget holding real content
// (tests/browser/pages/field/field.json: a 157-character URL, unbroken
// words, a 7-paragraph card beside a one-line card, portrait and panorama
// photos, odd credits) in every formatting context a news template puts an
// embed in. Shared by tests/browser/hosts.test.mjs (Chromium, Playwright)
// and the cross-engine tests in tests/engines/ (WebKit, Firefox), so:
// - the pages are plain HTML strings (`hostPage`);
// - the page-side functions (`isReady`, `settle`, `measure`, `readField`)
//   reference nothing outside themselves and take no arguments: stringify
//   them and run them with `new Function`, `executeScript` or
//   `page.evaluate`; `settle` returns a Promise, the others plain JSON;
// - `problems(metrics)` and `fieldProblems(field)` are plain Node functions.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The field collection (inline in every host page; photo URLs are /test/field/…, on the pages origin). */
export const FIELD = JSON.parse(fs.readFileSync(path.join(here, 'pages/field/field.json'), 'utf8'));

export const LAYOUTS = ['list', 'grid', 'carousel'];
export const WIDTHS = [320, 375, 1280];

// Helpers every page gets (used by the contexts' `available` functions):
// cw(el): content-box width; hx(el): horizontal margin + border + padding.
const PAGE_HELPERS = `
  function px(v) { return parseFloat(v) || 0; }
  function cw(el) { const s = getComputedStyle(el); return el.clientWidth - px(s.paddingLeft) - px(s.paddingRight); }
  function hx(el) { const s = getComputedStyle(el); return px(s.marginLeft) + px(s.marginRight) + px(s.borderLeftWidth) + px(s.borderRightWidth) + px(s.paddingLeft) + px(s.paddingRight); }
  function host() { return document.getElementById('w'); }
`;

const LOREM = [
  'Mực nước trên sông Tiền và sông Hậu bắt đầu dâng từ giữa tháng Bảy, chậm hơn mọi năm gần ba tuần. Các địa phương đầu nguồn đã kiểm tra lại hệ thống đê bao và cống ngăn lũ.',
  'Ở nhiều xã, người dân tranh thủ những tuần nước lên để đánh bắt cá đồng, hái bông điên điển và chở khách du lịch đi xem cánh đồng ngập nước.',
  'Các nhà khoa học cho rằng lũ thấp kéo dài nhiều năm sẽ làm giảm lượng phù sa bồi đắp cho đồng ruộng, và khuyến nghị các tỉnh tính lại lịch thời vụ cho phù hợp.',
  'Bạn đọc có thể gửi ảnh và câu chuyện về mùa nước nổi ở quê mình cho tòa soạn qua hộp thư điện tử của chuyên mục.',
];
const para = (i) => `<p>${LOREM[i % LOREM.length]}</p>`;
const AD = '<div class="ad" role="complementary" aria-label="Quảng cáo">Quảng cáo 300 × 250</div>';
const SIDEBAR = `<aside class="sidebar">${AD}<h2 class="side-title">Tin mới</h2><ul class="side-list"><li><a href="#">Giá lúa Thu Đông tăng nhẹ</a></li><li><a href="#">Mở thêm tuyến xe buýt đường thủy</a></li><li><a href="#">Hội chợ nông sản cuối tuần</a></li></ul></aside>`;

const FLEX_ROW_CSS = (mainRule) => `
  .row { display: flex; gap: 32px; align-items: flex-start; }
  ${mainRule}
  .row > aside { flex: 0 0 300px; }
  @media (max-width: 700px) { .row { flex-direction: column; gap: 16px; align-items: stretch; } .row > aside { flex-basis: auto; } }
`;
// What the article column gets in a flex row (side by side) or a stacked one.
const FLEX_ROW_AVAILABLE = `
  const row = document.querySelector('.row');
  const s = getComputedStyle(row);
  if (s.flexDirection === 'column') return cw(row);
  return cw(row) - 300 - px(s.columnGap) - hx(document.querySelector('.row > main'));
`;

/**
 * The formatting contexts. `html(widget)` places the widget markup in the
 * page body; `css` is added to the page's styles; `available` is the body of
 * a page-side function returning the width the template gives the widget;
 * `onReady` runs in the page when the widget's ready event fires (before the
 * test may measure); `frame` puts the widget in an iframe.
 */
export const CONTEXTS = [
  {
    name: 'block',
    description: 'in the article column, a block between paragraphs',
    css: '.article-body { max-width: 740px; }',
    html: (w) => `<main class="article-body">${para(0)}${para(1)}${w}${para(2)}${para(3)}</main>`,
    available: 'return cw(host().parentElement);',
  },
  {
    name: 'flex-row',
    description: 'article <main> (flex: 1 1 auto) beside a 300px ad column in a flex row, stacked below 700px',
    css: FLEX_ROW_CSS('.row > main { flex: 1 1 auto; }'),
    html: (w) => `<div class="row"><main class="article-body">${para(0)}${w}${para(1)}${para(2)}</main>${SIDEBAR}</div>`,
    available: FLEX_ROW_AVAILABLE,
  },
  {
    name: 'flex-row-nogrow',
    description: 'the same flex row, but <main> has no flex rule at all (flex: 0 1 auto)',
    css: FLEX_ROW_CSS(''),
    html: (w) => `<div class="row"><main class="article-body">${para(0)}${w}${para(1)}${para(2)}</main>${SIDEBAR}</div>`,
    available: FLEX_ROW_AVAILABLE,
  },
  {
    name: 'flex-column',
    description: 'a direct child of a column flexbox with align-items: center',
    css: '.stack { display: flex; flex-direction: column; align-items: center; gap: 16px; } .stack > p { max-width: 40em; }',
    html: (w) => `<main class="stack">${para(0)}${w}${para(1)}</main>`,
    available: 'return cw(host().parentElement) - hx(host());',
  },
  {
    name: 'grid-cell',
    description: 'the first cell of a minmax(0,2fr) minmax(0,1fr) grid, one column below 700px',
    css: '.grid { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 24px; } @media (max-width: 700px) { .grid { grid-template-columns: minmax(0, 1fr); } }',
    html: (w) => `<div class="grid"><main class="article-body">${para(0)}${w}${para(1)}</main>${SIDEBAR}</div>`,
    available: 'return cw(host().parentElement);',
  },
  {
    name: 'float',
    description: 'inside a float: left wrapper with no width (shrink-to-fit)',
    css: '.pull { float: left; margin: 0 0 16px; } .clear { clear: both; }',
    html: (w) => `<main class="article-body">${para(0)}<div class="pull">${w}</div>${para(1)}<p class="clear">${LOREM[2]}</p></main>`,
    available: 'const wrap = host().parentElement; return cw(wrap.parentElement) - hx(wrap);',
  },
  {
    name: 'inline-block',
    description: 'inside a display: inline-block wrapper (shrink-to-fit)',
    css: '.embed-box { display: inline-block; vertical-align: top; }',
    html: (w) => `<main class="article-body">${para(0)}<div class="embed-box">${w}</div>${para(1)}</main>`,
    available: 'const wrap = host().parentElement; return cw(wrap.parentElement) - hx(wrap);',
  },
  {
    name: 'table-cell',
    description: 'the first cell of a two-column auto-layout table (width 100%, second cell 300px), cells stacked below 700px',
    css: `.layout-table { width: 100%; border-collapse: collapse; }
      .layout-table td { vertical-align: top; padding: 0 12px; }
      .layout-table td.side { width: 300px; }
      @media (max-width: 700px) { .layout-table, .layout-table tbody, .layout-table tr, .layout-table td { display: block; width: auto; } .layout-table td.side { width: auto; } }`,
    html: (w) => `<table class="layout-table"><tr><td class="content">${para(0)}${w}${para(1)}</td><td class="side">${SIDEBAR}</td></tr></table>`,
    available: `const table = document.querySelector('.layout-table');
      const cell = document.querySelector('td.content');
      const base = cw(table.parentElement);
      if (getComputedStyle(cell).display === 'block') return base - hx(cell);
      return base - document.querySelector('td.side').offsetWidth - hx(cell);`,
  },
  {
    name: 'details',
    description: 'inside an open <details>',
    css: 'details { border: 1px solid #ccc; border-radius: 6px; padding: 8px 12px; margin: 16px 0; } summary { font-weight: bold; cursor: pointer; }',
    html: (w) => `<main class="article-body">${para(0)}<details open><summary>Xem các điểm nhấn</summary>${w}</details>${para(1)}</main>`,
    available: 'return cw(host().parentElement);',
  },
  {
    name: 'hidden-tab',
    description: 'in a display: none tab panel that a script shows after the ready event',
    css: '.tabs { display: flex; gap: 8px; margin: 16px 0 0; } .tabs button { font: inherit; padding: 6px 12px; } .panel { border-top: 2px solid #8b0000; padding-top: 12px; } .panel[hidden] { display: none; }',
    html: (w) => `<main class="article-body">${para(0)}<div class="tabs" role="tablist"><button role="tab" aria-selected="true" id="tab-text">Bài viết</button><button role="tab" aria-selected="false" id="tab-cards">Điểm nhấn</button></div><div class="panel" id="panel-text" role="tabpanel">${para(1)}</div><div class="panel" id="panel-cards" role="tabpanel" hidden>${w}</div>${para(2)}</main>`,
    available: 'return cw(host().parentElement);',
    onReady: `document.getElementById('panel-text').hidden = true;
      document.getElementById('panel-cards').hidden = false;
      document.getElementById('tab-text').setAttribute('aria-selected', 'false');
      document.getElementById('tab-cards').setAttribute('aria-selected', 'true');`,
  },
  {
    name: 'iframe',
    description: 'in an <iframe srcdoc> as wide as the article column (80vh tall)',
    css: '.article-body { max-width: 740px; } iframe.embed-frame { display: block; width: 100%; height: 80vh; border: 1px solid #ccc; }',
    frame: true,
    html: (frame) => `<main class="article-body">${para(0)}${frame}${para(1)}</main>`,
    available: 'return cw(host().parentElement);',
  },
  {
    name: 'narrow-160',
    description: 'in a 160px cell (a narrow side column)',
    css: '.narrow { width: 160px; }',
    html: (w) => `<main class="article-body">${para(0)}<div class="narrow">${w}</div>${para(1)}</main>`,
    available: 'return cw(host().parentElement);',
  },
];

const escapeAttr = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The widget element with the collection inline (`</` escaped so the JSON cannot close the script). */
export function widgetMarkup({ layout, collection = FIELD }) {
  const json = JSON.stringify(collection, null, 1).replaceAll('</', '<\\/');
  return `<highlight-cards id="w" layout="${layout}" lang="vi"><script type="application/json">${json}</script></highlight-cards>`;
}

// Sets window.__hcReady once the widget has rendered (and the context's
// onReady ran), or window.__hcError if it showed an error instead.
const readyScript = (onReady = '') => `<script>
  ${PAGE_HELPERS}
  document.addEventListener('highlight-cards:ready', function (e) {
    if (e.target.id !== 'w') return;
    ${onReady}
    window.__hcReady = true;
  });
  document.addEventListener('highlight-cards:error', function (e) { window.__hcError = JSON.stringify(e.detail); });
</script>`;

const BASE_CSS = `
  *, *::before, *::after { box-sizing: border-box; }
  html { -webkit-text-size-adjust: 100%; }
  body { margin: 0; font: 17px/1.6 Georgia, "Times New Roman", serif; color: #222; background: #fff; }
  a { color: #8b0000; }
  .masthead { background: #8b0000; color: #fff; padding: 10px 16px; }
  .masthead .brand { font: bold 22px/1.2 Arial, sans-serif; margin: 0; }
  .masthead nav { display: flex; flex-wrap: wrap; gap: 4px 14px; font: 14px/1.6 Arial, sans-serif; }
  .masthead nav a { color: #fff; text-decoration: none; }
  .page { max-width: 1200px; margin: 0 auto; padding: 16px; }
  .breadcrumb { font: 13px Arial, sans-serif; color: #666; }
  h1 { font-size: 1.9em; line-height: 1.25; margin: 0.3em 0; }
  .sapo { font-weight: bold; }
  .byline { font: 14px Arial, sans-serif; color: #555; }
  .ad { width: 300px; max-width: 100%; height: 250px; background: #eee; color: #777; display: grid; place-items: center; font: 13px Arial, sans-serif; }
  .sidebar ul { padding-left: 1.2em; }
  .site-footer { background: #222; color: #ddd; padding: 24px 16px; font: 14px/1.6 Arial, sans-serif; }
`;

/**
 * A full article page with ONE widget (`#w`, the field collection inline)
 * placed in `context` (a name from CONTEXTS), loading `${assets}/embed.js`.
 */
export function hostPage({ context, layout, assets }) {
  const ctx = CONTEXTS.find((c) => c.name === context);
  if (!ctx) throw new Error(`unknown context ${context}`);
  const widget = widgetMarkup({ layout });
  const availableScript = `<script>window.__hcAvailable = function () { ${ctx.available} };</script>`;
  let body;
  let headScripts;
  if (ctx.frame) {
    const inner = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 8px; font: 16px/1.5 Arial, sans-serif; }</style>
${readyScript()}${availableScript}
<script type="module" src="${assets}/embed.js"></script></head>
<body>${widget}</body></html>`;
    body = ctx.html(`<iframe class="embed-frame" title="Sáu điểm nhấn của mùa nước nổi" srcdoc="${escapeAttr(inner)}"></iframe>`);
    headScripts = `<script>${PAGE_HELPERS}</script>`;
  } else {
    body = ctx.html(widget);
    headScripts = `${readyScript(ctx.onReady)}${availableScript}<script type="module" src="${assets}/embed.js"></script>`;
  }
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mùa nước nổi 2023 · ${context} · ${layout}</title>
  <link rel="icon" href="data:,">
  <style>${BASE_CSS}
  /* context: ${context} — ${ctx.description} */
  ${ctx.css}</style>
  ${headScripts}
</head>
<body>
  <header class="masthead"><p class="brand">Báo Đồng Bằng</p><nav><a href="#">Thời sự</a><a href="#">Kinh tế</a><a href="#">Đời sống</a><a href="#">Du lịch</a></nav></header>
  <div class="page">
    <p class="breadcrumb"><a href="#">Đời sống</a> › Mùa nước nổi</p>
    <h1>Mùa nước nổi 2023: một mùa lũ thấp và những cách thích nghi mới</h1>
    <p class="byline">Phóng viên thường trú ĐBSCL · 06:30 | 30/10/2023</p>
    <p class="sapo">Lũ về thấp và muộn, nhưng đồng bằng vẫn có một mùa nước nhiều chuyện để kể.</p>
    ${body}
  </div>
  <footer class="site-footer"><p>Báo Đồng Bằng — trang thử nghiệm của highlight-cards.</p><p>Địa chỉ tòa soạn và thông tin liên hệ.</p></footer>
</body>
</html>
`;
}

// ---------- page-side functions (self-contained; no arguments) ----------

/** True once the widget rendered (and the context's onReady ran); a string if it showed an error. */
export function isReady() {
  const frame = document.querySelector('iframe.embed-frame');
  const win = frame ? frame.contentWindow : window;
  if (!win) return false;
  if (win.__hcError) return 'error: ' + win.__hcError;
  const host = win.document.getElementById('w');
  return !!(win.__hcReady && host && host.shadowRoot && host.shadowRoot.querySelector('article.hc'));
}

/**
 * Resolves once layout has settled: the widget's and the page's sizes, the
 * carousel track's scroll position and the document width unchanged over
 * three consecutive animation frames (after a resize, an image load, a
 * carousel move). Gives up after 300 frames (it then resolves `false`).
 */
export function settle() {
  const frame = document.querySelector('iframe.embed-frame');
  const win = frame ? frame.contentWindow : window;
  const doc = win.document;
  const snapshot = () => {
    const host = doc.getElementById('w');
    const root = host && host.shadowRoot && host.shadowRoot.querySelector('article.hc');
    const track = root && root.querySelector('.hc-track');
    const parts = [innerWidth, document.documentElement.scrollWidth, doc.documentElement.scrollWidth, doc.documentElement.scrollHeight];
    for (const el of [host, root, track, root && root.querySelector('.hc-slide--current')]) {
      if (!el) { parts.push('-'); continue; }
      const r = el.getBoundingClientRect();
      parts.push(r.left, r.width, r.height);
    }
    if (track) parts.push(track.scrollLeft);
    if (root) parts.push(root.className);
    return parts.join(',');
  };
  return new Promise((resolve) => {
    let last = null;
    let same = 0;
    let frames = 0;
    const tick = () => {
      const now = snapshot();
      same = now === last ? same + 1 : 0;
      last = now;
      frames += 1;
      if (same >= 3) return resolve(true);
      if (frames > 300) return resolve(false);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Measures the widget where it sits (inside the iframe for the iframe
 * context). All lengths in CSS px, rounded to 0.1.
 */
export function measure() {
  const r1 = (x) => Math.round(x * 10) / 10;
  const frame = document.querySelector('iframe.embed-frame');
  const win = frame ? frame.contentWindow : window;
  const doc = win.document;
  const host = doc.getElementById('w');
  const shadow = host && host.shadowRoot;
  const root = shadow && shadow.querySelector('article.hc');
  const describe = (el) => {
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const text = (el.textContent || '').trim().replace(/\s+/g, ' ');
    return `${el.tagName.toLowerCase()}${cls}${text ? ` "${text.length > 40 ? text.slice(0, 40) + '…' : text}"` : ''}`;
  };
  const metrics = {
    viewport: document.documentElement.clientWidth,
    pageScrollWidth: document.documentElement.scrollWidth,
    frame: frame ? { viewport: doc.documentElement.clientWidth, scrollWidth: doc.documentElement.scrollWidth } : null,
    rendered: !!root,
  };
  if (!root) return metrics;
  const rootRect = root.getBoundingClientRect();
  const maxWidth = getComputedStyle(root).maxWidth;
  Object.assign(metrics, {
    layout: (root.className.match(/hc--(list|grid|carousel)/) || [])[1] || null,
    available: r1(win.__hcAvailable()),
    hostWidth: r1(host.getBoundingClientRect().width),
    rootWidth: r1(rootRect.width),
    rootMaxWidth: maxWidth.endsWith('px') ? r1(parseFloat(maxWidth)) : null,
    lineHeight: r1(parseFloat(getComputedStyle(root).lineHeight)),
  });

  // Parts that stick out of the root, text that overflows its own box, clipped headlines.
  const skip = (el) => el.closest('dialog, .hc-sr-only') || el.closest('.hc-slide:not(.hc-slide--current)');
  const overflowing = [];
  const textOverflow = [];
  for (const el of root.querySelectorAll('*')) {
    if (skip(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const out = Math.max(rootRect.left - r.left, r.right - rootRect.right);
    if (out > 1 || r.width > rootRect.width + 1) {
      overflowing.push({ part: describe(el), width: r1(r.width), left: r1(r.left - rootRect.left), right: r1(r.right - rootRect.left) });
    }
    const style = getComputedStyle(el);
    if (style.display.startsWith('inline') && style.display !== 'inline-block' && style.display !== 'inline-flex' && style.display !== 'inline-grid') continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
    if (!ownText && !el.matches('.hc-headline')) continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      textOverflow.push({ part: describe(el), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth });
    }
  }
  metrics.overflowing = overflowing;
  metrics.textOverflow = textOverflow;
  metrics.clippedHeadlines = [...root.querySelectorAll('.hc-headline')]
    .filter((h) => !skip(h) && h.scrollWidth > h.clientWidth + 1)
    .map((h) => ({ part: describe(h), scrollWidth: h.scrollWidth, clientWidth: h.clientWidth }));

  // Carousel: blank space under the current slide's last content, above the index.
  const slide = root.querySelector('.hc-slide--current');
  const index = root.querySelector('.hc-index');
  if (slide && index) {
    let bottom = slide.getBoundingClientRect().top;
    for (const el of slide.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) bottom = Math.max(bottom, r.bottom);
    }
    metrics.carousel = {
      current: Number(slide.dataset.number),
      position: (root.querySelector('.hc-position')?.dataset ?? {}).label || null,
      blank: r1(index.getBoundingClientRect().top - bottom),
    };
  } else {
    metrics.carousel = null;
  }
  return metrics;
}

/** Human-readable failures for `measure()`'s result; empty when the widget holds. */
export function problems(m) {
  const out = [];
  if (m.pageScrollWidth > m.viewport) out.push(`the page scrolls sideways: the document is ${m.pageScrollWidth}px wide in a ${m.viewport}px viewport`);
  if (m.frame && m.frame.scrollWidth > m.frame.viewport) out.push(`the iframe scrolls sideways: its document is ${m.frame.scrollWidth}px wide in a ${m.frame.viewport}px frame`);
  if (!m.rendered) {
    out.push('the widget did not render');
    return out;
  }
  const expected = Math.min(m.available, m.rootMaxWidth ?? Infinity);
  if (Math.abs(m.rootWidth - expected) > 1) {
    out.push(`the widget (.hc root) is ${m.rootWidth}px wide; expected ${expected}px = min(available ${m.available}px, max-width ${m.rootMaxWidth ?? 'none'}px)`);
  }
  if (m.hostWidth > m.available + 1 || m.rootWidth > m.available + 1) {
    out.push(`the widget is wider than the ${m.available}px available (host ${m.hostWidth}px, root ${m.rootWidth}px)`);
  }
  if (m.overflowing.length) {
    out.push(`${m.overflowing.length} part(s) stick out of the ${m.rootWidth}px widget, e.g. ${m.overflowing.slice(0, 3).map((o) => `${o.part} (${o.width}px wide, ${o.left}…${o.right})`).join('; ')}`);
  }
  for (const h of m.clippedHeadlines) out.push(`headline clipped: ${h.part} (${h.scrollWidth}px of text in ${h.clientWidth}px)`);
  const other = m.textOverflow.filter((t) => !m.clippedHeadlines.some((h) => h.part === t.part));
  if (other.length) out.push(`text overflows its box: ${other.slice(0, 3).map((t) => `${t.part} (${t.scrollWidth}px in ${t.clientWidth}px)`).join('; ')}`);
  if (m.carousel && !(m.carousel.blank < m.lineHeight)) {
    out.push(`carousel: ${m.carousel.blank}px of blank space under slide ${m.carousel.current} (${m.carousel.position}), more than one ${m.lineHeight}px line`);
  }
  return out;
}

/**
 * Page-side: what the widget shows of the field collection's odd parts,
 * read as a reader sees it (pseudo-element brackets included).
 */
export function readField() {
  const frame = document.querySelector('iframe.embed-frame');
  const doc = frame ? frame.contentWindow.document : document;
  const root = doc.getElementById('w').shadowRoot.querySelector('article.hc');
  const visible = (el) => {
    if (!el) return null;
    const pseudo = (which) => {
      const c = getComputedStyle(el, which).content;
      return c && c !== 'none' && c !== 'normal' ? c.replace(/^"(.*)"$/, '$1') : '';
    };
    return pseudo('::before') + el.textContent + pseudo('::after');
  };
  const cards = [...root.querySelectorAll('.hc-card')].map((card) => ({
    number: Number(card.dataset.number),
    headline: (card.querySelector('.hc-headline') || {}).textContent || null,
    hasFigure: !!card.querySelector('figure'),
    paragraphs: [...card.querySelectorAll('.hc-body p')].map((p) => p.textContent),
    alt: (card.querySelector('img.hc-img') || {}).alt ?? null,
    caption: (card.querySelector('.hc-caption-text') || {}).textContent ?? null,
    credit: visible(card.querySelector('.hc-credit')),
  }));
  return {
    attribution: visible(root.querySelector('.hc-attribution')),
    cards,
    readMore: [...root.querySelectorAll('.hc-readmore-title')].map((a) => a.textContent),
  };
}

/** Failures for `readField()`'s result against FIELD. */
export function fieldProblems(f) {
  const out = [];
  const count = (s, ch) => [...(s ?? '')].filter((c) => c === ch).length;
  if (count(f.attribution, '(') !== 1 || count(f.attribution, ')') !== 1 || !/^\(Bình chọn của Ban Biên tập\)$/.test(f.attribution?.trim() ?? '')) {
    out.push(`the attribution must show exactly one pair of brackets: "${f.attribution}"`);
  }
  const byNumber = new Map(f.cards.map((c) => [c.number, c]));
  const expectCredits = { 1: 'Ảnh: Trí Dũng/TTXVN', 2: 'Nguồn: Reuters', 3: null, 5: 'Ảnh: Hoàng Việt', 6: 'Nguồn: Ban tổ chức' };
  for (const [n, credit] of Object.entries(expectCredits)) {
    const card = byNumber.get(Number(n));
    if (!card) { out.push(`card ${n} missing`); continue; }
    const shown = card.credit === null ? null : card.credit.replace(/\s+/g, ' ').trim();
    if (shown !== credit) out.push(`card ${n}: credit shown as ${JSON.stringify(shown)}, expected ${JSON.stringify(credit)}`);
  }
  for (const card of FIELD.cards) {
    const shown = byNumber.get(card.number);
    if (!shown) continue;
    if (shown.headline !== card.headline) out.push(`card ${card.number}: headline ${JSON.stringify(shown.headline)}`);
    if (JSON.stringify(shown.paragraphs) !== JSON.stringify(card.body ?? [])) out.push(`card ${card.number}: body paragraphs differ from the data`);
    if (!!card.photo !== shown.hasFigure) out.push(`card ${card.number}: ${card.photo ? 'photo missing' : 'a figure without a photo'}`);
    if (card.photo && shown.alt !== card.photo.alt) out.push(`card ${card.number}: alt ${JSON.stringify(shown.alt)}`);
    if (card.photo) {
      const text = card.photo.caption.replace(/\s*\((Ảnh|Nguồn): [^)]*\)\s*$/, '');
      if (shown.caption !== text) out.push(`card ${card.number}: caption ${JSON.stringify(shown.caption)}, expected ${JSON.stringify(text)}`);
    }
  }
  const titles = FIELD.readMore.map((r) => r.title);
  if (JSON.stringify(f.readMore) !== JSON.stringify(titles)) out.push(`read-more titles ${JSON.stringify(f.readMore)}`);
  return out;
}
