// Credentials a server generates and its client bears back, read under the names the documents that define them give:
// session identifiers (OWASP Session Management Cheat Sheet; Django, PHP, Servlet, ASP.NET, Rails, Laravel), anti-forgery
// tokens (OWASP CSRF Prevention Cheat Sheet; Django, Rails, ASP.NET, Express, Angular), OAuth 2.0 and OpenID Connect tokens
// (RFC 6749, OIDC Core, RFC 8693, RFC 7662/7009). Each name class with the values that are no credential under it (a
// word, a template, a call, a type) and the names beside these words that name none (page cursors, a token's type, a
// session's timeout). Random values written for the shapes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeKey } from '../../../src/core/guard/rules/keyStrength';
import { assertLeaves, assertRedacts } from './redactionAsserts';

test('a session identifier\'s name says "secret" with a generated value: documented names and `<app>_session`', () => {
  assertRedacts([
    'session_id = "Zk8wP2qLx7Vn3Rb9Tc4Yh6Md1Fs5Gj0A"',
    '{"sessionid": "q8x3mz0k2v7w9n4b6c1d5f8g2h7j3k9l"}',
    'PHPSESSID=9u2ctm4p1f3tqr0ip8c6kh1s5a\n',
    'JSESSIONID: 8F2C1E4D9A7B3C6E5F0A1B2C3D4E5F67',
    "'laravel_session' => 'eyJpdiI6IkR6Q3pYbGc0Tk1aWkE9PSIsInZhbHVlIjoiSmRNWkV1bGZ0In0',",
    '<input type="hidden" name="_session_id" value="4c2b9f8e1d7a6350b3e9c1f2a8d7e645">',
    'const sessionId = "Xk3PqW9vL2mT7bN4cR8sY1hJ6dF5gA0z";',
  ]);
  assertLeaves([
    'session = "default"',
    'session = Session()\n',
    'session = requests.Session()\n',
    'sessionId: string;\n',
    'session_id = "<session-id>"',
    'session_id = "${SESSION_ID}"',
    "session_id = ''",
    'session_id = "abc123"',
  ]);
});

test('names beside a session\'s word that name no identifier are left whatever their value', () => {
  assertLeaves(['session_timeout = 1800\n', 'SESSION_COOKIE_NAME = "sessionid"', 'sessionStorage.setItem("k", "v")', 'session_store = "redis"', 'session_store = "Xk3PqW9vL2mT7bN4cR8sY1hJ6dF5gA0z"', 'SESSION_ENGINE = "django.contrib.sessions.backends.db"']);
  assert.equal(judgeKey('session_timeout'), 'none');
  assert.equal(judgeKey('sessionStorage'), 'none');
  assert.equal(judgeKey('session_cookie_name'), 'none');
  assert.equal(judgeKey('session_id'), 'weak');
  assert.equal(judgeKey('ASP.NET_SessionId'), 'weak');
  assert.equal(judgeKey('session_secret'), 'strong');
});

test('an anti-forgery token\'s name says "secret" with a generated value (OWASP: secret, unpredictable)', () => {
  assertRedacts([
    'csrf_token = "IjQ3ZmE5YjJjOGQxZTRhNmIzYzdkOWUwZjFhMmIzYzQi.ZK3b7A.8y1mQwV3xN0pL5rT7uK2sH9dF4g"',
    '<input type="hidden" name="csrfmiddlewaretoken" value="Xk3PqW9vL2mT7bN4cR8sY1hJ6dF5gA0zUeOiQwErTyUiOpAsDfGhJkLzXcVbNm12">',
    '<meta name="csrf-token" content="Wb7Xk2Ln9Qp4Rt6Vs1Yd3Fh8Jm5Ng0Cz">',
    '_csrf: "aB3dE5fG-hI7jK9lM1nO3pQ5rS7tU9vW"',
    'XSRF-TOKEN=Qx7Lm2Zk9Vb3Nd8Hs1Tw5Yc0Rp4Ua6Je2Fg8Ki3Ol\n',
  ]);
  assertLeaves(['csrf_token = "{{ csrf_token() }}"', '<input name="authenticity_token" value="<%= form_authenticity_token %>">', 'CSRF_ENABLED = True\n', 'csrf_header: "X-CSRF-Token"', 'csrf = CSRFProtect(app)\n']);
  assert.equal(judgeKey('csrf_enabled'), 'none');
  assert.equal(judgeKey('WTF_CSRF_SECRET_KEY'), 'strong');
});

test('OAuth 2.0 and OpenID Connect tokens by their parameter names; a token\'s type and endpoint are none', () => {
  assertRedacts([
    'refresh_token = "hQ4vWz7NxK1bLp9TrY3mFd"',
    '{"access_token": "Nq7Lz2Xv9Tb4Rk1Wp6Ys3Uc8Hd5Fg0Mj", "token_type": "Bearer"}',
    'id_token: eyJhbGciOiJSUzI1NiIsImtpZCI6IjFlOWdkazcifQ.eyJpc3MiOiJodHRwOi8vc2VydmVyLmV4YW1wbGUuY29tIn0.ggW8hZ1EuVLuxNuuIJKX_V8a',
    'subject_token=Gk2wPq9XbN4vLz7TyR1mHc5DsJ8fQa3WuE6nKo0Vti&subject_token_type=urn:ietf:params:oauth:token-type:access_token',
  ]);
  assertLeaves(['token_type = "Bearer"', 'token_endpoint: https://server.example.com/token', 'refresh_token = "YOUR_REFRESH_TOKEN"']);
});

test('a page of results\' cursor (AWS NextToken, Google page_token, a continuation token) is no credential', () => {
  for (const key of ['next_token', 'NextToken', 'page_token', 'nextPageToken', 'next_page_token', 'continuation_token', 'continuationToken', 'nexttoken']) assert.equal(judgeKey(key), 'none', key);
  assertLeaves(['next_token = "eyJ2IjoxLCJrIjoiWHozUXA5TDJ2Qm4ifQ"', '"nextPageToken": "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA"']);
  // A page's access token (Facebook's Graph API) is a credential: the word before `token` is `access`.
  assert.equal(judgeKey('page_access_token'), 'strong');
});

test('code after a session\'s name is no value: a PHP fully qualified constant, a list of constants\' names', () => {
  assertLeaves(['$stmt->bindParam(\':id\', $sessionId, \\PDO::PARAM_STR);', '$stmt->bindParam(1, $apiKey, \\PDO::PARAM_STR);', 'return "set session sql_mode=\'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES\'";', "set token sql_mode='ONLY_FULL_GROUP_BY,NO_ZERO_DATE'"]);
  assertRedacts(['$stmt->bindParam(1, $apiKey, \\Xk3PqW9vL2mT7bN4cR8s);', "password = 'ONLY_FULL_GROUP_BY,Xk3Pq'"]);
});

test('a session\'s or an anti-forgery token\'s word in prose opens no gate for a random run near it (the high-entropy rule)', () => {
  assertLeaves(['* error_description="User session has been revoked",\n * claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwMzc0MjgwMCJ9fX0="', '# the csrf check\nx = "Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8"']);
  assertRedacts(['# the api token\nx = "Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8"']);
});
