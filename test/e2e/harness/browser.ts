// Debian's Chromium driven by playwright-core: no browser download, no network chatter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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

export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<Browser> {
  // Debian's wrapper keeps crash reports in $XDG_CONFIG_HOME/chromium: not in $HOME.
  const configHome = mkdtempSync(join(tmpdir(), 'flywheel-e2e-chromium-'));
  // playwright-core kills the browser's process group itself when this process exits.
  const browser = await chromium.launch({
    executablePath: findInstallation().chromium,
    headless: !options.headed,
    args: [...quietChromiumArgs],
    env: { ...process.env, XDG_CONFIG_HOME: configHome, XDG_CACHE_HOME: configHome },
  });
  browser.on('disconnected', () => rmSync(configHome, { recursive: true, force: true }));
  return browser;
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
