// A random token near a service's name (`DATADOG_API_KEY=…`, `mixpanel: { secret: "…" }`,
// `new Pusher("…")`), the way most of trufflehog's detectors are built: the vendor's name as the
// prefilter keyword, then within 40 characters after it a whole token of a key's alphabet and
// length that reads as generated, not as a word, a name or a digest. Keys without a prefix of
// their own (hex, base62, UUIDs) are found only this way. A name whose detector documents its key's
// shape (vendorKeyedShapes.json, generated from the survey of trufflehog's detectors) also has a key
// of that shape taken outside the usual lengths; a name that is also a word of prose or code
// (`box`, `swell`, `flat`) has only a key of its shape taken, and never a hex digest or a UUID, which
// near a common word are as likely a checksum or a record's id. Linear: the redactor's prefilter pass
// finds the names (or, called alone, an automaton of the names), and every token after them is judged
// at most once for each kind of name.
import { KeywordPrefilter, type Places } from '../keywordPrefilter';
import type { SecretRule } from '../secretRule';
import { looksPlaceholder } from '../secretRule';
import { hasPublicPrefix } from '../publicKeyPrefix';
import { spanKind, type SpanList } from '../spanList';
import { looksRandomValue } from './randomValue';
import { vendorNames } from './vendorNames';
import { keyShapes, surveyedNames, wordNames, type KeyShape } from './vendorKeyedShapes';
import { breaksIssuedFormat, breaksKeyedFormat } from './issuedTokenFormats';

const KIND = spanKind('vendor-keyed-token');
const WORD = 1;
/** How far after the name the token may start (trufflehog's PrefixRegex reach). */
const REACH = 40;
const MIN_TOKEN = 20;
// (Sanity's tokens, `sk` and 79, are the longest keyed format read: trufflehog's sanity detector.)
const MAX_TOKEN = 81;

const plainNames = [...new Set([...vendorNames, ...surveyedNames])];
const plainSet = new Set(plainNames);

/** A documented shape as a table of the characters it allows. */
interface Shape {
  readonly allowed: Uint8Array;
  readonly min: number;
  readonly max: number;
}
// Each name with documented shapes is a group of its own, so that a hit tells which names ended there
// without reading them back: group 0 holds the plain names without a shape.
const shapedNames = Object.keys(keyShapes).filter((name) => plainSet.has(name) || name in wordNames);
const groupShapes: readonly (readonly Shape[])[] = [[], ...shapedNames.map((name) => keyShapes[name]!.map(compileShape))];
const groupIsWord = Uint8Array.from([0, ...shapedNames.map((name) => (plainSet.has(name) ? 0 : 1))]);
const keywords = [...plainNames, ...Object.keys(wordNames)];
const groupOf = new Map<string, number>([...keywords.map((name): [string, number] => [name, 0]), ...shapedNames.map((name, k): [string, number] => [name, k + 1])]);
/**
 * Per keyword, the groups of the names ending where it ends: its own and those of the names it ends in
 * (`datadog`'s and `dog`'s). A hit is handed as the longest name ending there, whose suffixes the others are.
 */
export const groupsEnding: readonly (readonly number[])[] = keywords.map((name) => {
  const groups: number[] = [];
  for (let i = 0; i < name.length; i++) {
    const group = groupOf.get(name.slice(i));
    if (group !== undefined && !groups.includes(group)) groups.push(group);
  }
  return groups;
});
/** The names alone, for a call without the redactor's hits. */
const names = new KeywordPrefilter([keywords], ['hits']);
/** The longest run judged: the longest shape's, or the usual longest key; and the shortest shape. */
const MAX_RUN = Math.max(MAX_TOKEN, ...groupShapes.flat().map((shape) => shape.max));
const MIN_SHAPE = Math.min(...groupShapes.flat().map((shape) => shape.min));

function compileShape(shape: KeyShape): Shape {
  const allowed = new Uint8Array(128);
  for (let i = 0; i < shape.alphabet.length; i++) allowed[shape.alphabet.charCodeAt(i)] = 1;
  return { allowed, min: shape.min, max: shape.max };
}

