// The one path check the test servers and the benchmark's server share
// (scripts/static-server.mjs `inside`): a URL path never names a file outside
// the folder served, by `..` or by a sibling whose name starts with the
// folder's (the check the test server had before was fooled by that).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { inside, startStatic, routes } from '../../scripts/static-server.mjs';

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

// The server itself, as the tests and the benchmark start it: routes tried in
// order, folders answer with their index.html, nothing outside a folder is
// served (an encoded `..` and a sibling named like the folder included),
// compression as a CDN sends it.
test('the static server serves each route from its folder and nothing else', async (t) => {
  const fs = await import('node:fs/promises');
  const os = await import('node:os');
  const zlib = await import('node:zlib');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hc-static-'));
  t.after(() => fs.rm(dir, { recursive: true, force: true }));
  const site = path.join(dir, 'site');
  await fs.mkdir(path.join(site, 'sub'), { recursive: true });
  await fs.mkdir(path.join(dir, 'site-evil'));
  await fs.mkdir(path.join(dir, 'cdn'));
  await fs.writeFile(path.join(site, 'index.html'), '<p>home</p>');
  await fs.writeFile(path.join(site, 'sub/index.html'), '<p>sub</p>');
  await fs.writeFile(path.join(dir, 'site-evil/secret.txt'), 'secret');
  await fs.writeFile(path.join(dir, 'cdn/a.json'), JSON.stringify({ text: 'x'.repeat(2000) }));
  const server = await startStatic({ cors: true, compress: true, resolve: routes([['/cdn/', path.join(dir, 'cdn')], ['/', site]]) });
  t.after(() => server.close());
  const get = (p, headers) => fetch(server.origin + p, { headers });
  const home = await get('/');
  assert.equal(home.status, 200);
  assert.equal(await home.text(), '<p>home</p>');
  assert.equal(home.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(home.headers.get('access-control-allow-origin'), '*');
  assert.equal(await (await get('/sub/')).text(), '<p>sub</p>');
  // Over plain HTTP, so the path is sent as written (fetch() would resolve
  // the dots) and the wire bytes are seen (fetch() would decode gzip).
  const http = await import('node:http');
  const raw = (p, headers = {}) =>
    new Promise((ok, fail) => {
      http.get(server.origin + p, { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', fail);
    });
  // The URL parser drops plain dot segments; encoded slashes reach the file
  // system as slashes, and only the path check stops them.
  for (const p of ['/../site-evil/secret.txt', '/..%2fsite-evil%2fsecret.txt', '/cdn/..%2f..%2fsite-evil/secret.txt', '/nothing.js']) {
    const res = await raw(p);
    assert.equal(res.status, 404, `${p}: ${res.body}`);
  }
  const wire = await raw('/cdn/a.json', { 'accept-encoding': 'gzip' });
  assert.equal(wire.encoding, 'gzip');
  assert.ok(wire.body.length < 200, `compressed: ${wire.body.length} B`);
  assert.equal(JSON.parse(zlib.gunzipSync(wire.body)).text.length, 2000);
});

// The benchmark's repeat views: with a cache policy, answers carry it and an
// ETag, and a request that names the ETag is answered 304 with no body.
test('with a cache policy the static server sends it, with an ETag, and answers a matching revalidation 304', async (t) => {
  const fs = await import('node:fs/promises');
  const os = await import('node:os');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hc-cache-'));
  t.after(() => fs.rm(dir, { recursive: true, force: true }));
  await fs.writeFile(path.join(dir, 'a.json'), '{"a":1}');
  await fs.writeFile(path.join(dir, 'b.wasm'), 'wasm');
  const server = await startStatic({ resolve: routes([['/', dir]]), cache: (p, type) => (/json/.test(type) ? 'max-age=60' : 'max-age=31536000, immutable') });
  t.after(() => server.close());
  const first = await fetch(`${server.origin}/a.json`);
  assert.equal(first.headers.get('cache-control'), 'max-age=60');
  const etag = first.headers.get('etag');
  assert.match(etag ?? '', /^"[0-9a-f]{40}"$/);
  assert.equal((await fetch(`${server.origin}/b.wasm`)).headers.get('cache-control'), 'max-age=31536000, immutable');
  const again = await fetch(`${server.origin}/a.json`, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  const changed = await fetch(`${server.origin}/a.json`, { headers: { 'if-none-match': '"other"' } });
  assert.equal(changed.status, 200);
  // Without a policy nothing is cached: every test starts cold.
  const plain = await startStatic({ resolve: routes([['/', dir]]) });
  t.after(() => plain.close());
  const cold = await fetch(`${plain.origin}/a.json`, { headers: { 'if-none-match': etag } });
  assert.equal(cold.status, 200);
  assert.equal(cold.headers.get('cache-control'), 'no-store');
});
