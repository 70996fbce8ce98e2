// Writes src/core/guard/rules/vendorKeyedShapes.json (the table vendorKeyedShapes.ts reads) from the survey of trufflehog's detectors
// (corpus/raw/trufflehog/keyedSurvey.tsv): each keyword-keyed detector's name and the shapes of its
// key (alphabet and length), the names screened by a stated test instead of by hand.
//
//   npx tsx bench/guard/vendorKeyedTable.ts [WORD_LIST]   (default /usr/share/dict/american-english,
//   Debian's wamerican 2020.12.07, SCOWL size 50; `apt-get install wamerican`)
//
// The test: a name is a word when the word list holds it (or it with an `s` dropped), or a longer
// word of the list holds it (`atera` in `lateral`), or this repository's node_modules type
// declarations hold it inside an identifier (`mux` in `rtcpMuxPolicy`): in all
// three the prefilter fires on prose or code. A word's key is taken only in its documented shape.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vendorNames } from '../../src/core/guard/rules/vendorNames';

const ROOT = join(__dirname, '..', '..');
const SURVEY = join(__dirname, 'corpus', 'raw', 'trufflehog', 'keyedSurvey.tsv');
const OUT = join(ROOT, 'src', 'core', 'guard', 'rules', 'vendorKeyedShapes.json');
const TOKEN_CHARS = /^[A-Za-z0-9_-]+$/;

interface Shape { alphabet: string; min: number; max: number }

/** `[0-9a-f]{8}-[0-9a-f]{4}` → one run's alphabet and length; undefined if a part is unbounded or not a token character. */
export function parseShape(pattern: string): Shape | undefined {
  const chars = new Set<string>();
  let min = 0;
  let max = 0;
  const part = /\[([^\]]+)\]\{(\d+)(?:,(\d+))?\}|\\?([A-Za-z0-9_-])/gy;
  let at = 0;
  for (let m = part.exec(pattern); m !== null; m = part.exec(pattern)) {
    at = part.lastIndex;
    if (m[4] !== undefined) {
      chars.add(m[4]);
      min++;
      max++;
      continue;
    }
    const set = expandClass(m[1]!);
    if (set === undefined) return undefined;
    for (const c of set) chars.add(c);
    min += Number(m[2]);
    max += Number(m[3] ?? m[2]);
  }
  if (at !== pattern.length || min === 0) return undefined;
  return { alphabet: [...chars].sort().join(''), min, max };
}

function expandClass(body: string): string[] | undefined {
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const next = body[++i]!;
      if (next !== '-' && next !== '_') return undefined;
      out.push(next);
    } else if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let code = c.charCodeAt(0); code <= body.charCodeAt(i + 2); code++) out.push(String.fromCharCode(code));
      i += 2;
    } else out.push(c);
  }
  return out.every((c) => TOKEN_CHARS.test(c)) ? out : undefined;
}

function declarationIdentifiers(dir: string, into: Set<string>): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) declarationIdentifiers(path, into);
    else if (entry.endsWith('.d.ts')) for (const id of readFileSync(path, 'utf8').match(/[A-Za-z_$][\w$]{3,}/g) ?? []) into.add(id.toLowerCase());
  }
}

