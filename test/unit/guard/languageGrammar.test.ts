// The eighteenth round's grammars (bench/guard/grammarCellsByLanguage.ts): each language's documented
// ways of binding a string to a name that the rules did not read, fixed by the grammar (README,
// guardlang); each with look-alikes of the same grammar that nothing may redact.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('a literal of other delimiters is the value: raw strings, long brackets, quoted strings, quote-like operators', () => {
  assertFinds([
    'let token = r#"⟦Xk29fLm3pQ8zR4tV⟧"#;',
    'let token = br##"⟦Xk29"fLm3pQ8zR4tV⟧"##;',
    'let token = #"⟦Xk29fLm3pQ8zR4tV⟧"#',
    'const char* password = R"(⟦Sunflower42⟧)";',
    'auto password = u8R"pw(⟦Sun)flower42⟧)pw";',
    'secret <- r"(⟦Sunflower42⟧)"',
    'password = raw"⟦Sunflower42⟧"',
    'local secret = [[⟦Sunflower42⟧]]',
    'local secret = [==[⟦Sunflower42⟧]==]',
    'let token = {|⟦Xk29fLm3pQ8zR4tV⟧|}',
    'my $secret = q{⟦Sunflower42⟧};',
    'secret = %q(⟦Sunflower42⟧)',
    'secret = ~s(⟦Sunflower42⟧)',
    "let secret = r#'⟦Sunflower42⟧'#",
    "secret = ''⟦Sunflower42⟧'';",
  ]);
  assertLeaves([
    'secret = %q(DB_PASSWORD)',
    'secret = ~s(<password>)',
    'let token = r#"${API_TOKEN}"#;',
    "def login(self, user = '', password = '', domain = ''):",
    'password = %(db_pass)s',
    'local secret = [[]]',
    'token = [x for x in tokens]',
  ]);
});

test("Lua's long brackets follow Lua's `=`; after `:` or `=>`, `[[` opens an array of arrays", () => {
  assertFinds(['local t = { password = [==[⟦Sunflower42⟧]==] }', 'if password == [[⟦Sunflower42⟧]] then']);
  assertLeaves([
    'Search.setIndex({"terms": {"password": [[2, "cfg_Servers_password"]], "pdf_pages": [[2, "cfg_Servers_pdf_pages"]]}})',
    '"$cfg[\'servers\'][$i][\'password\']": [[2, "cfg_Servers_password"], [17, "index-47"]],',
    "'password' => [[2, 'cfg_Servers_password']],",
  ]);
});

test('a string opened at its line end is the value on the line below: here-documents, text blocks, here-strings, continuations', () => {
  assertFinds([
    'token = <<~EOS\n  ⟦Xk29fLm3pQ8zR4tV⟧\nEOS',
    '$secret = <<<EOT\n⟦Sunflower42⟧\nEOT;',
    "$secret = <<<'EOT'\n⟦Sunflower42⟧\nEOT;",
    "my $token = <<'END';\n⟦Xk29fLm3pQ8zR4tV⟧\nEND",
    'password = <<EOT\n⟦Sunflower42⟧\nEOT',
    'String token = """\n    ⟦Xk29fLm3pQ8zR4tV⟧\n    """;',
    'let secret = """\n⟦Sunflower42⟧\n"""',
    'password = """\n⟦Sunflower42⟧"""',
    '$secret = @"\n⟦Sunflower42⟧\n"@',
    "let token = ''\n  ⟦Xk29fLm3pQ8zR4tV⟧\n  ''",
    'token: |||\n  ⟦Xk29fLm3pQ8zR4tV⟧\n|||,',
    'mail.smtp.password = \\\n    ⟦Sunflower42⟧',
  ]);
  assertLeaves([
    'token = <<~EOS\n  ${API_TOKEN}\nEOS',
    'password = """\n"""',
    "password = ''\nhost = 'db'",
    'cat <<EOF > .env\nhost=db\nEOF',
    'shifted_key = value << 2',
    'token = <<~EOS\nEOS',
  ]);
});

test("operators of R, Jsonnet and Scala's and Kotlin's pairs", () => {
  assertFinds([
    'token <<- "⟦Xk29fLm3pQ8zR4tV⟧"',
    "{ password:: '⟦Sunflower42⟧' }",
    "{ password::: '⟦Sunflower42⟧' }",
    'val creds = Map("user" -> "app", "password" -> "⟦Sunflower42⟧")',
    'val creds = mapOf("user" to "app", "password" to "⟦Sunflower42⟧")',
  ]);
  assertLeaves([
    'val creds = mapOf("password" to password)',
    'val creds = Map("password" -> cfg.password)',
    '$this->password = $password;',
    'let token = Token::new("abc");',
    'password->decrypt(key)',
    '{ password:: std.extVar("DB_PASSWORD") }',
  ]);
});

test('a type before the `=`: a reference or a slice (Rust, Zig), a blank before the colon (Dhall); a Rust constant stays rust-str-item\'s', () => {
  assertFinds([
    'let password: &str = "⟦Sunflower42⟧";',
    'let mut token: &str = "⟦Xk29fLm3pQ8zR4tV⟧";',
    'const api_key: []const u8 = "⟦Xk29fLm3pQ8zR4tV⟧";',
    'let password : Text = "⟦Sunflower42⟧"',
  ]);
  assertLeaves([
    'pub const BCRYPT_PRIVATE_KEY_BLOB: &str = "PRIVATEBLOB";',
    'static SECRET_KEY_LEN: &str = "Secret";',
    'let password: &str = &args[1];',
  ]);
});

