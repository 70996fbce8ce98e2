// Grammars the fifteenth round's matrix (bench/guard/grammarMatrix.ts) found leaking in rules that
// already existed: an Authorization header's name and value apart as each grammar writes them
// (a subscript, `=>`, a prefixed or backtick literal, a web server's blanks), a generated
// base64 password holding `/` after `-p`, which is no path, and C#'s auto-property accessors
// between a key and its `=`.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("an Authorization header's credential whatever separates the name from its value", () => {
  assertFinds([
    'request["Authorization"] = "Bearer ⟦3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718⟧"',
    "axios.defaults.headers.common['Authorization'] = 'Bearer ⟦3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718⟧';",
    "'headers' => ['Authorization' => 'Bearer ⟦3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718⟧'],",
    'requests.get(url, headers={"Authorization": f"token ⟦3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718⟧"})',
    'headers.set("Authorization", `Bearer ⟦3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718⟧`);',
    'proxy_set_header Authorization "Bearer ⟦aB3dE6gH9jK2xQ7pL0⟧";',
  ]);
  assertLeaves([
    'request["Authorization"] = "Bearer #{token}"',
    "'Authorization' => 'Bearer ' . $token,",
    'headers.set("Authorization", `Bearer ${token}`);',
    'The Authorization header carries the bearer token issued by the server.',
    'Authorization Bearer <access-token>',
  ]);
});

test('a generated base64 password after -p is a password, a path is a file', () => {
  assertFinds(['mongo -u admin -p ⟦aB3+dE6/gH9jK2lM4nO7pQ0rS5tU8vW1xY4zA7bC0dE=⟧ --authenticationDatabase admin']);
  assertLeaves(['mongo -u admin -p /run/secrets/mongo_password', 'cp -u -p src/a/b/c.txt dest/', 'rsync -u -p ./build/ host:/srv/app/']);
});

test("C#'s property accessors stand between a key and its value", () => {
  assertFinds([
    'public string Password { get; set; } = "⟦Sunflower42⟧";',
    'public static string ApiKey { get; } = "⟦Xk29fLm3pQ8z⟧";',
  ]);
  assertLeaves([
    'public string Password { get; private set; } = string.Empty;',
    'public string Password { get; set; }',
    'public string Token { get => _token; set => _token = value; }',
  ]);
});

test("systemd's Environment= opens a unit's settings, each maybe quoted whole", () => {
  assertFinds(['[Service]\nEnvironment="DB_PASSWORD=⟦Sunflower42⟧"', 'Environment=DB_PASSWORD=⟦Sunflower42⟧ LOG_LEVEL=info']);
  assertLeaves(['Environment="DB_PASSWORD=${DB_PASSWORD}"', 'Environment=DB_PASSWORD_FILE=/run/secrets/db', 'EnvironmentFile=/etc/default/app']);
});

test("a connection string's field holds no CSS selector: a value opening with # is its password", () => {
  assertFinds(['Server=db;Database=shop;User ID=app;Password=⟦#Xk29fLm3⟧;Trusted_Connection=False', '?user=app&password=⟦#Pl4nk-wood9⟧&ssl=true']);
  assertLeaves(["password: '#password-input'", 'passwordField = #password', 'Server=db;Password=#{DB_PASSWORD};']);
});

test("curl's and wget's data options take a form's fields: a secret-named field's value is a setting's", () => {
  assertFinds(['curl -d "password=⟦Sunflower42⟧" https://api.example.com/login', 'curl -G --data-urlencode "access_token=⟦Sunflower42x⟧" https://api.example.com', 'curl -F "password=⟦Sunflower42⟧" https://api.example.com', "wget --post-data 'user=app&password=⟦Sunflower42⟧' https://example.com/login"]);
  assertLeaves(['curl -d "password=$PASSWORD" https://api.example.com', 'curl -d @password.json https://api.example.com', "cut -d '=' -f2 password.txt", 'curl -d "token=<token>" https://api.example.com']);
});

test("a reference's default under a weak name is a secret when it looks random (Spring's `${api.key:…}`)", () => {
  assertFinds(['@Value("${api.key:⟦aB3dE6gH9jK2mN5pQ8sT⟧}")', 'url: ${auth.token:⟦3f2a9c1e8b7d4e6fa1b2⟧}']);
  assertLeaves(['@Value("${api.key:changeme}")', '@Value("${auth.mode:basic}")', '${server.port:8080}', '@Value("${api.key:default-api-key}")']);
});
