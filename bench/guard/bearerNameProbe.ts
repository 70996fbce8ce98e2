// Session identifiers, anti-forgery tokens and OAuth/OIDC tokens written as a key's value, read under the names the
// protocols and frameworks that define them use: how many strong values the redactor leaves in their places, and how many
// values it takes that it should leave (a non-credential name beside these words, a template, a reference, a type, a word).
// OWASP Session Management Cheat Sheet: a session ID is a credential, ≥ 64 bits of entropy; OWASP CSRF Prevention Cheat
// Sheet: a CSRF token is secret and unpredictable; RFC 6749 §1.4/§1.5/§4.1.2 (access_token, refresh_token, code), OpenID
// Connect Core §2 (id_token), RFC 8693 §2.1 (subject_token, actor_token), RFC 7662 §2.1 / RFC 7009 §2.1 (token).
//
//   npx tsx bench/guard/bearerNameProbe.ts [--show] [--place REGEX] [--name REGEX]
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { probeArgs } from './probeArgs';
import { fillPlace, valueRedacted } from './probePlaces';

const { show, filter } = probeArgs();
const placeFilter = filter('--place');
const nameFilter = filter('--name');

// §N§ the key, §V§ its value; each place with the grammar or document that defines it.
const PLACES: readonly (readonly [string, string])[] = [
  ['python', '§N§ = "§V§"'], // Python assignment
  ['python-single', "§N§ = '§V§'"],
  ['js-const', 'const §N§ = "§V§";'], // ECMAScript LexicalDeclaration
  ['js-object', '{ §N§: "§V§" }'], // ECMAScript PropertyDefinition
  ['go-short', '§N§ := "§V§"'], // Go short variable declaration
  ['java-string', 'String §N§ = "§V§";'], // Java local variable
  ['ruby-hash', '§N§: "§V§",'], // Ruby symbol key
  ['php-array', "'§N§' => '§V§',"], // PHP array
  ['json', '{"§N§": "§V§"}'], // RFC 8259 member
  ['json-pretty', '{\n  "§N§": "§V§",\n  "expires_in": 3600\n}'],
  ['yaml', '§N§: §V§'], // YAML 1.2 block mapping, plain scalar
  ['yaml-quoted', '§N§: "§V§"'],
  ['toml', '§N§ = "§V§"\n'], // TOML key/value
  ['ini', '[auth]\n§N§=§V§\n'], // INI
  ['env', '§N§=§V§'], // dotenv
  ['env-export', 'export §N§="§V§"'], // POSIX sh
  ['form-body', 'grant_type=refresh_token&§N§=§V§&client_id=app'], // application/x-www-form-urlencoded (RFC 6749 §4.1.3, §6)
  ['html-hidden', '<input type="hidden" name="§N§" value="§V§">'], // HTML forms: hidden input (Django, Rails, ASP.NET)
  ['html-meta', '<meta name="§N§" content="§V§">'], // HTML meta (Rails csrf_meta_tags, Laravel)
];

