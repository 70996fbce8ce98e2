// A JWE in its JSON serializations (RFC 7516 §7.2.1 general, §7.2.2 flattened): the compact form's segments stand apart as
// members of one object, `protected`, `encrypted_key` (in each of `recipients`, or beside the others), `iv`, `ciphertext`
// and `tag`, each a base64url string. The compact form is taken whole (jwtRule.ts); here the members that carry the token,
// its `ciphertext` and its `tag`, are taken (`encrypted_key` is the key reading's already, by its name; the protected header
// and the IV are parameters the recipient reads in the clear, RFC 7516 §5.1). A `ciphertext` member is read only beside an
// `iv` and a `tag` member holding strings of the lengths the content encryption algorithms fix (jwtRule.ts `IV_LENGTHS`,
// `TAG_LENGTHS`), each within MEMBER_REACH of it: another format's `ciphertext` stays left. Every member is found once by a
// search forward, and the `iv`s and `tag`s are met by cursors that only rise with the `ciphertext`s: linear.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { shannonEntropy } from '../stringEntropy';
import { isBlank } from '../charCodes';
import { isSegmentChar, IV_LENGTHS, TAG_LENGTHS } from './jwtRule';

const KIND = spanKind('jwe-json');
/** How far apart one object's members are looked for (RFC 7516 A.4's general serialization spans about 900 characters). */
const MEMBER_REACH = 4096;
/** Blanks and line breaks looked past around a member's `:` (the RFC prints each value on the line after its name). */
const MAX_BLANKS = 40;
const COLON = 58;
const DOUBLE_QUOTE = 34;
const LF = 10;
const CR = 13;

export const jweJsonRule: SecretRule = {
  id: 'jwe-json',
  keywords: ['"ciphertext"'],
  find(text, found) {
    const ivs = new Members(text, '"iv"', IV_LENGTHS);
    // (No JWE's `iv` anywhere: no `tag` or `ciphertext` is searched for.)
    if (ivs.none()) return;
    const tags = new Members(text, '"tag"', TAG_LENGTHS);
    for (let at = text.indexOf('"ciphertext"'); at !== -1; at = text.indexOf('"ciphertext"', at + 12)) {
      // (The cursors first: a `ciphertext` with no JWE's `iv` and `tag` near is not read at all.)
      const tag = ivs.near(at) ? tags.near(at) : undefined;
      if (tag === undefined) continue;
      const value = memberValue(text, at + 12);
      if (value === undefined || value.end - value.start < 16) continue;
      const ciphertext = text.slice(value.start, value.end);
      if (looksPlaceholder(ciphertext) || shannonEntropy(ciphertext) < 3) continue;
      found.push(KIND, value.start, value.end);
      found.push(KIND, tag.start, tag.end);
    }
  },
};

/** The occurrences of one member whose value is a base64url string of one of `lengths`, met in rising order. */
class Members {
  private readonly values: { at: number; start: number; end: number }[] = [];
  private next = 0;

  constructor(text: string, name: string, lengths: readonly number[]) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const value = memberValue(text, at + name.length);
      if (value && lengths.includes(value.end - value.start)) this.values.push({ at, ...value });
    }
  }

  none(): boolean {
    return this.values.length === 0;
  }

  /** The first such member within MEMBER_REACH of `at` (asked with `at` rising), or undefined. */
  near(at: number): { start: number; end: number } | undefined {
    while (this.next < this.values.length && this.values[this.next]!.at < at - MEMBER_REACH) this.next++;
    const member = this.values[this.next];
    return member && member.at <= at + MEMBER_REACH ? member : undefined;
  }
}

/** The base64url string after a member's name ending at `from` (`: "…"`, blanks and line breaks around the colon). */
function memberValue(text: string, from: number): { start: number; end: number } | undefined {
  let i = pastSpace(text, from);
  if (text.charCodeAt(i) !== COLON) return undefined;
  i = pastSpace(text, i + 1);
  if (text.charCodeAt(i) !== DOUBLE_QUOTE) return undefined;
  const start = i + 1;
  let end = start;
  while (end < text.length && isSegmentChar(text.charCodeAt(end))) end++;
  return end > start && text.charCodeAt(end) === DOUBLE_QUOTE ? { start, end } : undefined;
}

/** Past at most MAX_BLANKS blanks and line breaks. */
function pastSpace(text: string, at: number): number {
  let i = at;
  const limit = at + MAX_BLANKS;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (!isBlank(c) && c !== LF && c !== CR) break;
    i++;
  }
  return i;
}
