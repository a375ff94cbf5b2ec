// Lighthouse 12 (bench/package.json pins it) on a few of the benchmark's
// pages, in its default mode: mobile (Moto G Power screen emulation),
// simulated throttling — slow 4G (150 ms RTT, 1,638.4 kbps) and 4x CPU —
// computed by Lantern from an unthrottled load. Each run gets its own fresh
// Chromium from chrome-launcher (the same one the lighthouse CLI uses), like
// `lighthouse URL` does.
//
// Lighthouse 13 needs Node 22; these machines have Node 20, so 12.x it is.

import fs from 'node:fs';
import path from 'node:path';
import { benchDir } from './pages.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const LH_METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time', 'speed-index'];

// The flags the project's headless Chromium needs here (root, no GPU, small
// /dev/shm), plus the same "nothing leaves the machine" resolver rule as
// scripts/chromium.mjs.
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export const chromePath = () => process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function lighthouseVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(benchDir, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/**
 * One Lighthouse run of `url`. Returns { ok, scores, metrics, settings,
 * warnings } or { ok: false, error }. Never throws.
 */
export async function lighthouseRun(url, { timeoutMs = 180000 } = {}) {
  const started = Date.now();
  // Loaded here, not at the top: bench/node_modules may only just have been
  // installed by run.mjs's setup.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  process.env.CHROME_PATH = chromePath();
  let chrome;
  let timer;
  try {
    chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    const run = lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const result = await Promise.race([
      run,
      new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error(`no result in ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    const lhr = result?.lhr;
    if (!lhr) return { ok: false, error: 'lighthouse returned no report', wallMs: Date.now() - started };
    if (lhr.runtimeError) return { ok: false, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`, wallMs: Date.now() - started };
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
    const metrics = Object.fromEntries(LH_METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? null]));
    const s = lhr.configSettings;
    // Audits that failed on this page, by category, so a score can be read.
    const failed = Object.fromEntries(
      CATEGORIES.filter((c) => c !== 'performance').map((c) => [
        c,
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 1)
          .map((r) => r.id),
      ]),
    );
    return {
      ok: true,
      finalUrl: lhr.finalDisplayedUrl,
      scores,
      metrics,
      failed,
      settings: {
        formFactor: s.formFactor,
        throttlingMethod: s.throttlingMethod,
        throttling: s.throttling,
        screenEmulation: s.screenEmulation,
      },
      userAgent: lhr.environment?.hostUserAgent,
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      warnings: lhr.runWarnings ?? [],
      lighthouseVersion: lhr.lighthouseVersion,
      wallMs: Date.now() - started,
    };
  } catch (e) {
    return { ok: false, error: String(e?.message ?? e).split('\n')[0], wallMs: Date.now() - started };
  } finally {
    clearTimeout(timer);
    try {
      chrome?.kill();
    } catch {}
  }
}
