#!/usr/bin/env node
// On-demand benchmark: highlight-cards against static HTML and three peers
// (Splide, Swiper, TimelineJS), plus the widget at 10/100/1000 cards.
//
//   node bench/run.mjs [--runs N] [--timeout MS] [--build] [--only id,id]
//
// Writes bench/results/{results.md,results.json,chart.svg}; with --only,
// bench/results/partial/ instead.
//
// Not part of the test suite (scripts/test never runs it): the numbers
// depend on the machine, so they are a report, not a pass/fail check.
// See bench/README.md.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServers, repo, distDir } from './server.mjs';
import { buildPages, seedFile, benchDir } from './pages.mjs';
import { passiveRun, interactiveRun, median, VIEWPORT } from './measure.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { markdown, chartSvg, mainTable, scaleTable } from './report.mjs';

const THROTTLE = 4;
const SCALE_SIZES = [10, 100, 1000];
const CLI = path.join(repo, 'target/release/highlight-cards');
const PEERS = ['@splidejs/splide', 'swiper', '@knight-lab/timelinejs'];

function parseArgs(argv) {
  const opts = { runs: 5, timeout: 30000, build: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i] ?? a.split('=')[1];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs' || a.startsWith('--runs=')) opts.runs = Number(a.includes('=') ? a.split('=')[1] : value());
    else if (a === '--timeout' || a.startsWith('--timeout=')) opts.timeout = Number(a.includes('=') ? a.split('=')[1] : value());
    else if (a === '--only' || a.startsWith('--only=')) opts.only = (a.includes('=') ? a.split('=')[1] : value()).split(',');
    else if (a === '--build') opts.build = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/run.mjs [--runs N (default 5)] [--timeout MS per page (default 30000)] [--build] [--only static,widget-json,...]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1 || opts.runs > 100) throw new Error('--runs must be an integer 1..100');
  if (!(opts.timeout >= 1000)) throw new Error('--timeout must be at least 1000 ms');
  return opts;
}

const say = (...a) => console.error('[bench]', ...a);

/** Runs a setup command with its output on stderr; returns whether it succeeded. */
function sh(cmd, args, { cwd = repo, timeoutMs = 45 * 60 * 1000 } = {}) {
  say(`$ ${cmd} ${args.join(' ')}`);
  const env = { ...process.env, PATH: `${os.homedir()}/.cargo/bin:${path.join(repo, 'node_modules/.bin')}:${process.env.PATH}` };
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 2, 2], timeout: timeoutMs });
  if (r.error) say(`  failed: ${r.error.message}`);
  return r.status === 0;
}

/** Newest modification time under `dir` (files only). */
function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Installs the pinned peers, builds dist/ and the CLI when missing (or on --build). */
function setup(opts, notes) {
  const peersThere = PEERS.every((p) => fs.existsSync(path.join(benchDir, 'node_modules', p, 'package.json')));
  if (!peersThere && !sh('npm', ['ci', '--prefix', 'bench', '--ignore-scripts', '--no-audit', '--no-fund'])) {
    throw new Error('npm ci --prefix bench failed');
  }
  const embed = path.join(distDir, 'embed.js');
  if (opts.build || !fs.existsSync(embed)) {
    if (!sh('trunk', ['build', '--release', '--offline'])) throw new Error('trunk build --release --offline failed');
  }
  // A dist/ older than the sources measures an old widget, and a prerender
  // from a newer CLI would not match it when hydrating.
  const srcTime = Math.max(newest(path.join(repo, 'src')), newest(path.join(repo, 'static')), fs.statSync(path.join(repo, 'Cargo.toml')).mtimeMs);
  if (srcTime > fs.statSync(embed).mtimeMs) {
    const n = 'dist/ is older than src/ or static/: these numbers are for the last build, not the working tree (run with --build to rebuild).';
    say(`warning: ${n}`);
    notes.push(n);
  }
  let cliBuilt = false;
  if (opts.build || !fs.existsSync(CLI)) {
    cliBuilt = true;
    if (!sh('cargo', ['build', '--release', '--bin', 'highlight-cards'])) notes.push('`cargo build --release --bin highlight-cards` failed.');
  }
  return { cliBuilt };
}

