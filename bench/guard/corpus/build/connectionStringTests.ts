// The twenty-seventh holdout's labeller (corpus/README.md, "The twenty-seventh holdout"): database and message-broker
// clients' connection-string and DSN parsers — pg-connection-string, dj-database-url, SQLAlchemy's make_url,
// go-sql-driver/mysql, pgx, sqlx, MongoDB's connection-string spec, pymongo, mongodb-connection-string-url's redaction,
// amqp091-go, kombu — whose tests parse (or mask) a connection string and say which part is the password. The password
// the test expects parsed (or masked) is the secret, as the string writes it; a string the test parses to no password (or
// an empty one) is clean. Each case is transcribed into raw/<source>/manifest.json; the build fails unless the case's
// input and expectation stand in the saved file.
// The notes are holdout21's (its card-data note never arises here: no case names card values).
import { verdict, type TwentyFirstItem } from './scrubberDefaultTests';

/** A case as a manifest transcribes it. */
export interface ParserCase {
  rule: string;
  /** Substrings of the saved file: the test's string as it writes it, and the expectation that labels it. */
  input: string;
  output: string;
  /** The passwords the expectation names, as the text writes them (percent-encoded where the string encodes them). */
  secrets: string[];
  /** The item's text when it is not the input itself: the string literal's value, or a template's text for one case. */
  text?: string;
  /** The text is the literal's value or built from the test's parts (not a substring of the file). */
  derived?: boolean;
}

/**
 * The items of one saved file. Each case's input and output must stand in the file, its text too unless derived, and
 * each secret in the text (and, unless derived, in the input); then holdout21's verdict: no password clean, a stand-in
 * (`describesStandIn`) or a password written elsewhere in the text too set apart, the rest secret.
 */
export function labelParserCases(source: string, cases: readonly ParserCase[], file: string): TwentyFirstItem[] {
  return cases.map((c) => {
    const text = c.text ?? c.input;
    for (const part of [c.input, c.output, ...(c.derived ? [] : [text])]) {
      if (!file.includes(part)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(part)} is not in the saved file`);
    }
    for (const s of c.secrets) {
      if (!text.includes(s) || (!c.derived && !c.input.includes(s))) throw new Error(`${source} ${c.rule}: ${JSON.stringify(s)} is not in its input and text`);
    }
    return verdict(text, c.secrets, c.rule);
  });
}