export const vendorKeyedTokenRule: SecretRule = {
  id: 'vendor-keyed-token',
  keywords,
  keywordHits: true,
  find(text, found, near) {
    const hits = near ?? hitsIn(text);
    // Tokens (whole runs) are judged once for each kind of name: the windows after names close together overlap.
    const judgedTo = [0, 0];
    for (let h = 0; h < hits.length; h += 2) judgeAfter(text, found, hits[h]!, groupsEnding[hits[h + 1]!]!, judgedTo);
  },
};

/** Each name's end, then the index of the longest name ending there, in rising order. */
function hitsIn(text: string): Places {
  const near = names.nearSlots();
  names.needed(text, near);
  return near[0]!;
}

/** Takes the first token after the name ending at `nameEnd` and within reach that is a key, judging each token past `judgedTo` of its kind. */
function judgeAfter(text: string, found: SpanList, nameEnd: number, groups: readonly number[], judgedTo: number[]): void {
  // (Most hits are of one plain name without a shape, group 0: read first.)
  const kind = groups[0] === 0 ? 0 : kindOf(groups);
  const windowEnd = Math.min(text.length, nameEnd + REACH);
  let i = Math.max(nameEnd, judgedTo[kind]!);
  // A run the name's own word is part of (`DATADOG_API_KEY`) is not a token after it.
  // (The class read by its table in the loops, not a call a character: whether V8 inlines such a call depends on what the
  // process ran before, README, twenty-seventh round, guardspeed37. `c < 128` is false past the text's end, NaN.)
  for (; i < windowEnd; i++) {
    const c = text.charCodeAt(i - 1);
    if (!(c < 128 && TOKEN_CHARS[c] === 1)) break;
  }
  for (; i < windowEnd; i++) {
    const c = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    if (!(c < 128 && TOKEN_CHARS[c] === 1) || (before < 128 && TOKEN_CHARS[before] === 1)) continue;
    let end = i + 1;
    for (; end < text.length && end - i <= MAX_RUN; end++) {
      const e = text.charCodeAt(end);
      if (!(e < 128 && TOKEN_CHARS[e] === 1)) break;
    }
    let to = end;
    const after = text.charCodeAt(end);
    if (after < 128 && TOKEN_CHARS[after] === 1) {
      for (; to < text.length; to++) { // too long: a blob, not a key
        const t = text.charCodeAt(to);
        if (!(t < 128 && TOKEN_CHARS[t] === 1)) break;
      }
    } else if (takesToken(text, groups, i, end, kind) && !namedPublic(text, nameEnd, i) && !breaksFormat(text, nameEnd, i, end)) {
      judgedTo[kind] = end;
      found.push(KIND, i, end);
      return;
    }
    judgedTo[kind] = to;
    i = to;
  }
  judgedTo[kind] = Math.max(judgedTo[kind]!, windowEnd);
}

/** The token after a plain name is a key of the usual lengths or of the name's documented shape; after a word, of its shape alone, and no hex digest or UUID. */
function takesToken(text: string, groups: readonly number[], start: number, end: number, kind: number): boolean {
  const length = end - start;
  if (kind !== WORD && length >= MIN_TOKEN && length <= MAX_TOKEN) return looksKeyLike(text, start, end);
  if (length < MIN_SHAPE || (groups.length === 1 && groups[0] === 0) || !fitsAShape(text, groups, start, end)) return false;
  if (kind === WORD && HEX_OR_UUID.test(text.slice(start, end))) return false;
  return looksKeyLike(text, start, end);
}

