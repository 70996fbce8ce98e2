// The fifty-eighth holdout's labeller (corpus/README.md, "The fifty-eighth holdout"): CI and build systems' own tests of
// the masking of secrets in a job's log. A CI system is told which values are secret (a pipeline's secret variable, a
// credential binding, a registered needle) or finds them by a pattern of its own (a URL's userinfo password, GitLab's
// `glpat-` prefix, a regex the build configures), masks them in the log, and its test feeds the masker a line and
// requires the masked output. Each case is transcribed into raw/<source>/manifest.json under the saved file's name: the
// input as the test writes it (code literals, or a saved file whole), the required output (a substring of the source's
// saved files) and the values that output masks (the secrets, each in the text). The build checks each literal stands in
// the saved file and decodes it as the language does.
//
// The CI system cannot be asked what the redactor could not know: a value masked only because the test registered it,
// and which has no credential shape (fewer than 8 characters; a word, or words joined by `-` or `_`, letters only; or
// words with whitespace between them; a PEM block excepted), is taken out of its item's secrets, and an item left with none is scored apart. An encoded form
// (base64, URL, JSON or backslash escapes) is judged by the value it encodes.
import { placeholderValue } from './passwordCheckTests';
import { verdict, type TwentyFirstItem } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const logMaskerSources = [
  'actions-runner', 'azure-pipelines-agent', 'buildkite-agent', 'woodpecker', 'gitlab-runner-masker', 'prow', 'dagger',
  'mask-passwords', 'drone-runner-go', 'act',
] as const;

export type FiftyEighthNote =
  | 'a documented example or filler value'
  | 'a secret written elsewhere in its text too'
  | 'a value with no credential shape, masked only because it was registered'
  | 'a registered value the input does not hold';

/** An item of the split (holdout21's, with this split's notes). */
export interface FiftyEighthItem extends Omit<TwentyFirstItem, 'note'> {
  note?: FiftyEighthNote;
}

/** A part of a case's input: a code literal as the saved file writes it, a raw stretch of it, or a saved file whole. */
export type InputPart = string | { raw: string } | { file: string; trim?: true };

/** A case as a manifest transcribes it. */
export interface MaskCase {
  rule: string;
  /** The input the test feeds the masker, in order (its writes joined). */
  parts: InputPart[];
  /** A packet separator the test splits its input at before writing (GitLab's `|`), not part of the text. */
  split?: string;
  /** The required output (or the assertion that requires it), a substring of the source's saved files. */
  asserted: string;
  /** The values the required output masks, as they stand in the text; none: the test says nothing in it is secret. */
  secrets: string[];
  /** How the masker knew them: told by the test (`registered`) or by a pattern of its own (`pattern`). */
  found?: 'registered' | 'pattern';
  /** For an encoded secret, the registered value it encodes (parallel to `secrets`; absent: the secret itself). */
  encodes?: string[];
  /** The test registers a value the input does not hold (its output is the input unchanged). */
  absent?: true;
}

/** Decodes a C#, Java or Go string literal: `"…"` with backslash escapes, C#'s verbatim `@"…"`, Go's raw `` `…` ``. */
export function decodeLiteral(literal: string): string {
  if (literal.startsWith('@"') && literal.endsWith('"')) return literal.slice(2, -1).replace(/""/g, '"');
  if (literal.startsWith('`') && literal.endsWith('`')) return literal.slice(1, -1);
  if (!literal.startsWith('"') || !literal.endsWith('"') || literal.length < 2) throw new Error(`not a string literal: ${literal}`);
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'", '0': '\0' };
  return literal.slice(1, -1).replace(/\\(.)/g, (_, c: string) => {
    const out = escapes[c];
    if (out === undefined) throw new Error(`unknown escape \\${c} in ${literal}`);
    return out;
  });
}

/** A registered value a redactor could find by its look: 8 characters or more, not letters alone, no words apart (a PEM block is one). */
export function credentialShaped(value: string): boolean {
  if (value.startsWith('-----BEGIN ')) return true;
  return value.length >= 8 && !/^[A-Za-z]+(?:[-_][A-Za-z]+)*$/.test(value) && !/\s/.test(value);
}

/**
 * The items of one saved file. Every literal must stand in the file, the assertion in the source's saved files and each
 * secret in the text; no secret is a clean item (the test says nothing in it is masked), a registered value the input
 * lacks is apart; secrets registered without a credential shape, or that the placeholder policy passes, are taken out
 * and an item left with none is apart; the rest take holdout21's verdict (a stand-in, or a value written more often than
 * masked, apart), every occurrence counted as masked (the test masks the value wherever it stands).
 */
export function labelMaskCases(source: string, cases: readonly MaskCase[], file: string, saved: string, files: ReadonlyMap<string, string>): FiftyEighthItem[] {
  return cases.map((c) => {
    const text = c.parts.map((p) => part(source, c.rule, p, file, files)).join('').split(c.split ?? '\u0000').join('');
    if (!saved.includes(c.asserted)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(c.asserted)} is not in the saved files`);
    for (const s of c.secrets) if (!s || !text.includes(s)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(s)} is not in its text`);
    if (c.encodes && c.encodes.length !== c.secrets.length) throw new Error(`${source} ${c.rule}: encodes does not match secrets`);
    if (c.absent) {
      if (c.secrets.length) throw new Error(`${source} ${c.rule}: a value absent from the input masks nothing`);
      return { text, secrets: [], label: 'clean', rule: c.rule, note: 'a registered value the input does not hold' };
    }
    if (!c.secrets.length) return { text, secrets: [], label: 'clean', rule: c.rule };
    if (!c.found) throw new Error(`${source} ${c.rule}: say how the masker found its secrets`);
    const shaped = c.secrets.filter((s, n) => c.found === 'pattern' || credentialShaped(c.encodes?.[n] ?? s));
    if (!shaped.length) return { text, secrets: [...new Set(c.secrets)], label: 'secret', rule: c.rule, note: 'a value with no credential shape, masked only because it was registered' };
    const kept = shaped.filter((s) => !placeholderValue(s));
    if (!kept.length) return { text, secrets: [...new Set(shaped)], label: 'secret', rule: c.rule, note: 'a documented example or filler value' };
    const { note, ...item } = verdict(text, kept, c.rule, new Map(kept.map((s) => [s, text.split(s).length - 1])));
    if (note === 'not a credential (payment card data)') throw new Error(`${source} ${c.rule}: no card data is passed`);
    return note ? { ...item, note } : item;
  });
}

function part(source: string, rule: string, p: InputPart, file: string, files: ReadonlyMap<string, string>): string {
  if (typeof p === 'string') {
    if (!file.includes(p)) throw new Error(`${source} ${rule}: the literal ${p} is not in the saved file`);
    return decodeLiteral(p);
  }
  if ('raw' in p) {
    if (!file.includes(p.raw)) throw new Error(`${source} ${rule}: ${JSON.stringify(p.raw)} is not in the saved file`);
    return p.raw;
  }
  const whole = files.get(p.file);
  if (whole === undefined) throw new Error(`${source} ${rule}: no saved file ${p.file}`);
  return p.trim ? whole.trim() : whole;
}
