// One test's whole setup in one call: code-server + Chromium + a workbench page that is ready
// to use, torn down by stop() (also on a failed start).
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newWorkbenchPage } from './browser';
import { startCodeServer, type CodeServer, type CodeServerOptions } from './codeServer';
import { PhaseClock, writePhases } from './phaseClock';
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
  const startup = server.startup;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let stopped = false;
  async function stop(): Promise<void> {
    if (stopped) return;
    stopped = true;
    const clock = new PhaseClock();
    try {
      if (page && !page.isClosed()) await screenshot(page, `${options.name}-final`).catch(() => undefined);
      clock.mark('final screenshot');
      await browser?.close().catch(() => undefined);
      clock.mark('browser closed');
    } finally {
      await server.stop({ keepLogsIn: join(screenshotDir, `${options.name}-logs`) });
      clock.mark('code-server stopped');
      writePhases(screenshotDir, options.name, startup, clock);
    }
  }
  try {
    browser = await launchBrowser();
    startup.mark('browser launched');
    page = await newWorkbenchPage(browser, server.url);
    startup.mark('page loaded');
    await waitForWorkbench(page);
    startup.mark('workbench shown');
    await server.bridge.ready(180_000); // the extension host can take minutes to start on a loaded machine
    startup.mark('extension host ready');
    for (const id of options.waitForExtensions ?? []) await server.bridge.waitForExtension(id);
    startup.mark('extensions active');
    return { server, browser, page, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
