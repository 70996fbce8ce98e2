// A random token near a service's name (`DATADOG_API_KEY=…`, `mixpanel: { secret: "…" }`,
// `new Pusher("…")`), the way most of trufflehog's detectors are built: the vendor's name as the
// prefilter keyword, then within 40 characters after it a whole token of a key's alphabet and
// length that reads as generated, not as a word, a name or a digest. Keys without a prefix of
// their own (hex, base62, UUIDs) are found only this way. Linear: one automaton pass finds the
// names (the redactor's prefilter, which records them), and every token after them is judged at most once.
import { KeywordPrefilter } from '../keywordPrefilter';
import type { SecretRule } from '../secretRule';
import { looksPlaceholder } from '../secretRule';
import { hasPublicPrefix } from '../publicKeyPrefix';
import { spanKind } from '../spanList';
import { looksRandomValue } from './randomValue';
import { vendorNames } from './vendorNames';
import { breaksIssuedFormat, breaksKeyedFormat } from './issuedTokenFormats';

const KIND = spanKind('vendor-keyed-token');
/** How far after the name the token may start (trufflehog's PrefixRegex reach). */
const REACH = 40;
const MIN_TOKEN = 20;
// (Sanity's tokens, `sk` and 79, are the longest keyed format read: trufflehog's sanity detector.)
const MAX_TOKEN = 81;

const names = new KeywordPrefilter([vendorNames]);

export const vendorKeyedTokenRule: SecretRule = {
  id: 'vendor-keyed-token',
  keywords: vendorNames,
  // (The redactor's prefilter records where the names end, in its own pass: past 1024 of them, this rule finds them again.)
  nearKeywords: true,
  find(text, found, near) {
    // Tokens (whole runs) are judged once: the windows after names close together overlap.
    let judgedTo = 0;
    const afterName = (nameEnd: number): void => {
      const windowEnd = Math.min(text.length, nameEnd + REACH);
      let i = Math.max(nameEnd, judgedTo);
      // A run the name's own word is part of (`DATADOG_API_KEY`) is not a token after it.
      while (i < windowEnd && isTokenChar(text.charCodeAt(i - 1))) i++;
      for (; i < windowEnd; i++) {
        if (!isTokenChar(text.charCodeAt(i)) || isTokenChar(text.charCodeAt(i - 1))) continue;
        let end = i + 1;
        while (end < text.length && end - i <= MAX_TOKEN && isTokenChar(text.charCodeAt(end))) end++;
        judgedTo = end;
        if (isTokenChar(text.charCodeAt(end))) {
          while (judgedTo < text.length && isTokenChar(text.charCodeAt(judgedTo))) judgedTo++; // too long: a blob, not a key
        } else if (looksVendorToken(text, i, end) && !namedPublic(text, nameEnd, i) && !breaksFormat(text, nameEnd, i, end)) {
          found.push(KIND, i, end);
          return;
        }
        i = judgedTo;
      }
      judgedTo = Math.max(judgedTo, windowEnd);
    };
    if (near) near.forEach(afterName);
    else names.forEachHit(text, afterName);
  }
};

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

/** [A-Za-z0-9_-] */
function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

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

/** A key's shape: 20 to 80 characters, letters and digits, random as a weak key's value must be, and a whole value. */
function looksVendorToken(text: string, start: number, end: number): boolean {
  if (end - start < MIN_TOKEN || !opensValue(text.charCodeAt(start - 1)) || !closesValue(text.charCodeAt(end))) return false;
  const token = text.slice(start, end);
  if (!DIGIT.test(token) || hasPublicPrefix(token) || WORDS_JOINED.test(token) || !looksRandomValue(token) || looksPlaceholder(token)) return false;
  return !DIGEST_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
