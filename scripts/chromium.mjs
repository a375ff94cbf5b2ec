// What the browser tests (tests/browser/) and the benchmark (bench/) share:
// how to start Debian's headless Chromium on these machines (their one
// static server is scripts/static-server.mjs).
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
