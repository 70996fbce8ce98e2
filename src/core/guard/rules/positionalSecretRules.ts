// Secrets a documented call takes by position rather than by name, where its signature says
// which argument is the password or the key: a login's password (Python's smtplib, imaplib and
// ftplib `login(user, password)`, poplib's `pass_(password)`), the password JDBC's
// `DriverManager.getConnection(url, user, password)`, ftplib's `FTP(host, user, passwd)`, PHP's
// `ftp_login(ftp, user, password)`, Ruby's `Net::FTP.new(host, user, passwd)`, Sequelize's
// `new Sequelize(database, user, password, …)`, pymssql's `connect(server, user, password)` and
// Groovy's `Sql.newInstance(url, user, password, driver)` take third, cx_Oracle's and oracledb's
// `connect(user, password, dsn)` and pysmb's `SMBConnection(username, password, my_name, remote_name)` second; a JWT library's
// signing or verifying key (jsonwebtoken's `jwt.sign(payload, key)` and `jwt.verify(token,
// key)`, PyJWT's `jwt.encode(payload, key)` and `jwt.decode(token, key)`, java-jwt's
// `Algorithm.HMAC256(key)`, jjwt's `signWith(SignatureAlgorithm.HS256, key)` and
// `Keys.hmacShaKeyFor(key.getBytes())`, golang-jwt's `SignedString([]byte(key))`) and an HMAC's
// key (Node's `createHmac(algorithm, key)`, Python's `hmac.new(key, …)`, Java's `new
// SecretKeySpec(key.getBytes(), algorithm)`). A name there is no secret in the text; a literal is
// judged as one given to a secret-named key (not a placeholder, a word for the slot, prose).
// Each expression starts at the call's own name and reads a bounded stretch after it: linear.
import { forEachMatch, type SecretRule } from '../secretRule';
import type { SpanList } from '../spanList';
import { spanKind } from '../spanList';
import { acceptsPasswordLiteral, acceptsQuotedLiteral } from './secretValue';
import { spanBeforeTail, withoutIndices } from '../secretPlace';
import { keywordLead } from '../keywordLed';
import { anonymousLogin } from './anonymousLogin';
import { isDigit } from '../charCodes';
import { CONVERSIONS_OPENED, JAVA_BASE64_DECODE } from './convertedLiteral';

// An argument may open its own line: a call laid out an argument a line (Prettier's, Black's, gofmt's layout of a long
// call; every one of these languages reads a line break between arguments as a blank). One break, after `(` or `,`.
const OWN_LINE = `(?:\\r?\\n[ \\t]*)?`;
// One argument before the one wanted, and its comma: an object literal without nested braces (a
// JWT's payload `{ id: user.id }`), a string literal, or a name, a member chain or a number.
export const ARG = `${OWN_LINE}(?:\\{[^{}\\r\\n]{0,200}\\}[ \\t]*|"[^"\\r\\n]{0,200}"[ \\t]*|'[^'\\r\\n]{0,200}'[ \\t]*|[^,(){}"'\\r\\n]{1,200}),[ \\t]*`;
// The wanted argument: a string literal (Python's bytes `b"…"` too), its content the secret, bare or inside up to two calls
// that only convert it (`Buffer.from("…")`, `[]byte("…")`, `SecretStr("…")`: convertedLiteral.ts).
export const LITERAL = `${OWN_LINE}${CONVERSIONS_OPENED}[bru]?(?<q>["'\`])(?<secret>[^"'\`\\r\\n]{3,200})\\k<q>`;

interface Position {
  readonly pattern: RegExp;
  /** The name the literal is judged under, as if assigned to it; without it, the match's `name` group (a field named in the call). */
  readonly key?: string;
  /** The argument before the password is the user (`login(user, password)`): anonymous FTP's public login is left. */
  readonly afterUser?: true;
}

/**
 * `nearByWord`: every match starts on the line of one of the keywords and holds it (the
 * expressions start at the call's name, the keyword in it, on the keyword's line); without it, the
 * rule is near its keywords when every expression's shape says so (keywordLed.ts).
 */
export function positionalRule(id: string, keywords: string[], positions: readonly Position[], nearByWord = false): SecretRule {
  const kind = spanKind(id);
  // (Every expression's matches hold a keyword on their first line, by their shape (keywordLed.ts), or by the rule's word.)
  const leads = positions.map(({ pattern }) => keywordLead(pattern, keywords));
  const nearKeywords = nearByWord || leads.every((lead) => lead !== undefined);
  // Match indices only where the literal's closing quote is not the match's end (secretPlace.ts).
  const placed = positions.map(({ pattern, key }, i) => {
    const plain = withoutIndices(pattern);
    return { ...plain, sticky: new RegExp(plain.pattern.source, `${plain.pattern.flags}y`), key, afterUser: positions[i]!.afterUser === true, lead: leads[i] ?? Infinity };
  });
  return {
    id,
    keywords,
    ...(nearKeywords ? { nearKeywords: true } : {}),
    find(text: string, found: SpanList, near?: readonly number[]) {
      // Each expression's finds come in order; two expressions may find in either order, which
      // the redactor's merge of all spans sorts.
      for (const { pattern, sticky, tail, key, afterUser, lead } of placed) {
        forEachMatch(text, pattern, sticky, nearKeywords ? near : undefined, (m) => {
          const [start, end] = tail ? spanBeforeTail(m, tail) : m.indices!.groups!.secret!;
          const name = key ?? m.groups!.name!;
          if (hasThreeKinds(text, start, end) && !prefixesName(text, end) && (name === 'password' ? acceptsPasswordLiteral(text, start, end) : acceptsQuotedLiteral(text, start, end, name)) && !(afterUser && anonymousLogin(quotedArgumentBefore(text, start - 1), text.slice(start, end)))) found.push(kind, start, end);
        }, lead);
      }
    },
  };
}

