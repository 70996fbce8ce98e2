// How much a key's name says "secret": the key words (strong on their own, weak only with a
// random-looking value), the words that make such a name something public, glued and compound names.

import { ownCopy } from '../ownCopy';
import { isDigit } from '../charCodes';
import { nameWords } from './nameWords';
import { namesAntiForgeryToken, namesPageCursor, namesSessionId } from './issuedTokenNames';

// A password's spellings: SqlClient's and ODBC's `PWD` (the `Password` keyword's synonym, SqlConnection.ConnectionString),
// Unix's `passwd`, `pass`, `pw`, `pswd`… (ownKeyWords.ts reads a key and a value spelling two of them as one word).
export const PASSWORD_SPELLINGS: readonly string[] = ['password', 'passwd', 'pass', 'pwd', 'pw', 'pswd', 'psw', 'passw', 'pword'];
/** Key segments that name a secret on their own (strong) or only with a random-looking value (weak). */
const STRONG = new Set([
  ...PASSWORD_SPELLINGS, 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'apikey', 'credential',
  'credentials', 'creds', 'login', 'privatekey', 'secretkey', 'accesskey', 'clientsecret', 'authtoken', 'accesstoken',
  'refreshtoken', 'authkey', 'apitoken', 'apisecret', 'masterkey', 'signingkey', 'encryptionkey', 'sessionkey', 'bearer',
  // A key named for whose key it is (detect-secrets' keyword list): a `cache_key` or `sort_key` is an id.
  'dbkey', 'databasekey', 'clientkey', 'accountkey', 'servicekey', 'privkey', 'storagekey', 'subscriptionkey',
  // A pre-shared key (WPA's: wpa_supplicant.conf(5)'s `psk`, hostapd.conf's `wpa_psk`; TLS-PSK, RFC 4279; IPsec's) and a
  // passcode (a PIN-like password: RSA SecurID's, Zoom's meeting passcode) are secrets by their names.
  'psk', 'passcode',
  // Password in other languages (mot_de_passe ends in passe), with and without their accents.
  'contrasena', 'contraseña', 'passwort', 'motdepasse', 'passe', 'senha', 'wachtwoord', 'kennwort', 'lösenord', 'losenord', 'salasana',
]);
// pat: a personal access token (`ado_pat`, `GITLAB_PAT`).
const WEAK = new Set(['key', 'auth', 'sig', 'signature', 'salt', 'authorization', 'pat']);
// `…_key` names whose documents make the key the secret itself, so a word or a short value under them is the literal, not
// only a random-looking one (bench/guard/README.md, thirty-fifth round, guardweakkey1): an HMAC key (RFC 2104 §3, chosen at
// random and kept secret), an AES or a cipher key (FIPS 197 §2.1, "Cipher Key: secret, cryptographic key"), a symmetric
// key (NIST SP 800-57 Part 1 §6.1.1, protected for confidentiality), a WireGuard preshared key (wg(8), `wg genpsk`), a
// Laravel or Datadog application key (Laravel's "Encryption": APP_KEY, a cryptographically secure key that encrypts every
// cookie and session; Datadog's "API and Application Keys": an application key has its creator's permissions), a license key (MaxMind's GeoIP.conf(5)
// `LicenseKey`, New Relic's ingest license key). Not OAuth 1.0's consumer key: RFC 5849 §3.1 names it the client's
// identifier (its secret is `consumer_secret`); not a JWT's key (a verifying public key as often as an HMAC secret).
const SECRET_KEY_NAMES = new Set(['hmackey', 'aeskey', 'cipherkey', 'symmetrickey', 'presharedkey', 'appkey', 'licensekey', 'licencekey']);
/** Every key word the rule knows (for the bench's adversarial inputs, built from what the rule looks for). */
export const assignmentKeyWords: readonly string[] = [...STRONG, ...WEAK];
/** Segments that make a secret-looking key name something public. */
const PUBLIC = new Set([
  'public', 'pub', 'publishable', 'id', 'ids', 'name', 'names', 'file', 'path', 'dir', 'url', 'uri', 'type', 'length', 'len', 'size',
  'count', 'max', 'min', 'field', 'header', 'env', 'var', 'prefix', 'format', 'regex', 'pattern', 'label', 'hint', 'policy',
  'expires', 'expiry', 'expiration', 'ttl', 'timeout', 'endpoint', 'host', 'mode', 'enabled', 'required', 'placeholder', 'hash',
  // A lexer's or parser's token and its parts (`token.info`, `token.markup`, `token.level`).
  'info', 'tag', 'markup', 'nesting', 'level', 'state', 'status', 'line', 'column', 'offset', 'pos', 'position', 'range', 'class', 'category',
  // Code around a secret rather than the secret: `tokenCredentialOptions`, `secretClient`, `loginStyle`.
  'style', 'options', 'opts', 'config', 'settings', 'params', 'parameters', 'args', 'handler', 'callback', 'listener', 'factory',
  'builder', 'client', 'cache', 'request', 'response', 'result', 'error', 'errors', 'message', 'schema', 'validator', 'generator',
  'fingerprint', 'storage', 'store', 'provider', 'manager', 'service', 'kind', 'index', 'version', 'alias', 'reset', 'strength',
  'policy', 'rotation', 'created', 'updated', 'at', 'algorithm', 'algo', 'scheme', 'usage', 'ref', 'location', 'source', 'description',
  // An address: `SSH_AUTH_SOCK=/tmp/ssh-XXXXXX/agent.1` is where the agent listens, not a credential.
  'sock', 'socket',
  // Where the secret is read from, not the secret: docker login's `--password-stdin` takes no argument
  // (the password comes on standard input), and Jenkins' credentials binding names the variable that
  // will hold it (`passwordVariable: 'PASS'`, `<passwordVariable>PASS</passwordVariable>`), as `var` and `env` do.
  'stdin', 'variable',
  // Whose secret it is: a pre-shared key's identity is sent in the clear (RFC 4279 §5.1, wpa_supplicant's `psk_identity`).
  'identity',
  // When and how long, as `ttl` and `expiry` (`LoginCookieValidity`, `session_lifetime`, `last_pass_time`); what holds the
  // secrets, as `manager` (`HTTPPasswordMgr`); the protection space a challenge names in the clear (RFC 7235 §2.2's realm).
  'validity', 'lifetime', 'time', 'mgr', 'realm',
  // The text that asks for the secret, shown to whoever is asked (sudoers(5)'s `passprompt`, "the default prompt to use when
  // asking for a password"; `PASSWORD_PROMPT "Password: "`), as `label` and `hint` are.
  'prompt',
  // A hash of a public key, as `fingerprint` is (RFC 7638 §3's JWK thumbprint; a certificate's thumbprint).
  'thumbprint',
  // What a compound is, by its last word, as `length` and `timeout` say (bench/guard/README.md, forty-third round,
  // guardfp18): an SQL statement that sets a password
  // (`$passwordSetStmt = 'SET PASSWORD FOR …'`), the characters between tokens, a number to reach or a share of one.
  'stmt', 'statement', 'delimiter', 'separator', 'threshold', 'percentage', 'percent', 'identifier',
]);

