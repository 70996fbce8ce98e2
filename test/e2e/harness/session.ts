// One test's whole setup in one call: code-server + Chromium + a workbench page that is ready
// to use, torn down by stop() (also on a failed start).
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newWorkbenchPage } from './browser';
import { startCodeServer, type CodeServer, type CodeServerOptions } from './codeServer';
import { screenshot, screenshotDir, waitForWorkbench } from './workbench';

export interface SessionOptions extends CodeServerOptions {
  /** Used for the final screenshot, test-results/e2e/<name>-final.png. */
  readonly name: string;
  /** Extension ids to wait for (activated) before returning, e.g. 'flywheel.flywheel'. */
  readonly waitForExtensions?: readonly string[];
}

export interface Session {
  readonly server: CodeServer;
  readonly browser: Browser;
  readonly page: Page;
  /**
   * Takes the final screenshot, closes the browser, kills code-server, and keeps VS Code's logs
   * (extension host, output channels) in test-results/e2e/<name>-logs/. Safe to call twice.
   */
  stop(): Promise<void>;
}

export async function startSession(options: SessionOptions): Promise<Session> {
  const server = await startCodeServer(options);
  let browser: Browser | undefined;
  let page: Page | undefined;
  let stopped = false;
  async function stop(): Promise<void> {
    if (stopped) return;
    stopped = true;
    try {
      if (page && !page.isClosed()) await screenshot(page, `${options.name}-final`).catch(() => undefined);
      await browser?.close().catch(() => undefined);
    } finally {
      await server.stop({ keepLogsIn: join(screenshotDir, `${options.name}-logs`) });
    }
  }
  try {
    browser = await launchBrowser();
    page = await newWorkbenchPage(browser, server.url);
    await waitForWorkbench(page);
    await server.bridge.ready(180_000); // the extension host can take minutes to start on a loaded machine
    for (const id of options.waitForExtensions ?? []) await server.bridge.waitForExtension(id);
    return { server, browser, page, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
