// The shape every secret detector has, after gitleaks: keywords that must be in the text before
// the rule runs at all (a cheap prefilter), a linear-time matcher, an entropy floor and an
// allowlist for what only looks like a secret. Each rule's true and false positives live with
// the unit tests (test/unit/guard/ruleExamples.ts), out of the shipped bundle.
import { keywordLead } from './keywordLed';
import { secretTail } from './secretPlace';
import { numberedGroups } from './numberedGroups';
import { spanKind, type SpanList } from './spanList';
import type { Places } from './keywordPrefilter';
import { pairSpanKind, pairUserStart } from './credentialPair';
import { shannonEntropy } from './stringEntropy';
import { looksPasswordPlaceholder, looksPlaceholder } from './placeholderValue';
import { forEachMatchInReach, type LiteralReach } from './literalReach';

/** A secret found in a text: the span to redact. */
export interface SecretSpan {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

export interface SecretRule {
  readonly id: string;
  /** Lower-case literals; the rule runs only on text that contains one of them. */
  readonly keywords: readonly string[];
  /**
   * Adds every span of a secret in `text` to `found`, in ascending order, found in linear time.
   * `near`, for a rule with `nearKeywords`, holds the ends of its keywords' occurrences (rising).
   */
  find(text: string, found: SpanList, near?: Places): void;
  /**
   * The redactor hands `find` the ends of the rule's keywords' occurrences (ASCII case-insensitively),
   * recorded in its prefilter's pass (none past 1024 of them: then `find` reads the whole text). A
   * pattern rule sets it where every match starts on the line where one of its keywords occurs and
   * holds that occurrence, and tries only those lines (a keyword inside random values, `ftp`, `pdo`,
   * `zip`, spares it a pass over the whole text).
   */
  readonly nearKeywords?: boolean;
  /**
   * The redactor hands `find`, as `near`, where every occurrence of the rule's keywords starts (rising, each
   * place once, however many), recorded in its prefilter's pass: a rule that visits each keyword (the
   * assignment rule's key scan) needs no pass of its own to find them. Not with `nearKeywords`.
   */
  readonly keywordStarts?: boolean;
  /**
   * The redactor hands `find`, as `near`, every end of the rule's keywords' occurrences (rising, however many),
   * each followed by the index in `keywords` of the longest keyword ending there, recorded in its prefilter's
   * pass: a rule that visits every name (vendor-keyed-token) needs no automaton pass of its own.
   */
  readonly keywordHits?: boolean;
  /**
   * Runs after the other rules and is handed their spans merged (sorted, apart) in `found`: a
   * catch-all judges only what no named rule found, which spares it the dense files where every
   * line is a secret another rule already named.
   */
  readonly afterOthers?: boolean;
}

export interface PatternRuleSpec {
  readonly id: string;
  readonly keywords: readonly string[];
  /**
   * Linear-time: bounded quantifiers on character classes, no nested or overlapping ones. The
   * `secret` group (else the whole match) is redacted. The 'g' flag is added.
   */
  readonly pattern: RegExp;
  /** Least Shannon entropy (bits per char) of the secret; below it the match is a placeholder. */
  readonly entropy?: number;
  /** Return true to let a match go (an example value, a public id). */
  readonly allow?: (secret: string, text: string, start: number) => boolean;
  /**
   * The part of the secret the placeholder and entropy tests read, when the redacted span also
   * holds identifiers: a webhook URL's team and channel ids say nothing of whether its token is real.
   */
  readonly judged?: (secret: string) => string;
  /**
   * The pattern ends its match where the `secret` group ends (what must follow stands in a
   * lookahead), so the group's place is read off the match without match indices: on text where
   * every line is a match, the `d` flag made each match cost six times as much.
   */
  readonly secretEndsMatch?: boolean;
  /** As `SecretRule.nearKeywords`: every match starts on a line of a keyword's occurrence and holds it. */
  readonly nearKeywords?: boolean;
  /**
   * The secret is a password written after its user and this separator as one token (credentialPair.ts):
   * the user before the separator is redacted with it. Only the password is judged.
   */
  readonly pair?: string;
  /**
   * The secret's place is one its tool or API documents as a password (`psexec -p`, `DirectoryEntry(path,
   * user, password)`): `acceptsPasswordLiteral` (rules/secretValue.ts), which judges the secret, after `allow`, as a
   * literal given to a password; and with it the placeholder test is `looksPasswordPlaceholder`'s, where `secret` alone
   * is a literal. Both halves from one field. (Handed in, not imported: secretValue.ts's imports reach the vendor
   * rules, which are pattern rules made when their module loads.)
   */
  readonly passwordSlot?: (text: string, start: number, end: number) => boolean;
  /**
   * Every match holds one of these literals within this reach of its start (literalReach.ts): where the whole text is
   * read, the pattern is tried only before their occurrences.
   */
  readonly needs?: LiteralReach;
}

/**
 * Calls `visit` with each match of the global `pattern` in `text`, as `exec` from 0 finds them;
 * given `near` (keyword ends, rising), only the matches starting on those lines before a keyword's end, by `sticky`
 * (the pattern with the 'y' flag) tried at each of their places: the same matches, when every match starts on a
 * keyword's line and holds that occurrence (`SecretRule.nearKeywords`). Lines longer in all than a thirty-second of the
 * text are read whole. Given `lead` too (a match starts at most that many characters before the end of a keyword's
 * occurrence it holds: `keywordLead`), only the places that near a keyword's end are tried.
 */
export function forEachMatch(text: string, pattern: RegExp, sticky: RegExp, near: Places | undefined, visit: (m: RegExpExecArray) => void, lead = Infinity, needs?: LiteralReach): void {
  const lines = near && linesOf(text, near);
  if (!lines && needs) {
    forEachMatchInReach(text, sticky, needs, visit);
    return;
  }
  if (!lines) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      visit(m);
    }
    return;
  }
  // (A match may run past its line, a quoted value's line break: the next line is tried from its end, as `exec` would.)
  // A match holds the occurrence whose line it starts on, so it starts before that occurrence's end: only the places from
  // the line's start (or within `lead` of a place) up to a place are tried, not the line's rest after its last keyword.
  // (On a line of many names, `keywords: ['ftp', …]`, a rule read by its word alone tried every character of it.)
  let resume = 0;
  let p = 0;
  for (let l = 0; l < lines.length; l += 2) {
    const start = lines[l]!;
    const end = lines[l + 1]!;
    while (p < near!.length && near![p]! <= start) p++;
    for (; p < near!.length && near![p]! <= end; p++) {
      const place = near![p]!;
      for (let at = Math.max(start, resume, place - lead); at < place; ) {
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (!m || m[0] === '') {
          at++;
          continue;
        }
        visit(m);
        at = resume = m.index + m[0].length;
      }
      // (The places before this one's end are tried: the next place's window starts after it.)
      resume = Math.max(resume, place);
    }
  }
}

