import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prefilter } from '../../../src/core/completion/prefilter';
import { globMatcher } from '../../../src/core/guard/ignoreRules';
import { defaultPathPolicy } from '../../../src/core/guard/pathPolicy';
import { defaultCompletionConfig } from '../../../src/core/completion/completionTypes';
import type { CompletionTrigger, LastChange } from '../../../src/core/completion/completionTypes';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';

function doc(text: string, offset: number, relativePath = 'src/a.ts'): DocumentSnapshot {
  return { uri: `file:///w/${relativePath}`, relativePath, languageId: 'typescript', text, version: 1, offset };
}

// As the engine does without the editor's guard: its own globs plus the secret-file defaults.
const globs = globMatcher(['generated/**', '*.min.js']);
const exclusion = (path: string) => globs(path) || !defaultPathPolicy.mayRead(path);

function check(d: DocumentSnapshot, opts: { trigger?: CompletionTrigger; lastChange?: LastChange; snoozedUntil?: number; now?: number } = {}) {
  return prefilter(
    { doc: d, trigger: opts.trigger ?? 'automatic', lastChange: opts.lastChange, now: opts.now ?? 1_000 },
    { ...defaultCompletionConfig, snoozedUntil: opts.snoozedUntil },
    exclusion,
  );
}

test('an ordinary position passes', () => {
  assert.equal(check(doc('const x = ', 10)), undefined);
});

test('secret files and user globs are excluded', () => {
  for (const path of ['.env', '.env.local', 'config/.env.production', 'certs/server.pem', 'keys/api.key', 'id_rsa', '/home/u/.ssh/id_ed25519', 'credentials.json', 'generated/api.ts', 'dist/app.min.js']) {
    assert.equal(check(doc('x', 1, path)), 'excluded-file', path);
  }
  assert.equal(check(doc('x', 1, 'src/environment.ts')), undefined);
});

test('too large, binary, long line, invalid offsets', () => {
  assert.equal(check(doc('a'.repeat(defaultCompletionConfig.maxFileChars + 1), 5)), 'too-large');
  assert.equal(check(doc('abc\u0000def', 3)), 'binary');
  const nulNearCursor = 'x\n'.repeat(20_000) + '\u0000' + 'y\n'.repeat(10);
  assert.equal(check(doc(nulNearCursor, nulNearCursor.length - 4)), 'binary');
  assert.equal(check(doc('var a=1;'.repeat(200), 800)), 'long-line');
  assert.equal(check(doc('abc', 7)), 'invalid-offset');
  assert.equal(check(doc('abc', -1)), 'invalid-offset');
  assert.equal(check(doc('😀', 1)), 'invalid-offset', 'inside a surrogate pair');
});

test('mid-word is skipped, but not before punctuation, space or an emoji', () => {
  assert.equal(check(doc('const value', 8)), 'mid-word');
  assert.equal(check(doc('foo(bar)', 4)), 'mid-word');
  assert.equal(check(doc('foo()', 4)), undefined);
  assert.equal(check(doc('x = 😀', 4)), undefined);
  assert.equal(check(doc('const é', 6)), 'mid-word', 'letters beyond ASCII count');
});

test('right after delete or undo, and while snoozed, automatic triggers are skipped; explicit ones are not', () => {
  const d = doc('const x = ', 10);
  assert.equal(check(d, { lastChange: { kind: 'delete' } }), 'after-delete');
  assert.equal(check(d, { lastChange: { kind: 'undo' } }), 'after-delete');
  assert.equal(check(d, { lastChange: { kind: 'insert' } }), undefined);
  assert.equal(check(d, { snoozedUntil: 5_000, now: 1_000 }), 'snoozed');
  assert.equal(check(d, { snoozedUntil: 5_000, now: 6_000 }), undefined);
  assert.equal(check(d, { trigger: 'explicit', lastChange: { kind: 'delete' }, snoozedUntil: 5_000 }), undefined);
  assert.equal(check(doc('const value', 8), { trigger: 'explicit' }), undefined);
});

test('explicit triggers still respect exclusions and binary content', () => {
  assert.equal(check(doc('SECRET=1', 8, '.env'), { trigger: 'explicit' }), 'excluded-file');
  assert.equal(check(doc('\u0000', 1), { trigger: 'explicit' }), 'binary');
});