export type Strength = 'strong' | 'weak' | 'none';

const HEAD_NOUN_LIKE_KEY_WORD = /^(?:pass(?!(?:word|wd|phrase|code|key)?s?$)|secret(?!s?$)|token(?!s?$))[a-z]{3,}$/;

// PGPASSWORD, dbpassword, authtoken: a key word glued to a prefix still names a secret. The short
// ones (pass, pwd, pw) only glued to whose or what password it is (`userpass`, `dbpwd`,
// `rootpw`, keytool's `-storepass`/`-keypass`): `bypass`, `compass` and `surpass` are words of their own.
const GLUED_STRONG = /(?:password|passwd|passphrase|secret|token|apikey)s?$|^(?:pass|pwd)s?$|^(?:user|admin|root|db|sql|mysql|pg|postgres|ftp|sftp|smtp|mail|ldap|redis|ssh|app|bind|proxy|wifi|vnc|master|sys|svc|sa|(?:src|dest)?(?:store|key)|keystore|truststore)(?:pass|pwd|pw)$/;

const strengths = new Map<string, Strength>();

/** How much a key name says "secret": split on _ - . and camelCase, look at the segments. */
export function keyStrength(key: string): Strength {
  // (The key asked just before, as each line of a file of one key asks it, without hashing a fresh slice.)
  if (key === lastKey) return lastStrength;
  // (The stems of the keys read before, cut and looked up, compared in place in a slot by their length and three letters:
  // a file of numbered names alternates two a line, `pw17 = os.getenv("DB_PASSWORD_17", …)`, each key new as written and
  // its stem one of the two; a config of many sections names the same few keys in each, `db_password`, `api_key`,
  // `secret_token`, a cycle two slots missed every time, each miss a slice hashed for the memo.)
  const end = stemEnd(key);
  const slot = ((end * 61) ^ (key.charCodeAt(0) * 13) ^ (key.charCodeAt(end - 1) * 5) ^ key.charCodeAt(end >> 1)) & (STEM_SLOTS - 1);
  const stem = stems[slot]!;
  let known: Strength | undefined;
  if (end === stem.length && startsWithStem(key, stem)) known = stemStrengths[slot]!;
  else {
    const judged = end === key.length ? key : key.slice(0, end);
    known = strengths.get(judged);
    if (known === undefined) {
      known = judgeKey(judged);
      if (strengths.size > 5_000) strengths.clear();
      strengths.set(ownCopy(judged), known);
    }
    // (A stem of 13 characters or more is kept as a copy of its own: V8 cuts such a slice as a view into the text, which
    // the slot would keep alive. Config keys are that long, `database_password`, `aws_secret_access_key`, and a cycle
    // of them missed the slots every time, each miss a slice hashed for the memo.)
    if (judged.length <= LONGEST_STEM) {
      stems[slot] = judged.length < 13 ? judged : ownCopy(judged);
      stemStrengths[slot] = known;
    }
  }
  lastKey = key;
  lastStrength = known;
  return known;
}

