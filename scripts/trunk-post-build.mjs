// Trunk post_build hook: writes the stable entry scripts (embed.js,
// embed.classic.js) into the staging dir. embed.js carries this build's
// wasm-bindgen glue and the name and SHA-384 of its content-hashed wasm;
// embed.classic.js carries embed.js's SHA-384. Hosts link the stable names;
// the hashed wasm can be cached forever.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { minify } from 'terser';
import { prerenderDemo } from './demo-prerender.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by Trunk: TRUNK_STAGING_DIR is not set');
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const glue = fs.readdirSync(staging).find((f) => /^highlight-cards(-[0-9a-f]+)?\.js$/.test(f));
if (!glue) throw new Error(`no highlight-cards glue module in ${staging}`);
const wasm = glue.replace(/\.js$/, '_bg.wasm');
if (!fs.existsSync(path.join(staging, wasm))) throw new Error(`no ${wasm} in ${staging}`);
const cargo = fs.readFileSync(path.join(source, 'Cargo.toml'), 'utf8');
const version = cargo.match(/^version\s*=\s*"([^"]+)"/m)[1];
// Readers download these: minified with terser (names mangled, comments
// dropped except the /*! header). wasm-bindgen's glue comes unminified.
const minifyOptions = { module: true, compress: { passes: 2 }, mangle: true, format: { comments: /^!/ } };
const wasmPath = path.join(staging, wasm);
const gluePath = path.join(staging, glue);
let glueCode = fs.readFileSync(gluePath, 'utf8');
// Test hooks (`_panicForTesting`) exist only when the wasm was built with the
// test-hooks cargo feature; otherwise their part of the entry script goes too.
const hooks = glueCode.includes('_panicForTesting');
if (process.env.TRUNK_PROFILE === 'release') glueCode = minifyWasmNames(wasmPath, glueCode);
fs.writeFileSync(gluePath, glueCode);

