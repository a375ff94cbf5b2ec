// Size check: what a reader downloads for one widget — the entry script
// (with the wasm-bindgen glue bundled in) and the wasm (the stylesheet is
// inside the wasm) —
// gzip -9, against the budget recorded in size-budget.json. Fails when the
// payload is over the budget, or when the budget was raised since the last
// commit that changed it (it may only go down). Prints the figures.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const budgetFile = path.join(root, 'size-budget.json');
const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf8'));

const files = fs.readdirSync(dist);
const pick = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one ${re} in dist/, found ${found.join(', ') || 'none'}`);
  return found[0];
};
const payload = [pick(/^embed\.js$/), pick(/^highlight-cards-[0-9a-f]+_bg\.wasm$/)];
let raw = 0;
let gz = 0;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('payload (what a reader downloads), gzip -9:');
for (const f of payload) {
  const bytes = fs.readFileSync(path.join(dist, f));
  const z = zlib.gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += z;
  console.log(`  ${f.padEnd(44)} ${kb(bytes.length).padStart(9)} raw  ${kb(z).padStart(8)} gz`);
}
console.log(`  ${'total'.padEnd(44)} ${kb(raw).padStart(9)} raw  ${kb(gz).padStart(8)} gz (${gz} bytes)`);
console.log(`budget ${kb(budget.max_gzip_bytes)} gz (target ${kb(budget.target_gzip_bytes)}; TimelineJS 76 KB, Splide 14.2 KB, Swiper 47.3 KB)`);

let failed = false;
// The editor (editor.html) is its own wasm: none of it may reach readers.
// Its storage key is a string only the editor's code holds.
const editorMarker = Buffer.from('highlight-cards.editor');
for (const f of payload) {
  if (fs.readFileSync(path.join(dist, f)).includes(editorMarker)) {
    console.error(`size check FAILED: ${f} carries the editor's code`);
    failed = true;
  }
}
const editorFiles = files.filter((f) => /^editor(\.js|_bg\.wasm)$/.test(f));
if (editorFiles.length) {
  const z = editorFiles.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  console.log(`editor (editor.html, not part of the payload): ${editorFiles.join(' + ')} ${kb(z)} gz`);
}
if (gz > budget.max_gzip_bytes) {
  console.error(`size check FAILED: ${gz} bytes gz is over the budget of ${budget.max_gzip_bytes}`);
  failed = true;
}
// The budget may only go down: compare with the last committed value.
try {
  const previous = execFileSync('git', ['log', '-n', '1', '--format=%H', 'HEAD', '--', 'size-budget.json'], { cwd: root, encoding: 'utf8' }).trim();
  if (previous) {
    const before = JSON.parse(execFileSync('git', ['show', `${previous}~1:size-budget.json`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const committed = JSON.parse(execFileSync('git', ['show', `HEAD:size-budget.json`], { cwd: root, encoding: 'utf8' }));
    for (const [name, from, to] of [['last change', before.max_gzip_bytes, committed.max_gzip_bytes], ['working tree', committed.max_gzip_bytes, budget.max_gzip_bytes]]) {
      // The one exception: a raise recorded in `raises`, one entry per
      // issue, to no more than that issue allows above the budget it
      // started from (an issue may take its allowance in steps).
      const raises = (name === 'working tree' ? budget : committed).raises ?? [];
      const granted = raises.find((r) => r.to === to && r.from <= from && to - r.from <= r.allowed);
      const once = granted && raises.filter((r) => r.issue === granted.issue).length === 1;
      if (to > from && !once) {
        console.error(`size check FAILED: the budget went up (${name}: ${from} -> ${to}); it may only go down`);
        failed = true;
      }
    }
  }
} catch {
  // First commit of the budget, or no git: nothing to compare with.
}
if (failed) process.exit(1);
console.log('size check passed');
