// The forms, values and look-alikes of passwordInLineProbe.ts and passwordInLine.test.ts (rules/passwordInLine.ts, the
// thirty-ninth round): a password written inside a line of text, and what must be left there.

// §V§ the password. Sources of each form in bench/guard/README.md's thirty-ninth-round section (guardpairs1).
export const FORMS: readonly (readonly [string, string])[] = [
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
  // (Not read: a remark in words, README's thirty-ninth-round section.)
  ['remark in words', 'password: §V§ by default'],
  ['pair then remark', 'ID: admin PW: §V§ (factory default)'],
];

export const READ: readonly string[] = ['Abc!2345', 'Hunter2#x', 'Xk9mQ2vL', 'tG7#pL2q', 'admin1234'];
// What must be left in the password's place: a mask, a placeholder, a reference, a word of prose.
export const LEAVE: readonly string[] = ['******', '<your password>', '${DB_PASSWORD}', 'required', 'unchanged', 'blank'];
// Prose and code with the same words, no password in them.
export const PROSE: readonly string[] = [
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
