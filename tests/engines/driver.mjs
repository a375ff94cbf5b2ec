// What the engine drivers (webkit.mjs, firefox.mjs) share. Each driver's
// `launch()` resolves to an engine:
//
//   engine.name            'webkit' | 'firefox' (the test-name prefix)
//   engine.label           e.g. 'WebKit 2.50.6', 'Firefox 153.7.0 ESR'
//   engine.open(url, { width, height })  → page (a fresh page at that viewport)
//   engine.quit()
//
//   page.evaluate(fn, ...args)   runs `fn(...args)` in the page (awaiting a
//                                returned promise); args and result are JSON
//   page.waitFor(fn, { args, timeout, what })
//                                polls `fn(...args)` until truthy; throws
//                                after `timeout` ms (default 15 s)
//   page.click(fn, ...args)      clicks (real pointer input, after scrolling
//                                it into view) the element `fn(...args)` returns
//   page.press(key)              a key press to the focused element: 'Enter',
//                                'Escape', 'ArrowRight', 'ArrowLeft', 'Home',
//                                'End', 'Tab', ' '
//   page.screenshot(file)        PNG of the viewport
//   page.errors()                page errors and console.error messages seen
//                                so far (see each driver for its coverage)
//   page.close()
//
// Functions sent to the page must be self-contained (they are sent as source).

/** Polls `evaluate(fn, ...args)` until it returns a truthy value, which it
 * returns; throws after `timeout` ms with the last value seen. */
export async function waitFor(evaluate, fn, { args = [], timeout = 15_000, interval = 50, what } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await evaluate(fn, ...args);
      if (last) return last;
    } catch (err) {
      last = `threw: ${err.message}`;
    }
    if (Date.now() > deadline) {
      // What the page looked like, so a rare stall explains itself in the
      // CI log (the test cannot be rerun there).
      const state = await evaluate(pageState).catch((err) => `unreadable: ${err.message}`);
      throw new Error(`timed out after ${timeout} ms waiting for ${what ?? fn.toString().slice(0, 200)} (last: ${JSON.stringify(last)})\npage: ${JSON.stringify(state, null, 1)}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** The page's state when a wait times out: loading, each widget's shadow
 * root, what was fetched and how long it took, and the errors recorded. */
export function pageState() {
  const hosts = [...document.querySelectorAll('highlight-cards, iframe')].slice(0, 8).map((el) => {
    const root = el.shadowRoot;
    return {
      el: `${el.localName}#${el.id}`,
      attrs: [...el.attributes].map((a) => a.name).join(' '),
      shadow: root ? `${root.childElementCount} children: ${[...root.children].map((c) => `${c.localName}.${c.className}`).join(', ').slice(0, 300)}` : null,
      width: Math.round(el.getBoundingClientRect().width),
    };
  });
  const fetched = performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop().slice(0, 60)} ${Math.round(r.startTime)}+${Math.round(r.duration)} ms ${r.transferSize} B`);
  return {
    readyState: document.readyState,
    since: Math.round(performance.now()),
    ready: window.__hcReady ?? null,
    hosts,
    fetched,
    errors: window.__engineErrors ?? null,
  };
}

/** Runs in the page right after it loads, for drivers without an event
 * stream of their own: records later page errors, unhandled rejections and
 * console.error calls in `window.__engineErrors`. */
export function installErrorRecorder() {
  if (window.__engineErrors) return;
  const errors = (window.__engineErrors = []);
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) errors.push(`page error: ${e.message}`);
    else errors.push(`failed to load: ${e.target?.currentSrc || e.target?.src || e.target?.href || e.target?.tagName}`);
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason?.message ?? e.reason}`));
  const original = console.error;
  console.error = function (...args) {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    return original.apply(this, args);
  };
}

/** Waits until the viewport reports `width` × `height` CSS px and two frames
 * have been painted at that size. */
export function viewportIs(width, height) {
  if (innerWidth !== width || innerHeight !== height) return false;
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
}
