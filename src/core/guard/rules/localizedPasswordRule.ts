// A password named in the language its configuration, README or ticket is written in, as the localized manuals name it:
// Microsoft Learn's reference pages in each locale (the same interface's `password` property, "AdministrativeCredentials",
// learn.microsoft.com/<locale>/javascript/api/@azure/arm-networkcloud/administrativecredentials) write パスワード (ja-jp),
// 암호 (ko-kr), 密码 (zh-cn), parola (tr-tr), Kennwort (de-de), senha (pt-br), contraseña (es-es); beside them the words the
// same languages also use for a login's password — 暗証番号 (a PIN, Japanese), 비밀번호 (Korean), 密碼 (Traditional Chinese),
// 口令 (Chinese), пароль (Russian), hasło (Polish), şifre (Turkish). Read where the assignment rule reads an English key
// (`key: value`, `key=value`, inside a line of text: `ユーザー名：admin パスワード：Abc!2345`), and after the fullwidth colon
// or equals sign an East Asian keyboard types (U+FF1A, U+FF1D: `password：…`, `Passwort：…`), which that rule does not
// read. The value is the ASCII run after the separator (a password typed on any keyboard; the sentence around it goes
// on in its own script: `パスワード：abc123です`), judged as a literal given to a password.
// (The assignment rule's key scan and the prefilter read ASCII only: this rule's words are found by the prefilter's one
// column for the characters past ASCII that its keywords hold — keywordPrefilter.ts — and read by this expression.)
// Not Turkish `parola` (Microsoft's tr-tr word; its capitals below): in Italian it is "word" (`la parola: ciao`); nor `clave` (Spanish "key")
// nor `mdp`. A bare value ends its line, or is followed by a list's separator, a parenthesis or the sentence's own script
// (`パスワード：abc123 (初期値)`): a word followed by more words in ASCII is prose (`Passwort: siehe unten`).
// Linear: the expression starts at a word of the list and reads a bounded stretch.
import { patternRule, type SecretRule } from '../secretRule';
import { acceptsPasswordLiteral } from './secretValue';

// Words written glued to the word before them (Chinese, Japanese and Korean compounds: `数据库密码`, `관리자비밀번호`).
const GLUED = ['パスワード', '暗証番号', '비밀번호', '암호', '密码', '密碼', '口令'];
// Words after a letter's boundary. (`mot de passe` too after `:` or `=`: the assignment rule's key scan stops at its blanks
// and reads `passe` alone, a word it takes only a random-looking value under.)
const BOUNDED = ['пароль', 'hasło', 'şifre', 'mot de passe'];
// Turkish writes the capital of `i` with its dot, `İ` (U+0130: `ŞİFRE`, `Şİfre`; Unicode's SpecialCasing.txt and CLDR's tr-Upper
// transform, `i → İ`). Its lower case is two code units (`i̇`), so neither `eitherCase` nor the prefilter's folding reaches it
// from `i`: the word is a keyword of its own with `İ` (a character past ASCII, read in the prefilter's wide column) and its `i`
// is read `[iIİ]`.
const TURKISH = ['şifre'];
const DOTTED_CAPITAL_I = (word: string): string => word.replaceAll('i', 'İ');
// The words the assignment rule reads after `:` or `=`, read here after the fullwidth separators only.
const FULLWIDTH_ONLY = ['password', 'passwd', 'pwd', 'passwort', 'kennwort', 'contraseña', 'contrasena', 'senha', 'wachtwoord', 'lösenord', 'losenord', 'salasana'];
const FULLWIDTH = ['：', '＝'];

// (`db_пароль`: after `_` too, as the assignment rule reads `db_password`.)
const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{N}])';
// (A quoted key's closing quote, `"パスワード": "…"`; the blanks an aligned file or an ideographic space put around it.)
const GAP = '["\']?[ \\t\\u3000]{0,4}';
// Each letter in either case, written out: under the `i` flag with `u`, Unicode's case folding matches `ſ` for `s` and `K`
// (the Kelvin sign) for `k`, a text the prefilter's keywords do not hold (keywordSoundness.test.ts).
function eitherCase(word: string): string {
  const dottedI = TURKISH.includes(word);
  return [...word].map((c) => (dottedI && c === 'i' ? '[iIİ]' : c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');
}
// (After a quoted value its closing quote, which no value character is; after a bare one, what may follow it.)
const VALUE = `[ \\t\\u3000]{0,4}(?<q>["']?)(?<secret>[!#-&(-~]{3,128})(?![!#-&(-~])(?=\\k<q>(?:(?<=["'])|[ \\t\\u3000]*(?:$|[\\r\\n,;|(]|[^\\x00-\\x7f])))`;
const PATTERN = new RegExp(
  `(?:(?:${GLUED.map(eitherCase).join('|')}|${NOT_AFTER_LETTER}(?:${BOUNDED.map(eitherCase).join('|')}))${GAP}[:=：＝]|${NOT_AFTER_LETTER}(?:${FULLWIDTH_ONLY.map(eitherCase).join('|')})${GAP}[：＝])${VALUE}`,
  'u',
);

export const localizedPasswordRule: SecretRule = patternRule({
  id: 'localized-password',
  keywords: [...GLUED, ...BOUNDED, ...TURKISH.map(DOTTED_CAPITAL_I), ...FULLWIDTH_ONLY.flatMap((word) => FULLWIDTH.flatMap((sign) => [`${word}${sign}`, `${word} ${sign}`]))],
  pattern: PATTERN,
  secretEndsMatch: true,
  nearKeywords: true,
  passwordSlot: acceptsPasswordLiteral,
});

// Turkish's other spellings, a rule of their own so that the words above are read by the expression they were (its
// alternatives tried near every keyword cost the other languages' lines ~12%): `şifre` decomposed — NFD writes `İ` as `I` +
// U+0307 and `Ş` as `S` + U+0327 (UnicodeData.txt), a lower-casing that knows no Turkish writes `İ` as `i` + U+0307
// (SpecialCasing.txt's `0130; 0069 0307`), each a keyword with its marks — and Microsoft's tr-tr word `parola` in capitals
// only: `PAROLA`, `DB_PAROLA` (Italian's "word" is written so only in a heading, where no separator follows it:
// `PAROLA CHIAVE: …`, `## PAROLA`). (A mark is required: the precomposed spellings are the rule above's.)
const DECOMPOSED = ['şi\u0307fre', 's\u0327ifre', 's\u0327i\u0307fre'];
export const turkishPasswordSpellingRule: SecretRule = patternRule({
  id: 'localized-password-turkish',
  keywords: [...DECOMPOSED, 'parola'],
  pattern: new RegExp(`${NOT_AFTER_LETTER}(?:(?:[sS]\\u0327[iI]\\u0307?|[şŞ][iI]\\u0307)[fF][rR][eE]|PAROLA)${GAP}[:=：＝]${VALUE}`, 'u'),
  secretEndsMatch: true,
  nearKeywords: true,
  passwordSlot: acceptsPasswordLiteral,
});
