// Headless Chromium for the HTML report suites, driven by puppeteer-core (no browser download: it
// uses the system's Debian `chromium`). .ci/run installs the browser and sets
// EGRESS_AUDIT_REQUIRE_BROWSER=1, so CI fails instead of skipping when it is missing.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM = [process.env.EGRESS_AUDIT_CHROMIUM ?? '', ...CANDIDATES].find((p) => p && existsSync(p));

if (!CHROMIUM && process.env.EGRESS_AUDIT_REQUIRE_BROWSER === '1')
  throw new Error('Chromium is required for the HTML report browser tests (apt-get install chromium)');

/** `describe` when the browser is there, `describe.skip` otherwise. */
export const describeInBrowser = CHROMIUM ? describe : describe.skip;

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // No sandbox: the tests run as root in CI. The rest keeps Chromium from calling home, which on a
    // closed network would show up as failed requests.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface Opened {
  page: Page;
  /** Every request the page made, its own file included. */
  requests: string[];
  /** Console errors and warnings (CSP violations land here), uncaught exceptions. */
  problems: string[];
  /** alert/confirm/prompt dialogs that opened. */
  dialogs: string[];
  url: string;
  close: () => Promise<void>;
}

/** Writes the HTML to a temporary file and opens it as a user would (file://); no request leaves the page. */
export async function openHtml(
  browser: Browser,
  html: string,
  opts: { javascript?: boolean; width?: number; height?: number } = {},
): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), 'egress-html-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  await page.setViewport({ width: opts.width ?? 1280, height: opts.height ?? 900 });
  await page.setJavaScriptEnabled(opts.javascript ?? true);
  const requests: string[] = [];
  const problems: string[] = [];
  const dialogs: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    requests.push(r.url());
    // Only the report itself may load; anything else is recorded and refused.
    if (r.url() === url) void r.continue();
    else void r.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    requests,
    problems,
    dialogs,
    url,
    close: async () => {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
