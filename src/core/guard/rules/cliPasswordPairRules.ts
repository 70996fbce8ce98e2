// A password a command line gives beside its user, in the grammars tools share: a password
// option after a user option (`mongo -u admin -p SECRET`, `az login -u http://app -p SECRET`,
// `xfreerdp /u:admin /p:SECRET`, `cmdkey /user:admin /pass:SECRET`), the user and the password
// glued by a tool's own separator (Samba's `-U user%SECRET`, lftp's `-u user,SECRET`, HTTPie's
// `-a user:SECRET`), and a secret-named setting given to a tool's `config set KEY VALUE`
// (`aws configure set aws_secret_access_key …`, `npm config set //host/:_authToken …`, `poetry
// config http-basic.repo user SECRET`). Each expression starts at its own option or word and
// reads a bounded stretch after it: linear.
import { patternRule, type SecretRule } from '../secretRule';
import { looksRandomValue } from './randomValue';
import { spanKind } from '../spanList';
import { acceptsQuotedLiteral } from './secretValue';
import { shellArgument } from './shellArgument';
import { optionNamedInProse } from './notTheValue';

// `psql -U app -p 5432`, `docker run -u 1000 -p 8080:80/tcp`: a port, not a password.
const PORT = /^[\d.:]+(?:\/(?:tcp|udp))?$/;
// `cp -u -p src dest`, `rsync -u -p a/ b/`: flags of their own, then a file or a word.
const FILE_OR_PATH = /[/\\]|\.[A-Za-z]{1,5}$/;
const HAS_DIGIT_OR_SYMBOL = /[\d!#%&*+=?@^~$]/;
// The short option, then blanks or `=` and maybe a quote, just before the value.
const SHORT_P = /(?:^|[ \t])-p(?:[ \t]+|=)["']?$/i;
// mysql reads `-p db` as "prompt, then use database db" (its password is glued: `-pSECRET`).
const PROMPTING_TOOLS = /\b(?:mysql|mysqldump|mysqladmin|mariadb)\b/i;

// `openssl rand -base64 32`'s output holds `/` as a path does; its segments read as no words.
const BASE64 = /^[A-Za-z0-9+/]{16,400}={0,2}$/;

function generatedBase64(secret: string): boolean {
  return BASE64.test(secret) && looksRandomValue(secret);
}

/**
 * Not a password: the options named in prose, a port, a file, a bare word after a short `-p` (a flag of its own in cp or rsync,
 * a profile or a project elsewhere: only `--password`, `/p:` and their kin name the slot, and there
 * a word is the password), or a tool that reads `-p` otherwise.
 */
function notAPassword(secret: string, text: string, start: number): boolean {
  // `via the --username and --password options`: a manual naming the options (notTheValue.ts).
  if (optionNamedInProse(text, start, secret)) return true;
  if (PORT.test(secret) || (FILE_OR_PATH.test(secret) && !generatedBase64(secret)) || (!HAS_DIGIT_OR_SYMBOL.test(secret) && SHORT_P.test(text.slice(Math.max(0, start - 4), start)))) return true;
  // The 300 characters before, from their line's start: read back that far only (a MB-long line
  // holding a match every few words made a search for its start quadratic).
  const before = text.slice(Math.max(0, start - 300), start);
  return PROMPTING_TOOLS.test(before.slice(before.lastIndexOf('\n') + 1));
}

const CONFIG_SET = /\b(?:config(?:ure)?[ \t]+set|git[ \t]+config(?:[ \t]+--(?:global|local|system))?|user-secrets[ \t]+set)[ \t]+(?:--[\w-]{1,20}(?:[ \t]+|=)(?:[^\s-][^\s]{0,60}[ \t]+)?){0,3}(["']?)([^\s"'=]{1,200})\1[ \t]+(["']?)([^\s"'`;|&]{3,400})\3(?=[ \t]*(?:\r?\n|$|[;|&#]))/g;
const CONFIG_SET_KIND = spanKind('tool-config-secret');

export const cliPasswordPairRules: readonly SecretRule[] = [
  patternRule({
    // The user option's value, then up to six more words, then the password option (not glued:
    // that is mysql's `-pSECRET`, read by the cli-password-flag rule).
    // (Every opening the pattern reads: `-u=`, and schtasks' run-as `/ru` with its `/rp`.)
    id: 'cli-user-password-pair', keywords: ['-u ', '-u=', '--user', '/u:', '/user:', '/u ', '/user ', '/ru:', '/ru '],
    pattern: new RegExp(
      `(?:(?<![\\w-])(?:-[uU]|--user(?:name)?)(?:[ \\t]+|=)(?<uq>["']?)[^\\s"'-][^\\s"']{0,100}\\k<uq>(?:[ \\t]+[^\\s]{1,200}){0,6}?[ \\t]+(?:-p|--pass(?:word)?)(?:[ \\t]+|=)` +
        `|(?<![\\w/])\\/(?:u|user|ru)(?::|[ \\t]+)[^\\s/]{1,100}(?:[ \\t]+[^\\s]{1,200}){0,6}?[ \\t]+\\/(?:p|pass|password|pwd|rp)(?::|[ \\t]+))` +
        `${shellArgument('[^\\s"\'`;|&$*<-]', '[^\\s"\'`;|&]', 3, 200)}(?=[\\s;|&]|$)`,
      'i',
    ),
    allow: notAPassword,
  }),
  patternRule({
    id: 'samba-user-password', keywords: ['smbclient', 'rpcclient', 'smbcacls', 'smbget', 'smbmap', 'smbtree', 'winexe', 'mount.cifs'],
    // (The shell joins `-U backup%'Xk9#m'` into one word: the quote may open after the `%` instead.)
    pattern: /\b(?:smbclient|rpcclient|smbcacls|smbget|smbmap|smbtree|winexe)\b[^\r\n]{0,200}?(?:[ \t]-U|--user(?:name)?=?)[ \t]*(?<q>["']?)[^\s%"']{1,100}%(?<pq>["']?)(?<secret>[^\s"']{3,200})\k<pq>\k<q>/,
    pair: '%',
  }),
  patternRule({
    id: 'lftp-user-password', keywords: ['lftp'],
    pattern: /\blftp\b[^\r\n]{0,200}?[ \t]-u[ \t]+(?<q>["']?)[^\s,"']{1,100},(?<secret>[^\s"']{3,200})\k<q>/,
    pair: ',',
  }),
  patternRule({
    // HTTPie's `http -a user:pass`, `--auth user:pass` (a token alone, `-a :token`, is one too).
    id: 'httpie-auth', keywords: ['http ', 'https ', '--auth'],
    pattern: /(?:\bhttps?[ \t](?:[^\r\n]{0,100}?[ \t])?-a|(?<![\w-])--auth)(?:[ \t]+|=)(?<q>["']?)[^\s:"']{0,100}:(?<secret>[^\s"'$]{3,200})\k<q>(?=[\s]|$)/,
    pair: ':',
  }),
  {
    // A secret-named setting given a value by a tool's config command: the key judges the value as
    // a literal given to it. (poetry's and composer's `http-basic.HOST USER PASSWORD` take two.)
    id: 'tool-config-secret',
    keywords: ['config', 'user-secrets'],
    find(text, found) {
      CONFIG_SET.lastIndex = 0;
      for (let m = CONFIG_SET.exec(text); m; m = CONFIG_SET.exec(text)) {
        const key = m[2]!;
        const end = m.index + m[0].length - m[3]!.length;
        const start = end - m[4]!.length;
        // `//registry.npmjs.org/:_authToken`: the setting's name is its last part.
        const name = key.slice(Math.max(key.lastIndexOf('/'), key.lastIndexOf(':')) + 1);
        if (acceptsQuotedLiteral(text, start, end, name)) found.push(CONFIG_SET_KIND, start, end);
      }
    },
  },
  patternRule({
    id: 'http-basic-config', keywords: ['http-basic.'],
    pattern: /\b(?:poetry|composer)[ \t]+config[ \t]+(?:--[\w-]{1,20}[ \t]+){0,2}http-basic\.[^\s]{1,200}[ \t]+[^\s]{1,100}[ \t]+(?<q>["']?)(?<secret>[^\s"'`;|&$]{3,200})\k<q>/,
  }),
];
