// Grammars whose way of giving a value the assignment rule did not read, each from its manual:
// C's `#define NAME "…"`, Windows' `setx NAME value`, a JavaScript template literal or Go raw
// string holding `$`, XML text holding `>`, wrapped in CDATA, under an element with attributes
// or a namespace's prefix, a YAML anchor before the value, C's L/u8 string prefixes, a setting
// quoted whole after `set` or a YAML dash, .NET's `Section:Key` paths, a literal in a conversion
// call (`String::from("…")`). Examples written for this
// test, each with look-alikes of the same grammar.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("C's #define gives a macro its string literal; a bare token there is code, a word or a message a constant", () => {
  assertFinds(['#define DB_PASSWORD "⟦Pl4nk-wood9⟧"', '#  define API_KEY\t"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"']);
  assertLeaves(['#define PASSWORD_PROMPT "Password: "', '#define MAX_PASSWORD_LEN 128', '#define TOKEN_EOF 0', '#define SECRET_KEY_SIZE 32', '#define PASSWORD_ENV "DB_PASSWORD"', '#define API_KEY api_key_from_env()', '#define PK11_PW_RETRY "RETRY"', '#define OSSL_PKEY_PARAM_PRIV_KEY "priv"', '#define PQnoPasswordSupplied "fe_sendauth: no password supplied\\n"']);
});

test('words written as hex escapes are a label; escaped bytes that read as no words stay a secret', () => {
  assertLeaves(['#define TLS_MD_MASTER_SECRET_CONST "\\x6d\\x61\\x73\\x74\\x65\\x72\\x20\\x73\\x65\\x63\\x72\\x65\\x74"']);
  assertFinds(['password = "⟦\\x8f\\x1a\\x33\\xc4\\x99\\xd2\\x07\\xee⟧"']);
});

test('a prompt\'s label is not a password, in C or anywhere', () => {
  assertLeaves(['PASSWORD_PROMPT = "Password: "', 'prompt_password = "Password:"', 'labels = {token: "API token:"}', 'const pw = "Enter password:"']);
  assertFinds(['password = "⟦hunter2:x⟧"']);
});

test("setx and launchctl setenv take the value after a blank", () => {
  assertFinds(['setx DB_PASSWORD "⟦Pl4nk-wood9⟧"', 'setx API_KEY ⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧ /m', 'launchctl setenv GITHUB_TOKEN ⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧']);
  assertLeaves(['setx API_KEY %MY_KEY%', 'setx PATH "%PATH%;C:\\bin"']);
});

test('a backtick literal holding $ is a literal; a slot beside a random run still leaves the run', () => {
  assertFinds(['const password = `⟦Pl4nk$wood9x⟧`;', 'password := `⟦Pl4nk$wood9⟧`', 'const apiKey = `${base}⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe⟧`;']);
  assertLeaves(['const password = `${prefix}Pl4nk`;', 'const token = `Bearer ${token}`;', 'const key = `${a}:${b}`;', 'PASSWORD=`echo $X`', 'TOKEN=`$CMD`']);
});

test('XML text: CDATA, a > inside, attributes on the element, a namespace prefix', () => {
  assertFinds([
    '<password><![CDATA[⟦Pl4nk<wood]9⟧]]></password>',
    '<password>⟦Pl4nk>wood9⟧</password>',
    '<entry key="password"><![CDATA[⟦Pl4nk-wood9⟧]]></entry>',
    '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">⟦Pl4nk-wood9⟧</wsse:Password>',
    '<ns:password>⟦Pl4nk-wood9⟧</ns:password>',
  ]);
  // A CDATA that never ends leaves the elements after it to be read; one as long as the pattern allows still ends.
  assertFinds([
    '<password><![CDATA[x\n<password><![CDATA[⟦Pl4nk<wood]9⟧]]></password>',
    '<password><![CDATA[x <password>⟦Pl4nk-wood9⟧</password>',
    `<password  type="text"><![CDATA[⟦${'Pl4nk<wood]9'.repeat(33)}⟧]]></password>`,
  ]);
  assertLeaves(['<password></password>', '<password>${DB_PASSWORD}</password>', '<password><![CDATA[${DB_PASSWORD}]]></password>', '<token>{{ token }}</token>', 'List<Token> tokens = new ArrayList<>();']);
});

test('a YAML anchor names the value after it; an anchor or alias alone is a name', () => {
  assertFinds(['password: &pw ⟦Pl4nk-wood9⟧', 'password: &pw "⟦Pl4nk-wood9⟧"', 'db_password: &db !!str ⟦Pl4nk-wood9⟧']);
  assertLeaves(['password: *pw', 'credentials: &default_creds\n  user: app', 'password: &pw', 'password: &pw # set below\n  value: x']);
});

