// A literal given to a named key, judged as the assignment rule judges a quoted value under that
// key: a strong key's (`password`, `API_KEY`) literal must only not be a placeholder, a word for
// the slot or code; a weak key's (`api.key`, `auth`) must also look random; a name naming no
// secret takes none; nor does code between two literals (literalBetweenLiterals.ts).
import { keyStrength } from './keyStrength';
import { saysNotTheValue } from './notTheValue';
import { acceptValue } from './secretValue';
import { operandBetweenLiterals } from './literalBetweenLiterals';

export function acceptsLiteralForKey(text: string, start: number, end: number, key: string): boolean {
  const strength = keyStrength(key);
  if (strength === 'none') return false;
  const value = text.slice(start, end);
  return acceptValue({ start, end, value, quoted: true, configLine: false, afterComma: false, listed: false, field: false }, strength, key) && !saysNotTheValue(value) && !operandBetweenLiterals(text, start, value);
}
