// `--corpus FILE`: a user's own JSON-lines corpus, {"text": string, "secrets": string[], "label": "secret" | "clean" |
// "stress"} a line. What is wrong with it is said in one line naming the file, the line and the field, never as a
// stack trace; and a secret item that could only count as found (no secret listed, or one its text does not hold)
// is refused rather than scored.
import { readFileSync } from 'node:fs';
import type { CorpusItem } from './redactionScore';

const labels = ['secret', 'clean', 'stress'];

/** A corpus file the bench cannot score: the message is for the user as it is. */
export class CorpusFileError extends Error {
  override readonly name = 'CorpusFileError';
}

export function readCorpusFile(file: string): CorpusItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusFileError(`--corpus ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : `cannot be read (${code ?? String(error)})`}`);
  }
  const items: CorpusItem[] = [];
  text.split('\n').forEach((line, n) => {
    if (line.trim()) items.push(corpusItem(line, `${file}:${n + 1}`));
  });
  if (items.length === 0) throw new CorpusFileError(`--corpus ${file}: no items (one JSON object a line)`);
  return items;
}

function corpusItem(line: string, at: string): CorpusItem {
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch (error) {
    throw new CorpusFileError(`${at}: not JSON (${(error as Error).message})`);
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new CorpusFileError(`${at}: expected an object {"text", "secrets", "label"}`);
  const { text, secrets, label } = item as Record<string, unknown>;
  if (typeof text !== 'string') throw new CorpusFileError(`${at}: "text" must be a string`);
  if (!Array.isArray(secrets) || !secrets.every((s) => typeof s === 'string')) throw new CorpusFileError(`${at}: "secrets" must be an array of strings`);
  if (typeof label !== 'string' || !labels.includes(label)) {
    throw new CorpusFileError(`${at}: "label" must be "secret", "clean" or "stress", not ${JSON.stringify(label)}`);
  }
  if (label === 'secret') {
    if (secrets.length === 0) throw new CorpusFileError(`${at}: a secret item lists no secrets: it could only count as found`);
    const absent = secrets.find((s) => s === '' || !text.includes(s));
    if (absent !== undefined) throw new CorpusFileError(`${at}: the secret ${JSON.stringify(absent)} is not in the text: it could only count as found`);
  }
  return { text, secrets, label: label as CorpusItem['label'] };
}
