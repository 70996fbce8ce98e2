// Inputs earlier benches found slowest, carried into every full bench's headline (thirty-third round): the
// headline re-times the screens' K slowest, and a screen is a ranking under noise, so an input near the top
// can fall out of K on one bench and be the headline on the next (the thirty-second round's bench named
// `key-passphrase-argument` at 80.5 while the keyword-opener repeats, passed over by the 64 KB screen,
// read ~87 paired). These are re-timed whatever the screens say; each with the round that found it.
import { adversarialUnits } from './adversarialFamily';
import { adversarialFamilies } from './adversarialInputs';
import type { Input } from './freshProcess';
import { fill, repeatFamilies } from './linearity';

export interface NamedInput {
  /** As the bench names it (an adversarial family, a generated member or a repeat). */
  readonly name: string;
  /** The round whose bench or reading found it among the slowest. */
  readonly round: number;
  readonly why: string;
}

export const HEADLINE_HISTORY: readonly NamedInput[] = [
  { name: 'string concatenations after keys in literals, one long line', round: 30, why: 'the headline of the thirtieth round\'s reduced runs' },
  { name: 'delimited literals after keys, every line', round: 30, why: 'the headline of the thirtieth round\'s reduced runs' },
  { name: 'secret-assignment: keywords with a value opener', round: 31, why: 'the thirty-first round\'s headline (one text with secret-list\'s and high-entropy\'s)' },
  { name: "key-passphrase-argument: 'openssl::pkey-openssl::pkey'", round: 32, why: 'the thirty-second round\'s headline, 80.5' },
  { name: 'a different value every line, strong key', round: 32, why: 'third in the thirty-second round\'s headline, 71.4' },
  { name: 'bare-password-directive: keywords with a value opener', round: 32, why: 'passed over by the 64 KB screen; 86.7 paired by the lead' },
  { name: 'option-list-password: keywords with a value opener', round: 33, why: 'the slowest repeat of the thirty-third round\'s 1 MB reference (screenAgreement.ts)' },
  { name: 'archive-password: keywords with a value opener', round: 34, why: 'the thirty-fourth round\'s first headline, 69.7; not among the second bench\'s screened 8' },
  { name: "ios-credential: ' password =abc⏎'", round: 34, why: 'bimodal: 60.9–64.6 in the headline, 78 by its median paired at 4 processes a side (base the same); the thirty-third round\'s 91.5 as bare-password-directive: \'rootpw abc⏎\' is its kind' },
  { name: "ipsec-secrets-entry: ': PSK ' repeated", round: 35, why: 'the thirty-fifth round\'s headline, 84.1 and 82.2 (the base\'s as slow); 73.1 paired after the thirty-sixth\'s cuts' },
];

/** Each named input's text at 1 MB, those `only` matches: a name no longer built is an error (a renamed input must be renamed here). */
export function headlineHistoryInputs(only?: RegExp): Input[] {
  const units = new Map<string, string>();
  for (const f of repeatFamilies()) units.set(f.name, f.unit);
  for (const u of adversarialUnits()) if (!units.has(u.name)) units.set(u.name, u.unit);
  return HEADLINE_HISTORY.filter(({ name }) => !only || only.test(name)).map(({ name }) => {
    const family = adversarialFamilies[name];
    const unit = units.get(name);
    if (family === undefined && unit === undefined) throw new Error(`a headline input of an earlier round is no longer built: ${name}`);
    return { name, text: family ?? fill(unit!, 1_000_000) };
  });
}

/** The headline's inputs: the screens' `k` slowest, then every named input not among them (by name or by text). */
export function withHistory(slowestFirst: readonly Input[], k: number, named: readonly Input[]): Input[] {
  const chosen = slowestFirst.slice(0, k);
  const seen = new Set(chosen.flatMap((i) => [i.name, i.text]));
  for (const input of named) {
    if (seen.has(input.name) || seen.has(input.text)) continue;
    chosen.push(input);
    seen.add(input.name).add(input.text);
  }
  return chosen;
}
