// Text reaches the redactor escaped as often as plain: a notebook's JSON, a log line's message, a
// config written inside a string literal, a query's percent-encoded value. Every grammar's reader
// (a value's end at a line break or its quote, a key's quotes) is written for plain text, so where
// an escape changes where a value or a key ends, that part of the text is read again as it was
// before it was escaped. Only that part: one string around an escaped line break or quote, or one
// percent-encoded value that decodes a separator. A text with no such escape is not read again, and
// the second reading costs what its regions are long, not the whole text (last round's whole view
// read an Azure SAS query twice: 71.8 -> 118.6 CPU ms/MB).

/** The regions an escape changes, unescaped and joined by line breaks, mapped back to the text. */
export interface EscapedRegions {
  readonly text: string;
  /** Where the character at `at` in `text` starts in the original text (an escape's character: at its escape). */
  place(at: number): number;
  /** Where each region ends in `text` (rising): a span is kept within the region it starts in. */
  readonly ends: readonly number[];
  /**
   * The text is one string's contents cut out of its quotes (a log's message, an escaped config):
   * every backslash starts a string escape, nothing percent-decoded, no quote left unescaped. Its own
   * reading adds nothing the view's misses, so the view (then the whole text) is read alone.
   */
  readonly whole: boolean;
}

const BACKSLASH = 92;
const PERCENT = 37;
const QUOTE = 34;
const LF = 10;
const CR = 13;

// What a string escape stands for (JSON's RFC 8259 §7, and a shell's or Python's `\'`): a line
// break, a tab, the string's quote, the backslash itself, `/`.
const SIMPLE = new Int32Array(128).fill(-1);
SIMPLE[110] = LF; // \n
SIMPLE[114] = CR; // \r
SIMPLE[116] = 9; // \t
SIMPLE[34] = QUOTE; // \"
SIMPLE[39] = 39; // \'
SIMPLE[92] = BACKSLASH; // \\
SIMPLE[47] = 47; // \/

/** A line break or a quote: where a value or a quoted key ends. */
function isStructural(c: number): boolean {
  return c === LF || c === CR || c === QUOTE || c === 39;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/**
 * The string escape at `text[i]` (a backslash), packed as its character times 8 plus its length, or
 * -1 (packed: a dense text has an escape every few characters, each read twice).
 */
function stringEscapeAt(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (next < 128 && SIMPLE[next]! !== -1) return SIMPLE[next]! * 8 + 2;
  if (next !== 117) return -1;
  // \uXXXX
  let code = 0;
  for (let k = 2; k < 6; k++) {
    const h = hexValue(text.charCodeAt(i + k));
    if (h === -1) return -1;
    code = code * 16 + h;
  }
  return code * 8 + 6;
}

/**
 * The byte the percent escape at `text[i]` stands for (RFC 3986 §2.1), if an encoder writes it so:
 * printable ASCII, a tab or a line break, not an unreserved character (§2.3: never encoded). So
 * batch's `%DB_PASSWORD%` and `%ADMIN_PW%` (0xDB, 0xAD) stay references.
 */
function percentEscapeAt(text: string, i: number): number {
  const high = hexValue(text.charCodeAt(i + 1));
  const low = high === -1 ? -1 : hexValue(text.charCodeAt(i + 2));
  if (low === -1) return -1;
  const b = high * 16 + low;
  if (b === 9 || b === LF || b === CR) return b;
  if (b < 32 || b > 126) return -1;
  const unreserved = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 45 || b === 46 || b === 95 || b === 126;
  return unreserved ? -1 : b;
}

// What encodeURIComponent leaves as it is (RFC 3986's unreserved characters and `!*'()`) and `%`, as a
// table: an encoded text is read through it character by character.
const COMPONENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const unreserved = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 95 || c === 126;
  COMPONENT[c] = unreserved || c === 33 || c === 42 || c === 39 || c === 40 || c === 41 || c === PERCENT ? 1 : 0;
}

function isComponentChar(c: number): boolean {
  return c < 128 && COMPONENT[c] === 1;
}

