// compared-literal reads its expression only at the literal before each `==`/`!=` (comparedLiteralRule.ts); on random text
// it finds what the expression found when run from every quote of the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparedLiteralRule } from '../../../src/core/guard/rules/comparedLiteralRule';
import { acceptsQuotedLiteral } from '../../../src/core/guard/rules/secretValue';
import { SpanList } from '../../../src/core/guard/spanList';
import { seededRandom } from '../../../src/core/seededRandom';

const COMPARED = /(["'])([^"'\r\n\\]{3,200})\1\)?[ \t]{0,4}(?:===?|!==?)[ \t]{0,4}(?:[A-Za-z_$][\w$]{0,40}\.){0,4}([A-Za-z_$][\w$]{0,63})(?![\w$(.[])/g;

/** The literals the expression takes, run globally from the text's start, each search on from the last closing quote. */
function fromEveryQuote(text: string): string[] {
  const taken: string[] = [];
  COMPARED.lastIndex = 0;
  for (let m = COMPARED.exec(text); m; m = COMPARED.exec(text)) {
    const start = m.index + 1;
    const end = start + m[2]!.length;
    if (acceptsQuotedLiteral(text, start, end, m[3]!)) taken.push(`${start}-${end}`);
    COMPARED.lastIndex = end;
  }
  return taken;
}

function found(text: string): string[] {
  const spans = new SpanList();
  comparedLiteralRule.find(text, spans);
  const taken: string[] = [];
  for (let i = 0; i < spans.length; i++) taken.push(`${spans.start(i)}-${spans.end(i)}`);
  return taken;
}

test('compared-literal sought from its operators finds what the expression found from every quote', () => {
  const random = seededRandom(44);
  const atoms = ['"', "'", '"', "'", '\\', '\n', '\r', ' ', ' ', '\t', '    ', ')', '==', '!=', '===', '!==', '.', 'x.', 'a', 'password', 'api_token', 'sK7qP2mZ9xL4', 'Hq8vW3nR6tY1', '(', '[', '$', '_', 'if "',
    '"sK7qP2mZ9xL4" == password', "'Hq8vW3nR6tY1') !== cfg.api.token", '"Xk9pQ2mL7rT4"  != api_key', ' == apiToken', "' === secret_key"];
  let taken = 0;
  for (let round = 0; round < 20_000; round++) {
    let text = '';
    for (let i = 0; i < 3 + Math.floor(random() * 25); i++) text += atoms[Math.floor(random() * atoms.length)]!;
    // (Half of them with a literal longer than the expression reads, 200 characters, before an operator.)
    if (round % 2 === 1) text = text.replace('sK7qP2mZ9xL4', 'sK7qP2mZ9xL4'.repeat(16 + Math.floor(random() * 2)));
    const expected = fromEveryQuote(text);
    taken += expected.length;
    assert.deepEqual(found(text), expected, JSON.stringify(text));
  }
  assert.ok(taken > 1_000, `only ${taken} literals taken: the draw reaches too few`);
});