/** A rule's own global expression, tried by `forEachMatch`; on its keywords' lines only when `near`. */
export interface LedPattern {
  /** Every match holds one of the rule's keywords on its first line, by the expression's shape (keywordLed.ts). */
  readonly near: boolean;
  forEach(text: string, near: Places | undefined, visit: (m: RegExpExecArray) => void): void;
}

/**
 * `pattern` (global) for a rule with its own reading of each match: near its keywords when their shape
 * says so, as a pattern rule is (not with a keyword of one character: see `patternRule`).
 */
export function ledPattern(pattern: RegExp, keywords: readonly string[]): LedPattern {
  const lead = keywords.every((keyword) => keyword.length > 1) ? keywordLead(pattern, keywords) : undefined;
  const sticky = new RegExp(pattern.source, `${pattern.flags}y`);
  return { near: lead !== undefined, forEach: (text, places, visit) => forEachMatch(text, pattern, sticky, lead !== undefined ? places : undefined, visit, lead) };
}

/** The lines holding the given places, start and end (before its `\n`) apart, rising; undefined past the budget. */
function linesOf(text: string, near: Places): number[] | undefined {
  const budget = Math.max(256, text.length >> 5);
  const lines: number[] = [];
  let spent = 0;
  let lastEnd = -1;
  for (const place of near) {
    if (place <= lastEnd) continue;
    // (Forward first, the engine's fast search; then back by hand no farther than the budget allows: on
    // one long line, a backward search from each located rule's first keyword read the line again and again.)
    const newline = text.indexOf('\n', place);
    const end = newline === -1 ? text.length : newline;
    let left = budget - spent - (end - place);
    if (left < 0) return undefined;
    let start = place;
    while (start > 0 && text.charCodeAt(start - 1) !== 10) {
      if (--left < 0) return undefined;
      start--;
    }
    spent += end - start;
    lines.push(start, end);
    lastEnd = end;
  }
  return lines;
}

