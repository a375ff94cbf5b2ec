// Trunk post_build hook: writes the stable entry scripts (embed.js,
// embed.classic.js) into the staging dir, pointing at this build's
// content-hashed glue module. Hosts link the stable names; the hashed glue
// and wasm can be cached forever.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
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
// Test hooks (`_panicForTesting`) exist only when the wasm was built with the
// test-hooks cargo feature; otherwise their part of the entry script goes too.
const hooks = fs.readFileSync(path.join(staging, glue), 'utf8').includes('_panicForTesting');
for (const name of ['embed.js', 'embed.classic.js']) {
  const template = fs.readFileSync(path.join(source, 'static/embed', name), 'utf8');
  let code = template.replaceAll('__GLUE__', glue).replaceAll('__WASM__', wasm).replaceAll('__VERSION__', version);
  code = hooks ? code : code.replace(/\/\* test-hooks:[\s\S]*?\/\* \/test-hooks \*\//g, '');
  // The classic script is left uncompressed: terser would unwrap its IIFE into a page global.
  const options = name === 'embed.js' ? minifyOptions : { ...minifyOptions, module: false, compress: false };
  fs.writeFileSync(path.join(staging, name), (await minify(code, options)).code);
}
const gluePath = path.join(staging, glue);
let glueCode = fs.readFileSync(gluePath, 'utf8');
if (process.env.TRUNK_PROFILE === 'release') glueCode = minifyWasmNames(path.join(staging, wasm), glueCode);
fs.writeFileSync(gluePath, (await minify(glueCode, minifyOptions)).code);
console.log(`embed.js -> ${glue} (v${version}), minified`);
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
