// The adaptive trigger's view of a moment: plain facts about the cursor, read from the cursor's
// line and a few lines above it only, so they cost the same on a 5 MB file as on a 5-line one.
import type { DocumentSnapshot } from '../documentSnapshot';
import type { SuffixKind, SuggestionOutcome, TriggerFeatures } from './feedbackEvents';

/** The text around the cursor that the features are read from. */
export interface TriggerCursor {
  readonly language: string;
  /** The cursor's line up to the cursor. */
  readonly linePrefix: string;
  /** The cursor's line after the cursor, without its line break. */
  readonly lineSuffix: string;
  /** A few lines above the cursor's line, joined by '\n' ('' on the first line). */
  readonly above: string;
  /** True when there is any line above (the cursor is not on the first line). */
  readonly hasLineAbove: boolean;
  readonly offset: number;
  readonly documentLength: number;
}

/** What the trigger knows beyond the text: the clock and the previous suggestion. */
export interface TriggerContext {
  readonly msSinceKeystroke: number;
  readonly lastOutcome: SuggestionOutcome;
  readonly keyIntervalMs?: number;
  readonly msSinceOutcome?: number;
}

/** Lines above the cursor read for the last non-blank character. */
export const LINES_ABOVE = 3;
/** Lexical scans (strings, comments) look at most this far back on the line: minified lines stay cheap. */
const SCAN_LIMIT = 400;
const CLOSERS = new Set([')', ']', '}', '>', '"', "'", '`', ';', ',', ' ', '\t']);

export function triggerFeaturesAt(cursor: TriggerCursor, context: TriggerContext): TriggerFeatures {
  const { linePrefix, lineSuffix } = cursor;
  const before = lastCodePoint(linePrefix);
  const lexical = scanLine(linePrefix, cursor.language);
  return {
    language: cursor.language,
    column: linePrefix.length,
    atLineEnd: lineSuffix.trim() === '',
    charBefore: before !== '' ? before : cursor.hasLineAbove ? '\n' : '',
    msSinceKeystroke: Math.max(0, Math.round(context.msSinceKeystroke)),
    lastOutcome: context.lastOutcome,
    documentLength: cursor.documentLength,
    relativePosition: cursor.documentLength > 0 ? Math.min(1, cursor.offset / cursor.documentLength) : 0,
    lastNonSpace: lastNonSpace(linePrefix) || lastNonSpace(cursor.above),
    suffixKind: suffixKind(lineSuffix),
    inComment: lexical.inComment,
    inString: lexical.inString,
    ...(context.keyIntervalMs !== undefined && { keyIntervalMs: Math.max(0, Math.round(context.keyIntervalMs)) }),
    ...(context.msSinceOutcome !== undefined && { msSinceOutcome: Math.max(0, Math.round(context.msSinceOutcome)) }),
  };
}

/** The cursor view of a snapshot, sliced from its text (CRLF, and a cursor between CR and LF, read as a line end). */
export function cursorOf(doc: DocumentSnapshot): TriggerCursor {
  const { text } = doc;
  const offset = Math.max(0, Math.min(doc.offset, text.length));
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  let aboveStart = lineStart;
  for (let i = 0; i < LINES_ABOVE && aboveStart > 0; i++) aboveStart = text.lastIndexOf('\n', aboveStart - 2) + 1;
  return {
    language: doc.languageId,
    linePrefix: withoutCR(text.slice(lineStart, offset)),
    lineSuffix: withoutCR(text.slice(offset, lineEnd)),
    above: lineStart > 0 ? withoutCRs(text.slice(aboveStart, lineStart - 1)) : '',
    hasLineAbove: lineStart > 0,
    offset,
    documentLength: text.length,
  };
}

export function computeTriggerFeatures(doc: DocumentSnapshot, context: TriggerContext): TriggerFeatures {
  return triggerFeaturesAt(cursorOf(doc), context);
}

/**
 * Fills the optional fields a logged shown event lacks from its stored prompt text (present
 * when the user keeps text in the log). Fields already there are kept.
 */
