// Tokens that carry their issuer's prefix, whoever the issuer: the shape GitHub's `ghp_`, npm's
// `npm_`, Linear's `lin_api_` and most tokens issued since 2021 share, which trufflehog's and
// gitleaks' prefix-keyed detectors know one vendor at a time. A short word in one case, maybe a
// qualifier or two (`sk-proj-`, `acme_live_`, `dop_v1_`), an `_` or `-`, then a body of 28 to 100
// letters and digits of both cases that reads as generated. Found wherever it stands (prose, an
// argument, a path), not only after a key or a quote: the prefix and the body say what it is. The
// vendors' rules name the tokens they know; this one finds those nobody listed.
// Linear: one pass over the runs of token characters, each run read once.
import type { SecretRule } from '../secretRule';
import { looksPlaceholder } from '../secretRule';
import { hasPublicPrefix } from '../publicKeyPrefix';
import { spanKind } from '../spanList';
import { asciiClass, forEachLongRun } from '../longRuns';
import { looksRandomValue } from './randomValue';
import { breaksIssuedFormat } from './issuedTokenFormats';
import { escapeLength } from './tokenBoundary';
import { RecentStretches } from '../recentStretches';

const KIND = spanKind('prefixed-token');
/** 28 characters of 62 carry 166 bits; object ids with a prefix (Stripe's 24, Clerk's 27) are shorter. */
const MIN_BODY = 28;
const MAX_BODY = 100;
const MAX_PREFIX = 30;

// A word in one case, up to two qualifiers, the separator: `acme_`, `sk-proj-`, `dop_v1_`, `CCIPAT_`.
// (An upper-case word of 4 letters or more: base64url, whose runs hold `_` and `-` anywhere, starts with
// 2 or 3 capitals and a separator one time in a few hundred.)
const PREFIX = /^(?:[a-z]{2,10}(?:[_-][a-z0-9]{1,8}){0,2}|[A-Z]{4,10}(?:[_-][A-Z0-9]{1,8}){0,2})[_-]$/;
// A digest given to its algorithm's name (pip's RECORD `sha256=…`, `md5:`): public by design.
const DIGEST_BEFORE = /(?:sha\d*|md5|blake2b?)[=:]$/i;
// A prefix that names an object, a digest or a build rather than an issuer: `user_…`, `chatcmpl-…`,
// `sha256-…` name a thing or its hash, which its owner shows; a credential's prefix names its issuer or kind.
const OBJECT_PREFIX = /^(?:id|uid|uuid|guid|oid|user|usr|org|acct|account|cus|cust|customer|ch|evt|event|msg|message|req|request|run|job|task|file|img|image|doc|obj|ref|rev|commit|build|sha\d*|md5|hash|digest|chatcmpl|cmpl|resp|call|asst|thread|step|trace|span)[_-]/i;
const DIGIT = /\d/;