/** A rule made of one regular expression (vendor formats with a fixed prefix, most of them). */
export function patternRule(spec: PatternRuleSpec): SecretRule {
  // (Compiled with its groups numbered, not named: `exec` then builds no `groups` object per match. numberedGroups.ts.)
  const { source, numbers } = numberedGroups(spec.pattern.source);
  const group = numbers.get('secret');
  const ofGroup = group !== undefined;
  // A secret followed by a tail of known width (its closing quote, `@` and a host's character)
  // ends where the match ends less that tail (secretPlace.ts).
  const tail = ofGroup && !spec.secretEndsMatch ? secretTail(spec.pattern.source, spec.pattern.flags) : undefined;
  const tailGroups = tail?.groups.map((name) => numbers.get(name)!);
  // Match indices ('d') cost an allocation per match: asked for only when a group is the secret.
  const indices = ofGroup && !spec.secretEndsMatch && tail === undefined;
  const flags = new Set([...spec.pattern.flags, 'g', ...(indices ? ['d'] : [])]);
  const pattern = new RegExp(source, [...flags].join(''));
  const sticky = new RegExp(source, [...flags, 'y'].join(''));
  const kind = spec.pair === undefined ? spanKind(spec.id) : pairSpanKind(spec.id, spec.pair);
  const separator = spec.pair?.charCodeAt(0);
  // (A pattern whose matches hold a keyword's literal on their first line, a vendor's prefix, is near its keywords by
  // its shape; not one with a keyword of one character (Discord's `.`): past 1024 places in most long texts, its
  // places are recorded for nothing, and the prefilter's give-up path, run late, costs a recompile of its scan.)
  const lead = spec.keywords.every((keyword) => keyword.length > 1) ? keywordLead(spec.pattern, spec.keywords) : undefined;
  const nearKeywords = spec.nearKeywords === true || lead !== undefined;
  const passwordSlot = spec.passwordSlot;
  const placeholder = passwordSlot ? looksPasswordPlaceholder : looksPlaceholder;
  return {
    id: spec.id,
    keywords: spec.keywords,
    ...(nearKeywords ? { nearKeywords: true } : {}),
    find(text, found, near) {
      forEachMatch(text, pattern, sticky, nearKeywords ? near : undefined, (m) => {
        // (The secret's text is the group's, or the match's where the group took no part: `exec` made it already.)
        const secret = ofGroup ? (m[group] ?? m[0]) : m[0];
        const end = secretEnd(m, group, indices, tailGroups, tail?.units ?? 0);
        const start = end - secret.length;
        const judged = spec.judged ? spec.judged(secret) : secret;
        if (placeholder(judged)) return;
        if (spec.entropy !== undefined && shannonEntropy(judged) < spec.entropy) return;
        if (spec.allow?.(secret, text, start)) return;
        if (passwordSlot && !passwordSlot(text, start, end)) return;
        found.push(kind, separator !== undefined && text.charCodeAt(start - 1) === separator ? pairUserStart(text, start - 1) : start, end);
      }, lead, spec.needs);
    },
  };
}

/**
 * Where the match's secret ends: its group's index, or the match's end less its tail (the tail's characters and the
 * groups it repeats); the match's end where the group took no part or there is none (`group` undefined).
 */
function secretEnd(m: RegExpExecArray, group: number | undefined, indices: boolean, tailGroups: readonly number[] | undefined, tailUnits: number): number {
  const matchEnd = m.index + m[0].length;
  if (group === undefined || m[group] === undefined) return matchEnd;
  if (indices) return m.indices![group]![1];
  if (tailGroups === undefined) return matchEnd;
  let end = matchEnd - tailUnits;
  for (const g of tailGroups) end -= m[g]?.length ?? 0;
  return end;
}

// The placeholder policy every rule asks (placeholderValue.ts), reached by the rules through this file as before.
export { looksPlaceholder, mayStandIn, opensSlot, placeholderExpressions, TEMPLATE_SLOT } from './placeholderValue';
