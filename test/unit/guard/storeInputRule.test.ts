// The store commands' redirected input read by storeInputRule.ts: the same spans as the expressions it replaced
// (`COMMAND[^\r\n<|;]{0,200}<<<…` and `…<<EOF⏎…`, written below as pattern rules: the model), on random text made of the
// pieces that matter to them, short (each command's line tried near its keywords) and long (past the prefilter's 1,024
// places: the whole text read).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { credentialStoreRules } from '../../../src/core/guard/rules/credentialStoreRules';
import { acceptsPasswordLiteral } from '../../../src/core/guard/rules/secretValue';
import { patternRule, type SecretRule } from '../../../src/core/guard/secretRule';
import { seededRandom } from '../../../src/core/seededRandom';

const WORD = `(?<q>["']?)(?!\\$)(?<secret>[^\\s"'\`;|&<>]{3,400})\\k<q>(?=[\\s;|&>]|$)`;
const READS_STDIN = `(?:secret-tool[ \\t]+store|(?:go)?pass[ \\t]+insert|keyring[ \\t]+set)\\b`;
const SPEC = { nearKeywords: true, passwordSlot: acceptsPasswordLiteral } as const;
const MODELS: Record<string, SecretRule> = {
  'secret-store-here-string': patternRule({
    ...SPEC, id: 'secret-store-here-string', keywords: ['secret-tool', 'pass insert', 'keyring set'],
    pattern: new RegExp(`\\b${READS_STDIN}[^\\r\\n<|;]{0,200}<<<[ \\t]*${WORD}`),
  }),
  'secret-store-heredoc': patternRule({
    ...SPEC, id: 'secret-store-heredoc', keywords: ['pass insert'],
    pattern: /\b(?:go)?pass[ \t]+insert\b[^\r\n<|;]{0,200}<<-?[ \t]*(["']?)[A-Za-z_]\w{0,30}\1[ \t]*\r?\n[ \t]*(?<secret>[^\s]{3,400})[ \t]*(?=\r?\n|$)/,
  }),
};

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const COMMANDS = ['pass insert', 'pass  insert', 'gopass insert', 'secret-tool store', 'keyring set', 'keyring\tset', 'xpass insert', 'a-pass insert', 'pass inserted'];
const BETWEEN = ['', ' -m a/b ', ' --label=x a b ', ' ', '\t', 'x'.repeat(150), 'y'.repeat(60), ` ${'x'.repeat(199)}`, ` ${'x'.repeat(200)}`, '&', '>', '<', '|', ';', '\n', 'a <<', ' $PW '];
const OPERATORS = ['<<<', '<<< ', '<<', '<<-', '<<EOF\n', "<<'E'\n", '<< "E"\n', '<<-\tEOF\n', '<<EOF\r\n', '<<EOF x\n', '<'];
const VALUES = ['Pl4nk-wood9', 'hunter2x', "'m4ple!Syrup'", '"Gr4nite!7x"', '"Gr4nite', '$PW', '$(cat f)', '<password>', 'changeme', 'ab', 'a-pass', 'z'.repeat(401), '\tTq7-lorn-88 '];
const ENDS = ['\n', '\nEOF\n', '\nE\n', '\n\tEOF\n', '\r\nEOF\r\n', ' ', ';', '|', '', 'pass insert', ' insert <<< Gr4nite!7y'];

/** Commands, their lines, redirections, values and ends, each piece drawn at random: most texts near a form, some in it. */
function randomText(random: () => number, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) {
    text += pick(random, COMMANDS);
    for (let j = Math.floor(random() * 3); j > 0; j--) text += pick(random, BETWEEN);
    text += pick(random, OPERATORS) + pick(random, VALUES) + pick(random, ENDS);
  }
  return text;
}

const spans = (text: string, rule: SecretRule) => JSON.stringify(findSecrets(text, [rule]));

for (const rule of credentialStoreRules.filter((r) => MODELS[r.id])) {
  test(`${rule.id}: the expression's spans on random text near its keywords`, () => {
    const random = seededRandom(44);
    let found = 0;
    for (let round = 0; round < 20_000; round++) {
      const text = randomText(random, 1 + Math.floor(random() * 4));
      const expected = spans(text, MODELS[rule.id]!);
      if (expected !== '[]') found++;
      assert.equal(spans(text, rule), expected, JSON.stringify(text));
    }
    assert.ok(found > 500, `only ${found} texts with a span: the comparison says little`);
  });

  test(`${rule.id}: the expression's spans on long text, read whole`, () => {
    const random = seededRandom(45);
    for (let round = 0; round < 20; round++) {
      const text = randomText(random, 3000);
      assert.equal(spans(text, rule), spans(text, MODELS[rule.id]!));
    }
  });
}
