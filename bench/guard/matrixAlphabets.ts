// The grammar matrix's value alphabets (grammarMatrix.ts): the ways a secret's value is drawn, each a generator's or
// a person's (fixed seeds are the caller's). Also drawn by passwordPlaceDraws.ts.

export interface Alphabet {
  readonly id: string;
  /** Characters a URL's userinfo or a query can hold unencoded (RFC 3986's unreserved set). */
  readonly urlSafe: boolean;
  make(random: () => number): string;
}

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
const HEX = '0123456789abcdef';

function draw(random: () => number, chars: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += chars[Math.floor(random() * chars.length)];
  return s;
}

/** Drawn until every required class appears: a generator's output always has them at these lengths. */
export function drawWith(random: () => number, chars: string, n: number, required: readonly string[]): string {
  for (;;) {
    const s = draw(random, chars, n);
    if (required.every((r) => [...s].some((c) => r.includes(c)))) return s;
  }
}

const WORDS = ['Sunflower', 'Harbor', 'Copper', 'Marble', 'Winter', 'Falcon', 'Orchard', 'Lantern'];

export const alphabets: readonly Alphabet[] = [
  // A password manager's default: letters, digits and symbols, 14 characters.
  { id: 'symbols14', urlSafe: false, make: (r) => drawWith(r, UPPER + LOWER + DIGITS + '!*-._~^%+', 14, [UPPER, LOWER, DIGITS, '!*-._~^%+']) },
  // The same without what a URL's userinfo must encode (RFC 3986's unreserved characters).
  { id: 'unreserved14', urlSafe: true, make: (r) => drawWith(r, UPPER + LOWER + DIGITS + '-._~', 14, [UPPER, LOWER, DIGITS, '-._~']) },
  // pwgen's and many generators' lower case and digits.
  { id: 'lower16', urlSafe: true, make: (r) => drawWith(r, LOWER + DIGITS, 16, [LOWER, DIGITS]) },
  // An API key: base62, 32.
  { id: 'base62_32', urlSafe: true, make: (r) => drawWith(r, UPPER + LOWER + DIGITS, 32, [UPPER, LOWER, DIGITS]) },
  // An OAuth client secret, a Twilio auth token, an Azure OpenAI key: hex.
  { id: 'hex40', urlSafe: true, make: (r) => drawWith(r, HEX, 40, [DIGITS, 'abcdef']) },
  // 32 random bytes in base64 (an AWS secret key's alphabet, Azure's shared access keys).
  { id: 'base64_44', urlSafe: false, make: (r) => drawWith(r, UPPER + LOWER + DIGITS + '+/', 43, [UPPER, LOWER, DIGITS, '+/']) + '=' },
  // A UUID issued as a key (Heroku's API key, Snyk's token).
  { id: 'uuid', urlSafe: true, make: (r) => `${draw(r, HEX, 8)}-${draw(r, HEX, 4)}-4${draw(r, HEX, 3)}-a${draw(r, HEX, 3)}-${draw(r, HEX, 12)}` },
  // A password a person chose: a word, digits, maybe a sign.
  { id: 'chosen', urlSafe: true, make: (r) => WORDS[Math.floor(r() * WORDS.length)]! + draw(r, DIGITS, 2 + Math.floor(r() * 3)) },
];

// Short passwords (4–7 letters and digits: a PIN-like `ab12`, a person's `Tr0u8d`) are secrets by the
// policy but fail every random look: reported apart (eighteenth round), so the figures above stay comparable.
export const SHORT: Alphabet = { id: 'short4to7', urlSafe: true, make: (r) => drawWith(r, UPPER + LOWER + DIGITS, 4 + Math.floor(r() * 4), [UPPER + LOWER, DIGITS]) };
