import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readAssignedValue, type AssignedValue } from '../../../src/core/guard/rules/assignedValue';
import { delimitedAt, prefixedDelimitedAt } from '../../../src/core/guard/rules/delimitedLiteral';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { seededRandom } from '../../../src/core/seededRandom';

// The grammar the reader implements by hand, as the expression it replaces: the reference it is
// held to, backtracking included.
const VALUE = /(?:\\["']|["'])?[ \t]{0,8}(?<op>::?=|\?=|\+=|\?\?=|\|\|=|=>|===?|!==?|<-|=|:(?!:)|,)[ \t]{0,40}(?:(?<tq>"""|''')(?<tquoted>(?:(?!\k<tq>)[^\r\n]){1,400})\k<tq>|(?<q>["'`])(?<quoted>(?:(?!\k<q>)[^\r\n]){1,400})\k<q>|\\(?<eq>["'])(?<escaped>(?:(?!\\\k<eq>)[^\r\n]){1,400})\\\k<eq>|(?<bare>[^\s"'`,;)(<>[\]{}]{1,400}))/dy;

function byExpression(text: string, at: number): string {
  VALUE.lastIndex = at;
  const m = VALUE.exec(text);
  if (!m) return 'no match';
  const g = m.indices!.groups!;
  const quote = (m.groups!.tq ?? m.groups!.q)?.charCodeAt(0) ?? (g.escaped ? 92 : 0);
  return JSON.stringify({ op: g.op, quote, value: g.tquoted ?? g.quoted ?? g.escaped ?? g.bare, end: m.index + m[0].length });
}

function byReader(text: string, at: number): string {
  const v: AssignedValue | undefined = readAssignedValue(text, at);
  if (!v) return 'no match';
  return JSON.stringify({ op: [v.opStart, v.opEnd], quote: v.quote, value: [v.valueStart, v.valueEnd], end: v.end });
}

/** The reader's value is a delimited literal's content, read where its operator's blanks end. */
function readsDelimited(text: string, at: number): boolean {
  const v = readAssignedValue(text, at);
  if (!v) return false;
  let r = v.opEnd;
  while (text[r] === ' ' || text[r] === '\t') r++;
  let bare = r;
  while (bare < text.length && bare - r < 5 && !/[\s"'`,;)(<>[\]{}]/.test(text[bare]!)) bare++;
  const d = delimitedAt(text, r) ?? prefixedDelimitedAt(text, r, bare);
  // (A line continuation's value is read on the next line as after an operator: it starts where the content does.)
  return d !== undefined && d.start === v.valueStart && (d.end === v.valueEnd || text.charCodeAt(r) === 92);
}

/** R's `<<-`, Jsonnet's `::` and `:::` before a quoted value, a quoted pair's `->` or `to`. */
function readsNewOperator(text: string, at: number): boolean {
  const v = readAssignedValue(text, at);
  if (!v) return false;
  const op = text.slice(v.opStart, v.opEnd);
  // (And a string holding a quoted literal, `"\"…\""`: the inner literal.)
  const nested = v.quote === 92 && text.slice(v.valueStart - 3, v.valueStart) === '"\\"' && text.slice(v.valueEnd, v.valueEnd + 3) === '\\""';
  return nested || op === '<<-' || ((op === '::' || op === ':::' || op === '->' || op === 'to') && v.quote !== 0);
}

function read(text: string, at = 0): { op: string; value: string; quote: string } | undefined {
  const v = readAssignedValue(text, at);
  return v && { op: text.slice(v.opStart, v.opEnd), value: text.slice(v.valueStart, v.valueEnd), quote: v.quote ? String.fromCharCode(v.quote) : '' };
}

