// One record of a delimited text table, as RFC 4180 writes it: fields split by a separator (`,`, and as its
// users write it `;`, a tab or a pipe), a field in double quotes holding separators and line breaks, `""` a quote
// inside it. Each field's place is kept, not its text: the table rule reads one column of many records.
// Bounded: a record longer than MAX_RECORD characters, or of more than MAX_FIELDS fields, is no table's.

const QUOTE = 34;
const LF = 10;
const CR = 13;
export const MAX_FIELDS = 64;
export const MAX_RECORD = 4096;

/** The fields of the record last read: the i-th field's content is starts[i]..ends[i] (quotes outside it). */
export interface DelimitedRecord {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly quoted: Uint8Array;
  count: number;
  /** Where the next record starts (past the line break), or where the reading stopped. */
  next: number;
}

export function newRecord(): DelimitedRecord {
  return { starts: new Int32Array(MAX_FIELDS), ends: new Int32Array(MAX_FIELDS), quoted: new Uint8Array(MAX_FIELDS), count: 0, next: 0 };
}

/**
 * Reads the record starting at `at` into `record`; false when it is none (a quote never closed within the bound, too
 * long, too many fields), with `record.next` where the reading stopped. `quoting`: RFC 4180's quotes (PostgreSQL's
 * text COPY format and Markdown have none). Spaces around a field are outside it.
 */
export function readRecord(text: string, at: number, separator: number, quoting: boolean, record: DelimitedRecord): boolean {
  const limit = Math.min(text.length, at + MAX_RECORD);
  let i = at;
  record.count = 0;
  for (;;) {
    if (record.count === MAX_FIELDS) return stop(record, i);
    while (i < limit && (text.charCodeAt(i) === 32)) i++;
    let start = i;
    let end: number;
    let quoted = 0;
    if (quoting && i < limit && text.charCodeAt(i) === QUOTE) {
      start = ++i;
      for (;;) {
        if (i >= limit) return stop(record, i);
        if (text.charCodeAt(i) === QUOTE) {
          if (i + 1 < limit && text.charCodeAt(i + 1) === QUOTE) i += 2;
          else break;
        } else i++;
      }
      end = i++;
      quoted = 1;
      while (i < limit && text.charCodeAt(i) === 32) i++;
    } else {
      while (i < limit) {
        const c = text.charCodeAt(i);
        if (c === separator || c === LF || c === CR) break;
        i++;
      }
      end = i;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
    }
    record.starts[record.count] = start;
    record.ends[record.count] = end;
    record.quoted[record.count++] = quoted;
    if (i >= text.length) return done(record, i);
    if (i >= limit) return stop(record, i);
    const c = text.charCodeAt(i);
    if (c === separator) {
      i++;
      continue;
    }
    if (c === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) return done(record, i + 2);
    if (c === CR || c === LF) return done(record, i + 1);
    // Text after a closing quote: not RFC 4180's.
    return stop(record, i);
  }
}

function done(record: DelimitedRecord, next: number): boolean {
  record.next = next;
  return true;
}

function stop(record: DelimitedRecord, at: number): boolean {
  record.next = at;
  return false;
}
