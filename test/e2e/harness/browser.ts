// Debian's Chromium driven by playwright-core: no browser download, no network chatter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { findInstallation } from './installation';

export const quietChromiumArgs: readonly string[] = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--disable-crash-reporter',
];

export interface LaunchBrowserOptions {
  /** Show the window (needs a display); default headless. */
  readonly headed?: boolean;
}

/**
 * A Chromium for one session: the run's shared one when `npm run test:e2e` started it
 * ($FLYWHEEL_E2E_BROWSER_WS, scripts/e2e/withBrowser.ts), else one of its own. Each session opens
 * its own browser context (no storage shared); closing a connected browser closes the contexts this
 * connection made and disconnects, the browser lives on for the next suite.
 */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<Browser> {
  const shared = process.env.FLYWHEEL_E2E_BROWSER_WS;
  if (shared && !options.headed) return chromium.connect(shared, { timeout: 60_000 });
  // Debian's wrapper keeps crash reports in $XDG_CONFIG_HOME/chromium: not in $HOME.
  const configHome = mkdtempSync(join(tmpdir(), 'flywheel-e2e-chromium-'));
  // playwright-core kills the browser's process group itself when this process exits.
  const browser = await chromium.launch({ ...launchOptions(options, configHome) });
  browser.on('disconnected', () => rmSync(configHome, { recursive: true, force: true }));
  return browser;
}

/** The run's shared Chromium, served over a loopback websocket (see scripts/e2e/withBrowser.ts). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  const configHome = mkdtempSync(join(tmpdir(), 'flywheel-e2e-chromium-'));
  const server = await chromium.launchServer({ ...launchOptions({}, configHome), host: '127.0.0.1' });
  server.on('close', () => rmSync(configHome, { recursive: true, force: true }));
  return server;
}

function launchOptions(options: LaunchBrowserOptions, configHome: string) {
  return {
    executablePath: findInstallation().chromium,
    headless: !options.headed,
    args: [...quietChromiumArgs],
    env: { ...process.env, XDG_CONFIG_HOME: configHome, XDG_CACHE_HOME: configHome },
  };
}

/** A page sized like a laptop screen, with clipboard access for copy/paste tests. */
export async function newWorkbenchPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  // The workbench itself is waited for next (waitForWorkbench); on a machine shared by several
  // builds its page can take over 40 s to load.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  return page;
}