test('reads each operator and the value after it', () => {
  assert.deepEqual(read('=abc'), { op: '=', value: 'abc', quote: '' });
  assert.deepEqual(read(' := "a b"'), { op: ':=', value: 'a b', quote: '"' });
  assert.deepEqual(read('::= x'), { op: '::=', value: 'x', quote: '' });
  assert.deepEqual(read("?='v'"), { op: '?=', value: 'v', quote: "'" });
  assert.deepEqual(read('+= v;'), { op: '+=', value: 'v', quote: '' });
  assert.deepEqual(read(' => `cmd`'), { op: '=>', value: 'cmd', quote: '`' });
  assert.deepEqual(read(' === "s"'), { op: '===', value: 's', quote: '"' });
  assert.deepEqual(read(' != "s")'), { op: '!=', value: 's', quote: '"' });
  assert.deepEqual(read(' <- "s"'), { op: '<-', value: 's', quote: '"' });
  assert.deepEqual(read(' = """s"t"""'), { op: '=', value: 's"t', quote: '"' });
  assert.deepEqual(read(" = '''s'''"), { op: '=', value: 's', quote: "'" });
  assert.equal(read(' = """s'), undefined, 'a triple-quoted string that goes on past its line');
  assert.deepEqual(read('": "s",'), { op: ':', value: 's', quote: '"' });
  assert.deepEqual(read(', s)'), { op: ',', value: 's', quote: '' });
  assert.deepEqual(read('\\": \\"s\\",'), { op: ':', value: 's', quote: '\\' }, 'JSON held in a string literal');
  assert.deepEqual(read(" = \\'a\"b\\'"), { op: '=', value: 'a"b', quote: '\\' });
  assert.deepEqual(read(' = \\"open'), { op: '=', value: '\\', quote: '' }, 'an escaped quote that never closes: the backslash alone is bare');
  assert.equal(read(':: x'), undefined);
  assert.equal(read('x=1'), undefined);
});

test("reads the eighteenth round's operators: R's `<<-`, Jsonnet's hidden fields, a quoted pair's `->` and `to`", () => {
  assert.deepEqual(read(' <<- "s"'), { op: '<<-', value: 's', quote: '"' });
  assert.deepEqual(read(":: 's'"), { op: '::', value: 's', quote: "'" });
  assert.deepEqual(read("::: 's'"), { op: ':::', value: 's', quote: "'" });
  assert.equal(read('::new("s")'), undefined, 'a path: `Token::new`');
  assert.deepEqual(read('" -> "s"'), { op: '->', value: 's', quote: '"' });
  assert.deepEqual(read('" to "s"'), { op: 'to', value: 's', quote: '"' });
  assert.equal(read(' -> "s"'), undefined, 'an unquoted key: a member access or a lambda');
  assert.equal(read('" to s'), undefined, 'a bare value after a pair: code');
  assert.equal(read('" total'), undefined);
  assert.deepEqual(read(', "\\"s\\""'), { op: ',', value: 's', quote: '\\' }, "a string holding a quoted literal: Android's buildConfigField");
});

test('reads a bracket holding one literal as that literal: a parenthesized form, Kotlin\'s `by lazy { }` (nineteenth round)', () => {
  assert.deepEqual(read(' = ("s")'), { op: '=', value: 's', quote: '"' });
  assert.deepEqual(read(' = (\n    "s"\n)'), { op: '=', value: 's', quote: '"' });
  assert.deepEqual(read(" = ( \r\n 's' \r\n )"), { op: '=', value: 's', quote: "'" });
  assert.deepEqual(read(' by lazy { "s" }'), { op: 'by lazy', value: 's', quote: '"' });
  assert.deepEqual(read(' by lazy {\n  "s"\n}'), { op: 'by lazy', value: 's', quote: '"' });
  assert.equal(read(' = ("s", "t")'), undefined, 'a tuple');
  assert.equal(read(' = ("s" + t)'), undefined, 'a sum');
  assert.equal(read(' = (\n\n"s")'), undefined, 'two line breaks');
  assert.equal(read(' = (s)'), undefined, 'a name');
  assert.equal(read(' by lazy { s }'), undefined);
  assert.equal(read('by lazy { "s" }'), undefined, 'no blank before `by`: part of a name');
  assert.equal(read(' bylazy { "s" }'), undefined);
});