/**
 * The run of encoded characters around `text[i]` (a `%`), and whether to read it decoded: a value
 * encoded whole (after `=`, `?`, `&`, a blank, a quote or a line's start; two escapes or more), not a
 * URI's own part encoded in place (MongoDB's `user:D1fficultP%40ssw0rd@host`, whose `%40` is the
 * password's `@`: RFC 3986 §3.2.1); and one that decodes a character a grammar reads as an end or a
 * separator. Base64's own `+` and `/` and its closing `=` padding are a value's characters: a SAS
 * signature `sig=…%2B…%3D` reads the same decoded.
 */
function encodedRun(text: string, i: number): [start: number, end: number, decode: boolean] {
  let start = i;
  while (start > 0 && isComponentChar(text.charCodeAt(start - 1))) start--;
  let end = start;
  let escapes = 0;
  let separator = false;
  let padding = false; // an `=` seen, separator only if anything follows it but more `=`
  while (end < text.length && isComponentChar(text.charCodeAt(end))) {
    const b = text.charCodeAt(end) === PERCENT ? percentEscapeAt(text, end) : -1;
    if (b === -1) {
      if (padding) separator = true;
      end++;
      continue;
    }
    escapes++;
    if (b === 61) padding = true;
    else if (padding || (b !== 43 && b !== 47)) separator = true;
    end += 3;
  }
  const before = start === 0 ? LF : text.charCodeAt(start - 1);
  const value = before === 61 || before === 63 || before === 38 || before === LF || before === CR || before === 32 || before === QUOTE;
  return [start, end, value && escapes >= 2 && separator];
}

/** Whether the character at `i` is preceded by an odd run of backslashes (escaped). */
function isEscaped(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === BACKSLASH) k--;
  return ((i - 1 - k) & 1) === 1;
}

/** Whether `c` bounds a string or a line: a raw line break, or a quote no backslash escapes. */
function boundsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === LF || c === CR || (c === QUOTE && !isEscaped(text, i));
}

/** The region's kind: a string read with its string escapes undone, or a value percent-decoded. */
const STRING = 0;
const ENCODED = 1;

/** The regions escapes change in `text`, read unescaped, or undefined when there are none. */
export function escapedRegions(text: string): EscapedRegions | undefined {
  let backslash = text.indexOf('\\');
  let percent = text.indexOf('%');
  if (backslash === -1 && percent === -1) return undefined;
  // Regions as [kind, start, end] triples; a string region and an encoded one may overlap.
  const regions: number[] = [];
  let stringEnd = 0;
  let encodedEnd = 0;
  let stray = false;
  const nextBound = boundSeeker(text);
  while (backslash !== -1 || percent !== -1) {
    if (backslash !== -1 && (percent === -1 || backslash < percent)) {
      const escape = stringEscapeAt(text, backslash);
      if (escape === -1) stray = true;
      else if (backslash >= stringEnd && isStructural(escape >> 3) && !endsItsString(text, backslash)) {
        // The string this escape stands in: from the bound before it (not before the last region's
        // end: regions that touch are one) to the bound after it.
        let start = backslash;
        while (start > stringEnd && !boundsAt(text, start - 1)) start--;
        const end = nextBound(backslash);
        const last = regions.length - 3;
        if (last >= 0 && regions[last] === STRING && regions[last + 2] === start) regions[last + 2] = end;
        else regions.push(STRING, start, end);
        stringEnd = end;
      }
      backslash = text.indexOf('\\', backslash + (escape === -1 ? 1 : escape & 7));
    } else {
      if (percent >= encodedEnd && percentEscapeAt(text, percent) !== -1) {
        const [start, end, decode] = encodedRun(text, percent);
        if (decode) regions.push(ENCODED, start, end);
        encodedEnd = end;
      }
      percent = text.indexOf('%', Math.max(percent + 1, encodedEnd));
    }
  }
  if (regions.length === 0) return undefined;
  const whole = regions.length === 3 && regions[0] === STRING && regions[1] === 0 && regions[2] === text.length && !stray && !hasUnescapedQuote(text);
  return { ...unescaped(text, regions), whole };
}

/**
 * Whether the escapes at `i` are line breaks that end their string (`"%s: %d\n"`, `'done\r\n'`, a
 * template's `x\n\``): the string's quote ends there anyway, so they change no reading (ordinary
 * code is full of them).
 */