/** The CLI's prerendered widget for page (c), or { error } saying why not. */
function prerender(assetOrigin, cliBuilt) {
  const args = ['render', seedFile, '--layout', 'carousel', '--assets', assetOrigin];
  const attempt = () => {
    if (!fs.existsSync(CLI)) return { error: `${path.relative(repo, CLI)} does not exist` };
    try {
      const html = execFileSync(CLI, args, { encoding: 'utf8', timeout: 60000, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
      if (!/<highlight-cards[\s>]/.test(html)) return { error: 'the render command printed no <highlight-cards> element' };
      if (!/shadowrootmode=/.test(html)) return { error: 'the render command printed no declarative shadow root' };
      return { html };
    } catch (e) {
      const why = (e.stderr?.toString() || e.message).trim().split('\n')[0];
      return { error: `\`highlight-cards ${args.slice(0, 1).concat(['<seed>'], args.slice(2)).join(' ')}\` failed (exit ${e.status ?? '?'}): ${why}` };
    }
  };
  let r = attempt();
  // The binary may simply predate the flags; one incremental build, then give up.
  if (r.error && !cliBuilt && fs.existsSync(path.join(os.homedir(), '.cargo/bin/cargo'))) {
    say(`prerender: ${r.error}; rebuilding the CLI once`);
    if (sh('cargo', ['build', '--release', '--bin', 'highlight-cards'])) r = attempt();
  }
  return r;
}

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    return m ? m[1].trim() : 'unknown';
  } catch {
    return 'unknown';
  }
}

function nproc() {
  try {
    return Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    return os.availableParallelism?.() ?? os.cpus().length;
  }
}

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'static', 'Cargo.toml'], { cwd: repo, encoding: 'utf8' }).trim();
    return dirty ? `${head}, with uncommitted changes in src/static` : head;
  } catch {
    return 'unknown';
  }
}

const SHORT = {
  static: '(a) static HTML',
  'widget-json': '(b) widget, JSON',
  'widget-ssr': '(c) widget, prerendered',
  splide: '(d) Splide',
  swiper: '(e) Swiper',
  timelinejs: '(f) TimelineJS',
};

