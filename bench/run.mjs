#!/usr/bin/env node
// On-demand benchmark: highlight-cards against static HTML and three peers
// (Splide, Swiper, TimelineJS), plus the widget at 10/100/1000 cards, on
// loopback and/or a slow-4G profile, and Lighthouse 12 on three pages.
//
//   node bench/run.mjs [--runs N] [--net none|slow4g|both] [--timeout MS]
//                      [--lighthouse-runs N | --no-lighthouse] [--build] [--only id,id]
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
import { passiveRun, interactiveRun, median, VIEWPORT, NET_PROFILES } from './measure.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { markdown, chartSvg, stdoutReport } from './report.mjs';
import { lighthouseRun, lighthouseVersion, CATEGORIES, LH_METRICS, CHROME_FLAGS, chromePath } from './lighthouse.mjs';

const THROTTLE = 4;
const SCALE_SIZES = [10, 100, 1000, 5000];
const CLI = path.join(repo, 'target/release/highlight-cards');
const PEERS = ['@splidejs/splide', 'swiper', '@knight-lab/timelinejs'];
// Everything bench/package.json installs: the peers and Lighthouse.
const DEPS = [...PEERS, 'lighthouse', 'chrome-launcher'];
// The pages Lighthouse audits, in order. `demo` is dist/index.html as
// `scripts/serve` shows it (both demo collections), from the asset server.
const LH_PAGES = ['demo', 'widget-ssr', 'widget-json'];
const PAGE_IDS = ['static', 'widget-json', 'widget-ssr', 'widget-json-hints', 'widget-ssr-hints', 'splide', 'swiper', 'timelinejs', 'scale', 'scale-10', 'scale-100', 'scale-1000', 'scale-5000', 'demo', 'lighthouse'];

const USAGE = `usage: node bench/run.mjs [options]
  --runs N              measured loads per page and network profile (default 5)
  --net none|slow4g|both
                        network profile: loopback as it is (none, the default), Lighthouse's
                        mobile slow 4G (150 ms, 1,638.4 kbps down, 750 kbps up), or both
  --lighthouse-runs N   Lighthouse runs per audited page (default 1)
  --no-lighthouse       skip Lighthouse
  --timeout MS          per page load (default 30000; the 1,000-card page gets at least 60 s)
  --build               rebuild dist/ and the CLI first
  --only id,id          a subset, written to bench/results/partial/; ids: ${PAGE_IDS.join(', ')}
                        (demo: Lighthouse on the demo page; lighthouse: Lighthouse's three pages only)`;

function parseArgs(argv) {
  const opts = { runs: 5, timeout: 30000, build: false, only: null, net: ['none'], lighthouseRuns: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    if (name === '--runs') opts.runs = Number(value());
    else if (name === '--timeout') opts.timeout = Number(value());
    else if (name === '--only') opts.only = value().split(',');
    else if (name === '--net') {
      const v = value();
      if (v === 'both') opts.net = ['none', 'slow4g'];
      else if (NET_PROFILES[v]) opts.net = [v];
      else throw new Error(`--net must be none, slow4g or both, not ${v}`);
    } else if (name === '--lighthouse-runs') opts.lighthouseRuns = Number(value());
    else if (a === '--no-lighthouse') opts.lighthouseRuns = 0;
    else if (a === '--build') opts.build = true;
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}\n${USAGE}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1 || opts.runs > 100) throw new Error('--runs must be an integer 1..100');
  if (!Number.isInteger(opts.lighthouseRuns) || opts.lighthouseRuns < 0 || opts.lighthouseRuns > 50) throw new Error('--lighthouse-runs must be an integer 0..50');
  if (!(opts.timeout >= 1000)) throw new Error('--timeout must be at least 1000 ms');
  const unknown = (opts.only ?? []).filter((id) => !PAGE_IDS.includes(id));
  if (unknown.length) throw new Error(`--only: unknown id(s) ${unknown.join(', ')}; ids: ${PAGE_IDS.join(', ')}`);
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
  const peersThere = DEPS.every((p) => fs.existsSync(path.join(benchDir, 'node_modules', p, 'package.json')));
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
  const args = ['render', seedFile, '--layout', 'carousel', '--assets', `${assetOrigin}/demo`];
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