export function completeFromText(features: TriggerFeatures, prefix: string | undefined, suffix: string | undefined): TriggerFeatures {
  if (prefix === undefined) return features;
  const lineStart = prefix.lastIndexOf('\n') + 1;
  let aboveStart = lineStart;
  for (let i = 0; i < LINES_ABOVE && aboveStart > 0; i++) aboveStart = prefix.lastIndexOf('\n', aboveStart - 2) + 1;
  const lineEnd = suffix === undefined ? -1 : suffix.indexOf('\n');
  const fromText = triggerFeaturesAt(
    {
      language: features.language,
      linePrefix: withoutCR(prefix.slice(lineStart)),
      lineSuffix: suffix === undefined ? '' : withoutCR(lineEnd < 0 ? suffix : suffix.slice(0, lineEnd)),
      above: lineStart > 0 ? withoutCRs(prefix.slice(aboveStart, lineStart - 1)) : '',
      hasLineAbove: lineStart > 0,
      offset: 0,
      documentLength: 0,
    },
    { msSinceKeystroke: 0, lastOutcome: 'none' },
  );
  return {
    ...features,
    lastNonSpace: features.lastNonSpace ?? fromText.lastNonSpace,
    suffixKind: features.suffixKind ?? (suffix === undefined ? undefined : fromText.suffixKind),
    inComment: features.inComment ?? fromText.inComment,
    inString: features.inString ?? fromText.inString,
  };
}

function withoutCR(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function withoutCRs(lines: string): string {
  return lines.includes('\r') ? lines.replace(/\r/g, '') : lines;
}

/** The last character of `text` as the user sees it: a surrogate pair stays whole. */
export function lastCodePoint(text: string): string {
  const n = text.length;
  if (n === 0) return '';
  const last = text.charCodeAt(n - 1);
  if (last >= 0xdc00 && last <= 0xdfff && n >= 2) {
    const high = text.charCodeAt(n - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(n - 2);
  }
  return text[n - 1];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xfeff;
}

function lastNonSpace(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i < 0 ? '' : lastCodePoint(text.slice(Math.max(0, i - 1), i + 1));
}

function suffixKind(lineSuffix: string): SuffixKind {
  let code = false;
  for (let i = 0; i < lineSuffix.length && i < SCAN_LIMIT; i++) {
    const ch = lineSuffix[i];
    if (!CLOSERS.has(ch)) {
      code = true;
      break;
    }
  }
  if (code) return 'code';
  return lineSuffix.trim() === '' ? 'empty' : 'closers';
}

const SLASH_COMMENTS = new Set([
  'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'java', 'c', 'cpp', 'csharp', 'go', 'rust', 'swift',
  'kotlin', 'scala', 'dart', 'php', 'objective-c', 'objective-cpp', 'scss', 'less', 'jsonc', 'groovy', 'fsharp', 'zig', 'vue', 'svelte',
]);
const HASH_COMMENTS = new Set([
  'python', 'ruby', 'shellscript', 'perl', 'r', 'yaml', 'toml', 'makefile', 'dockerfile', 'powershell', 'elixir', 'julia',
  'coffeescript', 'nim', 'crystal', 'php',
]);
const DASH_COMMENTS = new Set(['sql', 'lua', 'haskell', 'ada', 'elm']);

/**
 * Whether the end of a line prefix sits in a string or a comment: quotes and comment markers
 * counted left to right on this line only (a block comment's inner lines start with `*`).
 */
export function scanLine(linePrefix: string, language: string): { inComment: boolean; inString: boolean } {
  const slash = SLASH_COMMENTS.has(language) || language === 'css';
  const lineSlash = SLASH_COMMENTS.has(language);
  const hash = HASH_COMMENTS.has(language);
  const dash = DASH_COMMENTS.has(language);
  if (!slash && !hash && !dash) return { inComment: false, inString: false };
  const start = Math.max(0, linePrefix.length - SCAN_LIMIT);
  let first = 0;
  while (first < linePrefix.length && (linePrefix[first] === ' ' || linePrefix[first] === '\t')) first++;
  let inBlock = slash && start === 0 && linePrefix[first] === '*' && linePrefix[first + 1] !== '/';
  let quote = '';
  for (let i = start; i < linePrefix.length; i++) {
    const ch = linePrefix[i];
    const next = linePrefix[i + 1];
    if (inBlock) {
      if (ch === '*' && next === '/') {
        inBlock = false;
        i++;
      }
      continue;
    }
    if (quote !== '') {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (slash && ch === '/' && next === '*') {
      inBlock = true;
      i++;
    } else if ((lineSlash && ch === '/' && next === '/') || (hash && ch === '#') || (dash && ch === '-' && next === '-')) {
      return { inComment: true, inString: false };
    }
  }
  return { inComment: inBlock, inString: quote !== '' };
}
