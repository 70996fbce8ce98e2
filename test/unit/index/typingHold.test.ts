// A keystroke holds the index build back at once (the completion comes after the debounce) and
// a completion request holds it from its start to its end: both through the hold record the
// worker threads read, with no message to the worker.
import { strict as assert } from 'node:assert';
import { it } from 'node:test';
import { IndexClient } from '../../../src/core/index/indexClient';
import { TYPING_HOLD_MS, WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { silentLogger } from '../../../src/core/logger';

function indexWithClient() {
  // No worker is started: holding the index posts nothing (a worker would fail to start here).
  const client = new IndexClient({ workerPath: '/no/worker.js', logger: silentLogger });
  const index = new WorkspaceIndex({ client, logger: silentLogger, dbPath: '/nowhere.db', maxFileBytes: 1, host: { listFiles: async () => [], policy: () => ({ policy: {}, roots: [] }) } });
  return { client, index };
}

it('each keystroke holds the build for TYPING_HOLD_MS from that keystroke', (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const { client, index } = indexWithClient();
  assert.equal(client.held, 0);
  index.userTyped();
  assert.equal(client.held, TYPING_HOLD_MS);
  t.mock.timers.tick(600);
  index.userTyped();
  assert.equal(client.held, TYPING_HOLD_MS, 'renewed by the later keystroke');
  t.mock.timers.tick(TYPING_HOLD_MS);
  assert.equal(client.held, 0);
  index.dispose();
  client.dispose();
});

it('a request holds the build until it ends, however long its model streams', (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const { client, index } = indexWithClient();
  const request = index.requestStarted();
  t.mock.timers.tick(5_000);
  assert.ok(client.held > 0);
  request.dispose();
  assert.equal(client.held, 0);
  index.dispose();
  client.dispose();
});