test('reads a literal of other delimiters as the value: raw strings, long brackets, here-documents, text blocks', () => {
  assert.deepEqual(read(' = r#"a"b"#;'), { op: '=', value: 'a"b', quote: '"' });
  assert.deepEqual(read(' = #"s"#'), { op: '=', value: 's', quote: '"' });
  assert.deepEqual(read(' = R"x(s)x";'), { op: '=', value: 's', quote: '"' });
  assert.deepEqual(read(' <- r"(s)"'), { op: '<-', value: 's', quote: '"' });
  assert.deepEqual(read(' = raw"s"'), { op: '=', value: 's', quote: '"' });
  assert.deepEqual(read(' = [==[s]==]'), { op: '=', value: 's', quote: '[' });
  assert.deepEqual(read(' = {id|s|id}'), { op: '=', value: 's', quote: '{' });
  assert.deepEqual(read(' = q{s};'), { op: '=', value: 's', quote: '{' });
  assert.deepEqual(read(' = %q(s)'), { op: '=', value: 's', quote: '(' });
  assert.deepEqual(read(" = ''s'';"), { op: '=', value: 's', quote: "'" });
  assert.deepEqual(read(' = <<~EOS\n  s\nEOS'), { op: '=', value: 's', quote: '<' });
  assert.deepEqual(read(" = <<<'EOT'\ns\nEOT;"), { op: '=', value: 's', quote: '<' });
  assert.deepEqual(read(' = """\n    s\n    """;'), { op: '=', value: 's', quote: '"' });
  assert.deepEqual(read(' = @"\ns\n"@'), { op: '=', value: 's', quote: '@' });
  assert.deepEqual(read(': |||\n  s\n|||'), { op: ':', value: 's', quote: '|' });
  assert.deepEqual(read(' = \\\n    s'), { op: '=', value: 's', quote: '' });
  assert.deepEqual(read(' = \\\n    "s"'), { op: '=', value: 's', quote: '"' });
  assert.deepEqual(read(' = \\\n    self.get_secret(r)'), { op: '=', value: 'self.get_secret', quote: '' }, 'a continued line read as after the operator: a call is code');
  assert.deepEqual(read(' = \\\n\\\n s'), { op: '=', value: '\\', quote: '' }, 'one continuation followed, not two');
  assert.equal(read(" = ''\nhost = 'db'"), undefined, "an empty string ending its line is no indented string without its closing `''`");
  assert.equal(read(' = <<x\ns'), undefined, 'a here-document is named in upper case');
  assert.equal(read(' = [x]'), undefined);
  assert.deepEqual(read(' = %(name)s'), { op: '=', value: '%', quote: '' }, "configparser's interpolation is no literal: `%` alone, before a call's parenthesis (code)");
});

test('backtracks as the expression does: an operator whose value does not read gives way to a shorter one', () => {
  // ':=' then an unclosed quote: ':' with the bare value '=' is what the expression matches.
  assert.deepEqual(read(':= "open'), { op: ':', value: '=', quote: '' });
  assert.deepEqual(read('== ""'), { op: '=', value: '=', quote: '' });
  assert.equal(read(`=${' '.repeat(41)}v`), undefined, '41 blanks: no value');
  assert.deepEqual(read(`=${' '.repeat(40)}v`), { op: '=', value: 'v', quote: '' });
  assert.deepEqual(read(`:${' '.repeat(12)}"v"`), { op: ':', value: 'v', quote: '"' }, 'a value aligned in a column');
  assert.equal(read(`${' '.repeat(9)}= v`), undefined, 'nine blanks before the operator: no value');
});

test('a quote glued to a letter or digit closes no literal: the value holds it, to a later quote on its line', () => {
  assert.deepEqual(read(" = 'Xk9pQ2mLr7aB3dE6'gH9jK2'"), { op: '=', value: "Xk9pQ2mLr7aB3dE6'gH9jK2", quote: "'" });
  assert.deepEqual(read(' = "Xk9pQ2mLr7aB3dE6"Q2"mLr7" x'), { op: '=', value: 'Xk9pQ2mLr7aB3dE6', quote: '"' }, 'the next quote glued too: a run of them is no value\'s');
  assert.deepEqual(read(" = 'Xk9p'Q2mLr7'"), { op: '=', value: 'Xk9p', quote: "'" }, 'shorter than a generated token');
  assert.deepEqual(read(' = "abc"sv;'), { op: '=', value: 'abc', quote: '"' }, 'no later quote: a suffix (C++\'s `"…"sv`)');
  assert.deepEqual(read(" = 'abc' + 'def'"), { op: '=', value: 'abc', quote: "'" }, 'a blank after the quote closes it');
  assert.deepEqual(read(" = 'my key is fine here's ok'"), { op: '=', value: 'my key is fine here', quote: "'" }, 'a phrase is no token: its quote closes it');
  assert.deepEqual(read(" = 'abc'd\n'x'"), { op: '=', value: 'abc', quote: "'" }, 'the later quote is on another line');
  assert.deepEqual(read(' = `abc`d`'), { op: '=', value: 'abc', quote: '`' }, 'a backtick closes a template');
});

test('a value stops at a line end, CRLF included, and never crosses it', () => {
  assert.deepEqual(read('=abc\r\nNEXT=1'), { op: '=', value: 'abc', quote: '' });
  assert.equal(read('=\r\nNEXT=1'), undefined);
  assert.equal(read('= "abc\r\n"'), undefined);
  assert.equal(read('=\u2028x'), undefined, 'a Unicode line separator is a blank to \\s');
});

