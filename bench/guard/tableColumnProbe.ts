// Credentials in a table whose header names their column, the key word written once above the records: RFC 4180 CSV
// (unquoted, every field quoted, `""` inside, `;` and tab separators), GFM pipe tables (with and without edge pipes,
// a code span in the cell), PostgreSQL's `COPY … FROM stdin` (text and CSV formats) and a multi-row `INSERT … VALUES`, and
// the export headers password managers and identity tools document for their users (Chrome's "Export passwords",
// Firefox's logins CSV, Bitwarden's, KeePass's, LastPass's with its `totp`, Google Workspace's bulk upload). §V§ the
// credential, in a record under a header; a cell is read when the value is gone. Each form × header word × value
// alphabet × 2 seeds. Look-alikes (placeholders and references under the header, hash columns, a user name or URL
// column, numbers, a table without a header, prose with commas, the key word in another column) must be left whole.
//
//   npx tsx bench/guard/tableColumnProbe.ts [--show] [--form REGEX]
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { seededRandom } from '../../src/core/seededRandom';
import { alphabets, DIGITS, drawWith, LOWER, UPPER } from './matrixAlphabets';
import { probeArgs } from './probeArgs';
import { lookalikesTaken } from './probeLookalikes';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

/** A generated password with the symbols a CSV must quote (`,` `"` `;`): Chrome's and 1Password's generators draw them. */
const CSV_SYMBOLS = '!@#$%^&*,;"\'()[]{}<>?/|';
const values = [
  ...alphabets.map((a) => [a.id, a.make] as const),
  ['csvSymbols16', (r: () => number) => drawWith(r, UPPER + LOWER + DIGITS + CSV_SYMBOLS, 16, [UPPER, LOWER, DIGITS, ',"']) ] as const,
];

/** How a form writes a value in its cell: RFC 4180 quotes a field holding its separator, a quote or a line break. */
type Cell = (value: string) => string | undefined;
const csvCell = (separator: string): Cell => (v) => (v.includes(separator) || v.includes('"') || v.includes('\n') ? `"${v.replace(/"/g, '""')}"` : v);
const quotedCell: Cell = (v) => `"${v.replace(/"/g, '""')}"`;
// GFM: a pipe inside a cell is written `\|`; a value with one is left out of the pipe forms.
const pipeCell: Cell = (v) => (v.includes('|') ? undefined : v);
const codeSpanCell: Cell = (v) => (v.includes('|') || v.includes('`') ? undefined : `\`${v}\``);
// PostgreSQL's text COPY format: a backslash, tab or line break is escaped; none of the alphabets has them.
const copyCell: Cell = (v) => (v.includes('\\') || v.includes('\t') ? undefined : v);
const sqlCell: Cell = (v) => `'${v.replace(/'/g, "''")}'`;

interface Form {
  readonly id: string;
  /** The header words the form is filled with (§K§). */
  readonly keys: readonly string[];
  /** §K§ the header word, §V§ the credential, §W§ a second record's credential (another value). */
  readonly template: string;
  readonly cell: Cell;
  /** The values drawn, when the document says what they are (a TOTP seed is base32). */
  readonly values?: typeof values;
}

