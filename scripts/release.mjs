// The release: the npm package and the files to self-host, from dist/.
//
//   node scripts/release.mjs [--out DIR] [--changelog]   (scripts/release builds first)
//
// The package carries the licence texts (LICENSE-MIT, LICENSE-APACHE), the
// changelog, and docs/ with the images the README shows, so the README's
// links work in it. CHANGELOG.md must have a section for this version, or
// an "Unreleased" one; with --changelog that becomes this version's (dated
// today) in the repository's file, under a new empty "Unreleased".
//
// Writes DIR/highlight-cards/ (default target/release-npm/): package.json
// (npm/package.json, its version checked against Cargo.toml), README.md, and
// dist/ with the entry scripts (embed.js holds the glue), the wasm, the
// stylesheet, the iframe page and its resizer, and the TypeScript
// declarations, each with a .br and a .gz beside it for static hosts that
// serve precompressed files (npm's tarball leaves those out:
// CDNs compress themselves). Then runs `npm pack` and prints the tarball's
// contents and sizes, each file's SHA-384 (for `integrity`) and the snippet.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { headHints } from './hints.mjs';


const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(root, 'target/release-npm'));
const dist = path.join(root, 'dist');

const cargoVersion = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'npm/package.json'), 'utf8'));
if (manifest.version !== cargoVersion) {
  throw new Error(`npm/package.json has version ${manifest.version}, Cargo.toml ${cargoVersion}: make them equal`);
}

