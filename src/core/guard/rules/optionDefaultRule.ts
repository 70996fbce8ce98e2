// A default given to an option or a setting declared under a secret's name, in the declaration's own
// argument list: argparse's and click's `add_argument("--password", default="…")`, MicroProfile
// Config's `@ConfigProperty(name = "api.token", defaultValue = "…")`, clap's `#[arg(env =
// "DB_PASSWORD", default_value = "…")]`, caarlos0/env's struct tag `env:"DB_PASSWORD" envDefault:"…"`.
// The literal is judged as one given to that name (a strong name's only not a placeholder, a weak
// one's random too). Linear: each match starts at the `default` word; the name is looked for at most
// 200 characters back on its line, within the same argument list (no parenthesis between).
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
    for (let m = DEFAULT.exec(text); m; m = DEFAULT.exec(text)) {
      const name = declaredName(text, m.index);
      if (name === undefined) continue;
      const end = m.index + m[0].length - 1;
      const start = end - m[2]!.length;
      if (acceptsLiteralForKey(text, start, end, name)) found.push(KIND, start, end);
    }
  },
};

/** The last quoted secret-named name before `at` on its line and in the same argument list. */
function declaredName(text: string, at: number): string | undefined {
  let from = at;
  while (from > 0 && at - from < NAME_BEFORE) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || c === 13 || c === 40 || c === 41) break;
    from--;
  }
  let name: string | undefined;
  QUOTED_NAME.lastIndex = from;
  for (let m = QUOTED_NAME.exec(text); m && m.index < at; m = QUOTED_NAME.exec(text)) {
    if (keyStrength(m[2]!) !== 'none') name = m[2]!;
  }
  return name;
}
