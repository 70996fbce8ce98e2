// The value given to a secret-named key, whatever the file's syntax (detect-secrets' keyword
// plugin, with an assignment grammar per kind of file): `password = "…"`, `DB_PASSWORD_PROD=…`,
// `api-key: …`, `"apiKey": "…"`, `--x-api-key VALUE`, `if (api_key == "…")`, `PASS ?= …`,
// `<property name="password" value="…"/>`, `<password>…</password>`, `Password=…;` in a
// connection string. This file is the key scan: a keyword hit is widened to its key by a bounded
// scan and the key kept where an operator or a blank follows it; the value at the key's end is
// read by `valueAfterKey.ts` and judged by `secretValue.ts`. Linear: the scan resumes past the
// key, or past its value when it was a secret or long.
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { isKeyChar, KEY_CHAR_LIMIT, KEY_CHARS, keyWords, nextKeyWordEnd } from './keyWordScan';
import { keyStrength } from './keyStrength';
import { documentedName } from './documentedName';
import { insideBody, resourceBundleBodies } from './resourceBundle';
import { formattedLiteral, notTheKeysValue, saysNotTheValue } from './notTheValue';
import { operandBetweenLiterals } from './literalBetweenLiterals';
import { comparedAt, comparedGrammarWord } from './comparedGrammarWord';
import * as secretValue from './secretValue';
import type { FoundValue } from './secretValue';
import { lineContext, valueAfterKey } from './valueAfterKey';
import { issuedSchemeBefore } from './foundValue';
import { credentialStart, isAuthorizationHeader } from './authorizationCredential';
import { anonymousPassword } from './anonymousLogin';
import * as charCodes from './charCodes';
// Bound here once: run unbundled (tsx: the tests and the bench), every use of an imported
// binding calls the module's getter, a call per key in this file's scanning loop.
const { BACKSLASH, DOLLAR, COLON: COLON_SIGN, DOUBLE_QUOTE, OPEN_BRACE, SINGLE_QUOTE, SLASH } = charCodes;
const { acceptValue } = secretValue;

const MAX_KEY = 64;

/** Cheap look at what follows a key: an operator, a blank (flags, headers), a quote or `>`. */
function operatorFollows(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // (NaN past the text's end is none.)
  return c < 128 && FOLLOWS_KEY[c] === 1;
}

// = : ? + ! < , space tab " ' > and \ (an escaped quote closing the key: `{\"password\": …}`), [ (a C array), | (Ruby's ||=), ( (a setter),
// } (Perl's hash subscript: `$ENV{API_KEY} = …`), { (C++'s list-initialisation: `std::string token{"…"}`): one look in a table a key.
const FOLLOWS_KEY = new Uint8Array(128);
for (const c of [123, 125, 40, 61, 58, 63, 43, 33, 60, 44, 32, 9, 34, 39, 62, 92, 91, 124]) FOLLOWS_KEY[c] = 1;

/**
 * `replace("/token", "/devicecode")`, `'/login': handler`: a string that holds `/` and the key word
 * alone is a path, a route, not a key's name; what follows it is another path or a handler.
 */
function quotedPathSegment(text: string, start: number, end: number): boolean {
  // (A key at the text's first two characters has no quote and slash before it: nothing is read before the text.)
  if (start < 2) return false;
  const q = text.charCodeAt(start - 2);
  const after = text.charCodeAt(end);
  // (Also in a string inside a string, a source map's: `\"/token\"`.)
  return text.charCodeAt(start - 1) === SLASH && (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) && (after === q || (after === BACKSLASH && text.charCodeAt(end + 1) === q));
}

const KIND = spanKind('secret-assignment');
// The fewest characters between a key's end and a credential after a scheme: an operator, `Token` and a blank.
const SCHEME_GAP = 6;

