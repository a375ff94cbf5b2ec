// Part of the Trunk post_build hook: the demo page (dist/index.html) shows
// its two collections prerendered, as docs/cli.md recommends to newsrooms —
// every card is in the HTML, styled, before any script runs, and embed.js
// hydrates it. Rendered by the project's own CLI (`highlight-cards render`,
// yew's server renderer over the same components), so there is one
// rendering path. Each `<div class="demo-slot" data-prerender="FILE">` in
// index.html gets FILE's prerendered widget in place of its content.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

/** The page's URL is not known at build time; render against a stand-in
 *  origin and make the URLs relative to the page (index.html sits at the
 *  root of dist/, beside demo/ and photos/). */
const STAND_IN = 'https://demo.page.invalid/';

export function prerenderDemo(staging, source) {
  const index = path.join(staging, 'index.html');
  let html = fs.readFileSync(index, 'utf8');
  const slots = [...html.matchAll(/<div class="demo-slot" data-prerender="([^"]+)"[^>]*>[\s\S]*?<\/div>/g)];
  for (const [slot, file] of slots) {
    const data = path.join(source, 'static', file);
    const widget = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'highlight-cards', '--', 'render', data, '--base', `${STAND_IN}${file.replace(/^static\//, '')}`], {
      cwd: source,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const relative = widget.replaceAll(STAND_IN, '');
    html = html.replace(slot, `<div class="demo-slot">\n${relative}</div>`);
  }
  fs.writeFileSync(index, html);
  return slots.length;
}