// A hex digest (`9f86d08…`) or a UUID: near a common word, a checksum or a record's id as often as a key.
const HEX_OR_UUID = /^(?:[0-9a-f]+|[0-9A-F]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

/** Plain if any of the names ending here is plain. */
function kindOf(groups: readonly number[]): number {
  for (let g = 0; g < groups.length; g++) if (groupIsWord[groups[g]!] === 0) return 0;
  return WORD;
}

function fitsAShape(text: string, groups: readonly number[], start: number, end: number): boolean {
  for (let g = 0; g < groups.length; g++) {
    const shapes = groupShapes[groups[g]!]!;
    for (let k = 0; k < shapes.length; k++) if (fits(text, start, end, shapes[k]!)) return true;
  }
  return false;
}

function fits(text: string, start: number, end: number, shape: Shape): boolean {
  if (end - start < shape.min || end - start > shape.max) return false;
  for (let i = start; i < end; i++) if (shape.allowed[text.charCodeAt(i)] !== 1) return false;
  return true;
}

/** The vendor named documents its keys' formats and the token fits none, or the token bears a vendor's prefix and breaks that vendor's format. */
function breaksFormat(text: string, nameEnd: number, start: number, end: number): boolean {
  const token = text.slice(start, end);
  return breaksKeyedFormat(text, nameEnd, token) || breaksIssuedFormat(token);
}

// NEXT_PUBLIC_…, SUPABASE_ANON_KEY, RECAPTCHA_SITE_KEY, publishableKey: keys shipped to browsers by design.
const PUBLIC_NAME = /public|publishable|anon[_-]?key|site[_-]?key|pub[_-]?key/i;

/** The key the token is given to, from its line's start (at most 40 characters before the vendor's name), names it public. */
function namedPublic(text: string, nameEnd: number, tokenStart: number): boolean {
  // (Read back by hand, bounded: lastIndexOf would read a long line back to its start at each token.)
  let from = nameEnd;
  while (from > 0 && nameEnd - from < REACH && text.charCodeAt(from - 1) !== 10) from--;
  return PUBLIC_NAME.test(text.slice(from, tokenStart));
}

/** [A-Za-z0-9_-], 1 per ASCII code. */
const TOKEN_CHARS = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 ? 1 : 0));

/**
 * What a value starts after: a quote, an operator, a blank, a bracket or a comma (a token after
 * `.`, `?` or `/` is a piece of something longer: a dotted token, a query, a path).
 */
function opensValue(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 61 || c === 58 || c === 32 || c === 9 || c === 10 || c === 13 || c === 40 || c === 91 || c === 123 || c === 44 || c === 62;
}

/** What a value ends before: a quote, a blank, a separator, a closing bracket, `<`, `&`, the end. */
function closesValue(c: number): boolean {
  return c !== c || c === 34 || c === 39 || c === 96 || c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 59 || c === 41 || c === 93 || c === 125 || c === 60 || c === 38;
}

// sha1:…, md5-…, sha512-… (integrity): a digest, public by design.
const DIGEST_BEFORE = /(?:sha\d*|md5|integrity)["']?\s*[-:=]?\s*["']?$/i;
const DIGIT = /\d/;
// YOUR_PROJECT_TOKEN_1234, cloudflare-workers-types-4: words joined, maybe numbered, a name.
const WORDS_JOINED = /^[A-Za-z]+(?:[_-][A-Za-z]+)+(?:[_-]?\d{1,8})?$/;
// D3D11_MESSAGE_ID_DEVICE_SOSETTARGETS_HAZARD (after `…SOGETSTREAM…`): an upper-case constant whose parts hold digits,
// which neither WORDS_JOINED nor the shared CONSTANT_NAME reads; a word of four capitals in it says it is a name.
const UPPER_CONSTANT = /^[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*){2,}$/;
const CAPITALS_WORD = /[A-Z]{4}/;

/** A key's look, whatever its length: letters and digits, random as a weak key's value must be, and a whole value. */
function looksKeyLike(text: string, start: number, end: number): boolean {
  if (!opensValue(text.charCodeAt(start - 1)) || !closesValue(text.charCodeAt(end))) return false;
  const token = text.slice(start, end);
  if (!DIGIT.test(token) || hasPublicPrefix(token) || WORDS_JOINED.test(token) || (UPPER_CONSTANT.test(token) && CAPITALS_WORD.test(token)) || !looksRandomValue(token) || looksPlaceholder(token)) return false;
  return !DIGEST_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
