// The lifecycle primitives the editor adapters keep their listeners in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DisposableStore, MutableDisposable, toDisposable } from '../../../src/core/disposable';

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
