// The stated-credential rules' own examples (marked ⟦like this⟧), written for their shapes: a
// CLI's password flag, a netrc entry, a sentence, a credential constructor.
import type { RuleExamples } from './ruleExamples';

export const statedCredentialExamples: Readonly<Record<string, RuleExamples>> = {
  'cli-password-flag': {
    secrets: [
      'mysql -h db.internal -u deploy -p⟦Qw7!rTz9⟧ shop',
      'mysqldump -uroot -p"⟦k3y-Lime-9⟧" --all-databases > all.sql',
      'sshpass -p ⟦Vortex88plum⟧ ssh ci@10.0.0.4',
      'echo x | sshpass -p\'⟦Vortex88plum⟧\' scp a b:',
      'psexec \\\\host01 -u OPS\\svc -p ⟦Gr4nite!7⟧ cmd',
      // A command continued over lines (POSIX XCU 2.2.1): the tool on one line, its option on a later one; sshpass(1)
      // and PsExec take the password as the next argument, so after a continuation too; mysql only glued.
      'mysql -h db.internal \\\n  -u deploy \\\n  -p⟦Qw7!rTz9⟧ shop',
      'sshpass -p \\\n    ⟦Vortex88plum⟧ ssh ci@10.0.0.4',
      'psexec \\\\host01 -u OPS\\svc \\\r\n  -p ⟦Gr4nite!7⟧ cmd',
    ],
    clean: [
      'mysql -u root -p shop',
      'mysql -u root -p',
      // mysql's spaced -p prompts (the MySQL manual: no space between -p and the password), continued or not.
      'mysql -h db.internal -u root -p \\\n  shop',
      'sshpass -p \\\n  "$SSHPASS" ssh host',
      'sshpass -p "$SSHPASS" ssh host',
      // A command substitution: the password is what the command prints, not its first word.
      'sshpass -p $(cat /run/secrets/ssh_pass) ssh deploy@host',
      'mkdir -p build/out',
      'psexec \\\\host01 -u admin -p %ADMIN_PW% cmd',
    ],
  },
  'cli-password-argument': {
    secrets: [
      'redis-cli -h cache.internal -a ⟦Zx81mesa7⟧ ping',
      // Blanks between the command's words, any run of them (the prefilter reads its keyword's blank so).
      'net\tuse Z: \\\\files01\\share /user:CORP\\svc ⟦Zx81mesa7⟧ /persistent:no',
      'sqlcmd -S db01 -U sa -P ⟦Zx81!mesa7⟧ -Q "select 1"',
      'redis-cli \\\n  -h cache.internal \\\n  -a ⟦Zx81mesa7⟧ ping',
      'sqlcmd -S db01 -U sa -P \\\n  ⟦Zx81!mesa7⟧ -Q "select 1"',
      'bcp dbo.orders out o.dat -S db01 -U etl -P"⟦Zx81mesa7⟧" -c',
      'net use Z: \\\\files01\\share /user:CORP\\svc ⟦Zx81mesa7⟧ /persistent:no',
    ],
    clean: [
      'redis-cli -a "$REDIS_PASSWORD" ping',
      'sqlcmd -S db01 -U sa -P %SA_PASSWORD%',
      'sqlcmd -S db01 -p -Q "select 1"',
      'net use Z: \\\\files01\\share /user:CORP\\svc *',
    ],
  },
  'plaintext-secure-string': {
    secrets: [
      '$pw = ConvertTo-SecureString "⟦Zx81!mesa7⟧" -AsPlainText -Force',
      "$cred = New-Object PSCredential('svc', (ConvertTo-SecureString -String '⟦Zx81mesa7⟧' -AsPlainText -Force))",
      // The string bound by position after the switches.
      'Set-ADAccountPassword -Identity app -NewPassword (ConvertTo-SecureString -AsPlainText "⟦Zx8Qm2Lp8Rt4Wq⟧" -Force)',
      "$pw = ConvertTo-SecureString -Force -AsPlainText -String '⟦Zx81mesa7⟧'",
    ],
    clean: [
      '$pw = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force',
      '$pw = Read-Host -AsSecureString | ConvertTo-SecureString',
      '$pw = ConvertTo-SecureString -AsPlainText $env:SVC_PASSWORD -Force',
      '$pw = ConvertTo-SecureString "01000000d08c9ddf0115d1118c7a00c04fc297eb" -Key $key',
    ],
  },
  'secret-variable-default': {
    secrets: [
      'variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "⟦Zx81mesa7⟧"\n}',
      'variable "api_token" { default = "⟦Zx81mesa7Qw2⟧" }',
    ],
    clean: [
      'variable "db_password" {\n  type      = string\n  sensitive = true\n}',
      'variable "token_ttl" { default = "3600s" }',
      'variable "db_password" { default = "" }',
    ],
  },
  'registry-login-password': {
    secrets: [
      'docker login -u bot -p ⟦dckr9Hq2LmZ⟧ registry.example.net',
      'podman login quay.example.io -u ci -p "⟦Rq7!mesa-42⟧"',
      'docker login \\\n  -u bot \\\n  -p ⟦dckr9Hq2LmZ⟧ \\\n  registry.example.net',
    ],
    clean: [
      'docker login -u bot -p ${{ secrets.REGISTRY_TOKEN }} r.io',
      'docker login -u bot --password-stdin r.io',
    ],
  },
  'openssl-pass-argument': {
    secrets: [
      'openssl pkcs12 -export -in c.pem -passout pass:⟦Vq8-rimu-31⟧ -out c.p12',
      'openssl rsa -in k.pem -passin "pass:⟦t0ad-stool!⟧" -out plain.pem',
    ],
    clean: [
      'openssl pkcs12 -export -passout env:P12_PASSWORD -out c.p12',
      'openssl rsa -passin file:/run/secrets/key_pass -in k.pem',
      'openssl rsa -passin pass:$KEY_PASS -in k.pem',
    ],
  },
  'netrc-password': {
    secrets: [
      'machine ftp.example.org login anna password ⟦Tulip-42-x⟧',
      'machine git.example.org\n  login ci\n  password ⟦ghx7Lq2Pz0⟧',
      'default login guest password ⟦w3lcome!now⟧',
    ],
    clean: [
      'the machine login screen asks for a password',
      'machine git.example.org login ci password $NETRC_PASSWORD',
    ],
  },
  'pgpass-password': {
    secrets: [
      'localhost:5432:mydb:app:⟦Xk2pL9vQ7mZ4t⟧',
      '*:*:*:replicator:⟦Qm7!zR2@pLx9⟧',
      'db.internal:*:app:ops:⟦s3cr\\:et\\\\9x⟧',
      'echo "10.0.4.12:6432:billing:billing_rw:⟦Tr0ub4dor3x⟧" > ~/.pgpass',
    ],
    clean: [
      'hostname:port:database:username:password',
      'localhost:5432:mydb:app:*',
      'localhost:5432:mydb:app:$PGPASSWORD',
      'started 12:30:45:100:200 ago',
      'fe80:0:0:0:202:b3ff:fe1e:8329',
      'aspect 16:9:4:3:2',
      'std::vector:1:x:y:zzz',
    ],
  },
  'stated-password': {
    secrets: [
      'The password is \'⟦Lantern77⟧\' for the demo box.',
      'Note: the default password for user "admin" is "⟦Hx7-quill⟧".',
      'password is "⟦orchid&9⟧"',
    ],
    clean: [
      'The password is "<your password>"',
      'the password is required',
      'Your password is \'${PASSWORD}\'',
    ],
  },
  'http-auth-pair': {
    secrets: [
      'r = requests.get(url, auth=("svc-build", "⟦Pl8nk!ton⟧"))',
      "session.auth = ('api', '⟦t0ken-Mule7⟧')",
      "session.auth =('api', '⟦t0ken-Mule7⟧')",
      'r = requests.get(url, auth= ("svc-build", "⟦Pl8nk!ton⟧"))',
      'client.get(url, auth=HTTPBasicAuth("svc", "⟦Quartz_19x⟧"))',
      'aiohttp.BasicAuth("svc", "⟦Quartz_19x⟧")',
      'request.setBasicAuth("svc", "⟦Quartz_19x⟧");',
    ],
    clean: [
      'r = requests.get(url, auth=(user, password))',
      'auth=HTTPBasicAuth(os.environ["USER"], os.environ["PASS"])',
      'auth = ("svc", get_password())',
    ],
  },
  'credential-constructor': {
    secrets: [
      'var c = new NetworkCredential("svc-build", "⟦Pl8nk!ton⟧");',
      'new DirectoryEntry("LDAP://dc.example.local", "EXAMPLE\\\\svc", "⟦Quartz_19x⟧")',
      'new UsernamePasswordCredentials("api", "⟦t0ken-Mule7⟧")',
      // ADSI's OpenDSObject(path, user, password, flags): trufflehog's ldap detector, its source's example and its test's.
      'Set ou = dso.OpenDSObject("LDAP://DC.business.com/OU=IT,DC=Business,DC=com", "Business\\administrator", "⟦Pa$$word01⟧", 1)',
      "ldaps://127.0.0.1:389 bind 'OpenDSObject(\"ldaps://www\", \"ABC\", \"⟦XYZ⟧\", 123)'",
      // NetworkCredential(user, password, domain): the password second, the domain third (Microsoft's documentation).
      'var c = new NetworkCredential("svc-build", "⟦Pl8nk!ton⟧", "CORP");',
    ],
    clean: [
      'Set ou = dso.OpenDSObject("LDAP://DC.business.com/OU=IT,DC=Business,DC=com", strUser, strPassword, 1)',
      'new NetworkCredential(user, password)',
      'new NetworkCredential("svc-build", Environment.GetEnvironmentVariable("PW"))',
      'new DirectoryEntry("LDAP://dc.example.local")',
      'new NetworkCredential("svc", "<password>")',
      'var c = new NetworkCredential("svc-build", pw, "CORP");',
      'var c = new NetworkCredential(user, GetPassword(), "EXAMPLE");',
    ],
  },
  'connect-call-password': {
    secrets: [
      '$link = mysqli_connect("db.local", "shop", "⟦Tq8#vine-31⟧");',
      '$db = mysql_connect($host, $user, \'⟦Kp2!orchid⟧\');',
      'my $dbh = DBI->connect("dbi:Pg:dbname=app;host=h", "app", "⟦Ruby9-fern-7⟧", { RaiseError => 1 });',
      'conn = psycopg2.connect("dbname=app", "app", "⟦m0ss-Grove-4⟧")',
      '$pdo = new PDO($dsn, "admin", "⟦Sl8te_river⟧");',
      // The C API's and PHP's procedural real_connect take the handle first: the password is fourth.
      'if (!mysql_real_connect(&mysql, "host", "user", "⟦Tq8#vine-31⟧", "database", 0, NULL, 0))',
      "mysqli_real_connect($link, 'localhost', 'my_user', '⟦Kp2!orchid⟧', 'world');",
    ],
    clean: [
      '$link = mysqli_connect($host, $user, $password);',
      'if (!mysql_real_connect(&mysql, "db.example.com", "app_user", password, "shop", 3306, NULL, 0))',
      "mysqli_real_connect($link, 'localhost', 'my_user', $password, 'world');",
      'my $dbh = DBI->connect($dsn, $user, $pass);',
      'conn = psycopg2.connect(host=h, user=u, password=os.environ["PGPASSWORD"])',
      'socket.connect(host, port, "tcp")',
    ],
  },
  'ansible-vault': {
    secrets: [
      '$ANSIBLE_VAULT;1.1;AES256⟦\n6231336265386431306337313762363163323832653437366361336662646535\n3938643965376535363664393862⟧\n',
      'db_password: !vault |\n  $ANSIBLE_VAULT;1.2;AES256;prod⟦\n  3362653864313063373137623631633238\n  6461373938643965⟧\n',
    ],
    clean: [
      'Encrypt it with ansible-vault encrypt_string; the file then starts with $ANSIBLE_VAULT;1.1;AES256.',
      'vault_password_file = ~/.vault_pass.txt',
    ],
  },
};
