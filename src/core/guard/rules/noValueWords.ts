// Words that are no value in a secret's slot, by where the value stands: quoted or in a field, on a config
// line, bare in code. The assignment rule's value test (secretValue.ts) asks them.
import { FoldedWords } from './foldedWords';

// Words that are no value in any grammar, quoted or bare: a language's empty and boolean values, an
// auth scheme's name (RFC 7235: the scheme, not its credentials), where OpenAPI puts a key.
const MODE_WORDS_LIST = [
  'null', 'nil', 'none', 'undefined', 'true', 'false', 'empty', 'n/a', 'na', 'yes', 'no', 'on', 'off', 'bearer', 'basic', 'jwt',
  'oauth', 'oauth2', 'header', 'query', 'cookie',
  // typeof's answers (`typeof creds.getToken === "function"`, `typeof clientCredentials === "string"`)
  // and fetch's credentials modes.
  'function', 'symbol', 'bigint', 'string', 'number', 'boolean', 'object', 'include', 'omit', 'same-origin',
  // An encoding's name (`Buffer.from("accountKey", "base64")`: the second argument after a key's name).
  'base64', 'base64url', 'hex', 'utf8', 'utf-8', 'ascii', 'latin1', 'binary', 'utf16le', 'ucs2',
  // (PHP's mbstring names bytes as encodings, "Supported Character Encodings": `mb_strlen($blowfishSecret, '8bit')`.)
  '7bit', '8bit',
  // Argon2's variants by RFC 9106 §3.1's names, given beside a password (`generateV3Key($password, 'Argon2id', …)`,
  // PuTTY's key file's `Key-Derivation: Argon2id`).
  'argon2d', 'argon2i', 'argon2id',
  // The string a Signature Version 4 credential scope ends with, the same in every request (AWS IAM's "Create a signed AWS
  // API request": `date/region/service/aws4_request`; Cloud Storage's V4 signing, `goog4_request`), HMACed by the date's key.
  'aws4_request', 'goog4_request',
  // A JWS algorithm's registered name (RFC 7518 §3.1), passed beside a key (`JWT::encode($p, $key, 'HS256')`).
  'hs256', 'hs384', 'hs512', 'rs256', 'rs384', 'rs512', 'es256', 'es384', 'es512', 'ps256', 'ps384', 'ps512', 'eddsa',
  // An access level (a workflow's `permissions: id-token: write`).
  'read', 'write', 'read-all', 'write-all',
];
export const MODE_WORDS = new FoldedWords(MODE_WORDS_LIST);
// Bare, a type's name too (`password: string`, `token: Optional`, `user.password required`): a schema,
// a .properties or YAML line, a struct's field (a config line's grammar reads `Setsecret_cnt  uint64` alike).
const TYPE_NAMES_LIST = [
  ...MODE_WORDS_LIST,
  'str', 'int', 'integer', 'bool', 'any', 'unknown', 'bytes', 'optional', 'required', 'secretstr', 'text', 'char', 'varchar', 'void',
  'never',
  // A type as the languages' specs name their predeclared ones (Go, Rust, C's <stdint.h>): a struct's
  // field and its type (`Setsecret_cnt uint64`), a parameter's (`token: u32`).
  'uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64', 'complex64', 'complex128',
  'uintptr', 'byte', 'rune', 'error', 'u16', 'u32', 'u64', 'u128', 'usize', 'i16', 'i32', 'i64', 'i128', 'isize', 'f32', 'f64',
  'uint8_t', 'uint16_t', 'uint32_t', 'uint64_t', 'int8_t', 'int16_t', 'int32_t', 'int64_t', 'size_t', 'ssize_t', 'uintptr_t',
];
export const TYPE_NAMES = new FoldedWords(TYPE_NAMES_LIST);
// Bare in code (off a config line, outside a field), a name too: a variable or a field named for the slot
// (`token = secret`, `apiKey: value`), `self`, `this`, `env`. Quoted or on a config line, the slot's
// word is a literal: the policy's `password 'password'`, `Password=secret;`.
export const CODE_WORDS = new FoldedWords([
  ...TYPE_NAMES_LIST,
  'secret', 'password', 'token', 'redacted', 'hidden', 'masked', 'default', 'todo', 'tbd', 'api_key', 'apikey', 'env', 'secretkeyref',
  'self', 'this', 'value', 'key',
  // A keyword that begins or joins an expression (`idToken = await this.importArray(…)`, `key = new Key(…)`):
  // what follows it is the value's code.
  'await', 'new', 'yield', 'typeof', 'delete', 'async', 'lambda', 'instanceof',
]);
