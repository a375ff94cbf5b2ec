// Turns the medians into results.md (Markdown tables) and chart.svg (a
// hand-written bar chart, one panel per metric). No chart library: the
// chart is a few rectangles and labels.

const kB = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1000).toFixed(1)}`);
const ms = (v) => (v == null ? 'n/a' : `${Math.round(v)}`);
const cls = (v) => (v == null ? 'n/a' : v.toFixed(3));
const mb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1e6).toFixed(1)}`);
const score = (v) => (v == null ? 'n/a' : `${Math.round(v)}`);

/**
 * The metrics of the main table, in order: key, header, formatter, unit.
 * `net: false` marks a figure that does not depend on the network profile
 * (bytes), drawn once in the chart.
 */
export const METRICS = [
  { key: 'codeWire', head: 'JS+CSS+wasm on the wire (brotli), kB', chart: 'JS + CSS + wasm on the wire (brotli)', unit: 'kB', fmt: kB, net: false },
  { key: 'codeGzip', head: 'JS+CSS+wasm, gzip -9 (raw), kB', chart: 'JS + CSS + wasm, gzip -9', unit: 'kB', fmt: kB, net: false },
  { key: 'cardsAt', head: 'all 10 cards ready, ms', chart: 'All 10 cards in the DOM and laid out', unit: 'ms', fmt: ms },
  { key: 'interactiveAt', head: 'first working "next", ms', chart: 'First "next" click that works', unit: 'ms', fmt: ms },
  { key: 'fcp', head: 'FCP, ms', chart: 'First contentful paint', unit: 'ms', fmt: ms },
  { key: 'lcp', head: 'LCP, ms', chart: 'Largest contentful paint', unit: 'ms', fmt: ms },
  { key: 'cls', head: 'CLS', chart: 'Cumulative layout shift', unit: '', fmt: cls },
  { key: 'longTaskMs', head: 'long tasks, total ms', chart: 'Long tasks, total', unit: 'ms', fmt: ms },
  { key: 'longestTaskMs', head: 'longest task, ms', chart: 'Longest task', unit: 'ms', fmt: ms },
];

function cell(page, m) {
  if (page.unavailable) return 'unavailable';
  const v = page.median[m.key];
  if (m.key === 'interactiveAt' && !page.interactive) return 'N/A';
  if (m.key === 'codeGzip') return v == null ? 'n/a' : `${kB(v)} (${kB(page.median.codeRaw)})`;
  return m.fmt(v);
}

/** One network profile's table of the 10 seed cards. */
export function mainTable(profile) {
  const lines = [
    `| page | ${METRICS.map((m) => m.head).join(' | ')} |`,
    `|---|${METRICS.map(() => '---:').join('|')}|`,
  ];
  for (const p of profile.pages) {
    const fails = p.unavailable ? '' : failNote(p);
    lines.push(`| ${p.label}${fails} | ${METRICS.map((m) => cell(p, m)).join(' | ')} |`);
  }
  return lines.join('\n');
}

function failNote(p) {
  const bad = p.runs.filter((r) => !r.ok).length;
  const badI = p.interactive ? p.interactiveRuns.filter((r) => !r.ok).length : 0;
  const parts = [];
  if (bad) parts.push(`${bad}/${p.runs.length} loads without all cards`);
  if (badI) parts.push(`${badI}/${p.interactiveRuns.length} click probes failed`);
  return parts.length ? ` ⚠ ${parts.join(', ')}` : '';
}

// The list's slices (src/components/cards.rs): the first render holds 6
// cards, each later task 20 more.
const FIRST_SLICE = 6;
const SLICE = 20;

/** The time each later slice took on average: what must stay flat as the
 * list grows (a cost per slice that grew with the list made the total grow
 * with its square). */
export function perSlice(n, firstCardAt, cardsAt) {
  const slices = Math.ceil(Math.max(0, n - FIRST_SLICE) / SLICE);
  return slices && firstCardAt != null && cardsAt != null ? (cardsAt - firstCardAt) / slices : null;
}