/**
 * Where the key's stem ends: before the number that ends it, where the number cannot change its strength (`DB_PASSWORD_17`,
 * `pw17`: one memo entry for a file of numbered names, not one a line), else at its end. Only after an ASCII letter or `_`:
 * there the parts are the same (nameWords: a digit starts no word, so the number ends the last word, or stands alone after
 * `_`; keyParts strips a word's trailing digits; the last `.` and the `-D` prefix are where they were). Not after a `.`:
 * `password.17` reads its member `17`, and `password.` reads `password`.
 */
function stemEnd(key: string): number {
  let end = key.length;
  while (end > 0 && isDigit(key.charCodeAt(end - 1))) end--;
  if (end === key.length || end === 0 || BASE64_CARRIER.test(key)) return key.length;
  const c = key.charCodeAt(end - 1);
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 ? end : key.length;
}

// `secret_b64`, `passwordBase64`: the number is a carrier's, which the key's words are read past (keyParts).
const BASE64_CARRIER = /b(?:ase)?64$/i;

/** `key` starts with `stem`'s characters (its length at least the stem's). */
function startsWithStem(key: string, stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (key.charCodeAt(i) !== stem.charCodeAt(i)) return false;
  return true;
}

/** Slots of the stems read last (a power of two): a stem is kept in the one its length, outer and middle letters name. */
const STEM_SLOTS = 64;
/** The longest stem kept in a slot (a longer one is compared no faster than it is hashed). */
const LONGEST_STEM = 64;
const stems: string[] = new Array<string>(STEM_SLOTS).fill('');
const stemStrengths: Strength[] = new Array<Strength>(STEM_SLOTS).fill('none');
let lastKey: string | undefined;
let lastStrength: Strength = 'none';

const LOWER_WORD = /^[a-z][a-z0-9]*$/;

