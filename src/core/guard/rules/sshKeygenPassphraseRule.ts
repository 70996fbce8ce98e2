// ssh-keygen(1)'s passphrases: `-N new_passphrase` (a new key's) and `-P passphrase` (the old one's), both
// on one line where `-p` changes a key's passphrase (`ssh-keygen -p -f key -P old -N new`). Each value
// judged as a literal given to a password (`""`, a `$VAR` or the slot's word are none). Linear: each
// `ssh-keygen` is read to its line's end (bounded), and the next sought after that stretch.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsQuotedLiteral } from './secretValue';
import { shellArgument } from './shellArgument';

const KIND = spanKind('ssh-keygen-passphrase');
const TOOL = /\bssh-keygen\b/g;
const OPTION = new RegExp(`[ \\t]-[NP][ \\t]+${shellArgument('[^\\s"\'`;|&<>]', '[^\\s"\'`;|&<>]', 3, 400)}(?=[\\s;|&>]|$)`, 'g');
// How far past the tool's name its options are read: the original one-option reach (200) and a value (400), twice.
const LONGEST_LINE = 1200;

export const sshKeygenPassphraseRule: SecretRule = {
  id: 'ssh-keygen-passphrase',
  keywords: ['ssh-keygen'],
  find(text, found) {
    TOOL.lastIndex = 0;
    for (let m = TOOL.exec(text); m; m = TOOL.exec(text)) {
      const from = TOOL.lastIndex;
      const newline = text.indexOf('\n', from);
      const end = Math.min(newline === -1 ? text.length : newline, from + LONGEST_LINE);
      const line = text.slice(from, end);
      OPTION.lastIndex = 0;
      for (let o = OPTION.exec(line); o; o = OPTION.exec(line)) {
        // The match ends with the secret and its closing quote (match indices cost an allocation a match).
        const secret = o.groups!.secret!;
        const stop = o.index + o[0].length - o.groups!.q!.length;
        const start = stop - secret.length;
        if (looksPlaceholder(secret) || !acceptsQuotedLiteral(text, from + start, from + stop, 'password')) continue;
        found.push(KIND, from + start, from + stop);
      }
      TOOL.lastIndex = end;
    }
  },
};
