// Composer's auth.json (and the COMPOSER_AUTH variable holding the same JSON) keys a token by the
// host it is for: `"github-oauth": {"github.com": "…"}`, `"gitlab-oauth"`, `"gitlab-token"`,
// `"bearer"`, each an object of host → token; `composer config [--global|--auth] github-oauth.HOST
// TOKEN` writes the same. The token's key is a host name, which names no secret: the object's
// type does. Each token judged as a literal given to a token (a `${VAR}` or `<token>` is none).
// (http-basic's user and password objects are the assignment rule's.) Linear: each type's object
// is read once, pair by pair, bounded.
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsQuotedLiteral } from './secretValue';
import { spanBeforeTail, withoutIndices } from '../secretPlace';

const TYPES = '(?:github-oauth|gitlab-oauth|gitlab-token|bearer|forgejo-token)';
const OBJECT_OPEN = new RegExp(`["']${TYPES}["'][ \\t]*:[ \\t]*\\{`, 'g');
// One host's pair, then a comma or the object's end: read from where the last left off.
const HOST_PAIR = /[ \t\r\n]{0,40}(?<q>["'])[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\k<q>[ \t]*:[ \t]*(?<v>["'])(?<secret>[^"'\r\n]{3,400})\k<v>[ \t\r\n]{0,40},?/dy;
// (The value's closing quote ends the match: its place is read without match indices, secretPlace.ts.)
const { pattern: CONFIG_SET, tail: CONFIG_SET_TAIL } = withoutIndices(new RegExp(`\\bcomposer[ \\t]+config[ \\t]+(?:-{1,2}[\\w-]{1,20}[ \\t]+){0,3}${TYPES}\\.[^\\s]{1,253}[ \\t]+(?<q>["']?)(?<secret>[^\\s"'\`;|&]{3,400})\\k<q>`, 'dg'));
const MAX_HOSTS = 50;
const KIND = spanKind('composer-auth-token');

export const composerAuthRule: SecretRule = {
  id: 'composer-auth-token',
  keywords: ['github-oauth', 'gitlab-oauth', 'gitlab-token', 'bearer"', "bearer'", 'forgejo-token'],
  find(text, found) {
    OBJECT_OPEN.lastIndex = 0;
    for (let m = OBJECT_OPEN.exec(text); m; m = OBJECT_OPEN.exec(text)) {
      let at = OBJECT_OPEN.lastIndex;
      for (let i = 0; i < MAX_HOSTS; i++) {
        HOST_PAIR.lastIndex = at;
        const pair = HOST_PAIR.exec(text);
        if (!pair) break;
        const [start, end] = pair.indices!.groups!.secret!;
        if (acceptsQuotedLiteral(text, start, end, 'token')) found.push(KIND, start, end);
        at = HOST_PAIR.lastIndex;
      }
      OBJECT_OPEN.lastIndex = Math.max(OBJECT_OPEN.lastIndex, at);
    }
    CONFIG_SET.lastIndex = 0;
    for (let m = CONFIG_SET.exec(text); m; m = CONFIG_SET.exec(text)) {
      const [start, end] = CONFIG_SET_TAIL ? spanBeforeTail(m, CONFIG_SET_TAIL) : m.indices!.groups!.secret!;
      if (acceptsQuotedLiteral(text, start, end, 'token')) found.push(KIND, start, end);
    }
  },
};
