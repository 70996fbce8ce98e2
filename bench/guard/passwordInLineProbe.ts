// Which passwords written inside a line of text the redactor takes (rules/passwordInLine.ts, the thirty-ninth round): a
// login's pair on one line as manuals, READMEs, tickets and chat write it (a user's label and value, a pair separator —
// `,` `;` `/` `|` `&` blanks `and` —, the password's key and value), and a password's line going on with a remark.
// Each form is filled with values to be read and with what must be left there (a mask, a placeholder, a reference, a
// word); prose about a password's rules and code that writes the same pairs in an object or a call must be left whole.
//
//   npx tsx bench/guard/passwordInLineProbe.ts [--show] [--form REGEX]
import { probeArgs } from './probeArgs';
import { fillPlace, PlaceTally } from './probePlaces';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

// §V§ the password. Sources of each form in bench/guard/README.md's thirty-ninth-round section (guardpairs1).
const FORMS: readonly (readonly [string, string])[] = [
  ['comma', 'user: admin, password: §V§'],
  ['comma username', 'Username: admin, Password: §V§'],
  ['semicolon', 'User: admin; Password: §V§'],
  ['blank', 'ID: admin PW: §V§'],
  ['glued', 'ID:admin PW:§V§'],
  ['blanks around colons', 'ID : admin  PW : §V§'],
  ['two blanks', 'Username: root  Password: §V§'],
  ['slash', 'login: admin / password: §V§'],
  ['pipe', 'user: admin | password: §V§'],
  ['and', 'username: admin and password: §V§'],
  ['ampersand', 'user: admin & password: §V§'],
  ['equals', 'user=admin, password=§V§'],
  ['email', 'email: admin@example.com, password: §V§'],
  ['user id', 'User ID: admin, Password: §V§'],
  ['account pass', 'account: admin, pass: §V§'],
  ['passwd', 'user: admin, passwd: §V§'],
  ['pwd', 'login: admin; pwd: §V§'],
  ['after prose', 'Default login user: admin, password: §V§'],
  ['bullet', '- ID: admin / PW: §V§'],
  ['parenthesised', 'Sign in (user: admin, password: §V§) and change it.'],
  ['backticks', 'Use `user: admin, password: §V§` on the first start.'],
  ['sentence goes on', 'Log in with username: admin, password: §V§ and change it at once.'],
  ['remark in parentheses', 'Password: §V§ (change it after the first login)'],
  ['remark in words', 'password: §V§ by default'],
  ['pair then remark', 'ID: admin PW: §V§ (factory default)'],
];

const READ: readonly string[] = ['Abc!2345', 'Hunter2#x', 'Xk9mQ2vL', 'tG7#pL2q', 'admin1234'];
// What must be left in the password's place: a mask, a placeholder, a reference, a word of prose.
const LEAVE: readonly string[] = ['******', '<your password>', '${DB_PASSWORD}', 'required', 'unchanged', 'blank'];
// Prose and code with the same words, no password in them.
const PROSE: readonly string[] = [
  'the password: must be 8 characters',
  'Password: required',
  'password: see the vault',
  'Password: ******',
  'password: <your password>',
  'user: admin, password: none',
  'user: admin, password: (empty)',
  'ID: admin PW: the one you chose',
  'Invalid user: admin, password: incorrect',
  'user: %s, password: %s',
  'user: {}, password: {}',
  'const db = connect({ user: dbUser, password: dbPass1 });',
  'client.login(user: name, password: pass1)',
  'await login(user: u, password: p4ss)',
  '  password: string | undefined;',
  '  password: Buffer (optional)',
  'password: str (optional) the password to use',
  'password: Optional[str] = None',
  'user: admin, password: $PASSWORD',
  'user: admin, password: process.env.DB_PASSWORD',
  'user=root, password=dbPassword',
  'password: 8-64 characters long',
  'password: x86_64 only',
  'password: on-demand (see below)',
  'Password: N/A (not set)',
];

const tally = new PlaceTally(show);
for (const [id, template] of FORMS) {
  if (formFilter && !formFilter.test(id)) continue;
  for (const value of READ) tally.take(`${id} ${value}`, fillPlace(template, '', value), value);
  for (const value of LEAVE) tally.leave(`${id} ${value}`, fillPlace(template, '', value));
}
if (!formFilter) for (const text of PROSE) tally.leave(`prose ${JSON.stringify(text)}`, text);
tally.print('passwords inside a line:');
