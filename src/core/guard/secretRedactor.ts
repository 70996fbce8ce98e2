// Finds secrets in text bound for a non-local model and replaces them with a marker. Every rule
// runs only when one of its keywords is in the text, and every rule is linear in the text's
// length; overlapping finds are merged in one sorted pass, so no input size can stall the
// extension host.
import { assignmentRule } from './rules/assignmentRule';
import { credentialRules } from './rules/credentialRules';
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

export function redactionMarker(kind: string): string {
  return `[REDACTED:${kind}]`;
}

/** Spans of secrets in `text`, sorted and non-overlapping. */
export function findSecrets(text: string, rules: readonly SecretRule[] = secretRules): Redaction[] {
  const lower = text.toLowerCase();
  const found: Redaction[] = [];
  for (const rule of rules) {
    if (rule.keywords.length > 0 && !rule.keywords.some((k) => lower.includes(k))) continue;
    for (const span of rule.find(text, lower)) found.push(span);
  }
  return mergeSpans(withEveryOccurrence(text, mergeSpans(found)));
}

const MAX_REPEATED_SECRETS = 64;

/** A secret found once is a secret everywhere in the text (pasted again, in a comment, in a log). */
function withEveryOccurrence(text: string, spans: Redaction[]): Redaction[] {
  const seen = new Map<string, string>();
  for (const s of spans) {
    if (s.end - s.start >= 8 && seen.size < MAX_REPEATED_SECRETS) seen.set(text.slice(s.start, s.end), s.kind);
  }
  if (seen.size === 0) return spans;
  const all = [...spans];
  for (const [secret, kind] of seen) {
    for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) all.push({ kind, start: at, end: at + secret.length });
  }
  return all;
}

export function redactSecrets(text: string): RedactionResult {
  const redactions = findSecrets(text);
  if (redactions.length === 0) return { text, count: 0, redactions };
  const parts: string[] = [];
  let cursor = 0;
  for (const r of redactions) {
    parts.push(text.slice(cursor, r.start), redactionMarker(r.kind));
    cursor = r.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), count: redactions.length, redactions };
}

/** Sorted by start; an overlap joins the earlier span (keeping its kind). */
function mergeSpans(spans: Redaction[]): Redaction[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
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
