// A name and its value written as one element of a collection the language documents as a map of pairs, not a list
// of names: JEP 269's `Map.of(k1, v1, k2, v2, …)` (a key at an even place), `Map.entry(k, v)`; .NET's
// `IDictionary.Add(key, value)` and a collection initializer's element `{ key, value }` (C# reference, "Object and
// Collection Initializers": each element is passed to `Add`); C++'s `std::map` built from an initializer list of
// `{key, value}` pairs ([map.cons]); and a list of pairs given to a map's constructor: Python's `dict([(k, v), …])`
// (the Library Reference, `dict(iterable)`), Rust's `HashMap::from([(k, v), …])`, ECMA-262 §24.1.1.1's `new Map([[k,
// v], …])` and `Object.fromEntries`. Elsewhere two strings after a comma stay a list of names (`['apiKey',
// 'workloadIdentity']`, Python's set `{"password", "email"}`, a choices table's `("password", "Password")` in a plain
// list). The key must be strong (its strength as the caller judged it), and the value is then judged as `=` judges it.
// Read on the key's line within REACH characters, strings skipped whole: bounded, and asked only of a strong quoted key
// followed by `, "…"` whose value is long enough to be judged.
import { isKeyChar } from './keyWordScan';
import { constantHoldsSecret, type Strength } from './keyStrength';
import * as charCodes from './charCodes';
import { LastBefore } from './valueContext';
const { CLOSE_BRACE, CLOSE_BRACKET, CLOSE_PAREN, COMMA, OPEN_BRACE, OPEN_BRACKET, OPEN_PAREN } = charCodes;

const REACH = 200;
const MAX_BLANKS = 4;
// The calls documented as taking pairs: a key at an even place (`Map.of`, Guava's `ImmutableMap.of`), a pair's two
// arguments (`Map.entry`, a static import's `entry`, .NET's `Add`), or a list of pairs (`dict`, `HashMap::from`,
// `BTreeMap::from`, `Map`, `fromEntries`).
const ALTERNATING = /(?:^|[^\w])(?:Immutable)?Map\.of$/;
const PAIR_CALL = /(?:^|[^\w.])(?:Map\.)?entry$|\.Add$/;
const PAIRS_CALL = /(?:^|[^\w.])dict$|(?:^|[^\w])(?:Hash|BTree|Index)Map::from$|(?:^|[^\w.])new[ \t]+Map$|(?:^|[^\w])Object\.fromEntries$/;

/**
 * The last backward read, from `start` (its first index read) to its `opener` (-1: none): a later read that comes down
 * to `start` with no bracket open would read the same again, so it takes the answer. The pairs of one list are so read
 * once in all, not once each.
 */
interface Scan {
  start: number;
  opener: number;
}

/** What the pair reading keeps over one text (made on first use: most texts never ask). */
export interface PairMemo {
  pairScans: PairScans | undefined;
}

interface PairScans {
  readonly lists: Scan;
  mapOfs: LastBefore | undefined;
  mapOfCall: number;
  mapOfKeys: number[] | undefined;
  mapOfNext: number;
  pairLists: LastBefore | undefined;
}

/** The bracket that encloses `at` on its line (within the reach), or -1. */
function enclosing(text: string, at: number, limit: number, memo: Scan): number {
  let depth = 0;
  let found = -1;
  for (let i = at - 1; i >= limit; i--) {
    if (i === memo.start && depth === 0) {
      found = memo.opener >= limit ? memo.opener : -1;
      break;
    }
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 34 || c === 39) {
      // A string, skipped whole (its opening quote is the same character, before it on the line).
      let j = i - 1;
      while (j >= limit && text.charCodeAt(j) !== c && text.charCodeAt(j) !== 10) j--;
      if (j < limit || text.charCodeAt(j) !== c) break;
      i = j;
    } else if (c === CLOSE_PAREN || c === CLOSE_BRACKET || c === CLOSE_BRACE) depth++;
    else if (c === OPEN_PAREN || c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (depth === 0) {
        found = i;
        break;
      }
      depth--;
    }
  }
  memo.start = at - 1;
  memo.opener = found;
  return found;
}

/**
 * Where each string at an even place among a call's arguments begins (its first character), read forward from just past
 * the call's `(` to its `)`, its line's end or the reach: the keys of `Map.of(k1, v1, k2, v2, …)`.
 */
function evenArguments(text: string, from: number): number[] {
  const keys: number[] = [];
  let depth = 0;
  let commas = 0;
  const end = Math.min(text.length, from + REACH);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 34 || c === 39) {
      if (depth === 0 && commas % 2 === 0) keys.push(i + 1);
      let j = i + 1;
      while (j < end && text.charCodeAt(j) !== c && text.charCodeAt(j) !== 10) j++;
      if (j >= end || text.charCodeAt(j) !== c) break;
      i = j;
    } else if (c === OPEN_PAREN || c === OPEN_BRACKET || c === OPEN_BRACE) depth++;
    else if (c === CLOSE_PAREN || c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      if (depth === 0) break;
      depth--;
    } else if (c === COMMA && depth === 0) commas++;
  }
  return keys;
}

