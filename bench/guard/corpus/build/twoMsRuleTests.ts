// The thirteenth holdout's 2ms part: each rule test of Checkmarx 2ms lists texts its rule alone must find
// (`truePositives`) and must not (`falsePositives`). The labels, by the rule in corpus/README.md ("The thirteenth
// holdout"), fixed before the redactor ran on any item:
// - every element of `truePositives` a secret item, every element of `falsePositives` a clean item, an element whose
//   line carries `// gitleaks:allow` apart (the file calls it a secret to let pass);
// - a secret item's secret: a URL's userinfo password, else the longest token that is neither a key, an operator nor a
//   language or template word (twoMsSecret);
// - a value the placeholder policy passes is scored apart.
import { secretItem } from './passwordCheckTests';
import { evaluateGo, literalEnd, type TwelfthItem } from './talismanDetectorTests';

export type ThirteenthNote = 'a documented example or filler value' | 'marked as a secret to allow' | 'a key header without a key';

export type ThirteenthItem = Omit<TwelfthItem, 'note'> & { readonly note?: ThirteenthNote };

const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

export interface ListElement {
  readonly value: string;
  readonly line: number;
  /** The rest of the element's line after it: a trailing comment such as `// gitleaks:allow`. */
  readonly after: string;
}

/** The elements of the `NAME: []string{…}` list: string expressions (literals joined by `+`), comments skipped. */
export function stringList(text: string, name: 'truePositives' | 'falsePositives'): ListElement[] {
  const open = new RegExp(`\\b${name}: \\[\\]string\\{`).exec(text);
  if (!open) return [];
  const out: ListElement[] = [];
  let i = open.index + open[0].length;
  for (;;) {
    while (/\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('//', i)) {
      i = text.indexOf('\n', i);
      continue;
    }
    if (text[i] === '}') return out;
    const start = i;
    for (;;) {
      if (text[i] !== '"' && text[i] !== '`') throw new Error(`2ms: a ${name} element not read at line ${lineOf(text, i)}`);
      i = literalEnd(text, i);
      const plus = /^\s*\+\s*/.exec(text.slice(i));
      if (!plus) break;
      i += plus[0].length;
    }
    const value = evaluateGo(text.slice(start, i), new Map());
    if (text[i] === ',') i++;
    const eol = text.indexOf('\n', i);
    out.push({ value, line: lineOf(text, start), after: text.slice(i, eol < 0 ? undefined : eol) });
  }
}

// Words of the languages and of 2ms's own sample template (`{"config.ini": "K=V\nBACKUP_ENABLED=true"}`), never the value.
const otherWords = new Set(['config.ini', 'System.setProperty', 'var', 'string', 'String', 'export', 'BACKUP_ENABLED=true']);

/** What a 2ms true positive must have redacted: a URL's userinfo password, else the longest token left (README's rule). */
export function twoMsSecret(text: string): string | undefined {
  const authority = /^[A-Za-z][\w+.-]*:\/\/([^/\s]*)/.exec(text)?.[1];
  const at = authority?.lastIndexOf('@') ?? -1;
  if (authority && at > 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    if (colon >= 0) return userinfo.slice(colon + 1);
  }
  return text
    .split(/\\n|[\s"'`<>{}()[\],;\\]+/)
    .map((t) => {
      const bound = /^([\w.-]+)[=:](.+)$/.exec(t);
      return bound && /(?:token|key|secret|password|pass|pwd)$/i.test(bound[1]!) ? bound[2]! : t;
    })
    .filter((t) => t && !/token/i.test(t) && !/[:=]$/.test(t) && !/^[:=?.>]+$/.test(t) && !/^[$/]/.test(t) && !otherWords.has(t))
    .reduce<string | undefined>((longest, t) => (longest === undefined || t.length > longest.length ? t : longest), undefined);
}

/** One rule test file: its true positives secret items, its false positives clean (or apart when marked allowed). */
export function labelRuleTest(file: string, text: string): ThirteenthItem[] {
  const secret = stringList(text, 'truePositives').map(({ value, line }) => {
    const s = twoMsSecret(value);
    if (s === undefined) throw new Error(`2ms ${file}:${line}: no secret in a true positive`);
    return secretItem(value, [s], `${file}:${line}`);
  });
  const clean = stringList(text, 'falsePositives').map(({ value, line, after }): ThirteenthItem => {
    const rule = `${file}:${line}`;
    return /gitleaks:allow/.test(after) ? { text: value, secrets: [], label: 'clean', rule, note: 'marked as a secret to allow' } : { text: value, secrets: [], label: 'clean', rule };
  });
  return [...secret, ...clean];
}
