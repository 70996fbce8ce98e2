// The fifty-second holdout's labeller (corpus/README.md, "The fifty-second holdout"): the own tests of secret scanners built
// for LLM prompts and outputs — llm-guard's Secrets input scanner (and its copies) and OpenAI's guardrails secret-keys
// check. Each test feeds a text and asserts a verdict: llm-guard the sanitized prompt (`******` where it redacted) and
// `is_valid`, the guardrail `tripwire_triggered` and `detected_secrets` (the whole token it flagged, or a narrower
// `expected` value). The taken cases are transcribed into each source's manifest (`cases`: the text as the test's Python or
// TypeScript evaluates it, the verdict, what the test expects, and a verbatim quote of the saved file it comes from). Labels
// are the tests': a case expected flagged or redacted is a secret item, a case expected to pass is clean; the secret is what
// the expectation removes or names, narrowed to the credential value by the rules below.
import { placeholderValue } from './passwordCheckTests';
import { verdict, type TwentyFirstNote } from './scrubberDefaultTests';

export const llmGuardSource = 'llm-guard-secrets';
export const llmGuardCopiesSource = 'llm-guard-copies';
export const guardrailsPySource = 'openai-guardrails-py';
export const guardrailsJsSource = 'openai-guardrails-js';
export const secretsPresentSource = 'guardrails-secrets-present';

export type FiftySecondNote =
  | TwentyFirstNote
  | "holds another case's secret"
  | 'not a credential (a URL the check reports)'
  | 'not a credential (a client ID)';

export interface FiftySecondItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: FiftySecondNote;
}

/** One transcribed llm-guard (or SecretsPresent) case: the text, its verdict, the sanitized text the test expects (absent: the test asserts only that something was masked or found). */
export interface ScanCase {
  readonly path: string;
  readonly test: string;
  readonly case: number | string;
  readonly text: string;
  readonly valid: boolean;
  readonly expected?: string;
  readonly quote: string;
}

/** One transcribed guardrail case: flagged (tripwire triggered) or passes, with the narrower value the test names, if any. */
export interface CheckCase {
  readonly path: string;
  readonly test: string;
  readonly case: number | string;
  readonly text: string;
  readonly verdict: 'flagged' | 'passes';
  readonly expected?: string;
  readonly quote: string;
}

// --- llm-guard: what the expected output removes ---------------------------------------------------------

const tokenChar = /[A-Za-z0-9_\-.+/=]/;

/**
 * The spans of `text` the expected output replaces by runs of `*`: the expected output's literal pieces are found in order
 * in the text, what lies between them is removed. Each removed span is widened to the token it lies in (letters, digits,
 * `_-.+/`, and `=` after it: padding, never an assignment's): a partial redaction (a JWT's signature left) still names the
 * whole credential.
 */
export function removedSpans(text: string, expected: string): string[] {
  const pieces = expected.split(/\*+/);
  if (pieces.length < 2) return [];
  const spans: string[] = [];
  let at = 0;
  if (!text.startsWith(pieces[0]!)) throw new Error(`the expected output does not start as its prompt does: ${JSON.stringify(expected.slice(0, 40))}`);
  at = pieces[0]!.length;
  for (let n = 1; n < pieces.length; n++) {
    const piece = pieces[n]!;
    const next = n === pieces.length - 1 ? (text.endsWith(piece) ? text.length - piece.length : -1) : text.indexOf(piece, at + 1);
    if (next < at) throw new Error(`the expected output's piece ${JSON.stringify(piece.slice(0, 20))} is not in its prompt`);
    let start = at;
    let end = next;
    while (start > 0 && tokenChar.test(text[start - 1]!) && text[start - 1] !== '=') start--;
    while (end < text.length && tokenChar.test(text[end]!)) end++;
    spans.push(text.slice(start, end));
    at = next + piece.length;
  }
  return spans;
}

const secretNamed = /[\w.-]*(?:key|password|pwd|secret|token)\s*[:=]\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"']+))/gi;

/**
 * What a test that asserts only "something was found" (a masked output, a failed validation) found: the values its
 * secret-named assignments hold (a name ending in key, password, pwd, secret or token), else the value its last `NAME:
 * VALUE` / `NAME = VALUE` assigns.
 */
export function assignedValues(text: string): string[] {
  const named = [...text.matchAll(secretNamed)].map((m) => (m[1] ?? m[2] ?? m[3])!).filter(Boolean);
  if (named.length) return named;
  const m = /[:=]\s*(\S+)\s*$/.exec(text);
  if (!m) throw new Error(`no assigned value in ${JSON.stringify(text)}`);
  return [m[1]!];
}

const clientId = /\bclient[ _]?id\b/i;

/** llm-guard's cases: redacted, a secret item of the removed spans (placeholders apart); valid and unchanged, clean. */
export function labelScanCases(cases: readonly ScanCase[]): FiftySecondItem[] {
  return cases.map((c) => {
    const rule = `${c.path}#${c.test}[${c.case}]`;
    if (c.valid) {
      if (c.expected !== undefined && c.expected !== c.text) throw new Error(`${rule}: a valid prompt the test expects changed`);
      return { text: c.text, secrets: [], label: 'clean', rule };
    }
    const spans = c.expected !== undefined ? removedSpans(c.text, c.expected) : assignedValues(c.text);
    if (!spans.length) throw new Error(`${rule}: an invalid prompt with nothing removed`);
    if (clientId.test(c.text)) return { text: c.text, secrets: spans, label: 'secret', rule, note: 'not a credential (a client ID)' };
    return secretItem(c.text, spans, rule, new Map(spans.map((s) => [s, spans.filter((t) => t === s).length])));
  });
}

