// Where the time of a long list goes: loads the scale page of N cards
// (list layout) at CPU 4× on loopback with a Chromium trace, and prints the
// main thread's time by kind (style, layout, pre-paint, paint, script,
// intersection observers…) until every card is in, and per slice.
//
//   node bench/trace.mjs [N ...]        (default 1000)
import fs from 'node:fs/promises';
import { startServers } from './server.mjs';
import { buildPages, seedFile } from './pages.mjs';
import { launchChromium } from '../scripts/chromium.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (!sizes.length) sizes.push(1000);
const server = await startServers();
const seed = JSON.parse(await fs.readFile(seedFile, 'utf8'));
const built = await buildPages({ seed, assetOrigin: server.assetOrigin, prerendered: { error: 'not needed' }, scaleSizes: sizes });
server.serve(built);
const browser = await launchChromium();
// Trace event names → the kind they are counted as (top-level main-thread work).
const KINDS = {
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', PrePaint: 'pre-paint',
  Paint: 'paint', PaintImage: 'paint', Layerize: 'layerize', UpdateLayer: 'paint',
  FunctionCall: 'script', EvaluateScript: 'script', 'v8.compile': 'script', TimerFire: 'script',
};
for (const page of built.scale) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', ...(process.env.TRACE_INVALIDATION ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])] });
  const t0 = Date.now();
  await tab.goto(server.pageOrigin + page.path);
  await tab.waitForFunction((n) => {
    const root = document.querySelector('highlight-cards')?.shadowRoot;
    return root && root.querySelectorAll('.hc-card').length === n && !root.querySelector('[aria-busy="true"]');
  }, page.expected, { timeout: 120_000, polling: 100 });
  const wall = Date.now() - t0;
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = {};
  let slices = 0;
  // Top-level events only: a layout forced inside a timer's script counts
  // once, as script.
  let busyUntil = 0;
  const counted = [];
  const ordered = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  for (const e of ordered) {
    const kind = KINDS[e.name] ?? (e.name.startsWith('IntersectionObserver') ? 'intersection' : null);
    if (!kind || e.ts < busyUntil) continue;
    busyUntil = e.ts + e.dur;
    counted.push(e);
    if (e.name === 'TimerFire') slices += 1;
    totals[kind] = (totals[kind] ?? 0) + e.dur / 1000;
  }
  if (process.env.TRACE_INVALIDATION) {
    const why = {};
    for (const e of events) {
      if (!/Invalidation/.test(e.name)) continue;
      const d = e.args?.data ?? {};
      const key = `${e.name} ${d.reason ?? ''} ${d.nodeName ?? ''} ${JSON.stringify(d.invalidationSet ?? d.invalidatedSelectorId ?? d.selectors ?? '').slice(0, 80)}`;
      why[key] = (why[key] ?? 0) + 1;
    }
    for (const [k, n] of Object.entries(why).sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(n, k);
  }
  if (process.env.TRACE_SERIES) {
    // The same top-level time by kind in each tenth of the run: flat when
    // a slice costs the same however many cards are in.
    const t0 = counted[0].ts, t1 = Math.max(...counted.map((e) => e.ts + e.dur));
    const tenths = Array.from({ length: 10 }, () => ({}));
    for (const e of counted) {
      const kind = KINDS[e.name] ?? 'intersection';
      const b = tenths[Math.min(9, Math.floor(((e.ts - t0) / (t1 - t0)) * 10))];
      b[kind] = (b[kind] ?? 0) + e.dur / 1000;
      if (e.name === 'TimerFire') b.timers = (b.timers ?? 0) + 1;
    }
    for (const b of tenths) console.log(Object.entries(b).map(([k, v]) => `${k} ${Math.round(v)}`).join(', '));
  }
  if (process.env.TRACE_TOP) {
    const top = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === process.env.TRACE_TOP)
      .sort((a, b) => b.dur - a.dur).slice(0, 5);
    for (const e of top) console.log(e.name, Math.round(e.dur / 1000), 'ms', JSON.stringify(e.args).slice(0, 400));
  }
  console.log(`${page.expected} cards: all in after ${wall} ms (wall, tracing on); main thread, ms: ` +
    Object.entries(totals).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ') + `; timers ${slices}`);
  await context.close();
}
await browser.close();
await server.close();
