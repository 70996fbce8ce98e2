// Defects the sixteenth round noticed and left, each fixed by what its grammar's documentation says
// the value is (bench/guard/README.md, seventeenth round, guardgrammar2).
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('docker login --password-stdin takes no argument: the word after it is the registry, the password comes on standard input', () => {
  assertLeaves([
    'aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com',
    'docker login -u bot --password-stdin Xk29fLm3pQ8zR4',
    'cat ~/token | helm registry login ghcr.io -u bot --password-stdin Xk29fLm3pQ8zR4',
    'podman login --password-stdin quay9Xk2Lm3pQ8z.example.io < pw.txt',
  ]);
  assertFinds([
    'echo ⟦Xk29fLm3pQ8zR4⟧ | docker login ghcr.io -u app --password-stdin',
    'docker login -u bot --password ⟦Xk29fLm3pQ8zR4⟧ ghcr.io',
    'docker login -u bot -p ⟦Xk29fLm3pQ8zR4⟧ ghcr.io',
  ]);
});

test("Jenkins' credentials binding names the variable that will hold a password: passwordVariable's value is a name", () => {
  assertLeaves([
    '<passwordVariable>Xk29fLm3pQ8z</passwordVariable>',
    '<org.jenkinsci.plugins.credentialsbinding.impl.UsernamePasswordMultiBinding>\n  <credentialsId>nexus</credentialsId>\n  <usernameVariable>NEXUS_USER</usernameVariable>\n  <passwordVariable>Pw9xQ2mLk7</passwordVariable>\n</org.jenkinsci.plugins.credentialsbinding.impl.UsernamePasswordMultiBinding>',
    "withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'NEXUS_USER', passwordVariable: 'Xk29fLm3pQ8z')])",
    "withCredentials([sshUserPrivateKey(credentialsId: 'git', keyFileVariable: 'KEY', passphraseVariable: 'Pw9xQ2mLk7')])",
  ]);
  assertFinds([
    '<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>nexus</id>\n  <username>ci</username>\n  <password>⟦Pw9xQ2mLk7⟧</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
    '<password>⟦Pw9xQ2mLk7⟧</password>',
    "passwordValue: '⟦Xk29fLm3pQ8z⟧'",
  ]);
});

test('an environment entry written as a string is `NAME=value` to its closing quote: `;`, `,` and blanks are characters of the value', () => {
  assertFinds([
    'withEnv(["TOKEN=⟦a8Fk2;Lm3pQ9⟧"]) {',
    "withEnv(['API_TOKEN=⟦sunflower42⟧', 'X=1']) {",
    'withEnv(["PASSWORD=⟦sunflower⟧"]) {',
    'cmd.Env = append(os.Environ(), "DB_PASSWORD=⟦sun;flower42⟧")',
    'char *envp[] = {"DB_PASSWORD=⟦sun;flower42⟧", NULL};',
    'putenv("DB_PASSWORD=⟦sun,flower 42⟧");',
    'services:\n  db:\n    environment: ["POSTGRES_PASSWORD=⟦sun;flower42⟧"]',
    '      - "POSTGRES_PASSWORD=⟦sun;flower42⟧"',
  ]);
  assertLeaves([
    'withEnv(["TOKEN=${env.TOKEN}"]) {',
    'withEnv(["PASSWORD=$PASS"]) {',
    'withEnv(["PATH+MAVEN=${tool \'mvn\'}/bin", "TOKEN_TYPE=bearer;x"]) {',
    'print("TOKEN=" + token)',
    'os.Setenv("TOKEN", value)',
    'withEnv(["API_TOKEN=<your-token>"]) {',
  ]);
});

test('an environment entry keeps the separators of the grammar its string holds: connection fields, KEY=VALUE pairs, a query', () => {
  // The value of a field ends at the next field; the next field's value is no part of it.
  assertLeaves(['"PASSWORD=********;SERVER=db01"', '"DB_PASSWORD=******** DB_USER=app01"']);
  assertFinds(['"PASSWORD=⟦Xk29fLm3⟧;SERVER=db01"', '"DB_PASSWORD=⟦Xk29fLm3⟧ DB_USER=app"']);
});

test("libpq's conninfo ends at its string's closing quote, as at a line's end: the password written last is found", () => {
  assertFinds([
    '$dbconn = pg_connect("host=localhost port=5432 dbname=mary user=lamb password=⟦foo5bar⟧");',
    "  :authn_dbd_params => 'host=db_host port=3306 user=apache password=⟦Pl4nk-wood9⟧',",
    ":authn_dbd_params => 'host=db_host port=3306 user=apache password=⟦Pl4nk-wood9⟧ dbname=apache_auth',",
    'DBDParams "host=db_host port=3306 user=apache password=⟦Pl4nk-wood9⟧"',
  ]);
  // The mask of Nosey Parker's example (`######`) is a mask by the placeholder policy: not a value.
  assertLeaves([
    ":authn_dbd_params => 'host=db_host port=3306 user=apache password=###### dbname=apache_auth',",
    '$dbconn = pg_connect("host=localhost dbname=mary user=lamb password=$PGPASSWORD");',
    'pg_connect("host=$host dbname=$db user=$user password=$pass");',
    'printf("x=1 password=%d", n);',
  ]);
});

