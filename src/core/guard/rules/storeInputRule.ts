// A credential store's command and the input redirected to it further on its line: `pass insert a/b <<< VALUE`, a
// here-document's first line after `pass insert -m a <<EOF` (credentialStoreRules.ts says whose documents). Written as one
// expression, `COMMAND[^\r\n<|;]{0,200}<<…`, each command read up to 200 characters ahead and back again: a text of the
// commands glued (`pass insert="pass insert…`) paid that at every one (bench/guard/README.md, forty-fourth round). The
// stretch ends at its first `\r`, `\n`, `<`, `|` or `;` — the expression's redirection could start nowhere else — so that
// place is sought here once for every command before it on the line, and the redirection read only there: linear.
import { looksPasswordPlaceholder } from '../placeholderValue';
import { ledPattern, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';

/** The most characters between the command and its redirection, as the expression read them. */
const MOST_BETWEEN = 200;

export interface StoreInputSpec {
  readonly id: string;
  readonly keywords: readonly string[];
  /** The command (global), holding a keyword: every match starts with it. */
  readonly command: RegExp;
  /** The redirection and the value, tried at the stretch's end (sticky); the match ends where the secret (its last group) ends. */
  readonly input: RegExp;
  /** Whether the secret's place takes it (acceptsPasswordLiteral, handed in as pattern rules' `passwordSlot` is). */
  readonly passwordSlot: (text: string, start: number, end: number) => boolean;
}

export function storeInputRule(spec: StoreInputSpec): SecretRule {
  const commands = ledPattern(spec.command, spec.keywords);
  const kind = spanKind(spec.id);
  return {
    id: spec.id,
    keywords: spec.keywords,
    ...(commands.near ? { nearKeywords: true } : {}),
    find(text, found, near) {
      // (Both redirections open with `<<`: a text of commands without one, glued or listed, is left in one search, not
      // read at each command.)
      if (!text.includes('<<')) return;
      // The first stop at or after the last command's end (commands come rising: still the first for the next one
      // before it), and where the last reading ended, taken or not: a command inside it is not read, as the expression's
      // scan resumed past its match.
      let stop = -1;
      let matchedTo = 0;
      commands.forEach(text, commands.near ? near : undefined, (m) => {
        const from = m.index + m[0].length;
        if (m.index < matchedTo) return;
        if (stop < from) stop = stopFrom(text, from);
        if (stop - from > MOST_BETWEEN || text.charCodeAt(stop) !== LESS_THAN) return;
        spec.input.lastIndex = stop;
        const input = spec.input.exec(text);
        if (!input) return;
        const secret = input[input.length - 1]!;
        const end = input.index + input[0].length;
        const start = end - secret.length;
        matchedTo = end;
        if (looksPasswordPlaceholder(secret) || !spec.passwordSlot(text, start, end)) return;
        found.push(kind, start, end);
      });
    },
  };
}

const LESS_THAN = 60;

/** The first `\r`, `\n`, `<`, `|` or `;` at or after `from`; the text's length if none. */
function stopFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10 || c === LESS_THAN || c === 124 || c === 59) return i;
  }
  return text.length;
}