/** Placeholders apart (the decoded value asked too), then the twenty-first holdout's verdict. */
function secretItem(text: string, secrets: readonly string[], rule: string, masked: ReadonlyMap<string, number>): FiftySecondItem {
  const real = [...new Set(secrets)].filter((s) => !placeholderValue(s) && !placeholderValue(percentDecoded(s).decoded));
  if (!real.length) return { text, secrets: [...new Set(secrets)], label: 'secret', rule, note: 'a documented example or filler value' };
  return verdict(text, real, rule, masked);
}

// --- the guardrail: the credential in the flagged token ---------------------------------------------------

/** `text` with each run of `%XX` that is valid UTF-8 decoded once; `from[i]`/`to[i]` give decoded char i's source span. */
export function percentDecoded(text: string): { decoded: string; from: number[]; to: number[] } {
  let decoded = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < text.length) {
    const run = /^(?:%[0-9A-Fa-f]{2})+/.exec(text.slice(i));
    if (run) {
      const bytes = Buffer.from(run[0].replace(/%/g, ''), 'hex');
      let chars: string | undefined;
      try {
        chars = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        chars = undefined;
      }
      if (chars !== undefined) {
        let at = i;
        for (const ch of chars) {
          const width = 3 * Buffer.byteLength(ch, 'utf8');
          for (let u = 0; u < ch.length; u++) {
            from.push(at);
            to.push(at + width);
          }
          decoded += ch;
          at += width;
        }
        i += run[0].length;
        continue;
      }
    }
    decoded += text[i];
    from.push(i);
    to.push(i + 1);
    i++;
  }
  return { decoded, from, to };
}

/** The source span of `value` found in the once-decoded text (first occurrence), or undefined. */
function decodedSpan(text: string, value: string): string | undefined {
  const d = percentDecoded(text);
  const at = d.decoded.indexOf(value);
  if (at < 0) return undefined;
  return text.slice(d.from[at], d.to[at + value.length - 1]);
}

/** A token with a provider prefix the guardrail names (sk-, sk_, ghp_, xoxb-, xoxp-, SG., hf_, AKIA), in the decoded text. */
const prefixed = /(?<![\p{L}\p{N}])(?:sk-|sk_|ghp_|xox[bp]-|SG\.|hf_|AKIA)[^\s?#&@,]+/u;

/**
 * The credential in a flagged text, the first that applies: the value the test names (`expected`), as the text writes it
 * (a percent-encoded form when only its decoded form is named); the test file's credential constant (its name ending in
 * SECRET, KEY_ID or VALUE), likewise; a provider-prefixed token of the decoded text, as the text writes it (a file name's
 * extension or a hostname's domain after it left out). None: undefined (a URL the check flags with no credential in it).
 */
export function credentialIn(text: string, constants: readonly string[], expected?: string): string | undefined {
  for (const value of [...(expected ? [expected] : []), ...[...constants].sort((a, b) => b.length - a.length)]) {
    if (text.includes(value)) return value;
    const span = decodedSpan(text, value);
    if (span) return span;
  }
  const d = percentDecoded(text);
  const m = prefixed.exec(d.decoded);
  if (!m) return undefined;
  const value = m[0].replace(/\.(?:png|md|json|jpe?g|txt)$/i, '').replace(/\.example\.com.*$/, '');
  return text.slice(d.from[m.index], d.to[m.index + value.length - 1]);
}

/** The longest run two strings share (short strings: the quadratic table is fine). */
function longestShared(a: string, b: string): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      best = Math.max(best, row[j]!);
      diagonal = above;
    }
  }
  return best;
}

/**
 * The guardrail's cases of one source: flagged, a secret item of the credential in it (none: apart, "not a credential");
 * passes, a clean item — apart when its decoded text holds a scored secret of the source (decoded) or shares 20 or more
 * characters with one (the test's verdict is on a form of another case's credential, e.g. its payload behind a generic
 * prefix or a double-encoded one).
 */
export function labelCheckCases(cases: readonly CheckCase[], constants: readonly string[]): FiftySecondItem[] {
  const flagged = cases.filter((c) => c.verdict === 'flagged').map((c) => {
    const rule = `${c.path}#${c.test}[${c.case}]`;
    const secret = credentialIn(c.text, constants, c.expected);
    if (!secret) return { text: c.text, secrets: [c.text], label: 'secret' as const, rule, note: 'not a credential (a URL the check reports)' as const };
    // The check reports the whole token: every occurrence of the credential in it is one finding.
    return secretItem(c.text, [secret], rule, new Map([[secret, c.text.split(secret).length - 1]]));
  });
  const scored = [...new Set(flagged.filter((i) => !i.note).flatMap((i) => i.secrets.map((s) => percentDecoded(s).decoded)))];
  const clean = cases.filter((c) => c.verdict === 'passes').map((c): FiftySecondItem => {
    const rule = `${c.path}#${c.test}[${c.case}]`;
    const decoded = percentDecoded(c.text).decoded;
    const holds = scored.some((s) => decoded.includes(s) || longestShared(decoded, s) >= 20);
    return holds ? { text: c.text, secrets: [], label: 'clean', rule, note: "holds another case's secret" } : { text: c.text, secrets: [], label: 'clean', rule };
  });
  return [...flagged, ...clean];
}
