// The URL forms the forty-second round read, each URL written into every place of urlPlaces.ts (a line of shell, a log
// line, JSON, YAML, Markdown, an HTML link, four languages' string literals): a URL encoded twice — put into another
// URL's query, a redirect's `return_to=`, a log that encoded it again (RFC 3986 §2.4: a string is not to be encoded
// twice; writers do) —, the session id Synology's Web API guides put in every request's query (`[&_sid=<SID>]`), and a
// webhook's or an API's secret beside the parts its vendor calls public (Google Chat's token beside its space and key,
// Trello's token beside its application key). A cell is read when every piece of the value as written (between its
// percent-escapes) is gone, over-read when a part the form says is public is lost; the look-alikes (a path, a redirect,
// a reference encoded twice; a placeholder in a link; Trello's key alone; a Synology request without a session) must
// be left whole. The forty-third round's: a URL encoded three times (`%25253D`: a URL in a redirect's query, carried in
// another's), QNAP File Station's `sid=` (its HTTP API: `/cgi-bin/filemanager/utilRequest.cgi?func=…&sid=…`, the id
// `/cgi-bin/authLogin.cgi` returns as `authSid`), and LuCI's `;stok=` path token (LuCI's dispatcher, `build_url`: the
// session's token between the script's name and the page's path, `/cgi-bin/luci/;stok=<32 hex>/admin/…`).
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
/** Percent-encoded three times: that URL put into one more query. */
const thrice = (s: string): string => encodeURIComponent(twice(s));

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

/** The value written into the URL `before` + encoded(inner with the value) + `after`, twice unless told. */
const nested = (before: string, inner: string, after = '', encoded = twice): PlacedForm['url'] => (value) => {
  const written = encoded(value);
  return [before + encoded(inner.replace('§V§', value)) + after, written];
};
const LOWER_DIGITS = LOWER + DIGITS;

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
  // The forms encoded twice, once more: a URL in a redirect's query, that in a tracker's, that in a log's.
  { id: 'thrice: nested query access_token', url: nested('https://sso.example.com/login?return_to=', 'https://api.example.com/v1/me?fields=id&access_token=§V§', '', thrice), values: TOKEN_VALUES, keep: ['https://sso.example.com/login?return_to=https%25253A%25252F%25252Fapi.example.com'] },
  { id: 'thrice: nested userinfo password', url: nested('https://ci.example.com/redirect?url=', 'https://deploy:§V§@registry.example.com/v2/', '', thrice), values: { base62_40: TOKEN_VALUES.base62_40! }, keep: ['https://ci.example.com/redirect?url=', '%252540registry.example.com%25252Fv2%25252F'] },
  { id: 'thrice: client_secret with symbols', url: (v) => { const w = thrice(v); return [`https://login.example.com/oauth2/token?grant_type=client_credentials&client_id=s6BhdRkqt3&client_secret=${w}`, w]; }, values: SYMBOLS, keep: ['client_id=s6BhdRkqt3'] },
  // QNAP's File Station HTTP API: every request `/cgi-bin/filemanager/utilRequest.cgi?func=<function>&sid=<sid>&…`, the
  // sid `/cgi-bin/authLogin.cgi` returns (`<authSid>`, eight lower-case letters and digits in its examples).
  { id: 'qnap sid (get_tree)', url: (v) => [`http://nas.example.com:8080/cgi-bin/filemanager/utilRequest.cgi?func=get_tree&sid=${v}&is_iso=0&node=/Public`, v], values: { sid8: of(LOWER_DIGITS, 8, [LOWER, DIGITS]) }, keep: ['utilRequest.cgi?func=get_tree&sid=', '&is_iso=0&node=/Public'] },
  { id: 'qnap sid (download, first)', url: (v) => [`https://nas.example.com/cgi-bin/filemanager/utilRequest.cgi?sid=${v}&func=download&isfolder=0&source_path=/Public&source_file=report.pdf&source_total=1`, v], values: { sid8: of(LOWER_DIGITS, 8, [LOWER, DIGITS]), letters8: of(LOWER, 8) }, keep: ['&func=download&isfolder=0&source_path=/Public'] },
  // LuCI's dispatcher (openwrt/luci, before the token left the URL): `build_url` writes `;stok=<token>` after the
  // script's name, the token `sys.uniqueid(16)`, 32 hex digits; its vendors' firmware keeps it.
  { id: 'luci ;stok= path token', url: (v) => [`http://192.168.1.1/cgi-bin/luci/;stok=${v}/admin/status/overview`, v], values: { hex32: of(HEX, 32, [DIGITS, 'abcdef']) }, keep: ['http://192.168.1.1/cgi-bin/luci/;stok=', '/admin/status/overview'] },
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
  ['thrice: object key path', 'https://api.example.com/v1/objects?key=reports%25252F2026%25252Fq4.pdf&version=3'],
  ['thrice: nested query, no credential', `https://sso.example.com/login?return_to=${thrice('https://app.example.com/home?tab=reports&page=2')}`],
  ['thrice: nested token referenced', `https://sso.example.com/login?return_to=${thrice('https://api.example.com/v1/me?access_token=${ACCESS_TOKEN}')}`],
  ['qnap login request without a session', 'http://nas.example.com:8080/cgi-bin/authLogin.cgi?serviceKey=1&user=admin&client_app=qfile'],
  ['qnap sid referenced', 'http://nas.example.com:8080/cgi-bin/filemanager/utilRequest.cgi?func=get_tree&sid=${sid}&is_iso=0&node=/Public'],
  ['qnap sid placeholder', 'http://nas.example.com:8080/cgi-bin/filemanager/utilRequest.cgi?func=unmount_qdff&sid={YOUR_SID}'],
  ['a cgi query, a numeric sid', 'https://stats.example.com/cgi-bin/report.cgi?sid=20261207&view=daily'],
  ['luci without a token', 'http://192.168.1.1/cgi-bin/luci/admin/status/overview'],
  ['luci ;stok= referenced', 'http://192.168.1.1/cgi-bin/luci/;stok=${stok}/admin/network/iface_reconnect/wan'],
  ['luci ;stok= placeholder', 'http://192.168.1.1/cgi-bin/luci/;stok=<stok>/admin/status'],
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