// Integrity end to end: the host's script tag pins embed.js (and
// embed.classic.js pins embed.js); embed.js holds the glue and pins the wasm.
// So the hashes are taken last to first: the wasm as it now is, then embed.js.
const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
const fill = (name, values) => {
  let code = fs.readFileSync(path.join(source, 'static/embed', name), 'utf8').replaceAll('__VERSION__', version);
  for (const [key, value] of Object.entries(values)) code = code.replaceAll(key, value);
  const left = code.match(/__[A-Z_]+__/);
  if (left) throw new Error(`static/embed/${name}: ${left[0]} is not filled in`);
  return hooks ? code : code.replace(/\/\* test-hooks:[\s\S]*?\/\* \/test-hooks \*\//g, '');
};

// The UI tables beyond Vietnamese and English (static/i18n/<tag>.json), all
// in one file beside the wasm (i18n.json: one request, 7.5 KB gzip, only
// for pages that need one of them), pinned in embed.js by its SHA-384 so a
// tampered table is refused like a tampered wasm. One file, not one per
// language: 17 pins would add 1.2 KB gzip to every reader's embed.js.
const i18nDir = path.join(source, 'static/i18n');
// Each table as an array of its strings in the order of i18n::NAMES (the
// files' own key order, after "language": src/i18n.rs's test checks it), so
// the wasm holds no names.
const tables = {};
for (const file of fs.readdirSync(i18nDir).filter((f) => f.endsWith('.json')).sort()) {
  const { language, ...strings } = JSON.parse(fs.readFileSync(path.join(i18nDir, file), 'utf8'));
  tables[language] = Object.values(strings);
}
const i18n = Buffer.from(JSON.stringify(tables));
fs.writeFileSync(path.join(staging, 'i18n.json'), i18n);

// embed.js: the template with the glue bundled in (esbuild: one module, so
// that no second script file goes unchecked: a dynamic import() cannot carry
// an integrity), then minified with terser.
const entryPath = path.join(staging, '.embed.entry.js');
const entry = fill('embed.js', { __GLUE__: glue, __WASM__: wasm, __WASM_INTEGRITY__: sri(fs.readFileSync(wasmPath)), __I18N_TAGS__: JSON.stringify(Object.keys(tables)), __I18N_INTEGRITY__: sri(i18n) });
// The /*! header (version, snippet) stays first, above the glue.
const header = entry.match(/^\/\*![\s\S]*?\*\//)[0];
fs.writeFileSync(entryPath, entry.slice(header.length));
const bundle = await build({ entryPoints: [entryPath], bundle: true, format: 'esm', platform: 'browser', write: false, banner: { js: header }, legalComments: 'none', logLevel: 'error' });
const embed = (await minify(bundle.outputFiles[0].text, minifyOptions)).code;
fs.writeFileSync(path.join(staging, 'embed.js'), embed);
// The glue now lives only inside embed.js.
fs.rmSync(entryPath);
fs.rmSync(gluePath);

// The classic script is left uncompressed: terser would unwrap its IIFE into a page global.
const classic = fill('embed.classic.js', { __EMBED_INTEGRITY__: sri(Buffer.from(embed)) });
fs.writeFileSync(path.join(staging, 'embed.classic.js'), (await minify(classic, { ...minifyOptions, module: false, compress: false })).code);
console.log(`embed.js (v${version}): ${glue} bundled in, pins ${wasm}; minified`);

// The release as a page pastes it: the package's CDN URL of embed.js and its
// SHA-384. release.json for scripts (scripts/release.mjs prints its snippet
// from it); the editor reads the same, written into its page, and its
// snippets carry both, so what an editor copies works where it is pasted.
const release = {
  version,
  embed: `https://cdn.jsdelivr.net/npm/highlight-cards@${version}/dist/embed.js`,
  integrity: sri(Buffer.from(embed)),
};
fs.writeFileSync(path.join(staging, 'release.json'), JSON.stringify(release, null, 2) + '\n');
const editorPage = path.join(staging, 'editor.html');
if (fs.existsSync(editorPage)) {
  const page = fs.readFileSync(editorPage, 'utf8');
  const tag = `<script type="application/json" id="ed-release">${JSON.stringify(release)}</script>\n</head>`;
  if (!page.includes('</head>')) throw new Error('editor.html: no </head> to put the release before');
  fs.writeFileSync(editorPage, page.replace('</head>', tag));
}
console.log(`index.html: ${prerenderDemo(staging, source)} demo widgets prerendered`);

/**
 * Shortens the names the wasm and its glue know each other by. wasm-bindgen
 * names each of the ~240 imports like `__wbg_getBoundingClientRect_329ca748ec918b0c`:
 * the hash is incompressible and every name is written twice (wasm import
 * section, glue), about 4 KB of the gzipped payload. binaryen renames imports,
 * exports and the import module to one or two letters and prints the
 * mapping; the glue (unminified here, where it always writes `wasm.NAME` and
 * `NAME: function`) is rewritten to match. Any name not found exactly fails
 * the build, so a wasm-bindgen upgrade that writes its glue differently
 * cannot ship a wasm that does not link. Release builds only (debug keeps
 * readable names).
 */
function minifyWasmNames(wasmPath, code) {
  const local = path.join(source, 'node_modules/.bin/wasm-opt');
  const wasmOpt = fs.existsSync(local) ? local : 'wasm-opt';
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'].map((f) => `--enable-${f}`);
  const out = execFileSync(wasmOpt, [...features, '--minify-imports-and-exports-and-modules', wasmPath, '-o', wasmPath], { encoding: 'utf8' });
  const map = JSON.parse(out.slice(out.indexOf('{')));
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const replaceExactly = (pattern, by, what, times) => {
    const found = code.match(pattern)?.length ?? 0;
    if (times === 'once' ? found !== 1 : found < 1) throw new Error(`minifyWasmNames: ${what} found ${found} times in the glue`);
    // A function, so that `$` in a short name is not read as a pattern.
    code = code.replace(pattern, (...m) => by(m));
  };
  const modules = new Map();
  for (const [module, name, short] of map.imports) {
    replaceExactly(new RegExp(`^(\\s*)${escape(name)}:`, 'gm'), (m) => `${m[1]}${JSON.stringify(short)}:`, `import ${name}`, 'once');
    modules.set(module, true);
  }
  // The module is renamed too: binaryen prints its new name in no mapping, so read it back.
  const [newModule] = WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(wasmPath))).map((i) => i.module);
  for (const module of modules.keys()) {
    replaceExactly(new RegExp(`${escape(JSON.stringify(module))}:`, 'g'), () => `${JSON.stringify(newModule)}:`, `module ${module}`, 'once');
  }
  for (const [name, short] of map.exports) {
    // Exports the glue never uses (wasm-bindgen's own) may be absent.
    if (new RegExp(`\\bwasm\\.${escape(name)}\\b`).test(code)) {
      replaceExactly(new RegExp(`\\bwasm\\.${escape(name)}\\b`, 'g'), () => `wasm[${JSON.stringify(short)}]`, `export ${name}`, 'some');
    }
  }
  const left = code.match(/\bwasm\.[A-Za-z_$][\w$]*/g);
  if (left) throw new Error(`minifyWasmNames: glue still uses ${[...new Set(left)].join(', ')}`);
  return code;
}