/** One network profile's table of the widget at 10/100/1,000/5,000 cards. */
export function scaleTable(profile) {
  const lines = [
    `| cards (layout list) | first card painted, ms | all cards laid out, ms | per later slice of ${SLICE}, ms | longest task, ms | long tasks, total ms | JS heap used, MB | wasm memory, MB | DOM heap used, MB | DOM nodes | JSON data, kB: wire (gzip -9) |`,
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of profile.scale) {
    const m = s.median;
    lines.push(
      `| ${s.expected}${failNote({ ...s, interactive: false })} | ${ms(m.firstCardAt)} | ${ms(m.cardsAt)} | ${ms(perSlice(s.expected, m.firstCardAt, m.cardsAt))} | ${ms(m.longestTaskMs)} | ${ms(m.longTaskMs)} | ${mb(m.jsHeapUsed)} | ${mb(m.wasmMemory)} | ${mb(m.domHeapUsed)} | ${m.nodes == null ? 'n/a' : Math.round(m.nodes)} | ${kB(m.jsonWire)} (${kB(m.jsonGzip)}) |`,
    );
  }
  return lines.join('\n');
}

/** Cold against returning readers: the medians of the first load (a fresh
 * browser context) and of a second load in the same context, with the data
 * still fresh and after it expired (revalidated). */
export function repeatTable(profile) {
  const mid = (runs, key) => {
    const v = (runs ?? []).map((r) => r[key]).filter((x) => typeof x === 'number').sort((a, b) => a - b);
    return v.length ? v[v.length >> 1] : null;
  };
  const pair = (p, runs, cold) =>
    `${ms(mid(runs, 'cardsAt'))} / ${p.interactive ? ms(cold ? p.median?.interactiveAt : mid(runs, 'interactiveAt')) : '—'}`;
  const lines = [
    '| page | cold: cards ready / first control, ms | repeat view, data fresh | repeat view, data revalidated |',
    '|---|---:|---:|---:|',
  ];
  for (const p of profile.pages) {
    if (p.unavailable || !p.repeatRuns) continue;
    lines.push(`| ${p.label} | ${pair(p, p.runs, true)} | ${pair(p, p.repeatRuns)} | ${pair(p, p.revalidatedRuns)} |`);
  }
  return lines.length > 2 ? lines.join('\n') : '';
}

/** Min–max over the runs, to show how far a median can be trusted. */
function spreadTable(profile) {
  const range = (xs) => {
    const v = xs.filter((x) => typeof x === 'number');
    return v.length ? `${Math.round(Math.min(...v))}–${Math.round(Math.max(...v))}` : 'n/a';
  };
  const lines = ['| page | all 10 cards ready | first working "next" | FCP | LCP | long tasks, total | longest task |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const p of profile.pages) {
    if (p.unavailable) continue;
    const ok = p.runs.filter((r) => r.ok);
    const next = p.interactive ? range(p.interactiveRuns.filter((r) => r.ok).map((r) => r.interactiveAt)) : 'N/A';
    lines.push(
      `| ${p.label} | ${range(ok.map((r) => r.cardsAt))} | ${next} | ${range(ok.map((r) => r.fcp))} | ${range(ok.map((r) => r.lcp))} | ${range(ok.map((r) => r.longTaskMs))} | ${range(ok.map((r) => r.longestTaskMs))} |`,
    );
  }
  return lines.join('\n');
}

