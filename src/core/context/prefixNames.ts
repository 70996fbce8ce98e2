// The identifiers a document shows before the cursor, kept per document and extended as the
// user types on, so asking "does the prompt already name X?" costs a set lookup per keystroke
// rather than a scan of the whole file.
import type { DocumentSnapshot } from '../documentSnapshot';
import { identifiersIn } from './identifierTokens';

interface Entry {
  head: string;
  readonly names: Set<string>;
}

const MAX_DOCUMENTS = 32;

export class PrefixNames {
  private readonly entries = new Map<string, Entry>();

  /** A predicate: whether `name` occurs before `offset` in `doc` (names removed since may linger). */
  of(doc: DocumentSnapshot, offset: number): (name: string) => boolean {
    // Whole lines before the cursor are cached; the cursor's own line is read afresh.
    const lineStart = doc.text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    let entry = this.entries.get(doc.uri);
    if (!entry || entry.head.length > lineStart || !doc.text.startsWith(entry.head)) {
      entry = { head: '', names: new Set() };
    }
    if (lineStart > entry.head.length) {
      for (const name of identifiersIn(doc.text.slice(entry.head.length, lineStart))) entry.names.add(name);
      entry.head = doc.text.slice(0, lineStart);
    }
    this.entries.delete(doc.uri);
    this.entries.set(doc.uri, entry);
    if (this.entries.size > MAX_DOCUMENTS) this.entries.delete(this.entries.keys().next().value as string);
    const names = entry.names;
    const tail = new Set(identifiersIn(doc.text.slice(lineStart, offset)));
    return (name) => names.has(name) || tail.has(name);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}

/** Whether a name occurs in a text (the part of the document the prompt shows). */
export function namesIn(text: string): (name: string) => boolean {
  const names = new Set(identifiersIn(text));
  return (name) => names.has(name);
}