const files = fs.readdirSync(dist);
const pick = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one ${re} in dist/ (run trunk build --release), found ${found.join(', ') || 'none'}`);
  return found[0];
};
const shipped = [
  pick(/^embed\.js$/),
  pick(/^embed\.classic\.js$/),
  pick(/^highlight-cards-[0-9a-f]+_bg\.wasm$/),
  pick(/^highlight-cards\.css$/),
  // The iframe form: the page to frame and the host page's resizer.
  pick(/^frame\.html$/),
  pick(/^frame-resizer\.js$/),
  // The widget's words beyond Vietnamese and English (pinned by embed.js).
  pick(/^i18n\.json$/),
];

const pkg = path.join(out, 'highlight-cards');
fs.rmSync(pkg, { recursive: true, force: true });
fs.mkdirSync(path.join(pkg, 'dist'), { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
fs.copyFileSync(path.join(root, 'README.md'), path.join(pkg, 'README.md'));
for (const f of ['LICENSE-MIT', 'LICENSE-APACHE', 'CONTRIBUTING.md']) fs.copyFileSync(path.join(root, f), path.join(pkg, f));
// The spreadsheet template the README links.
fs.mkdirSync(path.join(pkg, 'static'), { recursive: true });
for (const f of ['template.csv', 'template.tsv']) fs.copyFileSync(path.join(root, 'static', f), path.join(pkg, 'static', f));
// The changelog: this version's section, or "Unreleased" (made this version's with --changelog).
let changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
const versionHeading = new RegExp(`^## ${cargoVersion.replaceAll('.', '\\.')}\\b`, 'm');
if (!versionHeading.test(changelog)) {
  if (!/^## Unreleased$/m.test(changelog)) throw new Error(`CHANGELOG.md has no section for ${cargoVersion} and no "## Unreleased"`);
  if (args.includes('--changelog')) {
    const today = new Date().toISOString().slice(0, 10);
    changelog = changelog.replace(/^## Unreleased$/m, `## Unreleased\n\n## ${cargoVersion} — ${today}`);
    fs.writeFileSync(path.join(root, 'CHANGELOG.md'), changelog);
  }
}
fs.writeFileSync(path.join(pkg, 'CHANGELOG.md'), changelog);
// Third-party notices for what the wasm contains: cargo-about over
// Cargo.lock's wasm32 crates, their licence texts read from the crates
// (about.toml, about.hbs; offline).
const notices = execFileSync('cargo', ['about', 'generate', '--locked', '--offline', '-c', 'about.toml', 'about.hbs'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
fs.writeFileSync(path.join(pkg, 'THIRD-PARTY-NOTICES.md'), notices);
// docs/: every page, and the images the README and the pages link to.
fs.mkdirSync(path.join(pkg, 'docs'), { recursive: true });
const pages = fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md'));
for (const f of pages) fs.copyFileSync(path.join(root, 'docs', f), path.join(pkg, 'docs', f));
const linked = new Set();
for (const [file, prefix] of [['README.md', 'docs/'], ...pages.map((f) => [`docs/${f}`, ''])]) {
  for (const m of fs.readFileSync(path.join(root, file), 'utf8').matchAll(/\]\(((?:docs\/)?screenshots\/[^)\s]+)\)/g)) {
    const rel = m[1].startsWith('docs/') ? m[1] : `docs/${m[1]}`;
    if (prefix === 'docs/' && !m[1].startsWith('docs/')) continue;
    linked.add(rel);
  }
}
for (const rel of linked) {
  if (!fs.existsSync(path.join(root, rel))) throw new Error(`${rel}: linked from the docs but missing`);
  fs.mkdirSync(path.dirname(path.join(pkg, rel)), { recursive: true });
  fs.copyFileSync(path.join(root, rel), path.join(pkg, rel));
}
for (const f of shipped) fs.copyFileSync(path.join(dist, f), path.join(pkg, 'dist', f));
fs.copyFileSync(path.join(root, 'npm/highlight-cards.d.ts'), path.join(pkg, 'dist/highlight-cards.d.ts'));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
const hashes = {};
console.log(`highlight-cards ${cargoVersion}: ${path.relative(root, pkg) || pkg}/dist`);
console.log(`  ${'file'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  sha384`);
for (const f of fs.readdirSync(path.join(pkg, 'dist')).sort()) {
  const file = path.join(pkg, 'dist', f);
  const bytes = fs.readFileSync(file);
  const gz = zlib.gzipSync(bytes, { level: 9 });
  const br = zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  fs.writeFileSync(`${file}.gz`, gz);
  fs.writeFileSync(`${file}.br`, br);
  hashes[f] = sri(bytes);
  console.log(`  ${f.padEnd(44)} ${kb(bytes.length).padStart(9)} ${kb(gz.length).padStart(9)} ${kb(br.length).padStart(9)}  ${hashes[f]}`);
}
fs.writeFileSync(path.join(out, 'integrity.json'), JSON.stringify(hashes, null, 2) + '\n');

const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out, '--loglevel=error'], { cwd: pkg, encoding: 'utf8' }))[0];
console.log(`\nnpm pack: ${path.join(out, packed.filename)} (${kb(packed.size)}, unpacked ${kb(packed.unpackedSize)})`);
for (const f of packed.files) console.log(`  ${f.path.padEnd(46)} ${kb(f.size).padStart(9)}`);

// The CDN URL as the build wrote it for the editor's snippets (one place).
const cdn = JSON.parse(fs.readFileSync(path.join(dist, 'release.json'), 'utf8')).embed;
console.log(`\nsnippet:\n<script type="module" src="${cdn}"\n        integrity="${hashes['embed.js']}" crossorigin="anonymous"></script>\n<highlight-cards src="/data/your-cards.json"></highlight-cards>`);
const wasmFile = Object.keys(hashes).find((f) => /^highlight-cards-[0-9a-f]+_bg\.wasm$/.test(f));
console.log(
  `\nhead hints for a site's template (not an article body), so the files and the data start with the HTML;\n` +
    `they go stale with each release (a stale one costs a wasted fetch, nothing else):\n` +
    headHints({ embed: cdn, wasm: wasmFile, integrity: hashes, data: '/data/your-cards.json' }).join('\n'),
);
console.log(`\nprecompressed: every file in ${path.relative(root, path.join(pkg, 'dist'))} has a .br and a .gz beside it (see docs/embedding.md, "Hosting the files")`);
console.log(`tarball=${path.join(out, packed.filename)}`);
