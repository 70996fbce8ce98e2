import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainValueEnd, plainValueStart } from '../../../src/core/guard/rules/plainConfigLine';
import { lineContext, valueAfterKey, valueOnAnyLine } from '../../../src/core/guard/rules/valueAfterKey';
import { readAssignedValue } from '../../../src/core/guard/rules/assignedValue';
import { blockScalarLine } from '../../../src/core/guard/rules/blockScalar';
import { typeAnnotationEnd } from '../../../src/core/guard/rules/typeAnnotation';
import { namesYamlNode, taggedScalar } from '../../../src/core/guard/rules/taggedScalar';
import { LastBefore, prefixedString } from '../../../src/core/guard/rules/valueContext';
import { mayFallBack } from '../../../src/core/guard/rules/referenceFallback';
import { convertedLiteral } from '../../../src/core/guard/rules/convertedLiteral';
import { opensPunctuatedRun } from '../../../src/core/guard/rules/punctuatedValue';
import { valueFound } from '../../../src/core/guard/rules/foundValue';
import { fieldEnd } from '../../../src/core/guard/rules/fieldValue';
import { isHeaderArgument } from '../../../src/core/guard/rules/headerArgument';
import { compositeField, isConfigLine } from '../../../src/core/guard/rules/configLine';
import { seededRandom } from '../../../src/core/seededRandom';

