// A default given to an option or a setting declared under a secret's name, in the declaration's own
// argument list: argparse's and click's `add_argument("--password", default="…")`, MicroProfile
// Config's `@ConfigProperty(name = "api.token", defaultValue = "…")`, clap's `#[arg(env =
// "DB_PASSWORD", default_value = "…")]`, caarlos0/env's struct tag `env:"DB_PASSWORD" envDefault:"…"`.
// The literal is judged as one given to that name (a strong name's only not a placeholder, a weak
// one's random too). Linear: each match starts at the `default` word; the name is looked for at most
// 200 characters back on its line, within the same argument list (no parenthesis between), not before
// the last match's end.
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsLiteralForKey } from './literalForKey';
import { keyStrength } from './keyStrength';

const KIND = spanKind('option-default');
const DEFAULT = /(?<![\w-])(?:env)?[Dd]efault(?:_?[Vv]alue)?[ \t]*[=:][ \t]*(["'])([^"'\r\n]{1,400})\1/g;
const QUOTED_NAME = /(["'])-{0,2}([A-Za-z_][\w.-]{0,63})\1/g;
const NAME_BEFORE = 200;

export const optionDefaultRule: SecretRule = {
  id: 'option-default',
  keywords: ['default'],
  find(text, found) {
    DEFAULT.lastIndex = 0;
    // (The look-back stops where the last `default` ended: each character is read back once at most.)
    let readFrom = 0;
    for (let m = DEFAULT.exec(text); m; m = DEFAULT.exec(text)) {
      const end = m.index + m[0].length - 1;
      const start = end - m[2]!.length;
      const name = m[2]!.length >= 3 ? declaredName(text, readFrom, m.index) : undefined;
      readFrom = end + 1;
      if (name === undefined) continue;
      if (acceptsLiteralForKey(text, start, end, name)) found.push(KIND, start, end);
    }
  },
};

/** The last quoted secret-named name before `at` (and after `floor`) on its line and in the same argument list. */
function declaredName(text: string, floor: number, at: number): string | undefined {
  let from = at;
  while (from > floor && at - from < NAME_BEFORE) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || c === 13 || c === 40 || c === 41) break;
    from--;
  }
  // (Read in its own slice: an expression run on the whole text would look past `at` to its end for a
  // name, at every `default`: quadratic.)
  const before = text.slice(from, at);
  let name: string | undefined;
  QUOTED_NAME.lastIndex = 0;
  for (let m = QUOTED_NAME.exec(before); m; m = QUOTED_NAME.exec(before)) {
    if (keyStrength(m[2]!) !== 'none') name = m[2]!;
  }
  return name;
}
