// Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (no Juggler, so
// Playwright's firefox launcher cannot drive it; Puppeteer's downloader is never used).
// Console errors/warnings and uncaught page errors come from BiDi's log events.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

export async function launchFirefox() {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (Debian: apt-get install firefox-esr; or set FIREFOX_BIN)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 90_000,
    // No update checks, telemetry or other background connections on a closed network.
    extraPrefsFirefox: { 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false },
  });
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
    async newPage() {
      // A window each, not a tab: a background tab's timers and frames are throttled.
      const page = await browser.newPage({ type: 'window' });
      await page.setViewport({ width: 1280, height: 800 });
      let log = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warn') log.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => {
        // A web font whose download the next navigation cancelled (status NS_BINDING_ABORTED).
        if (/^downloadable font: download failed .*status=2152398850\b/.test(e.message)) return;
        log.push(`pageerror: ${e.message}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400) log.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
      });
      // A request the next navigation cancels (NS_BINDING_ABORTED) is not a failure.
      page.on('requestfailed', (r) => {
        const why = r.failure()?.errorText ?? '';
        if (why !== 'NS_BINDING_ABORTED') log.push(`request failed: ${r.url()} ${why}`);
      });
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load', timeout: 30_000 }),
        run: (fn, ...args) =>
          page.evaluate(fn, ...args).catch((e) => {
            throw new Error(`in-page ${fn.name}: ${e.message}`);
          }),
        press: (key) => page.keyboard.press(key),
        errors: async () => {
          const l = log;
          log = [];
          return l;
        },
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}
