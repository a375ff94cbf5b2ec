// The one path check the test servers and the benchmark's server share
// (scripts/chromium.mjs `inside`): a URL path never names a file outside
// the folder served, by `..` or by a sibling whose name starts with the
// folder's (the check the test server had before was fooled by that).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { inside } from '../../scripts/chromium.mjs';

test('a URL path names a file inside the folder served, never outside it', () => {
  const root = path.resolve('/srv/dist');
  assert.equal(inside(root, '/embed.js'), path.join(root, 'embed.js'));
  assert.equal(inside(root, 'demo/a.json'), path.join(root, 'demo/a.json'));
  assert.equal(inside(root, '/'), root);
  // Climbing out is clamped to the root; a sibling's name is not the root's.
  assert.equal(inside(root, '/../../etc/passwd'), path.join(root, 'etc/passwd'));
  assert.equal(inside(root, '/../dist-evil/x.js'), path.join(root, 'dist-evil/x.js'));
  // What the old check let through: the joined path starts with the root's name.
  const joined = path.join(root, '/../dist-evil/x.js');
  assert.ok(joined.startsWith(root) && !joined.startsWith(root + path.sep), 'the old check would have served it');
});
