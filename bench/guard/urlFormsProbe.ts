// The URL forms the forty-second round read, each URL written into every place of urlPlaces.ts (a line of shell, a log
// line, JSON, YAML, Markdown, an HTML link, four languages' string literals): a URL encoded twice — put into another
// URL's query, a redirect's `return_to=`, a log that encoded it again (RFC 3986 §2.4: a string is not to be encoded
// twice; writers do) —, the session id Synology's Web API guides put in every request's query (`[&_sid=<SID>]`), and a
// webhook's or an API's secret beside the parts its vendor calls public (Google Chat's token beside its space and key,
// Trello's token beside its application key). A cell is read when every piece of the value as written (between its
// percent-escapes) is gone, over-read when a part the form says is public is lost; the look-alikes (a path, a redirect,
// a reference encoded twice; a placeholder in a link; Trello's key alone; a Synology request without a session) must
// be left whole.
//
//   npx tsx bench/guard/urlFormsProbe.ts [--show] [--form REGEX] [--by-form]
import { seededRandom } from '../../src/core/seededRandom';
import { DIGITS, LOWER, UPPER, drawWith } from './matrixAlphabets';
import { runPlacedUrlProbe, type PlacedUrlForm } from './placedUrlTally';

type Draw = (random: () => number) => string;
const HEX = '0123456789abcdef';
const B64URL = UPPER + LOWER + DIGITS + '-_';
const of = (chars: string, n: number, required: readonly string[] = []): Draw => (r) => drawWith(r, chars, n, required);
/** Percent-encoded twice: what a URL put into another's query, and that one into a third, holds. */
const twice = (s: string): string => encodeURIComponent(encodeURIComponent(s));

interface PlacedForm {
  readonly id: string;
  /** The URL, the value as drawn handed in; returns the URL and the value as the URL writes it. */
  readonly url: (value: string) => readonly [url: string, written: string];
  readonly values: Readonly<Record<string, Draw>>;
  readonly keep: readonly string[];
}

const TOKEN_VALUES: Readonly<Record<string, Draw>> = {
  base62_40: of(UPPER + LOWER + DIGITS, 40, [UPPER, LOWER, DIGITS]),
  hex40: of(HEX, 40, [DIGITS, 'abcdef']),
  base64url43: of(B64URL, 43, [UPPER, LOWER, DIGITS]),
};
/** A secret holding `/ + = :` (a client secret, base64 with its padding). */
const SYMBOLS: Readonly<Record<string, Draw>> = { symbols40: of(UPPER + LOWER + DIGITS + '/+=:', 40, [UPPER, LOWER, DIGITS, '/', '+', ':']) };
/** A password holding `@ : /` and a blank, as PostgreSQL's and MongoDB's manuals say a userinfo password is encoded. */
const PASSWORD: Readonly<Record<string, Draw>> = { symbols16: of(UPPER + LOWER + DIGITS + '@:/ ', 16, [UPPER, LOWER, DIGITS, '@', ':']) };
const TRELLO_KEY = '7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b';
const GOOGLE_KEY = 'AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI';

/** The value written into the URL `before` + twice(inner with the value) + `after`. */
const nested = (before: string, inner: string, after = ''): PlacedForm['url'] => (value) => {
  const written = twice(value);
  return [before + twice(inner.replace('§V§', value)) + after, written];
};

