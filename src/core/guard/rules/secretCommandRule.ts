// Values a command stores as secrets, given on its line: `kubectl create secret generic NAME
// --from-literal=KEY=VALUE …`, `vault kv put PATH KEY=VALUE …` (and `vault kv patch`), `fly
// secrets set KEY=VALUE …` (flyctl's, and Doppler's `doppler secrets set`). A value
// is taken when its key names a secret or it looks generated (`--from-literal=username=admin`
// is in the secret too, but it is a name); `$VAR` and vault's `@file` say where the value is kept.
// Linear: each command's line (and the lines a trailing `\` continues it on, 2000 characters at
// most) is read once.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { keyStrength } from './keyStrength';
import { looksRandomValue } from './randomValue';

const KIND = spanKind('secret-command-value');
const COMMAND = /\b(?:kubectl[ \t]+create[ \t]+secret[ \t]+generic|vault[ \t]+kv[ \t]+(?:put|patch)|(?:fly|flyctl|doppler)[ \t]+secrets[ \t]+set)\b/g;
const PAIR = /[ \t](?:--from-literal[ \t=]+)?(?<q>["']?)(?<key>[A-Za-z_][\w.-]{0,63})=(?:(?<vq>["'])(?<quoted>[^"'\r\n]{1,400})\k<vq>|(?<bare>[^\s"'`;|&]{1,400}))\k<q>(?=[ \t\r\n;|&\\]|$)/dg;
const MAX_COMMAND = 2000;

export const secretCommandRule: SecretRule = {
  id: 'secret-command-value',
  keywords: ['kubectl', 'vault kv', 'secrets set'],
  find(text, found) {
    COMMAND.lastIndex = 0;
    for (let m = COMMAND.exec(text); m; m = COMMAND.exec(text)) {
      const start = m.index + m[0].length;
      const end = commandEnd(text, start);
      const line = text.slice(start, end);
      PAIR.lastIndex = 0;
      for (let p = PAIR.exec(line); p; p = PAIR.exec(line)) {
        const value = p.groups!.quoted ?? p.groups!.bare!;
        const c = value.charCodeAt(0);
        // (`$`, `@`; a value of one or two characters, as `accountkey==` reads, is no secret.)
        if (c === 36 || c === 64 || value.length < 3 || looksPlaceholder(value)) continue;
        if (keyStrength(p.groups!.key!) === 'none' && !looksRandomValue(value)) continue;
        const [from, to] = p.indices!.groups!.quoted ?? p.indices!.groups!.bare!;
        found.push(KIND, start + from, start + to);
      }
      COMMAND.lastIndex = Math.max(COMMAND.lastIndex, end);
    }
  },
};

/** Where the command's line ends, past lines a trailing backslash continues, within MAX_COMMAND. */
function commandEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_COMMAND);
  let i = from;
  while (i < limit) {
    const nl = text.indexOf('\n', i);
    if (nl === -1 || nl >= limit) return limit;
    const last = text.charCodeAt(nl - 1) === 13 ? nl - 2 : nl - 1;
    if (text.charCodeAt(last) !== 92) return nl;
    i = nl + 1;
  }
  return limit;
}