test("a block scalar's properties (an anchor, a tag, either order) stand before its indicator: the value is below", () => {
  assertFinds(['db:\n  password: &pw |\n    ⟦Pl4nk-wood9⟧\n  replica: *pw', 'secret_key: !!str >-\n  ⟦Wz7qL2mX9pR4tV8k⟧', 'password: !!str &pw |\n  ⟦Pl4nk-wood9⟧', 'password: &pw !!str |-\n  ⟦Pl4nk-wood9⟧']);
  assertLeaves(['password: &pw |\nnext: 1', 'description: &d |\n  Set the password in the vault first.\n', 'credentials: &defaults |\n  ${{ secrets.TOKEN }}\n', 'token: &t\n  kind: bearer']);
});

test('triple-quoted strings (TOML, Python) on one line', () => {
  assertFinds(['password = """⟦Pl4nk-wood9⟧"""', "api_secret = '''⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧'''", 'password = """⟦Pl4nk"wood9⟧"""']);
  assertLeaves(['password = """', 'password = """\n    the password is read from the vault\n"""', 'password = """"""']);
});

test("Perl's hash subscript stands between the key and its value", () => {
  assertFinds(["$ENV{API_KEY} = '⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧';", "$cfg{'password'} = '⟦Pl4nk-wood9⟧';"]);
  assertLeaves(['fn check(password: &str) -> bool {', 'const url = `${token}`;', "my $pw = $ENV{DB_PASSWORD};", 'print "${password}: ok"']);
});

test('abbreviations of password: pswd, psw, passw, pword', () => {
  assertFinds(['pswd = "⟦Pl4nk-wood9⟧"', 'psw: ⟦Pl4nk-wood9⟧', 'PWORD=⟦Pl4nk-wood9⟧', 'passw = "⟦Pl4nk-wood9⟧"']);
  assertLeaves(['psw = cpu.psw | FLAG_Z', 'pswd = input("Password: ")', 'bypassw = "x"']);
});

test("C and C++'s encoding prefixes (L, u8, u, U) open a string literal as Python's and C#'s do", () => {
  assertFinds(['const wchar_t* password = L"⟦Pl4nk-wood9x⟧";', 'const char* api_key = u8"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧";', 'auto token = U"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧";']);
  assertLeaves(['password = L"Password: "', 'const wchar_t* key = L"HKEY_LOCAL_MACHINE";', 'L = "abc"', 'const wchar_t* token = L"%s";']);
});

test("a setting quoted whole after batch's set, the shell's export or a YAML list's dash", () => {
  assertFinds(['set "DB_PASSWORD=⟦Pl4nk-wood9⟧"', 'export "DB_PASSWORD=⟦Pl4nk-wood9⟧"', '  - "DB_PASSWORD=⟦Pl4nk-wood9⟧"', "  - 'DB_PASSWORD=⟦Pl4nk-wood9⟧'"]);
  assertLeaves(['set "DB_PASSWORD=%DB_PASSWORD%"', '  - "DB_PASSWORD=${DB_PASSWORD}"', '  - "DB_PASSWORD"', 'set "PASSWORD_FILE=C:\\secrets\\pw.txt"']);
});

test(".NET configuration's Section:Key paths, in a file, quoted whole or as a command line's switch", () => {
  assertFinds(['ConnectionStrings:Db:Password=⟦Pl4nk-wood9⟧', '"ConnectionStrings:Db:Password=⟦Pl4nk-wood9⟧"', 'dotnet run --ConnectionStrings:Db:Password=⟦Pl4nk-wood9⟧', 'dotnet run /Db:Password=⟦Pl4nk-wood9⟧', 'setx "Db:Password=⟦Pl4nk-wood9⟧"']);
  assertLeaves(['dotnet run --Db:Password=$DB_PASSWORD', 'ConnectionStrings:Db:Password=', '"Logging:LogLevel:Default=Warning"', 'std::password=getPassword();', 'a::b:password=value_of_thing;', 'x = "Db:Password=" + pw;', 'see http://host/a:password=reset_link_sent']);
});

test('a literal wrapped in a call that only converts it (String::from, new String, str, SecretStr, Buffer.from)', () => {
  assertFinds(['let password = String::from("⟦Pl4nk-wood9⟧");', 'String password = new String("⟦Pl4nk-wood9⟧");', 'password = str("⟦Pl4nk-wood9⟧")', 'api_key = SecretStr("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧")', 'const secret = Buffer.from("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧", "utf8");', 'std::string password = std::string("⟦Pl4nk-wood9⟧");']);
  assertLeaves(['password = str(len(x))', 'password = derive("Pl4nk-wood9")', 'let password = String::from("Password: ");', 'password = SecretStr("${DB_PASSWORD}")', 'token = os.getenv("API_TOKEN")', 'password = new String(chars);', 'secret = Buffer.from(secretB64, "base64");']);
});

test("a setting commented out keeps the shell's and dotenv's NAME=value; with blanks around = a comment is prose", () => {
  assertFinds(['# DB_PASSWORD=⟦Pl4nk-wood9⟧', '#REACT_APP_AUTH_PASS=⟦whiteduke7⟧', '  ## API_KEY=⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧']);
  assertLeaves(['# password = the one you chose at install', '# set PASSWORD=yours before running', '#PASSWORD=', '# TOKEN=${TOKEN}', '# password: see the vault']);
});
