// A tool whose manual gives several password options on one command line (`ssh-keygen -p -f key -P old -N new`,
// `ldappasswd -a old -s new`): every one of them is read, each value judged as a literal given to a password (`""`, a
// `$VAR` or the slot's word are none). Linear: each occurrence of the tool's name is read to its line's end (bounded),
// and the next sought after that stretch.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsQuotedLiteral } from './secretValue';
import { shellArgument } from './shellArgument';

// How far past the tool's name its options are read: one option's reach (200) and a value (400), twice.
const LONGEST_LINE = 1200;

export interface ToolLineOptions {
  readonly id: string;
  /** The tool's name, as the prefilter's keyword. */
  readonly tool: string;
  /** The option letters whose argument is a password (case-sensitive, as the tool reads them): `NP` for `-N` and `-P`. */
  readonly letters: string;
}

/** The rule reading every `-X VALUE` of `letters` on the lines where `tool` is named. */
export function toolLineOptionsRule({ id, tool, letters }: ToolLineOptions): SecretRule {
  const kind = spanKind(id);
  const toolName = new RegExp(`\\b${tool}\\b`, 'g');
  const option = new RegExp(`[ \\t]-[${letters}][ \\t]+${shellArgument('[^\\s"\'`;|&<>]', '[^\\s"\'`;|&<>]', 3, 400)}(?=[\\s;|&>]|$)`, 'g');
  return {
    id,
    keywords: [tool],
    find(text, found) {
      toolName.lastIndex = 0;
      for (let m = toolName.exec(text); m; m = toolName.exec(text)) {
        const from = toolName.lastIndex;
        const newline = text.indexOf('\n', from);
        const end = Math.min(newline === -1 ? text.length : newline, from + LONGEST_LINE);
        const line = text.slice(from, end);
        option.lastIndex = 0;
        for (let o = option.exec(line); o; o = option.exec(line)) {
          // The match ends with the secret and its closing quote (match indices cost an allocation a match).
          const secret = o.groups!.secret!;
          const stop = o.index + o[0].length - o.groups!.q!.length;
          const start = stop - secret.length;
          if (looksPlaceholder(secret) || !acceptsQuotedLiteral(text, from + start, from + stop, 'password')) continue;
          found.push(kind, from + start, from + stop);
        }
        toolName.lastIndex = end;
      }
    },
  };
}
