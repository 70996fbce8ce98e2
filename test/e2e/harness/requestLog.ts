// Keeps what a fake model server was asked as a test artifact, next to the screenshots:
// test-results/e2e/<name>-requests.json (method, path, body, tokens sent), for reading a failed run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeRequest } from '../../support/fakeModelServer';
import { screenshotDir } from './workbench';

export function writeRequestLog(name: string, server: { readonly requests: readonly FakeRequest[] }): string {
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `${name}-requests.json`);
  const rows = server.requests.map((r) => ({ method: r.method, path: r.path, body: r.body, tokensSent: r.tokensSent }));
  writeFileSync(file, JSON.stringify(rows, null, 2));
  return file;
}
