import assert from 'node:assert/strict';
import { test } from 'node:test';
import { punctuatedRunEnd } from '../../../src/core/guard/rules/punctuatedValue';
import { closerWithin, mayFallBack } from '../../../src/core/guard/rules/referenceFallback';
import { endsItsLine } from '../../../src/core/guard/rules/valueContext';
import { seededRandom } from '../../../src/core/seededRandom';

// The run's reading as it was written before it was read once (each test on the run's slice, an
// expression from every place): the reference the one reading is held to.
const MAX_RUN = 400;
const NAME_BEFORE_BRACKET = /^[&*!]{0,2}[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)*[.!]?[([]/;
const NEXT_FIELD = /[;&][ \t]{0,4}[A-Za-z][\w .]{0,30}=/;
const CALL = /(?<![\w$@%#])[A-Za-z_$][\w$]+\([^()]{0,400}\)/;
const MEMBER = /[A-Za-z_$][\w$]*(?:\.|->)[A-Za-z_$][a-z]+[A-Z]?[a-z]*/;
const CODE_OPERATOR = /[\w)]<<[\w(]|[\w)]>>>?[\w(]|<\/[A-Za-z][\w-]{0,30}>/;
const REGEX_LITERAL = /^\/[^/\s].*\/[dgimsuy]{0,6}[;,)\]]*$/;
const closerOrSeparator = (c: number): boolean => c === 41 || c === 93 || c === 125 || c === 59 || c === 44 || c === 58 || c === 123;

function referenceRunEnd(text: string, start: number, inField: boolean): number {
  let end = start;
  for (; end < text.length && end - start <= MAX_RUN; end++) {
    const c = text.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 13 || (inField && (c === 59 || c === 38))) break;
    if (c === 34 || c === 39 || c === 96) return -1;
  }
  if (end - start > MAX_RUN || (!inField && !endsItsLine(text, end))) return -1;
  const run = text.slice(start, end);
  if (!inField && NEXT_FIELD.test(run)) return -1;
  let last = run.length;
  while (last > 0 && closerOrSeparator(run.charCodeAt(last - 1))) last--;
  let before = false;
  for (let i = 0; i < last && !before; i++) {
    const c = run.charCodeAt(i);
    before = closerOrSeparator(c) || c === 40 || c === 91 || c === 123 || c === 60 || c === 62;
  }
  if (!before) return -1;
  const opensLiteral = [91, 40, 123, 60].includes(run.charCodeAt(0));
  const codeOperator = ((run.includes('<') || run.includes('>')) && CODE_OPERATOR.test(run)) || (run.charCodeAt(0) === 47 && REGEX_LITERAL.test(run));
  return opensLiteral || (NAME_BEFORE_BRACKET.test(run) && nests(run)) || CALL.test(run) || MEMBER.test(run) || codeOperator ? -1 : end;
}

function nests(run: string): boolean {
  const open: number[] = [];
  for (const ch of run) {
    const c = ch.charCodeAt(0);
    if (c === 40 || c === 91 || c === 123) open.push(c);
    else if (c === 41 || c === 93 || c === 125) {
      const o = open.pop();
      if (o === undefined || (c === 41 ? o !== 40 : c - o !== 2)) return false;
    }
  }
  return true;
}

test('a punctuated run read once answers as each test on its slice did', () => {
  const random = seededRandom(1801);
  // Heavy in what the tests read: brackets, `<`, `>`, separators, `.`, `->`, `/`, quotes, blanks, names.
  const pieces = ['a', 'K9', 'x_', '$', '@', '%', '#', '(', ')', '[', ']', '{', '}', '<', '>', '<<', '>>', '</b>', ';', ',', ':', '&', '.', '->', '-', '/', '=', ' ', '\n', '"', "'", '`', 'é', 'f(x)', 'p.token', ';k=', '&next=', '/^a$/;', '!', '*', '::'];
  let differing = 0;
  let taken = 0;
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * 14);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    const inField = random() < 0.3;
    const expected = referenceRunEnd(text, 0, inField);
    if (punctuatedRunEnd(text, 0, inField) !== expected) differing++;
    if (expected !== -1) taken++;
  }
  assert.equal(differing, 0);
  assert.ok(taken > 500, `both answers drawn (${taken} runs taken)`);
  // Past the run's bound, a run of 401 characters is none; brackets deeper than any run still nest.
  assert.equal(punctuatedRunEnd(`a(${'b'.repeat(399)}\n`, 0, false), -1);
  assert.equal(punctuatedRunEnd(`${'K('.repeat(200)}\n`, 0, false), referenceRunEnd(`${'K('.repeat(200)}\n`, 0, false));
  assert.equal(punctuatedRunEnd('K9(w}e$[tR#2>pQ\n', 0, false), 15);
});

