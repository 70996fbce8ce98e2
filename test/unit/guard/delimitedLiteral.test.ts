// delimitedLiteral.ts rejects a closer by its first character's next place and seeks a block's terminator on
// its first line only; its answers must be those of its reading before (delimitedLiteralReference.ts), asked
// as the assignment rule asks them: at rising offsets, now and then a step back, over many texts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { delimitedAt, prefixedDelimitedAt } from '../../../src/core/guard/rules/delimitedLiteral';
import * as reference from './delimitedLiteralReference';
import { seededRandom } from '../../../src/core/seededRandom';

const OPENERS = ['r#"', 'r##"', 'br#"', '#"', '##"', "r#'", 'R"', 'R"ab(', 'LR"x(', 'u8R"', 'r"(', 'r"-[', 'r"{', 'raw"', '[[', '[==[', '[=[',
  '{|', '{id|', 'q{', 'qq(', '%q(', '%Q[', '~s(', '~S"', "''", '<<EOS', '<<-EOS', '<<~A', "<<<'EOT'", '<<<EOT', '<<"A";', '@"', "@'", '|||', '"""', "'''", '\\'];
const CLOSERS = ['"#', '"##', "'#", ')"', ')ab"', ')x"', ']"', '}"', ']]', ']==]', ']=]', '|}', '|id}', '}', ')', ']', '"', "'", "''", "'';", 'EOS', 'EOT', 'A', '|||', '"""', "'''", '"@', "'@"];
const OTHERS = ['pw = ', 'token = ', 'x', 'aB3', ' ', '\t', '\n', '\r\n', '\n  ', ';', 'a'.repeat(150), 'b'.repeat(37)];

function randomText(random: () => number): string {
  let text = '';
  while (text.length < 1_500) {
    const kind = random();
    const pieces = kind < 0.35 ? OPENERS : kind < 0.65 ? CLOSERS : OTHERS;
    text += pieces[Math.floor(random() * pieces.length)];
  }
  return text;
}

/** Both readings asked at `r` (as delimitedAt and as a prefix of 1 to 4 characters), answers compared. */
function compareAt(text: string, r: number, where: string): number {
  let found = 0;
  const want = reference.delimitedAt(text, r);
  assert.deepEqual(delimitedAt(text, r), want, `delimitedAt ${where}`);
  if (want) found++;
  for (let end = r + 1; end <= Math.min(text.length, r + 4); end++) {
    const wantPrefixed = reference.prefixedDelimitedAt(text, r, end);
    assert.deepEqual(prefixedDelimitedAt(text, r, end), wantPrefixed, `prefixedDelimitedAt ${where}, prefix to ${end}`);
    if (wantPrefixed) found++;
  }
  return found;
}

test('the bounded reading answers as the reading before, on random texts of openers, closers and keys', () => {
  const random = seededRandom(24);
  let asked = 0;
  let found = 0;
  for (let t = 0; t < 300; t++) {
    const text = randomText(random);
    let at = 0;
    while (at < text.length) {
      found += compareAt(text, at, `text ${t}, offset ${at}`);
      asked++;
      at = random() < 0.02 ? Math.max(0, at - Math.floor(random() * 60)) : at + 1 + Math.floor(random() * 3);
    }
  }
  // Literals were found often enough for the comparison to mean something.
  assert.ok(found > 2_000 && found < asked, `${found} literals at ${asked} offsets`);
});

test('content of exactly 400 and 401 characters, closed on its line or past a line break, answers as before', () => {
  for (const opener of OPENERS) {
    for (const closer of CLOSERS) {
      for (const length of [1, 399, 400, 401]) {
        for (const between of ['', '\n', '\r']) {
          const text = `pw = ${opener}${'c'.repeat(length)}${between}${closer} ${opener}${closer}`;
          for (let r = 0; r < 5 + opener.length; r++) compareAt(text, r, JSON.stringify({ opener, closer, length, between, r }));
          const below = `pw = ${opener}\n  ${'v'.repeat(length)}${closer}x\n${closer}`;
          for (let r = 0; r < 5 + opener.length; r++) compareAt(below, r, JSON.stringify({ below: true, opener, closer, length, r }));
        }
      }
    }
  }
});
