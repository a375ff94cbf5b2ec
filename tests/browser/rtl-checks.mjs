// Page-side functions for the right-to-left tests (tests/browser/rtl.test.mjs
// in Chromium, tests/engines/engines.test.mjs in WebKit and Firefox), on
// tests/browser/pages/rtl.html. Each is sent to the page as source: keep
// them self-contained.

/** What a reader of widget `id` sees of its direction and its carousel:
 * - direction: the computed `direction` of the widget's content;
 * - badge: the side of the first card's number beside its headline;
 * - prevSide: the side of "previous" relative to "next";
 * - firstIndexSide: the side of index button 1 relative to button 2;
 * - position: the counter; current: the slide marked current; visible:
 *   the slide whose box is in the track's box (whatever scrollLeft's sign);
 *   index: the index button marked current (all 1-based). */
export function directionState(id) {
  const root = document.getElementById(id).shadowRoot;
  const article = root.querySelector('article.hc');
  const side = (a, b) => (a && b ? (a.getBoundingClientRect().left > b.getBoundingClientRect().left ? 'right' : 'left') : null);
  const card = root.querySelector('.hc-card');
  const track = root.querySelector('.hc-track');
  const slides = [...root.querySelectorAll('.hc-slide')];
  const t = track?.getBoundingClientRect();
  const visible = t ? slides.findIndex((s) => {
    const r = s.getBoundingClientRect();
    return Math.abs(r.left - t.left) < 2 && Math.abs(r.right - t.right) < 2;
  }) + 1 : null;
  const index = [...root.querySelectorAll('.hc-index-button')];
  return {
    direction: getComputedStyle(article).direction,
    badge: side(card.querySelector('.hc-number'), card.querySelector('.hc-headline')),
    prevSide: side(root.querySelector('.hc-prev'), root.querySelector('.hc-next')),
    firstIndexSide: side(index[0], index[1]),
    position: root.querySelector('.hc-position')?.dataset.label ?? null,
    current: slides.findIndex((s) => s.classList.contains('hc-slide--current')) + 1,
    visible,
    index: index.findIndex((b) => b.getAttribute('aria-current') === 'true') + 1,
  };
}

/** The carousel of widget `id` at slide `n` (1-based) everywhere a reader
 * looks: counter, current slide, the slide in view, the index. */
export function atSlide(id, n) {
  const root = document.getElementById(id).shadowRoot;
  const track = root.querySelector('.hc-track');
  const slides = [...root.querySelectorAll('.hc-slide')];
  const t = track.getBoundingClientRect();
  const r = slides[n - 1]?.getBoundingClientRect();
  const total = slides.length;
  return !!r && Math.abs(r.left - t.left) < 2 && Math.abs(r.right - t.right) < 2
    && root.querySelector('.hc-position').dataset.label === `${n} / ${total}`
    && slides[n - 1].classList.contains('hc-slide--current')
    && root.querySelectorAll('.hc-index-button')[n - 1].getAttribute('aria-current') === 'true';
}

/** Scrolls the track of widget `id` as a finger's swipe would, by `slides`
 * (positive: forward in reading order, whatever the direction). */
export function swipeTrack(id, slides) {
  const root = document.getElementById(id).shadowRoot;
  const track = root.querySelector('.hc-track');
  const rtl = getComputedStyle(track).direction === 'rtl';
  track.scrollBy({ left: (rtl ? -1 : 1) * slides * track.clientWidth, behavior: 'instant' });
  return true;
}

/** Clicks a control of widget `id` by selector (the n-th match, 0-based). */
export function clickIn(id, selector, n = 0) {
  document.getElementById(id).shadowRoot.querySelectorAll(selector)[n].click();
  return true;
}

/** Focuses a control of widget `id` by selector. */
export function focusIn(id, selector) {
  const el = document.getElementById(id).shadowRoot.querySelector(selector);
  el.focus();
  return document.getElementById(id).shadowRoot.activeElement === el;
}

/** The viewer of widget `id`: open, its counter, and the side of its
 * "previous" button relative to "next". */
export function viewerState(id) {
  const root = document.getElementById(id).shadowRoot;
  const dialog = root.querySelector('dialog.hc-lightbox');
  const prev = root.querySelector('.hc-lb-prev');
  const next = root.querySelector('.hc-lb-next');
  return {
    open: !!dialog?.open,
    count: root.querySelector('.hc-lb-count')?.textContent ?? null,
    prevSide: prev && next ? (prev.getBoundingClientRect().left > next.getBoundingClientRect().left ? 'right' : 'left') : null,
  };
}
