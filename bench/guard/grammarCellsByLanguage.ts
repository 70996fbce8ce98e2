// Grammars of the eighteenth round (guardlang): for the most used languages (GitHub's Octoverse and
// Linguist's top languages) and the configuration formats a repository holds, every way each one's own
// reference documents to bind a string to a name: declarations with and without a type, constants and
// enums, map, dict, struct and object literals, keyword and named arguments, raw, verbatim, heredoc,
// triple-quoted, byte and multi-line strings, annotations and attributes that carry a default, and the
// language's comments before and after (a commented-out binding is still the secret). The reference is
// named above each language's rows; the grammars already in grammarCells.ts are not repeated. `§V§` as
// there. Group `language` is code, `config-format` configuration and build files, `sql` SQL dialects'
// statements that set a password.
import type { GrammarCell } from './grammarCells';

type Spec = readonly [id: string, template: string];

function group(name: string, specs: readonly Spec[]): GrammarCell[] {
  return specs.map(([id, template]) => ({ group: name, id, template }));
}

export const grammarCellsByLanguage: readonly GrammarCell[] = [
  ...group('language', [
    // Python: the Language Reference §7.2 (assignment, annotated assignment, assignment expressions),
    // §2.4.1 (string and bytes literals: r, b, f prefixes, triple quotes), §6.2.7 (dict displays), enum, dataclasses, argparse, os.
    ['python-plain', 'password = "§V§"'],
    ['python-raw', 'DB_PASSWORD = r"§V§"'],
    ['python-bytes', "SECRET_KEY = b'§V§'"],
    ['python-triple', 'password = """§V§"""'],
    ['python-triple-single', "api_token = '''§V§'''"],
    ['python-fstring-plain', 'token = f"§V§"'],
    ['python-dict-display', 'config = {"password": "§V§", "host": "db"}'],
    ['python-class-attribute', 'class Settings:\n    SECRET_KEY = "§V§"'],
    ['python-dataclass-default', '@dataclass\nclass Config:\n    api_token: str = "§V§"'],
    ['python-enum-member', 'class Creds(Enum):\n    PASSWORD = "§V§"'],
    ['python-walrus', 'if (token := "§V§"):'],
    ['python-tuple-unpack', 'user, password = "app", "§V§"'],
    ['python-chained', 'password = db_password = "§V§"'],
    ['python-comment-after', 'password = "§V§"  # production'],
    ['python-commented-out', '# password = "§V§"'],
    ['python-subscript', 'settings["password"] = "§V§"'],
    ['python-getenv-default', 'password = os.getenv("DB_PASSWORD", "§V§")'],
    ['python-environ-get-default', 'token = os.environ.get("API_TOKEN", "§V§")'],
    ['python-final', 'SECRET: Final = "§V§"'],
    ['python-secretstr', 'password: SecretStr = SecretStr("§V§")'],
    ['python-argparse-default', 'parser.add_argument("--password", default="§V§")'],
    ['python-parenthesized', 'password = (\n    "§V§"\n)'],
    ['python-docstring-after', 'API_KEY = "§V§"\n"""The key of the production account."""'],
    // JavaScript (ECMA-262 §14.3 declarations, §13.2.5 object initialisers, §13.15.5 destructuring,
    // §15.2 default parameters, template literals) and TypeScript (the Handbook: annotations, enums,
    // class members, readonly, `as const`).
    ['js-let', 'let password = "§V§";'],
    ['js-var', "var secret = '§V§';"],
    ['js-template', 'const token = `§V§`;'],
    ['js-quoted-key', "const headers = { 'api-key': '§V§' };"],
    ['js-json-key', 'const creds = { "password": "§V§" };'],
    ['js-destructuring-default', 'const { password = "§V§" } = options;'],
    ['js-default-parameter', 'function login(user, password = "§V§") {'],
    ['js-module-exports', "module.exports = { secret: '§V§' };"],
    ['js-this-member', 'this.password = "§V§";'],
    ['js-static-field', 'static SECRET = "§V§";'],
    ['js-comment-before', '// prod credentials\nconst apiToken = "§V§";'],
    ['js-comment-after', "const secret = '§V§'; // rotate monthly"],
    ['js-block-comment', '/* const password = "§V§"; */'],
    ['ts-typed-const', 'const apiToken: string = "§V§";'],
    ['ts-readonly-field', 'private readonly clientSecret = "§V§";'],
    ['ts-typed-field', "  password: string = '§V§';"],
    ['ts-enum', 'enum Secrets { ApiToken = "§V§" }'],
    ['ts-as-const', 'const creds = { password: "§V§" } as const;'],
    ['ts-optional-default', 'constructor(private token: string = "§V§") {}'],
    // Java (JLS §14.4 local variables and `var`, §8.3 fields, §3.10.6 text blocks), java.util.Map,
    // Properties; MicroProfile Config's @ConfigProperty(defaultValue).
    ['java-local', 'String password = "§V§";'],
    ['java-var', 'var secret = "§V§";'],
    ['java-text-block', 'String token = """\n    §V§\n    """;'],
    ['java-char-array', 'char[] password = "§V§".toCharArray();'],
    ['java-map-of', 'Map<String, String> creds = Map.of("user", "app", "password", "§V§");'],
    ['java-properties-put', 'props.put("password", "§V§");'],
    ['java-annotated-field', '@JsonProperty("password")\nprivate String password = "§V§";'],
    ['java-config-property', '@ConfigProperty(name = "api.token", defaultValue = "§V§")\nString apiToken;'],
    ['java-comment-after', 'private static final String SECRET = "§V§"; // TODO vault'],
    // Kotlin (kotlinlang.org: basic syntax, properties, `const val`, raw strings, `to` pairs, named arguments, delegates).
    ['kotlin-const-val', 'const val API_KEY = "§V§"'],
    ['kotlin-var-nullable', 'var token: String? = "§V§"'],
    ['kotlin-raw-string', 'val secret = """§V§"""'],
    ['kotlin-map-of', 'val creds = mapOf("user" to "app", "password" to "§V§")'],
    ['kotlin-named-argument', 'val c = Credentials(user = "app", password = "§V§")'],
    ['kotlin-lazy', 'private val clientSecret by lazy { "§V§" }'],
    ['kotlin-companion', 'companion object {\n    private const val SECRET = "§V§"\n}'],
    // Swift (The Swift Programming Language: constants and variables, type annotations, multiline and
    // extended-delimiter string literals, enumerations with raw values, dictionary literals).
    ['swift-typed-let', 'let password: String = "§V§"'],
    ['swift-static-let', 'static let apiKey = "§V§"'],
    ['swift-multiline', 'let secret = """\n§V§\n"""'],
    ['swift-raw-string', 'let token = #"§V§"#'],
    ['swift-enum-raw-value', 'enum Keys: String {\n    case apiKey = "§V§"\n}'],
    ['swift-dictionary', 'let params = ["password": "§V§"]'],
    ['swift-private-var', 'private var clientSecret = "§V§"'],
    // Objective-C (Apple's "Programming with Objective-C": NSString literals, constants, dictionary literals).
    ['objc-const', 'NSString *const kAPIKey = @"§V§";'],
    ['objc-static-const', 'static NSString * const password = @"§V§";'],
    ['objc-define', '#define API_TOKEN @"§V§"'],
    ['objc-dictionary', 'NSDictionary *params = @{@"password": @"§V§"};'],
    ['objc-property-set', 'self.password = @"§V§";'],
    // C and C++ (C17 §6.7.9 initialisation; C++ [dcl.init], raw string literals [lex.string], constexpr, string_view, wide and UTF-8 prefixes).
    ['cpp-std-string', 'std::string password = "§V§";'],
    ['cpp-constexpr-array', 'constexpr char kSecret[] = "§V§";'],
    ['cpp-constexpr-auto', 'constexpr auto kApiKey = "§V§";'],
    ['cpp-raw-string', 'const char* password = R"(§V§)";'],
    ['cpp-brace-init', 'std::string_view token{"§V§"};'],
    ['cpp-constructor-init', 'static const std::string API_KEY("§V§");'],
    ['c-wide', 'const wchar_t *password = L"§V§";'],
    ['c-define-string', '#define DB_PASSWORD "§V§"'],
    ['c-struct-designated', 'struct config cfg = { .user = "app", .password = "§V§" };'],
    ['c-comment-after', 'static const char *token = "§V§"; /* staging */'],
    // C# (the C# language reference: verbatim `@"…"` and raw `"""…"""` literals, fields, object and
    // collection initialisers, named arguments, `readonly`).
    ['csharp-local', 'string password = "§V§";'],
    ['csharp-verbatim', 'var secret = @"§V§";'],
    ['csharp-raw-literal', 'var token = """§V§""";'],
    ['csharp-readonly-field', 'private readonly string _password = "§V§";'],
    ['csharp-object-initializer', 'var creds = new Credentials { User = "app", Password = "§V§" };'],
    ['csharp-dictionary-index', 'var d = new Dictionary<string, string> { ["password"] = "§V§" };'],
    ['csharp-dictionary-pair', 'var d = new Dictionary<string, string> { { "password", "§V§" } };'],
    ['csharp-named-argument', 'client.Connect(user: "app", password: "§V§");'],
    // Go (The Go Programming Language Specification: constant and variable declarations, raw string
    // literals, composite literals of structs and maps), os.Setenv.
    ['go-const', 'const apiToken = "§V§"'],
    ['go-var', 'var password = "§V§"'],
    ['go-raw-string', 'password := `§V§`'],
    ['go-struct-literal', 'cfg := Config{User: "app", Password: "§V§"}'],
    ['go-map-literal', 'm := map[string]string{"password": "§V§"}'],
    ['go-const-block', 'const (\n\tAPIKey = "§V§"\n)'],
    ['go-setenv', 'os.Setenv("API_TOKEN", "§V§")'],
    ['go-struct-tag-default', 'Password string `env:"DB_PASSWORD" envDefault:"§V§"`'],
    // Rust (The Reference: let statements, constant and static items, raw and byte string literals, struct expressions), std::env.
    ['rust-let-typed', 'let password: &str = "§V§";'],
    ['rust-static', 'static SECRET: &str = "§V§";'],
    ['rust-raw-string', 'let token = r#"§V§"#;'],
    ['rust-byte-string', 'const KEY: &[u8] = b"§V§";'],
    ['rust-to-string', 'let secret = "§V§".to_string();'],
    ['rust-struct-expression', 'let cfg = Config { password: "§V§".into(), ..Default::default() };'],
    ['rust-set-var', 'env::set_var("API_TOKEN", "§V§");'],
    ['rust-clap-default', '#[arg(long, env = "DB_PASSWORD", default_value = "§V§")]\npassword: String,'],
    // Ruby (the Ruby documentation: assignment, instance/global variables, constants, hash literals
    // with symbol and string keys, %q strings, squiggly heredocs, keyword arguments, ENV.fetch).
    ['ruby-local', "password = '§V§'"],
    ['ruby-instance-variable', '@password = "§V§"'],
    ['ruby-global', '$api_key = "§V§"'],
    ['ruby-frozen-constant', 'API_TOKEN = "§V§".freeze'],
    ['ruby-hash-symbol', 'creds = { user: "app", password: "§V§" }'],
    ['ruby-hash-string', 'creds = { "password" => "§V§" }'],
    ['ruby-percent-q', 'secret = %q(§V§)'],
    ['ruby-heredoc', 'token = <<~EOS\n  §V§\nEOS'],
    ['ruby-keyword-argument', 'client = Client.new(api_key: "§V§")'],
    ['ruby-config-member', 'config.api_key = "§V§"'],
    ['ruby-env-fetch-default', 'password = ENV.fetch("DB_PASSWORD", "§V§")'],
    ['ruby-env-fetch-block', 'token = ENV.fetch("API_TOKEN") { "§V§" }'],
    // PHP (the PHP manual: constants, typed properties, heredoc and nowdoc, putenv, $_ENV, named arguments).
    ['php-const', "const API_KEY = '§V§';"],
    ['php-property', "private $password = '§V§';"],
    ['php-typed-property', 'private string $apiToken = "§V§";'],
    ['php-heredoc', '$secret = <<<EOT\n§V§\nEOT;'],
    ['php-nowdoc', "$secret = <<<'EOT'\n§V§\nEOT;"],
    ['php-putenv', 'putenv("DB_PASSWORD=§V§");'],
    ['php-env-superglobal', "$_ENV['API_TOKEN'] = '§V§';"],
    ['php-class-const', 'public const SECRET = "§V§";'],
    ['php-named-argument', "$client = new Client(apiKey: '§V§');"],
    // Perl (perldata, perlop's quote-like operators, constant, %ENV, here-documents).
    ['perl-our', "our $API_KEY = '§V§';"],
    ['perl-hash', "my %config = (password => '§V§');"],
    ['perl-hashref', 'my $cfg = { password => "§V§" };'],
    ['perl-constant', "use constant API_TOKEN => '§V§';"],
    ['perl-q', 'my $secret = q{§V§};'],
    ['perl-env', "$ENV{DB_PASSWORD} = '§V§';"],
    ['perl-heredoc', "my $token = <<'END';\n§V§\nEND"],
    // R (R Language Definition §3.1 assignment: =, <-, ->, <<-; raw strings r"(…)"; Sys.setenv, list).
    ['r-equals', 'password = "§V§"'],
    ['r-right-arrow', '"§V§" -> api_token'],
    ['r-superassign', 'token <<- "§V§"'],
    ['r-setenv', 'Sys.setenv(API_TOKEN = "§V§")'],
    ['r-list', 'creds <- list(user = "app", password = "§V§")'],
    ['r-raw-string', 'secret <- r"(§V§)"'],
    // Lua (Reference Manual §3.3.3 assignment, §3.4.9 table constructors, §3.1 long brackets).
    ['lua-global', 'password = "§V§"'],
    ['lua-long-bracket', 'local secret = [[§V§]]'],
    ['lua-table', 'local config = { user = "app", password = "§V§" }'],
    ['lua-table-subscript', 'config["api_key"] = "§V§"'],
    // Haskell (Haskell 2010 report: top-level bindings with signatures, let, record construction and update).
    ['haskell-binding', 'apiToken :: String\napiToken = "§V§"'],
    ['haskell-let', 'let password = "§V§"'],
    ['haskell-record', 'cfg = defaultConfig { password = "§V§" }'],
    // Elixir (the Elixir docs: module attributes, keyword lists, maps, sigils, heredocs).
    ['elixir-module-attribute', '@api_key "§V§"'],
    ['elixir-match', 'password = "§V§"'],
    ['elixir-keyword-list', 'opts = [username: "app", password: "§V§"]'],
    ['elixir-map', 'creds = %{"password" => "§V§"}'],
    ['elixir-sigil', 'secret = ~s(§V§)'],
    // Erlang (the Erlang Reference Manual: macros, match, tuples in proplists and sys.config).
    ['erlang-define', '-define(PASSWORD, "§V§").'],
    ['erlang-proplist', '{password, "§V§"},'],
    ['erlang-match', 'Password = "§V§",'],
    // Clojure (clojure.org: def with metadata, let bindings, maps with keywords).
    ['clojure-def-meta', '(def ^:private api-token "§V§")'],
    ['clojure-let', '(let [password "§V§"]'],
    ['clojure-map', '{:api-key "§V§"}'],
    // F# (language reference: let bindings, [<Literal>], triple-quoted and verbatim strings) and OCaml (quoted strings).
    ['fsharp-let', 'let password = "§V§"'],
    ['fsharp-literal', '[<Literal>]\nlet ApiKey = "§V§"'],
    ['fsharp-triple', 'let secret = """§V§"""'],
    ['ocaml-quoted-string', 'let token = {|§V§|}'],
    // Julia (the manual: const, raw strings, Dict pairs, ENV).
    ['julia-const', 'const API_KEY = "§V§"'],
    ['julia-raw', 'password = raw"§V§"'],
    ['julia-dict', 'creds = Dict("password" => "§V§")'],
    ['julia-env', 'ENV["API_TOKEN"] = "§V§"'],
    // Scala (the Scala 3 reference: val, lazy val, triple-quoted strings, Map with ->).
    ['scala-private-val', 'private val secret = "§V§"'],
    ['scala-triple', 'val token = """§V§"""'],
    ['scala-map', 'val creds = Map("user" -> "app", "password" -> "§V§")'],
    // Groovy (the Groovy docs: typed declarations, map literals) and Jenkins' declarative environment.
    ['groovy-typed', 'String token = "§V§"'],
    ['groovy-map', "def creds = [user: 'app', password: '§V§']"],
    ['jenkins-environment', "environment {\n    API_TOKEN = '§V§'\n}"],
    // Dart (the Dart language tour: const, static const, raw strings, maps, named arguments, triple quotes).
    ['dart-const-typed', 'const String password = "§V§";'],
    ['dart-static-const', "static const apiToken = '§V§';"],
    ['dart-raw', "final secret = r'§V§';"],
    ['dart-map', "final creds = {'password': '§V§'};"],
    ['dart-named-argument', "final client = Client(apiKey: '§V§');"],
    // Visual Basic .NET (Const, Shared ReadOnly) and VBA.
    ['vb-const', 'Const ApiKey As String = "§V§"'],
    ['vb-shared-readonly', 'Private Shared ReadOnly Token As String = "§V§"'],
    ['vba-assign', 'strPassword = "§V§"'],
    // MATLAB (char and string literals, struct fields, setenv).
    ['matlab-char', "password = '§V§';"],
    ['matlab-struct', "cfg.password = '§V§';"],
    ['matlab-setenv', "setenv('API_TOKEN', '§V§')"],
    // Fortran 2008 (named constants with PARAMETER), Zig (const with a slice type, multiline `\\`), Nim (let/const/var, triple quotes), Crystal, Solidity.
    ['fortran-parameter', "character(len=*), parameter :: password = '§V§'"],
    ['zig-const', 'const api_key: []const u8 = "§V§";'],
    ['zig-multiline', 'const secret =\n    \\\\§V§\n;'],
    ['nim-const', 'const apiKey = "§V§"'],
    ['nim-var-typed', 'var token: string = "§V§"'],
    ['crystal-constant', 'PASSWORD = "§V§"'],
    ['solidity-state', 'string private password = "§V§";'],
    // POSIX sh and bash (ANSI-C quoting $'…', typeset), zsh, fish (set), Nushell (let, mut, $env, raw strings), PowerShell
    // (typed variables, here-strings, Set-Variable, param defaults, scopes), cmd.exe's set and REM/:: comments.
    ['sh-plain', 'password=§V§'],
    ['sh-ansi-c', "export API_TOKEN=$'§V§'"],
    ['sh-typeset', 'typeset -x DB_PASSWORD=§V§'],
    ['sh-commented-out', '# export API_TOKEN=§V§'],
    ['fish-universal', "set -Ux DB_PASSWORD '§V§'"],
    ['fish-local', 'set -l password "§V§"'],
    ['nushell-let', 'let password = "§V§"'],
    ['nushell-env', '$env.API_TOKEN = "§V§"'],
    ['nushell-mut', "mut token = '§V§'"],
    ['nushell-raw', "let secret = r#'§V§'#"],
    ['powershell-typed', '[string]$password = "§V§"'],
    ['powershell-here-string', '$secret = @"\n§V§\n"@'],
    ['powershell-set-variable', 'Set-Variable -Name password -Value "§V§"'],
    ['powershell-param-default', 'param([string]$ApiKey = "§V§")'],
    ['powershell-scoped', '$global:token = "§V§"'],
    ['powershell-hashtable', '$creds = @{ User = "app"; Password = "§V§" }'],
    ['batch-set-upper', 'SET DB_PASSWORD=§V§'],
    ['batch-rem', 'REM set PASSWORD=§V§'],
  ]),
  ...group('config-format', [
    // YAML 1.2.2: flow mappings, quoted keys, tags, block scalars (literal and folded), explicit keys, comments.
    ['yaml-quoted-key', '"password": "§V§"'],
    ['yaml-flow-mapping', 'db: {user: app, password: §V§}'],
    ['yaml-tag', 'password: !!str §V§'],
    ['yaml-literal-block', 'private_token: |\n  §V§'],
    ['yaml-folded-block', 'secret: >-\n  §V§'],
    ['yaml-explicit-key', '? password\n: §V§'],
    ['yaml-comment-after', 'password: §V§ # production'],
    ['yaml-single-quoted', "api_key: '§V§'"],
    ['yaml-list-of-maps', 'users:\n  - name: app\n    password: §V§'],
    // TOML 1.0: multi-line basic and literal strings, quoted keys, arrays of tables, comments.
    ['toml-multiline-basic', 'password = """\n§V§"""'],
    ['toml-multiline-literal', "secret = '''§V§'''"],
    ['toml-quoted-key', '"api-key" = "§V§"'],
    ['toml-array-of-tables', '[[servers]]\nname = "a"\npassword = "§V§"'],
    ['toml-comment-after', 'token = "§V§" # ci'],
    // INI (Python's configparser: `:` or `=`, inline comments with `;`; Windows profiles), git-config(1).
    ['ini-inline-comment', '[db]\npassword = §V§ ; rotate'],
    ['ini-spaced-colon', '[api]\ntoken : §V§'],
    ['gitconfig-extraheader', '[http "https://github.com/"]\n\textraHeader = Authorization: Bearer §V§'],
    // java.util.Properties: `key:value`, blanks around `=`, a continuation line.
    ['properties-colon', 'db.password:§V§'],
    ['properties-spaced', 'db.password = §V§'],
    ['properties-continued', 'mail.smtp.password = \\\n    §V§'],
    // XML (a name element and its text, attributes, CDATA; .NET's appSettings; Maven's <properties>), comments.
    ['xml-element', '<password>§V§</password>'],
    ['xml-attribute', '<datasource user="app" password="§V§"/>'],
    ['xml-cdata', '<secret><![CDATA[§V§]]></secret>'],
    ['xml-appsettings', '<appSettings>\n  <add key="ApiKey" value="§V§" />\n</appSettings>'],
    ['xml-maven-property', '<properties>\n  <db.password>§V§</db.password>\n</properties>'],
    ['xml-commented-out', '<!-- <password>§V§</password> -->'],
    // JSON5 (unquoted keys, single quotes, trailing commas, comments) and JSON with comments.
    ['json5-unquoted', "{ password: '§V§', }"],
    ['json5-comment-before', '{\n  // staging\n  apiToken: "§V§",\n}'],
    ['json-array-value', '{"tokens": ["§V§"]}'],
    // HCL (the HCL native syntax spec: attributes, heredocs, locals) and Nomad's env block.
    ['hcl-locals', 'locals {\n  api_token = "§V§"\n}'],
    ['hcl-heredoc', 'password = <<EOT\n§V§\nEOT'],
    ['hcl-nomad-env', 'env {\n  DB_PASSWORD = "§V§"\n}'],
    // Nix (the Nix language: let-in, attribute sets, indented strings).
    ['nix-let', 'let password = "§V§"; in'],
    ['nix-indented-string', "secret = ''§V§'';"],
    ['nix-env-var', 'environment.variables.API_TOKEN = "§V§";'],
    ['nix-attrset', '{ user = "app"; password = "§V§"; }'],
    // Dhall (the Dhall language tour: let with and without a type, records, multi-line strings).
    ['dhall-let-typed', 'let password : Text = "§V§"'],
    ['dhall-record', '{ user = "app", password = "§V§" }'],
    ['dhall-multiline', "let token = ''\n  §V§\n  ''"],
    // CUE (cuelang.org: fields, defaults, multi-line strings, definitions).
    ['cue-field', 'password: "§V§"'],
    ['cue-default', 'apiToken: string | *"§V§"'],
    ['cue-multiline', 'secret: """\n\t§V§\n\t"""'],
    // Jsonnet (the Jsonnet reference: locals, fields, hidden fields, text blocks).
    ['jsonnet-local', "local password = '§V§';"],
    ['jsonnet-hidden-field', "{ password:: '§V§' }"],
    ['jsonnet-text-block', 'token: |||\n  §V§\n|||,'],
    // Starlark/Bazel (Bazel's BUILD and .bazelrc docs: attributes, env dicts, --action_env, --define).
    ['starlark-env-dict', 'env = {"API_TOKEN": "§V§"},'],
    ['bazelrc-action-env', 'build --action_env=API_TOKEN=§V§'],
    ['bazelrc-define', 'build --define=api_key=§V§'],
    // CMake (set with CACHE, set(ENV{…}), -D on the command line, compile definitions).
    ['cmake-cache', 'set(DB_PASSWORD "§V§" CACHE STRING "")'],
    ['cmake-env', 'set(ENV{API_TOKEN} "§V§")'],
    ['cmake-command-line', 'cmake -DAPI_KEY=§V§ ..'],
    ['cmake-compile-definitions', 'target_compile_definitions(app PRIVATE API_TOKEN="§V§")'],
    // Gradle (Groovy DSL and Kotlin DSL: assignment, method call without parentheses, extra properties;
    // Android's buildConfigField, resValue, manifestPlaceholders).
    ['gradle-call-no-parens', "credentials {\n    username 'app'\n    password '§V§'\n}"],
    ['gradle-kts-assign', 'credentials {\n    username = "app"\n    password = "§V§"\n}'],
    ['gradle-ext', "ext.apiKey = '§V§'"],
    ['gradle-kts-extra', 'extra["signing.password"] = "§V§"'],
    ['android-build-config-field', 'buildConfigField("String", "API_KEY", "\\"§V§\\"")'],
    ['android-res-value', 'resValue("string", "api_key", "§V§")'],
    ['android-manifest-placeholder', 'manifestPlaceholders["apiKey"] = "§V§"'],
    // The Android Gradle plugin DSL's `VariantDimension.buildConfigField(type, name, value)` and `resValue(type, name,
    // value)` (developer.android.com/reference/tools/gradle-api, com.android.build.api.dsl.VariantDimension): the second
    // argument names the generated field or resource, the third is its value (for buildConfigField a Java literal, so a
    // String's value is written with escaped inner quotes). Groovy calls without parentheses and with single-quoted
    // strings, Kotlin with them or with the parameters' names; in defaultConfig, a build type or a product flavor.
    ['android-build-config-field-groovy', 'defaultConfig {\n    buildConfigField "String", "MAPS_API_KEY", "\\"§V§\\""\n}'],
    ['android-build-config-field-groovy-single', "buildTypes {\n    release {\n        buildConfigField 'String', 'CLIENT_SECRET', '\"§V§\"'\n    }\n}"],
    ['android-build-config-field-kts', 'buildTypes {\n    getByName("release") {\n        buildConfigField("String", "DB_PASSWORD", "\\"§V§\\"")\n    }\n}'],
    ['android-build-config-field-kts-named', 'buildConfigField(type = "String", name = "AUTH_TOKEN", value = "\\"§V§\\"")'],
    ['android-res-value-groovy', 'productFlavors {\n    free {\n        resValue "string", "google_maps_key", "§V§"\n    }\n}'],
    ['android-res-value-groovy-single', "resValue 'string', 'api_secret', '§V§'"],
    ['android-res-value-kts', 'defaultConfig {\n    resValue("string", "stripe_api_key", "§V§")\n}'],
    // GNU make (recursive `=`, `::=`, export, override, target-specific variables).
    ['make-recursive', 'API_TOKEN = §V§'],
    ['make-posix', 'DB_PASSWORD ::= §V§'],
    ['make-export', 'export API_TOKEN = §V§'],
    ['make-override', 'override PASSWORD = §V§'],
    ['make-target-specific', 'deploy: PASSWORD = §V§'],
    // Dockerfile (ENV's blank form, several pairs, quoted ARG defaults).
    ['dockerfile-env-blank', 'ENV API_KEY §V§'],
    ['dockerfile-env-pairs', 'ENV DB_HOST=db DB_PASSWORD="§V§"'],
    ['dockerfile-arg-quoted', 'ARG DB_PASSWORD="§V§"'],
    // systemd (systemd.exec(5): Environment with several assignments, SetCredential=).
    ['systemd-environment-pairs', '[Service]\nEnvironment="DB_HOST=db" "DB_PASSWORD=§V§"'],
    ['systemd-set-credential', '[Service]\nSetCredential=db-password:§V§'],
    // nginx (ngx_http_rewrite_module's set, the core env directive) and Apache (mod_authnz_ldap, mod_headers).
    ['nginx-set', 'set $api_key "§V§";'],
    ['nginx-env', 'env API_TOKEN=§V§;'],
    ['apache-ldap-bind', 'AuthLDAPBindPassword §V§'],
    ['apache-request-header', 'RequestHeader set Authorization "Bearer §V§"'],
  ]),
  // Declarations the twenty-sixth round named as left (guardrecall13's section): each language's typed, constant and
  // macro declarations, raw and template strings, and collection initializers that pair a name with its value, from
  // the language's own reference (named above each row group). Group `declaration`: the same scoring as `language`.
  ...group('declaration', [
    // The Rust Reference §6.10 (constant items: `const NAME: Type = expr;`), §6.11 (static items), §2.6 (raw string
    // literals); std's `String::from` and `HashMap::from([(k, v), …])`.
    ['rust-const-str', 'const API_KEY: &str = "§V§";'],
    ['rust-pub-const-static', "pub const DB_PASSWORD: &'static str = \"§V§\";"],
    ['rust-static-mut', 'static mut TOKEN: &str = "§V§";'],
    ['rust-const-raw', 'const SECRET: &str = r"§V§";'],
    ['rust-string-from', 'let password = String::from("§V§");'],
    ['rust-hashmap-from', 'let creds = HashMap::from([("user", "app"), ("password", "§V§")]);'],
    // C11 §6.10.3 (macro replacement: `# define identifier replacement-list`, blanks allowed around `#`), §6.7.9
    // (initialization of a char array); C++ [dcl.constexpr], [map.cons] (an initializer list of pairs), [map.access].
    ['c-define-api-key', '#define API_KEY "§V§"'],
    ['c-define-spaced', '#  define SECRET_TOKEN "§V§"'],
    ['c-define-comment-after', '#define PASSWORD "§V§" /* test server */'],
    ['cpp-define-wide', '#define PASSWORD L"§V§"'],
    ['c-char-array', 'static const char password[] = "§V§";'],
    ['cpp-inline-constexpr', 'inline constexpr std::string_view kApiToken = "§V§";'],
    ['cpp-map-initializer', 'std::map<std::string, std::string> creds{{"user", "app"}, {"password", "§V§"}};'],
    ['cpp-map-subscript', 'creds["password"] = "§V§";'],
    // The Go Programming Language Specification: raw string literals (back-quoted, uninterpreted), constant and
    // variable declarations with a type, composite literals.
    ['go-const-raw', 'const apiKey = `§V§`'],
    ['go-var-typed-raw', 'var password string = `§V§`'],
    ['go-var-typed', 'var apiToken string = "§V§"'],
    ['go-map-raw', 'm := map[string]string{"token": `§V§`}'],
    ['go-struct-raw', 'cfg := Config{Password: `§V§`}'],
    // ECMA-262 §13.2.8 (template literals: a NoSubstitutionTemplate is a string), §24.1.1.1 (the Map constructor's
    // iterable of [key, value] entries); the TypeScript Handbook's classes (readonly, static, type annotations).
    ['js-template-let', 'let password = `§V§`;'],
    ['ts-template-typed', 'const apiKey: string = `§V§`;'],
    ['js-object-template', 'const creds = { password: `§V§` };'],
    ['ts-private-readonly-typed', 'private readonly password: string = "§V§";'],
    ['ts-public-static-readonly', 'public static readonly API_KEY: string = "§V§";'],
    ['ts-export-const-typed', "export const API_TOKEN: string = '§V§';"],
    ['js-map-constructor', 'const m = new Map([["user", "app"], ["password", "§V§"]]);'],
    // JLS §8.3.1 (field modifiers), §14.4 (local variables, `final`); JEP 269 (`Map.of`, `Map.ofEntries`, `Map.entry`).
    ['java-final-local', 'final String password = "§V§";'],
    ['java-public-static-final', 'public static final String API_KEY = "§V§";'],
    ['java-map-of-first', 'var creds = Map.of("password", "§V§");'],
    ['java-map-entry', 'var e = Map.entry("apiKey", "§V§");'],
    ['java-map-of-entries', 'Map<String, String> m = Map.ofEntries(Map.entry("user", "app"), Map.entry("password", "§V§"));'],
    // Kotlin (kotlinlang.org: properties with a type, `const val`, `hashMapOf` with `to` pairs).
    ['kotlin-private-val-typed', 'private val password: String = "§V§"'],
    ['kotlin-const-val-password', 'const val PASSWORD = "§V§"'],
    ['kotlin-hash-map-of', 'val params = hashMapOf("password" to "§V§")'],
    // C# language reference: `const`, `static readonly`, auto-property initializers, anonymous types, object and
    // collection initializers (a `{ key, value }` element calls `Add(key, value)`), the indexer.
    ['csharp-const', 'private const string ApiKey = "§V§";'],
    ['csharp-static-readonly', 'public static readonly string Token = "§V§";'],
    ['csharp-property-initializer', 'public string Password { get; set; } = "§V§";'],
    ['csharp-anonymous-type', 'var creds = new { User = "app", Password = "§V§" };'],
    ['csharp-dictionary-pairs', 'var d = new Dictionary<string, string> { { "user", "app" }, { "password", "§V§" } };'],
    ['csharp-dictionary-add', 'd.Add("password", "§V§");'],
    ['csharp-indexer-assign', 'd["password"] = "§V§";'],
    // The Swift Programming Language (constants and variables with type annotations, access control).
    ['swift-private-let-typed', 'private let apiKey: String = "§V§"'],
    ['swift-var-typed', 'var password: String = "§V§"'],
    ['swift-static-let-typed', 'static let token: String = "§V§"'],
    // Python: the Library Reference's `dict(**kwargs)` and `dict(iterable)` of pairs; PEP 526 annotations, PEP 591 Final.
    ['python-dict-call', 'config = dict(user="app", password="§V§")'],
    ['python-dict-pairs', 'config = dict([("user", "app"), ("password", "§V§")])'],
    ['python-annotated', 'password: str = "§V§"'],
    ['python-final-typed', 'API_KEY: Final[str] = "§V§"'],
    // Scala 3 reference (`val` with a type, `final val`), Dart's tour (`final` with a type).
    ['scala-val-typed', 'val password: String = "§V§"'],
    ['scala-final-val', 'final val ApiKey = "§V§"'],
    ['dart-final-typed', "final String apiKey = '§V§';"],
  ]),
  // SQL dialects' statements that set a password: Oracle (CREATE/ALTER USER … IDENTIFIED BY, database
  // links), MySQL (IDENTIFIED BY, IDENTIFIED WITH … BY, SET PASSWORD, CHANGE REPLICATION SOURCE),
  // PostgreSQL (CREATE/ALTER ROLE … PASSWORD, USER MAPPING options), SQL Server (CREATE/ALTER LOGIN …
  // WITH PASSWORD, database scoped credentials, master keys), Snowflake, Redshift, ClickHouse, Db2.
  ...group('sql', [
    ['oracle-create-user', 'CREATE USER app IDENTIFIED BY "§V§";'],
    ['oracle-alter-user-bare', 'ALTER USER app IDENTIFIED BY §V§;'],
    ['oracle-database-link', "CREATE DATABASE LINK remote CONNECT TO app IDENTIFIED BY §V§ USING 'db';"],
    ['mysql-create-user', "CREATE USER 'app'@'%' IDENTIFIED BY '§V§';"],
    ['mysql-identified-with', "CREATE USER 'app'@'localhost' IDENTIFIED WITH mysql_native_password BY '§V§';"],
    ['mysql-grant-identified', "GRANT ALL ON shop.* TO 'app'@'%' IDENTIFIED BY '§V§';"],
    ['mysql-set-password', "SET PASSWORD FOR 'app'@'%' = '§V§';"],
    ['mysql-replication-source', "CHANGE REPLICATION SOURCE TO SOURCE_HOST='db1', SOURCE_USER='repl', SOURCE_PASSWORD='§V§';"],
    ['postgres-create-role', "CREATE ROLE app WITH LOGIN PASSWORD '§V§';"],
    ['postgres-alter-user', "ALTER USER app WITH PASSWORD '§V§';"],
    ['postgres-user-mapping', "CREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'app', password '§V§');"],
    ['sqlserver-create-login', "CREATE LOGIN app WITH PASSWORD = '§V§';"],
    ['sqlserver-alter-login', "ALTER LOGIN sa WITH PASSWORD = N'§V§';"],
    ['sqlserver-scoped-credential', "CREATE DATABASE SCOPED CREDENTIAL blob WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = '§V§';"],
    ['sqlserver-master-key', "CREATE MASTER KEY ENCRYPTION BY PASSWORD = '§V§';"],
    ['snowflake-create-user', "CREATE USER app PASSWORD = '§V§' DEFAULT_ROLE = analyst;"],
    ['redshift-create-user', "CREATE USER app PASSWORD '§V§';"],
    ['clickhouse-create-user', "CREATE USER app IDENTIFIED WITH sha256_password BY '§V§';"],
    ['db2-connect', 'CONNECT TO shop USER app USING §V§;'],
    ['sql-comment-after', "ALTER USER app IDENTIFIED BY '§V§'; -- rotated"],
  ]),
];
