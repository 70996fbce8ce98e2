// Where a session cookie is written in text a user sends, read under the names frameworks give their session cookies, each
// with the value shapes those frameworks make: how many the redactor leaves (session places) and how many it takes that it
// should leave (a cookie that is no session, a stand-in in a session's place). RFC 6265 §8.6: a session identifier in a
// cookie lets whoever holds it act as the user; OWASP's Session Management Cheat Sheet: the session ID is, for its life,
// equivalent to the strongest authentication the application has.
//
//   npx tsx bench/guard/sessionCookieProbe.ts [--show] [--place REGEX] [--name REGEX]
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { probeArgs } from './probeArgs';
import { fillPlace, valueRedacted } from './probePlaces';

const { show, filter } = probeArgs();
const placeFilter = filter('--place');
const nameFilter = filter('--name');

// §N§ the cookie's name, §V§ its value; each place with the document that defines it.
const PLACES: readonly (readonly [string, string])[] = [
  ['cookie-header', 'Cookie: §N§=§V§'], // RFC 6265 §4.2.1, §5.4
  ['cookie-header-list', 'Cookie: theme=light; §N§=§V§; lang=en'], // RFC 6265 §4.2.1 (cookie-pair *( "; " cookie-pair ))
  ['set-cookie', 'Set-Cookie: §N§=§V§; Path=/; Secure; HttpOnly'], // RFC 6265 §4.1.1
  ['set-cookie-expires', 'set-cookie: §N§=§V§; expires=Wed, 21 Oct 2026 07:28:00 GMT; path=/; samesite=lax'], // §4.1.1, §5.2
  ['http-file', 'GET https://app.example.com/api/me HTTP/1.1\nHost: app.example.com\nCookie: §N§=§V§\n'], // RFC 9110 message, .http files
  ['curl-b', "curl -b '§N§=§V§' https://app.example.com/api/me"], // curl(1) -b, --cookie <data|filename>
  ['curl-cookie', 'curl --cookie "§N§=§V§" https://app.example.com/api/me'],
  ['curl-b-list', 'curl -s -b "theme=light; §N§=§V§" https://app.example.com/'],
  ['curl-H', "curl -H 'Cookie: §N§=§V§' https://app.example.com/api/me"], // curl(1) -H, --header
  ['har-cookie', '"cookies": [\n  {\n    "name": "§N§",\n    "value": "§V§",\n    "path": "/",\n    "httpOnly": true\n  }\n]'], // HAR 1.2 cookies
  ['har-cookie-line', '{"name": "§N§", "value": "§V§", "path": "/", "domain": "app.example.com", "httpOnly": true, "secure": true}'],
  ['har-header', '"headers": [\n  {\n    "name": "Cookie",\n    "value": "§N§=§V§"\n  }\n]'], // HAR 1.2 headers
  ['har-header-set', '{"name": "Set-Cookie", "value": "§N§=§V§; Path=/; HttpOnly"}'],
  ['netscape-file', '# Netscape HTTP Cookie File\n.app.example.com\tTRUE\t/\tTRUE\t1798761600\t§N§\t§V§\n'], // curl's cookie file format
  ['netscape-line', 'app.example.com\tFALSE\t/\tFALSE\t0\t§N§\t§V§'],
  ['netscape-httponly', '#HttpOnly_.app.example.com\tTRUE\t/\tTRUE\t1798761600\t§N§\t§V§'],
  ['document-cookie', 'document.cookie = "§N§=§V§; path=/";'], // HTML Living Standard, document.cookie
  ['requests-cookies', "r = requests.get(url, cookies={'§N§': '§V§'})"], // Requests: Cookies
  ['requests-cookies-dict', 'cookies = {"§N§": "§V§"}\nr = requests.get(url, cookies=cookies)'],
  ['requests-jar-set', "jar.set('§N§', '§V§', domain='app.example.com', path='/')"], // Requests: RequestsCookieJar.set
  ['fetch-header', "fetch(url, { headers: { Cookie: '§N§=§V§' } });"], // a header in code
  ['go-http-cookie', 'http.SetCookie(w, &http.Cookie{Name: "§N§", Value: "§V§", Path: "/"})'], // Go net/http Cookie
  ['servlet-cookie', 'Cookie c = new Cookie("§N§", "§V§");'], // Jakarta Servlet Cookie(String name, String value)
];

