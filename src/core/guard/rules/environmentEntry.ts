// An environment entry written as a string literal: POSIX's `name=value` (environ(7), putenv(3), an
// `envp` array), Go's `cmd.Env = append(os.Environ(), "KEY=value")`, Java's `Runtime.exec(cmd, envp)`,
// Jenkins' `withEnv(["KEY=value"])`, Compose's `environment: ["KEY=value"]`. The name is an environment
// variable's (upper case, digits and `_`, as POSIX names the utilities' own); the value is everything
// after the first `=`, up to the string's closing quote: a `;`, `,` or blank is a character of it
// (`withEnv(["TOKEN=a;b"])`). Strings of other grammars that open the same way keep their own
// separators: a connection string's `;Key=`, a list of `KEY=VALUE` pairs, a query's `&` (a SAS token's
// fields), which the assignment rule reads as it did.
import type { QuoteParity } from './valueContext';
import * as charCodes from './charCodes';
// Bound here once: run unbundled, every use of an imported binding calls the module's getter.
const { AMPERSAND, CR, DOUBLE_QUOTE, LF, SEMICOLON, SINGLE_QUOTE, SPACE, TAB } = charCodes;

const ENV_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
// POSIX's own variables named like a password's abbreviation: the working directory, not a password
// (`["USER=go", "PWD=/tmp"]`). An ODBC string's `PWD=…;UID=…` is a connection string's, read as before.
const WORKING_DIRECTORY = /^(?:OLD)?PWD$/;
// What follows a separator when the string is another grammar's list of fields: `;User ID=`, ` dbname=`.
const NEXT_FIELD = /[ \t]{0,4}[A-Za-z_][A-Za-z0-9 _.-]{0,30}=/y;
const MAX_VALUE = 400;

/**
 * The value's span when the key in [keyStart, keyEnd), followed by `=`, opens a string literal and
 * names an environment variable; undefined otherwise (the assignment rule reads it as before).
 */
export function environmentEntry(text: string, quotes: QuoteParity, keyStart: number, keyEnd: number, key: string): { start: number; end: number } | undefined {
  const q = text.charCodeAt(keyStart - 1);
  // (An upper-case first letter before the name's expression: most keys in code are lower or camel case.)
  const first = key.charCodeAt(0);
  if ((q !== DOUBLE_QUOTE && q !== SINGLE_QUOTE) || first < 65 || first > 90 || !ENV_NAME.test(key) || WORKING_DIRECTORY.test(key) || !quotes.inside(keyStart, q)) return undefined;
  const start = keyEnd + 1;
  for (let i = start; i < text.length && i - start <= MAX_VALUE; i++) {
    const c = text.charCodeAt(i);
    if (c === q) return i > start ? { start, end: i } : undefined;
    if (c === LF || c === CR || c === AMPERSAND) return undefined;
    if (c === SEMICOLON || c === SPACE || c === TAB) {
      NEXT_FIELD.lastIndex = i + 1;
      if (NEXT_FIELD.test(text)) return undefined;
    }
  }
  return undefined;
}
