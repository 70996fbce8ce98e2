// Static analysers' hard-coded credential rules keep their cases in annotated test sources (the
// fourth holdout: the secrets a coding assistant's users write in code). Labels are the tools' own:
// - bandit (`examples/hardcoded-passwords.py`): a statement under `# Possible hardcoded password: 'V'`
//   is reported with V (a secret item, every V of its markers; `None` and '' are not values and are
//   skipped); a statement under `# not!` is not reported (clean). A statement runs to the next blank line.
// - SonarSource's rule tests (sonar-python, sonar-java, sonar-php): a line whose comment starts `Noncompliant`
//   is reported (secret), one whose comment starts `Compliant` or `OK` is not (clean); unmarked lines
//   are not taken. Apart (note): a `Noncompliant` the comment calls a false positive and a `Compliant`
//   it calls a false negative (`FN`) ("fixme"); a `Compliant, handled by S…` that another of the
//   analyser's rules reports ("matched by another rule", a secret item).
// - gosec (`testutils/g101_samples.go`): a sample whose expected count is above 0 is reported (secret),
//   one expecting 0 is not (clean); a sample silenced by `#nosec`/`gosec:disable` is not taken (its 0
//   says suppressed, not clean). Values ending `EXAMPLE` (AWS's documented example key IDs, left
//   unredacted by the placeholder policy) are scored apart.
// What must be redacted on a reported line is the literal the rule reports (for Sonar and gosec the
// value literal: the last one on the line that is not a key, `["KEY"]` or `'KEY':`, nor the name given
// to an environment lookup; for gosec the sample's longest), narrowed as the rules read it: a URL's
// password, the value after `password=`/`secret=`/`token=`… in a query or connection string, a
// token after its `Bearer`/`Basic` scheme. A reported line with no literal (the value is a constant
// named elsewhere) is skipped and listed by the build.
import type { LabelledSnippet } from './whispersFixtures';

export type CredentialNote = 'fixme' | 'matched by another rule' | "a vendor's documented example value";
export type CredentialItem = LabelledSnippet & { readonly rule: string; readonly note?: CredentialNote };

export interface LineLiteral {
  /** The text between the quotes as written, escapes kept: what the item's text holds. */
  readonly raw: string;
  /** Offsets of the opening quote and one past the closing one. */
  readonly start: number;
  readonly end: number;
}

/** String literals of one line of Python, Java, PHP, JavaScript or Go: '…', "…", `…` and Python's triple quotes. */
export function lineLiterals(code: string): LineLiteral[] {
  const out: LineLiteral[] = [];
  for (let i = 0; i < code.length; i++) {
    const q = code[i]!;
    if (q !== '"' && q !== "'" && q !== '`') continue;
    const triple = q !== '`' && code.startsWith(q.repeat(3), i);
    const open = triple ? 3 : 1;
    let j = i + open;
    if (triple) j = code.indexOf(q.repeat(3), j);
    else while (j < code.length && code[j] !== q) j += code[j] === '\\' ? 2 : 1;
    if (j === -1 || j >= code.length) break;
    out.push({ raw: code.slice(i + open, j), start: i, end: j + open });
    i = j + open - 1;
  }
  return out;
}

