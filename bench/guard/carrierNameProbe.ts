// Names whose last word says how a secret is held, not what it is (`passwordValue`, `apiKeyString`, `secretBytes`,
// `tokenStr`, `password_b64`): each secret word × each carrier × each case style × each grammar, with a random value and
// two slot literals, must be taken; the carriers after a word about the secret (`tokenLengthValue`, `passwordHintText`,
// `secretNameStr`) or after a word naming no secret (`userIdString`, `displayText`) must be left, with the same values.
// How the carriers are written, from the languages' and APIs' documents (bench/guard/README.md, thirty-fifth round,
// guardnames1): Java's PBEKeySpec takes the password as `char[]` (its Javadoc: a String cannot be overwritten), Go's
// crypto APIs take `[]byte`, .NET's `SecureString` beside the `string` it is converted to, AWS Secrets Manager's
// `SecretString` and `SecretBinary`, Python's `secrets.token_bytes` / `token_hex` and base64's `b64encode`.
//
//   npx tsx bench/guard/carrierNameProbe.ts [--show] [--redactor DIR] [--word REGEX] [--carrier REGEX] [--grammar REGEX]
import * as path from 'node:path';
import { probeArgs } from './probeArgs';

const { show, filter } = probeArgs();
const wordFilter = filter('--word');
const carrierFilter = filter('--carrier');
const grammarFilter = filter('--grammar');
const at = process.argv.indexOf('--redactor');
const root = at === -1 ? path.resolve(__dirname, '../..') : path.resolve(process.argv[at + 1]!);

// The secret words, as words (a name's style joins them).
const SECRET_WORDS: readonly (readonly string[])[] = [
  ['password'], ['passwd'], ['pwd'], ['passphrase'], ['secret'], ['token'], ['api', 'key'], ['access', 'token'],
  ['auth', 'token'], ['client', 'secret'], ['private', 'key'], ['secret', 'key'], ['db', 'password'], ['credentials'],
];
const CARRIERS: readonly string[] = [
  'value', 'string', 'str', 'bytes', 'text', 'data', 'raw', 'plain', 'plaintext', 'literal', 'b64', 'base64', 'hex',
  'encoded', 'buf', 'buffer', 'chars', 'array', 'binary',
];
// Words about the secret (the rule's PUBLIC last words) and words naming no secret, each before a carrier: to be left.
const ABOUT_SECRET: readonly (readonly string[])[] = [
  ['token', 'length'], ['password', 'hint'], ['secret', 'name'], ['token', 'type'], ['api', 'key', 'id'], ['password', 'field'],
  ['secret', 'path'], ['token', 'url'], ['password', 'label'], ['password', 'prompt'], ['token', 'expiry'], ['secret', 'version'],
];
const NO_SECRET: readonly (readonly string[])[] = [
  ['user', 'id'], ['user', 'name'], ['email'], ['host'], ['display'], ['title'], ['hint'], ['file'], ['image'], ['payload'],
  ['user'], ['color'], ['message'], ['label'],
];

const COOKIE_CREDENTIALS: readonly (readonly string[])[] = [['session', 'cookie'], ['auth', 'cookie'], ['session', 'id', 'cookie']];
const COOKIE_LOOKALIKES: readonly (readonly string[])[] = [['theme', 'cookie'], ['consent', 'cookie'], ['session', 'cookie', 'name'], ['session', 'cookie', 'path']];
// A session id as Django makes it (32 [a-z0-9]) and a random value.
const COOKIE_VALUES = ['q8x3mz0k2v7w9n4b6c1d5f8g2h7j3k9l', 'Zq8Lm3Xv9Tb2Rk7Wp4Ns'];

type Style = (words: readonly string[]) => string;
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const STYLES: readonly (readonly [string, Style, boolean])[] = [
  // [name, style, written in code as well as in configuration]
  ['camel', (w) => w[0]! + w.slice(1).map(cap).join(''), true],
  ['pascal', (w) => w.map(cap).join(''), true],
  ['snake', (w) => w.join('_'), true],
  ['upper', (w) => w.join('_').toUpperCase(), true],
  ['glued', (w) => w.join(''), true],
  ['kebab', (w) => w.join('-'), false],
];

// §N§ the name, §V§ the value; code grammars take any identifier, configuration ones kebab-case too.
const GRAMMARS: readonly (readonly [string, string, boolean])[] = [
  ['js-const', 'const §N§ = "§V§";', true],
  ['ts-field', "  private readonly §N§ = '§V§';", true],
  ['python', '§N§ = "§V§"', true],
  ['python-bytes', "§N§ = b'§V§'", true],
  ['go-short', '§N§ := "§V§"', true],
  ['go-bytes', '§N§ := []byte("§V§")', true],
  ['java-string', 'String §N§ = "§V§";', true],
  ['java-chars', 'char[] §N§ = "§V§".toCharArray();', true],
  ['csharp-var', 'var §N§ = "§V§";', true],
  ['object-member', '  §N§: "§V§",', true],
  ['this-member', 'this.§N§ = "§V§";', true],
  ['shell-export', 'export §N§=§V§', true],
  ['env-line', '§N§=§V§', false],
  ['yaml', '§N§: §V§', false],
  ['json', '  "§N§": "§V§",', false],
  ['toml', '§N§ = "§V§"', false],
];

const RANDOM = 'Zq8Lm3Xv9Tb2Rk7Wp4Ns';
// A random value and two of the matrix's slot literals (a literal in a secret's slot is that secret by the placeholder policy).
const VALUES = [RANDOM, 'tiger12', 'open-sesame'];

const validIn = (style: string, grammar: string, code: boolean): boolean => {
  if (style === 'kebab' && code) return false;
  // (Shell variables take no `-`; an env file's are upper or any, as written.)
  return !(style === 'kebab' && grammar === 'env-line');
};