// Random lines of the plain shape and beside it: each piece is drawn from what the shape allows and
// from what one of the grammar checks reads (a quote, a bracket, `&`, `|`, `>`, `=`, `:`, `;`, `,`,
// a blank, a scheme's word, YAML's indicators, a fallback, a prefix before the key, a bare `\r`, a long run).
const PREFIXES = ['', '', '', ' ', '\t', '  ', ' '.repeat(170), 'export ', '# ', '"', "'", '<a>', '<', ';', '?', '&', '- ', 'x ', '$ ', 'a:'];
const KEYS = ['pat', 'pw', 'api_key', 'DB_PASSWORD', 'this.token', 'self.password', '-token', 'password', 'secret.key', 'new', 'f'];
const OPERATORS = [':', ':', '=', '=', ':=', '::', '==', '=>', ' :', ' =', '(', '{', ',', ' ', '?=', '+='];
const VALUE_CHARS = 'AZaz09_.+/~%@-Kx9Qm7';
const OTHER_CHARS = '=&*!|><([{;,#$"\'`\\: ?})]\t';
const SCHEME_WORDS = ['|', '>-', '&anchor', '*alias', '!!str', 'Bearer', 'Basic', 'Token', 'new', 'f', 'rb', 'String', 'u8', 'or', 'true', 'resolved', 'pre_loc', 'CertAlgoRSAv01', 'token_map', 'kEnumerableProperty'];
const ENDINGS = ['\n', '\n', '\r\n', '', '\r', ' \n', ';\n', ',\n', ' || "x"\n', '&a=b\n', '(x)\n', '"\n', ' or "y"\n', '\n x=1\n', '\rx=1\n', ' Abcdefgh12345678\n', '\n    Xk9pQ2mZ7\n', '\n  .toLowerCase()\n'];
// (and a text that binds a value as a name elsewhere: boundName.ts)
const BEFORE = ['', 'a: b\n', 'x = "<"\n', '<tag>\n', 'pw: &anchor |\n  abc\n', 'k=v;\n', 'def token_map(t):\n', 'const { kEnumerableProperty } = require("x")\n'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function randomValue(random: () => number): string {
  if (random() < 0.2) return pick(random, SCHEME_WORDS);
  const length = random() < 0.05 ? 398 + Math.floor(random() * 5) : 1 + Math.floor(random() * 16);
  const alphabet = random() < 0.6 ? VALUE_CHARS : VALUE_CHARS + OTHER_CHARS;
  let value = '';
  for (let i = 0; i < length; i++) value += pick(random, [...alphabet]);
  return value;
}

// Half the lines near the shape (a line start or blanks before the key, `:` or `=`, a line end after), half anywhere.
const NEAR_PREFIXES = ['', '', ' ', '\t', ' '.repeat(170)];
const NEAR_ENDINGS = ['\n', '\r\n', '', '\r', ' \n', '\n    Xk9pQ2mZ7\n', '\n  .toLowerCase()\n'];

function randomLine(random: () => number): { text: string; keyStart: number; keyEnd: number; key: string } {
  const near = random() < 0.5;
  const before = pick(random, BEFORE) + pick(random, near ? NEAR_PREFIXES : PREFIXES);
  const key = pick(random, KEYS);
  const blanks = random() < 0.1 ? 38 + Math.floor(random() * 5) : Math.floor(random() * 3);
  const operator = near ? pick(random, [':', '=']) : pick(random, OPERATORS);
  const text = `${before}${key}${operator}${' '.repeat(blanks)}${randomValue(random)}${pick(random, near ? NEAR_ENDINGS : ENDINGS)}`;
  return { text, keyStart: before.length, keyEnd: before.length + key.length, key };
}

test('on a plain config line every grammar check answers as the shape says, and the value is the long reading\'s', () => {
  const random = seededRandom(2322);
  let plain = 0;
  let beside = 0;
  for (let n = 0; n < 20_000; n++) {
    const { text, keyStart, keyEnd, key } = randomLine(random);
    const strength = random() < 0.5 ? 'weak' : 'strong';
    assert.deepEqual(valueAfterKey(text, lineContext(text), keyStart, keyEnd, key, strength), valueOnAnyLine(text, lineContext(text), keyStart, keyEnd, key, strength), JSON.stringify(text));
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const from = Math.max(lineStart, keyStart - 160);
    const start = plainValueStart(text, from, keyStart, keyEnd);
    const end = start === -1 ? -1 : plainValueEnd(text, start);
    if (end === -1) {
      beside++;
      continue;
    }
    plain++;
    const at = JSON.stringify(text);
    const value = text.slice(start, end);
    // The checks before the operator's reading: no setter, XML tag, flag, ENV line, environment entry or list.
    const next = text.charCodeAt(keyEnd);
    assert.ok(next !== 40 && next !== 123 && next !== 32 && next !== 9 && next !== 44, at);
    assert.ok(text.lastIndexOf('<', keyStart - 1) < from && text.charCodeAt(keyStart) !== 45, at);
    assert.ok(text.charCodeAt(keyStart - 1) !== 34 && text.charCodeAt(keyStart - 1) !== 39, at);
    // The operator, the run and what stands before and after them.
    assert.equal(blockScalarLine(text, keyEnd, lineStart), undefined, at);
    const equals = text.indexOf('=', keyEnd);
    const lineEnd = text.indexOf('\n', keyEnd);
    assert.equal(typeAnnotationEnd(text, keyEnd, new LastBefore(text, '\n'), equals !== -1 && (lineEnd === -1 || equals < lineEnd)), keyEnd, at);
    const assigned = readAssignedValue(text, keyEnd);
    assert.deepEqual(assigned, { opStart: keyEnd, opEnd: keyEnd + 1, quote: 0, valueStart: start, valueEnd: end, end }, at);
    assert.equal(namesYamlNode(text, assigned!), false, at);
    assert.equal(taggedScalar(text, assigned!), undefined, at);
    assert.equal(prefixedString(text, start, end), undefined, at);
    assert.equal(mayFallBack(text, end), false, at);
    assert.equal(convertedLiteral(text, start, end), undefined, at);
    assert.equal(opensPunctuatedRun(text, end), false, at);
    assert.ok(text.charCodeAt(end) !== 40 && text.charCodeAt(end) !== 91, at);
    const m = valueFound(text, start, end, false, false);
    assert.deepEqual(m, { start, end, value, quoted: false, configLine: false, afterComma: false, listed: false, field: false, afterColon: false }, at);
    assert.equal(value.indexOf('&'), -1, at);
    assert.equal(fieldEnd(text, from, keyStart, keyEnd, m!), undefined, at);
    assert.equal(isHeaderArgument(text, from, keyStart, keyEnd, m!), false, at);
    // (endsItsLine is asked on the shape too: the next line may go on with the expression's chain.)
    assert.equal(isConfigLine(text, from, keyStart), true, at);
    assert.equal(compositeField(text, assigned!, value, end), false, at);
  }
  // Both sides drawn often enough to mean something.
  assert.ok(plain > 3_000, `plain lines: ${plain}`);
  assert.ok(beside > 8_000, `other lines: ${beside}`);
});

test('the shape\'s bounds: 40 blanks after the operator, 400 characters of value, a line end right after', () => {
  const line = (blanks: number, length: number, ending: string): string => `pw:${' '.repeat(blanks)}${'a'.repeat(length)}${ending}`;
  assert.equal(plainValueStart(line(40, 1, '\n'), 0, 0, 2), 43);
  assert.equal(plainValueStart(line(41, 1, '\n'), 0, 0, 2), -1);
  assert.equal(plainValueEnd(line(0, 400, ''), 3), 403);
  assert.equal(plainValueEnd(line(0, 401, ''), 3), -1);
  assert.equal(plainValueEnd(line(0, 4, '\r\n'), 3), 7);
  assert.equal(plainValueEnd(line(0, 4, '\rx'), 3), -1);
  assert.equal(plainValueEnd(line(0, 4, ' \n'), 3), -1);
  assert.equal(plainValueStart('pw:=a\n', 0, 0, 2), -1);
  assert.equal(plainValueStart('pw::a\n', 0, 0, 2), -1);
  assert.equal(plainValueStart('x pw:a\n', 0, 2, 4), -1);
  assert.equal(plainValueStart('-pw:a\n', 0, 0, 3), -1);
});
