// One measured page load in headless Chromium.
//
// Each run gets a fresh browser context (empty HTTP cache, no compiled-code
// cache from the previous run), a phone viewport, and 4x CPU throttling set
// through CDP before the navigation starts — and, for the slow-4G profile,
// network throttling (CDP `Network.emulateNetworkConditions`). Timings are read inside the page
// (performance.now(), whose zero is the navigation start) by a probe that
// addInitScript installs before any of the page's own code runs, so its
// PerformanceObservers see every entry — `longtask` entries are not buffered
// in every Chromium version, hence observing from the very start.
//
// Two kinds of load per run (see run.mjs):
//   passive     — nothing is touched; FCP, LCP, CLS, long tasks, cards, bytes.
//   interactive — the "next" control is clicked as soon as it exists, again
//                 and again, until the shown card changes. Kept apart from
//                 the passive load so the probe's clicks and the slide
//                 animations they start cannot leak into CLS, LCP or the
//                 long-task total.

export const VIEWPORT = { width: 375, height: 667, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/**
 * Network profiles. `none` is loopback as it is; `slow4g` is Lighthouse's
 * mobile profile (its `mobileSlow4G` constants: 150 ms RTT, 1.6 Mbps =
 * 1,638.4 kbps down, 750 kbps up), applied to every request of the page by
 * Chromium's DevTools network emulation. kbps are Lighthouse's: 1 kbps =
 * 1024 bit/s, so download = 1638.4 * 1024 / 8 bytes/s.
 */
export const NET_PROFILES = {
  none: { id: 'none', label: 'loopback (no network throttling)', short: 'loopback', conditions: null },
  slow4g: {
    id: 'slow4g',
    label: 'slow 4G (150 ms latency, 1,638.4 kbps down, 750 kbps up)',
    short: 'slow 4G',
    conditions: { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
};

/**
 * Runs inside the page, before its own scripts (serialised by probeScript).
 * `getCards`, `getNext` and `getIndex` come from the page's probe spec.
 */
function pageProbe(expected, getCards, getNext, getIndex) {
  if (window.top !== window) return;
  const b = {
    fcp: null,
    lcp: null,
    lcpSize: 0,
    cls: 0,
    shifts: 0,
    longTasks: [],
    cardsAt: null,
    firstCardAt: null,
    cardsSeen: 0,
    loadAt: null,
    clicks: [],
    unsupported: [],
  };
  window.__bench = b;
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      b.unsupported.push(type);
    }
  };
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => {
    b.lcp = e.startTime;
    b.lcpSize = e.size;
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) {
      b.cls += e.value;
      b.shifts += 1;
    }
  });
  observe('longtask', (e) => b.longTasks.push([e.startTime, e.duration]));
  // The wasm's linear memory is neither JS heap nor reachable from the page
  // (the glue keeps it private): note every Memory an instantiation exports.
  const memories = [];
  const keep = (result) => {
    const exports = (result?.instance ?? result)?.exports;
    if (exports) for (const v of Object.values(exports)) if (v instanceof WebAssembly.Memory) memories.push(v);
    return result;
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = function (...args) { return original.apply(this, args).then(keep); };
  }
  b.wasmMemory = () => memories.reduce((sum, m) => sum + m.buffer.byteLength, 0);
  // Trusted clicks only: the time our CDP click reached the page's handlers.
  addEventListener('click', (e) => e.isTrusted && b.clicks.push(performance.now()), true);
  addEventListener('load', () => (b.loadAt = performance.now()));

  const cards = () => {
    try {
      return getCards() || null;
    } catch {
      return null;
    }
  };
  // Every frame: are all the expected cards in the DOM with a non-zero box?
  // The first frame in which the first card has a box is noted too: that
  // frame paints it.
  const hasBox = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const laidOut = () => {
    const list = cards();
    b.cardsSeen = list ? list.length : 0;
    if (!list || !list.length) return false;
    if (b.firstCardAt === null && hasBox(list[0])) b.firstCardAt = performance.now();
    if (list.length < expected) return false;
    for (const el of list) if (!hasBox(el)) return false;
    return true;
  };
  const tick = () => {
    if (laidOut()) b.cardsAt = performance.now();
    else if (performance.now() < 120000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  // A point where `el` is what a tap would hit: its centre, else a few
  // points inside it. Controls can be covered for a while (TimelineJS's
  // markers lie on top of each other until its time navigation settles), and
  // a click that lands on something else says nothing about the control.
  const hitPoint = (el, r) => {
    const root = el.getRootNode(); // the shadow root for the widget's controls
    for (const [fx, fy] of [[0.5, 0.5], [0.25, 0.5], [0.75, 0.5], [0.5, 0.25], [0.5, 0.75], [0.2, 0.2], [0.8, 0.2], [0.2, 0.8], [0.8, 0.8]]) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = root.elementFromPoint ? root.elementFromPoint(x, y) : document.elementFromPoint(x, y);
      if (hit && (hit === el || el.contains(hit))) return { x, y };
    }
    return null;
  };

  /** Where to click "next" (CSS px, viewport; null if it cannot be hit yet) and which card is shown. */
  b.state = () => {
    let rect = null;
    const el = getNext ? getNext() : null;
    if (el) {
      let r = el.getBoundingClientRect();
      if (r.width > 0 && (r.bottom > innerHeight || r.top < 0)) {
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        r = el.getBoundingClientRect();
      }
      if (r.width > 0 && r.height > 0) rect = hitPoint(el, r);
    }
    let index = null;
    try {
      index = getIndex ? getIndex() : null;
    } catch {}
    return { rect, index: typeof index === 'number' && index >= 0 ? index : null, now: performance.now() };
  };
}

