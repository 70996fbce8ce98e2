// Runs a command (the e2e test runner) beside one Chromium for the whole run: each suite connects
// to it through $FLYWHEEL_E2E_BROWSER_WS and opens its own browser context, instead of launching
// and closing a browser of its own (test/e2e/harness/browser.ts). The browser goes when the
// command ends; the command's exit status is this script's.
//   node --require tsx/cjs scripts/e2e/withBrowser.ts <command> [args...]
import { spawn } from 'node:child_process';
import { launchBrowserServer } from '../../test/e2e/harness/browser';

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: withBrowser.ts <command> [args...]');
  const server = await launchBrowserServer();
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, FLYWHEEL_E2E_BROWSER_WS: server.wsEndpoint() } });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0))));
  await server.close();
  process.exitCode = code;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
