// A keystroke holds the index build back as soon as it happens (the completion comes after the
// debounce): one hold message per stretch of typing, renewed before it runs out.
import { strict as assert } from 'node:assert';
import { it } from 'node:test';
import type { IndexClient } from '../../../src/core/index/indexClient';
import { TYPING_HOLD_MS, WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { silentLogger } from '../../../src/core/logger';

it('each keystroke keeps the build held; a stretch of typing sends one hold, renewed once half of it is gone', (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const holds: number[] = [];
  const client = { hold: (ms: number) => holds.push(ms) } as unknown as IndexClient;
  const index = new WorkspaceIndex({ client, logger: silentLogger, dbPath: '/nowhere.db', maxFileBytes: 1, host: { listFiles: async () => [], policy: () => ({ policy: {}, roots: [] }) } });
  index.userTyped();
  assert.deepEqual(holds, [TYPING_HOLD_MS], 'the first keystroke holds at once');
  for (let i = 0; i < 4; i++) {
    t.mock.timers.tick(100);
    index.userTyped();
  }
  assert.equal(holds.length, 1, 'keystrokes inside the first half of the hold send nothing');
  t.mock.timers.tick(TYPING_HOLD_MS / 2);
  index.userTyped();
  assert.equal(holds.length, 2, 'renewed before it runs out');
  index.dispose();
});
