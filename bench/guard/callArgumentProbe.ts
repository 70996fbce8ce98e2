// Which credentials passed by position to a documented API the reading takes: each call as its own documentation writes
// it (smtplib's, imaplib's and ftplib's `login(user, password)`, poplib's `pass_`, JDBC's `getConnection(url, user,
// password)`, .NET's `NetworkCredential(user, password)`, paramiko's `connect(host, port, user, password)`, PyJWT's
// and jsonwebtoken's key, an HMAC's key, PHP's `mysqli_connect` and `PDO`, Ruby's `Net::SMTP.start` and `Net::FTP.new`,
// Go's `smtp.PlainAuth` and `SetBasicAuth`, the AWS SDKs' credentials, …) in the languages that call it, with §V§ the
// credential argument's content (in the call's own quotes), filled with the grammar matrix's value alphabets.
// To leave: the same calls with a variable, an environment lookup or a stand-in in the credential's place; the call's other
// arguments given literals (a user name, a host, an algorithm name, a payload) beside a variable credential; the same
// method names on receivers whose documentation names no credential there.
//
//   npx tsx bench/guard/callArgumentProbe.ts [--show] [--form REGEX]
import { seededRandom } from '../../src/core/seededRandom';
import { alphabets, SHORT } from './matrixAlphabets';
import { probeArgs } from './probeArgs';
import { fillPlace, PlaceTally } from './probePlaces';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

type Language = 'py' | 'js' | 'java' | 'kotlin' | 'groovy' | 'cs' | 'vb' | 'ps' | 'go' | 'php' | 'rb' | 'pl' | 'c' | 'rs';

// Each language's ways of writing the credential's place without a literal: a variable, an environment lookup.
const REFERENCES: Record<Language, readonly string[]> = {
  py: ['password', 'os.environ["SMTP_PASSWORD"]', 'settings.DB_PASSWORD'],
  js: ['password', 'process.env.DB_PASSWORD', 'config.secret'],
  java: ['password', 'System.getenv("DB_PASSWORD")', 'props.getProperty("db.password")'],
  kotlin: ['password', 'System.getenv("DB_PASSWORD")', 'config.password'],
  groovy: ['password', 'System.getenv("DB_PASSWORD")', 'config.db.password'],
  cs: ['password', 'Environment.GetEnvironmentVariable("DB_PASSWORD")', 'config["Smtp:Password"]'],
  vb: ['password', 'Environment.GetEnvironmentVariable("DB_PASSWORD")', 'My.Settings.SmtpPassword'],
  ps: ['$password', '$env:DB_PASSWORD', '$cred.Password'],
  go: ['password', 'os.Getenv("DB_PASSWORD")', 'cfg.Password'],
  php: ['$password', "getenv('DB_PASSWORD')", "$_ENV['DB_PASSWORD']"],
  rb: ['password', "ENV['SMTP_PASSWORD']", 'Rails.application.credentials.smtp_password'],
  pl: ['$password', '$ENV{DB_PASSWORD}', "$config{'password'}"],
  c: ['password', 'getenv("DB_PASSWORD")', 'opt_password'],
  rs: ['&password', '&env::var("AWS_SECRET_ACCESS_KEY")?', 'secret.as_str()'],
};
// Stand-ins written in the credential's place (the placeholder policy's own classes: the slot named, a mask, a template).
const STAND_INS = ['<password>', '${DB_PASSWORD}', 'xxxxxxxxxxxx', '********', 'your_password_here'];

interface Form {
  readonly id: string;
  readonly language: Language;
  /** The call with the credential's content at §V§, inside the quotes the call writes (`"§V§"`), the place §R§ stands for. */
  readonly template: string;
  /** The quoted place, `"§V§"` unless the form writes it otherwise (`b"§V§"`, `'§V§'`). */
  readonly place?: string;
  /** The same call with a variable credential and its other arguments given literals (every literal must be left). */
  readonly others?: string;
  /** The place is a URL's userinfo: only the alphabets RFC 3986 lets stand there unencoded. */
  readonly url?: true;
}

