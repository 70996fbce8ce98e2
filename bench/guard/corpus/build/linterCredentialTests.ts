// The nineteenth holdout's second labeller: three tools' small credential tests (corpus/README.md, "The nineteenth
// holdout") — Android Lint's AuthLeak (a URL with a password in a string literal), SpotBugs' DMI_CONSTANT_DB_PASSWORD /
// DMI_EMPTY_DB_PASSWORD (a constant or empty password given to DriverManager.getConnection) and git-secrets'
// credentials-file test (the values of an AWS credentials file its --aws-provider must find).
import { reportedItem, type NineteenthItem } from './tfsecCheckTests';

/**
 * AuthLeak's test: each `private static final String NAME = "…";` of the linted source is an item, a secret one when
 * the test's expected output reports it (the declaration after a `[AuthLeak]` warning), its secret the URL's password.
 */
export function labelAuthLeakTest(path: string, source: string): NineteenthItem[] {
  const text = path.endsWith('.java') ? source.replace(/\\"/g, '"') : source;
  const reported = new Set<string>();
  for (const m of text.matchAll(/\[AuthLeak\]/g)) {
    const name = /String (\w+) =/.exec(text.slice(m.index))?.[1];
    if (name) reported.add(name);
  }
  const items = new Map<string, NineteenthItem>();
  for (const [statement, name, value] of text.matchAll(/private static final String (\w+) = "([^"]*)";/g)) {
    if (items.has(name!)) continue;
    const rule = `${path}#${name}`;
    const password = /:\/\/[^:/@\s]+:([^@\s]+)@/.exec(value!)?.[1];
    if (!reported.has(name!)) items.set(name!, { text: statement, secrets: [], label: 'clean', rule });
    else if (password === undefined) throw new Error(`android-lint ${rule}: reported, but its URL holds no password`);
    else items.set(name!, reportedItem(statement, [password], rule));
  }
  return [...items.values()];
}

/**
 * SpotBugs' test cases: a method annotated `@ExpectWarning` with a DMI_*_DB_PASSWORD pattern is an item (its
 * signature to its closing brace, dedented), its secrets the password argument's literals (the branch a constant
 * condition takes). SpotBugs' harness asserts only the annotated methods, so no clean item is taken.
 */
export function labelDbPasswordCases(path: string, source: string): NineteenthItem[] {
  const items: NineteenthItem[] = [];
  for (const m of source.matchAll(/^([ \t]*)@ExpectWarning\("([^"]*DMI_(?:CONSTANT|EMPTY)_DB_PASSWORD[^"]*)"\)\n((?:.*\n)*?)\1\}\n/gm)) {
    const indent = m[1]!;
    const method = (m[3]! + `${indent}}`).split('\n').map((l) => l.slice(indent.length)).join('\n');
    const name = /(\w+)\(/.exec(method)![1];
    const args = /getConnection\((.*)\);/.exec(method)?.[1]?.split(',').map((a) => a.trim());
    if (!args || args.length !== 3) throw new Error(`spotbugs ${path}#${name}: no three-argument getConnection call`);
    const pass = args[2]!;
    const chosen = /^true\s*\?\s*(.*?)\s*:/.exec(pass)?.[1] ?? /^false\s*\?.*?:\s*(.*)$/.exec(pass)?.[1] ?? pass;
    const values = [...chosen.matchAll(/"([^"]*)"/g)].map((v) => v[1]!);
    items.push(reportedItem(method, values, `${path}#${name}`));
  }
  return items;
}

/**
 * git-secrets' credentials-file test: each line it writes to the credentials file is an item whose secret is the value
 * its `--aws-provider` must print (the `grep -F` checks after it), as the line writes it (quotes off).
 */
export function labelCredentialsFileTest(path: string, excerpt: string): NineteenthItem[] {
  const required = new Set([...excerpt.split('run git secrets --add-provider')[0]!.matchAll(/grep -F (?:"([^"]*)"|'([^']*)')/g)].map((m) => (m[1] ?? m[2])!.replace(/\\/g, '')));
  const items: NineteenthItem[] = [];
  for (const [, line] of excerpt.matchAll(/echo '([^']*)' >>? \$BATS_TMPDIR\/test\.ini/g)) {
    const value = /=\s*"?([^"]*?)"?\s*$/.exec(line!)![1]!;
    if (!required.has(value)) throw new Error(`git-secrets ${path}: ${line} is not one the test requires found`);
    items.push(reportedItem(line!, [value], `${path}#Scans using keys from credentials file`));
  }
  return items;
}
