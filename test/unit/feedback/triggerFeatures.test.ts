import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TriggerFeatures } from '../../../src/core/feedback/feedbackEvents';
import { validateFeedbackEvent } from '../../../src/core/feedback/feedbackEvents';
import { completeFromText, computeTriggerFeatures, cursorOf, scanLine } from '../../../src/core/feedback/triggerFeatures';
import { charClass, encodeTriggerFeatures, SLOTS, VECTOR_SIZE } from '../../../src/core/feedback/triggerVector';

const context = { msSinceKeystroke: 40.6, lastOutcome: 'none' as const };

/** Features with the cursor at the `|` of `marked`. */
function at(marked: string, languageId = 'typescript'): TriggerFeatures {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return computeTriggerFeatures({ uri: 'file:///a', relativePath: 'a', languageId, text, version: 1, offset }, context);
}

test('an empty file: nothing before, nothing after, at the start', () => {
  const f = at('|');
  assert.equal(f.charBefore, '');
  assert.equal(f.column, 0);
  assert.equal(f.atLineEnd, true);
  assert.equal(f.suffixKind, 'empty');
  assert.equal(f.relativePosition, 0);
  assert.equal(f.documentLength, 0);
  assert.equal(f.lastNonSpace, '');
  assert.equal(f.msSinceKeystroke, 41);
});

test('CRLF: the carriage return is neither before nor after the cursor, and a cursor between CR and LF is at the line end', () => {
  const f = at('const a = foo(|\r\n  b);\r\n');
  assert.equal(f.charBefore, '(');
  assert.equal(f.column, 14);
  assert.equal(f.atLineEnd, true);
  assert.equal(f.suffixKind, 'empty');
  const between = at('let x = 1;\r|\nnext');
  assert.equal(between.charBefore, ';');
  assert.equal(between.column, 10);
  assert.equal(between.atLineEnd, true);
  const nextLine = at('if (a) {\r\n  |\r\n}');
  assert.equal(nextLine.charBefore, ' ');
  assert.equal(nextLine.lastNonSpace, '{');
  assert.equal(nextLine.column, 2);
});

test('tabs: indentation counts as blank, and the last non-blank character is found on the lines above', () => {
  const f = at('def f(x):\n\t\t|', 'python');
  assert.equal(f.charBefore, '\t');
  assert.equal(charClass(f.charBefore), 'space');
  assert.equal(f.column, 2);
  assert.equal(f.lastNonSpace, ':');
  const lineStart = at('items = [\n|', 'python');
  assert.equal(lineStart.charBefore, '\n');
  assert.equal(lineStart.lastNonSpace, '[');
});

test('surrogate pairs: the character before the cursor is the whole emoji; columns stay UTF-16', () => {
  const f = at('const s = "héllo 😀|";');
  assert.equal(f.charBefore, '😀');
  assert.equal(f.column, 'const s = "héllo 😀'.length);
  assert.equal(f.inString, true);
  assert.equal(f.suffixKind, 'closers');
  assert.equal(charClass('😀'), 'other');
  assert.equal(charClass('é'), 'letter');
  const event = { v: 1, id: 'e', ts: 1, kind: 'completion.shown', suggestionId: 's', visibleMs: 800, features: f };
  assert.equal(validateFeedbackEvent(event).ok, true, 'the features of an emoji fit the log schema');
});

test('what follows the cursor: nothing, only closers, or code', () => {
  assert.equal(at('foo(|)').suffixKind, 'closers');
  assert.equal(at('call("a|");').suffixKind, 'closers');
  assert.equal(at('call(a|, b)').suffixKind, 'code');
  assert.equal(at('x = |   ').suffixKind, 'empty');
  assert.equal(at('x = |   ').atLineEnd, true);
  assert.equal(at('foo(|)').atLineEnd, false);
});

test('comments and strings, by language', () => {
  assert.deepEqual(scanLine('  // explain the ', 'typescript'), { inComment: true, inString: false });
  assert.deepEqual(scanLine('const url = "http://example.com/', 'typescript'), { inComment: false, inString: true });
  assert.deepEqual(scanLine('const a = "x"; // ok', 'typescript'), { inComment: true, inString: false });
  assert.deepEqual(scanLine(' * @param name the ', 'javascript'), { inComment: true, inString: false });
  assert.deepEqual(scanLine('/* done */ const b = ', 'typescript'), { inComment: false, inString: false });
  assert.deepEqual(scanLine('x = 1  # the count', 'python'), { inComment: true, inString: false });
  assert.deepEqual(scanLine("s = 'it\\'s ", 'python'), { inComment: false, inString: true });
  assert.deepEqual(scanLine('color = "#fff', 'python'), { inComment: false, inString: true });
  assert.deepEqual(scanLine('SELECT a -- the ', 'sql'), { inComment: true, inString: false });
  assert.deepEqual(scanLine('Some # heading text', 'markdown'), { inComment: false, inString: false });
  assert.equal(at('  // TODO: |').inComment, true);
});

test('a minified line costs a bounded scan and still gives the facts at the cursor', () => {
  const line = 'a=1;'.repeat(50_000);
  const f = at(`${line}|`, 'javascript');
  assert.equal(f.column, line.length);
  assert.equal(f.charBefore, ';');
  assert.equal(f.inString, false);
});

test('the cursor view slices only the cursor line and a few lines above it', () => {
  const text = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n');
  const offset = text.indexOf('line 8') + 4;
  const view = cursorOf({ uri: 'u', relativePath: 'a', languageId: 'plaintext', text, version: 1, offset });
  assert.equal(view.linePrefix, 'line');
  assert.equal(view.lineSuffix, ' 8');
  assert.equal(view.above, 'line 5\nline 6\nline 7');
});

test('features missing from an old log entry are read from its stored prompt text, the same way as live', () => {
  const old: TriggerFeatures = { language: 'typescript', column: 2, atLineEnd: true, charBefore: ' ', msSinceKeystroke: 30, lastOutcome: 'none', documentLength: 20, relativePosition: 0.5 };
  const filled = completeFromText(old, 'function f() {\n  ', '\n}');
  const live = at('function f() {\n  |\n}');
  assert.equal(filled.lastNonSpace, live.lastNonSpace);
  assert.equal(filled.suffixKind, live.suffixKind);
  assert.equal(filled.inComment, live.inComment);
  assert.equal(filled.inString, live.inString);
  assert.deepEqual(completeFromText(old, undefined, undefined), old, 'no text, nothing invented');
});

test('encoding: every fact lands in its slot, fields a log lacks stay zero, an ablation zeroes its group', () => {
  const x = new Float64Array(VECTOR_SIZE);
  const f = at('  foo(|)');
  encodeTriggerFeatures(f, x);
  assert.equal(x[SLOTS.bias], 1);
  assert.equal(x[SLOTS.before['(']], 1);
  assert.equal(x[SLOTS.closersAfter], 1);
  assert.equal(x[SLOTS.lineEnd], 0);
  assert.equal(x[SLOTS.fastMidWord], 0, 'an opener is not mid-word');
  assert.equal(x[SLOTS.sinceOutcome], 0, 'no time since an outcome in the features');
  const word = at('const val|');
  encodeTriggerFeatures(word, x);
  assert.equal(x[SLOTS.fastMidWord], 1, 'a letter 41 ms after the keystroke');
  encodeTriggerFeatures(word, x, new Set(['typing', 'charBefore']));
  assert.equal(x[SLOTS.fastMidWord], 0);
  assert.equal(x[SLOTS.before.letter], 0);
  assert.equal(x[SLOTS.bias], 1);
});