// valueAfterKey's fallback expressions, each at a bracket: after one they need it closed.
const FALLBACK = /(?:\([^()\r\n]{0,200}\)|\[[^[\]\r\n]{0,200}\])?(?:[ \t]*(?:\|\||\?\?)(?:[ \t]*\r?\n)?|[ \t]+or|[ \t]*\|[ \t]*\*)[ \t]*(["'])([^"'\r\n]{1,400})\1/y;
const BLOCK_DEFAULT = /\([^()\r\n]{0,200}\)[ \t]*\{[ \t]*(?:\|[\w, ]{0,40}\|[ \t]*)?(["'])([^"'\r\n]{1,400})\1(?=[ \t]*\})/y;

test('the fallback expressions match at a bracket only where it closes within their reach', () => {
  const random = seededRandom(1802);
  const pieces = ['(', ')', '[', ']', 'a', ' ', '\n', '\r', '||', '??', ' or ', '|*', '"x"', "'y'", '{ "z" }', '{|k| "v"}', 'b'.repeat(60)];
  let matched = 0;
  for (let n = 0; n < 20_000; n++) {
    let text = random() < 0.5 ? '(' : '[';
    const length = Math.floor(random() * 12);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    FALLBACK.lastIndex = 0;
    BLOCK_DEFAULT.lastIndex = 0;
    const matches = FALLBACK.test(text) || BLOCK_DEFAULT.test(text);
    const closes = text[0] === '(' ? closerWithin(text, 0, 40, 41) !== -1 : closerWithin(text, 0, 91, 93) !== -1;
    if (matches) {
      matched++;
      assert.ok(closes, JSON.stringify(text));
    }
  }
  assert.ok(matched > 200, `matches drawn (${matched})`);
  // Its reach: 200 characters inside, the closer the 201st.
  assert.equal(closerWithin(`(${'a'.repeat(200)})`, 0, 40, 41), 201);
  assert.equal(closerWithin(`(${'a'.repeat(201)})`, 0, 40, 41), -1);
  assert.equal(closerWithin('(a(b)', 0, 40, 41), -1);
  assert.equal(closerWithin('K9(w}e$[tR#2>pQ\n', 2, 40, 41), -1);
});

test('mayFallBack says no only where neither fallback expression can match', () => {
  // Texts after a bare value: a call's or a subscript's bracket (closed, left open, nested, too long) or none, then
  // what may follow one (the operators and a block, each cut short or spelt nearly, blanks, the next line), then a literal or not.
  const random = seededRandom(2631);
  const pick = (items: readonly string[]) => items[Math.floor(random() * items.length)]!;
  const heads = ['(', '[', '("T")', "['T']", '("T", "d")', '("T"', '[0', '(a(b))', '[a[b]]', `(${'c'.repeat(200)})`, `(${'c'.repeat(201)})`, '("T"\n)', '', ' ', '\t', 'o', ')'];
  const middles = ['', ' ', '\t', ' '.repeat(41), '\n', '\r\n', '|', '||', '?', '??', '?:', 'or', ' or', ' or ', 'o', '|*', '| *', '*', '{', ' { ', '{|k| ', '{ |_, k| ', '}', 'a', '.x', ')', ']'];
  const tails = ['', '"x"', "'y'", '"x" }', "'w' }", ' "x"', '\n"x"', '"', 'b'];
  let matched = 0;
  let spared = 0;
  for (let n = 0; n < 40_000; n++) {
    let text = pick(heads);
    const length = Math.floor(random() * 4);
    for (let i = 0; i < length; i++) text += pick(middles);
    text += pick(tails);
    FALLBACK.lastIndex = 0;
    BLOCK_DEFAULT.lastIndex = 0;
    const matches = FALLBACK.test(text) || BLOCK_DEFAULT.test(text);
    const may = mayFallBack(text, 0);
    if (matches) {
      matched++;
      assert.ok(may, JSON.stringify(text));
    } else if (!may && (text[0] === '(' || text[0] === '[') && closerWithin(text, 0, text.charCodeAt(0), text[0] === '(' ? 41 : 93) !== -1) spared++;
  }
  assert.ok(matched > 500, `matches drawn (${matched})`);
  // (A bracket closed with nothing a fallback needs after it: the lookup's call read once, neither expression run.)
  assert.ok(spared > 1_000, `closed brackets turned down (${spared})`);
  assert.equal(mayFallBack('("DB_PASSWORD", "x")\n', 0), false);
  assert.equal(mayFallBack('("TOKEN") { "x" }', 0), true);
  assert.equal(mayFallBack('["TOKEN"] { "x" }', 0), false);
  assert.equal(mayFallBack('("TOKEN")  or "x"', 0), true);
  assert.equal(mayFallBack('("TOKEN")or "x"', 0), false);
  assert.equal(mayFallBack(`("TOKEN")${' '.repeat(41)}|| "x"`, 0), true);
});
