// The body of a Java ListResourceBundle: a table of localized messages, where a credential's word in a key names a
// message, not a credential (bench/guard/README.md, "Localized messages and a name's own marks", twenty-sixth round).
// java.util.ListResourceBundle (Java SE API): "Subclasses must override getContents and provide an array, where each
// item in the array is a pair of objects. The first element of each pair is the key, which must be a String, and the
// second element is the value associated with that key"; java.util.ResourceBundle: "Resource bundles contain
// locale-specific objects", looked up by key and locale (`getString`). A credential is the same in every locale, and
// nothing looks one up in a message table: javac's `{ "javax.security.auth.login", "tiger legacy" }` (a package's
// name and the releases it came in), keytool's `{"Enter.keystore.password.", "Ange nyckellagerlösenord:  "}` and
// `"-storepasswd and -keypasswd commands not supported …"` are messages.
// Read only inside the class body that extends it (its braces matched over Java's tokens), so a text that joins
// such a file with others leaves the others' secrets to the rules.
import { BACKSLASH, CLOSE_BRACE, DOUBLE_QUOTE, LF, OPEN_BRACE, SINGLE_QUOTE, SLASH } from './charCodes';

// (The JDK's own `OpenListResourceBundle` and `ParallelListResourceBundle`, its locale data's superclasses, "mimic
// ListResourceBundle" with the same `getContents` table: their javadoc.)
const DECLARATION = /\bextends[ \t\r\n]{1,8}(?:java\.util\.|sun\.util\.resources\.)?(?:Open|Parallel)?ListResourceBundle\b/g;
const NONE: readonly number[] = [];

/**
 * The bodies of the classes in `text` that extend ListResourceBundle, as [open, close, open, close, …] offsets of their
 * braces, in the text's order. A body the text ends first is none: a prompt may join a file cut short to other text,
 * whose secrets would then lie inside it (the guard fails closed). Linear: each body is scanned once, and a declaration
 * inside a body already found is not scanned again.
 */
export function resourceBundleBodies(text: string): readonly number[] {
  // (Most texts hold no such class: one search, and nothing else read.)
  if (text.indexOf('ListResourceBundle') === -1) return NONE;
  const bodies: number[] = [];
  DECLARATION.lastIndex = 0;
  for (let m = DECLARATION.exec(text); m; m = DECLARATION.exec(text)) {
    const open = text.indexOf('{', DECLARATION.lastIndex);
    if (open === -1) break;
    const close = matchingBrace(text, open);
    if (close === -1) break;
    bodies.push(open, close);
    DECLARATION.lastIndex = close;
  }
  return bodies;
}

/**
 * Whether `at` lies inside one of `bodies` (resourceBundleBodies' offsets, ordered and apart): the last body opened
 * before `at`, found by halving (a text of many small bundles, each value asked of every body, cost 220 ms/MB).
 */
export function insideBody(bodies: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = bodies.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bodies[2 * mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < bodies[2 * lo - 1]!;
}

/** The `}` closing the `{` at `open` (-1: none), braces inside Java's string and character literals and comments not counted. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACE) depth++;
    else if (c === CLOSE_BRACE) {
      if (--depth === 0) return i;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) i = literalEnd(text, i, c);
    else if (c === SLASH) {
      const next = text.charCodeAt(i + 1);
      if (next === SLASH) i = lineEnd(text, i);
      else if (next === 42) {
        const end = text.indexOf('*/', i + 2);
        i = end === -1 ? text.length : end + 1;
      }
    }
  }
  return -1;
}

/** The closing quote of the literal opened at `at` (a line's end stops it: a literal does not span lines, JLS §3.10.5). */
function literalEnd(text: string, at: number, quote: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === quote || c === LF) return i;
  }
  return text.length;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}