// The call as its API's reference writes it (the README's guardargs1 section names each document).
const FORMS: readonly Form[] = [
  // Python standard library: smtplib.SMTP.login, imaplib.IMAP4.login, ftplib.FTP.login and FTP(host, user, passwd), poplib.POP3.pass_.
  { id: 'smtplib login', language: 'py', template: 'server = smtplib.SMTP("smtp.example.com", 587)\nserver.starttls()\nserver.login("app@example.com", "§V§")', others: 'server.login("app@example.com", password)' },
  { id: 'smtplib SMTP_SSL with login', language: 'py', template: 'with smtplib.SMTP_SSL("smtp.gmail.com", 465, context=context) as server:\n    server.login(sender_email, "§V§")' },
  { id: 'imaplib login', language: 'py', template: "M = imaplib.IMAP4_SSL('imap.example.com')\nM.login('app', '§V§')", place: "'§V§'", others: "M.login('app', password)" },
  { id: 'ftplib login', language: 'py', template: "ftp = FTP('ftp.example.com')\nftp.login('deploy', '§V§')", place: "'§V§'", others: "ftp.login('deploy', password)" },
  { id: 'ftplib constructor', language: 'py', template: "ftp = FTP('ftp.example.com', 'deploy', '§V§')", place: "'§V§'", others: "ftp = FTP('ftp.example.com', 'deploy', password)" },
  { id: 'ftplib FTP_TLS constructor', language: 'py', template: "ftps = FTP_TLS('ftp.example.com', 'deploy', '§V§')", place: "'§V§'" },
  { id: 'poplib pass_', language: 'py', template: "M = poplib.POP3_SSL('pop.example.com')\nM.user('app')\nM.pass_('§V§')", place: "'§V§'", others: "M.user('app')\nM.pass_(password)" },
  // psycopg2.connect(dsn): libpq's keyword/value string; PyMySQL's and MySQLdb's connect(host, user, password, database).
  { id: 'psycopg2 dsn', language: 'py', template: 'conn = psycopg2.connect("host=db dbname=shop user=app password=§V§")', place: '§V§', others: 'conn = psycopg2.connect("host=db dbname=shop user=app")' },
  { id: 'pymysql positional', language: 'py', template: 'db = pymysql.connect("localhost", "app", "§V§", "shop")', others: 'db = pymysql.connect("localhost", "app", password, "shop")' },
  { id: 'MySQLdb positional', language: 'py', template: 'db = MySQLdb.connect("localhost", "testuser", "§V§", "TESTDB")', others: 'db = MySQLdb.connect("localhost", "testuser", password, "TESTDB")' },
  // requests' HTTPBasicAuth / HTTPDigestAuth and the auth tuple; httpx's BasicAuth.
  { id: 'requests HTTPBasicAuth', language: 'py', template: "r = requests.get('https://api.example.com/user', auth=HTTPBasicAuth('user', '§V§'))", place: "'§V§'", others: "r = requests.get('https://api.example.com/user', auth=HTTPBasicAuth('user', password))" },
  { id: 'requests auth tuple', language: 'py', template: "r = requests.get('https://api.example.com/user', auth=('user', '§V§'))", place: "'§V§'", others: "r = requests.get('https://api.example.com/user', auth=('user', password))" },
  { id: 'requests HTTPDigestAuth', language: 'py', template: "requests.get(url, auth=HTTPDigestAuth('user', '§V§'))", place: "'§V§'" },
  { id: 'httpx BasicAuth', language: 'py', template: 'auth = httpx.BasicAuth(username="app", password="§V§")' },
  { id: 'httpx BasicAuth positional', language: 'py', template: 'auth = httpx.BasicAuth("app", "§V§")', others: 'auth = httpx.BasicAuth("app", password)' },
  // paramiko's SSHClient.connect(hostname, port, username, password), by position and by keyword.
  { id: 'paramiko positional', language: 'py', template: 'client.connect("ssh.example.com", 22, "deploy", "§V§")', others: 'client.connect("ssh.example.com", 22, "deploy", password)' },
  { id: 'paramiko keyword', language: 'py', template: 'client.connect("ssh.example.com", username="deploy", password="§V§")' },
  // PyJWT's encode(payload, key, algorithm) and decode(jwt, key, algorithms); the standard library's hmac.new(key, msg, digestmod).
  { id: 'pyjwt encode', language: 'py', template: 'encoded = jwt.encode({"some": "payload"}, "§V§", algorithm="HS256")', others: 'encoded = jwt.encode({"some": "payload"}, key, algorithm="HS256")' },
  { id: 'pyjwt decode', language: 'py', template: 'jwt.decode(encoded, "§V§", algorithms=["HS256"])', others: 'jwt.decode(encoded, key, algorithms=["HS256"])' },
  { id: 'hmac.new bytes', language: 'py', template: 'h = hmac.new(b"§V§", msg, hashlib.sha256)', place: 'b"§V§"', others: 'h = hmac.new(key, b"The quick brown fox", hashlib.sha256)' },
  { id: 'hmac.new encoded', language: 'py', template: "sig = hmac.new('§V§'.encode(), body, hashlib.sha256).hexdigest()", place: "'§V§'.encode()" },
  // python-ldap's simple_bind_s(who, cred); ldap3's Connection(server, user, password).
  { id: 'python-ldap simple_bind_s', language: 'py', template: 'l = ldap.initialize("ldap://ldap.example.com")\nl.simple_bind_s("cn=admin,dc=example,dc=com", "§V§")', others: 'l.simple_bind_s("cn=admin,dc=example,dc=com", password)' },
  { id: 'python-ldap bind_s', language: 'py', template: 'l.bind_s("cn=admin,dc=example,dc=com", "§V§", ldap.AUTH_SIMPLE)', others: 'l.bind_s("cn=admin,dc=example,dc=com", password, ldap.AUTH_SIMPLE)' },
  // botocore's Credentials(access_key, secret_key, token); boto3's Session(aws_access_key_id, aws_secret_access_key, …).
  { id: 'botocore Credentials', language: 'py', template: 'creds = Credentials("AKIAI44QH8DHBEXAMPLE", "§V§")', others: 'creds = Credentials("AKIAI44QH8DHBEXAMPLE", secret_key)' },
  { id: 'boto3 Session positional', language: 'py', template: 'session = boto3.Session("AKIAI44QH8DHBEXAMPLE", "§V§")', others: 'session = boto3.Session("AKIAI44QH8DHBEXAMPLE", secret_key, region_name="eu-west-1")' },
  { id: 'boto3 client keyword', language: 'py', template: 'boto3.client("s3", aws_access_key_id="AKIAI44QH8DHBEXAMPLE", aws_secret_access_key="§V§")' },
  // Node: jsonwebtoken's sign(payload, secretOrPrivateKey) and verify(token, secretOrPublicKey); crypto.createHmac(algorithm, key).
  { id: 'jsonwebtoken sign', language: 'js', template: "const token = jwt.sign({ foo: 'bar' }, '§V§');", place: "'§V§'", others: "const token = jwt.sign({ foo: 'bar' }, secret, { algorithm: 'HS256' });" },
  { id: 'jsonwebtoken sign options', language: 'js', template: "const token = jwt.sign({ data: 'foobar' }, '§V§', { expiresIn: '1h' });", place: "'§V§'" },
  { id: 'jsonwebtoken verify', language: 'js', template: "const decoded = jwt.verify(token, '§V§');", place: "'§V§'", others: "const decoded = jwt.verify(token, secret, { audience: 'urn:foo' });" },
  { id: 'node createHmac', language: 'js', template: "const hash = crypto.createHmac('sha256', '§V§').update('I love cupcakes').digest('hex');", place: "'§V§'", others: "const hash = crypto.createHmac('sha256', secret).update('I love cupcakes').digest('hex');" },
  { id: 'mysql createConnection', language: 'js', template: "const connection = mysql.createConnection({\n  host: 'localhost',\n  user: 'me',\n  password: '§V§',\n  database: 'my_db'\n});", place: "'§V§'", others: "const connection = mysql.createConnection({\n  host: 'localhost',\n  user: 'me',\n  password,\n  database: 'my_db'\n});" },
  { id: 'ioredis options', language: 'js', template: "const redis = new Redis(6379, '10.0.0.5', { password: '§V§' });", place: "'§V§'", others: "const redis = new Redis(6379, '10.0.0.5', { password: secret, db: 0 });" },
  { id: 'aws-sdk v2 Credentials', language: 'js', template: "AWS.config.credentials = new AWS.Credentials('AKIAI44QH8DHBEXAMPLE', '§V§');", place: "'§V§'", others: "AWS.config.credentials = new AWS.Credentials('AKIAI44QH8DHBEXAMPLE', secretAccessKey);" },
  // Java: JDBC, java.net's PasswordAuthentication, jjwt's signWith.
  { id: 'jdbc getConnection', language: 'java', template: 'Connection conn = DriverManager.getConnection("jdbc:mysql://localhost:3306/shop", "app", "§V§");', others: 'Connection conn = DriverManager.getConnection("jdbc:mysql://localhost:3306/shop", "app", password);' },
  { id: 'java PasswordAuthentication', language: 'java', template: 'return new PasswordAuthentication("app", "§V§".toCharArray());', others: 'return new PasswordAuthentication("app", password.toCharArray());' },
  { id: 'jjwt signWith algorithm', language: 'java', template: 'String jws = Jwts.builder().setSubject("Joe").signWith(SignatureAlgorithm.HS256, "§V§").compact();', others: 'String jws = Jwts.builder().setSubject("Joe").signWith(SignatureAlgorithm.HS256, key).compact();' },
  { id: 'jjwt hmacShaKeyFor', language: 'java', template: 'SecretKey key = Keys.hmacShaKeyFor("§V§".getBytes(StandardCharsets.UTF_8));' },
  { id: 'java BasicAWSCredentials', language: 'java', template: 'AWSCredentials credentials = new BasicAWSCredentials("AKIAI44QH8DHBEXAMPLE", "§V§");', others: 'AWSCredentials credentials = new BasicAWSCredentials("AKIAI44QH8DHBEXAMPLE", secretKey);' },
  { id: 'kotlin jdbc getConnection', language: 'kotlin', template: 'val conn = DriverManager.getConnection("jdbc:postgresql://db/shop", "app", "§V§")' },
  // .NET: NetworkCredential(userName, password) from C# and PowerShell.
  { id: 'csharp NetworkCredential', language: 'cs', template: 'client.Credentials = new NetworkCredential("app@example.com", "§V§");', others: 'client.Credentials = new NetworkCredential("app@example.com", password);' },
  { id: 'csharp NetworkCredential domain', language: 'cs', template: 'var cred = new NetworkCredential("app", "§V§", "CORP");', others: 'var cred = new NetworkCredential("app", password, "CORP");' },
  { id: 'powershell NetworkCredential', language: 'ps', template: '$cred = New-Object System.Net.NetworkCredential("app", "§V§")', others: '$cred = New-Object System.Net.NetworkCredential("app", $password)' },
  // Go: net/smtp's PlainAuth(identity, username, password, host), database/sql's DSN, net/http's SetBasicAuth.
  { id: 'go smtp PlainAuth', language: 'go', template: 'auth := smtp.PlainAuth("", "user@example.com", "§V§", "mail.example.com")', others: 'auth := smtp.PlainAuth("", "user@example.com", password, "mail.example.com")' },
  { id: 'go smtp CRAMMD5Auth', language: 'go', template: 'auth := smtp.CRAMMD5Auth("user@example.com", "§V§")', others: 'auth := smtp.CRAMMD5Auth("user@example.com", secret)' },
  { id: 'go sql.Open mysql dsn', language: 'go', template: 'db, err := sql.Open("mysql", "app:§V§@tcp(127.0.0.1:3306)/shop")', place: '§V§', others: 'db, err := sql.Open("mysql", "app@tcp(127.0.0.1:3306)/shop")' },
  { id: 'go sql.Open short dsn', language: 'go', template: 'db, err := sql.Open("mysql", "app:§V§@/shop")', place: '§V§' },
  { id: 'go SetBasicAuth', language: 'go', template: 'req.SetBasicAuth("app", "§V§")', others: 'req.SetBasicAuth("app", password)' },
  // PHP: mysqli_connect(host, user, password, db), new mysqli(…), new PDO(dsn, user, password).
  { id: 'php mysqli_connect', language: 'php', template: '$link = mysqli_connect("127.0.0.1", "my_user", "§V§", "my_db");', others: '$link = mysqli_connect("127.0.0.1", "my_user", $password, "my_db");' },
  { id: 'php new mysqli', language: 'php', template: "$mysqli = new mysqli('localhost', 'my_user', '§V§', 'my_db');", place: "'§V§'" },
  { id: 'php new PDO', language: 'php', template: "$dbh = new PDO('mysql:host=localhost;dbname=test', 'root', '§V§');", place: "'§V§'", others: "$dbh = new PDO('mysql:host=localhost;dbname=test', 'root', $password);" },
  { id: 'php ftp_login', language: 'php', template: "$login_result = ftp_login($ftp, 'deploy', '§V§');", place: "'§V§'", others: "$login_result = ftp_login($ftp, 'deploy', $password);" },
  { id: 'php ldap_bind', language: 'php', template: "$r = ldap_bind($ds, 'cn=root,o=My Company,c=US', '§V§');", place: "'§V§'", others: "$r = ldap_bind($ds, 'cn=root,o=My Company,c=US', $password);" },
  // Ruby: Net::SMTP.start(address, port, helo, user, secret, authtype), Net::FTP.new(host, user, passwd), Net::FTP#login.
  { id: 'ruby Net::SMTP.start', language: 'rb', template: "Net::SMTP.start('your.smtp.server', 25, 'mail.from.domain', 'Your Account', '§V§', :plain) do |smtp|", place: "'§V§'", others: "Net::SMTP.start('your.smtp.server', 25, 'mail.from.domain', 'Your Account', password, :plain) do |smtp|" },
  { id: 'ruby Net::FTP.new', language: 'rb', template: "ftp = Net::FTP.new('example.com', 'deploy', '§V§')", place: "'§V§'", others: "ftp = Net::FTP.new('example.com', 'deploy', password)" },
  { id: 'ruby Net::FTP login', language: 'rb', template: "Net::FTP.open('example.com') do |ftp|\n  ftp.login('deploy', '§V§')", place: "'§V§'" },
  { id: 'ruby JWT.encode', language: 'rb', template: "token = JWT.encode(payload, '§V§', 'HS256')", place: "'§V§'", others: "token = JWT.encode(payload, hmac_secret, 'HS256')" },
  // The C API's and other languages' own connect and login calls by position (MySQL's mysql_real_connect, Perl's DBI,
  // PHP's ssh2_auth_password, imap_open and the old mysql_connect, Groovy's Sql.newInstance, JSch's setPassword, VB's
  // NetworkCredential, Ruby's Net::SMTP keywords, the Rust SDK's Credentials, pysmb's SMBConnection), and URL forms.
  { id: 'c mysql_real_connect', language: 'c', template: 'if (!mysql_real_connect(&mysql, "host", "user", "§V§", "database", 0, NULL, 0))', others: 'if (!mysql_real_connect(&mysql, "db.example.com", "app_user", password, "shop", 3306, NULL, 0))' },
  { id: 'perl DBI connect', language: 'pl', template: "my $dbh = DBI->connect('DBI:mysql:bookstore:localhost', 'paola', '§V§', {AutoCommit=>0});", place: "'§V§'", others: "my $dbh = DBI->connect('DBI:mysql:bookstore:localhost', 'paola', $password, {AutoCommit=>0});" },
  { id: 'perl DBI connect double', language: 'pl', template: 'my $dbh = DBI->connect("dbi:Pg:dbname=shop;host=db", "app", "§V§", { RaiseError => 1 });' },
  { id: 'php ssh2_auth_password', language: 'php', template: "if (ssh2_auth_password($connection, 'username', '§V§')) {", place: "'§V§'", others: "if (ssh2_auth_password($connection, 'username', $password)) {" },
  { id: 'php imap_open', language: 'php', template: '$mbox = imap_open("{imap.example.org:143}INBOX", "username", "§V§");', others: '$mbox = imap_open("{imap.example.org:143}INBOX", "username", $password);' },
  { id: 'php mysql_connect', language: 'php', template: "$link = mysql_connect('localhost', 'mysql_user', '§V§');", place: "'§V§'", others: "$link = mysql_connect('localhost', 'mysql_user', $password);" },
  { id: 'groovy Sql.newInstance', language: 'groovy', template: "def sql = Sql.newInstance('jdbc:mysql://localhost:3306/shop', 'app', '§V§', 'com.mysql.cj.jdbc.Driver')", place: "'§V§'", others: "def sql = Sql.newInstance('jdbc:mysql://localhost:3306/shop', 'app', password, 'com.mysql.cj.jdbc.Driver')" },
  { id: 'jsch setPassword', language: 'java', template: 'Session session = jsch.getSession("deploy", "ssh.example.com", 22);\nsession.setPassword("§V§");', others: 'Session session = jsch.getSession("deploy", "ssh.example.com", 22);\nsession.setPassword(password);' },
  { id: 'vb NetworkCredential', language: 'vb', template: 'client.Credentials = New NetworkCredential("app@example.com", "§V§")', others: 'client.Credentials = New NetworkCredential("app@example.com", password)' },
  { id: 'ruby Net::SMTP.start keywords', language: 'rb', template: "Net::SMTP.start('your.smtp.server', 25, user: 'mailuser', secret: '§V§', authtype: :plain) do |smtp|", place: "'§V§'" },
  { id: 'rust aws Credentials::new', language: 'rs', template: 'let creds = Credentials::new("AKIAI44QH8DHBEXAMPLE", "§V§", None, None, "example");', others: 'let creds = Credentials::new("AKIAI44QH8DHBEXAMPLE", &password, None, None, "example");' },
  { id: 'rust aws Credentials::from_keys', language: 'rs', template: 'let creds = Credentials::from_keys("AKIAI44QH8DHBEXAMPLE", "§V§", None);' },
  { id: 'pysmb SMBConnection', language: 'py', template: "conn = SMBConnection('deploy', '§V§', 'client', 'fileserver', use_ntlm_v2=True)", place: "'§V§'", others: "conn = SMBConnection('deploy', password, 'client', 'fileserver', use_ntlm_v2=True)" },
  { id: 'php mysqli_real_connect', language: 'php', template: "mysqli_real_connect($link, 'localhost', 'my_user', '§V§', 'world');", place: "'§V§'", others: "mysqli_real_connect($link, 'localhost', 'my_user', $password, 'world');" },
  { id: 'ioredis url', language: 'js', template: "const redis = new Redis('redis://:§V§@127.0.0.1:6380/4');", place: '§V§', url: true },
  { id: 'mysql createConnection url', language: 'js', template: "const connection = mysql.createConnection('mysql://app:§V§@localhost/shop?debug=true');", place: '§V§', url: true },
];