// RFC 6238's shared secret as an `otpauth://` URI or an authenticator app shows it: base32 (RFC 4648), 16 or 32 characters.
const BASE32 = UPPER + '234567';
const seeds = [16, 32].map((n) => [`base32_${n}`, (r: () => number) => drawWith(r, BASE32, n, [UPPER, '234567'])] as const);
const WORDS = ['password', 'Password', 'passwd', 'secret', 'api_key', 'access_token', 'client_secret', 'token'];
const forms: readonly Form[] = [
  { id: 'csv', keys: WORDS, template: 'name,url,username,§K§,note\nGitHub,https://github.com,alice,§W§,\nMail,https://mail.example.com,bob@example.com,§V§,personal\n', cell: csvCell(',') },
  { id: 'csv crlf, all quoted', keys: WORDS, template: '"name","username","§K§"\r\n"GitHub","alice",§W§\r\n"Mail","bob",§V§\r\n', cell: quotedCell },
  { id: 'csv semicolon', keys: WORDS, template: 'email;§K§;role\nalice@example.com;§W§;admin\nbob@example.com;§V§;user\n', cell: csvCell(';') },
  { id: 'tsv', keys: WORDS, template: 'id\tusername\t§K§\n1\talice\t§W§\n2\tbob\t§V§\n', cell: copyCell },
  { id: 'gfm table', keys: WORDS, template: '| Service | User | §K§ |\n| --- | --- | --- |\n| db | admin | §W§ |\n| cache | ops | §V§ |\n', cell: pipeCell },
  { id: 'gfm table, no edge pipes, aligned', keys: WORDS, template: 'Service | §K§\n:--- | ---:\ndb | §W§\ncache | §V§\n', cell: pipeCell },
  { id: 'gfm table, code span', keys: WORDS, template: '| Environment | §K§ |\n|-------------|------|\n| staging | §W§ |\n| prod | §V§ |\n', cell: codeSpanCell },
  { id: 'postgres copy text', keys: ['password', 'api_key', 'secret'], template: 'COPY public.accounts (id, email, §K§) FROM stdin;\n1\talice@example.com\t§W§\n2\tbob@example.com\t§V§\n\\.\n', cell: copyCell },
  { id: 'postgres copy csv', keys: ['password', 'api_key', 'secret'], template: 'COPY accounts (id, email, §K§) FROM stdin WITH (FORMAT csv);\n1,alice@example.com,§W§\n2,bob@example.com,§V§\n\\.\n', cell: csvCell(',') },
  { id: 'sql insert, second row', keys: ['password', 'api_key', 'secret'], template: "INSERT INTO accounts (email, §K§) VALUES\n  ('alice@example.com', §W§),\n  ('bob@example.com', §V§);\n", cell: sqlCell },
  // Chrome's "Export passwords" (Google Password Manager help: name,url,username,password,note).
  { id: 'chrome export', keys: ['password'], template: 'name,url,username,§K§,note\nexample.com,https://example.com/login,alice,§V§,\n', cell: csvCell(',') },
  // Firefox's "Export Logins" (Mozilla support: "Export login data from Firefox"), every field quoted.
  { id: 'firefox export', keys: ['password'], template: '"url","username","§K§","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"\n"https://example.com","alice",§V§,,"https://example.com","{8a1f2c3d-0b9e-4d7a-a1b2-c3d4e5f60718}","1733500000000","1733500000000","1733500000000"\n', cell: quotedCell },
  // Bitwarden's CSV (Bitwarden help, "Condition a .csv file": folder,favorite,type,name,notes,fields,reprompt,login_uri,…).
  { id: 'bitwarden export', keys: ['login_password'], template: 'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,§K§,login_totp\nSocial,1,login,Twitter,,,0,twitter.com,me@example.com,§V§,\n', cell: csvCell(',') },
  // KeePass's "KeePass CSV (1.x)" export (KeePass help: "Import/Export"): every field quoted.
  { id: 'keepass export', keys: ['Password'], template: '"Account","Login Name","§K§","Web Site","Comments"\n"Mail","alice",§V§,"https://mail.example.com",""\n', cell: quotedCell },
  // LastPass's export (LastPass support: url,username,password,totp,extra,name,grouping,fav): the TOTP seed is a secret too.
  { id: 'lastpass export, totp seed', keys: ['totp'], template: 'url,username,password,§K§,extra,name,grouping,fav\nhttps://example.com,alice,,§V§,,Example,Work,0\n', cell: csvCell(','), values: seeds },
  // Google Workspace's bulk user upload CSV (Admin help: "Add or update multiple users from a CSV file").
  { id: 'google workspace bulk upload', keys: ['Password [Required]'], template: 'First Name [Required],Last Name [Required],Email Address [Required],§K§,Password Hash Function [UPLOAD ONLY],Org Unit Path [Required]\nAda,Lovelace,ada@example.com,§V§,,/\n', cell: csvCell(',') },
];

