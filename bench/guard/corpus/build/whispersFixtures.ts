// Whispers (Skyscanner) keeps one fixture per file type with a compliant part and a non-compliant
// part, and its test (test_detection_by_value) says how many values it reports per fixture, every
// reported value holding the word "hardcoded" (or being a number). So its own labels are:
// - a value holding "hardcoded" in the non-compliant part is a secret (checked: as many as the
//   test says, numbers apart);
// - everything in the compliant part is clean (whispers reports nothing there).
// Items: code and line-oriented files give one item per statement line (a line ending in `\`
// continues); YAML gives one item per entry (a line at the part's base indent and the deeper lines
// under it), so a value on its own line keeps the key above it.
export interface WhispersFixture {
  readonly file: string;
  readonly text: string;
  /** How many values whispers' test says it reports in this fixture. */
  readonly whispersCount: number;
}

export interface LabelledSnippet {
  readonly text: string;
  readonly secrets: string[];
  readonly label: 'secret' | 'clean';
}

const compliantMarker = /^\s*(?:#|\/\/)\s*compliant\s*$|^compliant:\s*$/i;
const nonCompliantMarker = /^\s*(?:#|\/\/)\s*non-?compliant\s*$|^noncompliant:\s*$/i;
// A value whispers reports: a run without blanks, quotes or the punctuation around values, holding
// "hardcoded", that is not a YAML key (followed by a colon) or a name being assigned.
const hardcodedValue = /[^\s"'`:=,;(){}<>[\]@]*hardcoded[^\s"'`:=,;(){}<>[\]@]*/gi;

export function labelWhispersFixture(fixture: WhispersFixture): { snippets: LabelledSnippet[]; reported: number } {
  const lines = fixture.text.split('\n');
  const yaml = /\.ya?ml$/.test(fixture.file);
  let part: 'compliant' | 'noncompliant' | undefined;
  const parts: { part: 'compliant' | 'noncompliant' | undefined; lines: string[] }[] = [];
  for (const line of lines) {
    if (compliantMarker.test(line)) part = 'compliant';
    else if (nonCompliantMarker.test(line)) part = 'noncompliant';
    else {
      const last = parts[parts.length - 1];
      if (last && last.part === part) last.lines.push(line);
      else parts.push({ part, lines: [line] });
    }
  }
  const snippets: LabelledSnippet[] = [];
  let reported = 0;
  for (const { part: p, lines: partLines } of parts) {
    for (const text of yaml ? yamlEntries(partLines) : statements(partLines)) {
      const secrets = hardcodedValues(text);
      // Code outside both parts (a class header) counts only for what whispers reports there.
      if (p === 'compliant') snippets.push({ text, secrets: [], label: 'clean' });
      else if (secrets.length > 0) snippets.push({ text, secrets, label: 'secret' });
      if (p !== 'compliant') reported += hardcodedCount(text) + numericCount(text);
    }
  }
  return { snippets, reported };
}

function hardcodedValues(text: string): string[] {
  return [...new Set(hardcodedMatches(text))];
}

function hardcodedCount(text: string): number {
  return hardcodedMatches(text).length;
}

// The other values whispers reports: long numbers behind a key (its test skips them).
function numericCount(text: string): number {
  return [...text.matchAll(/[:=][ \t]*\d{10,}[ \t]*$/gm)].length;
}

function hardcodedMatches(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(hardcodedValue)) {
    const after = text.slice(m.index! + m[0].length);
    if (/^:(\s|$)/.test(after) || /^\s*=[^=]/.test(after)) continue;
    out.push(m[0]);
  }
  return out;
}

function statements(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (line.trimEnd().endsWith('\\')) continue;
    const text = current.join('\n');
    current = [];
    if (text.trim()) out.push(text);
  }
  if (current.length > 0 && current.join('').trim()) out.push(current.join('\n'));
  return out;
}

function yamlEntries(lines: readonly string[]): string[] {
  const filled = lines.filter((l) => l.trim());
  if (filled.length === 0) return [];
  const indent = (l: string) => l.length - l.trimStart().length;
  const base = Math.min(...filled.map(indent));
  const out: string[][] = [];
  for (const line of filled) {
    if (indent(line) === base || out.length === 0) out.push([line]);
    else out[out.length - 1]!.push(line);
  }
  return out.map((e) => e.join('\n'));
}
