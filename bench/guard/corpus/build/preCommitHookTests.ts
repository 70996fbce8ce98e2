// The thirteenth holdout's pre-commit-hooks part: the detect-aws-credentials test names the secrets each credentials
// file holds, the detect-private-key test an input and the hook's verdict. The labels, by the rule in corpus/README.md
// ("The thirteenth holdout"), fixed before the redactor ran on any item:
// - each resource file `test_get_aws_secrets_from_file` names is one item: its expected set the secrets (a secret
//   item), an empty set a clean item; a file not saved is not taken;
// - each text input of detect-private-key's TESTS: 0 a clean item, 1 (a key's header alone) apart, the header line
//   its listed secret (what the hook flags);
// - a value the placeholder policy passes is scored apart.
import { secretItem } from './passwordCheckTests';
import type { ThirteenthItem } from './twoMsRuleTests';

const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

/** `test_get_aws_secrets_from_file`'s table: each file name and the secrets the test expects in it. */
export function awsExpectedSecrets(test: string): { file: string; secrets: string[] }[] {
  const start = test.indexOf("('filename', 'expected_keys'),");
  const end = test.indexOf('def test_get_aws_secrets_from_file', start);
  if (start < 0 || end < 0) throw new Error('pre-commit-hooks: no test_get_aws_secrets_from_file table');
  return [...test.slice(start, end).matchAll(/'([\w.]+)',\s*(?:set\(\)|\{([^}]*)\})/g)].map((m) => ({
    file: m[1]!,
    secrets: [...(m[2] ?? '').matchAll(/'([^']*)'/g)].map((s) => s[1]!),
  }));
}

/** The AWS test's resource files: secret items with the expected set, clean items for an empty one. */
export function labelAwsCredentialFiles(test: string, resources: ReadonlyMap<string, string>, report: string[]): ThirteenthItem[] {
  return awsExpectedSecrets(test).flatMap(({ file, secrets }) => {
    const path = `testing/resources/${file}`;
    const text = resources.get(path);
    if (text === undefined) {
      report.push(`pre-commit-hooks ${path}: named by the AWS test, not in the index, not taken`);
      return [];
    }
    if (secrets.length === 0) return [{ text, secrets: [], label: 'clean' as const, rule: path }];
    for (const s of secrets) if (!text.includes(s)) throw new Error(`pre-commit-hooks ${path}: an expected secret not in the file`);
    return [secretItem(text, secrets, path)];
  });
}

/** detect-private-key's TESTS: each text input by its expected return value; bytes with escapes are not text. */
export function labelPrivateKeyTests(file: string, test: string, report: string[]): ThirteenthItem[] {
  const out: ThirteenthItem[] = [];
  for (const m of test.matchAll(/^\s*\(b'((?:[^'\\]|\\.)*)', ([01])\),$/gm)) {
    const rule = `${file}:${lineOf(test, m.index!)}`;
    if (m[1]!.includes('\\')) {
      report.push(`pre-commit-hooks ${rule}: bytes, not text, not taken`);
      continue;
    }
    out.push(m[2] === '0' ? { text: m[1]!, secrets: [], label: 'clean', rule } : { text: m[1]!, secrets: [m[1]!], label: 'secret', rule, note: 'a key header without a key' });
  }
  return out;
}