/** A line's code and its test marker, the marker being the first `#` or `//` comment outside literals. */
export function splitMarker(line: string): { code: string; comment: string } | undefined {
  const literals = lineLiterals(line);
  for (let i = 0; i < line.length; i++) {
    if (literals.some((l) => i >= l.start && i < l.end)) continue;
    if (line[i] === '#' || line.startsWith('//', i)) return { code: line.slice(0, i).trim(), comment: line.slice(i).replace(/^(#|\/\/)\s*/, '') };
  }
  return undefined;
}

const credentialWord = /(?:^|[&?;,\s])(?:password|passwd|pwd|passphrase|secret|token|api[._-]?key|credential|auth)=([^&\s;,|#"]+)/i;

/** What a rule reports inside a literal: a URL's password, a query's credential value, a token after its scheme, else the literal. */
export function narrowValue(raw: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\/[^:@/]*:([^@/]+)@/i.exec(raw);
  if (url) return url[1]!;
  const pair = credentialWord.exec(raw);
  if (pair) return pair[1]!;
  return raw.replace(/^(?:Bearer|Basic|Token)[:\s]+/, '');
}

/** The value literal of a reported line: the last literal that is not a key or an environment lookup's name, when no name follows it. */
export function valueLiteral(code: string): string | undefined {
  const values = lineLiterals(code).filter((l) => {
    const after = code.slice(l.end).trimStart();
    const before = code.slice(0, l.start).trimEnd();
    return !after.startsWith(']') && !after.startsWith(':') && !/(?:getenv|environ\.get)\($/.test(before);
  });
  const last = values[values.length - 1];
  // A name passed after it (`getConnection(url, "root", PASSED)`) is the value the rule reports: not a literal.
  if (!last || /^\s*,\s*[A-Za-z_$][\w$.]*\s*[),]/.test(code.slice(last.end))) return undefined;
  return narrowValue(last.raw);
}

/** A Sonar rule test: one item per marked line (see the header), named file:line. */
export function labelMarkedLines(file: string, source: string, report: string[]): CredentialItem[] {
  const out: CredentialItem[] = [];
  source.split('\n').forEach((line, index) => {
    const split = splitMarker(line);
    if (!split || !split.code) return;
    const rule = `${file}:${index + 1}`;
    const { code, comment } = split;
    const reported = /^noncompliant\b/i.test(comment);
    if (!reported && !/^(?:compliant|ok)\b/i.test(comment)) return;
    const byOther = !reported && /handled by S\d+/i.test(comment);
    if (!reported && !byOther) {
      out.push({ text: code, secrets: [], label: 'clean', rule, ...(/\bFN\b/.test(comment) ? { note: 'fixme' as const } : {}) });
      return;
    }
    const value = valueLiteral(code);
    if (!value) {
      report.push(`${rule}: a reported line without a value literal, skipped`);
      return;
    }
    const note = byOther ? ('matched by another rule' as const) : /false.positive/i.test(comment) ? ('fixme' as const) : undefined;
    out.push({ text: code, secrets: [value], label: 'secret', rule, ...(note ? { note } : {}) });
  });
  return out;
}

/** bandit's example file: one item per marked statement (see the header), named file:line. */
export function labelBanditExamples(file: string, source: string, report: string[]): CredentialItem[] {
  const lines = source.split('\n');
  const out: CredentialItem[] = [];
  let values: (string | undefined)[] = [];
  let negative = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const possible = /^\s*# Possible hardcoded password: (?:'(.*)'|None)\s*$/.exec(line);
    if (possible) values.push(possible[1] || undefined);
    else if (/^\s*# not!\s*$/.test(line)) negative = true;
    else if (/^\s*#/.test(line) || !line.trim()) continue;
    else {
      let end = i;
      while (end + 1 < lines.length && lines[end + 1]!.trim() && !/^#/.test(lines[end + 1]!)) end++;
      const text = lines.slice(i, end + 1).join('\n');
      const rule = `${file}:${i + 1}`;
      const secrets = values.filter((v): v is string => !!v);
      if (values.length > 0 && secrets.length === 0) report.push(`${rule}: reported without a value (None or ''), skipped`);
      else if (values.length > 0) {
        if (!secrets.every((s) => text.includes(s))) throw new Error(`${rule}: a reported value its statement does not hold`);
        out.push({ text, secrets: [...new Set(secrets)], label: 'secret', rule });
      } else if (negative) out.push({ text, secrets: [], label: 'clean', rule });
      values = [];
      negative = false;
      i = end;
    }
  }
  return out;
}

/** gosec's samples: each program with the number of issues its test expects. */
export function gosecSamples(source: string): { text: string; count: number; line: number }[] {
  return [...source.matchAll(/\{\[\]string\{`([\s\S]*?)`\}, (\d+), gosec\.NewConfig\(\)\}/g)].map((m) => ({
    text: m[1]!.replace(/^\n/, ''),
    count: Number(m[2]),
    line: source.slice(0, m.index).split('\n').length,
  }));
}

export function labelGosecSamples(file: string, source: string, report: string[]): CredentialItem[] {
  const out: CredentialItem[] = [];
  for (const sample of gosecSamples(source)) {
    const rule = `${file}:${sample.line}`;
    if (/#nosec|gosec:disable/.test(sample.text)) {
      report.push(`${rule}: a sample silenced by an annotation, skipped`);
      continue;
    }
    if (sample.count === 0) {
      out.push({ text: sample.text, secrets: [], label: 'clean', rule });
      continue;
    }
    const literals = sample.text.split('\n').flatMap((l) => lineLiterals(l).map((x) => x.raw));
    const longest = literals.reduce((a, b) => (b.length > a.length ? b : a), '');
    const value = narrowValue(longest);
    out.push({ text: sample.text, secrets: [value], label: 'secret', rule, ...(/EXAMPLE$/.test(value) ? { note: "a vendor's documented example value" as const } : {}) });
  }
  return out;
}
