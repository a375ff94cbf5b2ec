// Gecko: Debian's Firefox ESR (package firefox-esr), headless, driven by
// puppeteer-core over WebDriver BiDi — no geckodriver. puppeteer-core never
// downloads a browser (that is the `puppeteer` package); it starts the
// executable given here with a throwaway profile. The interface is described
// in driver.mjs.
import fs from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { waitFor, viewportIs } from './driver.mjs';

const KEYS = ['Enter', 'Escape', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'Tab', ' '];

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launch() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Nothing may leave the machine: every non-loopback request goes to a
      // proxy port where nothing listens and fails at once (loopback is
      // never proxied).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
    },
  });
  const version = (await browser.version()).replace(/^firefox\//i, '');

  return {
    name: 'firefox',
    label: `Firefox ${version} ESR`,
    version,
    async open(url, { width = 1280, height = 900 } = {}) {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
      page.on('response', (res) => {
        if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      await page.setViewport({ width, height });
      await page.goto(url, { waitUntil: 'load' });
      const evaluate = (fn, ...args) => page.evaluate(fn, ...args);
      await waitFor(evaluate, viewportIs, { args: [width, height], timeout: 10_000, what: `a ${width}×${height} viewport` });
      return {
        evaluate,
        waitFor: (fn, options) => waitFor(evaluate, fn, options),
        async click(fn, ...args) {
          const handle = await page.evaluateHandle(fn, ...args);
          const element = handle.asElement();
          if (!element) {
            await handle.dispose();
            throw new Error(`click: no element from ${fn}`);
          }
          await element.click();
          await element.dispose();
        },
        async press(key) {
          if (!KEYS.includes(key)) throw new Error(`press: unknown key ${key}`);
          await page.keyboard.press(key);
        },
        async screenshot(file) {
          await fs.mkdir(path.dirname(file), { recursive: true });
          await page.screenshot({ path: file });
        },
        errors: async () => [...errors],
        close: () => page.close(),
      };
    },
    quit: () => browser.close(),
  };
}