/** Bytes by kind; the same under every profile, so drawn from the first that has runs. */
export function bytesTable(results) {
  const profile = results.profiles.find((prof) => prof.pages.some((p) => p.runs?.length)) ?? results.profiles[0];
  const lines = [
    '| page | JS | CSS | wasm | HTML | JSON data | files (JS, CSS, wasm): wire / gzip -9 |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const p of profile?.pages ?? []) {
    if (p.unavailable) {
      lines.push(`| ${p.label} | unavailable | | | | | |`);
      continue;
    }
    const run = p.runs.find((r) => r.bytes) ?? {};
    const k = run.bytes?.byKind ?? {};
    const f = (x) => (x ? `${kB(x.wire)} / ${kB(x.gzip)} (${kB(x.raw)})` : 'n/a');
    const files = (run.bytes?.files ?? [])
      .filter((x) => ['js', 'css', 'wasm'].includes(x.kind))
      .map((x) => `\`${x.url.split('/').slice(-1)[0]}\` ${kB(x.wire)}${x.encoding ? ` ${x.encoding}` : ''} / ${kB(x.gzip)}`)
      .join(', ');
    lines.push(`| ${p.label} | ${f(k.js)} | ${f(k.css)} | ${f(k.wasm)} | ${f(k.html)} | ${f(k.json)} | ${files || '—'} |`);
  }
  return lines.join('\n');
}

const LH_HEADS = [
  ['performance', 'performance'],
  ['accessibility', 'accessibility'],
  ['best-practices', 'best practices'],
  ['seo', 'SEO'],
];

/** Lighthouse's medians: the four category scores and FCP, LCP, CLS, TBT. */
export function lighthouseTable(results) {
  const lh = results.lighthouse;
  if (!lh) return null;
  const lines = [
    `| page (Lighthouse ${lh.version}, mobile) | ${LH_HEADS.map(([, h]) => h).join(' | ')} | FCP, ms | LCP, ms | CLS | TBT, ms |`,
    `|---|${LH_HEADS.map(() => '---:').join('|')}|---:|---:|---:|---:|`,
  ];
  for (const p of lh.pages) {
    if (p.unavailable) {
      lines.push(`| ${p.label} | unavailable | | | | | | | |`);
      continue;
    }
    const bad = p.runs.filter((r) => !r.ok).length;
    const warn = bad ? ` ⚠ ${bad}/${p.runs.length} runs failed` : '';
    const m = p.median;
    lines.push(
      `| ${p.label}${warn} | ${LH_HEADS.map(([c]) => score(m.scores[c])).join(' | ')} | ${ms(m.metrics['first-contentful-paint'])} | ${ms(m.metrics['largest-contentful-paint'])} | ${cls(m.metrics['cumulative-layout-shift'])} | ${ms(m.metrics['total-blocking-time'])} |`,
    );
  }
  return lines.join('\n');
}

/** Which scored audits cost each page points outside performance (any run). */
function lighthouseFailures(results) {
  const out = [];
  for (const p of results.lighthouse?.pages ?? []) {
    const ok = p.runs.filter((r) => r.ok);
    if (!ok.length) continue;
    const parts = LH_HEADS.slice(1)
      .map(([c, h]) => {
        const ids = [...new Set(ok.flatMap((r) => r.failed?.[c] ?? []))];
        return ids.length ? `${h}: ${ids.map((id) => `\`${id}\``).join(', ')}` : null;
      })
      .filter(Boolean);
    out.push(`- ${p.label}: ${parts.length ? parts.join('; ') : 'no failed audit outside performance'}`);
  }
  return out.join('\n');
}

const profileTitle = (prof) => (prof.id === 'none' ? 'loopback (no network throttling)' : prof.label);

/** Everything the tables hold, for stdout. */
export function stdoutReport(results) {
  const e = results.env;
  const loads = results.profiles.some((prof) => prof.pages.length || prof.scale.length);
  const out = [
    loads
      ? `highlight-cards benchmark — medians of ${e.runs} runs, Chromium ${e.chromium}, CPU ${e.throttle}x, ${e.viewport.width}x${e.viewport.height} @${e.viewport.deviceScaleFactor}x`
      : `highlight-cards benchmark — Lighthouse only, Chromium ${e.chromium}`,
  ];
  for (const prof of results.profiles) {
    if (prof.pages.length) out.push(`\n## 10 seed cards, ${profileTitle(prof)}\n\n${mainTable(prof)}`);
    const repeat = repeatTable(prof);
    if (repeat) out.push(`\n## cold and repeat views, ${profileTitle(prof)}\n\n${repeat}`);
    if (prof.scale.length) out.push(`\n## widget at scale, ${profileTitle(prof)}\n\n${scaleTable(prof)}`);
  }
  if (results.profiles.some((prof) => prof.pages.length)) out.push(`\n## bytes by kind, kB: wire / gzip -9 (raw)\n\n${bytesTable(results)}`);
  const lh = lighthouseTable(results);
  if (lh) out.push(`\n## Lighthouse, medians of ${results.lighthouse.runs} run(s)\n\n${lh}`);
  if (results.notes.length) out.push('\n' + results.notes.map((n) => `- ${n}`).join('\n'));
  return out.join('\n');
}

