// Identifier tokens for lexical matching: `parseHTTPResponse` and `parse_http_response` both
// give parse, http, response (plus the whole identifier), lower-cased.

const IDENTIFIER = /[A-Za-z_$][A-Za-z0-9_$]*/g;
const SUBWORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

// Words every file of a language has; they say nothing about what the code is about.
const STOP_WORDS = new Set(
  (
    'if else elif for while do in of is not and or return def function func fn class struct enum interface type ' +
    'const let var val new this self cls super true false null nil none undefined void import from export as ' +
    'package use using include require pub public private protected static final async await yield try catch ' +
    'except finally raise throw throws with pass break continue case switch default int str string bool float ' +
    'char long double byte the end then begin lambda print get set to'
  ).split(' '),
);

/** Splits one identifier into lower-case subwords (camelCase, PascalCase, snake_case, digits). */
export function splitIdentifier(identifier: string): string[] {
  const words = identifier.match(SUBWORD);
  return words ? words.map((w) => w.toLowerCase()) : [];
}

/** Every identifier in `text`, in order (regex-based: works for any language, parsed or not). */
export function identifiersIn(text: string): string[] {
  return text.match(IDENTIFIER) ?? [];
}

/** Each identifier in `text` with its offset, in order. */
export function forEachIdentifier(text: string, visit: (identifier: string, at: number) => void): void {
  for (const match of text.matchAll(IDENTIFIER)) visit(match[0], match.index);
}

/** A lower-case word: its only token is itself (most identifiers; no split needed). */
const PLAIN_WORD = /^[a-z]+$/;

/** Each identifier token of `text`, in order and as often as it occurs; stop words and 1-letter tokens left out. */
export function forEachToken(text: string, visit: (token: string) => void): void {
  const add = (token: string): void => {
    if (token.length > 1 && !STOP_WORDS.has(token)) visit(token);
  };
  for (const identifier of identifiersIn(text)) {
    if (PLAIN_WORD.test(identifier)) {
      add(identifier);
      continue;
    }
    const parts = splitIdentifier(identifier);
    for (const part of parts) add(part);
    if (parts.length > 1) add(identifier.toLowerCase());
  }
}

/** Term frequencies of the identifier tokens of `text` (see `forEachToken`). */
export function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachToken(text, (token) => counts.set(token, (counts.get(token) ?? 0) + 1));
  return counts;
}

/** Whether an identifier is worth looking up as a symbol (not a keyword, not a 1-letter name). */
export function isMeaningfulIdentifier(identifier: string): boolean {
  return identifier.length > 1 && !STOP_WORDS.has(identifier.toLowerCase());
}
