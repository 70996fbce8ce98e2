// Text reaches the redactor escaped as often as plain: a notebook's JSON, a log line's message, a
// config written inside a string literal, a query's percent-encoded value. Every grammar's reader
// (a value's end at a line break or its quote, a key's quotes) is written for plain text, so where
// an escape changes where a value or a key ends, that part of the text is read as it was before it
// was escaped. Only that part: one string around an escaped line break or quote, or one
// percent-encoded value that decodes a separator. A text with no such escape is read as it is; the
// rest costs what its regions are long, not a second reading of the whole text (last round's
// whole view read an Azure SAS query twice: 71.8 -> 118.6 CPU ms/MB).
import { APOSTROPHE, BACKSLASH, CR, isComponentChar, isEscaped, LF, PERCENT, percentEscapeRead, QUOTE, stringEscapeAt } from './escapeCodes';
import { UnescapedViewWriter, type UnescapedView } from './unescapedView';

export interface EscapedReading {
  /**
   * The text with each string that is a text of its own unescaped in place (lines escaped into a
   * string: a notebook's source, a log's message; or a string's contents cut out of their quotes),
   * its quotes read as line bounds: read instead of the text. Undefined: the text is read as it is.
   */
  readonly instead?: UnescapedView;
  /**
   * The other regions, unescaped, each its own lines: read besides, since the text's own reading
   * may hold what theirs misses (a value's escaped quote `"ab\"cd"`, a path's `C:\Users`, a quote
   * of code `'$password = \'…\''`); and values percent-encoded whole.
   */
  readonly besides?: UnescapedView;
}

// A region: [kind, start, end, flags], four numbers.
const STRING = 0;
const ENCODED = 1;
const STRAY = 1; // a backslash that starts no escape (`C:\Users`): the text is not all string escapes
const BREAK = 2; // an escaped line break inside the string: its contents are lines

/** Where escapes change the reading of `text`, read unescaped; undefined where none does. */
export function escapedReading(text: string): EscapedReading | undefined {
  let backslash = text.indexOf('\\');
  let percent = text.indexOf('%');
  if (backslash === -1 && percent === -1) return undefined;
  const regions: number[] = [];
  let current = -1; // the last string region
  let stringEnd = 0;
  let encodedEnd = 0;
  let runAsked = -1;
  let runStart = 0;
  let lastStray = -1;
  const nextBound = boundSeeker(text);
  while (backslash !== -1 || percent !== -1) {
    if (backslash !== -1 && (percent === -1 || backslash < percent)) {
      const escape = stringEscapeAt(text, backslash);
      const char = escape >> 3;
      if (escape === -1) {
        lastStray = backslash;
        if (backslash < stringEnd) regions[current + 3]! |= STRAY;
      } else if (backslash < stringEnd) {
        if (char === LF || char === CR) regions[current + 3]! |= BREAK;
      } else if (isStructural(char) && !endsItsString(text, backslash)) {
        // The string this escape stands in: from the bound before it (not before the last region's
        // end: regions that touch are one) to the bound after it.
        let start = backslash;
        while (start > stringEnd && !boundsAt(text, start - 1)) start--;
        const end = nextBound(backslash);
        const flags = (lastStray >= start ? STRAY : 0) | (char === LF || char === CR ? BREAK : 0);
        if (current !== -1 && regions[current + 2] === start) {
          regions[current + 2] = end;
          regions[current + 3]! |= flags;
        } else {
          current = regions.length;
          regions.push(STRING, start, end, flags);
        }
        stringEnd = end;
      }
      backslash = text.indexOf('\\', backslash + (escape === -1 ? 1 : escape & 7));
    } else {
      if (percent >= encodedEnd && decodesSeparator(text, percent)) {
        // The run's start, sought back only to the last `%` asked (a run asked again starts where it did).
        let start = percent;
        while (start > runAsked && isComponentChar(text.charCodeAt(start - 1))) start--;
        runStart = start === runAsked && runAsked !== -1 ? runStart : start;
        runAsked = percent;
        if (isValueStart(text, runStart)) {
          const [end, decode] = encodedRun(text, runStart);
          if (decode) regions.push(ENCODED, runStart, end, 0);
          encodedEnd = end;
        }
      }
      percent = text.indexOf('%', Math.max(percent + 1, encodedEnd));
    }
  }
  if (regions.length === 0) return undefined;
  return read(text, regions);
}

/** Escapes that end a value or a quoted key: a line break or a quote. */
function isStructural(c: number): boolean {
  return c === LF || c === CR || c === QUOTE || c === APOSTROPHE;
}

/**
 * Whether the escapes at `i` are line breaks that end their string (`"%s: %d\n"`, `'done\r\n'`, a
 * template's `x\n\``): the string's quote ends there anyway, so they change no reading (ordinary
 * code is full of them).
 */
function endsItsString(text: string, i: number): boolean {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== BACKSLASH) return i >= text.length || c === QUOTE || c === APOSTROPHE || c === 96 || c === LF || c === CR;
    const escape = stringEscapeAt(text, i);
    if (escape === -1 || (escape >> 3 !== LF && escape >> 3 !== CR)) return false;
    i += escape & 7;
  }
}

/** Whether `text[i]` bounds a string or a line: a raw line break, or a quote no backslash escapes. */
function boundsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === LF || c === CR || (c === QUOTE && !isEscaped(text, i));
}

