// Code between two string literals read as one quoted value (literalBetweenLiterals.ts): the quote after the key's
// operator closes the literal the key is in, and a concatenation's operator follows it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { operandBetweenLiterals } from '../../../src/core/guard/rules/literalBetweenLiterals';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("a concatenation's operand after the key's own literal is left", () => {
  assertLeaves([
    "'password' => '--password='.$connection['password'],",
    "$cmd = '--password='.$config['db_pass'];",
    "$sql_query = 'SET password = ' . ($password == '' ? '\\'\\'' : $hash);",
    "$q = 'ALTER USER u IDENTIFIED WITH ' . $plugin . ' BY ' . ($password == '' ? '\\'\\'' : $p);",
    'String url = "jdbc:x?password=" + (secret) + "&ssl=true";',
    "my $dsn = 'token=' . $token . ';';",
  ]);
});

test('a literal opened after the operator, or code in no literal, is a value', () => {
  assertFinds([
    "password = '⟦Xk9pQ2mL7rT4⟧'",
    "$cfg['Servers'][$i]['password'] = '⟦hunter2x⟧';",
    "password = '⟦+aB3dE6gH9jK2⟧'",
    "'password' => '⟦.$hunter2⟧',",
    "x = '--password=' . 'y'; password = '⟦ . (Xk9pQ2mL7rT4⟧'",
    "CREATE USER 'app'@'%' IDENTIFIED BY '⟦s3cr3t-Pw⟧';",
  ]);
});

// The line's quotes are counted on from one value to the next (quotesUpTo); the answer must be the one a count back
// over the line (at most LINE_BEFORE = 400 characters) gives, in any order of asking and across texts.
test("the carried count of a line's quotes answers as a count back over the line does", () => {
  const countBack = (text: string, start: number): boolean => {
    const quote = text.charCodeAt(start - 1);
    if (quote !== 39 && quote !== 34) return false;
    let before = 0;
    for (let p = start - 2; ; p--) {
      if (start - 2 - p > 400) return false; // the line starts more than 400 characters back (-1: the text's start)
      if (p < 0) break;
      const c = text.charCodeAt(p);
      if (c === 10) break;
      if (c === quote && text.charCodeAt(p - 1) !== 92) before++;
    }
    return before % 2 === 1;
  };
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const pieces = ["'", '"', '\\', '\n', ' . $a ', ' + b ', 'x', 'password=', 'x'.repeat(150)];
  // (From round 100, runs of 450 too: lines longer than 400 characters, whose count skips to their ends, are common.)
  const longLines = [...pieces, 'y'.repeat(450)];
  for (let round = 0; round < 200; round++) {
    const from = round < 100 ? pieces : longLines;
    let text = '';
    while (text.length < 4_000) text += from[random(from.length)];
    const starts: number[] = [];
    for (let i = 2; i < text.length; i++) if (text[i - 1] === "'" || text[i - 1] === '"') starts.push(i);
    if (round % 3 === 0) starts.reverse();
    // A value that opens with a concatenation, so the answer is the line's count.
    for (const start of starts) assert.equal(operandBetweenLiterals(text, start, ' . $a'), countBack(text, start), `round ${round}, start ${start}`);
  }
});
