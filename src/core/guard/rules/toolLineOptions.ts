// A tool whose manual gives its password options anywhere on its command line, maybe several on one line
// (`ssh-keygen -p -f key -P old -N new`, `ldappasswd -a old -s new`, `curl -H … -E cert.pem:PASSWORD`): every one of them
// is read, each value judged as a literal given to a password (`""`, a `$VAR` or the slot's word are none). Linear: each
// occurrence of the tool's name is read to its line's end (bounded) by the option's expression once, and the next occurrence
// sought after that stretch (a tool named every few words, `curl -u a:b curl -u …`, costs one pass, not one a name).
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsQuotedLiteral } from './secretValue';
import { shellArgument } from './shellArgument';

// How far past the tool's name its options are read: one option's reach (200) and a value (400), twice.
const LONGEST_LINE = 1200;

export interface ToolLineOptions {
  readonly id: string;
  /** The tool's names, as the prefilter's keywords: each spelled as `tool` matches it (`dotnet nuget` for `dotnet[ \t]+nuget`). */
  readonly keywords: readonly string[];
  /** The tool's name, an expression source (`ssh-keygen`, `(?:vsce|ovsx)`): read between word boundaries. */
  readonly tool: string;
  /**
   * The option and its value, an expression source whose match ends with the `secret` group and then the `q` group (the
   * value's closing quotes, maybe none).
   */
  readonly option: string;
}

/** The source of `-X VALUE` for the option letters `letters` (case-sensitive, as the tool reads them: `NP` for `-N`, `-P`). */
export function letterOptions(letters: string): string {
  return `[ \\t]-[${letters}][ \\t]+${shellArgument('[^\\s"\'`;|&<>]', '[^\\s"\'`;|&<>]', 3, 400)}(?=[\\s;|&>]|$)`;
}

/** The rule reading every match of `option` on the lines where `tool` is named, after the name. */
export function toolLineOptionsRule({ id, keywords, tool, option }: ToolLineOptions): SecretRule {
  const kind = spanKind(id);
  const toolName = new RegExp(`\\b${tool}\\b`, 'g');
  const options = new RegExp(option, 'g');
  return {
    id,
    keywords,
    find(text, found) {
      toolName.lastIndex = 0;
      for (let m = toolName.exec(text); m; m = toolName.exec(text)) {
        const from = toolName.lastIndex;
        const newline = text.indexOf('\n', from);
        const end = Math.min(newline === -1 ? text.length : newline, from + LONGEST_LINE);
        const line = text.slice(from, end);
        options.lastIndex = 0;
        for (let o = options.exec(line); o; o = options.exec(line)) {
          // The match ends with the secret and its closing quotes (match indices cost an allocation a match).
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
