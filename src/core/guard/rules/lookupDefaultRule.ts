// The default a lookup of a secret-named setting returns when nobody set it: the credential the
// program runs with unconfigured (CWE-798's hard-coded default). Given as the lookup's second
// argument: Python's `os.getenv(key, default)` and `os.environ.get(key, default=…)`, Ruby's
// `ENV.fetch(key, default)`, Java's
// `System.getProperty(key, def)`, `Properties.getProperty`, Spring's `Environment.getProperty(key,
// defaultValue)`, `Map.getOrDefault(key, defaultValue)` (`System.getenv().getOrDefault`), Scala's
// `getOrElse(key, default)`, Elixir's `System.get_env(varname, default)`, Laravel's `env(key, default)`;
// or as the fallback after it: PHP's and Kotlin's `getenv("X") ?: "…"`, `?? "…"`, `|| "…"`, Rust's
// `env::var("X").unwrap_or("…")`/`.unwrap_or_else(|_| "…")`, Java's `Optional.ofNullable(System.getenv("X")).orElse("…")`,
// Go's `cmp.Or(os.Getenv("X"), "…")`. (Not any `.get(name, x)`: Cypress' `cy.get(selector, options)`, a router's
// `get(path, handler)` take no default there.) The setting's name is the key the literal is judged under
// (`DB_PASSWORD` a password's, `HOST` none). Each expression starts at the lookup's own name, which
// holds a keyword, and reads a bounded stretch of one line: linear.
import { forEachMatch, type SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { keywordLead } from '../keywordLed';
import { acceptsLiteralForKey } from './literalForKey';

const KIND = spanKind('lookup-default');
const NAME = `(["'])([A-Za-z_][\\w.-]{0,63})\\1`;
const LITERAL = `(["'])([^"'\\r\\n\\\\]{1,400})\\3`;
// The default as the second argument. (The literal's closing quote ends the match: its place is the match's end.)
const ARGUMENTS = `\\([ \\t]*${NAME}[ \\t]*,[ \\t]*(?:default[ \\t]*=[ \\t]*)?${LITERAL}(?=[ \\t]*\\))`;
const SECOND_ARGUMENT = new RegExp(`(?:\\b(?:getenv|getEnv|get_env|getProperty|env|environ\\.get|ENV\\.fetch)|\\.(?:getOrDefault|getOrElse))${ARGUMENTS}`, 'g');
// The same lookup's arguments read from its `(` after a key it is assigned to (valueAfterKey.ts), and the callees it follows.
const LOOKUP_ARGUMENTS = new RegExp(ARGUMENTS, 'y');
const LOOKUP_CALLEE = /(?:^|\.)(?:getenv|getEnv|get_env|getProperty|env|environ\.get|ENV\.fetch)$/;

/** The default literal of a lookup whose callee is [start, end) and whose `(` is at `end`: `os.getenv("PW", "…")`. */
export function lookupDefault(text: string, start: number, end: number): { start: number; end: number } | undefined {
  if (!LOOKUP_CALLEE.test(text.slice(start, end))) return undefined;
  LOOKUP_ARGUMENTS.lastIndex = end;
  const m = LOOKUP_ARGUMENTS.exec(text);
  if (!m) return undefined;
  const literalEnd = end + m[0].length - 1;
  return { start: literalEnd - m[4]!.length, end: literalEnd };
}
// The fallback after a lookup of the setting alone.
const AFTER_LOOKUP = new RegExp(`(?:\\b(?:getenv|getEnv|Getenv|GetEnvironmentVariable|get_env)|\\benv::var|\\benviron\\.get)\\([ \\t]*${NAME}[ \\t]*\\)\\)?(?:[ \\t]*(?:\\?:|\\?\\?|\\|\\|)[ \\t]*|\\.(?:unwrap_or(?:_else)?|orElse|or_else)\\([ \\t]*(?:\\|_?\\|[ \\t]*)?)${LITERAL}`, 'g');
const CMP_OR = new RegExp(`\\bcmp\\.Or\\([ \\t]*os\\.Getenv\\([ \\t]*${NAME}[ \\t]*\\)[ \\t]*,[ \\t]*${LITERAL}`, 'g');

const KEYWORDS = ['getenv', 'get_env', 'getproperty', 'env(', 'environ.get(', 'env.fetch(', 'getordefault(', 'getorelse(', 'getenvironmentvariable(', 'env::var(', 'cmp.or('];
const PATTERNS = [SECOND_ARGUMENT, AFTER_LOOKUP, CMP_OR].map((pattern) => ({ pattern, sticky: new RegExp(pattern.source, 'y'), lead: keywordLead(pattern, KEYWORDS) }));

export const lookupDefaultRule: SecretRule = {
  id: 'lookup-default',
  keywords: KEYWORDS,
  ...(PATTERNS.every((p) => p.lead !== undefined) ? { nearKeywords: true } : {}),
  find(text: string, found: SpanList, near?: readonly number[]) {
    // A literal a span found before already holds (the assignment rule reads `"DB_PASSWORD", "…"` as a name and
    // its value) is not judged again: pushed after its holder, its span changes nothing (SpanList.holder), and
    // its judgement changes nothing else (acceptsLiteralForKey is pure; its memos hold answers, not state that
    // decides one). (Built at the first literal: most texts with the keywords have no lookup's literal.)
    let held: ((start: number, end: number) => boolean) | undefined;
    for (const { pattern, sticky, lead } of PATTERNS) {
      forEachMatch(text, pattern, sticky, near, (m) => {
        const end = m.index + m[0].length - 1;
        const start = end - m[4]!.length;
        held ??= found.holder();
        if (!held(start, end) && acceptsLiteralForKey(text, start, end, m[2]!)) found.push(KIND, start, end);
      }, lead);
    }
  },
};
