// Where the platform sets priority per process (macOS, Windows), the index leaves priority alone
// (lowering it would slow the editor's threads too) and says so in the log. Linux, where each
// thread has its own nice value, is tested with the real worker threads
// (test/integration/index/workspaceIndex.test.ts): lowering it here would lower the test runner's.
import { strict as assert } from 'node:assert';
import { it } from 'node:test';
import { describePriority, lowerThisThreadPriority } from '../../../src/core/index/threadPriority';

for (const platform of ['darwin', 'win32'] as const) {
  it(`on ${platform} the priority is left alone, and the log line says why`, () => {
    const priority = lowerThisThreadPriority(platform);
    assert.equal(priority.lowered, false);
    assert.match(describePriority('index', priority), new RegExp(`index thread at normal priority: on ${platform} priority is per process`));
  });
}

it('a lowered thread is logged with its id, nice value and scheduling class', () => {
  assert.equal(describePriority('helper', { lowered: true, threadId: 4242, nice: 19, idleClass: { set: true } }), 'Workspace index: helper thread 4242 runs at nice 19 in the idle scheduling class');
  assert.equal(
    describePriority('index', { lowered: true, threadId: 4243, nice: 19, idleClass: { set: false, reason: 'chrt --idle failed (spawnSync chrt ENOENT)' } }),
    'Workspace index: index thread 4243 runs at nice 19 (not in the idle scheduling class: chrt --idle failed (spawnSync chrt ENOENT))',
  );
});
