// Which value shapes the reading leaves in a credential's slot, and which it takes from a neutral name's: passwords as
// password generators make them (symbols, spaces), vendors' documented hex secrets, and hex that names a thing rather than
// opening it (git object ids, digests, colours, fingerprints), each written after a key name in the grammars of code and
// configuration. Values drawn from the documents' alphabets and lengths, never from a corpus.
//
//   npx tsx bench/guard/valueShapeProbe.ts [--show] [--key REGEX] [--form REGEX] [--shape REGEX]
import { probeArgs } from './probeArgs';
import { fillPlace, valueRedacted } from './probePlaces';

const { show, filter } = probeArgs();
const keyFilter = filter('--key');
const formFilter = filter('--form');
const shapeFilter = filter('--shape');

// §N§ the key, §V§ the value; `bare` forms take only a value their grammar holds unquoted.
interface Form {
  readonly id: string;
  readonly template: string;
  readonly bare?: (v: string) => boolean;
  readonly envName?: boolean;
}
// YAML 1.2 §7.3.3: a plain scalar starts with no indicator and holds no `: ` or ` #`.
const YAML_PLAIN = (v: string): boolean => !/^[-?:,[\]{}#&*!|>'"%@`]/.test(v) && !/: | #|:$/.test(v);
// A dotenv / Compose env file's unquoted value: no blank, no comment's `#`, no quote, no expansion's `$`, no escape.
const ENV_BARE = (v: string): boolean => !/[\s#'"$\\`]/.test(v);
const FORMS: readonly Form[] = [
  { id: 'python', template: '§N§ = "§V§"' }, // Python assignment
  { id: 'js-object', template: 'const config = { §N§: "§V§" };' }, // ECMAScript PropertyDefinition
  { id: 'json', template: '{"§N§": "§V§"}' }, // RFC 8259 member
  { id: 'yaml-quoted', template: '§N§: "§V§"' }, // YAML double-quoted scalar
  { id: 'yaml', template: '§N§: §V§', bare: YAML_PLAIN }, // YAML plain scalar
  { id: 'env', template: '§N§=§V§', bare: ENV_BARE, envName: true }, // dotenv
  { id: 'kwarg', template: 'client = connect(host="db.example.com", §N§="§V§")' }, // a call's keyword argument
];

const CREDENTIAL_KEYS = ['password', 'passwd', 'secret', 'client_secret', 'api_key', 'apiKey', 'key', 'token', 'auth_token', 'access_key'];
const NEUTRAL_KEYS = ['cache_key', 'commit', 'sha', 'checksum', 'etag', 'id', 'color'];

// A fixed generator, so every run draws the same values.
let seed = 0x2545f491;
function next(n: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
function draw(alphabet: string, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[next(alphabet.length)];
  return s;
}
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
// The symbols password generators offer (KeePass's "Special" set and Bitwarden's, less the quotes, `\` and the backtick a
// string literal would have to escape): `!@#$%^&*()-_=+[]{};:,.<>/?~`.
const SYMBOLS = '!@#$%^&*()-_=+[]{};:,.<>/?~';
/** A generated password: each class the generator's options ask for at least once (upper, lower, digit, symbol; a space). */
function password(length: number, space: boolean): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS + (space ? ' ' : '');
  for (;;) {
    const v = draw(all, length);
    if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && /[^\w ]/.test(v) && (!space || / ./.test(v.trim()))) return v;
  }
}
const uuid = (): string => `${draw(HEX, 8)}-${draw(HEX, 4)}-4${draw(HEX, 3)}-${'89ab'[next(4)]}${draw(HEX, 3)}-${draw(HEX, 12)}`;

// Each shape with the document it is drawn from; `credential` shapes are secrets under a credential's name.
const SHAPES: readonly (readonly [string, boolean, () => string])[] = [
  ['password-symbols-8', true, () => password(8, false)],
  ['password-symbols-12', true, () => password(12, false)],
  ['password-symbols-20', true, () => password(20, false)],
  ['password-symbols-31', true, () => password(31, false)],
  ['password-space-16', true, () => password(16, true)], // KeePass's "Space" set
  ['letters-16-31', true, () => draw(LOWER + UPPER, 16 + next(16))], // a generator with letters only
  ['alnum-16-31', true, () => draw(LOWER + UPPER + DIGITS, 16 + next(16))],
  ['hex32 (Twilio auth token, Azure key, Datadog API key, Algolia admin key)', true, () => draw(HEX, 32)],
  ['hex40 (GitHub OAuth client secret, Datadog app key, New Relic license key)', true, () => draw(HEX, 40)],
  ['mailchimp (32 hex -us6)', true, () => `${draw(HEX, 32)}-us${1 + next(20)}`],
  ['HEX32 upper', true, () => draw(HEX.toUpperCase(), 32)],
  ['uuid (Heroku API key)', true, uuid],
  ['git object id (40 hex)', false, () => draw(HEX, 40)],
  ['md5 (32 hex)', false, () => draw(HEX, 32)],
  ['sha256 (64 hex)', false, () => draw(HEX, 64)],
  ['colour (#rrggbb)', false, () => `#${draw(HEX, 6)}`],
  ['ssh md5 fingerprint (aa:bb:…)', false, () => Array.from({ length: 16 }, () => draw(HEX, 2)).join(':')],
];
const SAMPLES = 3;
const values = new Map(SHAPES.map(([id, , make]) => [id, Array.from({ length: SAMPLES }, make)]));

const envName = (k: string): string => k.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

interface Cell {
  read: number;
  tried: number;
  left: string[];
}
function probe(keys: readonly string[], shapes: readonly string[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const shape of shapes) {
    for (const form of FORMS) {
      if (formFilter && !formFilter.test(form.id)) continue;
      const cell: Cell = { read: 0, tried: 0, left: [] };
      for (const key of keys) {
        if (keyFilter && !keyFilter.test(key)) continue;
        for (const value of values.get(shape)!) {
          if (form.bare && !form.bare(value)) continue;
          cell.tried++;
          const text = fillPlace(form.template, form.envName ? envName(key) : key, value);
          if (valueRedacted(text, value)) cell.read++;
          else cell.left.push(`${key}=${value}`);
        }
      }
      if (cell.tried > 0) cells.set(`${shape} | ${form.id}`, cell);
    }
  }
  return cells;
}

function report(title: string, cells: Map<string, Cell>): void {
  let read = 0;
  let tried = 0;
  console.log(`\n${title}`);
  for (const [id, cell] of cells) {
    read += cell.read;
    tried += cell.tried;
    console.log(`  ${id}: ${cell.read}/${cell.tried}${show && cell.left.length > 0 ? `  left: ${cell.left.join('  ')}` : ''}`);
  }
  console.log(`  read ${read} of ${tried}`);
}

const chosen = (credential: boolean): string[] => SHAPES.filter(([id, c]) => (credential ? c : true) && (!shapeFilter || shapeFilter.test(id))).map(([id]) => id);
report('credential names, credential shapes (read should rise)', probe(CREDENTIAL_KEYS, chosen(true)));
report('neutral names, every shape (read should stay 0)', probe(NEUTRAL_KEYS, chosen(false)));

// Many draws of the generators' passwords (12-31 characters, every class), in one grammar a key: how many the reading leaves.
const DRAWS = 400;
const drawn = Array.from({ length: DRAWS }, () => password(12 + next(20), false));
const leftDrawn = new Map<string, number>();
for (const key of CREDENTIAL_KEYS) {
  if (keyFilter && !keyFilter.test(key)) continue;
  const leftHere = drawn.filter((value) => !valueRedacted(fillPlace('§N§ = "§V§"', key, value), value));
  leftDrawn.set(key, leftHere.length);
  if (show) console.log(`  ${key}: ${leftHere.join('  ')}`);
}
console.log(`\n${DRAWS} generated passwords (12-31, every class) as \`KEY = "…"\`, left per key: ${[...leftDrawn].map(([k, n]) => `${k} ${n}`).join(', ')}`);
