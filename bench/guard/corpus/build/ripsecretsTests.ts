// ripsecrets' own tests say every line of a test/one_per_line file holds one finding and test/none
// none. Its finding is the leftmost match of its patterns, combined into one alternation in their
// order (raw/ripsecrets/patterns.rs), or that match's group where the pattern has one (a URL's
// password, the random string after a secret-named key): that is the secret of the line.
import type { LabelledSnippet } from './whispersFixtures';

/** The pattern strings of predefined_secret_regexes, with RANDOM_STRING_REGEX in its place. */
export function ripsecretsPatterns(source: string): string[] {
  const literal = /r#"((?:[^"]|"(?!#))*)"#|r"([^"]*)"|"((?:[^"\\]|\\.)*)"/g;
  const random = /RANDOM_STRING_REGEX: &str = (r#"(?:[^"]|"(?!#))*"#)/.exec(source);
  if (!random) throw new Error('ripsecrets: RANDOM_STRING_REGEX not found');
  const list = /return vec!\[([\s\S]*?)\n\s*\];/.exec(source);
  if (!list) throw new Error('ripsecrets: predefined_secret_regexes not found');
  const out: string[] = [];
  for (const line of list[1]!.split('\n')) {
    const code = line.replace(/\/\/[^"]*$/, '');
    if (code.includes('matcher::RANDOM_STRING_REGEX')) out.push(rustString(random[1]!, literal));
    else for (const m of code.matchAll(literal)) out.push(m[1] ?? m[2] ?? unescape(m[3]!));
  }
  return out;
}

function rustString(text: string, literal: RegExp): string {
  const m = new RegExp(literal.source).exec(text)!;
  return m[1] ?? m[2] ?? unescape(m[3]!);
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Rust's regex syntax as these patterns use it, in JavaScript: `\d` and classes carry over; `$` is end of line here. */
export function combinedPattern(patterns: readonly string[]): RegExp {
  return new RegExp(`(${patterns.join('|')})`);
}

// Three patterns match their anchor with the value (`AccountKey=`, `//host/:_authToken=`, Maven's
// `<master>{…\}</master>`): the secret is the value, not the key or the markup around it.
const anchors = [/^AccountKey=/, /^\/\/.+\/:_authToken=/, /^<master>\{/, /\\\}<\/master>$/];

/** The finding on one line: the first group past the whole alternation that took part, else the match. */
export function ripsecretsFinding(regex: RegExp, line: string): string | undefined {
  const m = regex.exec(line);
  if (!m) return undefined;
  for (let g = 2; g < m.length; g++) if (m[g] !== undefined) return m[g];
  return anchors.reduce((value, anchor) => value.replace(anchor, ''), m[0]);
}

export function labelOnePerLine(regex: RegExp, text: string, report: string[], file: string): LabelledSnippet[] {
  const out: LabelledSnippet[] = [];
  text.split('\n').forEach((line, n) => {
    if (line === '') return;
    const found = ripsecretsFinding(regex, line);
    // Named by place only: the build's output is not for reading a holdout's items.
    if (found === undefined) report.push(`ripsecrets ${file}:${n + 1}: a line its ported patterns do not match, skipped`);
    else out.push({ text: line, secrets: [found], label: 'secret' });
  });
  return out;
}

// Lines ripsecrets passes by mechanism (an allowlist comment, a value in .secretsignore), not as harmless.
export function labelNone(text: string): LabelledSnippet[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !/pragma: allowlist secret|\.secretsignore/.test(l))
    .map((l) => ({ text: l, secrets: [], label: 'clean' as const }));
}