export const prefixedTokenFamilyRule: SecretRule = {
  id: 'prefixed-token',
  keywords: [],
  // Judges only runs no named rule found: a vendor's rule names its own tokens first.
  afterOthers: true,
  find(text, found) {
    let held: ((start: number, end: number) => boolean) | undefined;
    let recent: RecentStretches | undefined;
    // (Runs shorter than the shortest prefix and body are passed over mostly unread: `forEachLongRun`.)
    forEachLongRun(text, MIN_BODY + 3, RUN_CHAR_CLASS, (runStart, end) => {
      // A run opened by an escape's last characters (`\n`, `%3D`, `\u0022`) holds the token after them.
      const escape = escapeLength(text, runStart);
      const start = runStart + escape;
      if (end - start > MAX_BODY + MAX_PREFIX) return;
      if ((escape === 0 && !opensToken(text, start)) || !closesToken(text, end)) return;
      // The separator's tests and the judgement read the token's characters alone (`sep` is found in
      // them), each test pure: a token judged in this reading and met again (pasted on every line of a
      // log) has the answer it had. A token is kept only once it has passed the separator's tests, so one
      // met again passes them again: they are asked of a token not kept. (All tests are turn-downs joined
      // by "and": their order changes no answer. The tests that read around the token, `held` and the
      // digest's name, are asked at every occurrence.)
      recent ??= new RecentStretches(text);
      let issued = recent.answer(start, end);
      let sep = -1;
      if (issued === -1) {
        // The prefix, its separator with it, is at most MAX_PREFIX long: a run with no separator there has no prefix (a
        // generated value, a blob) and its body is not read back. (The last separator lies there when any does.)
        if (!separatorIn(text, start + 1, Math.min(end, start + MAX_PREFIX))) return;
        // The body follows the run's last separator.
        sep = end - 1;
        while (sep > start && !isSeparator(text.charCodeAt(sep))) sep--;
        if (sep === start || end - sep - 1 < MIN_BODY || end - sep - 1 > MAX_BODY || sep + 1 - start > MAX_PREFIX) return;
      }
      // A run a named rule already took (`ghs_…` glued back to back: tens of thousands a MB) is
      // passed over before the tests of its prefix and body: every test here only turns a run down.
      // (Built when a run first gets this far: most runs are turned down above.)
      held ??= found.holder();
      if (held(start, end)) return;
      if (digestNamedBefore(text, start)) return;
      if (issued === -1) {
        issued = readsAsIssued(text.slice(start, end), sep + 1 - start) ? 1 : 0;
        recent.keep(start, end, issued === 1);
      }
      if (issued === 1) found.push(KIND, start, end);
    });
  }
};

/** `DIGEST_BEFORE` ends in `=` or `:` right before the token: at any other character the slice is not cut nor read. */
function digestNamedBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return (c === 61 || c === 58) && DIGEST_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * Whether a token whose body starts at `bodyStart` (past its prefix's separator) reads as issued: a prefix that names
 * an issuer, a generated body, no placeholder, no public key, no listed vendor's negative. Pure: reads only `token`.
 */
function readsAsIssued(token: string, bodyStart: number): boolean {
  if (!PREFIX.test(token.slice(0, bodyStart)) || OBJECT_PREFIX.test(token)) return false;
  if (!looksGenerated(token.slice(bodyStart)) || looksPlaceholder(token) || hasPublicPrefix(token)) return false;
  // A listed vendor's prefix (`odt_`, `dop_v1_`) on a body its rule refuses is that rule's negative, not another issuer's token.
  return !breaksIssuedFormat(token);
}

/**
 * Letters of both cases throughout (3 of each at least: 28 generated characters hold about 12 of
 * each, while a hex id with a letter after it, `…d56cR31`, holds one capital) and digits, random as
 * a weak key's value must be.
 */
function looksGenerated(body: string): boolean {
  return atLeast(body, 97, 3) && atLeast(body, 65, 3) && DIGIT.test(body) && looksRandomValue(body);
}

/** `count` letters or more of the case whose `a` is `first` (97 lower, 65 upper). */
function atLeast(body: string, first: number, count: number): boolean {
  let found = 0;
  for (let i = 0; i < body.length && found < count; i++) {
    const c = body.charCodeAt(i);
    if (c >= first && c < first + 26) found++;
  }
  return found >= count;
}

/** [A-Za-z0-9_-] */
function isRunChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
const RUN_CHAR_CLASS = asciiClass(isRunChar);

function isSeparator(c: number): boolean {
  return c === 95 || c === 45;
}

/** A separator in `text` from `from` to before `to`. */
function separatorIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSeparator(text.charCodeAt(i))) return true;
  return false;
}

/** Not a piece of something longer: a member or a host after `.`, base64 after `+` or `/`, a variable after `$`. */
function opensToken(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return c !== 46 && c !== 43 && c !== 47 && c !== 36 && c !== 92;
}

/** Nor before: `.` then more of a name (a sentence's full stop is fine), base64's `+ / =`. */
function closesToken(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 43 || c === 47 || c === 61) return false;
  return c !== 46 || !isRunChar(text.charCodeAt(end + 1));
}
