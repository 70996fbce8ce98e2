// Literals bound to a secret's name in grammars the assignment rule does not read: Rust's typed
// constants and statics (`const API_KEY: &str = "…"`, `static TOKEN: &'static str = "…"`, the
// Rust Reference's items) and a key phrase in prose before a code span (`Use the API key `…``,
// as READMEs write it). A Rust constant under a secret's name is as often a protocol's constant:
// an identifier or a name spelled as words (winapi's `BCRYPT_PRIVATE_KEY_BLOB = "PRIVATEBLOB"`), an OID (`szOID_RSA_challengePwd
// = "1.2.840.113549.1.9.7"`) or a name holding a braced GUID; so such a value must look random unless the
// constant's name ends in the secret's own word (keyStrength.ts `constantHoldsSecret`),
// and any other is judged as a quoted value under its name (a weak name's must look random); prose's code span names a variable or a flag as often as it holds a value,
// so it must look random whatever the phrase. Each expression starts at its own word and reads
// a bounded stretch: linear.
import { patternRule, type SecretRule } from '../secretRule';
import { looksRandomValue } from './randomValue';
import { acceptsLiteralForKey } from './literalForKey';
import { spelledAsWords } from './valueShape';
import { constantHoldsSecret } from './keyStrength';
import { annotatedFieldRule } from './annotatedFieldRule';

// (Or a byte string, `const KEY: &[u8] = b"…";`: the Rust reference's byte string literal, a `&'static [u8; N]`; a
// mutable static, `static mut TOKEN: &str`, §6.11; a raw string, `r"…"` or `r#"…"#`, §2.6.)
const RUST_ITEM = /\b(?:const|static(?:[ \t]+mut)?)[ \t]+(?<key>[A-Za-z_]\w{0,63})[ \t]*:[ \t]*&[ \t]*(?:'static[ \t]+)?(?:str[ \t]*=[ \t]*(?:r#?)?"|\[[ \t]*u8[ \t]*\][ \t]*=[ \t]*b")(?<secret>[^"\\\r\n]{3,400})"/;

export const codeGrammarRules: readonly SecretRule[] = [
  patternRule({
    // (`str` or `u8` stands in the match, after blanks, a name and `:` `&` on the item's line: `nearKeywords`.)
    id: 'rust-str-item', keywords: ['str', 'u8'], nearKeywords: true,
    pattern: RUST_ITEM,
    allow: (secret, text, start) => {
      if (OID.test(secret) || BRACED_GUID.test(secret)) return true;
      const key = lastKey(text, start);
      if (key === undefined) return true;
      // (A word under a name ending in the secret's own word is its value, judged as `=` judges it: `const DB_PASSWORD:
      // &str = "letmein"`.)
      if (IDENTIFIER.test(secret) && (!looksRandomValue(secret) || spelledAsWords(secret)) && !constantHoldsSecret(key, secret)) return true;
      return !acceptsLiteralForKey(text, start, start + secret.length, key);
    },
  }),
  patternRule({
    // (Every alternative holds `key`, `token`, `secret` or `password` before any line break: `nearKeywords`.)
    id: 'prose-key-code-span', keywords: ['key', 'token', 'secret', 'password'], nearKeywords: true,
    pattern: /\b(?:(?:API|api|Api|access|Access|secret|Secret|auth|Auth|client|Client|bearer|Bearer|personal access|Personal access)[ -]?(?:key|token|secret)|password|token)(?:[ \t]+(?:is|was|of))?[ \t]*:?[ \t]+`(?<secret>[^`\s]{12,400})`/,
    allow: (secret) => !looksRandomValue(secret),
  }),
  annotatedFieldRule,
];

const OID = /^\d{1,9}(?:\.\d{1,9}){2,30}$/;
const BRACED_GUID = /\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}/;
const IDENTIFIER = /^[A-Za-z_]\w*$/;

// The constant's name, read again before its value (a pattern rule hands the rule only the secret).
const RUST_KEY = /\b(?:const|static(?:[ \t]+mut)?)[ \t]+([A-Za-z_]\w{0,63})[ \t]*:[ \t]*&[ \t]*(?:'static[ \t]+)?(?:str[ \t]*=[ \t]*(?:r#?)?"|\[[ \t]*u8[ \t]*\][ \t]*=[ \t]*b")$/;

function lastKey(text: string, start: number): string | undefined {
  // (From the line's start within the reach: the expression holds no line break, and is tried at fewer places.)
  let from = start;
  while (from > 0 && start - from < 200 && text.charCodeAt(from - 1) !== 10) from--;
  return RUST_KEY.exec(text.slice(from, start))?.[1];
}
