// bound-credential-argument beyond its examples: the look-back's bound, a window skipped to, a binding passed by many
// calls pushed once, and the keywords' lines read as the whole text is (the rule reads bindings on other lines).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundCredentialArgumentRule } from '../../../src/core/guard/rules/boundCredentialArgumentRule';
import { KeywordPrefilter } from '../../../src/core/guard/keywordPrefilter';
import { SpanList } from '../../../src/core/guard/spanList';

function found(text: string): string[] {
  const list = new SpanList();
  boundCredentialArgumentRule.find(text, list);
  return list.toSpans().map((s) => text.slice(s.start, s.end));
}

const FILLER = '// a line that binds nothing and passes nothing\n';

test('a binding more than 4,000 characters before the call\'s line is not read', () => {
  assert.deepEqual(found(`p = "hgfedcba"\n${FILLER.repeat(100)}server.login("app", p)\n`), []);
  assert.deepEqual(found(`p = "hgfedcba"\n${FILLER.repeat(60)}server.login("app", p)\n`), ['hgfedcba']);
});

test('calls far apart each read their own window', () => {
  const text = `p = "hgfedcba"\nserver.login("app", p)\n${FILLER.repeat(200)}q = "abcdefgh"\n${FILLER.repeat(10)}server.login("app", q)\n`;
  assert.deepEqual(found(text), ['hgfedcba', 'abcdefgh']);
});

test('a binding on the call\'s own line, or after it, is not read', () => {
  assert.deepEqual(found('p = "hgfedcba"; server.login("app", p)\n'), []);
  assert.deepEqual(found('server.login("app", p)\np = "hgfedcba"\n'), []);
});

test('a binding many calls pass is found once, its every place', () => {
  const text = `String p = "hgfedcba";\nString p = "hgfedcba";\n${'ks.load(in, p.toCharArray());\n'.repeat(50)}`;
  assert.deepEqual(found(text), ['hgfedcba', 'hgfedcba']);
});

test('a name bound to another literal after it was taken is left from there on', () => {
  const text = 'p = "hgfedcba"\nserver.login("app", p)\np = "abcdefgh"\nserver.login("app", p)\n';
  assert.deepEqual(found(text), ['hgfedcba']);
});

test('handed its keywords\' places, finds what it finds reading the whole text', () => {
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) {
    lines.push(i % 3 === 0 ? `p${i % 7} = "v${i}abcdef"` : i % 3 === 1 ? `conn = DriverManager.getConnection(url, user, p${i % 7});` : `x${i} = compute(${i}) ${'y'.repeat(i % 50)}`);
  }
  const text = lines.join('\n');
  const prefilter = new KeywordPrefilter([boundCredentialArgumentRule.keywords], [true]);
  const near: (number[] | null | undefined)[] = [];
  prefilter.needed(text, near);
  const whole = new SpanList();
  const onLines = new SpanList();
  boundCredentialArgumentRule.find(text, whole);
  boundCredentialArgumentRule.find(text, onLines, near[0] ?? []);
  assert.deepEqual(onLines.toSpans(), whole.toSpans());
  assert.ok(whole.toSpans().length > 0);
});

// Twenty-sixth round (guardrecall12): a place is tried only on a line after a literal's binding, at most four a line.
test('a line is tried only where a literal is bound on a line within the look-back before it', () => {
  // (A binding to a call, the call's line first, or a literal bound too far back: nothing to try.)
  assert.deepEqual(found(`server.login("app", p)\np = "hgfedcba"\n`), []);
  assert.deepEqual(found(`p = read("hgfedcba")\nserver.login("app", p)\n`), []);
  // (A line with `=` and no literal between the binding and the call does not close the gate.)
  assert.deepEqual(found(`p = "hgfedcba"\nx = compute(1)\nserver.login("app", p)\n`), ['hgfedcba']);
  assert.deepEqual(found(`k := []byte("hgfedcba")\nmac := hmac.New(sha256.New, k)\n`), ['hgfedcba']);
});

test('a line\'s first four places are tried, not the rest', () => {
  const calls = (n: number) => `${'server.login("app", x); '.repeat(n)}server.login("app", p)\n`;
  assert.deepEqual(found(`p = "hgfedcba"\n${calls(3)}`), ['hgfedcba']);
  assert.deepEqual(found(`p = "hgfedcba"\n${calls(4)}`), []);
  // (The next line has its own four.)
  assert.deepEqual(found(`p = "hgfedcba"\n${calls(4)}server.login("app", p)\n`), ['hgfedcba']);
});

test('a name bound again to a call, a lookup or another name is left, the line read when the name is looked up', () => {
  assert.deepEqual(found('p = "hgfedcba"\np = getPassword()\nserver.login("app", p)\n'), []);
  assert.deepEqual(found('p = getPassword()\np = "hgfedcba"\nserver.login("app", p)\n'), []);
  assert.deepEqual(found('p = "hgfedcba"\np = os.environ["P"]\nserver.login("app", p)\n'), []);
  assert.deepEqual(found('p = "hgfedcba"\nq = getPassword()\nserver.login("app", p)\n'), ['hgfedcba']);
});
