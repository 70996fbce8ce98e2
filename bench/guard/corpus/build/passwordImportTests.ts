// The twenty-ninth holdout's labeller (corpus/README.md, "The twenty-ninth holdout"): password managers' import parsers'
// own tests — the export a test parses (another manager's CSV) and the password or TOTP secret it expects each record to
// yield. Two shapes:
// - pass-import's `test_imports` parses each manager's export under tests/assets/db and asserts every entry it yields is
//   one of the reference entries (tests/assets/references/main.yml, `password` kept unless tests.yml says `without`).
//   Each CSV record is an item: a record holding a reference password is secret (that password, as the record writes
//   it); a record of a reference entry with no password (`empty entry`, `empty password`, `note`) and the header are clean.
//   Its `test_importers_bitwarden` (a JSON export against its own reference) is transcribed as cases, as below.
// - bitwarden/clients' and bitwarden/jslib's importer specs: each case transcribed in the manifest (holdout28's `ParserCase`: the export string
//   as the spec's data file writes it, the `expect(…)` that names the password or TOTP, the item's text, its secrets).
import { verdict } from './scrubberDefaultTests';

export const passwordImportSources = ['pass-import', 'bitwarden-clients', 'bitwarden-jslib'] as const;

/** One export the reference test parses: its saved path and the tests.yml manager whose `path` it is. */
export interface ReferenceExport {
  path: string;
  manager: string;
}

/** A CSV record as it stands in the file (line ends excluded) and its fields decoded. */
interface CsvRecord {
  raw: string;
  fields: { raw: string; value: string }[];
}

/** RFC 4180 records: `"` quotes (`""` inside), a quoted field may hold line ends; a record ends at an unquoted LF/CRLF. */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let at = 0;
  while (at < text.length) {
    const start = at;
    const fields: CsvRecord['fields'] = [];
    for (;;) {
      const fieldStart = at;
      let value = '';
      if (text[at] === '"') {
        at++;
        for (;;) {
          const close = text.indexOf('"', at);
          if (close < 0) throw new Error('an unclosed quoted field');
          value += text.slice(at, close);
          at = close + 1;
          if (text[at] !== '"') break;
          value += '"';
          at++;
        }
      } else {
        while (at < text.length && text[at] !== ',' && text[at] !== '\n' && !(text[at] === '\r' && text[at + 1] === '\n')) at++;
        value = text.slice(fieldStart, at);
      }
      const raw = text.slice(fieldStart, at);
      fields.push({ raw: raw.startsWith('"') ? raw.slice(1, -1) : raw, value });
      if (text[at] === ',') {
        at++;
        continue;
      }
      break;
    }
    const end = at;
    if (text[at] === '\r') at++;
    if (text[at] === '\n') at++;
    else if (at < text.length) throw new Error(`a record does not end at a line end (offset ${at})`);
    records.push({ raw: text.slice(start, end), fields });
  }
  return records;
}

/** main.yml's entries: each `- title:` and its double-quoted `password:` (YAML escapes `\\` and `\"` undone), if any. */
export function referenceEntries(yaml: string): { title: string; password?: string }[] {
  return yaml.split(/^- /m).slice(1).map((entry) => {
    const title = /^title: (.*)$/m.exec(entry)![1]!;
    const password = /^ {2}password: "((?:[^"\\]|\\.)*)"$/m.exec(entry)?.[1]?.replace(/\\(.)/g, '$1');
    return password === undefined ? { title } : { title, password };
  });
}

/** The export's manager in tests.yml: parsed by `test_imports` (no `parse: False`) with the password kept (not `without`). */
function checkParsed(testsYml: string, { path, manager }: ReferenceExport): void {
  const block = new RegExp(`^${manager}:\\n((?:  .*\\n|    .*\\n)*)`, 'm').exec(testsYml)?.[1];
  if (!block || !block.includes(`  path: ${path.split('/').pop()}\n`)) throw new Error(`pass-import ${path}: tests.yml gives ${manager} another path`);
  if (/parse: False/.test(block) || /- password/.test(block)) throw new Error(`pass-import ${path}: ${manager}'s password is not checked`);
}

/**
 * pass-import: each record of each export. A record with a field equal to a reference password is a secret item (that
 * field as written); the header and the records of reference entries without a password are clean; any other record
 * fails the build (the labels are the reference's, or none).
 */
export function labelReferenceExports(exports: readonly ReferenceExport[], files: ReadonlyMap<string, string>) {
  if (!exports.length) return [];
  const reference = referenceEntries(files.get('tests/assets/references/main.yml')!);
  const passwords = new Set(reference.flatMap((e) => (e.password ? [e.password] : [])));
  const noPassword = new Set(reference.filter((e) => !e.password).map((e) => e.title));
  const testsYml = files.get('tests/tests.yml')!;
  return exports.flatMap((exp) => {
    checkParsed(testsYml, exp);
    const [header, ...records] = csvRecords(files.get(exp.path)!);
    const rule = `${exp.path}#test_imports[${exp.manager}]`;
    return [
      { text: header!.raw, secrets: [], label: 'clean' as const, rule: `${rule}[header]` },
      ...records.map((r, n) => {
        const held = r.fields.filter((f) => passwords.has(f.value));
        if (held.some((f) => f.raw !== f.value)) throw new Error(`${rule}: a password written with quote escapes`);
        if (held.length) return verdict(r.raw, held.map((f) => f.raw), `${rule}[record ${n + 1}]`);
        const entry = r.fields.find((f) => noPassword.has(f.value));
        if (!entry) throw new Error(`${rule}: a record that is no reference entry`);
        return { text: r.raw, secrets: [], label: 'clean' as const, rule: `${rule}[record ${n + 1}: ${entry.value}]` };
      }),
    ];
  });
}
