// The fifteenth round's grammar rules' own examples (bench/guard/grammarMatrix.ts found each
// grammar leaking): each format's or tool's documented way of writing a secret, and look-alikes
// of the same grammar (references, the slot's word, code) that nothing may redact.
import type { RuleExamples } from './ruleExamples';

export const grammarRecallExamples: Readonly<Record<string, RuleExamples>> = {
  'next-line-value': {
    secrets: [
      // Shell continuations (POSIX 2.2.1): a flag's value on the next line, bare or quoted; `--flag=\` with no indent.
      'mysql -u root --password \\\n  ⟦Sunflower42⟧ shop',
      'mycli login --api-key \\\n    "⟦Xk29fLm3pQ8zR4tV⟧" \\\n    --region eu',
      'gh auth login --with-token \\\r\n  ⟦Xk29fLm3pQ8zR4tV⟧',
      'mycli login --token=\\\n⟦Xk29fLm3pQ8zR4tV⟧',
      // Dockerfile's `ENV <key> <value>` continued.
      'FROM alpine\nENV DB_PASSWORD \\\n    ⟦Sunflower42⟧',
      // A here-document's one line read into a variable (Bash 3.6.6).
      "API_TOKEN=$(cat <<'EOF'\n⟦Xk29fLm3pQ8zR4tV⟧\nEOF\n)",
      "read -r -d '' DB_PASSWORD <<-EOF\n⟦Sunflower42⟧\n\tEOF",
      // (Found by its command, `cat <<` or `read `, glued or after a run of blanks.)
      "API_TOKEN=$(cat<<EOF\n⟦Xk29fLm3pQ8zR4tV⟧\nEOF\n)",
      "read  DB_PASSWORD <<'EOF'\n⟦Sunflower42⟧\nEOF",
      // String concatenation broken after `+` (JLS 15.18.1; ECMA-262): every piece.
      'private static final String API_KEY = "⟦Xk29fLm3pQ8z⟧" +\n        "⟦R4tVw7Yb2Nc6⟧";',
      'const clientSecret =\n  "⟦Xk29fLm3pQ8z⟧" +\n  "⟦R4tVw7Yb2Nc6⟧" +\r\n  "⟦Qx7Pw2Lk⟧";',
      // GNU make's `define` (6.8); C's macro continued (C11 5.1.1.2); PowerShell's backtick (about_Parsing).
      'define DB_PASSWORD =\n⟦Sunflower42⟧\nendef',
      '#define API_KEY \\\n    "⟦Xk29fLm3pQ8zR4tV⟧"',
      'New-Thing -Name x `\n  -Password `\n  "⟦Sunflower42⟧"',
      // YAML 1.2 7.3.1: a double-quoted scalar opened at its key's line's end, or broken by an escaped line break.
      'db:\n  password: "\n    ⟦Sunflower42⟧"\n  port: 5432',
      '- api_key: "⟦Xk29fLm3pQ8z⟧\\\r\n    ⟦R4tVw7Yb2Nc6⟧"',
      // Python's parenthesised concatenation (reference 2.4.3): every piece.
      'API_KEY = (\n    "⟦Xk29fLm3pQ8z⟧"  # first half\n    "⟦R4tVw7Yb2Nc6⟧"\n)',
      "self.client_secret = (\n    '⟦Xk29fLm3pQ8z⟧'\n    '⟦R4tVw7Yb2Nc6⟧'\n)",
    ],
    clean: [
      // Neutral flags and names, references, placeholders, another flag, a flag whose value is a file or stdin.
      'mycli deploy --description \\\n  Zq8Lm3Xv9Tb2Rk7Wp4Ns',
      'mycli login --password \\\n  "$DB_PASSWORD"',
      'mycli login --password \\\n  --user admin',
      'docker login --password-stdin \\\n  registry.example.com',
      'mycli login --token-file \\\n  /run/secrets/token',
      'mycli login --password \\\n  xxxxxxxxxxxx',
      'mycli login --password=\\\n  Sunflower42',
      'ENV DESCRIPTION \\\n    Zq8Lm3Xv9Tb2Rk7Wp4Ns',
      'RUN make \\\n    password',
      "SCRIPT=$(cat <<'EOF'\nZq8Lm3Xv9Tb2Rk7Wp4Ns\nEOF\n)",
      'define DESCRIPTION\nZq8Lm3Xv9Tb2Rk7Wp4Ns\nendef',
      'define DB_PASSWORD\n$(shell cat /run/secrets/db)\nendef',
      '#define API_KEY \\\n    API_KEY_FROM_BUILD',
      'New-Thing -Description `\n  "Zq8Lm3Xv9Tb2Rk7Wp4Ns"',
      'String message = "Zq8Lm3Xv9Tb2" +\n    "Rk7Wp4NsQx7P";',
      'const token =\n  "Bearer " +\n  accessToken;',
      'const apiKey =\n  "your_api_key" +\n  "_here";',
      "API_TOKEN=$(cat <<'EOF'\n${VAULT_TOKEN}\nEOF\n)",
      "API_TOKEN=$(cat <<'EOF'\nline one\nline two\nEOF\n)",
      'x = 1 << 4\nprint(x)',
      // A double-quoted scalar over lines under a neutral key, holding a reference or a phrase; a key mid-line (code).
      'description: "\n  Zq8Lm3Xv9Tb2Rk7Wp4Ns"',
      'password: "\n  ${DB_PASSWORD}"',
      'password: "\n  #{ENV[\'DB_PASSWORD\']}"',
      'password: "\n  two words"',
      'foo(password: "\n  Zq8Lm3Xv9Tb2Rk7Wp4Ns")',
      'token: "${PREFIX}\\\n  ${SUFFIX}"',
      // C++'s stream output holds `<<` and sometimes `read `: no here-document.
      'std::cout << "read " << count << std::endl;\nstd::cerr << "password"\n<< "Xk29fLm3pQ8zR4tV";',
      "LOG(INFO) << \"read \" << n;\nAPI_TOKEN << 'EOF'\nXk29fLm3pQ8zR4tV\nEOF",
      'MESSAGE = (\n    "Zq8Lm3Xv9Tb2"\n    "Rk7Wp4NsQx7P"\n)',
      'API_KEY = (\n    "your_api_key"\n    "_here"\n)',
      'API_KEY = (\n    f"{prefix}"\n    "Rk7Wp4NsQx7P"\n)',
    ],
  },
  'header-directive': {
    secrets: [
      'proxy_set_header X-Api-Key ⟦Xk29fLm3pQ8zR4tV⟧;',
      '    proxy_set_header Authorization "Bearer ⟦aB3-dE6.gH9~jK2⟧";',
      'RequestHeader set X-Auth-Token "⟦Pl4nk-wood9⟧"',
      'Header always set Private-Token ⟦glx29fLm3pQ8zR4tVw⟧',
      'fastcgi_param DB_PASSWORD ⟦Sunflower42⟧;',
      'SetEnv API_KEY "⟦Xk29fLm3pQ8zR4tV⟧"',
      'http-request set-header X-Api-Key ⟦Xk29fLm3pQ8zR4tV⟧',
      '  header_up Authorization "Token ⟦Xk29fLm3pQ8zR4tV⟧"',
    ],
    clean: [
      'proxy_set_header X-Api-Key $http_x_api_key;',
      'proxy_set_header Authorization $http_authorization;',
      'proxy_set_header Authorization "Bearer $token";',
      'proxy_set_header Host $host;',
      'add_header X-Frame-Options SAMEORIGIN always;',
      'fastcgi_param DB_PASSWORD ${DB_PASSWORD};',
      'RequestHeader set X-Api-Key "%{API_KEY}e"',
      'header_up X-Api-Key {env.API_KEY}',
    ],
  },
  'braced-field': {
    secrets: [
      'Driver={ODBC Driver 18 for SQL Server};Server=tcp:db,1433;Uid=app;Pwd={⟦p;a=ss Word9⟧};Encrypt=yes;',
      '"Pwd={⟦Sunflower42⟧};Server=db;Uid=sa"',
      'Server=db; Password={⟦Xk2}}pL9vQ⟧};',
    ],
    clean: [
      'Driver={ODBC Driver 18 for SQL Server};Server=db;Uid=app;Pwd={PASSWORD};',
      'conn = f"Server=db;Uid=app;Pwd={password};"',
      '"Server=db;Uid={0};Pwd={1};"',
      '<Input password={pw} />',
      '<Field name="x" secret={data.value} />',
      'const props = { password={this.state.password} }',
      "some(x); var DESCENDANT_TOKEN = { type: css_what_1.SelectorType.Descendant };",
      "tokens.push(token); token = { value: '', depth: 0, isGlob: false };",
      ';token={type:a,depth:0};',
    ],
  },
  'archive-password': {
    secrets: ['zip -P ⟦Pl4nk-wood9⟧ backup.zip db.sql', 'unzip -P "⟦Sunflower42⟧" backup.zip', '7z a -p⟦Xk29fLm3pQ8z⟧ backup.7z db.sql', 'unrar x -p⟦Pl4nk-wood9⟧ archive.rar'],
    clean: ['zip -P "$ZIP_PASSWORD" backup.zip db.sql', '7z a -p backup.7z db.sql', 'unrar x -p- archive.rar', 'zip -r backup.zip src', 'pairs = zip(a, b)', '7z x -p$PASS archive.7z'],
  },
  'openssl-command-password': {
    secrets: [
      'openssl enc -aes-256-cbc -in secrets.txt -out secrets.enc -k ⟦Pl4nk-wood9⟧',
      'openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.p12 -passout pass:⟦Sunflower42⟧',
      'openssl rsa -in key.pem -passin "pass:⟦Xk29fLm3pQ8z⟧" -out key.txt',
    ],
    clean: ['openssl rsa -in key.pem -passin env:KEY_PASS', 'openssl rsa -in key.pem -passin pass:$KEY_PASS', 'openssl enc -d -in x.enc -kfile key.txt', 'openssl req -k password -new'],
  },
  'ssh-keygen-passphrase': {
    secrets: ['ssh-keygen -t ed25519 -N ⟦Pl4nk-wood9⟧ -f id_ed25519', "ssh-keygen -y -f id_rsa -P '⟦Sunflower42⟧'", "ssh-keygen -p -f id_rsa -P '⟦Sunflower42⟧' -N ⟦Xk29fLm3pQ8z⟧"],
    clean: ['ssh-keygen -t ed25519 -N "" -f id_ed25519', 'ssh-keygen -t rsa -N "$PASSPHRASE" -f key', 'ssh-keygen -l -f id_rsa.pub'],
  },
  'vault-login-token': {
    secrets: ['vault login ⟦Xk29fLm3pQ8zR4tVw2⟧', 'vault login -no-print ⟦Pl4nk-wood9⟧'],
    clean: ['vault login -method=github token=$GITHUB_TOKEN', 'vault login -', 'vault login $VAULT_TOKEN', 'vault login <token>'],
  },
  'poetry-pypi-token': {
    secrets: ['poetry config pypi-token.pypi ⟦Xk29fLm3pQ8zR4tVw2⟧', 'poetry config pypi-token.acme "⟦Pl4nk-wood9⟧"'],
    clean: ['poetry config pypi-token.pypi $PYPI_TOKEN', 'poetry config pypi-token.pypi <your-token>', 'poetry config pypi-token.pypi'],
  },
  'basic-auth-call-password': {
    secrets: ['req.basic_auth "app", "⟦Pl4nk-wood9⟧"', "request.basic_auth('app', '⟦Sunflower42⟧')", 'String credential = Credentials.basic("app", "⟦Xk29fLm3pQ8z⟧");', 'auth = aiohttp.BasicAuth("app", "⟦Pl4nk-wood9⟧")', 'requests.get(url, auth=HTTPDigestAuth("app", "⟦Pl4nk-wood9⟧"))'],
    clean: ['req.basic_auth user, password', 'req.basic_auth "app", ENV["PASSWORD"]', 'Credentials.basic(user, "")'],
  },
  'smtp-auth-call-password': {
    secrets: ['auth := smtp.PlainAuth("", "app@example.com", "⟦Pl4nk-wood9⟧", "smtp.example.com")', 'auth := smtp.CRAMMD5Auth("app", "⟦Xk29fLm3pQ8z⟧")', 'return new PasswordAuthentication("app", "⟦Sunflower42⟧".toCharArray());', 'new UsernamePasswordCredentials("app", "⟦hgfedcba⟧".toCharArray())', 'var cred = new NetworkCredential("app", "⟦hgfedcba⟧", domain);'],
    clean: ['auth := smtp.PlainAuth("", user, password, host)', 'smtp.PlainAuth("", "app", os.Getenv("SMTP_PASSWORD"), host)', 'new PasswordAuthentication(user, password.toCharArray())', 'new UsernamePasswordCredentials(user, password.toCharArray())', 'new NetworkCredential(user, password, domain)'],
  },
  'bind-call-password': {
    secrets: ['l.simple_bind_s("cn=admin,dc=example,dc=org", "⟦Pl4nk-wood9⟧")', 'ldap_bind($ds, "cn=admin,dc=example,dc=org", "⟦Sunflower42⟧");', 'ssh2_auth_password($conn, "app", "⟦Xk29fLm3pQ8z⟧");', 'transport.auth_password("app", "⟦Pl4nk-wood9⟧")'],
    clean: ['l.simple_bind_s(dn, password)', 'ldap_bind($ds, $dn, $pw);', 'l.simple_bind_s("cn=admin", "")', 'transport.auth_password(user, getpass())'],
  },
  'password-directive': {
    secrets: ['requirepass ⟦Pl4nk-wood9⟧', 'masterauth "⟦Sunflower42⟧"', 'sentinel auth-pass mymaster ⟦Xk29fLm3pQ8z⟧', 'userlist admins\n    user admin insecure-password ⟦Pl4nk-wood9⟧', 'network={\n    ssid="home"\n    psk="⟦Sunflower42⟧"\n}', 'wpa-psk ⟦Pl4nk-wood9⟧', 'ldap_default_authtok = ⟦Xk29fLm3pQ8z⟧', 'AuthLDAPBindDN "cn=apache,dc=example,dc=com"\nAuthLDAPBindPassword "⟦letmein⟧"', 'AuthLDAPBindPassword ⟦secret⟧',
      // nslcd.conf(5): `rootpwmodpw PASSWORD`, the password of `rootpwmoddn`.
      'rootpwmoddn cn=admin,dc=example,dc=com\nrootpwmodpw ⟦Xk29fLm3pQ8z⟧', 'rootpwmodpw ⟦hogehoge⟧'],
    clean: ['rootpwmodpw ${NSLCD_ROOTPW}', 'rootpwmodpw <password>', '# requirepass foobared', '# requirepass <password>', 'psk = self.psk', 'psk = derive_psk(identity)', 'masterauth ${REDIS_PASSWORD}', 'user admin password $5$abc$def', 'requirepass', 'AuthLDAPBindPassword exec:/usr/local/bin/ldap-bind-pw', 'AuthLDAPBindPassword ${LDAP_BIND_PW}', 'AuthLDAPBindPassword password'],
  },
  'go-sql-dsn-password': {
    secrets: ['db, err := sql.Open("mysql", "app:⟦Pl4nk-wood9⟧@tcp(db:3306)/shop?parseTime=true")', 'DSN=root:⟦Sunflower42⟧@unix(/tmp/mysql.sock)/shop', 'dsn := "app:⟦Xk29fLm3pQ8z⟧@tcp6([::1]:3306)/shop"',
      // The README's "Passwords can consist of any character": an `@`, `/` or `'` of its own; `@tcp/dbname`, the default address.
      'dsn := "app:⟦P@ss/w0rd\'9x⟧@tcp(db.example.com:3306)/shop"', 'MYSQL_DSN=app:⟦Xk29fLm3pQ8z⟧@tcp/shop?charset=utf8mb4'],
    clean: ['dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)', 'DSN=app:${DB_PASSWORD}@tcp(db:3306)/shop', 'app@tcp(db:3306)/shop', 'app@tcp/shop',
      // Not `x:y@/path` outside sql.Open: a path's or an alias's.
      'dsn := "app:Xk29fLm3pQ8z@/shop"', "import Button from 'ui:kit@/components/Button.vue'"],
  },
  'mysql-uri-like-password': {
    secrets: ['mysqlsh app:⟦Pl4nk-wood9⟧@db.example.com:3306/shop', 'mysqlsh --js --uri app:⟦Sunflower42!⟧@db.example.com:3306', 'mysqlsh --uri=root:⟦Xk29f&m3pQ8z⟧@localhost', '\\connect app:⟦P@ss!w0rd9⟧@db.example.com:3306', '\\c --mysqlx app:⟦Pl4nk-wood9⟧@localhost:33060', "var session = mysqlx.getSession('app:⟦Xk29fLm3pQ8z⟧@localhost:33060')"],
    clean: ['mysqlsh app@db.example.com:3306/shop', '\\connect app@db.example.com', 'mysqlsh --uri app:${MYSQL_PWD}@db.example.com', "mysqlx.getSession({ host: 'localhost', user: 'app', password: pwd })", '\\c shop', 'mysqlsh --sql -h db.example.com -u app'],
  },
  'go-sql-open-dsn-password': {
    secrets: ['db, err := sql.Open("mysql", "app:⟦Pl4nk-wood9⟧@/shop")', 'db, err := sql.Open("mysql", "app:⟦Zx9Qm2Lp8/Rt4Vw6+Yb1Q=⟧@tcp(127.0.0.1:3306)/shop")', 'sql.Open("mysql", `root:⟦Sunflower42⟧@unix(/tmp/mysql.sock)/shop`)'],
    clean: ['db, err := sql.Open("mysql", "app@/shop")', 'db, err := sql.Open("mysql", dsn)', 'sql.Open("mysql", "app:<password>@/shop")', 'sql.Open("postgres", "host=db user=app dbname=shop sslmode=disable")'],
  },
  'composer-auth-token': {
    secrets: [
      '{"github-oauth": {"github.com": "⟦Pl4nk-wood9x7⟧"}}',
      '{\n  "bearer": {\n    "repo.example.com": "⟦Sunflower42⟧",\n    "other.example.org:8443": "⟦Xk29fLm3pQ8z⟧"\n  }\n}',
      '"gitlab-token": {"gitlab.example.com": "⟦f3a9c1e7b5d20a4c8e6b⟧"}',
      'composer config --global github-oauth.github.com ⟦Pl4nk-wood9x7⟧',
    ],
    clean: ['{"github-oauth": {"github.com": "${GITHUB_TOKEN}"}}', '{"bearer": {"repo.example.com": "<token>"}}', 'composer config --global github-oauth.github.com $TOKEN', '{"bearer": {"type": "http"}}'],
  },
  'powershell-env-item': {
    secrets: ['Set-Item -Path Env:API_TOKEN -Value "⟦Xk29fLm3pQ8z⟧"', 'New-Item -Path Env:DB_PASSWORD -Value \'⟦Sunflower42⟧\'', 'si Env:API_KEY "⟦Xk29fLm3pQ8zR4tV⟧"'],
    clean: ['Set-Item -Path Env:API_TOKEN -Value $token', 'Set-Item -Path Env:PATH -Value "C:\\bin"', 'Set-Item -Path Env:API_TOKEN -Value "<your-token>"', 'Set-Item -Path Env:DB_PASSWORD -Value "$env:SECRET"'],
  },
  'element-pair': {
    secrets: [
      '<key>APIKey</key>\n<string>⟦Xk29fLm3pQ8z⟧</string>',
      '<dict>\n\t<key>ClientSecret</key>\n\t<string>⟦Sunflower42⟧</string>\n</dict>',
      '<setting name="ApiSecret" serializeAs="String">\n  <value>⟦Pl4nk-wood9⟧</value>\n</setting>',
    ],
    clean: [
      '<key>CFBundleName</key>\n<string>Shop</string>',
      '<key>APIKey</key>\n<string>$(API_KEY)</string>',
      '<key>NSFaceIDUsageDescription</key>\n<string>Unlock your saved passwords</string>',
      '<key>TokenEndpoint</key>\n<string>https://auth.example.com/token</string>',
      '<setting name="ApiSecret" serializeAs="String">\n  <value />\n</setting>',
    ],
  },
  'blank-binding': {
    secrets: [
      '(def api-key "⟦Xk29fLm3pQ8z⟧")',
      // CMake allows blanks, any run of them, between a command's name and its `(`.
      'set(API_TOKEN "⟦Xk29fLm3pQ8z⟧")',
      'set\t(API_TOKEN "⟦Xk29fLm3pQ8z⟧")',
      '(setq org-gcal-client-secret "⟦Sunflower42⟧")',
      '(setenv "OPENAI_API_KEY" "⟦Pl4nk-wood9x7⟧")',
      '{:db {:user "app" :password "⟦Pl4nk-wood9⟧"}}',
      '{:user "app"\n:api-token "⟦Xk29fLm3pQ8z⟧"}',
      'set(API_TOKEN "⟦Xk29fLm3pQ8z⟧")',
      'set(ENV{DB_PASSWORD} "⟦Sunflower42⟧")',
    ],
    clean: [
      '(def api-key (System/getenv "API_KEY"))',
      '(setq password-cache-expiry "3600")',
      '{:password "<password>"}',
      'set(API_TOKEN "${API_TOKEN}")',
      '(defcustom my-token "" "The token.")',
      'set(TOKEN_FILE "token.txt")',
      '(define (check-password pw) "Checks a password")',
    ],
  },
  // guardrecall2 (fifteenth round, second pass): tools' configuration grammars (toolConfigCredentialRules.ts).
  'curl-config-user': {
    secrets: [
      'user = "app:⟦Xk29fLm3pQ8z⟧"',
      'proxy-user = "proxy:⟦Sunflower42⟧"',
      '--user app:⟦Pl4nk-wood9⟧',
      'user: app:⟦k9d-Xz_7.Qm~P2a⟧',
    ],
    clean: [
      'user: "1000:1000"',
      'user = "${CURL_USER}:${CURL_PASSWORD}"',
      'user = "app:<password>"',
      'user: node',
      'user = "app"',
    ],
  },
  'yarn-auth-ident': {
    secrets: ['npmAuthIdent: "app:⟦Sunflower42⟧"', 'npmRegistries:\n  "https://npm.example.com":\n    npmAuthIdent: app:⟦k9d-Xz_7.Qm~P2a⟧'],
    clean: ['npmAuthIdent: "${NPM_USER}:${NPM_PASSWORD}"', 'npmAuthIdent: "app:<password>"', 'npmAuthIdent: app'],
  },
  'conda-channel-token': {
    secrets: [
      'channels:\n  - https://conda.anaconda.org/t/⟦ab-3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718⟧/acme',
      'conda install -c https://conda.anaconda.org/t/⟦Xk29fLm3pQ8zR4tV⟧/acme shop',
    ],
    clean: [
      'https://conda.anaconda.org/t/<TOKEN>/acme',
      'https://example.com/t/settings/index.html',
      'https://example.com/t/categories/general',
      'https://twitter.example.com/t/discussion-thread/42',
    ],
  },
  'mysqladmin-password': {
    secrets: ['mysqladmin -u root password ⟦Sunflower42⟧', 'mysqladmin -u root -h db password "⟦k9d-Xz_7.Qm~P2a⟧"'],
    clean: ['mysqladmin -u root password "$NEW_PASSWORD"', 'mysqladmin -u root -p status', 'mysqladmin password <new-password>'],
  },
  'fetchmail-password': {
    secrets: [
      'poll mail.example.com protocol imap user "app" password "⟦Sunflower42⟧"',
      "  user 'app' there with password '⟦Xk29fLm3pQ8z⟧' is app here",
    ],
    clean: [
      'poll mail.example.com protocol imap user "app" password "${PASSWORD}"',
      'user "app" has no password set',
    ],
  },
  'offlineimap-remotepass': {
    secrets: ['[Repository remote]\nremoteuser = app\nremotepass = ⟦Pl4nk-wood9⟧', 'remotepass: "⟦Sunflower42⟧"'],
    clean: ['remotepasseval = get_password("remote")', 'remotepassfile = ~/.offlineimap/pass', 'remotepass = <password>'],
  },
  'bundler-host-credentials': {
    secrets: [
      'BUNDLE_GEMS__EXAMPLE__COM="app:⟦Sunflower42⟧"',
      'BUNDLE_GEMS__CONTRIBSYS__COM: "app:⟦Xk29fLm3pQ8z⟧"',
      'export BUNDLE_GITHUB__COM=x-access-token:⟦k9d-Xz_7.Qm~P2a⟧',
    ],
    clean: [
      'BUNDLE_BUILD__PG: "--with-pg-config=/usr/pgsql/bin/pg_config"',
      'BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/: "https://mirror.example.com"',
      'BUNDLE_GEMS__EXAMPLE__COM="app:$GEM_PASSWORD"',
      'BUNDLE_PATH: "vendor/bundle"',
      'bundle config set --local path vendor/bundle',
    ],
  },
  'bundle-config-credentials': {
    secrets: ['bundle config set --global gems.contribsys.com app:⟦Pl4nk-wood9⟧', 'bundle config gems.example.com "app:⟦Sunflower42⟧"'],
    clean: ['bundle config set --local path vendor/bundle', 'bundle config set --global gems.example.com "$GEM_USER:$GEM_PASSWORD"', 'bundle config mirror.https://rubygems.org https://mirror.example.com'],
  },
  'option-list-password': {
    secrets: [
      'mount -t cifs //srv/share /mnt -o username=app,password=⟦Sunflower42⟧',
      '//srv/share /mnt/share cifs user=app,pass=⟦Harbor2024⟧,vers=3.0 0 0',
      'shop.redis.cache.windows.net:6380,password=⟦Copper77⟧,ssl=True,abortConnect=False',
      'helm install db bitnami/mysql --set auth.username=app,auth.rootPassword=⟦Marble123⟧',
    ],
    clean: [
      'mount -o username=app,password=$CIFS_PASSWORD /mnt',
      'f(a=1,password=pw_var,b=2)',
      'connect(host, password=password)',
      'options: user=app, password=<secret>',
    ],
  },
  'bare-password-directive': {
    secrets: [
      'account default\nhost smtp.example.com\nuser app\npassword ⟦Sunflower42⟧',
      'binddn cn=admin,dc=example,dc=org\nbindpw ⟦Xk29fLm3pQ8z⟧',
      'rootpw ⟦Pl4nk-wood9⟧',
      // A lone word: `bindpw` and `rootpw` are no prose's words; msmtp's `password` after one of its account commands.
      'binddn cn=admin,dc=example,dc=org\nbindpw ⟦letmein⟧',
      'rootpw ⟦secret⟧',
      'account default\nhost smtp.example.com\nuser app\npassword ⟦tiger12⟧',
      // FRR's daemon files (`hostname`, then `password`) and IOS's `line vty` mode.
      'hostname ripd\npassword ⟦zebra⟧',
      'line vty 0 4\n password ⟦cisco⟧\n login',
      // Among other directive lines: a section's opener and closer, or `name value` lines before it (directiveBlock.ts).
      '<server>\n  name primary\n  username admin\n  password ⟦hogehoge⟧\n</server>',
      '[database]\nusername admin\npassword ⟦tigerlily⟧',
      'source {\n  username admin\n  password ⟦tigerlily⟧\n}',
      '<server>\n  password ⟦tigerlily⟧\n</server>',
    ],
    clean: ['password reset', 'password hashing\nis slow by design',
      // Prose wrapped beside a short line: one short line is no block; a long line or a sentence's end is none.
      'then\npassword below', 'Please enter the new\npassword below\nand confirm it.', 'username admin\npassword reset.\n}',
      'The user must supply a username and a\npassword reset\ntoken.', 'port number\npassword string\nhost string', 'Choose a strong\npassword Manager.\nThen log in.', 'ldap.conf sets\nbindpw secretly,\nas the manual warns', 'password ${SMTP_PASSWORD}', 'bindpw <password>', 'Password Sunflower42 is weak, says the article', 'If you forget your\npassword letmein', 'user app\npassword reset.', 'rootpw password', 'rootpw --lock'],
  },
  'rust-str-item': {
    secrets: [
      'const API_KEY: &str = "⟦Sunflower-42⟧";',
      "pub static CLIENT_SECRET: &'static str = \"⟦k9d-Xz_7.Qm~P2a⟧\";",
      'const OPENAI_KEY: &str = "⟦aB3dE6gH9jK2mN5pQ8sT1vW4⟧";',
      // A byte string literal under a `&[u8]` item (the Rust reference, "Byte string literals").
      'const API_KEY: &[u8] = b"⟦Sunflower-42⟧";',
      "static HMAC_SECRET: &'static [u8] = b\"⟦k9d-Xz_7.Qm~P2a⟧\";",
    ],
    clean: [
      'const BCRYPT_KEY_DATA_BLOB: &str = "KeyDataBlob";',
      'pub const szOID_RSA_KEY: &str = "1.2.840.113549.1.1.1";',
      'const TOKEN_HEADER: &str = "Authorization";',
      'const TOKEN_PREFIX: &[u8] = b"Bearer ";',
      'const KEY_LEN: [u8; 32] = [0u8; 32];',
      'const API_KEY_ENV: &str = "OPENAI_API_KEY";',
      'const PASSWORD: &str = "<password>";',
      "pub const BCRYPT_PRIVATE_KEY_BLOB: &'static str = \"PRIVATEBLOB\";",
      "pub const BCRYPT_ECCPUBLIC_KEY_BLOB: &'static str = \"EccPublicKeyBlobVersion2\";",
      "pub const SERVICE_ACCOUNT_PASSWORD: &'static str = \"_SA_{262E99C9-6160-4871-ACEC-4E61736B6F21}\";",
      "pub const szOID_RSA_challengePwd: &'static str = \"1.2.840.113549.1.9.7\";",
    ],
  },
  'prose-key-code-span': {
    secrets: ['Use the API key `⟦aB3dE6gH9jK2mN5pQ8sT1vW4⟧` to authenticate.', 'Your access token: `⟦k9d-Xz_7.Qm~P2a8R⟧`'],
    clean: [
      'Set the API key `OPENAI_API_KEY` first.',
      'Pass the token `--token-file` instead.',
      'The password `${DB_PASSWORD}` comes from the environment.',
      'the client secret `client_secret_here`',
    ],
  },
  // guardrecall2: administration commands (adminCommandPasswordRules.ts).
  'net-use-password': {
    secrets: ['net  use \\\\srv\\share ⟦Sunflower42⟧ /user:CORP\\app', 'net\tuse * \\\\srv\\share ⟦Xk29fLm3pQ8z⟧', 'net use \\\\srv\\share ⟦Sunflower42⟧ /user:CORP\\app', 'net use Z: \\\\srv\\backup "⟦k9d-Xz_7.Qm~P2a⟧" /persistent:no', 'net use * \\\\srv\\share ⟦Xk29fLm3pQ8z⟧'],
    clean: ['net use \\\\srv\\share * /user:CORP\\app', 'net use Z: \\\\srv\\backup /persistent:no', 'net use \\\\srv\\share %PASSWORD% /user:app', 'net use \\\\srv\\share /delete'],
  },
  'schtasks-password': {
    secrets: ['schtasks /create /tn backup /tr backup.cmd /sc daily /ru app /rp ⟦Sunflower42⟧', 'schtasks /query /s host /u CORP\\admin /p ⟦Xk29fLm3pQ8z⟧'],
    clean: ['schtasks /create /tn backup /tr backup.cmd /sc daily /ru app /rp *', 'schtasks /create /tn x /tr x.cmd /ru app /rp %TASK_PASSWORD%', 'schtasks /run /tn backup'],
  },
  'nmcli-password': {
    secrets: ['nmcli dev wifi connect home password ⟦Sunflower42⟧', 'nmcli connection modify home wifi-sec.psk "⟦k9d-Xz_7.Qm~P2a⟧"'],
    clean: ['nmcli dev wifi connect home password "$WIFI_PASSWORD"', 'nmcli --ask dev wifi connect home', 'nmcli connection modify home wifi-sec.key-mgmt wpa-psk'],
  },
  'wpa-passphrase-argument': {
    secrets: ['wpa_passphrase home ⟦Sunflower42⟧ >> /etc/wpa_supplicant.conf', 'wpa_passphrase "Home Net" "⟦Xk29fLm3pQ8z⟧"'],
    clean: ['wpa_passphrase home > wpa.conf', 'wpa_passphrase "$SSID" "$PSK"', 'wpa_passphrase home < pass.txt'],
  },
  'passwd-stdin': {
    secrets: ['echo ⟦Sunflower42⟧ | passwd --stdin app', 'echo "⟦k9d-Xz_7.Qm~P2a⟧" | sudo passwd --stdin root'],
    clean: ['echo "$NEW_PASSWORD" | passwd --stdin app', 'cat pass.txt | passwd --stdin app'],
  },
  'minio-alias-secret': {
    secrets: ['mc alias set minio http://minio:9000 app ⟦Sunflower42⟧', 'mc config host add s3 https://s3.amazonaws.com AKIAIOSFODNN7EXAMPLE ⟦aB3+dE6/gH9jK2lM4nO7pQ0rS5tU8vW1xY4zA7b⟧'],
    clean: ['mc alias set minio http://minio:9000 "$MINIO_USER" "$MINIO_PASSWORD"', 'mc alias set minio http://minio:9000', 'mc alias list'],
  },
  'vault-userpass-password': {
    secrets: ['vault write auth/userpass/users/app password=⟦Sunflower42⟧ policies=admin', 'vault write auth/userpass/users/ci policies=ci password="⟦k9d-Xz_7.Qm~P2a⟧"'],
    clean: ['vault write auth/userpass/users/app password=@pass.txt', 'vault write auth/userpass/users/app password=$PASSWORD', 'vault write auth/approle/role/ci secret_id_ttl=10m'],
  },
  // Jenkins' credentials.xml: a credential class's secret fields hold the secret, encrypted or plain; its id and user are names.
  'jenkins-credential': {
    secrets: [
      '<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>deploy</id>\n  <username>app</username>\n  <password>{⟦AQAAABAAAAAQkYaWzV3ZhzvSN8yJ5cQ0Bk2dkhy2b9vdoIKyx3JbVhM=⟧}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
      '<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl plugin="plain-credentials@1.8">\n  <id>slack</id>\n  <secret>⟦Sunflower42⟧</secret>\n</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>',
      '<com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n  <id>git</id>\n  <username>git</username>\n  <passphrase>{⟦AQAAABAAAAAQ Zx8Qm2Lp8Rt4Wq==⟧}</passphrase>\n</com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>',
      '<com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>\n  <accessKey>AKIAIOSFODNN7EXAMPLE</accessKey>\n  <secretKey>⟦wJalrXUtnFEMI/K7MDENG+bPxRfiCYzQ9x2Lm4Tp⟧</secretKey>\n</com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>',
    ],
    clean: [
      '<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n  <id>slack-token</id>\n  <description>Slack bot</description>\n  <secret>${SLACK_TOKEN}</secret>\n</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>',
      '<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>deploy</id>\n  <username>app</username>\n  <password></password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
      '<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <password>********</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
      // Outside a credential element the same field names are other settings.
      '<hudson.plugins.git.UserRemoteConfig>\n  <secret>false</secret>\n</hudson.plugins.git.UserRemoteConfig>',
    ],
  },
  // Calls whose documentation names the argument a password, by position (Go's x/crypto/ssh and net/url, Ruby's Net::SMTP, Python's keyring).
  'documented-call-password': {
    secrets: [
      'auth := []ssh.AuthMethod{ssh.Password("⟦Xk29fLm3pQ8z⟧")}',
      'u.User = url.UserPassword("app", "⟦k9d-Xz_7.Qm~P2a⟧")',
      "Net::SMTP.start('smtp.example.com', 587, 'example.com', 'app', '⟦Sunflower42⟧', :plain) do |smtp|",
      'keyring.set_password("deploy", "app", "⟦aB3dE6gH9jK2xQ7p⟧")',
      "password_mgr.add_password(None, top_level_url, 'app', '⟦Sunflower42⟧')",
      "r = redis.Redis('localhost', 6379, 0, '⟦Xk29fLm3pQ8z⟧')",
      "credentials = pika.PlainCredentials('app', '⟦Sunflower42⟧')",
      "credentials = pika.PlainCredentials(user, '⟦Sunflower42⟧')",
      "conn = ldap3.Connection(server, 'cn=admin,dc=example,dc=org', '⟦k9d-Xz_7.Qm~P2a⟧', auto_bind=True)",
      'client = Minio("play.min.io", "Q3AM3UQ867SPQQA43P2F", "⟦zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG⟧")',
      'url = URL.create("postgresql", "app", "⟦Sunflower42⟧", "db", 5432, "shop")',
      'auth = new NtlmPasswordAuthentication("CORP", "app", "⟦Xk29fLm3pQ8z⟧");',
      'jsch.addIdentity("~/.ssh/id_rsa", "⟦maple-Orbit-91⟧");',
    ],
    clean: [
      'auth := []ssh.AuthMethod{ssh.Password(password)}',
      'u.User = url.UserPassword("app", os.Getenv("PASSWORD"))',
      "Net::SMTP.start('smtp.example.com', 587, 'example.com', 'app', ENV['SMTP_PASSWORD'], :plain)",
      'keyring.set_password("deploy", "app", getpass.getpass())',
      'url.User("app")',
      "credentials = pika.PlainCredentials('guest', 'guest')",
      "r = redis.Redis('localhost', 6379, 0, os.environ['REDIS_PASSWORD'])",
      'client = Minio("play.min.io", access_key, secret_key)',
      'jsch.addIdentity("~/.ssh/id_rsa");',
      'url = URL.create("postgresql", "app", None, "db")',
    ],
  },
  // SQL's INSERT: the i-th value goes to the i-th column; a literal under a secret-named column is judged under its name.
  'sql-insert-value': {
    secrets: [
      "INSERT INTO api_keys (name, key) VALUES ('ci', '⟦a8f3c2d19e7b6a5c4d3e2f1a0b9c8d7e6f5a4b3c⟧');",
      "INSERT INTO users (id, email, password) VALUES (1, 'a@example.com', '⟦Sunflower42⟧');",
      "INSERT INTO users (id, email, password)\nVALUES (2, 'b@example.com', '⟦it''s-Sunflower42⟧');",
      // PostgreSQL's INSERT: `VALUES ( … ) [, …]`, every row under the same columns.
      "INSERT INTO users (email, password) VALUES\n  ('a@example.com', '⟦Sunflower42⟧'),\n  ('b@example.com', '⟦Xk29fLm3pQ8zR4tV⟧');",
    ],
    clean: [
      "INSERT INTO api_keys (name, key) VALUES ('ci', 'primary');",
      'INSERT INTO users (name, password) VALUES (?, ?)',
      "INSERT INTO users (name, password) VALUES ('app', :password)",
      "INSERT INTO users (id, name, email) VALUES (1, 'Sunflower42', 'a@example.com');",
      "INSERT INTO users (name, password) VALUES ('a', ?), ('b', :password), ('c', '********');",
    ],
  },
  // A table's header names the column once; each record's field under a secret-named one is judged under that name:
  // RFC 4180 CSV (quotes, `""`, `;`), tab-separated text, GFM pipe tables, PostgreSQL's COPY … FROM stdin.
  'table-column-value': {
    secrets: [
      // Chrome's "Export passwords" CSV; Firefox's logins export, every field quoted.
      'name,url,username,password,note\nGitHub,https://github.com,alice,⟦Xk7#pQ9!vLm2⟧,\nMail,https://mail.example.com,bob,"⟦p,a""ss9Wq⟧",hi',
      '"url","username","password","httpRealm"\r\n"https://example.com","alice","⟦hunter2Secret!⟧",""',
      'email;password;role\nalice@example.com;⟦S3cure!Pass⟧;admin',
      'id\tusername\tapi_key\n1\talice\t⟦a8f3c2d19e7b6a5c4d3e2f1a0b9c8d7e6f5a4b3c⟧',
      '| Service | Password |\n| --- | --- |\n| db | `⟦Tr0ub4dor&3⟧` |\n| cache | ⟦c9f2a7Zq1⟧ |',
      'COPY public.users (id, email, password) FROM stdin;\n1\talice@example.com\t⟦Wq9!xz7Lk⟧\n2\tbob@example.com\t\\N\n\\.',
      // Bitwarden's export: the password and the TOTP seed (RFC 6238's base32), not the user name.
      'login_uri,login_username,login_password,login_totp\nhttps://a.example,alice,⟦Zx8$kq2Lm⟧,⟦JBSWY3DPEHPK3PXP⟧',
      'First Name [Required],Email Address [Required],Password [Required]\nAda,ada@example.com,⟦Wq9!xz7Lk⟧',
    ],
    clean: [
      'name,password\nalice,${DB_PASSWORD}\nbob,<password>\ncarol,********',
      'user\tpassword_hash\nalice\t5f4dcc3b5aa765d61d8327deb882cf99e2b8a5d1',
      'url,username,note\nhttps://example.com/a9F3kQ7zLm,alice_9Fk3Qz7,x',
      'alice,Xk7pQ9vLm2Rt\nbob,Vt9kR4waZq1N',
      'Enter your password, then press Enter, and wait.\nThe server checks it, logs you in, and returns.',
      'name,token_type,value\naccess,bearer,3600',
      '| Matcher type | Condition to pass |\n|:---:| --- |\n| `string` | Exact match against string |',
      '| Variable | Secret | Default |\n| --- | --- | --- |\n| API_KEY | true | none |',
      'key,description\nAPI_KEY,the API key\nDB_PASSWORD,the database password',
      // A record whose field count is not the header's ends the table; a blank line ends it.
      'name,password\n\nalice,Xk7pQ9vLm2Rt',
      'name,password\nalice,Xk7pQ9vLm2Rt,extra\nbob,Vt9kR4waZq1N',
      // A quote never closed: no record.
      'name,password\nalice,"Xk7pQ9vLm2Rt',
    ],
  },  // Spring's `@Value` on a field or parameter: a literal with no `${…}` or `#{…}` is injected as written (twenty-ninth round).
  'annotated-field': {
    secrets: [
      '@Value("⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧")\nprivate String password;',
      '  @Value("⟦Pl4nk-wood9⟧") private final String apiKey;',
      'public Client(@Value("⟦k9d-Xz_7.Qm~P2a⟧") String clientSecret, int port) {',
      '@Value(value = "⟦Sunflower-42⟧")\nprivate String dbPassword;',
      '@Value("⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧")\nlateinit var authToken: String',
    ],
    clean: [
      '@Value("${db.password}")\nprivate String password;',
      '@Value("#{systemProperties[\'db.password\']}")\nprivate String password;',
      '@Value("Zq8Lm3Xv9Tb2Rk7Wp4Ns")\nprivate String username;',
      '@Value("8080")\nprivate int port;',
      '@Value("password")\nprivate String password;',
      '@Value("<your-api-key>")\nprivate String apiKey;',
    ],
  },  // A JWE in its JSON serializations (RFC 7516 §7.2): the `ciphertext` and `tag` members beside an `iv` of an algorithm's length.
  'jwe-json': {
    secrets: [
      '{"protected":"eyJlbmMiOiJBMTI4Q0JDLUhTMjU2In0","iv":"AxY8DCtDaGlsbGljb3RoZQ","ciphertext":"⟦KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY⟧","tag":"⟦Mz-VPPyU4RlcuYv1IwIvzw⟧"}',
      '{\n "tag":\n  "⟦Mz-VPPyU4RlcuYv1IwIvzw⟧",\n "iv":\n  "48V1_ALb6US04U3b",\n "ciphertext":\n  "⟦5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A⟧"\n}',
    ],
    clean: [
      // Another format's members (SJCL's `ct`, an app's own `ciphertext` with no JWE IV and tag), a JWE with a placeholder.
      '{"iv":"tjp81MpXaBQ1sGZNGYEz4g==","v":1,"iter":10000,"ks":128,"ts":64,"mode":"ccm","cipher":"aes","ct":"ZWZmZWN0aXZlbHk="}',
      '{"ciphertext": "KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY", "nonce": "AxY8DCtDaGlsbGljb3RoZQ"}',
      '{"iv":"AxY8DCtDaGlsbGljb3RoZQ","ciphertext":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","tag":"Mz-VPPyU4RlcuYv1IwIvzw"}',
    ],
  },
};
