// What stands between a returning reader's cached widget and its cards:
// loads a bench page once (caches warm, served with the cache headers the
// docs recommend), waits 2 s for V8 to write its code cache, then traces a
// repeat view on slow 4G at CPU 4× and prints, in ms from the page's
// response reaching the tab, the main thread's top-level tasks (with the work
// nested in them) and when each file was requested and answered (and
// whether from the cache).
//
//   node bench/repeat-trace.mjs [page id]     (default widget-json; also
//                                              widget-ssr, static, splide…)
import fs from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { startServers } from './server.mjs';
import { buildPages, seedFile } from './pages.mjs';
import { NET_PROFILES } from './measure.mjs';
import { launchChromium } from '../scripts/chromium.mjs';

const id = process.argv[2] ?? 'widget-json';
const CLI = new URL('../target/release/highlight-cards', import.meta.url).pathname;
const server = await startServers();
const seed = JSON.parse(await fs.readFile(seedFile, 'utf8'));
// Page (c) needs the release CLI's prerendered markup (cargo build --release --bin highlight-cards).
const prerendered = id.startsWith('widget-ssr')
  ? { html: execFileSync(CLI, ['render', seedFile, '--layout', 'carousel', '--assets', `${server.assetOrigin}/demo`], { encoding: 'utf8', maxBuffer: 64 << 20 }) }
  : { error: 'not needed' };
const built = await buildPages({ seed, assetOrigin: server.assetOrigin, prerendered, scaleSizes: [] });
server.serve(built);
const page = built.pages.find((p) => p.id === id);
if (!page) throw new Error(`no page ${id}: ${built.pages.map((p) => p.id).join(', ')}`);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
const tab = await context.newPage();
const cdp = await context.newCDPSession(tab);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Network.enable');
// Lighthouse's slow-4G profile, the benchmark's.
await cdp.send('Network.emulateNetworkConditions', NET_PROFILES.slow4g.conditions);
await tab.goto(server.pageOrigin + page.path, { waitUntil: 'load' });
await new Promise((resolve) => setTimeout(resolve, 2000));
await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.wasm', 'loading'] });
await tab.goto(server.pageOrigin + page.path, { waitUntil: 'load' });
await new Promise((resolve) => setTimeout(resolve, 1000));
const trace = JSON.parse((await browser.stopTracing()).toString());
const events = trace.traceEvents ?? trace;
const parse = events.filter((e) => e.name === 'ParseHTML').sort((a, b) => a.ts - b.ts)[0];
// Time zero: the page's own request, as the tab sees it (at its response).
const t0 = events.filter((e) => e.name === 'ResourceSendRequest').sort((a, b) => a.ts - b.ts)[0].ts;
const at = (e) => ((e.ts - t0) / 1000).toFixed(0).padStart(5);
console.log(`${page.label}, repeat view; ms from the page's response reaching the tab (its HTML was revalidated before: no-cache)`);
let end = 0;
for (const e of events.filter((x) => x.pid === parse.pid && x.tid === parse.tid && x.ph === 'X' && x.dur > 2000).sort((a, b) => a.ts - b.ts)) {
  const nested = e.ts < end;
  if (!nested) end = e.ts + e.dur;
  console.log(`${at(e)} ${nested ? '    ' : ''}${e.name} ${(e.dur / 1000).toFixed(1)}`);
}
const names = {};
for (const e of events.filter((x) => x.name === 'ResourceSendRequest')) names[e.args.data.requestId] = e.args.data.url.split('/').pop();
for (const e of events.filter((x) => x.name === 'ResourceSendRequest' || x.name === 'ResourceReceiveResponse').sort((a, b) => a.ts - b.ts)) {
  const d = e.args.data;
  const what = e.name === 'ResourceSendRequest' ? 'requested' : `answered ${d.statusCode}${d.fromCache ? ' from the cache' : ''}`;
  console.log(`${at(e)} ${names[d.requestId] ?? d.requestId} ${what}`);
}
await browser.close();
await server.close();