// The names the documents give these credentials, each with a value of the shape its issuer makes.
const CREDENTIALS: readonly (readonly [string, string])[] = [
  ['sessionid', 'q8x3mz0k2v7w9n4b6c1d5f8g2h7j3k9l'], // Django; 32 [a-z0-9]
  ['session_id', 'Zk8wP2qLx7Vn3Rb9Tc4Yh6Md1Fs5Gj0A'], // OWASP generic name
  ['sessionId', '7d1f3b9e-2c4a-4e8b-9f6d-0a5c3e7b1d92'], // a UUIDv4 id
  ['PHPSESSID', '9u2ctm4p1f3tqr0ip8c6kh1s5a'], // PHP
  ['JSESSIONID', '8F2C1E4D9A7B3C6E5F0A1B2C3D4E5F67'], // Servlet (Tomcat 32 hex)
  ['_session_id', '4c2b9f8e1d7a6350b3e9c1f2a8d7e645'], // Rails ActiveRecord store 32 hex
  ['laravel_session', 'eyJpdiI6IkR6Q3pYbGc0Tk1aWkE9PSIsInZhbHVlIjoiSmRNWkV1bGZ0In0'], // Laravel
  ['csrftoken', 'Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8'], // Django CSRF_COOKIE_NAME; 32 [a-zA-Z0-9]
  ['csrfmiddlewaretoken', 'Xk3PqW9vL2mT7bN4cR8sY1hJ6dF5gA0zUeOiQwErTyUiOpAsDfGhJkLzXcVbNm12'], // Django form field; 64
  ['csrf_token', 'IjQ3ZmE5YjJjOGQxZTRhNmIzYzdkOWUwZjFhMmIzYzQi.ZK3b7A.8y1mQwV3xN0pL5rT7uK2sH9dF4g'], // Flask-WTF
  ['authenticity_token', 'Kx9vQ2mL7pT3bN8cR4sY1hJ6dF5gA0zUeOiQwErTyUiOpAsDfGhJkLzXcVbNm12+/=='], // Rails
  ['__RequestVerificationToken', 'CfDJ8Kq2nP7xVb3Lm9Rt4Wz6Yc1Hd5Fg8Jk2Ns0Qu3Tx7Za4Eb6Gi9Ml1Op5Sr8Vw2'], // ASP.NET
  ['_csrf', 'aB3dE5fG-hI7jK9lM1nO3pQ5rS7tU9vW'], // Express csurf
  ['XSRF-TOKEN', 'eyJpdiI6IlF4N0xtMlprOVZiM05kOEhzMVR3NVljMFJwNFVhNkplMkZnOEtpM09sIn0'], // Angular, Laravel
  ['X-XSRF-TOKEN', 'Qx7Lm2Zk9Vb3Nd8Hs1Tw5Yc0Rp4Ua6Je2Fg8Ki3Ol'], // Angular header
  ['csrf-token', 'Wb7Xk2Ln9Qp4Rt6Vs1Yd3Fh8Jm5Ng0Cz'], // Rails csrf_meta_tags
  ['access_token', 'ya29.a0AfH6SMBx7Lq2Zk9Vb3Nd8Hs1Tw5Yc0Rp4Ua6Je2Fg8Ki3Ol'], // RFC 6749 §5.1
  ['refresh_token', 'hQ4vWz7NxK1bLp9TrY3mFd'], // RFC 6749 §1.5 (the shape of §5.1's example: 22 [A-Za-z0-9])
  ['id_token', 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjFlOWdkazcifQ.eyJpc3MiOiJodHRwOi8vc2VydmVyLmV4YW1wbGUuY29tIn0.ggW8hZ1EuVLuxNuuIJKX_V8a'], // OIDC Core §2
  ['code', 'Rb8nXq2LkW5vTz1HcM7pJd'], // RFC 6749 §4.1.2 (the shape of its example)
  ['subject_token', 'Gk2wPq9XbN4vLz7TyR1mHc5DsJ8fQa3WuE6nKo0Vti'], // RFC 8693 §2.3 (the shape of its example)
  ['actor_token', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.mR8pX3kL9vQ2'], // RFC 8693
  ['token', 'Xp5qLm2WbZ8nRv4TkH7cJd'], // RFC 7662 §2.1, RFC 7009 §2.1 (the shape of RFC 6749's example access token)
  ['oauth_token', 'Nq7Lz2Xv9Tb4Rk1Wp6Ys3Uc8Hd5Fg0Mj'], // OAuth 1.0a (RFC 5849 §2.3), still in Twitter/X's API
  ['sessionToken', 'Xk3PqW9vL2mT7bN4cR8sY1hJ6dF5gA0z'], // a session token
];

// Short literals in a session's or an anti-forgery token's place: a generated id is ≥ 64 bits (OWASP); these are not
// counted as credentials but reported apart (the value reading's own policy decides them).
const SHORT_LITERALS: readonly (readonly [string, string])[] = [
  ['session_id', 'abc123xyz'],
  ['csrf_token', 'hunter2xyz'],
];

// Names beside these words that name no credential, each by its document, with values of their shape.
const NOT_CREDENTIALS: readonly (readonly [string, string])[] = [
  ['next_token', 'eyJ2IjoxLCJrIjoiWHozUXA5TDJ2Qm4ifQ'], // AWS APIs' NextToken: an opaque pagination cursor
  ['NextToken', 'AAMA-EFRSURBSGhJbXh6WkFhNG5Ld2FOMkRy'],
  ['page_token', 'CkQKGjBjN2Q4ZTlmLTBhMWItMmMzZDRlNWY2Zzc4'], // Google AIP-158 page_token
  ['nextPageToken', 'CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA'], // Google APIs
  ['continuation_token', 'W3sidG9rZW4iOiIrUklEOn4xMjM0In1d'], // Azure Cosmos DB / storage continuation
  ['token_type', 'Bearer'], // RFC 6749 §7.1
  ['token_endpoint', 'https://server.example.com/token'], // OIDC Discovery / RFC 8414
  ['session_timeout', '1800'],
  ['csrf_enabled', 'true'],
  ['sessionStorage', 'window.sessionStorage'],
];
// Stand-ins, templates, references and types in a credential's place: none is the credential.
const NOT_VALUES: readonly (readonly [string, string])[] = [
  ['session', 'default'],
  ['csrf_token', '{{ csrf_token() }}'], // Jinja, Flask-WTF
  ['csrf_token', '<%= form_authenticity_token %>'], // ERB
  ['csrfmiddlewaretoken', '{% csrf_token %}'], // Django template tag
  ['access_token', '${ACCESS_TOKEN}'],
  ['session_id', '<session-id>'],
  ['sessionId', 'string'], // a type
  ['refresh_token', 'YOUR_REFRESH_TOKEN'],
  ['session_id', ''],
  ['session_id', 'null'],
];


let left = 0;
let tried = 0;
let falseTaken = 0;
let falseTried = 0;
let shortTaken = 0;
let shortTried = 0;
const leftByName = new Map<string, number>();
for (const [place, template] of PLACES) {
  if (placeFilter && !placeFilter.test(place)) continue;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const [name, value] of SHORT_LITERALS) {
    if (nameFilter && !nameFilter.test(name)) continue;
    shortTried++;
    if (valueRedacted(fillPlace(template, name, value), value)) shortTaken++;
  }
  for (const [name, value] of CREDENTIALS) {
    if (nameFilter && !nameFilter.test(name)) continue;
    tried++;
    if (!valueRedacted(fillPlace(template, name, value), value)) {
      left++;
      leftByName.set(name, (leftByName.get(name) ?? 0) + 1);
      misses.push(`${name}=${value.slice(0, 10)}`);
    }
  }
  for (const [name, value] of [...NOT_CREDENTIALS, ...NOT_VALUES]) {
    if (nameFilter && !nameFilter.test(name)) continue;
    falseTried++;
    const text = fillPlace(template, name, value);
    if (redactSecrets(text).text !== text) {
      falseTaken++;
      wrong.push(`${name}=${value}`);
    }
  }
  if (misses.length > 0 || wrong.length > 0) {
    console.log(`${place}: left ${misses.length}${show && misses.length ? ` (${misses.join(' ')})` : ''}; wrongly taken ${wrong.length}${wrong.length ? ` (${wrong.join(' ')})` : ''}`);
  }
}
if (show) console.log(`left by name: ${[...leftByName].map(([n, c]) => `${n} ${c}`).join(', ')}`);
console.log(`credential values left ${left} of ${tried}; non-credential names and stand-ins taken ${falseTaken} of ${falseTried}; short literals taken ${shortTaken} of ${shortTried}`);
