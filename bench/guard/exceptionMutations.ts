// Can each exception a pattern rule makes fail a test? (guardaudit3, thirty-second round; guardaudit2 asked it of the property
// test.) Each pattern rule's spec states its exceptions as data: the placeholder test every rule asks, an entropy floor, an
// `allow` (an example value, a public id), a password slot's place test. Removed one at a time (exceptionMutationHook.ts), a
// removal is noticed when a look-alike of the example tables (test/unit/guard/allRuleExamples.ts), which secretRules.test.ts
// asserts the whole redactor leaves, is then redacted. Prints the removals nothing noticed and, with `--env`, the value for
// `FLYWHEEL_MUTATIONS` to run the unit suites with all of them removed at once (what else notices them).
// Near misses (`--write-near-misses`): for a removal nothing noticed, the rule's own true examples with the secret's body (after
// its keyword) made a mask or a low-entropy run, kept when the whole redactor leaves it and the rule takes it once the exception
// is removed (a test that fails on the removal), written to test/unit/guard/exceptionNearMisses.ts.
//   npx tsx bench/guard/exceptionMutations.ts [--env] [--json] [--write-near-misses]
import { exceptionParts, mutation, patternSpecs, type ExceptionPart } from './exceptionMutationHook';

// (Required after the hook is in place, so the rule files get its `patternRule`.)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findSecrets, secretRules } = require('../../src/core/guard/secretRedactor') as typeof import('../../src/core/guard/secretRedactor');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { exampleTables, examplesOf } = require('../../test/unit/guard/allRuleExamples') as typeof import('../../test/unit/guard/allRuleExamples');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SpanList } = require('../../src/core/guard/spanList') as typeof import('../../src/core/guard/spanList');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unmark } = require('../../test/unit/guard/markedExamples') as typeof import('../../test/unit/guard/markedExamples');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { exceptionNearMisses } = require('../../test/unit/guard/exceptionNearMisses') as typeof import('../../test/unit/guard/exceptionNearMisses');
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NearMiss } from '../../test/unit/guard/exceptionNearMisses';

const lookAlikes = [...new Set(Object.values(exampleTables).flatMap((table) => Object.values(table).flatMap((examples) => examples.clean)))];
const ruleIds = new Set(secretRules.map((rule) => rule.id));

interface Removal {
  readonly rule: string;
  readonly part: ExceptionPart;
  /** The look-alikes redacted once it is removed (none: no example notices it). */
  readonly noticedBy: number;
}

const removals: Removal[] = [];
for (const [id, spec] of patternSpecs) {
  if (!ruleIds.has(id)) continue;
  const keywords = spec.keywords.map((k) => k.toLowerCase());
  const reaching = lookAlikes.filter((text) => {
    const lower = text.toLowerCase();
    return keywords.some((k) => lower.includes(k));
  });
  for (const part of exceptionParts) {
    if (part === 'entropy' && spec.entropy === undefined) continue;
    if (part === 'allow' && spec.allow === undefined) continue;
    if (part === 'passwordSlot' && spec.passwordSlot === undefined) continue;
    mutation.removed = new Set([`${id}:${part}`]);
    const noticedBy = reaching.filter((text) => findSecrets(text).length > 0).length + exceptionNearMisses.filter((n) => overlaps(findSecrets(n.text), n.text.indexOf(n.value), n.value.length)).length;
    mutation.removed = new Set();
    removals.push({ rule: id, part, noticedBy });
  }
}

const unnoticed = removals.filter((r) => r.noticedBy === 0);

function overlaps(spans: readonly { start: number; end: number }[], at: number, length: number): boolean {
  return spans.some((s) => s.start < at + length && s.end > at);
}

/**
 * The secret's body made a mask (whole, or its last characters `x` or `0`, as a console shows a token) or a run of a few letters and
 * digits; letters all small first, then all capital, then each in its own case (a pattern that asks for both cases).
 */