/** `chromium --version`'s number, when Playwright did not start it (Lighthouse only). */
function chromiumCli() {
  try {
    return /([\d.]+)/.exec(execFileSync(chromePath(), ['--version'], { encoding: 'utf8', timeout: 20000, stdio: ['ignore', 'pipe', 'ignore'] }))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
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
    codeWire: median(runs.map((r) => r.bytes?.codeWire)),
    jsonWire: median(runs.map((r) => r.bytes?.byKind.json.wire)),
    jsonGzip: median(runs.map((r) => r.bytes?.byKind.json.gzip)),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    cls: pick('cls'),
    cardsAt: pick('cardsAt'),
    firstCardAt: pick('firstCardAt'),
    loadAt: pick('loadAt'),
    longTaskMs: pick('longTaskMs'),
    longestTaskMs: pick('longestTaskMs'),
    blockingMs: pick('blockingMs'),
    interactiveAt: interactiveRuns ? median(interactiveRuns.filter((r) => r.ok).map((r) => r.interactiveAt)) : null,
    jsHeapUsed: byMem('jsHeapUsed'),
    domHeapUsed: byMem('domHeapUsed'),
    wasmMemory: byMem('wasmMemory'),
    nodes: byMem('nodes'),
  };
}

/** Lighthouse on the pages of LH_PAGES that are wanted, `runs` times each, interleaved. */
async function lighthouseStage({ runs, urls, unavailable }) {
  const pages = LH_PAGES.filter((id) => urls[id] || unavailable[id]).map((id) => ({
    id,
    label: LH_LABELS[id],
    url: urls[id] ?? null,
    unavailable: unavailable[id] ?? null,
    runs: [],
  }));
  for (let run = 1; run <= runs; run++) {
    for (const p of pages) {
      if (p.unavailable) continue;
      const r = await lighthouseRun(p.url);
      p.runs.push(r);
      say(
        r.ok
          ? `lighthouse ${run}/${runs} ${p.label}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}; FCP ${Math.round(r.metrics['first-contentful-paint'])} ms, LCP ${Math.round(r.metrics['largest-contentful-paint'])} ms, TBT ${Math.round(r.metrics['total-blocking-time'])} ms (${Math.round(r.wallMs / 1000)} s)`
          : `lighthouse ${run}/${runs} ${p.label}: FAILED: ${r.error}`,
      );
    }
  }
  for (const p of pages) {
    const ok = p.runs.filter((r) => r.ok);
    p.median = {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(ok.map((r) => r.scores[c]))])),
      metrics: Object.fromEntries(LH_METRICS.map((m) => [m, median(ok.map((r) => r.metrics[m]))])),
    };
  }
  return pages;
}

