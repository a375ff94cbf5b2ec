// Does a returning reader's browser compile the wasm again? Loads the
// widget's JSON page twice in one browser context, served with the cache
// headers the docs recommend (bench/server.mjs), tracing each load, and
// prints the V8 wasm events of each: compiling ("compile", "streaming") on
// the first, the compiled module taken from the code cache ("deserialize")
// on the second.
//
//   node bench/wasm-cache.mjs
import fs from 'node:fs/promises';
import { startServers } from './server.mjs';
import { buildPages, seedFile } from './pages.mjs';
import { launchChromium } from '../scripts/chromium.mjs';

const server = await startServers();
const seed = JSON.parse(await fs.readFile(seedFile, 'utf8'));
const built = await buildPages({ seed, assetOrigin: server.assetOrigin, prerendered: { error: 'not needed' }, scaleSizes: [] });
server.serve(built);
const page = built.pages.find((p) => p.id === 'widget-json');
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
const tab = await context.newPage();
const ready = () => tab.waitForFunction(() => document.querySelector('highlight-cards')?.shadowRoot?.querySelector('.hc-card'), null, { timeout: 60_000 });
const result = [];
for (const load of ['first load', 'repeat view']) {
  await browser.startTracing(tab, { categories: ['v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'devtools.timeline'] });
  await tab.goto(server.pageOrigin + page.path);
  await ready();
  // V8 writes the code cache after the module has run a while.
  await new Promise((r) => setTimeout(r, 2000));
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const counts = {};
  for (const e of trace.traceEvents ?? trace) {
    if (!/wasm/i.test(e.name) || e.ph === 'E') continue;
    counts[e.name] = (counts[e.name] ?? 0) + 1;
  }
  result.push(load);
  console.log(`${load}: ${Object.entries(counts).map(([k, n]) => `${k} ×${n}`).join(', ') || 'no wasm events'}`);
}
await browser.close();
await server.close();