test("a line of redis.conf or sentinel.conf written in a string starts at the string's quote and ends at its close or an escaped line break", () => {
  assertFinds([
    '{"source": "requirepass ⟦s3cr3tPw9⟧"}',
    '{"cell_type": "code", "source": ["masterauth ⟦Xk29fLm3pQ8z⟧\\n", "requirepass ⟦Pl4nk-wood9⟧\\n"]}',
    'RUN echo "requirepass ⟦Pl4nk-wood9⟧" >> /etc/redis/redis.conf',
    "    line: 'requirepass ⟦Pl4nk-wood9⟧'",
    'echo "sentinel auth-pass mymaster ⟦Xk29fLm3pQ8z⟧" >> sentinel.conf',
  ]);
  assertLeaves([
    '"# requirepass foobared"',
    '"requirepass <password>"',
    '"requirepass ${REDIS_PASSWORD}"',
    'msg = "requirepass is not set"',
    'raise ValueError("requirepass")',
    'log("requirepass ok for " + host)',
    // `psk=` keeps its line's start: in a string it opens a query or a message.
    // (A `psk` query field is no redis.conf line; it is read as any secret-named key's field is, keyedForms.test.ts.)
    'url = "psk=&mode=x"',
  ]);
});

test('redis-server takes any redis.conf directive on its command line after `--`: --requirepass VALUE, bare, quoted or the next item of a list', () => {
  assertFinds([
    '"command": "redis-server --requirepass ⟦Xk29fLm3pQ8z⟧"',
    'command: redis-server --appendonly yes --requirepass ⟦Pl4nk-wood9⟧',
    'command: ["redis-server", "--requirepass", "⟦Pl4nk-wood9⟧"]',
    "redis-server /etc/redis.conf --masterauth '⟦Xk29fLm3pQ8z⟧' --port 6380",
  ]);
  assertLeaves([
    'command: redis-server --requirepass ${REDIS_PASSWORD}',
    'command: ["redis-server", "--requirepass", "$REDIS_PASSWORD"]',
    'redis-server --requirepass',
    'command: redis-server --requirepass "$(cat /run/secrets/redis)"',
  ]);
});

test("POSIX's PWD and OLDPWD in an environment entry are the working directory, not a password", () => {
  assertLeaves(['// process (["USER=go", "PWD=/tmp"]).', 'env := []string{"HOME=/home/go", "OLDPWD=/srv/app"}']);
  assertFinds(['env := []string{"HOME=/home/go", "DB_PWD=⟦Xk29fLm3pQ8z⟧"}']);
});

test('a fallback literal after `||` or `??` may open the next line, where Prettier breaks a long expression', () => {
  assertFinds(['export const password =\n  process.env.DB_PASSWORD ||\n  "⟦sunflower42⟧";', "const token = process.env.API_TOKEN ??\n    '⟦Xk29fLm3pQ8z⟧';"]);
  assertLeaves([
    'const password = process.env.DB_PASSWORD ||\n  "";',
    'const password = process.env.DB_PASSWORD ||\n  config.password;',
    'const password = process.env.DB_PASSWORD ||\n  "<your-password>";',
  ]);
});

test("a URL's userinfo ends at the last `@` before the host, as MongoDB's, libpq's and curl's clients split it: the password holds the others", () => {
  assertFinds([
    'mongodb+srv://hpapp:⟦bria@pass135!⟧@cluster0.7xsu17j.mongodb.net/test',
    'mongodb://app:⟦p@ss@w0rd⟧@db1.example.com:27017,db2.example.com:27017/shop?replicaSet=rs0',
    'amqp://guest:⟦pa@ss135!⟧@rabbit.example.com:5672/vhost',
  ]);
  assertLeaves(['mongodb+srv://hpapp:<password>@cluster0.7xsu17j.mongodb.net/test', 'send mail to ops@example.com or dev@example.com']);
});

test("a web server's header directive written in a string starts at its quote: an inline configuration-snippet, echo … >> nginx.conf", () => {
  assertFinds([
    'nginx.ingress.kubernetes.io/configuration-snippet: "proxy_set_header X-Api-Key ⟦Xk29fLm3pQ8zR4tV⟧;"',
    'annotations = { "nginx.ingress.kubernetes.io/configuration-snippet" = "proxy_set_header Authorization \\"Bearer ⟦Xk29fLm3pQ8zR4tV⟧\\";\\nproxy_set_header Host $host;" }',
    "RUN echo 'RequestHeader set X-Auth-Token ⟦Pl4nk-wood9⟧' >> /etc/apache2/conf.d/auth.conf",
    '"fastcgi_param DB_PASSWORD ⟦Sunflower42⟧;\\n"',
  ]);
  assertLeaves([
    '"proxy_set_header X-Api-Key $http_x_api_key;"',
    '"proxy_set_header Host $host;"',
    '"add_header X-Frame-Options SAMEORIGIN always;"',
    'msg = "proxy_set_header Authorization is required"',
    '"RequestHeader set Authorization \\"Basic dXNlcm5hbWU6cGFzc3dvcmQ=\\""',
  ]);
});

test('ssh-keygen -p takes the old passphrase (-P) and the new one (-N) on one line: both are found', () => {
  assertFinds(["ssh-keygen -p -f ~/.ssh/id_ed25519 -P '⟦Sunflower42⟧' -N ⟦Xk29fLm3pQ8z⟧", 'ssh-keygen -p -P ⟦Pl4nk-wood9⟧ -N "⟦Xk9#mQ2;pLw7⟧" -f key']);
  assertLeaves(['ssh-keygen -p -f key -P "$OLD_PASSPHRASE" -N "$NEW_PASSPHRASE"', 'ssh-keygen -p -f key -P "" -N ""']);
});