function bodies(body: string, part: ExceptionPart): string[] {
  const swap = (at: number, letters: string, digits: string, cased: 'small' | 'capital' | 'own') =>
    [...body].map((c, i) => {
      if (i < at) return c;
      const k = i - at;
      const letter = letters[k % letters.length]!;
      if (/[a-zA-Z]/.test(c)) return cased === 'capital' || (cased === 'own' && /[A-Z]/.test(c)) ? letter.toUpperCase() : letter;
      if (/[0-9]/.test(c)) return digits[k % digits.length]!;
      return c;
    }).join('');
  const cases = ['small', 'capital', 'own'] as const;
  if (part === 'placeholder') {
    const starts = [0, 0.5, 0.7, 0.85].map((share) => Math.floor(body.length * share)).filter((at) => body.length - at >= 5);
    // (And every letter and digit `x`, or `0` as a hex token's console writes it: a digit breaks a run of `x`.)
    return [...cases.flatMap((cased) => starts.map((at) => swap(at, 'x', '0', cased))), ...starts.flatMap((at) => [swap(at, 'x', 'x', 'small'), swap(at, '0', '0', 'small')])];
  }
  return cases.flatMap((cased) => [['ab', '12'], ['abc', '123'], ['abcd', '1234']].map(([l, d]) => swap(0, l!, d!, cased)));
}

function nearMissFor(id: string, part: ExceptionPart): NearMiss | undefined {
  const rule = secretRules.find((r) => r.id === id)!;
  const keywords = patternSpecs.get(id)!.keywords.map((k) => k.toLowerCase());
  for (const example of examplesOf(id).secrets) {
    const { text, spans } = unmark(example);
    for (const span of spans) {
      const secret = text.slice(span.start, span.end);
      const lower = secret.toLowerCase();
      const keep = Math.max(0, ...keywords.map((k) => (lower.lastIndexOf(k) === -1 ? 0 : lower.lastIndexOf(k) + k.length)));
      for (const body of bodies(secret.slice(keep), part)) {
        const value = secret.slice(0, keep) + body;
        if (value === secret) continue;
        // (In the example's own place, then in a line of prose: a stand-in in a named slot is that slot's literal, taken by
        // the keyed rules under the placeholder policy, so a rule's own floor is seen only where no slot names the value.)
        for (const [before, after] of [[text.slice(0, span.start), text.slice(span.end)], ['the console shows ', ' for it']]) {
          const changed = before! + value + after!;
          if (overlaps(findSecrets(changed), before!.length, value.length)) continue;
          mutation.removed = new Set([`${id}:${part}`]);
          const list = new SpanList();
          rule.find(changed, list);
          mutation.removed = new Set();
          if (overlaps(list.toSpans(), before!.length, value.length)) return { rule: id, part, text: changed, value };
        }
      }
    }
  }
  return undefined;
}

if (process.argv.includes('--write-near-misses')) {
  const found = [...exceptionNearMisses];
  const none: string[] = [];
  for (const r of unnoticed) {
    if (r.part !== 'placeholder' && r.part !== 'entropy') continue;
    const miss = nearMissFor(r.rule, r.part);
    if (miss) found.push(miss);
    else none.push(`${r.rule}:${r.part}`);
  }
  const file = join(__dirname, '../../test/unit/guard/exceptionNearMisses.ts');
  const header = readHeader(file);
  writeFileSync(file, `${header}export const exceptionNearMisses: readonly NearMiss[] = [\n${found.map((n) => `  ${JSON.stringify(n)},`).join('\n')}\n];\n`);
  console.log(`near misses written: ${found.length - exceptionNearMisses.length} new (${found.length} in all); none found for ${none.length}: ${none.join(' ')}`);
}

function readHeader(file: string): string {
  const text = readFileSync(file, 'utf8');
  return text.slice(0, text.indexOf('export const exceptionNearMisses'));
}
const byPart = (list: readonly Removal[]) => exceptionParts.map((part) => `${part} ${list.filter((r) => r.part === part).length}`).join(', ');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ patternRules: patternSpecs.size, removals: removals.length, unnoticed: unnoticed.map((r) => `${r.rule}:${r.part}`) }));
} else if (process.argv.includes('--env')) {
  console.log(unnoticed.map((r) => `${r.rule}:${r.part}`).join(','));
} else {
  console.log(`${patternSpecs.size} pattern rules, ${removals.length} exceptions (${byPart(removals)})`);
  console.log(`noticed by a look-alike of the example tables: ${removals.length - unnoticed.length}; by none: ${unnoticed.length} (${byPart(unnoticed)})`);
  for (const r of unnoticed) console.log(`  ${r.rule}: ${r.part}`);
}