const lookalikes: ReadonlyArray<readonly [string, string]> = [
  ['placeholders under password', 'name,username,password\nGitHub,alice,********\nMail,bob,<password>\nDB,root,${DB_PASSWORD}\n'],
  ['references under a gfm secret column', '| Name | Secret |\n| --- | --- |\n| deploy | `${{ secrets.DEPLOY_KEY }}` |\n| db | `vault:secret/data/db#password` |\n'],
  ['hash column', 'username,password_hash\nalice,5f4dcc3b5aa765d61d8327deb882cf99e2b8a5d1\nbob,e99a18c428cb38d5f260853678922e03\n'],
  ['bcrypt column', 'id\temail\tbcrypt\n1\ta@example.com\tKq2mZx9LpWv7Rt4NyB6cHd3Jf8GsUe1A\n'],
  ['hashed password column', 'email,hashed_password\nalice@example.com,pbkdf2_sha256$260000$R7kq2mZx9Lp$Wv7Rt4NyB6cHd3Jf8GsUe1AqTz0\n'],
  ['username and url columns', 'url,username,note\nhttps://example.com/a9F3kQ7zLm,alice_9Fk3Qz7,x\n'],
  ['bitwarden user name column', 'login_uri,login_username\nhttps://example.com,k9Xq2LmZ7pWv\n'],
  ['numbers under token count', 'model,tokens_used,cost\ngpt,1048576,12.50\n'],
  ['a table with no header', 'alice,Xk7pQ9vLm2Rt\nbob,Vt9kR4waZq1N\n'],
  ['prose with commas', 'Enter your password, then press Enter, and wait.\nThe server checks it, logs you in, and returns.\n'],
  ['key word in another column', 'name,token_type,value\naccess,bearer,3600\nrefresh,opaque,86400\n'],
  ['docs table of options', '| Option | Password | Description |\n| --- | --- | --- |\n| `--password-stdin` | yes | read the password from standard input |\n| `--token` | no | the token to use |\n'],
  ['docs table of variables', '| Variable | Secret | Default |\n| --- | --- | --- |\n| API_KEY | true | none |\n| DB_HOST | false | localhost |\n'],
  ['csv of key names', 'key,description\nAPI_KEY,the API key\nDB_PASSWORD,the database password\n'],
  ['copy null password', 'COPY users (id, password) FROM stdin;\n1\t\\N\n2\t\\N\n\\.\n'],
  ['empty password cells', 'name,url,username,password,note\nexample,https://example.com,alice,,\n'],
  ['workspace hash function column', 'Email Address [Required],Password Hash Function [UPLOAD ONLY]\nada@example.com,SHA-1\n'],
];

const SEEDS = 2;
let read = 0;
let tried = 0;
const lines: string[] = [];
const byForm: string[] = [];
for (const form of forms) {
  if (formFilter && !formFilter.test(form.id)) continue;
  let formRead = 0;
  let formTried = 0;
  for (const key of form.keys) {
    for (const [alphabet, make] of form.values ?? values) {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const random = seededRandom(0x7ab1 * seed + alphabet.length * 31 + key.length);
        const value = make(random);
        const cell = form.cell(value);
        const other = form.cell(make(random));
        if (cell === undefined || other === undefined) continue;
        const text = form.template.replace('§K§', key).replace('§W§', other).replace('§V§', cell);
        const redacted = redactSecrets(text).text;
        const gone = !redacted.includes(value);
        tried++;
        formTried++;
        if (gone) {
          read++;
          formRead++;
        } else lines.push(`left   ${form.id} | ${key} | ${alphabet}${show ? `  ${JSON.stringify(text)} -> ${JSON.stringify(redacted)}` : ''}`);
      }
    }
  }
  byForm.push(`${String(formRead).padStart(4)}/${String(formTried).padEnd(4)} ${form.id}`);
}
const lookalikeReport = lookalikesTaken(lookalikes, formFilter, show);
lines.push(...lookalikeReport.lines);
for (const line of lines) console.log(line);
for (const line of byForm) console.log(line);
console.log(`credential cells read ${read}/${tried}; look-alikes taken ${lookalikeReport.taken}/${lookalikeReport.count}`);