/** The lower-case words of a key's name (of its last member, nameWords.ts's words), numbers dropped. */
export function keyParts(key: string): string[] {
  // A member access names its last member: `cachedToken.resource` is a resource, `db.password` a password. But a dotted
  // setting's name writes its words apart with dots (java.util.Properties' keys, Hadoop's `fs.s3a.secret.key`, Spring's
  // `jwt.secret.key`): a last member `key` is read with the word before it, as `secret_key` is. (A word in lower case, as
  // those names write theirs: `access_token.key`, `apiToken.key` are an object's member `key`.)
  // (`key` and a number: the number only tells keys of one kind apart, as stemEnd cuts it.)
  let member = key.lastIndexOf('.');
  if (member > 0 && key.startsWith('key', member + 1) && stemEnd(key) === member + 4) {
    const before = key.lastIndexOf('.', member - 1);
    if (member - before > 1 && LOWER_WORD.test(key.slice(before + 1, member))) member = before;
  }
  const name = (member > 0 && member < key.length - 1 ? key.slice(member + 1) : key)
    // `-DAPI_KEY=…`: a define glued to its option (cmake -D, javac/java -D, cc -D) names API_KEY.
    .replace(/^-D(?=[A-Za-z_])/, '');
  const parts: string[] = [];
  let carried = 0;
  let lower = '';
  for (const word of nameWords(name)) {
    // password01, key2: a number only tells keys of one kind apart (but base64's, `b64`, is a carrier's name).
    const wordLower = word.toLowerCase();
    const part = wordLower.replace(/\d+$/, '');
    if (part === '') continue;
    lower = wordLower;
    // (A carrier counted from the last one on: a word after it makes it a word of the name, `rawData`'s `raw`.)
    carried = CARRIERS.has(part) || CARRIERS.has(wordLower) ? carried + 1 : 0;
    parts.push(part);
  }
  // `passwordValue`, `secret_b64`, `apiKeyBytes`: a carrier says how the secret is held, the word before it what it is.
  if (carried > 0) parts.length = Math.max(1, parts.length - carried);
  if (carried === 0 && lower.length >= MIN_GLUED_CARRIER && lower.length <= MAX_GLUED_CARRIER) {
    // Glued (`passwordvalue`, `tokenstr`, `dbpasswordvalue`): a strong word of five letters or more, then a carrier (C's
    // `pwdbuf` is getpwnam_r's buffer for the user database's entry, `struct passwd`).
    const glued = GLUED_CARRIER.exec(parts[parts.length - 1]!) ?? GLUED_CARRIER.exec(lower);
    if (glued && (STRONG.has(glued[1]!) || GLUED_STRONG.test(glued[1]!))) parts[parts.length - 1] = glued[1]!;
  }
  return parts;
}

// Words that say how a secret is held, not what it is, from the languages' and APIs' documents (bench/guard/README.md,
// thirty-fifth round, guardnames1): Java's PBEKeySpec takes a password's `char[]`, Go's crypto APIs `[]byte`, AWS Secrets
// Manager returns `SecretString` or `SecretBinary`, Python's secrets module `token_bytes` and `token_hex`, base64 `b64encode`.
// A cookie carries the credential its first word names: RFC 6265 §8.4, servers store a session identifier in a cookie.
const CARRIERS = new Set([
  'value', 'string', 'str', 'bytes', 'text', 'data', 'raw', 'plain', 'plaintext', 'literal', 'b64', 'base64', 'hex', 'encoded',
  'buf', 'buffer', 'chars', 'array', 'binary', 'cookie',
]);
/** Five letters of a strong word and a carrier's three (`tokenstr`): a shorter word is asked no further. */
const MIN_GLUED_CARRIER = 8;
/** A strong word and a carrier glued (`encryptionkeyplaintext`, 22; a prefix glued before: `mysqlrootpasswordvalue`), with room. */
const MAX_GLUED_CARRIER = 40;
const GLUED_CARRIER = new RegExp(`^([a-z]{5,}?)(?:${[...CARRIERS].join('|')})$`);

/**
 * The key names a session's identifier (`sessionId`, `PHPSESSID`, `SESSION`, `KEYCLOAK_SESSION`): Spring Session and
 * Keycloak issue UUIDv4 ids (122 random bits, over OWASP's 64), so a UUID there is the credential, not a record's id.
 */
export function namesSession(key: string): boolean {
  const parts = keyParts(key);
  return parts.length > 0 && namesSessionId(parts);
}

const SERVICE_ROLE_KEY = /(?:^| )service role key(?: |$)/;
const HOLDER = new Set(['collection', 'collections', 'schema', 'schemas']);

