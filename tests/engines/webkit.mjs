// WebKit: Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver
// (package webkit2gtk-driver) through selenium-webdriver. MiniBrowser needs
// an X display — run the tests under `xvfb-run -a` (its --headless flag hangs
// here). The interface is described in driver.mjs.
//
// Two things specific to MiniBrowser:
// - Its toolbar makes GTK refuse windows narrower than ~450 px. A GTK
//   stylesheet that shrinks every GTK widget (not the web content, which GTK
//   CSS does not reach) lets the window, hence the viewport, go down to 320 px.
//   It is given to MiniBrowser only, through XDG_CONFIG_HOME.
// - WebKitWebDriver speaks classic WebDriver only (no BiDi), so there is no
//   console event stream: errors() sees what happens after the page loaded
//   (driver.mjs installErrorRecorder); a widget that fails earlier shows up
//   as cards that never render.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Builder, Key } from 'selenium-webdriver';
import { waitFor, installErrorRecorder, viewportIs } from './driver.mjs';

export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBDRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? 'WebKitWebDriver';

const GTK_CSS = `/* tests/engines/webkit.mjs: let MiniBrowser's window shrink to phone widths */
* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; }
image { -gtk-icon-transform: scale(0.01); }
`;

const KEYS = {
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  Home: Key.HOME,
  End: Key.END,
  Tab: Key.TAB,
  ' ': Key.SPACE,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function launch() {
  if (!process.env.DISPLAY) throw new Error('WebKitGTK needs an X display: run the engine tests under `xvfb-run -a`');
  const config = await fs.mkdtemp(path.join(os.tmpdir(), 'hc-webkit-'));
  await fs.mkdir(path.join(config, 'gtk-3.0'));
  await fs.writeFile(path.join(config, 'gtk-3.0', 'gtk.css'), GTK_CSS);
  const port = await freePort();
  const server = `http://127.0.0.1:${port}`;
  const child = spawn(WEBDRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, XDG_CONFIG_HOME: config },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output = (output + d).slice(-4000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-4000)));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const spawned = new Promise((resolve, reject) => {
    child.on('spawn', resolve);
    child.on('error', reject);
  });
  const cleanup = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await fs.rm(config, { recursive: true, force: true });
  };

  let driver;
  try {
    await spawned;
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await fetch(`${server}/status`).then((r) => r.json()).then((j) => j.value?.ready).catch(() => false);
      if (ready) break;
      if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${output}`);
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver not ready after 15 s: ${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    driver = await new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
  } catch (err) {
    await cleanup();
    throw err;
  }
  const version = (await driver.getCapabilities()).get('browserVersion');
  // Window height minus viewport height (the shrunken toolbar), measured once.
  let chrome = null;

  const evaluate = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);

  return {
    name: 'webkit',
    label: `WebKit ${version}`,
    version,
    async open(url, { width = 1280, height = 900 } = {}) {
      // One window per session: resize it, then navigate (so the page lays
      // out at its final size from the start).
      if (chrome === null) {
        await driver.manage().window().setRect({ width, height });
        const { height: outer } = await driver.manage().window().getRect();
        chrome = outer - (await evaluate(() => innerHeight));
      }
      await driver.manage().window().setRect({ width, height: height + chrome });
      await driver.get(url);
      await waitFor(evaluate, viewportIs, { args: [width, height], timeout: 10_000, what: `a ${width}×${height} viewport` });
      await evaluate(installErrorRecorder);
      return {
        evaluate,
        waitFor: (fn, options) => waitFor(evaluate, fn, options),
        async click(fn, ...args) {
          const element = await evaluate(fn, ...args);
          if (!element) throw new Error(`click: no element from ${fn}`);
          await element.click();
        },
        async press(key) {
          if (!(key in KEYS)) throw new Error(`press: unknown key ${key}`);
          await driver.actions().sendKeys(KEYS[key]).perform();
        },
        async screenshot(file) {
          await fs.mkdir(path.dirname(file), { recursive: true });
          await fs.writeFile(file, Buffer.from(await driver.takeScreenshot(), 'base64'));
        },
        errors: () => evaluate(() => window.__engineErrors ?? ['(error recorder missing: the page navigated?)']),
        async close() {
          await driver.get('about:blank');
        },
      };
    },
    async quit() {
      try {
        // A session whose browser died (a WebKit web-process crash) never
        // answers: after 10 s the driver is killed instead, so a crash fails
        // the suite at once rather than hanging it.
        await Promise.race([driver.quit(), new Promise((r) => setTimeout(r, 10_000))]);
      } finally {
        await cleanup();
      }
    },
  };
}