// Each framework's documented default session cookie, with a value of the shape it makes.
const SESSIONS: readonly (readonly [string, string])[] = [
  ['sessionid', 'q8x3mz0k2v7w9n4b6c1d5f8g2h7j3k9l'], // Django SESSION_COOKIE_NAME; 32 [a-z0-9]
  ['PHPSESSID', '9u2ctm4p1f3tqr0ip8c6kh1s5a'], // PHP session.name; 26 [a-v0-9] (sid_length, sid_bits_per_character 5)
  ['JSESSIONID', '8F2C1E4D9A7B3C6E5F0A1B2C3D4E5F67.node1'], // Servlet; Tomcat's 32 hex and jvmRoute
  ['ASP.NET_SessionId', '1kx0b4f2w3qzq5m0gd2sje1a'], // ASP.NET SessionStateSection cookieName; 24 [a-z0-5]
  ['.AspNetCore.Session', 'CfDJ8Kq2nP7xVb3Lm9Rt4Wz6Yc1Hd5Fg8Jk2Ns0Qu3Tx7Za4Eb6Gi9Ml1Op5Sr8Vw2'], // ASP.NET Core SessionOptions
  ['.ASPXAUTH', '4F1D2C9B8A7E6F5D4C3B2A1908F7E6D5C4B3A29180F7E6D5C4B3A2918F7E6D5C4B3A2918'], // FormsAuthentication.FormsCookieName
  ['.AspNetCore.Identity.Application', 'CfDJ8Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7Ab9Cd1Ef3Gh5Ij7Kl9Mn1Op3'], // ASP.NET Core Identity
  ['.AspNetCore.Cookies', 'CfDJ8Zy1Xw3Vu5Ts7Rq9Po1Nm3Lk5Ji7Hg9Fe1Dc3Ba5Zy7Xw9Vu1Ts3Rq5Po7Nm9Lk1'], // cookie authentication's default scheme
  ['connect.sid', 's%3A3f9Kd8Lq2Zx7Vb1Nm4Hs6Tw0Yc5Rp9Ua.Qx7Lm2Zk9Vb3Nd8Hs1Tw5Yc0Rp4Ua6Je2Fg8Ki3Ol'], // express-session's name
  ['laravel_session', 'eyJpdiI6IkR6Q3pYbGc0Tk1aWkE9PSIsInZhbHVlIjoiSmRNWkV1bGZ0In0%3D'], // Laravel config/session.php
  ['_shop_session', 'bWlrZS1zZXNzaW9uLWRhdGEtOWYyYQ%3D%3D--3a9f8e7d6c5b4a39281706f5e4d3c2b1a0998877'], // Rails cookie store key
  ['session', 'eyJ1c2VyX2lkIjo0Mn0.ZK3b7A.8y1mQwV3xN0pL5rT7uK2sH9dF4g'], // Flask SESSION_COOKIE_NAME
  ['CFID', '40917'], // ColdFusion client variables: a number
  ['CFTOKEN', '48207531'], // ColdFusion: a number (or a UUID)
  ['CFTOKEN', '2c9a1e3f-7b4d-4e8a-9f61-0d3c5b7a9e12'],
  // Anti-forgery tokens: secret and unpredictable by OWASP's CSRF Prevention Cheat Sheet (counted as credentials since the
  // thirty-second round, guardsession2; guardsession1 had read them as no credential).
  ['csrftoken', 'Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8'],
  ['XSRF-TOKEN', 'eyJpdiI6IlF4N0xtMlprOVZiM05kOEhzMVR3NVljMFJwNFVhNkplMkZnOEtpM09sIn0%3D'],
];

// A literal somebody wrote in the session's place is that secret by the placeholder policy, however short.
const WEAK = ['sessionid=abc123', 'PHPSESSID=hunter2xyz', 'JSESSIONID=mysession42'];

// Cookies that are no credential (preferences, analytics: RFC 6265 §8 and OWASP name the session's and the anti-forgery token's).
const NOT_SESSIONS: readonly (readonly [string, string])[] = [
  ['theme', 'dark'],
  ['_ga', 'GA1.2.1234567890.1712345678'],
  ['lang', 'en-US'],
];
// Stand-ins in a session's place: left by the placeholder policy.
const STAND_INS = ['', '<session-id>', '${SESSION_ID}', 'xxxxxxxxxxxxxxxx', 'YOUR_SESSION_ID', 'deleted'];


let left = 0;
let tried = 0;
let falseTaken = 0;
let falseTried = 0;
for (const [place, template] of PLACES) {
  if (placeFilter && !placeFilter.test(place)) continue;
  const misses: string[] = [];
  const wrong: string[] = [];
  const cases = [...SESSIONS, ...WEAK.map((w) => w.split('=') as [string, string])];
  for (const [name, value] of cases) {
    if (nameFilter && !nameFilter.test(name)) continue;
    tried++;
    if (!valueRedacted(fillPlace(template, name, value), value)) {
      left++;
      misses.push(`${name}=${value.slice(0, 12)}`);
    }
  }
  for (const [name, value] of [...NOT_SESSIONS, ...STAND_INS.map((v) => ['sessionid', v] as const)]) {
    if (nameFilter && !nameFilter.test(name)) continue;
    falseTried++;
    // (An empty value is taken when the text around it changes; a stand-in's own text when it is gone.)
    const text = fillPlace(template, name, value);
    const out = redactSecrets(text).text;
    if (out !== text) {
      falseTaken++;
      wrong.push(`${name}=${value}`);
    }
  }
  if (misses.length > 0 || wrong.length > 0) {
    console.log(`${place}: left ${misses.length}${show && misses.length ? ` (${misses.join(' ')})` : ''}; wrongly taken ${wrong.length}${wrong.length ? ` (${wrong.join(' ')})` : ''}`);
  }
}
console.log(`session values left ${left} of ${tried}; no-session cookies and stand-ins taken ${falseTaken} of ${falseTried}`);
