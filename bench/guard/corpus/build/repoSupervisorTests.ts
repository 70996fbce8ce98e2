// The fourteenth holdout's repo-supervisor part: auth0 repo-supervisor reports high-entropy strings after pre-filters
// that skip what it judges not a secret. The labels, by the rule in corpus/README.md ("The fourteenth holdout"), fixed
// before the redactor ran on any item:
// - each fixture file the CLI test's expected output names a secret item (its listed strings, `NAME=VALUE` narrowed to
//   VALUE); the Lambda test's blob a secret item (the literal its masked finding starts); each `randomSecrets` string a
//   secret item;
// - each string a pre-filter test requires its filter to skip a clean item (strings let through are no verdict);
// - a value the placeholder policy passes scored apart.
import { secretItem } from './passwordCheckTests';
import type { FourteenthItem } from './titusRuleTests';

const cliTest = 'test/integration/src/cli.js';
const lambdaTest = 'test/integration/src/awslambda.handler.js';
const lambdaFixture = 'test/fixtures/integration/awslambda.json';
const defaultFixtures = 'test/fixtures/fixtures.json';

/** The CLI test's expected findings per fixture file: `[./PATH]` then `>> STRING` lines. */
export function cliFindings(cli: string): Map<string, string[]> {
  const block = /it\('should detect secrets in supported files', [^]*?const msg =\n`([^`]*)`/.exec(cli);
  if (!block) throw new Error('repo-supervisor: the CLI test lists no findings');
  const out = new Map<string, string[]>();
  for (const section of block[1]!.split(/\n\n/)) {
    const [head, ...lines] = section.split('\n');
    const path = /^\[\.\/(.+)\]$/.exec(head!)?.[1];
    if (!path) throw new Error(`repo-supervisor: a findings section not read: ${head}`);
    out.set(path, lines.map((l) => /^>> (.+)$/.exec(l)![1]!));
  }
  return out;
}

/** What a reported string binds: VALUE of an upper-case `NAME=VALUE` token, else the string. */
export const reportedValue = (s: string) => /^[A-Z0-9_]+=(.+)$/.exec(s)?.[1] ?? s;

type Verdict = 'skip' | 'pass' | 'parsed';

/** Each fixture list a pre-filter test runs, and what the test requires of every string in it. */
export function preFilterVerdicts(test: string): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  const verdict = (v: string): Verdict => (v === 'false' ? 'skip' : v === 'true' ? 'pass' : 'parsed');
  for (const m of test.matchAll(/fixtures\.(\w+)\.forEach\(\(\w+\) => \{\s*expect\(filter\(\w+\), \w+\)\.to(?:\.be)?\.equal\((false|true|'[^']*')\)/g)) out.set(m[1]!, verdict(m[2]!));
  for (const m of test.matchAll(/\[((?:'\w+',? ?)+)\]\.forEach\([^]*?fixtures\[fixture\]\.forEach\([^]*?\.to(?:\.be)?\.equal\((false|true)\)/g)) {
    for (const name of m[1]!.match(/\w+/g)!) out.set(name, verdict(m[2]!));
  }
  return out;
}

/** The named string a test hands a pre-filter and asserts skipped (`expect(result).to.be.false`). */
function skippedConstants(test: string): { name: string; value: string }[] {
  return [...test.matchAll(/const (\w+) = '([^']*)';\s*const result = preFilter\(\1\);[^]*?expect\(result\)\.to\.be\.false/g)].map((m) => ({ name: m[1]!, value: m[2]! }));
}

/** repo-supervisor's items from its saved files (path → text), by README's rule. */
export function labelRepoSupervisorTests(files: ReadonlyMap<string, string>, report: string[]): FourteenthItem[] {
  const read = (path: string) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`repo-supervisor: ${path} not saved`);
    return text;
  };
  const out: FourteenthItem[] = [];
  for (const [path, reported] of cliFindings(read(cliTest))) out.push(secretItem(read(path), reported.map(reportedValue), `${cliTest}#${path}`));

  const prefix = /<code>([^[<]+)\[\*\]\+<\\\/code>/.exec(read(lambdaTest))?.[1];
  const blob = (JSON.parse(read(lambdaFixture)) as { PR: { withFindings: { getBlob: string } } }).PR.withFindings.getBlob;
  const literal = prefix && new RegExp(`"(${prefix}[^"]*)"`).exec(blob)?.[1];
  if (!literal) throw new Error('repo-supervisor: the Lambda finding is not in its blob');
  out.push(secretItem(blob, [literal], `${lambdaTest}#${lambdaFixture}:PR.withFindings.getBlob`));

  for (const secret of (JSON.parse(read(defaultFixtures)) as { randomSecrets: string[] }).randomSecrets) out.push(secretItem(secret, [secret], `${defaultFixtures}#randomSecrets`));

  for (const [path, test] of files) {
    const fixturePath = /^test\/unit\/(src\/filters\/.+)\.js$/.exec(path)?.[1];
    if (fixturePath) {
      const fixture = JSON.parse(read(`test/fixtures/unit/${fixturePath}.json`)) as Record<string, string[]>;
      const verdicts = preFilterVerdicts(test);
      for (const [list, strings] of Object.entries(fixture)) {
        const v = verdicts.get(list);
        if (!v) throw new Error(`repo-supervisor ${path}: the fixture list ${list} has no verdict`);
        if (v !== 'skip') {
          report.push(`repo-supervisor ${path}#${list}: not taken (${v === 'pass' ? 'let through to the entropy check' : 'parsed, no verdict'})`);
          continue;
        }
        for (const s of strings) out.push({ text: s, secrets: [], label: 'clean', rule: `${path}#${list}` });
      }
    }
    for (const { name, value } of skippedConstants(test)) out.push({ text: value, secrets: [], label: 'clean', rule: `${path}#${name}` });
  }
  return out;
}
