// horusec's leaks engine keeps a vulnerable and a safe sample per rule (internal/services/engines/leaks/
// samples.go) and its rule test says what each reports: TestRulesVulnerableCode the findings (their code
// lines, quoted in raw/horusec/manifest.json), TestRulesSafeCode none. So a vulnerable sample is a
// secret item, a safe one clean; items are whole samples (a docker-compose file, a Go or PHP program).
// What must be redacted is each finding's value: a URL's password, else its last quoted literal.
// Not required: WordPress's documented placeholder (`put your unique phrase here`, which its
// wp-config-sample.php ships), listed by the build. Apart ("a client identifier"): a finding on a
// `*_CLIENT_ID` key or a value in Google's OAuth client ID form (`….apps.googleusercontent.com`), an
// OAuth client's public identifier, which the issue does not call a secret.
import type { FifthItem } from './verifierMarkedTests';

export interface HorusecSample {
  readonly rule: string;
  readonly vulnerable: boolean;
  readonly text: string;
  readonly line: number;
}

/** The leaks rules' samples of samples.go (the privacy rules' left out). */
export function horusecSamples(source: string): HorusecSample[] {
  return [...source.matchAll(/^\tSample(Vulnerable|Safe)HSLEAKS(\d+) = `([\s\S]*?)`/gm)].map((m) => ({
    rule: `HS-LEAKS-${m[2]}`,
    vulnerable: m[1] === 'Vulnerable',
    text: m[3]!.replace(/^\n/, ''),
    line: source.slice(0, m.index).split('\n').length,
  }));
}

const wordpressPlaceholder = 'put your unique phrase here';

/** A finding's value: a URL's password, else its last quoted literal. */
export function findingValue(codeSample: string): string | undefined {
  const url = /[a-z][a-z0-9+.-]*:\/\/[^:@/\s]*:([^@/\s]+)@/i.exec(codeSample);
  if (url) return url[1];
  return [...codeSample.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]).pop();
}

export function labelHorusecSamples(file: string, source: string, findings: Readonly<Record<string, readonly string[]>>, report: string[]): FifthItem[] {
  const out: FifthItem[] = [];
  for (const sample of horusecSamples(source)) {
    const rule = `${file}:${sample.line} ${sample.rule}`;
    if (!sample.vulnerable) {
      out.push({ text: sample.text, secrets: [], label: 'clean', rule });
      continue;
    }
    const codeSamples = findings[sample.rule];
    if (!codeSamples?.length) throw new Error(`${rule}: no finding in the rule test`);
    const secrets: string[] = [];
    for (const code of codeSamples) {
      if (!sample.text.includes(code)) throw new Error(`${rule}: a finding its sample does not hold`);
      const value = findingValue(code);
      if (!value) throw new Error(`${rule}: a finding without a value`);
      if (value === wordpressPlaceholder) report.push(`${rule}: WordPress's documented placeholder, not required`);
      else secrets.push(value);
    }
    const identifier = codeSamples.some((c) => /_CLIENT_ID:/.test(c)) || secrets.some((v) => v.endsWith('.apps.googleusercontent.com'));
    const note = identifier ? ({ note: 'a client identifier' } as const) : {};
    out.push({ text: sample.text, secrets, label: 'secret', rule, ...note });
  }
  return out;
}