/** A cell: a name in one style written into one grammar with one value. */
interface Cell {
  readonly styleName: string;
  readonly style: Style;
  readonly grammar: string;
  readonly template: string;
  readonly value: string;
}

/** Every style × grammar × value a name may be written in (`--grammar` filters the grammars). */
function* cells(values: readonly string[]): Generator<Cell> {
  for (const [styleName, style] of STYLES) {
    for (const [grammar, template, code] of GRAMMARS) {
      if ((grammarFilter && !grammarFilter.test(grammar)) || !validIn(styleName, grammar, code)) continue;
      for (const value of values) yield { styleName, style, grammar, template, value };
    }
  }
}

async function main(): Promise<void> {
  const { redactSecrets } = (await import(path.join(root, 'src/core/guard/secretRedactor'))) as typeof import('../../src/core/guard/secretRedactor');
  const fill = (t: string, n: string, v: string): string => t.replace(/§N§/g, n).replace(/§V§/g, v);
  const taken = (text: string, v: string): boolean => !redactSecrets(text).text.includes(v);
  const changed = (text: string): boolean => redactSecrets(text).text !== text;

  const leftBy = new Map<string, number>();
  const count = (k: string): void => void leftBy.set(k, (leftBy.get(k) ?? 0) + 1);
  let tried = 0;
  let left = 0;
  // (Left where the same name without its carrier is read: what the carrier alone costs.)
  let leftForCarrier = 0;
  const examples: string[] = [];
  for (const words of SECRET_WORDS) {
    if (wordFilter && !wordFilter.test(words.join('_'))) continue;
    for (const carrier of CARRIERS) {
      if (carrierFilter && !carrierFilter.test(carrier)) continue;
      for (const { styleName, style, grammar, template, value: v } of cells(VALUES)) {
        const text = fill(template, style([...words, carrier]), v);
        tried++;
        if (taken(text, v)) continue;
        left++;
        const forCarrier = taken(fill(template, style(words), v), v);
        if (forCarrier) leftForCarrier++;
        count(`carrier ${carrier}`);
        count(`style ${styleName}`);
        count(`grammar ${grammar}`);
        count(`value ${v === RANDOM ? 'random' : v}`);
        if (examples.length < 400) examples.push(`${forCarrier ? '(read without the carrier) ' : ''}${text}`);
      }
    }
  }

  /** How many of the names' cells (each name's words, and a carrier unless it is '') are taken, or changed at all, of how many. */
  const tally = (names: readonly (readonly string[])[], carriers: readonly string[], values: readonly string[], want: 'taken' | 'changed', seen?: string[]): [number, number] => {
    let n = 0;
    let hits = 0;
    for (const words of names) {
      for (const carrier of carriers) {
        for (const { style, template, value } of cells(values)) {
          n++;
          const text = fill(template, style(carrier === '' ? words : [...words, carrier]), value);
          if (want === 'taken' ? taken(text, value) : changed(text)) {
            hits++;
            if (seen && seen.length < 200) seen.push(text);
          }
        }
      }
    }
    return [hits, n];
  };
  // The same names without a carrier, as a reference: what the carrier costs is the difference.
  const [plainRead, plainTried] = tally(SECRET_WORDS, [''], VALUES, 'taken');
  const plainLeft = plainTried - plainRead;
  const aboutSeen: string[] = [];
  const noneSeen: string[] = [];
  const [aboutWrong, aboutTried] = tally(ABOUT_SECRET, CARRIERS, VALUES, 'changed', aboutSeen);
  // (The words about the secret without a carrier: what the carrier adds to their look-alikes is the difference.)
  const [aboutPlainWrong, aboutPlainTried] = tally(ABOUT_SECRET, [''], VALUES, 'changed');
  const [noneWrong, noneTried] = tally(NO_SECRET, CARRIERS, VALUES, 'changed', noneSeen);
  // A cookie carries the credential its first word names (RFC 6265 §8.4: a session identifier stored in a cookie), read as
  // that name is: a session's only with a generated value. Cookies naming no credential, and a session cookie's settings, left.
  const [cookieRead, cookieTried] = tally(COOKIE_CREDENTIALS, [''], COOKIE_VALUES, 'taken');
  const cookieLeft = cookieTried - cookieRead;
  const [cookieWrong, cookieLookTried] = tally(COOKIE_LOOKALIKES, [''], COOKIE_VALUES, 'changed');

  const sorted = [...leftBy].sort((a, b) => b[1] - a[1]);
  for (const kind of ['carrier', 'style', 'grammar', 'value']) {
    const row = sorted.filter(([k]) => k.startsWith(kind)).map(([k, c]) => `${k.slice(kind.length + 1)} ${c}`);
    if (row.length) console.log(`left by ${kind}: ${row.join('; ')}`);
  }
  if (show) {
    for (const e of examples) console.log(`  left: ${e}`);
    for (const e of [...aboutSeen, ...noneSeen]) console.log(`  wrongly taken: ${e}`);
  }
  console.log(`carrier names read ${tried - left} of ${tried} (left ${left}, ${leftForCarrier} of them read without the carrier); the same names without a carrier read ${plainTried - plainLeft} of ${plainTried}`);
  console.log(`session and auth cookies read ${cookieTried - cookieLeft} of ${cookieTried}; other cookies and a session cookie's settings taken ${cookieWrong} of ${cookieLookTried}`);
  console.log(`look-alikes taken: a word about the secret before the carrier ${aboutWrong} of ${aboutTried} (without the carrier ${aboutPlainWrong} of ${aboutPlainTried}); a word naming no secret ${noneWrong} of ${noneTried}`);
}

void main();
