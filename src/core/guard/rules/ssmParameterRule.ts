// A parameter stored under a credential's name, whatever its type: the AWS CLI reference's `aws ssm put-parameter`, whose
// `--name` is the parameter's name (a path's last segment its own: `/prod/db/password`) and `--value` "the parameter value".
// `--name … --value …`, in either order, is a key and its value, judged as one (as `password=…` is); a `file://` value is
// the CLI's reference to a file holding it (the AWS CLI guide, "Loading parameters from a file"). The first `--name` and
// the first `--value` within REACH of the command on its line (a shell's `\` going on to the next) are read, each found by a cursor that only moves forward
// over the text (the commands are met in rising order): one search of the text per flag, however many commands.
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { keyStrength } from './keyStrength';
import { saysNotTheValue } from './notTheValue';
import { acceptValue } from './secretValue';
import { LastBefore } from './valueContext';
import { isBlank } from '../charCodes';

const KIND = spanKind('secret-store-named-value');
const COMMAND = /\baws[ \t]+ssm[ \t]+put-parameter\b/g;
/** How far past the command its flags are looked for. */
const REACH = 300;
const EQUALS = 61;
const CR = 13;
const BACKSLASH = 92;
// The flag's argument, after its blanks or `=`: a name (a path, its last segment the key), a value (quoted or bare).
const NAME = /(?:[ \t]+|=)(?<n>["']?)(?:[\w.-]{0,100}\/){0,10}(?<name>[\w.-]{1,64})\k<n>(?=\s|$)/y;
const VALUE = /(?:[ \t]+|=)(?<q>["']?)(?!fileb?:\/\/)(?<secret>[^\s"'`;|&]{3,400})\k<q>(?=[\s;|&]|$)/y;

export const ssmParameterRule: SecretRule = {
  id: 'secret-store-named-value',
  keywords: ['put-parameter'],
  find(text, found) {
    const names = new LastBefore(text, '--name');
    const values = new LastBefore(text, '--value');
    // (A text without both flags has nothing to read, however many commands it holds: no search for them.)
    if (names.firstFrom(0) === -1 || values.firstFrom(0) === -1) return;
    const lines = new LastBefore(text, '\n');
    COMMAND.lastIndex = 0;
    for (let command = COMMAND.exec(text); command; command = COMMAND.exec(text)) {
      const at = COMMAND.lastIndex;
      const limit = Math.min(commandEnd(text, lines, at, at + REACH), at + REACH);
      const n = firstFlag(text, names, at, limit, 6);
      const v = n === -1 ? -1 : firstFlag(text, values, at, limit, 7);
      if (v === -1) continue;
      const name = stickyAt(NAME, text, n + 6);
      const value = name && stickyAt(VALUE, text, v + 7);
      if (!value) continue;
      const key = name.groups!.name!;
      const strength = keyStrength(key);
      if (strength === 'none') continue;
      const secret = value.groups!.secret!;
      const end = value.index + value[0].length - value.groups!.q!.length;
      const start = end - secret.length;
      if (acceptValue({ start, end, value: secret, quoted: true, configLine: false, afterComma: false, listed: false, field: false, afterColon: false }, strength, key) && !saysNotTheValue(secret)) found.push(KIND, start, end);
    }
  },
};

/** Where the command's line ends, a shell's `\\` before the line break going on to the next (looked at up to `reach`). */
function commandEnd(text: string, lines: LastBefore, at: number, reach: number): number {
  let end = lines.firstFrom(at);
  while (end !== -1 && end < reach && text.charCodeAt(end - (text.charCodeAt(end - 1) === CR ? 2 : 1)) === BACKSLASH) end = lines.firstFrom(end + 1);
  return end === -1 ? text.length : end;
}

/** The first flag (a blank before it, a blank or `=` after) from `at` and before `limit`, or -1. */
function firstFlag(text: string, flags: LastBefore, at: number, limit: number, length: number): number {
  for (let p = flags.firstFrom(at); p !== -1 && p < limit; p = flags.firstFrom(p + 1)) {
    const after = text.charCodeAt(p + length);
    if (isBlank(text.charCodeAt(p - 1)) && (isBlank(after) || after === EQUALS)) return p;
  }
  return -1;
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