/** A key's strength from its parts alone (keyStrength remembers it). */
export function judgeKey(key: string): Strength {
  const parts = keyParts(key);
  if (parts.length === 0 || namesPageCursor(parts)) return 'none';
  if (namesAntiForgeryToken(parts)) return 'weak';
  // passwordForPassenger, secretSecretary: a compound is named by its last word, and a longer
  // word that merely begins like a key word (passenger, passthrough, secretary) is not one.
  if (parts.length > 1 && HEAD_NOUN_LIKE_KEY_WORD.test(parts[parts.length - 1]!)) return 'none';
  let strength: Strength = 'none';
  let keyWordAt = -1;
  for (let i = 0; i < parts.length; i++) {
    const one = parts[i]!;
    const two = i + 1 < parts.length ? one + parts[i + 1] : '';
    if (STRONG.has(one) || STRONG.has(two) || GLUED_STRONG.test(one) || SECRET_KEY_NAMES.has(one) || SECRET_KEY_NAMES.has(two)) {
      strength = 'strong';
      keyWordAt = i;
    } else if (WEAK.has(one) || /key$/.test(one) && one.length <= 12) {
      if (strength === 'none') strength = 'weak';
      keyWordAt = i;
    }
  }
  // Supabase's service_role key (its API keys guide: it bypasses Row Level Security, a server's only;
  // `SUPABASE_SERVICE_ROLE_KEY`): a role's key alone is a map's (`ROLE_KEY`), so only after `service`.
  if (strength === 'weak' && SERVICE_ROLE_KEY.test(parts.join(' '))) strength = 'strong';
  // libsecret's `SECRET_COLLECTION_DEFAULT`, `SECRET_SCHEMA_NONE`: a holder of secrets or their description, named before
  // its qualifier as C's constants are, names no secret (`TOKEN_COLLECTION_SECRET` names one after it).
  for (let i = keyWordAt + 1; keyWordAt !== -1 && i < parts.length; i++) if (HOLDER.has(parts[i]!)) return 'none';
  if (strength !== 'strong' && namesSessionId(parts)) return 'weak';
  // passwordLength, token_type, public_key: the key names something about the secret, not it.
  const last = parts[parts.length - 1]!;
  if (PUBLIC.has(last) || timeAbout(parts) || parts.some((p) => p === 'public' || p === 'pub' || p === 'publishable' || p === 'pubkey' || p === 'publickey')) return 'none';
  // A CAPTCHA's site key and a Supabase anon key are shipped to browsers by design.
  // So is Pusher's app key (Pusher's glossary: "an opaque identifier used on the client side"; its `app_secret` signs).
  if (last === 'key' && parts.length > 1 && (parts[parts.length - 2] === 'site' || parts[parts.length - 2] === 'anon' || (parts[parts.length - 2] === 'app' && parts[parts.length - 3] === 'pusher'))) return 'none';
  return strength;
}

// A time's zone or unit after what it measures: git-credential(1)'s `password_expiry_utc` ("the expiry date of the
// password, as a Unix timestamp" — not a secret attribute), `token_ttl_seconds`, `session_lifetime_ms`.
const TIME_QUALIFIER = new Set(['utc', 'gmt', 'ms', 'sec', 'secs', 'seconds', 'mins', 'minutes', 'hours', 'days', 'epoch', 'unix']);

/** The key's last word is a time's zone or unit and the word before it names a time about the secret (`expiry`, `ttl`). */
function timeAbout(parts: readonly string[]): boolean {
  return parts.length > 2 && TIME_QUALIFIER.has(parts[parts.length - 1]!) && PUBLIC.has(parts[parts.length - 2]!);
}

// What a machine issues: a token, an API key, an access key, a client's secret. A password, a
// passphrase, a login or a `secret` a person may choose, and then a word is one.
const ISSUED = /^(?:[a-z]*tokens?|apikey|accesskey|clientsecret|apisecret|bearer)$/;
const CHOSEN = /pass|pwd|^pw$|secret|login|cred/;
const PAIRED_FIRST = new Set(['api', 'access', 'client']);
const issued = new Map<string, boolean>();

/**
 * The key names a credential a machine issues (`token`, `apiKey`, `ACCESS_KEY`, `client_secret`)
 * and nothing a person chooses (`secret_token`, `login_token`): its value is generated, never a word.
 */
export function namesIssuedCredential(key: string): boolean {
  let known = issued.get(key);
  if (known === undefined) {
    known = false;
    const parts = keyParts(key);
    for (let i = 0; i < parts.length; i++) {
      // api_key, access-key, clientSecret: two parts that are one word.
      const two = i + 1 < parts.length && PAIRED_FIRST.has(parts[i]!) ? parts[i]! + parts[i + 1]! : '';
      if (ISSUED.test(two)) {
        known = true;
        i++;
      } else if (ISSUED.test(parts[i]!)) known = true;
      else if (CHOSEN.test(parts[i]!)) {
        known = false;
        break;
      }
    }
    if (issued.size > 5_000) issued.clear();
    issued.set(ownCopy(key), known);
  }
  return known;
}

/**
 * The key is a token and says nothing more (`token`, `tok.token`, `TOKENS`): a lexer's and a parser's word as much as a
 * credential's, compared with a language's lexemes in quotes (`if token == 'def':`, `tok.token == "LPAREN"`). A key that
 * says whose or which credential (`access_token`, `GITHUB_TOKEN`, `api_key`, `client_secret`) names only the credential.
 */
export function namesTokenAlone(key: string): boolean {
  const parts = keyParts(key);
  return parts.length === 1 && (parts[0] === 'token' || parts[0] === 'tokens');
}