/**
 * The literal ending at `end` (its closing quote there) is the first operand of a concatenation with a name: the key the
 * call takes is built, the literal only its prefix (AWS Signature Version 4's derived key, `"AWS4" + secret access key`;
 * `b"salt" + key`). A literal added to another literal stays one (`"hun" + "ter2"`).
 */
function prefixesName(text: string, end: number): boolean {
  let p = end + 1;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  if (text.charCodeAt(p) !== 43) return false;
  p++;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  const first = p;
  while (nameChar(text.charCodeAt(p))) p++;
  // (A name's run, then no quote: `b"…"` is a bytes literal's prefix.)
  const after = text.charCodeAt(p);
  return p > first && !isDigit(text.charCodeAt(first)) && after !== 34 && after !== 39 && after !== 96;
}

function nameChar(c: number): boolean {
  return c === 95 || c === 36 || isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** The string literal's content that is the argument before the one whose opening quote is at `quote` (`'anonymous', 'guest'`), or ''. */
function quotedArgumentBefore(text: string, quote: number): string {
  let p = quote;
  // (A bytes or raw literal's prefix: `b'guest'`.)
  const prefix = text.charCodeAt(p - 1);
  if (prefix === 98 || prefix === 114 || prefix === 117) p--;
  while (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9) p--;
  // (The argument may open its own line.)
  if (text.charCodeAt(p - 1) === 10) p -= text.charCodeAt(p - 2) === 13 ? 2 : 1;
  while (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9) p--;
  if (text.charCodeAt(p - 1) !== 44) return '';
  p--;
  while (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9) p--;
  const close = text.charCodeAt(p - 1);
  if (close !== 34 && close !== 39) return '';
  // (A quote closing the argument before is ARG's string literal's, of at most 200 characters: the search back is bounded.)
  const open = text.lastIndexOf(String.fromCharCode(close), p - 2);
  return open === -1 ? '' : text.slice(open + 1, p - 1);
}

/**
 * Whether the text from `start` to `end` holds three different characters: one or two repeated
 * (jsonwebtoken's documented `'shhhhh'`, `'xxx'`) stand in for a key in an example of the call.
 * (The two seen kept in locals: no array made a match, where every line is one.)
 */
function hasThreeKinds(text: string, start: number, end: number): boolean {
  let first = -1;
  let second = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (first === -1) first = c;
    else if (c !== first) {
      if (second === -1) second = c;
      else if (c !== second) return true;
    }
  }
  return false;
}

export const positionalSecretRules: readonly SecretRule[] = [
  positionalRule('login-call-password', ['.login', '.pass_'], [
    { key: 'password', afterUser: true, pattern: new RegExp(`\\.(?:login[ \\t]*\\([ \\t]*${ARG}|pass_[ \\t]*\\([ \\t]*)${LITERAL}[ \\t]*[,)]`, 'dg') },
  ]),
  positionalRule('connection-call-password', ['getconnection', 'ftp', 'sequelize', 'pymssql', 'cx_oracle', 'oracledb', 'sql.newinstance', 'smbconnection'], [
    { key: 'password', afterUser: true, pattern: new RegExp(`(?:\\bDriverManager\\.getConnection|\\bFTP(?:_TLS)?|\\bftp_login|\\bNet::FTP\\.(?:new|open)|\\bnew[ \\t]+Sequelize|\\bpymssql\\.connect|\\bSql\\.newInstance)[ \\t]*\\([ \\t]*${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', afterUser: true, pattern: new RegExp(`\\b(?:(?:cx_Oracle|oracledb)\\.connect|SMBConnection)[ \\t]*\\([ \\t]*${ARG}${LITERAL}`, 'dg') },
  ], true),
  positionalRule('signing-key-argument', ['jwt.', 'algorithm.hmac', 'hmacshakeyfor', 'secretkeyspec', 'signwith', 'signedstring', 'createhmac', 'hmac.new'], [
    { key: 'secret', pattern: new RegExp(`\\b[Jj][Ww][Tt]\\.(?:sign|verify|encode|decode)[ \\t]*\\([ \\t]*${ARG}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`(?:\\bAlgorithm\\.HMAC(?:256|384|512)|\\bhmacShaKeyFor|\\bnew[ \\t]+SecretKeySpec)[ \\t]*\\([ \\t]*(?:${JAVA_BASE64_DECODE})?${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bsignWith[ \\t]*\\([ \\t]*SignatureAlgorithm\\.\\w{2,10}[ \\t]*,[ \\t]*${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\.SignedString[ \\t]*\\([ \\t]*${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bcreateHmac[ \\t]*\\([ \\t]*(["'])[\\w-]{2,20}\\1[ \\t]*,[ \\t]*${LITERAL}`, 'dg') },
    // (Python's upper-case bytes prefix `B"…"` too, beside the shared reading's lower-case one.)
    { key: 'secret', pattern: new RegExp(`\\bhmac\\.new[ \\t]*\\([ \\t]*(?:key[ \\t]*=[ \\t]*)?B?${LITERAL}`, 'dg') },
  ]),
];