export function markdown(results) {
  const e = results.env;
  const lh = results.lighthouse;
  const notes = results.notes.length ? results.notes.map((n) => `- ${n}`).join('\n') : '- none';
  const sections = [];
  for (const prof of results.profiles) {
    if (!prof.pages.length) continue;
    sections.push(`## The 10 seed cards — ${profileTitle(prof)}

${mainTable(prof)}

Spread, fastest–slowest run (ms):

${spreadTable(prof)}
`);
    const repeat = repeatTable(prof);
    // A returning reader: the same page loaded again in the same browser
    // context (HTTP cache and compiled wasm warm).
    if (repeat) sections.push(`### Cold and repeat views — ${profileTitle(prof)}

Medians; a repeat view loads the page again in the same browser context, served with the
recommended cache headers: with the data still fresh, then after it expired (a 304).

${repeat}
`);
  }
  if (results.profiles.some((prof) => prof.pages.length)) {
    sections.push(`The widget's own stylesheet is compiled into the wasm in (b) and (c), so neither loads a CSS
file; (c) also carries it inline in its declarative shadow root, with the collection's data,
which is why its HTML is larger (see the HTML column below).

### Bytes by kind, kB: on the wire / gzip -9 (raw)

The same under every network profile.

${bytesTable(results)}
`);
  }
  const scaled = results.profiles.filter((prof) => prof.scale.length);
  if (scaled.length) {
    sections.push(`## The widget at scale

\`<highlight-cards layout="list" src="…">\` with the seed's cards repeated and renumbered.
"First card painted" is the first animation frame in which the first \`.hc-card\` is in the
DOM with a box (that frame paints it). Memory is read after the cards are laid out and a forced
garbage collection (CDP \`HeapProfiler.collectGarbage\`): JS heap and DOM heap (Blink's Oilpan
heap) from \`Runtime.getHeapUsage\` (\`usedSize\`, \`embedderHeapUsedSize\`), DOM nodes from
\`Memory.getDOMCounters\`, and the wasm's linear memory (\`memory.buffer.byteLength\`, which
only grows) from the instance the probe saw being created. MB = 10⁶ bytes.

${scaled.map((prof) => `### ${profileTitle(prof)}\n\n${scaleTable(prof)}\n`).join('\n')}`);
  }
  if (lh) {
    const s = lh.settings;
    const t = s?.throttling;
    sections.push(`## Lighthouse

Lighthouse ${lh.version} in its default mode: ${s ? `form factor ${s.formFactor}, ${s.screenEmulation?.width}×${s.screenEmulation?.height} @${s.screenEmulation?.deviceScaleFactor}x, throttling \`${s.throttlingMethod}\` (RTT ${t?.rttMs} ms, ${t?.throughputKbps} kbps, CPU ${t?.cpuSlowdownMultiplier}×)` : 'no run succeeded'}.
Each run is a fresh \`${lh.chromePath}\` from chrome-launcher with \`${lh.chromeFlags.join(' ')}\`.
Scores 0–100, times in ms, medians of ${lh.runs} run(s) per page, each figure on its own. The demo page is
\`dist/index.html\` as \`scripts/serve\` shows it (two collections), from the loopback asset server;
(b) and (c) are the pages of the tables above.

${lighthouseTable(results)}

Scored audits that failed (in any run), outside performance:

${lighthouseFailures(results) || '- n/a'}
`);
  }
  const netRows = e.net.map((n) => `| network: ${n.id} | ${n.id === 'none' ? 'loopback, no throttling' : `CDP \`Network.emulateNetworkConditions\`: latency ${n.conditions.latency} ms, download ${Number(((n.conditions.downloadThroughput * 8) / 1024).toFixed(1))} kbps, upload ${Number(((n.conditions.uploadThroughput * 8) / 1024).toFixed(1))} kbps (1 kbps = 1024 bit/s, Lighthouse's slow 4G)`} |`);
  return `# highlight-cards benchmark

Generated by \`${e.command ?? `node bench/run.mjs --runs ${e.runs}`}\` on ${e.date}. Every figure is a median of ${e.runs} runs per page
(Lighthouse: of ${lh ? lh.runs : 0} run(s) per page). Not part of the test suite; see
[bench/README.md](../README.md) for what each number means. Times are milliseconds from
navigation start; kB = 1000 bytes. "On the wire" is the bytes the server sent (brotli here,
as Chromium asks for it); gzip -9 is the same files gzipped at level 9, the raw size in parentheses.

| | |
|---|---|
| Chromium | ${e.chromium} (headless, \`/usr/bin/chromium\`) |
| CPU | ${e.cpuModel}, \`nproc\` = ${e.nproc}; 1-minute load average ${e.loadAverage.before.toFixed(2)} before, ${e.loadAverage.after.toFixed(2)} after |
| CPU throttling | ${e.throttle}× (CDP \`Emulation.setCPUThrottlingRate\`) |
${netRows.join('\n')}
| compression | ${e.compression} |
| viewport | ${e.viewport.width}×${e.viewport.height} CSS px, deviceScaleFactor ${e.viewport.deviceScaleFactor}, isMobile, hasTouch |
| runs | ${e.runs} per page and network profile (+1 discarded warm-up load on loopback), fresh browser context each |
| Lighthouse | ${lh ? `${lh.version}, ${lh.runs} run(s) per page` : 'not run'} |
| widget | highlight-cards ${e.widget.version}, \`${e.widget.wasm}\` (git ${e.widget.commit}) |
| peers | ${e.peers.map((p) => `${p.name} ${p.version}`).join(', ')} |
| Node | ${e.node} |

${sections.join('\n')}
## Notes from this run

${notes}

![bar chart](chart.svg)
`;
}

