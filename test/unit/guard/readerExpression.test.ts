import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchAt } from '../../../src/core/guard/rules/foundValue';
import { readerExpression } from '../../../src/core/guard/rules/readerExpression';
import { seededRandom } from '../../../src/core/seededRandom';

// The readers' shapes: a quote group closing the value, a closing of two characters (`</`), CDATA, a bare value alone.
const shapes: [RegExp, number | undefined][] = [
  [/[ \t]{1,16}(?:(?<q>["'])(?<quoted>[^"'\r\n]{1,40})\k<q>(?=(?:[ \t]*;)?[ \t]*(?:\r?\n|$))|(?<bare>[^\s"'`]{1,40})(?=[ \t]*(?:\r?\n|$)))/y, undefined],
  [/(?<op>[ \t]{1,4}|=)(?:(?<q>["'])(?<quoted>[^"'\r\n]{1,40})\k<q>|(?<bare>[^\s"'`;|&]{1,40}))/y, undefined],
  [/>(?:<!\[CDATA\[(?<cdata>(?:[^\]\r\n]|\](?!\]>)){1,40})\]\]>|(?<quoted>[^<\r\n]{1,40}))<\//y, 2],
  [/[ \t]{1,4}(?<bare>[A-Za-z0-9._~+/=-]{4,40})(?![^\s])/y, undefined],
];

/** The reading as it was with the expression's named groups (`m.groups`). */
function namedReading(re: RegExp, closing: number | undefined, text: string, at: number): [number, number, boolean] | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  const g = m.groups ?? {};
  const raw = g.quoted ?? g.bare ?? g.cdata;
  if (raw === undefined) return undefined;
  const end = m.index + m[0].length - (g.cdata !== undefined ? 5 : g.quoted === undefined ? 0 : closing ?? g.q!.length);
  return [end - raw.length, end, g.bare === undefined];
}

test('a reader expression with its groups numbered reads the value the named groups read, at every place of random texts', () => {
  const random = seededRandom(29);
  const pieces = [' ', '\t', '"', "'", '=', ';', '&', '|', '`', '>', '</', '<![CDATA[', ']]>', ']', 'abc', 'Xk9_p', '\n', '\r\n', 'a.b-c/d+e'];
  for (const [named, closing] of shapes) {
    const expression = readerExpression(named, closing);
    for (let t = 0; t < 400; t++) {
      let text = '';
      for (let i = 0; i < 24; i++) text += pieces[Math.floor(random() * pieces.length)];
      for (let at = 0; at < text.length; at++) {
        const read = matchAt(expression, text, at);
        const expected = namedReading(named, closing, text, at);
        // (matchAt goes on past the span to the value's scheme; none of these texts holds one.)
        assert.deepEqual(read && [read.start, read.end, read.quoted], expected, `${named.source} at ${at} of ${JSON.stringify(text)}`);
      }
    }
  }
});
