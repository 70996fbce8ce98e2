// The seventeenth holdout's second labeller: dockle's TestSensitiveVars (corpus/README.md, "The seventeenth holdout"),
// each case an image-history command with the verdict its credential check (CIS-DI-0010) must give. A command it must
// not report is clean; one it must report is a secret item whose secrets are the non-empty values assigned to a name
// holding one of dockle's suspicious words (manifest.go's suspiciousEnvKey, GPG_KEY and GPG_KEYS accepted; in the manifest).
import { reportedItem, type SeventeenthItem } from './cfnNagSpecs';

export function labelDockleSensitiveVars(path: string, source: string, words: readonly string[], accepted: readonly string[], report: string[]): SeventeenthItem[] {
  const suspicious = new RegExp(words.join('|'), 'i');
  const items: SeventeenthItem[] = [];
  const cases = source.matchAll(/^\t\t"([^"]+)":\s*\{cmd: (?:"((?:[^"\\]|\\.)*)"|`([^`]*)`), expected: (true|false)\},$/gm);
  for (const [, name, interpreted, rawString, expected] of cases) {
    const text = interpreted !== undefined ? (JSON.parse(`"${interpreted}"`) as string) : rawString!;
    const rule = `${path}#TestSensitiveVars/${name}`;
    if (expected === 'false') {
      items.push({ text, secrets: [], label: 'clean', rule });
      continue;
    }
    const secrets = [...text.matchAll(/(?:^|\s)([A-Za-z_]\w*)=("([^"]*)"|\S*)/g)]
      .filter(([, key]) => suspicious.test(key!) && !accepted.includes(key!.toUpperCase()))
      .map(([, , value, inQuotes]) => inQuotes ?? value!)
      .filter((v) => v !== '');
    if (secrets.length === 0) report.push(`dockle ${name}: reported, but no suspicious name is given a value`);
    else items.push(reportedItem(text, [...new Set(secrets)], rule));
  }
  return items;
}