function blanksBack(text: string, at: number): number {
  let p = at;
  while (at - p < MAX_BLANKS && p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  return p;
}

function blanksForward(text: string, at: number): number {
  let p = at;
  while (p - at < MAX_BLANKS && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  return p;
}

/** The call's name (with a `.`, `::` or `new ` before it) ending right before `paren`. */
function callBefore(text: string, paren: number, limit: number): string {
  let p = paren;
  while (p > limit && paren - p < 60 && (isKeyChar(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 58 || text.charCodeAt(p - 1) === 32)) p--;
  return text.slice(p, paren).trimStart();
}

/** `[`'s or `(`'s list of pairs is a map constructor's argument: `dict([…])`, `HashMap::from([…])`, `new Map([…])`. */
function pairsArgument(text: string, element: number, limit: number, memo: Scan): boolean {
  const list = enclosing(text, element, limit, memo);
  if (list === -1 || text.charCodeAt(list) !== OPEN_BRACKET) return false;
  const paren = blanksBack(text, list) - 1;
  return paren >= limit && text.charCodeAt(paren) === OPEN_PAREN && PAIRS_CALL.test(callBefore(text, paren, limit));
}

/**
 * The quoted key at [keyStart, keyEnd) and the quoted value closed at `closeEnd` (after `, `) are a pair of a map's
 * documented constructors (above).
 */
export function isPairElement(text: string, context: PairMemo, keyStart: number, keyEnd: number, closeEnd: number, strength: Strength): boolean {
  const quote = text.charCodeAt(keyStart - 1);
  if (strength !== 'strong' || (quote !== 34 && quote !== 39) || text.charCodeAt(keyEnd) !== quote) return false;
  // (What stands before and after the pair first, each a character: most strings after a comma are a list's.)
  const openAt = blanksBack(text, keyStart - 1) - 1;
  const open = text.charCodeAt(openAt);
  if (open !== COMMA && open !== OPEN_PAREN && open !== OPEN_BRACKET && open !== OPEN_BRACE) return false;
  const after = text.charCodeAt(blanksForward(text, closeEnd));
  if (after !== COMMA && after !== CLOSE_PAREN && after !== CLOSE_BRACKET && after !== CLOSE_BRACE) return false;
  // (Every field made at once: objects of one shape, as the context's own.)
  const memo = (context.pairScans ??= { lists: { start: -1, opener: -1 }, mapOfs: undefined, mapOfCall: -1, mapOfKeys: undefined, mapOfNext: 0, pairLists: undefined });
  const limit = Math.max(0, keyStart - REACH);
  if (open === COMMA) {
    // A later key of `Map.of(…)`: only where `Map.of(` stands within the reach, the key one of its arguments at an even
    // place (the call's arguments read once, forward, when its first key asks).
    if (after === CLOSE_BRACKET || after === CLOSE_BRACE) return false;
    memo.mapOfs ??= new LastBefore(text, 'Map.of(');
    const call = memo.mapOfs.at(keyStart);
    if (call < limit) return false;
    if (memo.mapOfCall !== call) {
      memo.mapOfCall = call;
      memo.mapOfKeys = evenArguments(text, call + 7);
      memo.mapOfNext = 0;
    }
    // (Keys are asked in rising order: the call's even places are walked once.)
    const keys = memo.mapOfKeys!;
    while (memo.mapOfNext < keys.length && keys[memo.mapOfNext]! < keyStart) memo.mapOfNext++;
    return memo.mapOfNext < keys.length && keys[memo.mapOfNext] === keyStart;
  }
  if (openAt < limit) return false;
  const named = open === OPEN_PAREN && isKeyChar(text.charCodeAt(openAt - 1));
  if (open === OPEN_PAREN && after !== CLOSE_PAREN) return after === COMMA && named && ALTERNATING.test(callBefore(text, openAt, limit));
  // A pair: the key first in its brackets, the value last.
  if (after !== (open === OPEN_PAREN ? CLOSE_PAREN : open === OPEN_BRACKET ? CLOSE_BRACKET : CLOSE_BRACE)) return false;
  if (open === OPEN_BRACE) {
    // A collection initializer's element: inside another initializer's braces, or after its previous element.
    const before = text.charCodeAt(blanksBack(text, openAt) - 1);
    return (before === OPEN_BRACE || before === COMMA);
  }
  if (named) {
    const name = callBefore(text, openAt, limit);
    return (PAIR_CALL.test(name) || ALTERNATING.test(name));
  }
  // A tuple or an array of two in a list: only where a list opens as a call's argument, `([`, within the reach.
  memo.pairLists ??= new LastBefore(text, '([');
  if (memo.pairLists.at(openAt) < limit) return false;
  return pairsArgument(text, openAt, limit, memo.lists);
}

// Erlang's macro definition, `-define(Const, Replacement).` (the Erlang Reference Manual, "Preprocessor", defining and
// using macros), at a line's start: a macro's string as C's `#define` gives it (valueAfterKey.ts MACRO_WORD).
const ERLANG_DEFINE = /^[ \t]*-define\($/;
const WORD = /^[A-Za-z]+$/;

/** The key at [keyStart, keyEnd) is an Erlang macro's name and the string at [valueStart, valueEnd) after its comma its replacement. */
export function isErlangMacro(text: string, lineStart: number, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number): boolean {
  if (keyStart - lineStart < 8 || keyStart - lineStart > 16 || text.charCodeAt(keyStart - 1) !== OPEN_PAREN || !ERLANG_DEFINE.test(text.slice(lineStart, keyStart))) return false;
  const value = text.slice(valueStart, valueEnd);
  return !WORD.test(value) || constantHoldsSecret(text.slice(keyStart, keyEnd), value);
}
