// Test hooks only in test builds: the release files a
// reader downloads (dist/) contain no diagnostics export; the test-hooks
// build (dist-test/, made by scripts/test) does, so this check is not empty.
// Every release build shortens the wasm's export names, so embed.js (which
// holds the glue, and calls the export by name) is where a hook would show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shipped = (dir) => {
  const files = fs.readdirSync(path.join(repo, dir)).filter((f) => /^embed(\.classic)?\.js$|^highlight-cards.*\.(js|wasm)$/.test(f));
  assert.ok(files.length >= 3, `${dir}/ has the entry scripts and the wasm (run scripts/test): ${files}`);
  return files.map((f) => [f, fs.readFileSync(path.join(repo, dir, f)).toString('latin1')]);
};
const HOOKS = /_panicForTesting|panic_for_testing|test-hooks/;

test('the release build has no test hooks: not in embed.js (glue included) or the wasm', () => {
  for (const [file, text] of shipped('dist')) assert.doesNotMatch(text, HOOKS, `dist/${file}`);
});

test('the test-hooks build has them (so the check above can fail)', () => {
  const found = shipped('dist-test').filter(([, text]) => HOOKS.test(text)).map(([f]) => f);
  assert.ok(found.some((f) => f === 'embed.js'), `embed.js exports _panicForTesting: ${found}`);
});
