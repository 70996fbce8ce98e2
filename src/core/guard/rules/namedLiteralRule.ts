// A rule for grammars that give a setting's name and its quoted value apart from any operator the
// assignment rule reads (XML elements, a cmdlet's parameters): each pattern captures `name` and
// `secret` (with the `d` flag), the name is judged as a key and the value as a literal given to it.
// Where what follows the value has a known width (its closing tag or quote), its place is read off
// the match's end without match indices (secretPlace.ts).
import { ledPattern, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { keyStrength } from './keyStrength';
import { saysNotTheValue } from './notTheValue';
import { acceptValue } from './secretValue';
import { spanBeforeTail, withoutIndices } from '../secretPlace';

export function namedLiteralRule(id: string, keywords: readonly string[], patterns: readonly RegExp[]): SecretRule {
  const kind = spanKind(id);
  const placed = patterns.map(withoutIndices).map(({ pattern, tail }) => ({ matches: ledPattern(pattern, keywords), tail }));
  // (Near its keywords when every pattern's matches hold one on their first line: keywordLed.ts.)
  const nearKeywords = placed.every(({ matches }) => matches.near);
  return {
    id,
    keywords,
    ...(nearKeywords ? { nearKeywords: true } : {}),
    find(text, found, near) {
      for (const { matches, tail } of placed) {
        matches.forEach(text, nearKeywords ? near : undefined, (m) => {
          const name = m.groups!.name!;
          const strength = keyStrength(name);
          if (strength === 'none') return;
          const [start, end] = tail ? spanBeforeTail(m, tail) : m.indices!.groups!.secret!;
          const value = text.slice(start, end);
          if (acceptValue({ start, end, value, quoted: true, configLine: false, afterComma: false, listed: false, field: false, afterColon: false }, strength, name) && !saysNotTheValue(value)) found.push(kind, start, end);
        });
      }
    },
  };
}
