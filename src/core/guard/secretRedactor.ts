// Finds secrets in text bound for a non-local model and replaces them with a marker. One pass of
// the keyword prefilter says which rules the text needs; each of those is linear in the text's
// length; overlapping finds are merged in one sorted pass, so no input size can stall the
// extension host.
import { assignmentRule } from './rules/assignmentRule';
import { credentialRules } from './rules/credentialRules';
import { KeywordPrefilter } from './keywordPrefilter';
import { highEntropyRule } from './rules/highEntropyRule';
import { vendorTokenRules } from './rules/vendorTokenRules';
import type { SecretRule, SecretSpan } from './secretRule';

export type Redaction = SecretSpan;

export interface RedactionResult {
  readonly text: string;
  readonly count: number;
  readonly redactions: readonly Redaction[];
}

/** Most specific first: a vendor token inside an assignment is named by its vendor. */
export const secretRules: readonly SecretRule[] = [...credentialRules, ...vendorTokenRules, assignmentRule, highEntropyRule];

/** Spans of secrets in `text`, sorted and non-overlapping. */
export function findSecrets(text: string, rules: readonly SecretRule[] = secretRules): Redaction[] {
  const needed = prefilterOf(rules).needed(text);
  const found: Redaction[][] = [];
  rules.forEach((rule, i) => {
    if (needed[i]) found.push(rule.find(text));
  });
  const spans = mergeSpans(found.flat());
  return withEveryOccurrence(text, spans);
}

const prefilters = new WeakMap<readonly SecretRule[], KeywordPrefilter>();

function prefilterOf(rules: readonly SecretRule[]): KeywordPrefilter {
  let prefilter = prefilters.get(rules);
  if (!prefilter) {
    prefilter = new KeywordPrefilter(rules.map((r) => r.keywords));
    prefilters.set(rules, prefilter);
  }
  return prefilter;
}

const MAX_REPEATED_SECRETS = 64;

/** A secret found once is a secret everywhere in the text (pasted again, in a comment, in a log). */
function withEveryOccurrence(text: string, spans: Redaction[]): Redaction[] {
  const seen = new Map<string, string>();
  for (const s of spans) {
    if (s.end - s.start >= 8 && seen.size < MAX_REPEATED_SECRETS) seen.set(text.slice(s.start, s.end), s.kind);
  }
  // Only occurrences no span covers yet are new: a secret repeated a thousand times and found
  // each time adds nothing to sort.
  const added: Redaction[] = [];
  for (const [secret, kind] of seen) {
    let i = 0;
    for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) {
      const end = at + secret.length;
      // Spans are sorted and apart, so their ends rise too: the first that ends at or after this
      // occurrence is the only one that can hold it.
      while (i < spans.length && spans[i]!.end < end) i++;
      if (i < spans.length && spans[i]!.start <= at) continue;
      added.push({ kind, start: at, end });
    }
  }
  return added.length === 0 ? spans : mergeSpans([...spans, ...added]);
}

const markers = new Map<string, string>();

export function redactionMarker(kind: string): string {
  let marker = markers.get(kind);
  if (marker === undefined) {
    marker = `[REDACTED:${kind}]`;
    markers.set(kind, marker);
  }
  return marker;
}

export function redactSecrets(text: string): RedactionResult {
  const redactions = findSecrets(text);
  if (redactions.length === 0) return { text, count: 0, redactions };
  // Appending builds a rope that V8 flattens once; an array of parts joined costs twice as much.
  let redacted = '';
  let cursor = 0;
  for (const r of redactions) {
    redacted += text.slice(cursor, r.start);
    redacted += redactionMarker(r.kind);
    cursor = r.end;
  }
  redacted += text.slice(cursor);
  return { text: redacted, count: redactions.length, redactions };
}

/** Sorted by start; an overlap joins the earlier span (keeping its kind). */
function mergeSpans(spans: Redaction[]): Redaction[] {
  if (!isSorted(spans)) spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Redaction[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) merged[merged.length - 1] = { ...last, end: span.end };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

function isSorted(spans: readonly Redaction[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}
