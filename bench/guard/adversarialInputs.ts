// One input of about 1 MB per pattern family, built to make a backtracking pattern slow: long
// runs of the characters a family's pattern consumes, its prefix repeated without the rest,
// separators that almost complete a match. Only timed.
import type { CorpusItem } from './redactionScore';

import { adversarialFormFamilies } from './adversarialFormFamilies';
import { encodedKeyLines, fill, linesNumbered, linesOfDifferentValues, MB, ruleKeywordLines, walletDump } from './adversarialText';

export const adversarialFamilies: Record<string, string> = {
  'jwt (eyJ… runs)': fill('eyJabcdefgh.'),
  'jwt (dotted segments)': fill('eyJhbGciOiJIUzI1NiJ9.eyJ'),
  // A JOSE header before payloads that are not JSON, and headers joined by dashes into one run.
  'jws (payloads not json)': fill('eyJhbGciOiJIUzI1NiJ9.x-y.'),
  'jws (jose headers in one run)': fill('eyJ0eXAi-eyJhbGci.'),
  // Twenty-eighth round (guardjwe): a JWE's five segments (RFC 7516 §7.1), JOSE headers joined in one run, the encrypted
  // key empty, the tag one character short of none.
  'jwe (five segments, the tag short)': fill('eyJ0eXAiOiJKV1Qi-eyJhbGciOiJkaXIifQ..48V1_ALb6US04U3b.c.t '),
  // Sixteenth round: prefixes right after escapes; unsecured JWTs on every line (each decoded), and dotted runs
  // ending in a dot whose header opens like JSON but is not; the new prefixes and MaxMind's end mark without a key.
  'issuer-prefixed runs after escapes': fill('\\nacme_live_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0 %3Dzq_pat_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7x '),
  'distinctive prefixes glued after words': fill('xyzghp_ tokenglpat- abcsk_live_ qqnpm_ zzdckr_pat_ wwhvs.abc '),
  'vendor prefixes after escapes': fill('\\nghp_%3Dglpat-\\u0022xoxb-\\tsk_live_%22AKIA'),
  'unsigned jwts on every line': fill('eyAiYWxnIjogIm5vbmUiIH0.eyAic3ViIjogIngiIH0.\n'),
  'unsigned jwt look-alikes': fill('eyJhbGciOiJIUzI1NiJ9.e30. ewogICJhIjogMQ.e30. '),
  'new vendor prefixes without bodies': fill('s-s4t2ud- VF.DM. thog-key- pk_12345678_ salad_cloud_ab_ 1/1234567890123456: a1B2c3_d4E5f6g7H8i9j0K1l2M3n4O5p6Q7r8S_mmk'),
  'entra refresh tokens cut short, gemini prefixes': fill(`0.A${'b'.repeat(1990)}.A 0.A${'c'.repeat(60)}.Ag- master-abc account-Xy9 `),
  'noseyparker prefixes without bodies': fill('hawk.abc eyJrIjoi NRAL NF- NRIQ- NRRA- ghr_ tk.eyJ xapp-123456789012- '),
  'hex runs before end marks (new relic, maxmind)': fill(`${'0123456789abcdef'.repeat(40)}NRAL ${'aB3dE6gH9jK2'.repeat(40)}_mmk `),
  'vendor prefixes without bodies': fill('ghp_ glpat- xoxb- sk_live_ AKIA AIza SG. npm_ hf_ sgp_ '),
  'base64 run (high entropy)': fill('Qm9keUZvclRoZVN0cmVzc1Rlc3Q0Mj+/'),
  'one giant token': fill('aB3dE6gH9jK2mN5pQ8sT1vW4yZ7'),
  'assignment keys without values': fill('password_token_secret_key='),
  'keywords glued together': fill('passwordtokensecretkeyauth'),
  'assignments on every line': fill('API_KEY=abc\n'),
  'quotes that never close': fill('token = "abcdefghijklmnop'),
  'xml attributes': fill('<add key="password" value="x'),
  'url credentials without host': fill('https://user:pass'),
  'curl -u runs': fill('curl -u a:b -u '),
  'private key header repeated': fill('-----BEGIN RSA PRIVATE KEY-----\n'),
  'private key body without end': `-----BEGIN PRIVATE KEY-----\n${fill('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n').slice(0, MB - 40)}`,
  'digits and colons (telegram)': fill('1234567890:AA'),
  'hex runs (mailchimp, twilio)': fill('0123456789abcdef'),
  'dashes and tildes (azure)': fill('abc8Q~-.'),
  // SAS parameters joined without end, and signatures in one long query: the token's reach either side.
  'sas parameters without end (azure)': fill('sp=r&st=2025-03-04T07:24:52Z&se=x&'),
  'sas signatures in one query (azure)': fill('&sig=WSdF9YeZhvrbs%2B%2B1f8ZdDBzEe7fBJ%2BenuaXQ%2BJ9WOw0%3D&sv=2022-11-02'),
  // .pgpass lines four fields long, a host name as long as a line, and Jenkins' encrypted prefix without its closing brace.
  'pgpass fields without a password': fill('db.example.com:5432:app:ops:\n'),
  'pgpass host runs': fill(`${'a'.repeat(300)}:5432:`),
  'jenkins secrets without an end': fill(`{AQAAABAAAA${'Qm9k'.repeat(50)} `),
  'blank lines and spaces': fill(' \t\n'),
  // A key, its operator and a column's worth of blanks before a value that never closes.
  'values aligned far after their operator': fill(`token:${' '.repeat(40)}"abc`),
  'a long inner run of padding in a quoted token': fill(`"a${'='.repeat(990)}b" `),
  'a long inner run of separators in a quoted value': fill(`password = "a${';'.repeat(390)}b"\n`),
  'name/value pairs without a value': fill('- name: DB_PASSWORD\n  value: '),
  'name/value keys run together': fill('"name": "key", "value"'),
  'connect calls without a password': fill('mysqli_connect(a, b, '),
  'ansible vault payload': `$ANSIBLE_VAULT;1.1;AES256\n${fill('6231336265386431\n').slice(0, MB - 40)}`,
  'template slots in a quoted value': fill('password = "{{ a }}${b}{}$(c)x'),
  'string prefixes without a string': fill('token = f"'),
  'name lists without literals': fill('password, token, '),
  // Constants whose value spells their own key (OAuth's grant names): each read to its words and let go, two
  // alternating so no value is asked again right after itself.
  'constants that spell their own key, every line': fill('CLIENT_CREDENTIALS_GRANT: "client_credentials"\nREFRESH_TOKEN_GRANT: "refresh_token"\n'),
  'list items under a secret key': fill('passwords:\n  - a\n'),
  'escaped quotes that never close': fill('{\\"password\\": \\"abc'),
  'connection-string and query fields': fill(';Password=a&pass=b;User ID='),
  'literals compared with names': fill('"abcdef" == password_hint '),
  'type annotations without a value': fill('apiKey: string '),
  'env flags without a value': fill('docker run -e DB_PASSWORD '),
  'variable blocks without a default': fill('variable "db_password" { type = string '),
  'tool arguments without a password': fill('sqlcmd -S db -U sa redis-cli -a '),
  'names that name secrets': fill('token = accessToken; KEY: "AdminAPIKeys", '),
  'session cookies without a value': fill('Cookie: sessionid=; Set-Cookie: '),
  'mapping children under a secret key': fill('secrets:\n  a: b\n'),
  'properties keys before blanks': fill('db.password \n'),
  'yaml tags without a value': fill('password: !!str '),
  'secret commands without a value': fill('kubectl create secret generic a --from-literal='),
  'sql password clauses without a literal': fill("IDENTIFIED BY WITH PASSWORD '"),
  'tool positions without a password': fill('ldapsearch -w htpasswd -b a rabbitmqctl add_user net user '),
  'piped passwords without a tool': fill('echo "a:b" | echo "x" | '),
  'webhook hosts without a path': fill('https://maker.ifttt.com/use/ https://open.feishu.cn/open-apis/bot/v2/hook/ '),
  // Seventh round's families.
  'user options without a password option': fill('-u admin a b c d e f /u:x /user '),
  'password options after a user, every line': fill('mongo -u admin -p aB3dE6gH9jK2\n'),
  'authorization schemes without a credential': fill('Authorization: SSWS Authorization: Api-Key x '),
  'tool config set without a value': fill('npm config set //r/:_authToken git config --global '),
  'samba, lftp and httpie users without a password': fill('smbclient -U a% lftp -u a, http -a a: '),
  'punctuated values that never end their line': fill('password = K9(w}e$[tR#2>pQ x '),
  'punctuated values, every line': fill('password = K9(w}e$[tR#2>pQ\n'),
  // Eighth round's families.
  'defines without a literal': fill('#define PASSWORD #define API_KEY "'),
  'cdata that never ends': fill('<password><![CDATA[a]b]]'),
  'xml elements with attributes, never closed': fill('<password type="a">b>c'),
  'yaml anchors and aliases': fill('password: &pw password: *pw\n'),
  'cloudflare and zoho prefixes without bodies': fill('cfut_ cfk_ cfat_ 1000.0123456789abcdef '),
  'login and connect calls without a literal': fill('server.login(user, DriverManager.getConnection(url, u, FTP(a, b, '),
  'signing calls without a key': fill('jwt.sign({ id: a }, jwt.verify(t, createHmac("sha256", hmac.new(b'),
  'passphrase keys with words that never end': fill('mnemonic: alpha bravo charlie delta echo '),
  'reference defaults never closed': fill('${DB_PASSWORD:-abc'),
  'secret stores without a value': fill('gh secret set A --body echo "x" | aws ssm put-parameter --type SecureString '),
  'brackets that open a call on every line': fill('token = a.b(c[d]{e\n'),
  // Ninth round's families.
  'partner prefixes without bodies': fill('CCIPAT_a_ sha256~ zpka_0123456789abcdef_ mdb_sa_sk_ phx_ '),
  'encoding prefixes without a string': fill('password = L"a token = u8"'),
  'set password without a literal': fill("SET PASSWORD FOR 'a'@'b' = PASSWORD(x) set password for "),
  'conversion calls without a literal': fill('password = String::from(x) password = new String( token = str('),
  'settings quoted after set and section paths': fill('set "DB_PASSWORD= - "API_KEY= a:b:password=$x --Db:Password '),
  // Tenth round's.
  'password hash prefixes and salts without a hash': fill('$6$rounds=5000$abcdefgh$ $2b$12$ab/cd $y$j9T$ab$ $argon2id$v=19$m=1,t=1,p=1$ab$ $apr1$abc$'),
  'ssh2 key lines without an end': `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n${fill('Comment: a\n').slice(0, MB - 60)}`,
  // Fourteenth round's: issuers' prefixes before generated and worded bodies, a directive's
  // generated word on every line, a header argument per command, base64 private keys, an encrypted
  // key's headers.
  'issuer-prefixed tokens, one after another': fill('acme_live_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0 '),
  'issuer prefixes before worded bodies': fill('acme_live_ThisIsJustWordsAndMoreWordsHere1 '),
  'directives with a generated word, every line': fill('Token aB3dE6gH9jK2mN5pQ8sT1vW4\n'),
  'header arguments, one per command': fill('curl -H "X-Api-Key: aB3dE6gH" '),
  'base64 private keys, one after another': fill('LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcw '),
  'private key headers without a body': `-----BEGIN RSA PRIVATE KEY-----\n${fill('Proc-Type: 4,ENCRYPTED\n').slice(0, MB - 40)}`,
  // Fifteenth round's (the grammar matrix's rules): a web server's header directive on every line,
  // with and without a value; braced fields never closed; tool names whose password option never
  // comes (each reads ahead on its line); credential calls without a literal; redis directives and
  // Go DSNs on every line; Composer's host map with many hosts; PowerShell env items without a value.
  'header directives, every line': fill('proxy_set_header X-Api-Key aB3dE6gH9jK2mN5p;\n'),
  'header directives without a value': fill('proxy_set_header X-Api-Key RequestHeader set Authorization "Bearer '),
  'braced fields never closed': fill(';Pwd={a;Password = {b'),
  'tool names without a password option': fill('zip 7z openssl ssh-keygen vault login -x '),
  'credential calls without a literal': fill('req.basic_auth a, smtp.PlainAuth(a, b, ldap_bind(a, b, .simple_bind_s(a, '),
  'password directives, every line': fill('requirepass aB3dE6gH9jK2\n'),
  'go dsns, every line': fill('app:aB3dE6gH9jK2@tcp(db:3306)/shop\n'),
  'composer hosts, one object': `{"bearer": {${fill('"a.example.com": "aB3dE6gH9jK2", ').slice(0, MB - 40)}}}`,
  'powershell env items without a value': fill('Set-Item -Path Env:API_TOKEN -Value '),
  'plist keys and settings without a value element': fill('<key>APIKey</key>\n<setting name="ApiSecret">\n'),
  'lisp, edn and cmake bindings, one after another': fill('(def api-key "aB3dE6gH9jK2") :password "aB3dE6gH9jK2" set(API_TOKEN "aB3dE6gH9jK2")\n'),
  'borrowed types and accessors without a value': fill("const API_KEY: &'static str Password { get; set; } "),
  // Fifteenth round's second pass (toolConfigCredentialRules): every tool-config grammar on every line,
  // and each rule's opening words without the rest (option lists of names, a user never given a password).
  'tool config credentials, every line': fill('user = "app:aB3dE6gH9jK2"\nremotepass = aB3dE6gH9jK2\nbindpw aB3dE6gH9jK2\nBUNDLE_GEMS__EXAMPLE__COM="app:aB3dE6gH9jK2"\nmount -o user=a,password=aB3dE6gH9jK2\nmysqladmin -u root password aB3dE6gH9jK2\nhttps://h.example/t/aB3dE6gH9jK2mN5p/c\n'),
  'option lists and config words without a password': fill('a=b,c.d.e=f,g-h=i,passw,pwd user "a" there with pass BUNDLE_A__B__C mysqladmin x /t/ab '),
  'rust str items, prose key phrases and spring defaults, every line': fill('const API_KEY: &str = "aB3dE6gH9jK2mN5p";\nUse the API key `aB3dE6gH9jK2mN5p` now.\n@Value("${api.key:aB3dE6gH9jK2mN5p}")\nnpmAuthIdent: "app:aB3dE6gH9jK2"\n'),
  'rust items and key phrases without a literal': fill("const KEY: &'static str = static X: & str API key `a` token `"),
  'admin commands with a password, every line': fill('net use \\\\srv\\share aB3dE6gH9jK2 /user:app\nschtasks /create /ru app /rp aB3dE6gH9jK2\nnmcli dev wifi connect h password aB3dE6gH9jK2\nwpa_passphrase h aB3dE6gH9jK2\necho aB3dE6gH9jK2 | passwd --stdin app\nmc alias set m http://m:9000 app aB3dE6gH9jK2\nvault write auth/userpass/users/a password=aB3dE6gH9jK2\n'),
  'admin command names without a password': fill('net use \\\\s\\x schtasks /x nmcli a b wpa_passphrase mc alias set a b c vault write a/users/b c=d echo a | '),
  // guardgrammar, sixteenth round: a quoted argument holding separators; Jenkins' credential elements.
  'quoted tool passwords with separators, every line': fill('psexec \\\\h -u a -p "aB3;dE6#gH9 jK2" cmd\nsshpass -p \'aB3;dE6#gH9\' ssh h\nmysql -u r -p"aB3;dE6#gH9" db\ndocker login -u a -p "aB3;dE6#gH9" r\n'),
  'quoted tool options never closed': fill('psexec -u a -p "aB3;dE6#gH9 sshpass -p \'aB3 mysql -p" docker login -p "'),
  'jenkins credential elements, every field': fill('<a.StringCredentialsImpl><id>x</id><secret>{AQAAABAAAA aB3dE6gH9jK2}</secret><password>aB3dE6gH9jK2</password></a.StringCredentialsImpl>\n'),
  'jenkins credential openings without a close': fill('<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl><password>a<secret>'),
  'documented calls with a password, every line': fill("ssh.Password(\"aB3dE6gH9jK2\")\nredis.Redis('h', 6379, 0, 'aB3dE6gH9jK2')\npika.PlainCredentials('a', 'aB3dE6gH9jK2')\nMinio(\"h\", \"k\", \"aB3dE6gH9jK2\")\nmgr.add_password(None, u, 'a', 'aB3dE6gH9jK2')\n"),
  'documented call names without a literal': fill('Redis(a, b, c, d) Minio( PlainCredentials(x, URL.create( .addIdentity( add_password( ssh.Password( '),
  'sql inserts with a password, every line': fill("INSERT INTO users (id, name, password) VALUES (1, 'a', 'aB3dE6gH9jK2');\n"),
  'sql inserts whose values never close': fill("INSERT INTO t (password, key, token) VALUES ('a'', 'b"),
  // Thirty-fifth round's (tableColumnRule): a million short records under a secret-naming header, each a value to judge;
  // every line a wide header (each the record of the one before); quotes never closed under a header; GFM headers with
  // no delimiter row; COPY's rows, each a different value.
  'table records under a password header, short rows': 'name,password\n' + fill('a,b\n'),
  'table records under a password header, every row a value': 'id,password\n' + linesOfDifferentValues('7,'),
  'table headers wide, every line': fill(`${Array.from({ length: 63 }, (_, i) => (i % 3 === 0 ? 'password' : `c${i}`)).join(',')},token\n`),
  'table header over one long line': fill('password,token,'),
  'table fields quoted and never closed': fill('name,password\n"a,password,"b\n'),
  'gfm header rows without a delimiter row': fill('| name | password |\n| a | aB3dE6gH9jK2 |\n'),
  'copy rows under a password column': 'COPY users (id, password) FROM stdin;\n' + linesOfDifferentValues('1\t'),
  'long schemes and empty hosts, every line': fill('mysql+mariadbconnector://app:aB3dE6gH9jK2@/shop\nx-acme.v2.z+y-w://a:aB3dE6gH9jK2@h\n'),
  // Sixteenth round's (testVectorKey): a hex key on every line whose record is read field by field and
  // fails (its input is no hex), and keys one after another (each record read one field ahead).
  'test vector records that fail, every line': fill('{ key: "9d23bd4149cb979ccf3c5c94dd217e9808cb0e50cd0f67812235eaaf601d6232", nonce: "00", aad: "", input: "zz", output: "00" },\n'),
  'test vector keys one after another': fill('key: "9d23bd4149cb979ccf3c5c94dd217e9808cb0e50cd0f67812235eaaf601d6232"\n'),
  // Seventeenth round (guardvendor2): Microsoft's key signatures with tails one character off and base64 runs
  // one short before them, back to back; and the signatures alone.
  'azure key signatures with near-miss keys': fill(`${'aB3dE6gH9j'.repeat(4)}aAzCaQ12345 ${'aB3/+'.repeat(8)}aAzSeE1234 ${'x-Y_z'.repeat(8)}AzFuabcdeB= \\n${'Qm9k'.repeat(10)}+ACRA1234= `),
  'azure key signatures alone': fill('AzCa AZEG AzSe +ACR AzFu +ASt ACDb JQQJ9 '),
  'documented prefixes with bodies one short': fill('hcxik_abc123 ck_0123456789abcdef cs_ xnd_development_aB3+ akab-0123456789abcdef- 0.0.0.1 0.12345678-1234-1234-1234-123456789abc.aB3dE6gH9jK2mN5pQ8sT1vW4:abc api_live.abc. pdl_live_apikey_a_b_ mainnetaB3dE6 previewImage ipfs '),
  'numbers and versions (0. prefix)': fill('0.5 0.25:1 v0.1.2 0.0.0.0 1.0.0 0.a-b '),
  'more documented prefixes with bodies one short': fill('signkey-prod-0123abc xaat-01234567-0123- tr_dev_aB3dE6 ser.aB3dE6gH ser.x os_v2_app_abc eyJhcGlfYWRkcmVzcyI6 eyJVc2VySUQiOiI= cal_live_abc sk_sbox_abc2 '),
  // guardgrammar2, seventeenth round: config lines, environment entries and conninfo inside strings, redis-server's
  // options, on every line; and their openings without the rest (a quote before every word, entries never closed).
  'config lines, env entries and conninfo in strings, every line': fill('"requirepass aB3dE6gH9jK2\\n", "API_TOKEN=aB3;dE6gH9jK2", pg_connect("host=db user=a password=aB3dE6gH9jK2") redis-server --requirepass aB3dE6gH9jK2 ["--masterauth", "aB3dE6gH9jK2"] "proxy_set_header X-Api-Key aB3dE6gH9jK2mN5p;"\n'),
  'ssh-keygen passphrase options on one line, some without a value': fill('ssh-keygen -p -P aB3dE6gH9jK2 -N "aB3;dE6#gH9" -N -P -f k '),
  'string openings without a directive or a close': fill('"requirepass "masterauth "sentinel auth-pass m "TOKEN=a;b c "DB_PASSWORD=x y;z "host=a password=b --requirepass "proxy_set_header X-Api-Key "Header set '),
  // Seventeenth round's (escapedRegions): text dense with escapes, each read again where an escape ends a
  // value or opens a key's quote: a JSON log's messages, code with `"\n"` literals, a notebook's one long
  // source string (read twice: its region is the MB), percent-encoded values that decode separators.
  'json log messages with escaped lines and quotes, every line': fill('{"ts": "2026-12-04T10:00:00Z", "msg": "DB_PASSWORD=aB3dE6gH9jK2\\nHOST=\\"db\\"", "level": "info"}\n'),
  'code with escaped line breaks in its literals, every line': fill('printf("%s: %d\\n", name, n); puts("done\\r\\n"); s = \'a\\\'b\';\n'),
  'a notebook source string a MB long': `{"cell_type": "code", "source": "${fill('password = \\"aB3dE6gH9jK2\\"\\nprint(\\"x\\")\\n').slice(0, MB - 60)}"}`,
  'percent-encoded values with separators, one after another': fill('&q=password%3DaB3dE6gH9jK2%0Auser%3Dapp%20x'),
  // Seventeenth round (guardcalls, callSignatureRules): documented calls with a key or a password as
  // an argument on every line; their names with every argument but the literal; arguments never closed.
  'call signatures with a secret, every line': fill("crypto.createCipheriv('aes-256-cbc', 'aB3dE6gH9jK2', iv)\nCryptoJS.HmacSHA256(m, 'aB3dE6gH9jK2')\nhash_hmac('sha256', $d, 'aB3dE6gH9jK2')\nks.load(new FileInputStream(\"k.jks\"), \"aB3dE6gH9jK2\".toCharArray())\nnew AzureKeyCredential(\"aB3dE6gH9jK2\")\nclient.connect(\"h\", 22, \"u\", \"aB3dE6gH9jK2\")\n$redis->auth('aB3dE6gH9jK2')\nsonar.login=1f0e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c\n"),
  'call signature names without a literal': fill('createCipheriv(a, b, CryptoJS.AES.encrypt(JSON.stringify(d), k) hash_hmac(a, b, c) .load(a, b, c, d.toCharArray() .connect(h, 22, u, p) new JedisPool(a, b, c, d, e) basicAuth({ users: { a: b } }) sonar.login= '),
  'hashed passwords and client secrets, every line': fill("hashed = bcrypt.hashpw(b\"aB3dE6gH9jK2\", s)\n'password' => Hash::make('aB3dE6gH9jK2'),\nnew ClientSecretCredential(t, c, \"aB3dE6gH9jK2\")\nnew SshClient(\"h\", 22, \"u\", \"aB3dE6gH9jK2\")\nOpenSSL::PKey::RSA.new(File.read(\"k\"), \"aB3dE6gH9jK2\")\npsycopg2.connect(\"host=h password=aB3dE6gH9jK2\")\nl.Bind(\"cn=a\", \"aB3dE6gH9jK2\")\n"),
  'hash and client call names without a literal': fill('bcrypt.hash(p, 10) password_hash($p, A) new SshClient(h, 22, u, p) .Bind(a, b) psycopg2.connect("host=h a=b c=d app.keys = [k] Github(t) .create_user(a, b, c) '),
  'literals made bytes, every line': fill('var jwtSecret = []byte("aB3dE6gH9jK2")\nconst secret = new TextEncoder().encode("aB3dE6gH9jK2")\nvar key = Encoding.UTF8.GetBytes("aB3dE6gH9jK2");\nbody := []byte("hello")\nb := []byte(s)\n'),
  'byte conversions without a name': fill('[]byte("aB3dE6gH9jK2") = []byte("ab TextEncoder().encode(x) == []byte("abc") Encoding.UTF8.GetBytes(" '),
  // Thirty-eighth round (guardwrap1): a literal read through up to two conversions (convertedLiteral.ts), found on every
  // line; and conversions opened before a key argument or after a name without end, the literal never coming.
  'literals inside conversions, every line': fill('SECRET_KEY = bytes("aB3dE6gH9jK2", "utf-8")\nlet password = SecretBox::new(Box::new("aB3dE6gH9jK2".to_string()));\nlet secretKey = Data("aB3dE6gH9jK2".utf8)\nconst token = jwt.sign(p, Buffer.from("aB3dE6gH9jK2"));\nmac = hmac.new(bytes("aB3dE6gH9jK2", "utf-8"), m)\n'),
  'conversions opened without a literal': fill('jwt.sign(p, Buffer.from(SecretString::new(bytes(Box::new( createHmac("sha256", []byte(String::from(SecretStr( password = SecretBox::new(Box::new(Box::new("ab".into().into( hmac.new(bytearray(Data( '),
  'basic credentials built in code, every line': fill("h = { Authorization: 'Basic ' + btoa('u:aB3dE6gH9jK2') }\nauth = \"Basic \" + base64.b64encode(b\"u:aB3dE6gH9jK2\")\nfunc(t *jwt.Token) (interface{}, error) { return []byte(\"aB3dE6gH9jK2\"), nil }\noauth1.NewConfig(k, \"aB3dE6gH9jK2\")\n"),
  'basic schemes without an encoded literal': fill("Basic ' + btoa(u + ':' + p) Basic {base64.b64encode( Basic %s Basic ${btoa(`a:b *jwt.Token) (interface{}, error) { return k "),
  'auth pairs and logins, every line': fill("es = Elasticsearch(h, basic_auth=(\"elastic\", \"aB3dE6gH9jK2\"))\n$c = new Client(['auth' => ['u', 'aB3dE6gH9jK2']]);\nerr = c.Login(\"u\", \"aB3dE6gH9jK2\")\nauth = OAuth1(\"k\", \"aB3dE6gH9jK2\", \"o\", \"aB3dE6gH9jK2\")\n"),
  'call arguments never closed': fill('.load(new X("a, "b, openssl_encrypt(a, b, (c, NewDialer(a, 1, b, \'c, basicAuth({ users: { \'a\': \'b toCharArray '),
  // Nineteenth round (guardslotname): documented credential places and setter pairs on every line, and their names without a literal.
  'documented credential places and setter pairs, every line': fill("$m = imap_open(\"{h}INBOX\", \"u\", \"aB3dE6gH9jK2\");\n$c = cubrid_connect(\"h\", 33000, \"d\", \"u\", \"aB3dE6gH9jK2\");\nenv.put(Context.SECURITY_CREDENTIALS, \"aB3dE6gH9jK2\");\nprops.setProperty(\"password\", \"tiger\");\nos.Setenv(\"DB_PASSWORD\", \"tiger\")\n"),
  'documented credential places and setters without a literal': fill('imap_open(a, b, odbc_connect(a, b, cubrid_connect(a, 1, b, c, pg.DB(a, b, 1, None, c, env.put(Context.SECURITY_CREDENTIALS, new Encrypter( set("password", "a", put("pwd", '),
  // Eighteenth round (guardref): references by their documented syntax on every line (each value read by the placeholder
  // test's new slots), encrypted envelopes on every line (each span judged by bisection) and openings that never close
  // (the envelope scan from each `ENC[`), code expressions on every line (the expression test of each bare value).
  'references by their documented syntax, every line': fill("password: \"${{ secrets[format('{0}_TOKEN', m.env)] }}\"\nMasterUserPassword: !Join ['', ['{{resolve:x:', !Ref DBSecret, ':SecretString:password}}']]\nDB_PASSWORD: \"@Microsoft.KeyVault(VaultName=v;SecretName=s)\"\ntoken: \"$[ variables['db.password'] ]\"\napi-token: \"{{- with secret \"db\" -}}\"\n"),
  'encrypted envelopes, every line': fill('password: ENC[AES256_GCM,data:aB3dE6gH9jK2mN5p,iv:aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0=,tag:aB3dE6gH9jK2mN5pQ8sT1w==,type:str]\nkey: ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAxggEhMIIBHQIBADAFMAACAQEw]\n'),
  'envelope openings never closed': fill('ENC[AES256_GCM,data:aB3dE6gH9jK2,iv:aB3dE6 ENC[PKCS7,aB3dE6gH9jK2 ENC[GPG, ENC[ '),
  // Twenty-third round (guardrecall9): the documented credential parameters it added (Go JWT signers and key fields,
  // jose's jwtVerify, Node's request `auth` option, `.auth(user, password)`), with a literal on every line and without.
  'documented signing keys and request credentials, every line': fill('tokenString, err := jwt.Sign(jwt.HS256, []byte("aB3dE6gH9jK2"), claims)\nsigner := jwt.NewSigner(jwt.HS256, []byte("aB3dE6gH9jK2"), 15)\nhttp.request({ host: "x", auth: "u:aB3dE6gH9jK2" })\nsuperagent.get(u).auth("u", "aB3dE6gH9jK2")\n'),
  'documented signing keys and request credentials without a literal': fill('jwt.Sign(a, b, c)\nkeys.Register(jwt.HS256, a, b, c)\njwt.NewSigner(a, b)\njwtauth.New(a, b)\n&jwt.GinJWTMiddleware{Realm: a}\njose.SigningKey{Algorithm: a, Key: b}\njwtVerify(a, b)\nhttp.get(url, { headers: h })\nx.auth(a, b)\nloginWithUsernamePassword(a, b)\n'),
  'code expressions, every line': fill('function f(e){if(e.keyCode==18||!e.altKey)o.key=e.altKey?r.C0.ESC+o.key:r.C0.CR,t.apiKey=n.apiKey||t.env.API_KEY||k9Xw2Lp,t.token=a.b.c+d.e.f==g}\n'),
  // Eighteenth round (guardlang): other delimiters after a secret's key, on every line and opened without their close
  // (raw strings, long brackets, quote-like operators, here-documents and text blocks whose body never comes, line
  // continuations); SQL's password clauses and their statements without one; options' defaults with and without a name.
  'delimited literals after keys, every line': fill('token = r#"aB3dE6gH9jK2"#\npassword = [[aB3dE6gH9jK2]]\nsecret = %q(aB3dE6gH9jK2)\nkey = <<~EOS\n  aB3dE6gH9jK2\nEOS\napi_token = """\n  aB3dE6gH9jK2\n  """\npw = \\\n  aB3dE6gH9jK2\n'),
  'delimiters opened after keys, never closed': fill('token = r##"aB3 password = [==[x secret = q{ab pw = {id|x key = <<<\'EOT pw = R"abcdefghijklmnop(x pw = <<~A pw = @" x '),
  'sql password clauses, every line': fill("CREATE USER app IDENTIFIED BY aB3dE6gH9jK2;\nALTER ROLE app WITH LOGIN PASSWORD 'aB3dE6gH9jK2';\nCONNECT TO db USER app USING aB3dE6gH9jK2;\nSET PASSWORD FOR 'a'@'%' = 'aB3dE6gH9jK2';\n"),
  'sql statements without a password clause': fill('CREATE USER app grant select on t to app identified user role login connect to db password using x '),
  'option defaults, every line': fill('parser.add_argument("--password", default="aB3dE6gH9jK2")\n@ConfigProperty(name = "api.token", defaultValue = "aB3dE6gH9jK2")\nPassword string `env:"DB_PASSWORD" envDefault:"aB3dE6gH9jK2"`\n'),
  'defaults without a secret name': fill('"host", default="localhost" "a" "b" "c" "d" "e", default="x" default: '),
  // Thirty-second round (guardparent1): declarations' generic fields (declaredDefaultRule.ts) under credential names and
  // markers, every line, as CloudFormation, ARM, Terraform and OpenAPI write them; and fields whose declaration is never
  // found: no header above, indentation that changes every line, one-line blocks closed before the field, and a long
  // run of the same field under one header.
  'declared defaults, every line': fill('Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: aB3dE6gH9jK2\n  Port:\n    Default: "5432"\n{"adminPassword": {"type": "securestring", "defaultValue": "aB3dE6gH9jK2"}}\nvariable "master" {\n  sensitive = true\n  default = "aB3dE6gH9jK2"\n}\nproperties:\n  api_key:\n    example: aB3dE6gH9jK2\n@secure()\nparam v string = \'aB3dE6gH9jK2\'\n'),
  'declared defaults without a declaration': fill('default: aB3dE6gH9jK2\n      default: aB3dE6gH9jK2\n  - example: x\n}, "default": "aB3dE6gH9jK2", "examples": ["a", "b", \n"const": "x"} x: {default: ab}\n'),
  'declared defaults, one header': `Parameters:\n  DBPassword:\n${fill('    Default: aB3dE6gH9jK2\n    # the default\n')}`,
  // guardparent2: `value` members read by their parent object's name (ARM parameter files, terraform output -json, Azure
  // DevOps variables) among neutral parents, list records and nested objects, every line.
  'declared values, every line': fill('"parameters": {\n  "adminPassword": {\n    "value": "aB3dE6gH9jK2"\n  },\n  "location": {\n    "value": "westus"\n  }\n},\n{"db_password": {"sensitive": true, "type": "string", "value": "aB3dE6gH9jK2"}, "port": {"value": "5432"}}\nvariables:\n  dbPassword:\n    value: aB3dE6gH9jK2\n    isSecret: true\n  theme:\n    value: dark\n[{"name": "x", "value": "y"}, {"value": 1}] {"a": {"b": {"value": "c"}}}\n'),
  // Thirty-third round (guardnextline1): a name at one line's end and its value on the next (nextLineValueRule.ts,
  // blockScalar.ts's leading empty lines, string pieces joined by `+`), every line; and the openings alone: continuations after credential flags whose
  // next line is another flag, here-documents and parenthesised literals never closed, `define` without `endef`, block
  // scalars whose body never comes, and the keywords glued on one line.
  'next-line values, every line': fill("mycli login --password \\\n  aB3dE6gH9jK2 \\\n  --region eu\nENV DB_PASSWORD \\\n    aB3dE6gH9jK2\nAPI_TOKEN=$(cat <<'EOF'\naB3dE6gH9jK2\nEOF\n)\nread -r -d '' API_KEY <<EOF\naB3dE6gH9jK2\nEOF\nAPI_KEY = (\n    \"aB3dE6gH9j\"\n    \"K2mN5pQ8sT\"\n)\ndefine DB_PASSWORD =\naB3dE6gH9jK2\nendef\n#define API_KEY \\\n  \"aB3dE6gH9jK2\"\nNew-Thing -Password `\n  \"aB3dE6gH9jK2\"\npassword: |\n\n  aB3dE6gH9jK2\nString API_KEY = \"aB3dE6gH9j\" +\n    \"K2mN5pQ8sT\";\n"),
  'next-line openings without values': fill("mycli --password \\\n  --token \\\n  --api-key=\\\n  --secret \\\r\nx <<EOF <<EOF <<'A' <<-B\nTOKEN=$(cat <<EOF\nPASSWORD = (\n    \"a\"\n    \"b\"\nAPI_KEY = (\ndefine TOKEN\ndefine define define \npassword: |\n\n\n-Password `\n-Force\nString API_KEY = \"a\" +\n  x +\n"),
  // Thirty-fourth round (guardurl1): credentials a URL's path or userinfo carries: every form on every line, the places
  // without a token (one character short, a run of the token's alphabet that never ends, user names before no `@`).
  'url path tokens and userinfo tokens, every line': fill('https://api.telegram.org/bot4175632305:AAC6mcGhvvQGqJdbaP7TbGd19-eGhNJ8Is_/getMe\nhttps://chat.acme.io/hooks/9uhqjpep3aielj24rg0zy2p2gu\nhttps://chat.acme.io/hooks/6Tm9sPRdbgBSDXDLc/BW066EVnTClyqETRJqCJkrdNdK4mLMxiDxl7szc3U3rpdstq\nhttps://events.pagerduty.com/integration/a07b544e270d076849e801ce961dedaf/enqueue\nhttps://api.netlify.com/build_hooks/5f3a9c1e7b2d4a6f8e0c1b3d\nhttps://objectstorage.us-ashburn-1.oraclecloud.com/p/pCduWTR5JeD3AeZgSk5hDFw6kZE3/n/a/b/c/o/d\nhttps://x-access-token:aB3dE6gH9jK2mN5pQ8sT@github.com/a/b.git\nhttps://aB3dE6gH9jK2mN5pQ8sT1vW4:@pypi.fury.io/a/\nhttps://api_key:aB3dE6gH9jK2mN5p@h.example/x\nhttps://alert.victorops.com/integrations/generic/20131114/alert/f9374627-d032-454c-ad72-bbac6c39f047/db\nhttps://webexapis.com/v1/webhooks/incoming/Y2lzY29zcGFyazovL3VzL1dFQkhPT0svZmJhNmI5NGEtMDQ0NC00\nhttps://a.azurewebsites.net/api/f?x=1&code=aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0aB3dE6gH==\nhttps://api.openweathermap.org/data/2.5/weather?q=L&appid=a07b544e270d076849e801ce961dedaf\n'),
  'url path token places without a token': fill(`api.telegram.org/bot1234567890:${'aB3-_'.repeat(9)} /hooks/9uhqjpep3aielj24rg0zy2p2g/ /hooks/6Tm9sPRdbgBSDXDLc/${'aB3dE6'.repeat(9)}/hooks/ events.pagerduty.com/integration/a07b api.netlify.com/build_hooks/5f3a9c1e objectstorage.us-ashburn-1.oraclecloud.com/p/${'aB3dE6gH9jK2'.repeat(20)}/x https://x-access-token:aB3dE6gH9jK2 https://${'a-b_c.d~'.repeat(10)}api_key:aB3dE6gH9jK2mN5p .azurewebsites.net/api/${'a/'.repeat(60)}?${'x=1&'.repeat(12)}code=aB3 api.openweathermap.org/d?${'q=L&'.repeat(12)}appid=a07b alert.victorops.com/integrations/generic/20131114/alert/f937 webexapis.com/v1/webhooks/incoming/${'aB3_'.repeat(60)}= `),
  // Forty-first round (guardurl1): Subsonic requests (subsonicAuthRule.ts) on every line, in HTML too; and the openings
  // alone: `/rest/x?` whose query never ends nor holds an `&`, and queries of one-letter fields that never name `u`, `v`, `c`.
  'subsonic requests, every line': fill('https://music.example.com/rest/ping.view?u=joe&p=aB3dE6gH9jK2&v=1.16.1&c=myapp\n<a href="/rest/stream?u=joe&amp;t=26719a1196d2a940705a59634eb18eab&amp;s=c19b2d&amp;v=1.16.1&amp;c=app">x</a>\nGET /rest/ping?u=joe&p=enc:5471372d6c6f726e&v=1.12.0&c=myapp&key=reports%2F2026%2Fq4.pdf\n'),
  'subsonic openings without a request': fill(`/rest/ab?${'p=aB3dE6gH9jK2'.repeat(3)}/rest/ping.view?p=x&t=y&s=z&${'q=1&'.repeat(40)}/rest/a1?key=a%2Fb%2Fc%2F${'d%2F'.repeat(20)} `),
  'next-line keywords glued': fill('\\\n<<= (\n`\ndefine <<<<endef\nendef \\\r\n+\n"+\n'),
  // Thirty-fourth round (guardnextline2): the code that holds next-line-value's keywords densely and no credential: C++
  // stream output (`<<` on every line, a shift among them, a `read ` in a message), shell commands continued a flag a line
  // (`\⏎` on every line), and JavaScript strings chained by `+` at their lines' ends.
  'stream output, every line': fill('std::cout << "value: " << x << std::endl;\nout<<std::setw(4)<<n<<\'\\n\';\nLOG(INFO) << "read " << count << " rows from " << path;\nss << a << b << "c" << 1 << 4;\nmask <<= 2; y = 1 << k;\nstd::cerr << "password length " << pw.size() << "\\n";\n'),
  'shell continuations without a value, every line': fill('docker run --rm \\\n  -v "$PWD:/src" \\\n  --name build \\\n  -e HOME=/tmp \\\n  image:latest \\\n  make all\n./configure --prefix=/usr \\\n    --enable-shared \\\n    --with-ssl=\\\n/opt/ssl\nENV PATH \\\n    /usr/local/bin\n'),
  'string chains with plus, every line': fill('const msg = "Hello, " +\n  name +\n  "! You have " +\n  count +\n  " new messages.";\nconst url = \'https://api.example.com/\' +\n  \'v1/\' +\n  path;\nlabel = "Zq8Lm3Xv9Tb2" +\n    "Rk7Wp4NsQx7P";\ntotal = a +\n  b;\n'),
  // guardnextline2's readings across a line break, their openings without a value: tool commands continued over lines
  // (the stretch from the tool to its option crosses `\⏎`), calls laid out an argument a line with names, SQL's
  // `IDENTIFIED BY` and YAML's double quote at their lines' ends with nothing to read after them.
  'tool commands continued over lines, no password': fill('docker login \\\n  -u bot \\\n  --password-stdin \\\nsshpass \\\n  -f file \\\nredis-cli \\\n  -h h \\\nldapsearch \\\n  -x \\\nsqlcmd \\\n  -S db \\\nmysql \\\n  -u root \\\n  -p \\\npsexec \\\\h \\\n'),
  'call arguments a line, never a literal': fill('DriverManager.getConnection(\n    url,\n    user,\ncx_Oracle.connect(\n    user,\nserver.login(\n    me,\nFTP(\n    host,\n    "anonymous",\n'),
  'sql and yaml values opened at line ends': fill('CREATE USER app IDENTIFIED BY\n  \nALTER USER x IDENTIFIED BY\npassword: "\n  abc def\npassword: "abc\\\n  def\ntoken: "\n- api_key: "\\\n'),
  // Seventeenth round's (guardspeed4): every line a found secret as a real env or YAML file has it, each value
  // different. The every-line family repeats one value, one secret to seek again; here the 64 the redactor
  // seeks again are different, and were sought over the whole text one after another.
  'a different value every line, strong key': linesOfDifferentValues('pw: '),
  'a different value every line, weak key': linesOfDifferentValues('pat: '),
  // Eighteenth round (guardspeed7): after a name that is no key word, a 24-character value is the high-entropy
  // rule's to judge, every line (114 CPU ms/MB on main 1facb0c, in one process: slower than the two above).
  'a different value every line, no key word': linesOfDifferentValues('x: ', 24),
  // Eighteenth round (guardspeed8): a scanner's rule file (or our own rules' sources) first, 30 KB of lines naming
  // every rule's keywords, then random values: every rule is needed, and one whose keyword stood only in the first
  // 30 KB ran its expression over the whole MB (262 CPU ms/MB on main 1facb0c, in one process).
  'every rule keyword named, then a different value every line': `${ruleKeywordLines(30_000)}${linesOfDifferentValues('x: ', 40)}`.slice(0, MB),
  // Twenty-fourth round (guardrecall10's probes, added by the lead): every line a found secret under a name and a value
  // never met before, in the places guardrecall10 took: a lookup's default, strcmp, PowerShell's -eq. Each line's
  // name is judged anew (its probes of these shapes read 448, 228 and 81 CPU ms/MB on d22bf1e, one process, load 14).
  'lookups of a setting with a literal default, a different name every line': linesNumbered((i, v) => `pw${i} = os.getenv("DB_PASSWORD_${i}", "${v}")`),
  'strcmp with a literal, a different name every line': linesNumbered((i, v) => `if (strcmp(password${i}, "${v}") == 0) { ok(); }`),
  'powershell -eq with a literal, a different name every line': linesNumbered((i, v) => `if ($password${i} -eq "${v}") { $x${i} -ne $y }`),
  // Twenty-fifth round (guardrecall11): a literal bound to a name, then passed to a documented credential place; the
  // rule's worst cases: every second line a found secret under a name never met before; calls passing names bound to
  // calls or never bound (each call's window of lines read); one name bound again and again and passed on every line.
  'a literal bound then passed to a credential place, a different name every line': linesNumbered((i, v) => `p${i} = "${v}"\nserver.login("app", p${i})`),
  'credential places passed names bound to calls or never bound, every line': linesNumbered((i, v) => `p${i} = get("${v}")\nconn = DriverManager.getConnection(url, user, p${i}); jwt.sign(payload, k${i}); c({password: q${i}})`),
  'one name bound again and again, passed on every line': linesNumbered((i, v) => `String p = "${i % 2 ? v : 'hgfedcba'}"; hmac.new(p, msg)\nks.load(in, p.toCharArray()); new PDO($dsn, $u, $p);`),
  // Twenty-sixth round: a wallet dump, as Bitcoin Core's `dumpwallet` RPC writes one (a WIF private key a line, its
  // time, a label, the key's address after `# addr=`): every line a different key, decoded and its checksum hashed,
  // and an address decoded beside it. (The linearity repeats' WIF keys glued by ':' or '=' were the slowest tokens.)
  'wallet dump, a different WIF key every line': walletDump(),
  // Twenty-sixth round: a message bundle's body is asked of every value taken (resourceBundle.ts); small bundles with a
  // secret between each were one body scan per value per bundle, 220 ms/MB, before the bodies were halved.
  'resource bundle classes between secrets, every line': fill('class A extends ListResourceBundle {}\npassword = "k9Xq2LmZ7vRt"\n'),
  // A key inside a literal, then code joining it to the next literal (literalBetweenLiterals.ts), on one line with no end:
  // each value asks the line's quotes before it.
  'string concatenations after keys in literals, one long line': fill("'SET password = ' . ($pw == '' ? 'x' : 'y') . '"),
  // Twenty-seventh round (guardrecall15): libcurl's password options (a new rule's keywords), and lone words after
  // password directives, each read back over the line before it (msmtp's account commands).
  'libcurl password options and lone directive words, every line': fill('curl_easy_setopt(c, CURLOPT_USERPWD, "app:letmein");\nc.setopt(pycurl.PASSWORD, "secret")\nuser app\npassword letmein\nbindpw secret\nAuthLDAPBindPassword "letmein"\n'),
  'libcurl option names and directive words without a literal': fill('CURLOPT_USERPWD, pycurl.USERPWD => CURLOPT_PASSWORD x\npassword word\nrootpw\nAuthLDAPBindPassword exec:/bin/pw\n'),
  // Twenty-seventh round (guardrecall14): a map's documented pair constructors (pairElement.ts reads back from a key to
  // its brackets, at most 200 characters), macros, Rust's items and backtick literals in declarations, each with a value.
  'map pairs, initializers, macros and backtick declarations, every line': fill('Map.of("user", "app", "password", "aB3dE6gH9jK2", "token", "tiger")\nvar d = new Dictionary<string, string> { { "user", "app" }, { "password", "tiger" } };\nconfig = dict([("user", "app"), ("password", "tiger")])\n-define(PASSWORD, "tiger").\n#define API_KEY L"tiger"\nstatic mut TOKEN: &str = r"tiger";\nconst token = `tiger`;\nvar password string = `tiger`\n'),
  // Pairs with no map constructor before them on one long line, each value long enough to be judged: each key's list
  // read back toward a constructor.
  'pairs without a map constructor, one long line': fill('("token", "abc"), ["password", "abd"], {"apiKey", "abe"}, '),
  // `Map.of(` every ~200 characters, its arguments never closed, each value long enough to be judged: each later key
  // read back toward it.
  'Map.of arguments far from their call': fill(`Map.of(${'"token", "abc", '.repeat(13)}`),
  // Twenty-seventh round (guardrecall16): Android's buildConfigField and resValue (a new rule's keywords), a value on
  // every line in each documented form; and the calls' names with their first arguments and no value.
  'android build fields with a value, every line': fill('buildConfigField "String", "API_KEY", "\\"letmein\\""\nbuildConfigField(\'String\', \'CLIENT_SECRET\', \'"tiger12"\')\nresValue("string", "api_secret", "letmein")\nbuildConfigField(type = "String", name = "DB_PASSWORD", value = "\\"tiger12\\"")\n'),
  // Twenty-eighth round (guardbare1): the openings of private keys' containers in base64 (encoded-private-key), BIP32's
  // and Django's prefixes and minisign's comment line, each cut short of a body; and a different key on every line.
  'encoded key openings cut short': fill('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC= MC4CAQAwBQYDK2VwBCIE= b3BlbnNzaC1rZXktdjEAAAAABG5v= /u3+7QAAAAIAAAAB= MIGHAgEAMBMGByqGSM49AgEGCCqGSM49= xprv9s21ZrQH143K3DGF untrusted comment: minisign secret key\n django-insecure-q=3k!x7v '),
  'encoded private keys, one a line': encodedKeyLines(),
  'android build field names without a value': fill('buildConfigField "String", "API_KEY", BuildConfig resValue \'string\', "api_key", x buildConfigField(\n'),
  // Twenty-eighth round (guardread1): the keyed forms read anew, a value on every line (a directive's literal ended by
  // `;`, Tcl's set, a name's element and its value's, a lookup's default under a secret's key, an assignment broken after
  // `=`, a dotted `secret.key`, a snake-case setter); and their openings without a value (name elements whose value
  // element never comes, 200 blanks after each; `=` ending lines with no literal below).
  'keyed forms read in the twenty-eighth round, every line': fill('secret "aB3dE6gH9jK2";\nset password "tiger12"\n<name>fs.s3a.secret.key</name>\n<value>aB3dE6gH9jK2</value>\n<param-name>password</param-name><param-value>tiger12</param-value>\npassword = os.getenv("X", "tiger12")\nconst apiKey =\n  "aB3dE6gH9jK2";\naws.secret.key=aB3dE6gH9jK2\nc.client_secret("aB3dE6gH9jK2")\n'),
  'name elements and broken assignments without a value': fill(`<name>password</name>${' '.repeat(200)}<param-name>token</param-name>\npassword =\n  x\ntoken =${' '.repeat(30)}\n`),
  // nextLineScalar's looks: a key with nothing after its colon, its next line a key, code, a long run going on, a value; psk.
  'keys with nothing after their colon, every line': fill(`password:\n  connectTimeout: 3000\nif token:\n    token = refresh(token)\n  secret:\n    ${'x'.repeat(390)}\n      more\n"api_key":\n  "aB3dE6gH9jK2",\npsk:\n  tiger12\nwpa_psk=${' '.repeat(40)}\n`),
  // Twenty-ninth round: the keyed forms read (a `@Value` literal on a field, AppleScript's `set … to`, a JSON member broken
  // mid-line, `ssm put-parameter`'s name and value, a JWE's JSON members), and their words without a value: many
  // `--name`s after one command, `"ciphertext"` members far from any `"iv"`, `@Value(` before no literal, `set … to` a call.
  'keyed forms read in the twenty-ninth round, every line': fill('@Value("aB3dE6gH9jK2")\nprivate String password;\nset password to "tiger12"\n{"user": "a", "password":\n  "tiger12"}\naws ssm put-parameter --name /a/password --value aB3dE6gH9jK2\n{"iv":"AxY8DCtDaGlsbGljb3RoZQ","ciphertext":"KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY","tag":"Mz-VPPyU4RlcuYv1IwIvzw"}\n'),
  'put-parameter names, ciphertext members and annotations without a value': fill(`aws ssm put-parameter ${'--name a '.repeat(40)}\n"ciphertext": "${'A'.repeat(60)}", ${' '.repeat(30)}"tag": "x"\n@Value("\${a}") @Value(x) private String password;\nset token to my f("x")\n, "token":\n  x,\n`),
  // Thirty-fourth round (guardargs1): the credentials documented calls take by position (boto3's Session and client, botocore's
  // and the Rust SDK's Credentials after an access key ID, database/sql's DSN, MySQL's C API and PHP's procedural
  // real_connect, Groovy's Sql.newInstance, pysmb's SMBConnection), a value on every line; and their openings without one:
  // a DSN whose `@` and address never reach the database's `/`, calls whose arguments never hold a literal, key IDs
  // among many quotes.
  'positional credential calls read in the thirty-fourth round, every line': fill('boto3.Session("AKIAI44QH8DHBEXAMPLE", "aB3dE6gH9jK2")\ncreds = Credentials("AKIAI44QH8DHBEXAMPLE", "aB3dE6gH9jK2")\nCredentials::from_keys("ASIAI44QH8DHBEXAMPLE", "aB3dE6gH9jK2", None)\nboto3.client("s3", "eu", None, True, None, None, "k", "aB3dE6gH9jK2")\nsql.Open("mysql", "app:aB3/dE6+gH9@/shop")\nmysql_real_connect(&m, "h", "u", "aB3dE6gH9jK2", "d", 0, NULL, 0)\nmysqli_real_connect($l, \'h\', \'u\', \'tiger12\')\nSql.newInstance(u, \'a\', \'tiger12\', d)\nSMBConnection(\'a\', \'tiger12\', \'c\', \'s\')\n'),
  'positional credential call openings without a literal': fill(`sql.Open("mysql", "a:${'b@tcp(c'.repeat(30)}\nboto3.client(${'a, '.repeat(60)}\nboto3.Session(a, b) Credentials("AKIAI44QH8DHBEXAMPLE", x) ${'"asia" '.repeat(20)}\nmysql_real_connect(a, b, c, d) Sql.newInstance(a, b, c) SMBConnection(a, b)\n`),
  // Thirty-fourth round (guarddirective1): credentials written as a configuration directive (configDirectiveRules.ts), a
  // value on every line in each language's form; the directives' openings with no value (an ACL user's thirty rules and
  // no password, a poll line of 300 characters and no user, a debconf question with no answer, a key line with no key,
  // an unattend password element far from any value); and the rules' keywords glued.
  'configuration directives with a value, every line': fill('d-i passwd/root-password password aB3dE6gH9jK2\nenable secret 0 tiger12\nusername admin privilege 15 secret aB3dE6gH9jK2\n key-string tiger12\nsnmp-server community aB3dE6gH9jK2 RO\n  stats auth admin:tiger12\npoll mail.example.com proto pop3 user alice password aB3dE6gH9jK2\nrootpw --plaintext tiger12\n[smtp.example.com]:587 alice@example.com:aB3dE6gH9jK2\ncache_peer p.example.com parent 3128 0 login=alice:tiger12\n<auth-user-pass>\nalice\naB3dE6gH9jK2\n</auth-user-pass>\nuser alice on >tiger12 ~* +@all\n1 SHA1 HEX:aB3dE6gH9jK2\n<Password>\n<Value>aB3dE6gH9jK2</Value>\n</Password>\n'),
  'configuration directive openings without a value': fill(`user a${' +x'.repeat(40)}\npoll ${'a'.repeat(300)} user\nd-i a/b password\nd-i ${'a/'.repeat(40)} password \n1 SHA1\n2 M ${'#'.repeat(20)}\nenable secret 5\nusername admin privilege 15 secret 9\n[${'a.'.repeat(100)}b]:587 x\ncache_peer ${'x '.repeat(150)}\n<auth-user-pass>\nalice\n<Password>${' '.repeat(200)}<Name>x</Name>\nstats auth\n`),
  'configuration directive keywords glued': fill('key-stringsnmp-servertacacs-serverradius-serverpoll skip stats auth] ]:cache_peer<auth-user-pass><value> password  secret  >  md5  sha aes rmd160  m rootpw'),
  // Thirty-fifth round (guarddirective2): secrets files' lines (secretsFileLineRules.ts) and GRUB's and mbsync's directives,
  // a value on every line; their openings with no value (a selector of 300 characters and no type, a key file and no
  // passphrase, a header over a table of lines of another shape, an smbpasswd line with no flags, a password with its user
  // and no value); and the rules' keywords glued.
  'secrets file lines with a value, every line': fill('192.168.0.1 %any : PSK "aB3dE6gH9jK2"\nalice : XAUTH "tiger12"\n: RSA moonKey.pem "aB3dE6gH9jK2"\nalice\t*\t"tiger12"\t*\n# client\tserver\tsecret\tIP addresses\nalice\t*\taB3dE6gH9jK2\t*\nbob gw tiger12 10.0.0.2\nalice:1000:E52CAC67419A9A224A3B108F3FA6CB6D:8846F7EAEE8FB117AD06BDD830B7586C:[U          ]:LCT-5F3A1B2C:\nset superusers="root"\npassword root aB3dE6gH9jK2\nUser alice\nPass tiger12\n'),
  'secrets file openings without a value': fill(`${'a '.repeat(150)}: PSK\n: RSA ${'a'.repeat(300)}\n# client server secret\n${'a b c d e f g h i j k l\n'.repeat(20)}alice:1000:${'A'.repeat(32)}:${'B'.repeat(32)}:[U]\npassword root${' '.repeat(100)}\nPass\n${'* "'.repeat(30)}\nalice * "${'a'.repeat(300)} x\n`),
  'secrets file keywords glued': fill(': psk : eap : xauth : ntlm : rsa : ecdsa : bliss : pkcs8 : p12 : pin client\tserver\tsecretclient server secret*\t"* ""\t*" *:lct-passwordpass '),
  // A value continued over lines (continuedValueRule.ts): Java's `\`, configparser's and YAML's deeper lines, sixteen of
  // them after each value; and values ending their lines before deep lines that are no continuation (a key, a comment).
  'continued values, every line': fill(`db.password=aB3dE6gH9jK2\\\n    tiger12\n[db]\npassword = aB3dE6gH9jK2\n${'    tiger12\n'.repeat(16)}db:\n  password: aB3dE6gH9jK2\n    tiger12\n`),
  'continued value openings without a continuation': fill(`password = aB3dE6gH9jK2\n    host: db\npassword: aB3dE6gH9jK2\n    # a b\ndb.password=aB3dE6gH9jK2\\\n\n${' '.repeat(70)}password = aB3dE6gH9jK2${' '.repeat(70)}\n${' '.repeat(79)}x y\n`),
  // Thirty-fourth round (guardflag1): the tool-flag forms on every line; the tools named on one long line with no flag after
  // them (each reads ahead on its line), curl certificates whose names hold escaped colons and no password.
  'tool flags read in the thirty-fourth round, every line': fill("vsce publish -p aB3dE6gH9jK2\nldappasswd -x -W -s tiger12 uid=a\ncurl -E client.pem:aB3dE6gH9jK2 https://a\ngh auth login --with-token <<< aB3dE6gH9jK2\necho aB3dE6gH9jK2 | gh auth login --with-token\nsmbclient //a/b -U u%'tiger12' -c ls\ndotnet nuget push a.nupkg -k aB3dE6gH9jK2\n"),
  'tool names without their credential flag, one long line': fill('curl vsce -x ovsx ldappasswd -x gh auth login --with-token docker login --password-stdin < smbclient -U a% doctl auth init codecov dotnet nuget push -x '),
  'curl certificates without a password, one long line': fill('curl -E C:\\a\\:b\\:c.pem --cert pkcs11:x -E a.pem --cert "x\\:y '),
  // Thirty-fifth round (guardurl2): userinfo passwords with sub-delims and `@`, MySQL's URI-like strings without a scheme,
  // Go DSNs whose password holds `@` `/` `'`, Oracle's quoted passwords, every line; then the places with no password:
  // `@`s a host never follows after a user's `:` (each one tried for a host), the commands' words on one long line.
  'userinfo passwords with symbols and schemeless dsns, every line': fill("postgresql://app:GE0U'xt23LUS&0@db.example.com:5432/shop\nmongodb://admin:hr,Mi@kAMf,uF5@m1.example.com:27017,m2:27017/?rs=a\nredis://:a;b'c(d)@cache:6379/0\nmysqlsh app:P@ss!w0rd9@db.example.com:3306/shop\n\\connect --mysqlx app:Xk29f&m3@localhost:33060\nmysqlx.getSession('app:Xk29fLm3pQ8z@localhost')\ndsn := \"app:P@ss/w0rd'9x@tcp(db:3306)/shop\"\nDSN=app:Xk29fLm3pQ8z@tcp/shop\nsqlplus scott/\"p@ss/w0rd!9\"@db:1521/ORCL\n"),
  'userinfo places without a password, one long line': fill("a://u:x'@@-@.@[@!@'@,@;@( postgresql://app:x'y,z;@@@@ mysqlsh -a -b -c -d -e -f -g -h -i u:@ \\c --mx a:b' getSession('a:b\" a:b@tcp' sqlplus a/\"b@ "),
  ...adversarialFormFamilies,
};

export function adversarialItems(): CorpusItem[] {
  return Object.values(adversarialFamilies).map((text) => ({ text, secrets: [], label: 'stress' as const }));
}