const LH_LABELS = {
  demo: 'demo page (dist/index.html, 2 collections)',
  'widget-ssr': '(c) highlight-cards, prerendered + hydrated',
  'widget-json': '(b) highlight-cards, JSON src',
};

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const loadBefore = os.loadavg()[0];
  const notes = [];
  const { cliBuilt } = setup(opts, notes);
  const seed = JSON.parse(await fsp.readFile(seedFile, 'utf8'));
  const profiles = opts.net.map((id) => ({ ...NET_PROFILES[id], pages: [], scale: [] }));

  const server = await startServers();
  let browser;
  // Whatever happens, the process ends: a hard stop well past the worst case.
  const pageBudget = opts.timeout * 2 + 15000;
  const hardStop = setTimeout(
    () => {
      say('hard time limit reached; exiting');
      process.exit(2);
    },
    (opts.runs + 1) * profiles.length * 12 * pageBudget + opts.lighthouseRuns * LH_PAGES.length * 200000 + 10 * 60 * 1000,
  );
  hardStop.unref();
  try {
    await server.prewarm();
    const pre = prerender(server.assetOrigin, cliBuilt);
    if (pre.error) {
      say(`(c) unavailable: ${pre.error}`);
      notes.push(`(c) unavailable: ${pre.error}`);
    }
    const built = await buildPages({ seed, assetOrigin: server.assetOrigin, prerendered: pre, scaleSizes: SCALE_SIZES });
    server.serve(built);
    const wanted = (id) => !opts.only || opts.only.includes(id);
    const basePages = built.pages.filter((p) => wanted(p.id));
    const baseScale = built.scale.filter((p) => wanted('scale') || wanted(p.id));
    for (const prof of profiles) {
      prof.pages = basePages.map((p) => ({ ...p, short: SHORT[p.id] ?? p.id, runs: [], interactiveRuns: [] }));
      prof.scale = baseScale.map((p) => ({ ...p, runs: [] }));
    }

    let chromiumVersion = null;
    const measureOpts = { throttle: THROTTLE, timeout: opts.timeout, net: NET_PROFILES.none };
    // The 1000-card list takes far longer than 10 cards at 4x; give it room.
    const scaleOpts = (p, net) => ({ ...measureOpts, net, timeout: Math.max(opts.timeout, p.expected * 60), heap: true });
    if (basePages.length || baseScale.length) {
      browser = await launchChromium();
      chromiumVersion = browser.version();
      say(`Chromium ${chromiumVersion}; pages at ${server.pageOrigin}, assets at ${server.assetOrigin}; network: ${profiles.map((p) => p.short).join(', ')}`);

      // One discarded load of each page first (on loopback): it warms the OS
      // file cache and the server's compression cache, which would otherwise
      // land on run 1 alone.
      say('warm-up');
      for (const p of basePages.filter((p) => !p.unavailable)) await passiveRun(browser, server, p, { ...measureOpts, settle: 0 });
      for (const p of baseScale) await passiveRun(browser, server, p, { ...scaleOpts(p, NET_PROFILES.none), settle: 0 });

      // Runs are interleaved (every page under every profile once, then
      // again) so a slow moment of the machine spreads over all of them.
      for (let run = 1; run <= opts.runs; run++) {
        for (const prof of profiles) {
          const tag = profiles.length > 1 ? `[${prof.short}] ` : '';
          const net = NET_PROFILES[prof.id];
          for (const p of prof.pages) {
            if (p.unavailable) continue;
            const r = await passiveRun(browser, server, p, { ...measureOpts, net });
            p.runs.push(r);
            let line = `run ${run}/${opts.runs} ${tag}${p.short}: cards ${r.cardsAt == null ? 'n/a' : Math.round(r.cardsAt)} ms, FCP ${Math.round(r.fcp ?? NaN)} ms, longest task ${Math.round(r.longestTaskMs)} ms`;
            if (p.interactive) {
              const i = await interactiveRun(browser, server, p, { ...measureOpts, net });
              p.interactiveRuns.push(i);
              line += `, next works ${i.ok ? Math.round(i.interactiveAt) + ' ms' : 'FAILED'} (${i.clicks} click${i.clicks === 1 ? '' : 's'})`;
            }
            say(line);
            // A returning reader: data still fresh, then after its minute
            // (the browser revalidates it; the release's files stay cached).
            for (const [key, maxAge] of [['repeatRuns', 60], ['revalidatedRuns', 0]]) {
              server.policy.dataMaxAge = maxAge;
              const again = await passiveRun(browser, server, p, { ...measureOpts, net, repeat: true });
              const click = p.interactive ? await interactiveRun(browser, server, p, { ...measureOpts, net, repeat: true }) : null;
              server.policy.dataMaxAge = 60;
              (p[key] ??= []).push({ ...again, interactiveAt: click?.ok ? click.interactiveAt : null });
              say(`run ${run}/${opts.runs} ${tag}${p.short} ${key === 'repeatRuns' ? 'repeat view' : 'repeat view, data revalidated'}: cards ${again.cardsAt == null ? 'n/a' : Math.round(again.cardsAt)} ms${p.interactive ? `, next works ${click?.ok ? Math.round(click.interactiveAt) + ' ms' : 'FAILED'}` : ''}`);
            }
          }
          for (const p of prof.scale) {
            const r = await passiveRun(browser, server, p, scaleOpts(p, net));
            p.runs.push(r);
            say(
              `run ${run}/${opts.runs} ${tag}scale ${p.expected}: first card ${r.firstCardAt == null ? 'n/a' : Math.round(r.firstCardAt)} ms, all ${r.cardsAt == null ? `n/a (${r.cardsSeen} seen)` : Math.round(r.cardsAt)} ms, longest task ${Math.round(r.longestTaskMs)} ms, JS heap ${((r.memory?.jsHeapUsed ?? 0) / 1e6).toFixed(1)} MB`,
            );
          }
        }
      }
      await browser.close().catch(() => {});
      browser = null;
    }

    for (const prof of profiles) {
      for (const p of prof.pages) p.median = p.unavailable ? {} : summarise(p.runs, p.interactive ? p.interactiveRuns : null);
      for (const s of prof.scale) s.median = summarise(s.runs, null);
    }

    // Lighthouse last, with the Playwright browser closed so the two never share the CPU.
    let lighthouse = null;
    const lhWanted = LH_PAGES.filter((id) => wanted(id) || opts.only.includes('lighthouse'));
    if (opts.lighthouseRuns > 0 && lhWanted.length) {
      say(`lighthouse ${lighthouseVersion()}: ${opts.lighthouseRuns} run(s) of ${lhWanted.join(', ')}`);
      const urls = {};
      const unavailable = {};
      for (const id of lhWanted) {
        if (id === 'demo') urls.demo = `${server.assetOrigin}/`;
        else {
          const spec = built.pages.find((p) => p.id === id);
          if (spec.unavailable) unavailable[id] = spec.unavailable;
          else urls[id] = server.pageOrigin + spec.path;
        }
      }
      const lhPages = await lighthouseStage({ runs: opts.lighthouseRuns, urls, unavailable });
      const first = lhPages.flatMap((p) => p.runs).find((r) => r.ok);
      lighthouse = {
        version: lighthouseVersion(),
        runs: opts.lighthouseRuns,
        chromePath: chromePath(),
        chromeFlags: CHROME_FLAGS,
        settings: first?.settings ?? null,
        userAgent: first?.userAgent ?? null,
        pages: lhPages,
      };
      for (const p of lhPages) {
        const bad = p.runs.filter((r) => !r.ok);
        if (bad.length) notes.push(`Lighthouse, ${p.label}: ${bad.length}/${p.runs.length} run(s) failed, e.g. ${bad[0].error}.`);
        const warns = [...new Set(p.runs.flatMap((r) => r.warnings ?? []))];
        if (warns.length) notes.push(`Lighthouse, ${p.label} warned: ${warns.map((w) => `"${String(w).slice(0, 200)}"`).join('; ')}.`);
      }
    }

    // What a reader of the table should know about this particular run.
    // Another build replacing dist/ mid-run would mix two widgets in the medians.
    const allPages = profiles.flatMap((prof) => [...prof.pages, ...prof.scale]);
    const wasmNames = new Set(allPages.flatMap((p) => p.runs.flatMap((r) => (r.bytes?.files ?? []).filter((f) => f.kind === 'wasm').map((f) => f.url))));
    if (wasmNames.size > 1) notes.push(`dist/ changed during the run: the pages loaded ${[...wasmNames].join(', ')}.`);
    for (const p of profiles[0].pages) {
      const same = profiles.map((prof) => prof.pages.find((q) => q.id === p.id));
      const runs = same.flatMap((q) => q.runs);
      const ext = [...new Set(runs.flatMap((r) => r.external))];
      if (ext.length) notes.push(`${p.short} asked for ${ext.length} non-loopback URL(s), refused by the browser (no network here): ${ext.slice(0, 4).map((u) => '`' + u + '`').join(', ')}${ext.length > 4 ? ', …' : ''}.`);
      const errs = [...new Set([...runs, ...same.flatMap((q) => q.interactiveRuns)].flatMap((r) => r.errors))];
      if (errs.length) notes.push(`${p.short} logged ${errs.length} distinct console/page error(s), e.g. "${errs[0].slice(0, 160)}".`);
      const unsupported = [...new Set(runs.flatMap((r) => r.unsupportedEntryTypes))];
      if (unsupported.length) notes.push(`${p.short}: this Chromium does not report ${unsupported.join(', ')} entries.`);
    }
    const encodings = new Set(allPages.flatMap((p) => p.runs.flatMap((r) => (r.bytes?.files ?? []).map((f) => f.encoding ?? 'identity'))));
    if (allPages.some((p) => p.runs.length) && !encodings.has('br')) notes.push(`No response went out as brotli (encodings seen: ${[...encodings].join(', ')}): the wire column is not what a brotli CDN would send.`);

    const peerVersions = PEERS.map((name) => ({
      name,
      version: JSON.parse(fs.readFileSync(path.join(benchDir, 'node_modules', name, 'package.json'), 'utf8')).version,
    }));
    const cargo = fs.readFileSync(path.join(repo, 'Cargo.toml'), 'utf8');
    const wasm = fs.readdirSync(distDir).find((f) => /^highlight-cards-[0-9a-f]+_bg\.wasm$/.test(f)) ?? 'n/a';
    const strip = ({ html, data, probe, ...p }) => p;
    const results = {
      env: {
        date: new Date().toISOString(),
        command: ['node', 'bench/run.mjs', ...process.argv.slice(2)].join(' '),
        chromium: chromiumVersion ?? chromiumCli(),
        nproc: nproc(),
        // Other work on the machine (a build, a test run) shows up here and in the spread of the runs.
        loadAverage: { before: loadBefore, after: os.loadavg()[0] },
        cpuModel: cpuModel(),
        throttle: THROTTLE,
        net: profiles.map(({ id, label, conditions }) => ({ id, label, conditions })),
        compression: 'brotli quality 11 when Accept-Encoding offers br, else gzip level 9; text types and wasm; compressed once per body',
        viewport: VIEWPORT,
        runs: opts.runs,
        timeoutMs: opts.timeout,
        node: process.version,
        peers: peerVersions,
        widget: { version: /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1] ?? '?', wasm, commit: gitCommit() },
      },
      notes,
      profiles: profiles.map((prof) => ({ ...prof, pages: prof.pages.map(strip), scale: prof.scale.map(strip) })),
      lighthouse,
    };

    // A subset (--only) must not overwrite the full results.
    const out = path.join(benchDir, 'results', opts.only ? 'partial' : '');
    await fsp.mkdir(out, { recursive: true });
    await fsp.writeFile(path.join(out, 'results.json'), JSON.stringify(results, null, 1) + '\n');
    await fsp.writeFile(path.join(out, 'results.md'), markdown(results));
    await fsp.writeFile(path.join(out, 'chart.svg'), chartSvg(results));
    say(`wrote ${path.relative(repo, out)}/results.md, results.json, chart.svg`);

    console.log('\n' + stdoutReport(results));
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
