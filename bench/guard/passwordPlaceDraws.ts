// How many random passwords the reading of a place documented as a password turns down (`acceptsPasswordLiteral`,
// rules/secretValue.ts: a directive's, an option's, a positional call's password), by the reading that turns each down:
// the grammar matrix's value alphabets (matrixAlphabets.ts) and base62 at 12 and 16, N values each (fixed seeds). Every
// value drawn is a secret by the policy; each turned down is a leak in every password place at once.
//
//   npx tsx bench/guard/passwordPlaceDraws.ts [--n N] [--show K]
import { seededRandom } from '../../src/core/seededRandom';
import { acceptsPasswordLiteral } from '../../src/core/guard/rules/secretValue';
import { looksPlaceholder } from '../../src/core/guard/placeholderValue';
import { quotedName } from '../../src/core/guard/rules/valueNames';
import { looksLocation } from '../../src/core/guard/rules/valueContext';
import { alphabets, DIGITS, drawWith, LOWER, UPPER, type Alphabet } from './matrixAlphabets';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const n = option('--n', 40_000);
const show = option('--show', 3);

const base62 = (length: number): Alphabet => ({ id: `base62_${length}`, urlSafe: true, make: (r) => drawWith(r, UPPER + LOWER + DIGITS, length, [UPPER, LOWER, DIGITS]) });
const drawn = [...alphabets.filter((a) => a.id !== 'chosen'), base62(12), base62(16)];

/** The reading that turns the value down, asked in judgeValue's order (the placeholder test, a location, a name). */
function reading(v: string): string {
  if (looksPlaceholder(v)) return 'placeholder';
  if (looksLocation(v)) return 'location';
  if (quotedName(v, 'password')) return 'name';
  return 'other';
}

for (const [a, alphabet] of drawn.entries()) {
  const random = seededRandom(4242 + a);
  const turnedDown = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    const v = alphabet.make(random);
    if (acceptsPasswordLiteral(v, 0, v.length)) continue;
    const why = reading(v);
    turnedDown.set(why, [...(turnedDown.get(why) ?? []), v]);
  }
  const total = [...turnedDown.values()].reduce((sum, values) => sum + values.length, 0);
  const parts = [...turnedDown].map(([why, values]) => `${why} ${values.length} (${values.slice(0, show).join(' ')})`);
  console.log(`${alphabet.id.padEnd(13)} ${String(total).padStart(5)} of ${n} turned down${parts.length > 0 ? `: ${parts.join('; ')}` : ''}`);
}
