// A rule runs only on text holding one of its keywords (the prefilter), so a match of its pattern
// without one is a secret the prefilter drops unseen: `net<TAB>use` under the keyword `net use`.
// Each rule's own secrets are written again in the ways a pattern commonly allows and a keyword
// may not (blanks changed, added or dropped; `_ - .` swapped; `:`/`=` and quotes swapped; letters
// a Unicode case fold maps onto ASCII), each change made at every occurrence of a keyword at once,
// and every rule is run, without its prefilter, on every rule's examples: whatever it finds in a
// text holding none of its keywords is such a secret. A rule near its keywords must also find on
// their lines alone what it finds in the whole text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeywordPrefilter } from '../../../src/core/guard/keywordPrefilter';
import { secretRules } from '../../../src/core/guard/secretRedactor';
import type { SecretRule } from '../../../src/core/guard/secretRule';
import { SpanList } from '../../../src/core/guard/spanList';
import { callSignatureExamples } from './callSignatureExamples';
import { commandLineExamples } from './commandLineExamples';
import { configDirectiveExamples } from './configDirectiveExamples';
import { continuedValueExamples } from './continuedValueExamples';
import { sdkClientKeyExamples } from './sdkClientKeyExamples';
import { secretsFileLineExamples } from './secretsFileLineExamples';
import { familyExamples } from './familyExamples';
import { grammarRecallExamples } from './grammarRecallExamples';
import { languageGrammarExamples } from './languageGrammarExamples';
import { unmark } from './markedExamples';
import { positionalExamples } from './positionalExamples';
import { prefixedTokenExamples } from './prefixedTokenExamples';
import { privateKeyExamples } from './privateKeyExamples';
import { ruleExamples } from './ruleExamples';
import type { RuleExamples } from './ruleExamples';
import { statedCredentialExamples } from './statedCredentialExamples';
import { vendorKeyedExamples } from './vendorKeyedExamples';

const tables: readonly Readonly<Record<string, RuleExamples>>[] = [ruleExamples, statedCredentialExamples, prefixedTokenExamples, vendorKeyedExamples, privateKeyExamples, commandLineExamples, positionalExamples, familyExamples, grammarRecallExamples, languageGrammarExamples, callSignatureExamples, configDirectiveExamples, secretsFileLineExamples, continuedValueExamples, sdkClientKeyExamples];

/** Each rule's own secret examples, unmarked. */
function ownSecrets(rule: SecretRule): string[] {
  return tables.flatMap((table) => table[rule.id]?.secrets ?? []).map((example) => unmark(example).text);
}

/** Every example text of every table, secrets unmarked and look-alikes. */
const everyExample = [...new Set(tables.flatMap((table) => Object.values(table).flatMap(({ secrets, clean }) => [...secrets.map((s) => unmark(s).text), ...clean])))];

/** The redactor's prefilter for each rule alone: ASCII letters folded, a keyword's blank any run of spaces and tabs. */
const prefilters = new Map(secretRules.map((rule) => [rule, new KeywordPrefilter([rule.keywords], [rule.nearKeywords === true], true)]));

function holdsKeyword(text: string, rule: SecretRule): boolean {
  return prefilters.get(rule)!.needed(text)[0]!;
}

// What one character (or the place before it) may be written as instead, as patterns allow: a blank
// another blank, two or none, a line break; a separator another; `:` for `=`; one quote for the other; a
// blank inserted before or after punctuation; `K`/`S` as the Kelvin sign and long s that `/iu` folds onto them.
const INSTEAD: Readonly<Record<string, readonly string[]>> = {
  ' ': ['\t', '  ', '', '\n', ' \t', '=', ':'],
  '\t': [' ', ''],
  _: ['-', '.', '', ' '],
  '-': ['_', '.', '', ' '],
  '.': ['_', '-', ''],
  ':': ['=', ' :', ': '],
  '=': [':', ' =', '= ', '=='],
  '"': ["'", '`'],
  "'": ['"'],
  '(': [' (', '( ', '\t('],
  '[': [' [', '[ '],
  '{': [' {', '{ '],
  ',': [', ', ' ,'],
  '/': [' /', '/ ', '\\'],
  k: ['\u212a'],
  K: ['\u212a'],
  s: ['\u017f'],
  S: ['\u017f'],
};

/** The text with one kind of change made at the same offset of every occurrence of a keyword (their places ± 1). */
function* variants(text: string, keywords: readonly string[]): Generator<string> {
  const folded = text.toLowerCase();
  const starts: [number, number][] = [];
  for (const keyword of keywords) for (let at = folded.indexOf(keyword); at !== -1; at = folded.indexOf(keyword, at + 1)) starts.push([at, keyword.length]);
  const seen = new Set<string>();
  for (const [start, length] of starts) {
    for (let offset = -1; offset <= length; offset++) {
      const c = text[start + offset];
      if (c === undefined) continue;
      for (const instead of INSTEAD[c] ?? []) {
        // The same change at the same offset of every occurrence of a keyword of this length whose character there is `c`.
        const places = starts.filter(([s, l]) => l === length && text[s + offset] === c).map(([s]) => s + offset);
        let changed = '';
        let from = 0;
        for (const place of [...new Set(places)].sort((a, b) => a - b)) {
          changed += text.slice(from, place) + instead;
          from = place + 1;
        }
        changed += text.slice(from);
        if (!seen.has(changed)) {
          seen.add(changed);
          yield changed;
        }
      }
    }
  }
}

function spansOf(rule: SecretRule, text: string, near?: readonly number[]): string {
  const list = new SpanList();
  rule.find(text, list, near);
  return JSON.stringify(list.toSpans());
}

const keyed = secretRules.filter((rule) => rule.keywords.length > 0);

test('no rule finds a secret in a variant of its own secrets that holds none of its keywords', () => {
  const unsound: string[] = [];
  for (const rule of keyed) {
    for (const text of ownSecrets(rule)) {
      for (const variant of variants(text, rule.keywords)) {
        if (holdsKeyword(variant, rule)) continue;
        const found = spansOf(rule, variant);
        if (found !== '[]') unsound.push(`${rule.id}: ${JSON.stringify(variant)} → ${found}`);
      }
    }
  }
  assert.deepEqual(unsound, []);
});

test('no rule finds a secret in any example text that holds none of its keywords', () => {
  const unsound: string[] = [];
  for (const rule of keyed) {
    for (const text of everyExample) {
      if (holdsKeyword(text, rule)) continue;
      const found = spansOf(rule, text);
      if (found !== '[]') unsound.push(`${rule.id}: ${JSON.stringify(text)} → ${found}`);
    }
  }
  assert.deepEqual(unsound, []);
});

test('a rule near its keywords finds on their lines what it finds in the whole text, its secrets and their variants', () => {
  const differ: string[] = [];
  for (const rule of keyed.filter((r) => r.nearKeywords)) {
    const prefilter = prefilters.get(rule)!;
    for (const text of ownSecrets(rule)) {
      for (const variant of [text, ...variants(text, rule.keywords)]) {
        const near: (number[] | null | undefined)[] = [];
        if (!prefilter.needed(variant, near)[0]) continue;
        const whole = spansOf(rule, variant);
        const onLines = spansOf(rule, variant, near[0] ?? undefined);
        if (onLines !== whole) differ.push(`${rule.id}: ${JSON.stringify(variant)} → ${onLines}, whole ${whole}`);
      }
    }
  }
  assert.deepEqual(differ, []);
});