function main(): void {
  // Common words (the list's lower-case entries) and names (its capitalised ones: `Cicero`, `Percy` are words of prose too).
  const entries = readFileSync(process.argv[2] ?? '/usr/share/dict/american-english', 'utf8').split('\n').map((w) => w.trim());
  const wordList = entries.filter((w) => /^[a-z]+$/.test(w));
  const words = new Set([...wordList, ...entries.filter((w) => /^[A-Z][a-z]+$/.test(w)).map((w) => w.toLowerCase())]);
  const identifiers = new Set<string>();
  declarationIdentifiers(join(ROOT, 'node_modules'), identifiers);
  const identifierList = [...identifiers];
  // (A name with a digit or punctuation, `collect2`, `data.gov`, is no word.)
  const isWord = (name: string): string | undefined => {
    if (!/^[a-z]+$/.test(name)) return undefined;
    if (words.has(name) || (name.endsWith('s') && words.has(name.slice(0, -1)))) return 'a word';
    const holder = wordList.find((w) => w.length > name.length && w.includes(name));
    if (holder !== undefined) return `inside the word ${holder}`;
    const inCode = identifierList.filter((id) => id.includes(name));
    return inCode.length > 0 ? `inside identifiers (${inCode.slice(0, 2).join(', ')})` : undefined;
  };

  const known = new Set(vendorNames);
  const plain = new Set<string>();
  const worded = new Map<string, string>();
  const shapes = new Map<string, Shape[]>();
  const rows = readFileSync(SURVEY, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  for (const row of rows) {
    const [, , keywords, keyed, token, notes] = row.split('\t');
    // (`left:` in the notes: read and keyed, but its name is one no scanner can key on, the reason given.)
    if (keyed !== 'y' || notes?.startsWith('left:')) continue;
    const parsed = token!.split(' | ').map(parseShape).filter((s): s is Shape => s !== undefined && s.max >= 12);
    for (const keyword of keywords!.split(',')) {
      if (keyword.endsWith('_') || keyword.length < 3) continue; // a token's own prefix, not a name
      // (Two detectors of one vendor, `azuresearchadminkey` and `azuresearchquerykey`, may give one shape twice.)
      const had = shapes.get(keyword) ?? [];
      const fresh = parsed.filter((s) => !had.some((h) => h.alphabet === s.alphabet && h.min === s.min && h.max === s.max));
      if (fresh.length > 0) shapes.set(keyword, [...had, ...fresh]);
      if (known.has(keyword)) continue;
      const why = isWord(keyword);
      if (why === undefined) plain.add(keyword);
      else if (parsed.length > 0) worded.set(keyword, why);
    }
  }
  writeFileSync(OUT, vendorKeyedTable(plain, worded, shapes));
  const lengths = [...shapes.values()].flat();
  console.log(`${rows.length} detectors read, ${rows.filter((r) => r.split('\t')[3] === 'y').length} keyed; ${shapes.size} names with a shape; ${plain.size} new plain names, ${worded.size} word names`);
  console.log(`shapes: ${lengths.length}, fixed length ${lengths.filter((s) => s.min === s.max).length}; under 20: ${lengths.filter((s) => s.min < 20).length}; over 81: ${lengths.filter((s) => s.max > 81).length}; alphabets with a digit: ${lengths.filter((s) => /\d/.test(s.alphabet)).length}`);
}

/**
 * The table as vendorKeyedShapes.ts reads it (JSON, one name a line): the new plain names, the word names with why, and
 * each name's key shapes, every list sorted.
 */
export function vendorKeyedTable(plain: Iterable<string>, worded: ReadonlyMap<string, string>, shapes: ReadonlyMap<string, readonly Shape[]>): string {
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  const members = (rows: string[]) => rows.map((row, i) => `    ${row}${i < rows.length - 1 ? ',' : ''}`);
  const shape = (s: Shape) => `{ "alphabet": ${JSON.stringify(s.alphabet)}, "min": ${s.min}, "max": ${s.max} }`;
  return [
    '{',
    `  "surveyedNames": ${JSON.stringify(sorted(plain))},`,
    '  "wordNames": {',
    ...members(sorted(worded.keys()).map((n) => `${JSON.stringify(n)}: ${JSON.stringify(worded.get(n))}`)),
    '  },',
    '  "keyShapes": {',
    ...members(sorted(shapes.keys()).map((n) => `${JSON.stringify(n)}: [${shapes.get(n)!.map(shape).join(', ')}]`)),
    '  }',
    '}',
    '',
  ].join('\n');
}

if (require.main === module) main();
