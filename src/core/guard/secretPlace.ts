// Where a pattern rule's `secret` group lies in a match, without match indices. The `d` flag
// allocates an array of indices per match: on text where every line is a match it made each
// match cost about six times as much (fifteenth round, `secretEndsMatch`). Most rules that quote a
// value end `(?<q>["']?)(?<secret>…)\k<q>`, maybe then a lookahead: the secret ends where the match
// ends less the closing quote, a fact of the pattern's shape, read once when the rule is made.

/**
 * The name of the group whose backreference alone follows the `secret` group at the pattern's end
 * (`…(?<secret>…)\k<q>` or `…\k<q>(?=…)`), else undefined: then the match ends that quote after the secret.
 */
export function closingBackreference(source: string): string | undefined {
  const open = source.indexOf('(?<secret>');
  const close = open === -1 ? -1 : closingParen(source, open);
  if (close === -1) return undefined;
  const after = /^\\k<(\w+)>((?:\(\?=(?:[^()\\]|\\.|\([^()]*\))*\))?)$/.exec(source.slice(close + 1));
  return after?.[1];
}

/** Where the group opened at `open` closes, past escapes and character classes; -1 if it never does. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