export const assignmentRule: SecretRule = {
  id: 'secret-assignment',
  keywords: keyWords,
  // (Where the key words start, from the redactor's prefilter pass: the scan below needs no pass of its own.)
  keywordStarts: true,
  find(text, found, starts) {
    let judgedTo = 0;
    const context = lineContext(text);
    const held = found.length > 0 ? found.holder() : undefined;
    // A value an earlier rule redacted whole (a vendor's token given to `auth0=`) is not judged
    // again where the scan goes on alike whatever the answer: no key word starts in the value
    // and no key runs on from its end. Pushed again, it would change nothing. (Asked by the value's reading too, before
    // it judges the value's line: valueAfterKey.ts `Dropped`; the answer kept for the value asked last, asked again here
    // with no span pushed between.)
    let asked: FoundValue | undefined;
    let askedDropped = false;
    const dropped = held && ((value: FoundValue): boolean => {
      if (value !== asked) {
        asked = value;
        askedDropped = value.end > value.start && held(value.start, value.end) && !isKeyChar(text.charCodeAt(value.end)) && nextKeyWordEnd(text, value.start, value.end) === -1;
      }
      return askedDropped;
    });
    // (A ListResourceBundle's bodies, read once a value is taken: resourceBundle.ts.)
    let bundles: readonly number[] | undefined;
    let s = 0;
    for (;;) {
      // A keyword's last character is enough to widen from: the first key word's that starts at or after `judgedTo`.
      let anchor: number;
      // (Where the key word starts, when known: the widening back need not read the word's own letters again.)
      let wordStart: number;
      if (starts) {
        while (s < starts.length && starts[s]! < judgedTo) s++;
        wordStart = s < starts.length ? starts[s]! : -1;
        anchor = wordStart !== -1 ? nextKeyWordEnd(text, wordStart, wordStart + 1) : -1;
      } else wordStart = anchor = nextKeyWordEnd(text, judgedTo);
      if (anchor === -1) break;
      // Each character is widened over at most once: the scan resumes where the last key or value ended.
      // (From the word's start the loop reads on as from its end: the word's letters are key characters, it starts at or
      // after `judgedTo`, and no key word is MAX_KEY long.)
      let start = wordStart;
      let end = anchor + 1;
      // (isKeyChar's table read in the loops themselves, not a call a character: whether V8 inlines such a call depends on
      // what the process ran before, README, twenty-seventh round, guardspeed37.)
      for (; start > judgedTo && anchor - start < MAX_KEY; start--) {
        const c = text.charCodeAt(start - 1);
        if (!(c < KEY_CHAR_LIMIT && KEY_CHARS[c] === 1)) break;
      }
      for (; end < text.length && end - start <= MAX_KEY; end++) {
        const c = text.charCodeAt(end);
        if (!(c < KEY_CHAR_LIMIT && KEY_CHARS[c] === 1)) break;
      }
      judgedTo = end;
      if (end - start > MAX_KEY || !operatorFollows(text, end)) continue;
      // `${DB_PASSWORD:-…}`, `${jwt.secret:…}`: a reference's name and the operator of its default,
      // the reference-default rule's to judge.
      if (start >= 2 && text.charCodeAt(end) === COLON_SIGN && text.charCodeAt(start - 1) === OPEN_BRACE && text.charCodeAt(start - 2) === DOLLAR) continue;
      if (quotedPathSegment(text, start, end)) continue;
      const key = text.slice(start, end);
      const strength = keyStrength(key);
      if (strength === 'none') continue;
      const value = valueAfterKey(text, context, start, end, key, strength, dropped);
      if (!value) continue;
      if (dropped?.(value)) {
        if (!value.listed) judgedTo = Math.max(judgedTo, value.end);
        continue;
      }
      // `f(\n  password=password,\n)`, `{ assetToken: assetToken }`: a bare value spelt as its key and ended
      // by `,`, `)` or `}` is a variable passed under its own name; in YAML or env it is a literal.
      // (A spliced query's code, the field's name with its marks, a literal the code formats: notTheValue.ts; a message in a
      // ListResourceBundle's table: resourceBundle.ts; anonymous FTP's public password, anonymousLogin.ts; asked only of a value
      // judging takes: most values are turned down by judging.)
      // (Past `Bearer ` under a weak name, `Authorization: Bearer …`, the credential is judged as the scheme's token: after
      // a comma too, `setRequestHeader("Authorization", "Bearer …")`, where a scheme and its credential are no list's next name.)
      // (Only where the key's operator and a scheme's word and blank fit between the key and the value: `auth: x` is read as before.)
      // (A header map's quoted `"Authorization": "…"` with no scheme: the credential itself, as Linear's API documents
      // `Authorization: <API_KEY>` (RFC 9110 §11.6.2: the field's value is the credentials), judged as a token's literal.)
      const scheme = strength === 'weak' ? (value.start - end > SCHEME_GAP ? issuedSchemeBefore(text, value.start) : value.quoted ? bareAuthorization(key, value.value) : undefined) : undefined;
      const accepted =
        !(value.value === key && !value.quoted && isArgumentEnd(text, value.end)) && (scheme !== undefined ? acceptValue(schemeCredential(value), 'strong', scheme) : acceptValue(value, strength, key)) && !saysNotTheValue(value.value) && !(value.quoted && formattedLiteral(text, value.value, value.end)) && !(value.quoted && operandBetweenLiterals(text, value.start, value.value)) && !notTheKeysValue(text, start, key, value.value) && !documentedName(value.value, value.quoted) &&
        !(value.quoted && comparedAt(text, end, value.start) && comparedGrammarWord(value.value, key)) &&
        !insideBody((bundles ??= resourceBundleBodies(text)), value.start) && !anonymousPassword(value.value);
      // The scan goes on after an accepted or long value (which keeps it linear); a short value
      // that was not a secret may be a key itself (`<add key="ApiKey" value="…"/>`).
      // (A listed literal may lie past its list's next names: on from the key.)
      if (!value.listed) judgedTo = Math.max(judgedTo, accepted || value.end - value.start > MAX_KEY ? value.end : value.start);
      if (accepted) found.push(KIND, value.start, value.end);
    }
  }
};

// Letters alone, in any script: a word, not a key (`"Authorization": "required"`, a translation's `"Autorización"`, a
// scheme's name no registry lists).
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * `token` where the key is an Authorization header's name and its value a credential with no scheme: not a scheme alone,
 * not letters alone.
 */
function bareAuthorization(key: string, value: string): string | undefined {
  return (key.length === 13 || key.length === 19) && isAuthorizationHeader(key) && credentialStart(value) === 0 && !LETTERS_ONLY.test(value) ? 'token' : undefined;
}

/** The credential after a scheme, judged as a value of its own: never a list's next item. */
function schemeCredential(v: FoundValue): FoundValue {
  return v.afterComma ? { ...v, afterComma: false } : v;
}

/** `,`, `)` or `}` at `at`, maybe after blanks: an argument's or a member's end. */
function isArgumentEnd(text: string, at: number): boolean {
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  const c = text.charCodeAt(at);
  return c === 44 || c === 41 || c === 125;
}