/**
 * The key names a `key` alone, `key`, `key0`, `keys`, `$row['Key']`: a mapping's or an object's key, which a program compares
 * with the names it looks up (`if (key === 'mode')`). A key that says whose or which (`api_key`, `secretKey`) names the credential.
 */
export function namesKeyAlone(key: string): boolean {
  const parts = keyParts(key);
  return parts.length === 1 && (parts[0] === 'key' || parts[0] === 'keys');
}

/**
 * The key names a cache's key, `CACHE_KEY`, `cacheKey`, `SERVER_TELEM_CACHE_KEY`: the name a cache stores and finds an entry
 * under (RFC 9111 §2, "the information a cache uses to choose a response"), not a secret of any service.
 */
export function namesCacheKey(key: string): boolean {
  const parts = keyParts(key);
  return parts.length >= 2 && parts[parts.length - 1] === 'key' && parts[parts.length - 2] === 'cache';
}

/** The key names something a person may choose (`password`, `db_pass`, `secret`, `login`): there a word is the value. */
export function namesChosenSecret(key: string): boolean {
  return keyParts(key).some((part) => CHOSEN.test(part));
}

const PASSWORD_WORD = /^(?:password|passwd|pass|pwd|pw|passphrase)s?$|password$|pass$|pwd$/;

/**
 * `pa` or `pw` in the key, in any case: every PASSWORD_WORD holds one, so a key without it (`apiKey`, `token`) names no
 * password, told without splitting it into words (a dense line has a key every few characters).
 */
export function mayNamePassword(key: string): boolean {
  for (let i = 0; i < key.length - 1; i++) {
    if ((key.charCodeAt(i) | 0x20) !== 112) continue;
    const next = key.charCodeAt(i + 1) | 0x20;
    if (next === 97 || next === 119) return true;
  }
  return false;
}

/** The key's last word names a password (`password`, `db_pass`, `postgresPassword`): no object's name goes there. */
export function namesPassword(key: string): boolean {
  if (!mayNamePassword(key)) return false;
  const parts = keyParts(key);
  return PASSWORD_WORD.test(parts[parts.length - 1] ?? '');
}

/**
 * A constant's name ends in the secret's own word (`DB_PASSWORD`, `API_KEY`, `SECRET`, `CKA_PRIV_KEY`: its last word, or
 * its last two as one, a strong key word) and the word it is given is none of the name's own words. Then the word is
 * the secret's value, as `=` reads it; a name ending in a word about the secret (`PASSWORD_PROMPT "Password"`,
 * `TOKEN_TYPE "bearer"`, `BCRYPT_PRIVATE_KEY_BLOB "PRIVATEBLOB"`) or a value repeating one of its words (`CKA_PRIV_KEY
 * "priv"`) is a table of a protocol's words.
 */
export function constantHoldsSecret(key: string, value: string): boolean {
  const slot = ((key.length * 31) ^ (key.charCodeAt(0) * 7) ^ key.charCodeAt(key.length - 1)) & (CONSTANT_SLOTS - 1);
  let parts: readonly string[] | undefined;
  if (constantKeys[slot] === key) parts = constantParts[slot];
  else {
    parts = secretNameParts(key);
    constantKeys[slot] = key.length < 13 ? key : ownCopy(key);
    constantParts[slot] = parts;
  }
  return parts !== undefined && !parts.includes(value.toLowerCase());
}

/** The words of a name ending in a strong key word (its last, or its last two as one); else undefined. */
function secretNameParts(key: string): readonly string[] | undefined {
  const parts = keyParts(key);
  const last = parts[parts.length - 1];
  return last !== undefined && (STRONG.has(last) || (parts.length > 1 && STRONG.has(parts[parts.length - 2]! + last))) ? parts : undefined;
}

// The names asked last with their words, by slot (their length and outer letters): a file of constants and macros
// asks of a few names in turn (`TOKEN`, `PASSWORD`, `API_KEY`, each block), each split into words afresh otherwise.
// (The empty name, the slots' start, has no words: the answer kept for it is its own.)
const CONSTANT_SLOTS = 16;
const constantKeys: string[] = new Array<string>(CONSTANT_SLOTS).fill('');
const constantParts: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(CONSTANT_SLOTS).fill(undefined);

/** Whether one lower-case word of a name is a key word, strong or weak (`token`, `key`). */
export function isKeyWord(word: string): boolean {
  return STRONG.has(word) || WEAK.has(word);
}
