// A bare word after a secret-named key that is code, not a literal (twenty-second round, guardcodefp): a name the same
// text binds or calls (boundName.ts), and a value whose expression goes on past its line's end with a method's call
// (valueContext.ts' endsItsLine). The shapes are those lookalikeScan --system found in real files (pyparsing, undici,
// oauthlib, orama), written here for the shapes; beside each, the config line where the same bare word is the secret.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('a bare name the text defines, assigns, declares or destructures is a reference, not a literal', () => {
  assertLeaves([
    // Python: a function defined far above, an alias given to it
    'def token_map(func, *args):\n    return func\n\n# backward compatibility names\ntokenMap = token_map\n',
    // a name assigned (a tuple's target) and appended
    '            loc, tmptokens = self_expr_parse(instring, preloc, doActions)\n            tokens += tmptokens\n',
    // a keyword argument's default in a signature, then the parameter given to a member
    'def create_token_response(self, uri, credentials=None):\n    request.extra_credentials = credentials\n',
    // JavaScript: destructured from a require, then an object's last member
    "const { kEnumerableProperty } = require('../../core/util')\nObject.defineProperties(EventSource.prototype, {\n  withCredentials: kEnumerableProperty\n})\n",
    // a const declared, then exported under another name
    'const referrerPolicyTokensSet = new Set(referrerPolicyTokens)\nmodule.exports = {\n  referrerPolicyTokens: referrerPolicyTokensSet\n}\n',
    'function makeToken() { return 1 }\nexport default {\n  token: makeToken\n}\n',
  ]);
});

test('a bare word on a config line stays a literal where the text never binds it', () => {
  assertFinds([
    'PASSWORD=⟦nodejs⟧\n',
    'DB_USER=admin\nDB_PASSWORD=⟦hunter2x⟧\n',
    '[client]\npassword = ⟦tmptokens⟧\n',
    // the word elsewhere in prose or as another key's value binds nothing
    '# set the password below before running\nPASSWORD=⟦tmptokens⟧\n',
    'DB_USER=tmp7okens\nDB_PASSWORD=⟦tmp7okens⟧\n',
    // a comparison or an arrow is no assignment
    'if x == tmp7okens:\n    pass\nPASSWORD=⟦tmp7okens⟧\n',
    'f = (tmp7okens) => 1\nPASSWORD=⟦tmp7okens⟧\n',
    // A weak key's value must look random anyway; a quoted literal in code is a literal whatever the text binds.
    'def sk_4Qm9Zt2Lp8Rw3Yc6(): pass\npassword = "⟦sk_4Qm9Zt2Lp8Rw3Yc6⟧"\n',
  ]);
});

test('a value whose expression goes on with a method call on the next, indented line is code', () => {
  assertLeaves([
    '    tokens = input\n      .toLowerCase()\n      .split(splitRule)\n',
    '  password = form\n    ?.getValue(1)\n',
  ]);
  // A YAML or INI key that starts with a dot is the next setting, not a chain (GitLab CI's hidden jobs).
  assertFinds([
    'variables:\n  PASSWORD: ⟦hunter2x⟧\n.deploy:\n  script: make\n',
    'password=⟦hunter2x⟧\n.hidden=1\n',
    'password: ⟦hunter2x⟧\n  .toLowerCase: 1\n',
  ]);
});

test("a conditional's branches are no key and value: the quoted word after `?` and the `:` that is its else", () => {
  assertLeaves([
    '    prompt: options?.loginHint ? "login" : "select_account",\n',
    '{"mappings": "x = o ? \\"login\\" : \\"select_account\\""}',
    "$mode = $remember ? 'password' : 'none_of_these';\n",
  ]);
  // A mapping's key with a blank before its colon, and after YAML's `? ` key indicator, is a key.
  assertFinds([
    '{"password" : "⟦hunter2x⟧"}',
    '? "password" : "⟦hunter2x⟧"\n',
  ]);
});
