// The words the index's full-text tables hold and are queried with: code-aware tokens (see
// identifierTokens.ts: camelCase and snake_case split, the whole identifier kept too,
// lower-cased, keywords left out), written as plain space-separated words so SQLite's FTS5
// stems them (porter) and ranks them (BM25) without a tokenizer of ours inside SQLite.
import { forEachToken, identifiersIn, splitIdentifier, tokenCounts } from '../context/identifierTokens';

// English function words a question is full of and code rarely says anything with; keywords
// are already left out by tokenCounts.
const QUESTION_WORDS = new Set(
  (
    'a an the be been being is are was were it its this that these those there their they them we you your our ' +
    'by on at of to in into onto from for with without about over under between through than then so such ' +
    'which who whom whose what where when why how any all each every some no not nor only also just very can could ' +
    'may might must shall should will would does did done has have had here given via per etc e g i ie eg'
  ).split(' '),
);

/** The space-separated index words of a text, in order and as often as they occur (for term frequency). */
export function termText(text: string): string {
  const out: string[] = [];
  forEachToken(text, (token) => out.push(token));
  return out.join(' ');
}

/** The words of path segments: `src/http/requestContext.ts` → src http request context requestcontext ts. */
export function pathTerms(path: string): string {
  return termText(path.replace(/[/\\.-]+/g, ' '));
}

/** The words of a symbol name (its parts, and itself when it has several), for the symbol table's word index. */
export function symbolWords(name: string): string {
  const parts = splitIdentifier(name);
  return (parts.length > 1 ? [...parts, name.toLowerCase()] : parts).join(' ');
}

/** A question's or a code query's distinct words, the question's filler words left out. */
export function queryTerms(query: string): string[] {
  return [...tokenCounts(query).keys()].filter((t) => !QUESTION_WORDS.has(t));
}

/** Identifiers a question names as code: with `_`, an inner capital, or in backticks. */
export function namedIdentifiers(query: string): string[] {
  const out = new Set<string>();
  for (const m of query.matchAll(/`([^`]+)`/g)) for (const id of identifiersIn(m[1])) if (id.length > 1) out.add(id);
  for (const id of identifiersIn(query)) if (/_|[a-z][A-Z]|^[A-Z][a-z]+[A-Z]/.test(id)) out.add(id);
  return [...out];
}

/** An FTS5 query that matches any of the words (each quoted: a word is never an operator). */
export function anyOf(words: readonly string[]): string | undefined {
  const clean = words.map((w) => w.replace(/"/g, '')).filter(Boolean);
  return clean.length ? clean.map((w) => `"${w}"`).join(' OR ') : undefined;
}