const COLORS = ['#7a7a7a', '#005aa0', '#3d8fd1', '#c0392b', '#27ae60', '#8e44ad', '#d68910'];
const xmlEsc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * One panel per metric, one horizontal bar per page and network profile
 * (slow 4G in a lighter shade), the value at the bar's end; then the
 * widget's time to lay out 10/100/1,000 cards, and Lighthouse's performance
 * score.
 */
export function chartSvg(results) {
  const profiles = results.profiles.filter((prof) => prof.pages.length || prof.scale.length);
  const withPages = profiles.filter((prof) => prof.pages.length);
  const pages = withPages[0]?.pages ?? [];
  const multi = profiles.length > 1;
  const panels = [];
  // Per page, one bar per profile, next to each other.
  const rowsOf = (m) =>
    pages.flatMap((base, j) =>
      (m.net === false ? withPages.slice(0, 1) : withPages).map((prof, k) => {
        const p = prof.pages.find((q) => q.id === base.id) ?? base;
        return {
          label: `${p.short}${multi && m.net !== false ? ` · ${prof.short}` : ''}`,
          color: COLORS[j % COLORS.length],
          light: k > 0,
          value: p.unavailable || (m.key === 'interactiveAt' && !p.interactive) ? null : p.median?.[m.key],
          why: p.unavailable ? 'unavailable' : m.key === 'interactiveAt' && !p.interactive ? 'N/A' : 'n/a',
          fmt: m.fmt,
        };
      }),
    );
  if (pages.length) for (const m of METRICS) panels.push({ title: `${m.chart}${m.unit ? ` (${m.unit})` : ''}`, rows: rowsOf(m), zero: m.key === 'cls' ? 0.001 : 1 });
  const scaled = profiles.filter((prof) => prof.scale.length);
  if (scaled.length) {
    panels.push({
      title: 'Widget (list): all N cards laid out (ms)',
      zero: 1,
      rows: scaled[0].scale.flatMap((base) => scaled.map((prof, k) => [prof.scale.find((x) => x.id === base.id) ?? base, k, prof])).map(([x, k, prof]) => ({ label: `${x.expected} cards${multi ? ` · ${prof.short}` : ''}`, color: COLORS[1], light: k > 0, value: x.median.cardsAt, why: 'n/a', fmt: ms })),
    });
  }
  if (results.lighthouse?.pages.length) {
    panels.push({
      title: 'Lighthouse performance score (mobile)',
      zero: 100,
      rows: results.lighthouse.pages.map((p, j) => ({ label: p.id === 'demo' ? 'demo page' : p.label.split(' ')[0] + ' widget', color: COLORS[(j + 1) % COLORS.length], light: false, value: p.unavailable ? null : p.median.scores.performance, why: p.unavailable ? 'unavailable' : 'n/a', fmt: score })),
    });
  }
  const cols = 2;
  const panelW = 470;
  const barH = 16;
  const gap = 4;
  const labelW = 210;
  const legendH = 30;
  const panelH = (n) => 34 + n * (barH + gap) + 10;
  const rowHeights = [];
  for (let i = 0; i < panels.length; i += cols) rowHeights.push(Math.max(...panels.slice(i, i + cols).map((p) => panelH(p.rows.length))));
  const width = cols * panelW + 20;
  const height = legendH + rowHeights.reduce((a, b) => a + b, 0) + 30;
  const out = [];
  const nets = profiles.map((p) => p.short).join(' and ');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, 'Noto Sans', Arial, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="20" font-size="15" font-weight="700">highlight-cards vs. static HTML and peers — medians of ${results.env.runs} runs, CPU ${results.env.throttle}×, ${xmlEsc(nets || 'no loads')}, ${results.env.viewport.width}×${results.env.viewport.height} @${results.env.viewport.deviceScaleFactor}x</text>`,
  );
  panels.forEach((panel, i) => {
    const px = 10 + (i % cols) * panelW;
    const py = legendH + rowHeights.slice(0, Math.floor(i / cols)).reduce((a, b) => a + b, 0);
    const max = Math.max(...panel.rows.map((r) => r.value).filter((v) => v != null), panel.zero);
    const barMax = panelW - labelW - 70;
    out.push(`<text x="${px}" y="${py + 20}" font-weight="700">${xmlEsc(panel.title)}</text>`);
    panel.rows.forEach((r, j) => {
      const y = py + 30 + j * (barH + gap);
      out.push(`<text x="${px + labelW - 6}" y="${y + barH - 4}" text-anchor="end">${xmlEsc(r.label)}</text>`);
      if (r.value == null) {
        out.push(`<text x="${px + labelW + 4}" y="${y + barH - 4}" fill="#777">${r.why}</text>`);
        return;
      }
      const w = Math.max(1, (r.value / max) * barMax);
      out.push(
        `<rect x="${px + labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${r.color}"${r.light ? ' fill-opacity="0.45"' : ''}/>`,
        `<text x="${(px + labelW + w + 4).toFixed(1)}" y="${y + barH - 4}">${xmlEsc(r.fmt(r.value))}</text>`,
      );
    });
  });
  out.push(
    `<text x="10" y="${height - 14}" fill="#555">Generated ${xmlEsc(results.env.date)} · Chromium ${xmlEsc(results.env.chromium)} · ${xmlEsc(results.env.cpuModel)}, ${results.env.nproc} cores · times from navigation start · see results.md</text>`,
    '</svg>',
    '',
  );
  return out.join('\n');
}