test('config lines: typeset, override, a define glued to -D, Bazel\'s env flags, cmd.exe\'s and the shell\'s commented settings, INI\'s inline comment', () => {
  assertFinds([
    'typeset -x DB_PASSWORD=⟦Sunflower42⟧',
    'override PASSWORD = ⟦Sunflower42⟧',
    'cmake -DAPI_KEY=⟦1c9a5b7e-2f3d-4a8b-9c0d-1e2f3a4b5c6d⟧ ..',
    'build --action_env=API_TOKEN=⟦Sunflower42⟧',
    'build --define=api_key=⟦Sunflower42⟧',
    '# export API_TOKEN=⟦Sunflower42⟧',
    'REM set PASSWORD=⟦Sunflower42⟧',
    ':: set PASSWORD=⟦Sunflower42⟧',
    '[db]\npassword = ⟦Sunflower42⟧ ; rotate',
  ]);
  assertLeaves([
    '# set PASSWORD=yours before running',
    'REM set PASSWORD=%DB_PASSWORD%',
    'override fun password(): String = computePassword()',
    'build --action_env=API_TOKEN',
    'cmake -DAPI_KEY=${API_KEY} ..',
    'if (password == null) return ; // the user types it twice',
  ]);
});

test("bindings without an operator: Clojure's metadata and binding vectors, nginx's set, PowerShell's Set-Variable, Objective-C's #define", () => {
  assertFinds([
    '(def ^:private api-token "⟦Xk29fLm3pQ8zR4tV⟧")',
    '(let [password "⟦Sunflower42⟧"]\n  (connect password))',
    'set $api_key "⟦Xk29fLm3pQ8zR4tV⟧";',
    'Set-Variable -Name password -Value "⟦Sunflower42⟧"',
    '#define API_TOKEN @"⟦Xk29fLm3pQ8zR4tV⟧"',
  ]);
  assertLeaves([
    '(let [password (read-line)]',
    '(def ^:dynamic *token* nil)',
    'set $api_key $http_x_api_key;',
    'Set-Variable -Name password -Value $env:DB_PASSWORD',
    '#define API_TOKEN_HEADER @"X-Api-Token"',
  ]);
});

test('what the look-alike scan read in real code and prose: a continued line holding a call, `identified by` in prose', () => {
  assertLeaves([
    'resource_owner_secret = \\\n    self.request_validator.get_request_token_secret(\n        request.client_key, request.resource_owner_key, request)',
    ' * Changes user settings of the web app identified by its manifestId. If the app was not installed',
    'If the End-User identified by the ID Token is logged in or is logged in by the request',
  ]);
  assertFinds(['CREATE USER app IDENTIFIED BY ⟦Sunflower42⟧;', 'db.password = \\\n    ⟦Sunflower42⟧']);
});

test("C++'s direct- and list-initialised strings, and a code generator's quoted literal (Android's buildConfigField)", () => {
  assertFinds([
    'std::string_view token{"⟦Xk29fLm3pQ8zR4tV⟧"};',
    'static const std::string API_KEY("⟦Xk29fLm3pQ8zR4tV⟧");',
    'QString password("⟦Sunflower42⟧");',
    'buildConfigField("String", "API_KEY", "\\"⟦Xk29fLm3pQ8zR4tV⟧\\"")',
    'buildConfigField "String", "DB_PASSWORD", "\\"⟦Sunflower42⟧\\""',
  ]);
  assertLeaves([
    'std::string password(getenv("DB_PASSWORD"));',
    'std::string token{kDefaultToken};',
    'Token token{"abc"};',
    'std::string password("${DB_PASSWORD}");',
    'buildConfigField("String", "API_KEY", "\\"${apiKey}\\"")',
    'buildConfigField("String", "API_KEY", project.property("apiKey"))',
  ]);
});

test('a literal a bracketed form yields: a parenthesized literal, Kotlin\'s lazy property, Ruby\'s fetch block, CUE\'s default (guardleft)', () => {
  assertFinds([
    'password = (\n    "⟦Sunflower42⟧"\n)',
    'password = ("⟦Sunflower42⟧")',
    'const apiToken = (\r\n  \'⟦Xk29fLm3pQ8zR4tV⟧\'\r\n);',
    'private val clientSecret by lazy { "⟦Sunflower42⟧" }',
    'val apiToken by lazy {\n    "⟦Xk29fLm3pQ8zR4tV⟧"\n}',
    'token = ENV.fetch("API_TOKEN") { "⟦Sunflower42⟧" }',
    'token = ENV.fetch("API_TOKEN") { |name| "⟦Sunflower42⟧" }',
    'apiToken: string | *"⟦Sunflower42⟧"',
  ]);
  assertLeaves([
    'password = ("user", "pass")',
    'password = ("prefix" + suffix)',
    'password = (get_password())',
    'password = (\n    "part one"\n    "part two"\n)',
    'val password by lazy { loadPassword() }',
    'val password by lazy { "${env.PASSWORD}" }',
    'token = ENV.fetch("API_TOKEN") { raise "missing API_TOKEN" }',
    'token = ENV.fetch("API_TOKEN") { "" }',
    'token = ENV.fetch("API_TOKEN") { "a" + b }',
    'apiToken: string | *"<your-token>"',
    'apiToken: string',
  ]);
});
