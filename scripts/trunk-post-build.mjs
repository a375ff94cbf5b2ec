// Trunk post_build hook: writes the stable entry scripts (embed.js,
// embed.classic.js) into the staging dir, pointing at this build's
// content-hashed glue module. Hosts link the stable names; the hashed glue
// and wasm can be cached forever.
import fs from 'node:fs';
import path from 'node:path';
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
for (const name of ['embed.js', 'embed.classic.js']) {
  const template = fs.readFileSync(path.join(source, 'static/embed', name), 'utf8');
  const code = template.replaceAll('__GLUE__', glue).replaceAll('__WASM__', wasm).replaceAll('__VERSION__', version);
  // The classic script is left uncompressed: terser would unwrap its IIFE into a page global.
  const options = name === 'embed.js' ? minifyOptions : { ...minifyOptions, module: false, compress: false };
  fs.writeFileSync(path.join(staging, name), (await minify(code, options)).code);
}
const gluePath = path.join(staging, glue);
fs.writeFileSync(gluePath, (await minify(fs.readFileSync(gluePath, 'utf8'), minifyOptions)).code);
console.log(`embed.js -> ${glue} (v${version}), minified`);
console.log(`index.html: ${prerenderDemo(staging, source)} demo widgets prerendered`);
