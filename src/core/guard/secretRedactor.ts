// Finds secrets in text bound for a non-local model and replaces them with a marker, counting
// them by kind. Known formats first, then long random-looking strings; hashes that are meant to
// be public (lock-file integrity, commit ids) and UUIDs are left alone.
import { classSwitchRate, shannonEntropy, wordiness } from './stringEntropy';
import { secretRules } from './secretPatterns';

export interface Redaction {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

export interface RedactionResult {
  readonly text: string;
  readonly count: number;
  readonly redactions: readonly Redaction[];
}

const compiledRules = secretRules.map((rule) => ({
  ...rule,
  pattern: new RegExp(rule.pattern.source, rule.pattern.flags.includes('d') ? rule.pattern.flags : `${rule.pattern.flags}d`),
}));

const candidatePattern = /[A-Za-z0-9+/_=-]{20,}/g;

export function redactionMarker(kind: string): string {
  return `[REDACTED:${kind}]`;
}

/** Spans of secrets in `text`, sorted and non-overlapping. */
export function findSecrets(text: string): Redaction[] {
  const found: Redaction[] = [];
  for (const rule of compiledRules) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const groups = match.indices?.groups;
      const span = groups?.secret ?? groups?.secret2 ?? match.indices?.[0];
      if (!span) continue;
      const secret = text.slice(span[0], span[1]);
      if (rule.accept && !rule.accept(secret, groups?.secret !== undefined && groups.q !== undefined)) continue;
      found.push({ kind: rule.kind, start: span[0], end: span[1] });
    }
  }
  for (const match of text.matchAll(candidatePattern)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (found.some((r) => r.start < end && start < r.end)) continue;
    if (looksRandom(match[0], text.slice(Math.max(0, start - 16), start))) {
      found.push({ kind: 'high-entropy', start, end });
    }
  }
  return mergeSpans(found);
}

export function redactSecrets(text: string): RedactionResult {
  const redactions = findSecrets(text);
  if (redactions.length === 0) return { text, count: 0, redactions };
  let out = '';
  let cursor = 0;
  for (const r of redactions) {
    out += text.slice(cursor, r.start) + redactionMarker(r.kind);
    cursor = r.end;
  }
  out += text.slice(cursor);
  return { text: out, count: redactions.length, redactions };
}

/** A long token that reads like a random key, not like a word, path, hash or id. */
export function looksRandom(token: string, before: string): boolean {
  // Integrity hashes (sha512-…), data URIs and key ids are public by design.
  if (/(?:base64,|integrity["']?\s*[:=]\s*["']?)$/i.test(before)) return false;
  if (/(?:^|[^A-Za-z0-9])(?:sha\d*|sha3|md5|blake2b?|h1)[-:]$/i.test(before)) return false;
  if (/^(?:sha\d*|sha3|md5|blake2b?)-/i.test(token)) return false;
  const core = token.replace(/^[-_=]+|[-_=]+$/g, '');
  if (core.length < 20) return false;
  if (/^[0-9a-fA-F]+$/.test(core)) return false; // commit ids, checksums, hex digests
  if (/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/.test(core)) return false;
  // Mixed case, and digits unless it is long: short all-letter runs are too often names.
  if (!/[a-z]/.test(core) || !/[A-Z]/.test(core) || (!/[0-9]/.test(core) && core.length < 24)) return false;
  if (wordiness(core) >= 0.45) return false; // identifiers, paths, prose
  const threshold = 0.8 * Math.log2(Math.min(core.length, 64));
  return shannonEntropy(core) >= threshold && classSwitchRate(core) >= 0.3;
}

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