/**
 * The first bound at or after `from` (asked with `from` rising), or the text's end: each of a line
 * break, a carriage return and a quote is sought again only once passed, so a MB-long string is
 * searched once, not once per region.
 */
function boundSeeker(text: string): (from: number) => number {
  let lf = -2;
  let cr = -2;
  let quote = -2;
  const next = (c: string, at: number, from: number) => (at !== -1 && at < from ? text.indexOf(c, from) : at);
  return (from) => {
    lf = next('\n', lf, from);
    cr = next('\r', cr, from);
    quote = next('"', quote, from);
    while (quote !== -1 && isEscaped(text, quote)) quote = text.indexOf('"', quote + 1);
    let end = text.length;
    if (lf !== -1) end = lf;
    if (cr !== -1 && cr < end) end = cr;
    if (quote !== -1 && quote < end) end = quote;
    return end;
  };
}

/**
 * Whether the percent escape at `i` decodes a character a grammar reads as an end or a separator:
 * not base64's own `+` or `/`, nor an `=` that only pads a value's end (more `=`, then no value
 * character). Asked first, so a SAS signature's escapes (`%2B`, a closing `%3D`) cost one look each,
 * and a run is scanned only for an escape that may change its reading.
 */
function decodesSeparator(text: string, i: number): boolean {
  const escape = percentEscapeRead(text, i);
  const b = escape >> 3;
  if (escape === -1 || b === 43 || b === 47) return false;
  if (b !== 61) return true;
  let k = i + (escape & 7);
  for (let next = percentEscapeRead(text, k); next >> 3 === 61; next = percentEscapeRead(text, k)) k += next & 7;
  return isComponentChar(text.charCodeAt(k));
}

/**
 * Whether an encoded run starting at `start` is a value encoded whole: after a query's or form's
 * `=`, `?` or `&`, a blank, a quote or a line's start; a run after `@`, `:` or `/` is a URI's own part
 * encoded in place (MongoDB's `user:D1fficultP%40ssw0rd@host`, whose `%40` is the password's `@`:
 * RFC 3986 §3.2.1). Asked before the run is read to its end.
 */
function isValueStart(text: string, start: number): boolean {
  const before = start === 0 ? LF : text.charCodeAt(start - 1);
  return before === 61 || before === 63 || before === 38 || before === LF || before === CR || before === 32 || before === QUOTE;
}

/**
 * The end of the encoded run from `start`, and whether to read it decoded: two escapes or more, and
 * one that decodes a character a grammar reads as an end or a separator. Base64's own `+` and `/` and
 * its closing `=` padding are a value's characters: a SAS signature `sig=…%2B…%3D` reads the same decoded.
 */
function encodedRun(text: string, start: number): [end: number, decode: boolean] {
  let end = start;
  let escapes = 0;
  let separator = false;
  let padding = false; // an `=` seen: a separator only if anything but more `=` follows it
  while (end < text.length && isComponentChar(text.charCodeAt(end))) {
    const escape = text.charCodeAt(end) === PERCENT ? percentEscapeRead(text, end) : -1;
    if (escape === -1) {
      if (padding) separator = true;
      end++;
      continue;
    }
    const b = escape >> 3;
    escapes++;
    if (b === 61) padding = true;
    else if (padding || (b !== 43 && b !== 47)) separator = true;
    end += escape & 7;
  }
  return [end, escapes >= 2 && separator];
}

/**
 * A string region is read instead of its escaped text when it is a text of its own: every backslash
 * in it an escape, no raw `'` (a quote of code, `'$password = \'…\''`), and either lines (an escaped
 * line break inside) or no quote around it (a string's contents cut out of their quotes). A value
 * between quotes holding only an escaped quote (`"ab\"cd"`) is read besides: its key is outside it.
 */
function read(text: string, regions: readonly number[]): EscapedReading {
  let instead: UnescapedViewWriter | undefined;
  let besides: UnescapedViewWriter | undefined;
  let cursor = 0;
  let apostrophe = text.indexOf("'");
  for (let r = 0; r < regions.length; r += 4) {
    const [kind, start, end, flags] = [regions[r]!, regions[r + 1]!, regions[r + 2]!, regions[r + 3]!];
    if (kind === STRING) {
      while (apostrophe !== -1 && (apostrophe < start || (apostrophe < end && isEscaped(text, apostrophe)))) apostrophe = text.indexOf("'", apostrophe + 1);
      const quotedBefore = start > 0 && text.charCodeAt(start - 1) === QUOTE;
      const quotedAfter = text.charCodeAt(end) === QUOTE;
      const ownText = (flags & STRAY) === 0 && !(apostrophe !== -1 && apostrophe < end) && ((flags & BREAK) !== 0 || (!quotedBefore && !quotedAfter));
      if (ownText) {
        instead ??= new UnescapedViewWriter(text);
        instead.raw(cursor, quotedBefore ? start - 1 : start);
        if (quotedBefore) instead.lineBreakFor(start - 1);
        instead.unescaped('string', start, end);
        if (quotedAfter) instead.lineBreakFor(end);
        cursor = quotedAfter ? end + 1 : end;
        continue;
      }
    }
    besides ??= new UnescapedViewWriter(text);
    besides.unescaped(kind === STRING ? 'string' : 'percent', start, end);
    besides.endRegion(end);
  }
  if (instead !== undefined) instead.raw(cursor, text.length);
  return { instead: instead?.done(), besides: besides?.done() };
}
