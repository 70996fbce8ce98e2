// A literal given to a named key, judged as the assignment rule judges a quoted value under that
// key: a strong key's (`password`, `API_KEY`) literal must only not be a placeholder, a word for
// the slot or code; a weak key's (`api.key`, `auth`) must also look random; a name naming no
// secret takes none.
import { keyStrength } from './keyStrength';
import { acceptValue } from './secretValue';

export function acceptsLiteralForKey(text: string, start: number, end: number, key: string): boolean {
  const strength = keyStrength(key);
  return strength !== 'none' && acceptValue({ start, end, value: text.slice(start, end), quoted: true, configLine: false, afterComma: false, listed: false, field: false }, strength, key);
}