const placedForms: readonly PlacedForm[] = [
  // RFC 6750 §2.3's `access_token` in a URL that a login page's `return_to=` carries, encoded twice.
  { id: 'twice: nested query access_token', url: nested('https://sso.example.com/login?return_to=', 'https://api.example.com/v1/me?fields=id&access_token=§V§'), values: TOKEN_VALUES, keep: ['https://sso.example.com/login?return_to=https%253A%252F%252Fapi.example.com'] },
  // RFC 6749 §4.2.2's implicit-grant fragment, the redirect carried in a `next=` encoded twice.
  { id: 'twice: nested fragment access_token', url: nested('https://app.example.com/login?next=', 'https://app.example.com/callback#access_token=§V§&token_type=Bearer'), values: TOKEN_VALUES, keep: ['https://app.example.com/login?next='] },
  // An API key in a tracked link's target, encoded twice (a mail's click tracker).
  { id: 'twice: nested api_key', url: nested('https://t.example.com/click?u=', 'https://api.example.com/v2/search?q=weather&api_key=§V§'), values: TOKEN_VALUES, keep: ['https://t.example.com/click?u=', 'q%253Dweather'] },
  // RFC 3986 §3.2.1's userinfo password in a URL a redirect carries, encoded twice.
  { id: 'twice: nested userinfo password', url: nested('https://ci.example.com/redirect?url=', 'https://deploy:§V§@registry.example.com/v2/'), values: { base62_40: TOKEN_VALUES.base62_40! }, keep: ['https://ci.example.com/redirect?url=', '%2540registry.example.com%252Fv2%252F'] },
  // A client secret holding `/ + = :` whose query a log encoded again.
  { id: 'twice: client_secret with symbols', url: (v) => { const w = twice(v); return [`https://login.example.com/oauth2/token?grant_type=client_credentials&client_id=s6BhdRkqt3&client_secret=${w}`, w]; }, values: SYMBOLS, keep: ['client_id=s6BhdRkqt3'] },
  // A userinfo password with `@ : /` encoded twice (a connection string written into a template that encoded it again).
  { id: 'twice: userinfo password with symbols', url: (v) => { const w = twice(v); return [`postgresql://app:${w}@db.example.com:5432/shop?sslmode=require`, w]; }, values: PASSWORD, keep: ['@db.example.com:5432/shop?sslmode=require'] },
  // Synology's File Station API Guide and DSM Login Web API Guide: `GET /webapi/<CGI_PATH>?api=…&version=…&method=…
  // [&<PARAMS>][&_sid=<SID>]`; DSM 7's ids 86 base64url characters (the guide's login response), older ones shorter.
  { id: 'synology _sid (list)', url: (v) => [`https://nas.example.com:5001/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list_share&_sid=${v}`, v], values: { dsm7: of(B64URL, 86, [UPPER, LOWER, DIGITS]), dsm6: of(UPPER + LOWER, 13, [UPPER, LOWER]) }, keep: ['api=SYNO.FileStation.List&version=2&method=list_share&_sid='] },
  { id: 'synology _sid (download)', url: (v) => [`https://nas.example.com:5001/webapi/entry.cgi?api=SYNO.FileStation.Download&version=2&method=download&path=%2Fhome%2Freport.pdf&mode=download&_sid=${v}`, v], values: { dsm7: of(B64URL, 86, [UPPER, LOWER, DIGITS]) }, keep: ['path=%2Fhome%2Freport.pdf&mode=download'] },
  // Google's webhook quickstart: `…/spaces/SPACE_ID/messages?key=KEY&token=TOKEN`, the token the secret part.
  { id: 'google chat token', url: (v) => [`https://chat.googleapis.com/v1/spaces/AAAAbCdEfGh/messages?key=${GOOGLE_KEY}&token=${v}`, v], values: { token: (r) => of(B64URL, 43, [UPPER, LOWER, DIGITS])(r) + '%3D' }, keep: ['https://chat.googleapis.com/v1/spaces/AAAAbCdEfGh/messages?key='] },
  // Trello's "Authorizing with Trello's REST API": `?key={APIKey}&token={APIToken}`, the key public, the token secret.
  { id: 'trello token beside its key', url: (v) => [`https://api.trello.com/1/members/me/boards?key=${TRELLO_KEY}&token=${v}`, v], values: { atta: (r) => 'ATTA' + of(HEX, 72, [DIGITS, 'abcdef'])(r), hex64: of(HEX, 64, [DIGITS, 'abcdef']) }, keep: [`key=${TRELLO_KEY}`] },
];

/** URLs with no credential in them, written into every place. */
const placedLookalikes: readonly (readonly [string, string])[] = [
  ['twice: object key path', 'https://api.example.com/v1/objects?key=reports%252F2026%252Fq4.pdf&version=3'],
  ['twice: logout redirect', `https://login.example.com/logout?post_logout_redirect_uri=${twice('https://app.example.com/signed-out?next=/home')}`],
  ['twice: nested query, no credential', `https://sso.example.com/login?return_to=${twice('https://app.example.com/home?tab=reports&page=2')}`],
  ['twice: nested token referenced', `https://sso.example.com/login?return_to=${twice('https://api.example.com/v1/me?access_token=${ACCESS_TOKEN}')}`],
  ['twice: nested token placeholder', `https://sso.example.com/login?return_to=${twice('https://api.example.com/v1/me?access_token=<your_access_token>')}`],
  ['twice: search redirect', `https://www.google.com/url?q=${twice('https://www.rfc-editor.org/rfc/rfc3986#section-2.4')}&sa=D`],
  ['synology request without a session', 'https://nas.example.com:5001/webapi/query.cgi?api=SYNO.API.Info&version=1&method=query&query=SYNO.API.Auth'],
  ['synology _sid referenced', 'https://nas.example.com:5001/webapi/entry.cgi?api=SYNO.API.Auth&version=6&method=logout&_sid=${SYNO_SID}'],
  ['synology _sid placeholder', 'https://nas.example.com:5001/webapi/entry.cgi?api=SYNO.API.Auth&version=6&method=logout&_sid=<SID>'],
  ['token placeholder in a link', 'https://gitlab.example.com/api/v4/projects?private_token=<your_access_token>'],
  ['trello authorize, key alone', `https://trello.com/1/authorize?expiration=1day&name=Nightly&scope=read&response_type=token&key=${TRELLO_KEY}`],
  ['google chat space, no key', 'https://chat.googleapis.com/v1/spaces/AAAAbCdEfGh/messages?threadKey=deploys'],
];

const SEEDS = 3;

/** A form's cells: each alphabet's values over the seeds. */
function formCells(form: PlacedForm): PlacedUrlForm {
  return {
    id: form.id,
    keep: form.keep,
    *cells() {
      for (const [alphabet, draw] of Object.entries(form.values)) {
        for (let seed = 1; seed <= SEEDS; seed++) {
          const [url, written] = form.url(draw(seededRandom(0x0de2 * seed + alphabet.length)));
          yield { alphabet, url, written };
        }
      }
    },
  };
}

const tally = runPlacedUrlProbe(placedForms.map(formCells), placedLookalikes, '');
console.log(`url forms read whole ${tally.read}/${tally.tried} (over-read, a public part lost: ${tally.over}); look-alikes taken ${tally.taken}/${tally.count}`);