/** The init script for a page spec. */
export function probeScript(spec) {
  const fn = (expr) => (expr ? `() => (${expr})` : 'null');
  return `(${pageProbe})(${spec.expected}, ${fn(spec.probe.cards)}, ${fn(spec.probe.next)}, ${fn(spec.probe.index)});`;
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Rejects after `ms`, so no single CDP call can hang the run. */
function within(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
export { median };

/**
 * Sums the sizes of what the page loaded, by kind: raw, gzip -9, and on the
 * wire (the body as the server sent it: brotli, gzip or as it is, per the
 * response's Content-Encoding).
 */
function tallyBytes(responses, server) {
  const kinds = { js: [0, 0, 0], css: [0, 0, 0], wasm: [0, 0, 0], html: [0, 0, 0], json: [0, 0, 0] };
  const files = [];
  for (const r of responses) {
    if (r.status !== 200) continue;
    const type = r.type ?? '';
    const kind = /javascript/.test(type)
      ? 'js'
      : /text\/css/.test(type)
        ? 'css'
        : /application\/wasm/.test(type)
          ? 'wasm'
          : /text\/html/.test(type)
            ? 'html'
            : /json/.test(type)
              ? 'json'
              : null;
    if (!kind) continue; // images, fonts
    const size = server.sizeOf(r.url);
    if (!size) continue;
    const encoding = r.encoding ?? null;
    const wire = encoding === 'br' ? size.br : encoding === 'gzip' ? size.gzip : size.raw;
    kinds[kind][0] += size.raw;
    kinds[kind][1] += size.gzip;
    kinds[kind][2] += wire;
    files.push({ url: r.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), kind, raw: size.raw, gzip: size.gzip, wire, encoding });
  }
  const code = ['js', 'css', 'wasm'];
  return {
    codeRaw: code.reduce((s, k) => s + kinds[k][0], 0),
    codeGzip: code.reduce((s, k) => s + kinds[k][1], 0),
    codeWire: code.reduce((s, k) => s + kinds[k][2], 0),
    byKind: Object.fromEntries(Object.entries(kinds).map(([k, [raw, gzip, wire]]) => [k, { raw, gzip, wire }])),
    files,
  };
}

/**
 * Opens `spec` in a fresh context and returns the page, its CDP session and
 * the logs the load fills in.
 */
async function open(browser, spec, { throttle, net = NET_PROFILES.none }) {
  const context = await browser.newContext({ viewport: { width: VIEWPORT.width, height: VIEWPORT.height }, ...VIEWPORT, locale: 'vi-VN' });
  const page = await context.newPage();
  const log = { responses: [], external: [], errors: [] };
  page.on('response', (r) => {
    const h = r.headers();
    log.responses.push({ url: r.url(), status: r.status(), type: h['content-type'], encoding: h['content-encoding'] });
  });
  page.on('request', (r) => {
    const u = r.url();
    if (/^https?:/.test(u) && !/^https?:\/\/127\.0\.0\.1[:/]/.test(u)) log.external.push(u);
  });
  page.on('pageerror', (e) => log.errors.push(String(e.message ?? e)));
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  await page.addInitScript(probeScript(spec));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (net.conditions) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', net.conditions);
  }
  return { context, page, cdp, log };
}

