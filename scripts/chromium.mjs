// What the browser tests (tests/browser/) and the benchmark (bench/) share:
// how to start Debian's headless Chromium on these machines, and the
// Content-Types their loopback servers send.
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Chromium launch flags that work here (root, no network). */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--disable-sync',
  '--no-first-run',
  // Fail any non-loopback host at once instead of waiting on DNS, so nothing
  // a page asks for can leave the machine. Such requests still show as failed.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Headless Debian Chromium through playwright-core (which never downloads a browser). */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Content-Type for a path, by extension. */
export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file `rel` (a URL path, decoded) names under `root`, or null: `..`
 * cannot climb out, and a sibling whose name starts with the root's
 * (`dist-evil` beside `dist`) is not inside it (the separator is checked).
 * The test servers' and the benchmark's one check.
 */
export function inside(root, rel) {
  const full = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  return full === root || full.startsWith(root + path.sep) ? full : null;
}