function endsItsString(text: string, i: number): boolean {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== BACKSLASH) return i >= text.length || c === QUOTE || c === 39 || c === 96 || c === LF || c === CR;
    const escape = stringEscapeAt(text, i);
    if (escape === -1 || (escape >> 3 !== LF && escape >> 3 !== CR)) return false;
    i += escape & 7;
  }
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

function hasUnescapedQuote(text: string): boolean {
  for (let q = text.indexOf('"'); q !== -1; q = text.indexOf('"', q + 1)) if (!isEscaped(text, q)) return true;
  for (let q = text.indexOf("'"); q !== -1; q = text.indexOf("'", q + 1)) if (!isEscaped(text, q)) return true;
  return false;
}

/** The regions' texts unescaped, one after another with a line break between. */
function unescaped(text: string, regions: readonly number[]): Omit<EscapedRegions, 'whole'> {
  const view = new ViewWriter(text);
  const ends: number[] = [];
  const points = new Breakpoints();
  for (let r = 0; r < regions.length; r += 3) {
    const kind = regions[r]!;
    const end = regions[r + 2]!;
    let cursor = regions[r + 1]!;
    points.add(view.length, cursor);
    const mark = kind === STRING ? '\\' : '%';
    for (let i = text.indexOf(mark, cursor); i !== -1 && i < end; ) {
      const escape = kind === STRING ? stringEscapeAt(text, i) : percentEscapeAt(text, i);
      if (escape === -1) {
        // Not an escape: both characters as they are (`\U` in `C:\Users`), or a `%` alone.
        i = text.indexOf(mark, i + (kind === STRING ? 2 : 1));
        continue;
      }
      view.copy(cursor, i);
      points.add(view.length, i);
      view.char(kind === STRING ? escape >> 3 : escape);
      cursor = i + (kind === STRING ? escape & 7 : 3);
      points.add(view.length, cursor);
      i = text.indexOf(mark, cursor);
    }
    view.copy(cursor, end);
    ends.push(view.length);
    points.add(view.length, end);
    view.char(LF);
  }
  return { text: view.done(), place: (at) => points.place(at), ends };
}

/**
 * The view, written as the text's own slices where escapes are far apart and character by character
 * into a small buffer where they are a few characters apart (a slice at every escape cost three times
 * more there; a character at a time, twice more where escapes are sparse).
 */
class ViewWriter {
  private readonly parts: string[] = [];
  private readonly buffer = new Uint16Array(4096);
  private used = 0;
  length = 0;

  constructor(private readonly text: string) {}

  copy(from: number, to: number): void {
    if (to - from >= 32) {
      this.flush();
      this.parts.push(this.text.slice(from, to));
    } else {
      if (this.used + (to - from) > this.buffer.length) this.flush();
      for (let k = from; k < to; k++) this.buffer[this.used++] = this.text.charCodeAt(k);
    }
    this.length += to - from;
  }

  char(c: number): void {
    if (this.used === this.buffer.length) this.flush();
    this.buffer[this.used++] = c;
    this.length++;
  }

  done(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    if (this.used === 0) return;
    this.parts.push(String.fromCharCode.apply(null, this.buffer.subarray(0, this.used) as unknown as number[]));
    this.used = 0;
  }
}

/** Places in the view where its mapping to the text jumps, rising; between two, both advance together. */
class Breakpoints {
  private views = new Int32Array(64);
  private texts = new Int32Array(64);
  private size = 0;

  add(view: number, text: number): void {
    if (this.size > 0 && this.views[this.size - 1] === view) this.size--;
    if (this.size === this.views.length) {
      const views = new Int32Array(this.size * 2);
      const texts = new Int32Array(this.size * 2);
      views.set(this.views);
      texts.set(this.texts);
      this.views = views;
      this.texts = texts;
    }
    this.views[this.size] = view;
    this.texts[this.size++] = text;
  }

  place(view: number): number {
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.views[mid]! <= view) low = mid;
      else high = mid - 1;
    }
    return this.texts[low]! + (view - this.views[low]!);
  }
}