// The same method names where the receiver's documentation names no credential (a hash's data, a message, a payload).
const UNRELATED: readonly string[] = [
  'h = hashlib.new("sha256", b"§V§")',
  "const digest = crypto.createHash('sha256').update('§V§').digest('hex');",
  "const sig = crypto.createHmac('sha256', key).update('§V§').digest('hex');",
  'h = hmac.new(key, b"§V§", hashlib.sha256)',
  "const token = jwt.sign({ sub: '§V§' }, secret);",
  'encoded = base64.b64encode(b"§V§")',
  'sock.connect(("§V§", 22))',
  'server.sendmail("app@example.com", "ops@example.com", "§V§")',
];

const random = seededRandom(34);
const values = [...alphabets, SHORT].map((a) => [a.id, a.make(random), a.urlSafe] as const);

const tally = new PlaceTally(show);

for (const form of FORMS) {
  if (formFilter && !formFilter.test(form.id)) continue;
  const place = form.place ?? '"§V§"';
  for (const [alphabet, value, urlSafe] of values) {
    if (form.url && !urlSafe) continue;
    // (A value that cannot stand in the call's quotes is not the form's.)
    if (place.startsWith("'") && value.includes("'")) continue;
    tally.take(`${form.id} | ${alphabet}`, fillPlace(form.template, '', value), value);
  }
  // A variable or a lookup replaces the whole quoted place; a stand-in its content (not in a bare DSN, where it has no quotes).
  const quoted = place !== '§V§';
  for (const reference of REFERENCES[form.language]) if (quoted) tally.leave(`${form.id} | reference ${reference}`, form.template.replace(place, reference));
  for (const standIn of STAND_INS) tally.leave(`${form.id} | stand-in ${standIn}`, fillPlace(form.template, '', standIn));
  if (form.others) tally.leave(`${form.id} | other arguments`, form.others);
}
for (const template of UNRELATED) {
  if (formFilter && !formFilter.test(template)) continue;
  for (const [alphabet, value] of values) tally.leave(`unrelated ${template} | ${alphabet}`, fillPlace(template, '', value));
}

tally.print('credential arguments');