/** Medians of every numeric field the tables use. */
function summarise(runs, interactiveRuns) {
  const pick = (k, from = runs) => median(from.filter((r) => r.ok).map((r) => r[k]));
  const okRuns = runs.filter((r) => r.ok);
  const byMem = (k) => median(okRuns.map((r) => r.memory?.[k]));
  return {
    // Bytes are the same every run; the median is there for robustness only.
    codeGzip: median(runs.map((r) => r.bytes?.codeGzip)),
    codeRaw: median(runs.map((r) => r.bytes?.codeRaw)),
    jsonGzip: median(runs.map((r) => r.bytes?.byKind.json.gzip)),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    cls: pick('cls'),
    cardsAt: pick('cardsAt'),
    loadAt: pick('loadAt'),
    longTaskMs: pick('longTaskMs'),
    blockingMs: pick('blockingMs'),
    interactiveAt: interactiveRuns ? median(interactiveRuns.filter((r) => r.ok).map((r) => r.interactiveAt)) : null,
    jsHeapUsed: byMem('jsHeapUsed'),
    domHeapUsed: byMem('domHeapUsed'),
    wasmMemory: byMem('wasmMemory'),
    nodes: byMem('nodes'),
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const loadBefore = os.loadavg()[0];
  const notes = [];
  const { cliBuilt } = setup(opts, notes);
  const seed = JSON.parse(await fsp.readFile(seedFile, 'utf8'));

  const server = await startServers();
  let browser;
  // Whatever happens, the process ends: a hard stop well past the worst case.
  const pageBudget = opts.timeout * 2 + 15000;
  const hardStop = setTimeout(() => {
    say('hard time limit reached; exiting');
    process.exit(2);
  }, (opts.runs + 1) * 12 * pageBudget + 10 * 60 * 1000);
  hardStop.unref();
  try {
    const pre = prerender(server.assetOrigin, cliBuilt);
    if (pre.error) {
      say(`(c) unavailable: ${pre.error}`);
      notes.push(`(c) unavailable: ${pre.error}`);
    }
    const built = await buildPages({ seed, assetOrigin: server.assetOrigin, prerendered: pre, scaleSizes: SCALE_SIZES });
    for (const [p, f] of built.files) server.pages.set(p, f);
    for (const p of [...built.pages, ...built.scale]) {
      if (p.html) server.pages.set(p.path, { body: p.html, type: 'text/html; charset=utf-8' });
      if (p.data) server.generated.set(p.dataPath, { body: p.data, type: 'application/json; charset=utf-8' });
    }
    const wanted = (p) => !opts.only || opts.only.includes(p.id);
    const pages = built.pages.filter(wanted).map((p) => ({ ...p, short: SHORT[p.id] ?? p.id, runs: [], interactiveRuns: [] }));
    const scale = built.scale.filter((p) => !opts.only || opts.only.includes('scale') || wanted(p)).map((p) => ({ ...p, runs: [] }));

    browser = await launchChromium();
    const chromiumVersion = browser.version();
    say(`Chromium ${chromiumVersion}; pages at ${server.pageOrigin}, assets at ${server.assetOrigin}`);
    const measureOpts = { throttle: THROTTLE, timeout: opts.timeout };
    // The 1000-card list takes far longer than 10 cards at 4x; give it room.
    const scaleOpts = (p) => ({ ...measureOpts, timeout: Math.max(opts.timeout, p.expected * 60), heap: true });

    // One discarded load of each page first: it warms the OS file cache and
    // the server's gzip cache, which would otherwise land on run 1 alone.
    say('warm-up');
    for (const p of pages.filter((p) => !p.unavailable)) await passiveRun(browser, server, p, { ...measureOpts, settle: 0 });
    for (const p of scale) await passiveRun(browser, server, p, { ...scaleOpts(p), settle: 0 });

    // Runs are interleaved (every page once, then again) so a slow moment of
    // the machine spreads over all pages instead of hitting one.
    for (let run = 1; run <= opts.runs; run++) {
      for (const p of pages) {
        if (p.unavailable) continue;
        const r = await passiveRun(browser, server, p, measureOpts);
        p.runs.push(r);
        let line = `run ${run}/${opts.runs} ${p.short}: cards ${r.cardsAt == null ? 'n/a' : Math.round(r.cardsAt)} ms, FCP ${Math.round(r.fcp ?? NaN)} ms`;
        if (p.interactive) {
          const i = await interactiveRun(browser, server, p, measureOpts);
          p.interactiveRuns.push(i);
          line += `, next works ${i.ok ? Math.round(i.interactiveAt) + ' ms' : 'FAILED'} (${i.clicks} click${i.clicks === 1 ? '' : 's'})`;
        }
        say(line);
      }
      for (const p of scale) {
        const r = await passiveRun(browser, server, p, scaleOpts(p));
        p.runs.push(r);
        say(`run ${run}/${opts.runs} scale ${p.expected}: cards ${r.cardsAt == null ? `n/a (${r.cardsSeen} seen)` : Math.round(r.cardsAt)} ms, JS heap ${((r.memory?.jsHeapUsed ?? 0) / 1e6).toFixed(1)} MB`);
      }
    }

    for (const p of pages) p.median = p.unavailable ? {} : summarise(p.runs, p.interactive ? p.interactiveRuns : null);
    for (const s of scale) s.median = summarise(s.runs, null);

    // What a reader of the table should know about this particular run.
    // Another build replacing dist/ mid-run would mix two widgets in the medians.
    const wasmNames = new Set(
      [...pages, ...scale].flatMap((p) => p.runs.flatMap((r) => (r.bytes?.files ?? []).filter((f) => f.kind === 'wasm').map((f) => f.url))),
    );
    if (wasmNames.size > 1) notes.push(`dist/ changed during the run: the pages loaded ${[...wasmNames].join(', ')}.`);
    for (const p of pages) {
      const ext = [...new Set(p.runs.flatMap((r) => r.external))];
      if (ext.length) notes.push(`${p.short} asked for ${ext.length} non-loopback URL(s), refused by the browser (no network here): ${ext.slice(0, 4).map((u) => '`' + u + '`').join(', ')}${ext.length > 4 ? ', …' : ''}.`);
      const errs = [...new Set([...p.runs, ...p.interactiveRuns].flatMap((r) => r.errors))];
      if (errs.length) notes.push(`${p.short} logged ${errs.length} distinct console/page error(s), e.g. "${errs[0].slice(0, 160)}".`);
      const unsupported = [...new Set(p.runs.flatMap((r) => r.unsupportedEntryTypes))];
      if (unsupported.length) notes.push(`${p.short}: this Chromium does not report ${unsupported.join(', ')} entries.`);
    }

    const peerVersions = PEERS.map((name) => ({
      name,
      version: JSON.parse(fs.readFileSync(path.join(benchDir, 'node_modules', name, 'package.json'), 'utf8')).version,
    }));
    const cargo = fs.readFileSync(path.join(repo, 'Cargo.toml'), 'utf8');
    const wasm = fs.readdirSync(distDir).find((f) => f.endsWith('_bg.wasm')) ?? 'n/a';
    const results = {
      env: {
        date: new Date().toISOString(),
        chromium: chromiumVersion,
        nproc: nproc(),
        // Other work on the machine (a build, a test run) shows up here and in the spread of the runs.
        loadAverage: { before: loadBefore, after: os.loadavg()[0] },
        cpuModel: cpuModel(),
        throttle: THROTTLE,
        viewport: VIEWPORT,
        runs: opts.runs,
        timeoutMs: opts.timeout,
        node: process.version,
        peers: peerVersions,
        widget: { version: /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1] ?? '?', wasm, commit: gitCommit() },
      },
      notes,
      pages: pages.map(({ html, probe, ...p }) => p),
      scale: scale.map(({ html, data, probe, ...p }) => p),
    };

    // A subset (--only) must not overwrite the full results.
    const out = path.join(benchDir, 'results', opts.only ? 'partial' : '');
    await fsp.mkdir(out, { recursive: true });
    await fsp.writeFile(path.join(out, 'results.json'), JSON.stringify(results, null, 1) + '\n');
    await fsp.writeFile(path.join(out, 'results.md'), markdown(results));
    await fsp.writeFile(path.join(out, 'chart.svg'), chartSvg(results));
    say(`wrote ${path.relative(repo, out)}/results.md, results.json, chart.svg`);

    console.log(`\nhighlight-cards benchmark — medians of ${opts.runs} runs, Chromium ${chromiumVersion}, CPU ${THROTTLE}x, ${VIEWPORT.width}x${VIEWPORT.height} @${VIEWPORT.deviceScaleFactor}x\n`);
    console.log(mainTable(results));
    if (scale.length) console.log('\n' + scaleTable(results));
    if (notes.length) console.log('\n' + notes.map((n) => `- ${n}`).join('\n'));
  } finally {
    await browser?.close().catch(() => {});
    await server.close().catch(() => {});
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error('[bench] failed:', e?.stack ?? e);
    process.exit(1);
  },
);
