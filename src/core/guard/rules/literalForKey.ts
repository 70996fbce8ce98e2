// A literal given to a named key, judged as the assignment rule judges a quoted value under that
// key: a strong key's (`password`, `API_KEY`) literal must only not be a placeholder, a word for
// the slot or code; a weak key's (`api.key`, `auth`) must also look random; a name naming no
// secret takes none; nor does code between two literals (literalBetweenLiterals.ts).
import { keyStrength, type Strength } from './keyStrength';
import { saysNotTheValue } from './notTheValue';
import { acceptValue } from './secretValue';
import { operandBetweenLiterals } from './literalBetweenLiterals';

/**
 * `strength` where something other than the key's name says how much it names a secret (a declaration's marker), `bare` for a
 * value written unquoted at its line's end (a YAML plain scalar), judged as the assignment rule judges `key: value` on a config
 * line (declaredDefaultRule.ts).
 */
export function acceptsLiteralForKey(text: string, start: number, end: number, key: string, strength: Strength = keyStrength(key), bare = false): boolean {
  if (strength === 'none') return false;
  const value = text.slice(start, end);
  return acceptValue({ start, end, value, quoted: !bare, configLine: bare, afterComma: false, listed: false, field: false, afterColon: false }, strength, key) && !saysNotTheValue(value) && !operandBetweenLiterals(text, start, value);
}