test('counts in UTF-16 code units, as the text\'s own offsets: surrogate pairs, İ, a value at the very end, empty input', () => {
  const text = 'İİ😀 KEY=😀a\ud800';
  const at = text.indexOf('=');
  const v = readAssignedValue(text, at)!;
  assert.equal(text.slice(v.valueStart, v.valueEnd), '😀a\ud800');
  assert.equal(v.valueEnd, text.length);
  assert.equal(readAssignedValue('', 0), undefined);
  assert.equal(readAssignedValue('=', 0), undefined);
  assert.equal(readAssignedValue('=x', 5), undefined);
});

test('a value is at most 400 characters: a longer quoted one does not read, a longer bare one is cut', () => {
  assert.equal(read(`="${'a'.repeat(401)}"`), undefined);
  assert.equal(read(`="${'a'.repeat(400)}"`)?.value.length, 400);
  assert.equal(read(`=${'a'.repeat(1000)}`)?.value.length, 400);
});

test('gives the expression\'s answer on random text built from the characters that matter to it', () => {
  const random = seededRandom(17);
  const atoms = ['"', "'", '`', '"""', "'''", '\\', '\\"', "\\'", ' ', '\t', ':', '=', '?', '+', '|', '>', '!', '<', '-', ',', ';', ')', '{', '[', 'a', 'Z', '9', '.', '$',
    '\n', '\r', '\r\n', '\u00a0', '\u2028', '\ufeff', '\u180e', '\u0085', '\x0b', '\x00', 'é', 'İ', '\ud83d', '😀',
    ' '.repeat(8), ' '.repeat(33), 'x'.repeat(399), 'y'.repeat(401)];
  const operators = ['=', ':', '::=', ':=', '?=', '+=', '=>', '==', '===', '!=', '!==', '<-', ','];
  let matched = 0;
  let delimited = 0;
  for (let round = 0; round < 20_000; round++) {
    let text = random() < 0.5 ? operators[Math.floor(random() * operators.length)]! : '';
    for (let i = 0; i < 1 + Math.floor(random() * 8); i++) text += atoms[Math.floor(random() * atoms.length)]!;
    const at = Math.floor(random() * 3);
    const expected = byExpression(text, at);
    if (expected !== 'no match') matched++;
    const actual = byReader(text, at);
    // Where it differs, the reader read what the expression does not hold: a literal of another
    // language's delimiters (delimitedLiteral.ts), or an operator of the eighteenth round.
    if (actual !== expected && (readsDelimited(text, at) || readsNewOperator(text, at))) {
      delimited++;
      continue;
    }
    assert.equal(actual, expected, JSON.stringify({ text, at }));
  }
  assert.ok(matched > 2_000, `only ${matched} matches: the comparison says little`);
  assert.ok(delimited < 200, `${delimited} read as delimited literals`);
});

test('a dense env file: every value is redacted, each key kept', () => {
  const lines = ['API_KEY=Xk2pL9vQ7m', 'DB_PASSWORD=hunter2', 'SECRET_TOKEN="x y 42"', 'HOST=localhost'];
  const text = `${lines.join('\r\n')}\r\n`.repeat(3);
  const expected = `${['API_KEY=[REDACTED:secret-assignment]', 'DB_PASSWORD=[REDACTED:secret-assignment]', 'SECRET_TOKEN="[REDACTED:secret-assignment]"', 'HOST=localhost'].join('\r\n')}\r\n`.repeat(3);
  assert.equal(redactSecrets(text).text, expected);
  assert.equal(redactSecrets(text).count, 9);
});

test('a bare value goes on and starts at each character exactly where the expression says, every UTF-16 code unit', () => {
  // (The bare run is read by a table in its loop and by isBareChar at its first character: both held to `[^\s"'`,;)(<>[\]{}]`.)
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [`k=a${ch}b`, `k=${ch}b`, `k=a${ch}`]) assert.equal(byReader(text, 1), byExpression(text, 1), JSON.stringify(text));
  }
  // Cut at 400 characters from where the value starts, and at the text's end.
  for (const n of [399, 400, 401]) for (const text of [`k=${'a'.repeat(n)}`, `k=${'a'.repeat(n)} b`]) assert.equal(byReader(text, 1), byExpression(text, 1), `${n}`);
});