/** A passive load: paint, layout and size metrics, and (scale test) the heap. */
export async function passiveRun(browser, server, spec, { throttle, net, timeout, settle = 3000, heap = false, repeat = false }) {
  const started = Date.now();
  const { context, page, cdp, log } = await open(browser, spec, { throttle, net });
  try {
    const left = () => Math.max(1, timeout - (Date.now() - started));
    if (repeat) {
      // A returning reader: the page seen once in this context (its HTTP
      // cache and compiled-wasm cache filled), then loaded again, measured.
      await page.goto(server.pageOrigin + spec.path, { waitUntil: 'load', timeout: left() }).catch(() => {});
      await page.waitForFunction(() => window.__bench && window.__bench.cardsAt !== null, null, { timeout: left(), polling: 50 }).catch(() => {});
      // The compiled-code cache is written after the first load settles.
      await sleep(1000);
      log.responses.length = 0;
    }
    let loadError = null;
    await page.goto(server.pageOrigin + spec.path, { waitUntil: 'load', timeout: left() }).catch((e) => (loadError = e.message.split('\n')[0]));
    await page
      .waitForFunction(() => window.__bench && window.__bench.cardsAt !== null, null, { timeout: left(), polling: 50 })
      .catch(() => {});
    // Watch layout shifts and long tasks for `settle` ms after both the load
    // event and the cards, whichever is later.
    const t = await within(page.evaluate(() => ({ loadAt: __bench.loadAt, cardsAt: __bench.cardsAt, now: performance.now() })), 10000, 'timing');
    const until = Math.max(t.loadAt ?? t.now, t.cardsAt ?? 0) + settle;
    await sleep(Math.min(Math.max(0, until - t.now), left()));
    const b = await within(
      page.evaluate(() => {
        const { state, wasmMemory, ...rest } = window.__bench;
        return { ...rest, wasmBytes: wasmMemory() };
      }),
      10000,
      'metrics',
    );
    let memory = null;
    if (heap) {
      // A full GC first, so the number is what the rendered widget keeps.
      await within(cdp.send('HeapProfiler.collectGarbage'), 20000, 'gc').catch(() => {});
      const usage = await within(cdp.send('Runtime.getHeapUsage'), 10000, 'heap');
      const dom = await within(cdp.send('Memory.getDOMCounters'), 10000, 'dom').catch(() => null);
      memory = {
        jsHeapUsed: usage.usedSize,
        jsHeapTotal: usage.totalSize,
        // Blink's own garbage-collected heap: the DOM the widget built.
        domHeapUsed: usage.embedderHeapUsedSize ?? null,
        wasmMemory: b.wasmBytes,
        nodes: dom?.nodes ?? null,
      };
    }
    const longTaskMs = b.longTasks.reduce((s, [, d]) => s + d, 0);
    return {
      ok: b.cardsAt !== null,
      loadError,
      fcp: b.fcp,
      lcp: b.lcp,
      lcpSize: b.lcpSize,
      cls: b.cls,
      layoutShifts: b.shifts,
      cardsAt: b.cardsAt,
      firstCardAt: b.firstCardAt,
      cardsSeen: b.cardsSeen,
      loadAt: b.loadAt,
      longTaskMs,
      longestTaskMs: b.longTasks.reduce((m, [, d]) => Math.max(m, d), 0),
      longTaskCount: b.longTasks.length,
      // Total blocking time over the same window: the part of each long task past 50 ms.
      blockingMs: b.longTasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
      unsupportedEntryTypes: b.unsupported,
      bytes: tallyBytes(log.responses, server),
      memory,
      external: log.external,
      errors: log.errors,
      wallMs: Date.now() - started,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * An interactive load: click "next" (a real, trusted click through CDP) as
 * soon as it exists, has a box and is not covered, and again after every click that did not
 * change the shown card, until one does. Returns the in-page time of the
 * click that worked. Clicks are one at a time, each followed by two frames
 * to let the page show its effect, so the answer is exact to about a frame.
 */
export async function interactiveRun(browser, server, spec, { throttle, net, timeout, repeat = false }) {
  const started = Date.now();
  const { context, page, log } = await open(browser, spec, { throttle, net });
  const left = () => Math.max(1, timeout - (Date.now() - started));
  try {
    if (repeat) {
      // A returning reader (see passiveRun).
      await page.goto(server.pageOrigin + spec.path, { waitUntil: 'load', timeout: left() }).catch(() => {});
      await page.waitForFunction(() => window.__bench && window.__bench.cardsAt !== null, null, { timeout: left(), polling: 50 }).catch(() => {});
      await sleep(1000);
    }
    // Not waiting for `load`: a reader can tap before it.
    await page.goto(server.pageOrigin + spec.path, { waitUntil: 'commit', timeout: left() });
    let clicks = 0;
    while (left() > 1) {
      await page
        .waitForFunction(() => window.__bench && window.__bench.state().rect !== null, null, { timeout: left(), polling: 'raf' })
        .catch(() => {});
      const s = await within(page.evaluate(() => window.__bench.state()), left(), 'state').catch(() => null);
      if (!s?.rect) break;
      await within(page.mouse.click(s.rect.x, s.rect.y), left(), 'click').catch(() => {});
      clicks += 1;
      const after = await within(
        page.evaluate(
          () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(window.__bench.state())))),
        ),
        left(),
        'after click',
      ).catch(() => null);
      if (after && after.index !== null && after.index > 0) {
        const seen = await page.evaluate(() => window.__bench.clicks);
        return {
          ok: true,
          // When the click that worked reached the page; the card changed within the next two frames.
          interactiveAt: seen.length ? seen[seen.length - 1] : null,
          changeSeenAt: after.now,
          clicks,
          trustedClicksSeen: seen.length,
          errors: log.errors,
          wallMs: Date.now() - started,
        };
      }
    }
    return { ok: false, interactiveAt: null, clicks, errors: log.errors, wallMs: Date.now() - started };
  } catch (e) {
    return { ok: false, interactiveAt: null, error: e.message.split('\n')[0], errors: log.errors, wallMs: Date.now() - started };
  } finally {
    await context.close().catch(() => {});
  }
}
