// The lifecycle primitives the editor adapters keep their listeners in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DisposableStore, MutableDisposable, SettingsScope, toDisposable } from '../../../src/core/disposable';

test('a store disposes what it holds once, newest first, and whatever is added after at once', () => {
  const order: string[] = [];
  const store = new DisposableStore();
  store.addAll(toDisposable(() => order.push('a')), toDisposable(() => order.push('b')));
  store.add(toDisposable(() => order.push('c')));
  assert.equal(store.isDisposed, false);
  store.dispose();
  store.dispose();
  assert.deepEqual(order, ['c', 'b', 'a']);
  assert.equal(store.isDisposed, true);
  store.add(toDisposable(() => order.push('late')));
  assert.deepEqual(order, ['c', 'b', 'a', 'late']);
});

test('a mutable disposable disposes the value it replaces, and the last one on dispose', () => {
  const disposed: string[] = [];
  const slot = new MutableDisposable<{ name: string; dispose(): void }>();
  const make = (name: string) => ({ name, dispose: () => disposed.push(name) });
  slot.value = make('first');
  const second = make('second');
  slot.value = second;
  slot.value = second;
  assert.deepEqual(disposed, ['first']);
  slot.dispose();
  assert.deepEqual(disposed, ['first', 'second']);
  assert.equal(slot.value, undefined);
});

test('a settings scope disposes each build once when the next one is in place, keeps the old one when a build throws, and builds nothing after dispose', () => {
  const log: string[] = [];
  let n = 0;
  let fail = false;
  const scope = new SettingsScope<number>((store, previous) => {
    if (fail) {
      store.add(toDisposable(() => log.push('partial')));
      throw new Error('bad settings');
    }
    const id = ++n;
    log.push(`build ${id} after ${previous ?? 'nothing'}`);
    store.add(toDisposable(() => log.push(`dispose ${id}`)));
    return id;
  });
  assert.equal(scope.value, 1);
  assert.equal(scope.rebuild(), 2);
  assert.equal(scope.rebuild(), 3);
  assert.deepEqual(log, ['build 1 after nothing', 'build 2 after 1', 'dispose 1', 'build 3 after 2', 'dispose 2']);
  fail = true;
  assert.throws(() => scope.rebuild(), /bad settings/);
  assert.equal(scope.value, 3, 'the last good build stays');
  assert.equal(log.at(-1), 'partial', 'what the failed build registered was disposed at once');
  fail = false;
  log.length = 0;
  scope.dispose();
  scope.dispose();
  assert.equal(scope.rebuild(), 3);
  assert.deepEqual(log, ['dispose 3'], 'the live build is disposed once, and nothing is built after dispose');
});
