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
      throw new Error(`timed out after ${timeout} ms waiting for ${what ?? fn.toString().slice(0, 200)} (last: ${JSON.stringify(last)})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
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
