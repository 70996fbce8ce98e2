// secretlint keeps, per rule, snapshot cases: `ng.*` inputs with the messages its rule reports
// (a character range each) and `ok.*` inputs it reports nothing in. Its own labels, per line:
// - a line of an ng case holding a reported range is a secret item; its secret is the range's
//   text, except that a URL's range (`scheme://user:password@host…`, the basic-auth and
//   connection-string rules) stands for its password, which is what a redactor must hide;
// - every line of an ok case is clean, but for blank lines and the `#` headings these inputs
//   use as prose (not code: "# These should NOT be detected").
// Lines of an ng case without a reported range carry no label (secretlint does not say) and
// are left out.
import type { LabelledSnippet } from './whispersFixtures';

export interface SecretlintCase {
  readonly name: string;
  readonly sourceContent: string;
  readonly messages: readonly { readonly range: readonly [number, number]; readonly data: string }[];
}

const urlPassword = /^[a-z][a-z0-9+.:-]*:\/\/[^:/@\s]*:([^@\s]+)@/i;

export function labelSecretlintCase(c: SecretlintCase): LabelledSnippet[] {
  const text = c.sourceContent;
  for (const m of c.messages) {
    if (text.slice(m.range[0], m.range[1]) !== m.data) throw new Error(`${c.name}: range ${m.range.join('-')} does not hold the reported value`);
  }
  const out: LabelledSnippet[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const inLine = c.messages.filter((m) => m.range[0] >= start && m.range[1] <= end);
    if (c.name.startsWith('ok.')) {
      if (line.trim() && !line.trimStart().startsWith('#')) out.push({ text: line, secrets: [], label: 'clean' });
    } else if (inLine.length > 0) {
      const secrets = inLine.map((m) => urlPassword.exec(m.data)?.[1] ?? m.data);
      out.push({ text: line, secrets: [...new Set(secrets)], label: 'secret' });
    }
    start = end + 1;
  }
  return out;
}
