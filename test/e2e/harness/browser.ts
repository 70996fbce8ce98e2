// Debian's Chromium driven by playwright-core: no browser download, no network chatter.
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
  // playwright-core kills the browser's process group itself when this process exits.
  return chromium.launch({
    executablePath: findInstallation().chromium,
    headless: !options.headed,
    args: [...quietChromiumArgs],
  });
}

/** A page sized like a laptop screen, with clipboard access for copy/paste tests. */
export async function newWorkbenchPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
