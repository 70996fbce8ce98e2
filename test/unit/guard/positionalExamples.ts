// Examples for secrets given by position in a documented call, as a passphrase, as a reference's
// default or to a secret store's command, written for this test (made-up values) and marked
// ⟦like this⟧; each rule with look-alikes of the same calls and commands: names, references,
// prose, the slot's own word, placeholders.
import type { RuleExamples } from './ruleExamples';

export const positionalExamples: Readonly<Record<string, RuleExamples>> = {
  'login-call-password': {
    secrets: ['server.login(\n    sender,\n    "⟦Pl4nk-wood9⟧",\n)', 'server.login(sender, "⟦Pl4nk-wood9⟧")', 'smtp.login("me@example.com", \'⟦Tq7-lorn-88⟧\')', 'ftp.login("deploy", "⟦m4ple!Syrup⟧")', 'M.pass_("⟦Gr4nite!7⟧")', 'imap.login(cfg.user, "⟦Pl4nk-wood9⟧")'],
    clean: ['server.login(user, password)', 'client.login(token)', 'smtp.login(user, "<password>")', 'ftp.login()'],
  },
  'connection-call-password': {
    secrets: [
      'Connection conn = DriverManager.getConnection(url, "app", "⟦Pl4nk-wood9⟧");',
      'ftp = FTP("ftp.example.com", "deploy", "⟦m4ple!Syrup⟧")',
      '$ok = ftp_login($conn, "deploy", "⟦Tq7-lorn-88⟧");',
      'const sequelize = new Sequelize("app", "root", "⟦Gr4nite!7x⟧", { dialect: "mysql" });',
      'conn = cx_Oracle.connect("scott", "⟦Pl4nk-wood9⟧", "db/orcl")',
      'Net::FTP.open("ftp.example.com", "deploy", "⟦m4ple!Syrup⟧")',
      "def sql = Sql.newInstance('jdbc:mysql://localhost:3306/shop', 'app', '⟦Gr4nite!7x⟧', 'com.mysql.cj.jdbc.Driver')",
      "conn = SMBConnection('deploy', '⟦Tq7-lorn-88⟧', 'client', 'fileserver', use_ntlm_v2=True)",
      // The thirty-fourth round (guardnextline2): an argument a line, after `(` or `,` (Prettier's, Black's layout).
      'Connection conn = DriverManager.getConnection(\n    "jdbc:mysql://db/app",\n    "app",\n    "⟦Pl4nk-wood9⟧");',
      'conn = cx_Oracle.connect(\r\n    "scott",\r\n    "⟦Pl4nk-wood9⟧",\r\n    "db/orcl",\r\n)',
      'ftp = FTP("ftp.example.com", "deploy",\n          "⟦m4ple!Syrup⟧")',
    ],
    clean: [
      'DriverManager.getConnection(url, user, password)',
      'DriverManager.getConnection("jdbc:h2:mem:test", "sa", "")',
      'DriverManager.getConnection(url, props)',
      'new Sequelize(process.env.DB, process.env.USER, process.env.PASSWORD)',
      'ftp = FTP("ftp.example.com")',
      'conn = cx_Oracle.connect(user, os.environ["ORACLE_PASSWORD"], dsn)',
      'def sql = Sql.newInstance(db.url, db.user, db.password, db.driver)',
      'conn = SMBConnection(userID, password, client_machine_name, server_name, use_ntlm_v2 = True)',
      // An argument a line: names, anonymous FTP's public login.
      'DriverManager.getConnection(\n    url,\n    user,\n    password)',
      "ftp = FTP(\n    'ftp.example.com',\n    'anonymous',\n    'guest@example.com')",
    ],
  },
  'signing-key-argument': {
    secrets: [
      'const token = jwt.sign({ id: user.id }, "⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧", { expiresIn: "1h" });',
      'jwt.encode(payload, "⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧", algorithm="HS256")',
      "jwt.verify(token, '⟦k3y-Lime-9q⟧')",
      'Algorithm algorithm = Algorithm.HMAC256("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧");',
      '.signWith(SignatureAlgorithm.HS512, "⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧")',
      'Keys.hmacShaKeyFor("⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs⟧".getBytes(StandardCharsets.UTF_8))',
      'new SecretKeySpec("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧".getBytes(), "HmacSHA256")',
      's, err := token.SignedString([]byte("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"))',
      "crypto.createHmac('sha256', '⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧').update(body)",
      'hmac.new(b"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧", msg, hashlib.sha256)',
      'SecretKey key = Keys.hmacShaKeyFor(Decoders.BASE64.decode("⟦WnQ5UW0yTHA4UnQ0Vnc2WWIxUWU3VG4zS3c4UG0y⟧"));',
      'new SecretKeySpec(Base64.getDecoder().decode("⟦WnQ5UW0yTHA4UnQ0Vnc2WWIx⟧"), "AES")',
    ],
    clean: [
      'jwt.sign(payload, process.env.JWT_SECRET)',
      'jwt.sign(payload, secret, { algorithm: "HS256" })',
      'jwt.verify(token, getKey, callback)',
      'jwt.decode(token, options={"verify_signature": False})',
      "crypto.createHmac('sha256', key)",
      'hmac.new(key, msg, hashlib.sha256)',
      'new SecretKeySpec(keyBytes, "HmacSHA256")',
      'SecretKey key = Keys.hmacShaKeyFor(Decoders.BASE64.decode(secretString));',
      "var decoded = jwt.verify(token, 'shhhhh');",
    ],
  },
  passphrase: {
    secrets: [
      'MNEMONIC="⟦lava tunnel orbit quiz humble rocket velvet gasp anchor timber plug sauce⟧"',
      'mnemonic: ⟦lava tunnel orbit quiz humble rocket velvet gasp anchor timber plug sauce⟧',
      '"seed_phrase": "⟦lava tunnel orbit quiz humble rocket velvet gasp anchor timber plug sauce⟧"',
      'passphrase = "⟦maple orbit velvet gasp⟧"',
      'pass-phrase: "⟦maple orbit velvet gasp tunnel⟧"',
      'KEY_PASSPHRASE=⟦maple-orbit-velvet-gasp⟧',
      'BORG_PASSPHRASE=⟦maple-orbit-velvet-gasp⟧ borg create repo::daily ~/src',
      'passphrase = ⟦maple orbit velvet gasp⟧',
      // One key spelt with a blank, a hyphen or an underscore: each runs the rule.
      'seed words: ⟦lava tunnel orbit quiz humble rocket velvet gasp anchor timber plug sauce⟧',
      'wallet-words = "⟦lava tunnel orbit quiz humble rocket velvet gasp anchor timber plug sauce⟧"',
      'Backup Words: ⟦lava tunnel orbit quiz humble rocket velvet gasp anchor timber plug sauce⟧',
      'RECOVERY-WORDS=⟦maple-orbit-velvet-gasp⟧',
    ],
    clean: [
      'mnemonic: "the quick brown fox jumps over the lazy dog and runs far away"',
      'passphrase_prompt: "enter the passphrase for your key"',
      'mnemonic: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
      'A passphrase is several words: pick words at random.',
      'seed words: write them down on paper and keep them offline',
      'Backup words: Never share these with anyone.',
      'the wallet words are shown once; see the recovery words section',
    ],
  },
  'reference-default': {
    secrets: ['password: ${DB_PASSWORD:-⟦Pl4nk-wood9⟧}', '@Value("${jwt.secret:⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧}")', 'DB_PASSWORD=${DB_PASSWORD:=⟦Pl4nk-wood9⟧}'],
    clean: ['password: ${DB_PASSWORD}', 'password: ${DB_PASSWORD:?must be set}', 'echo ${PASSWORD:0:8}', 'url: ${DB_HOST:-localhost}', 'token: ${TOKEN:-}', 'SECRET_KEY=${SECRET_KEY:?SECRET_KEY_must_be_set}'],
  },
  'secret-store-value': {
    secrets: [
      'gh secret set API_TOKEN --body "⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"',
      'az keyvault secret set --vault-name kv --name db-password --value "⟦Pl4nk-wood9⟧"',
      'aws ssm put-parameter --name /app/db --type SecureString --value "⟦Pl4nk-wood9⟧"',
      'vercel env add API_KEY production <<< "⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"',
    ],
    clean: [
      'gh secret set API_TOKEN --body "$TOKEN"',
      'az keyvault secret set --name x --value "$PW"',
      'aws ssm put-parameter --name /app/region --type String --value "eu-west-1"',
      'gh secret set API_TOKEN < token.txt',
    ],
  },
  'secret-store-input': {
    secrets: [
      'echo -n "⟦Pl4nk-wood9⟧" | gh secret set DB_PASSWORD',
      'echo "⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧" | wrangler secret put API_TOKEN',
      'printf "⟦Pl4nk-wood9⟧" | docker secret create db_password -',
      "echo -n '⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧' | gcloud secrets versions add api-key --data-file=-",
    ],
    clean: ['echo "$DB_PASSWORD" | gh secret set DB_PASSWORD', 'cat key.txt | wrangler secret put API_TOKEN', 'echo "done" && gh secret list'],
  },
  // `aws ssm put-parameter`'s `--name` (a path's last segment) naming a credential, its `--value` that credential, in either
  // order, whatever `--type` (twenty-ninth round).
  'secret-store-named-value': {
    secrets: [
      'aws ssm put-parameter --name /prod/db/password --value ⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧ --type String',
      'aws ssm put-parameter --value "⟦Pl4nk-wood9⟧" --name "/app/API_KEY" --overwrite',
      'aws ssm put-parameter --name=client_secret --value=⟦k9d-Xz_7.Qm~P2a⟧',
      'aws ssm put-parameter \\\n    --name "/prod/db/password" \\\n    --value "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧" \\\n    --type String',
    ],
    clean: [
      'aws ssm put-parameter --name /app/region --value eu-west-1 --type String',
      'aws ssm put-parameter --name /app/db/password --value "$DB_PASSWORD"',
      'aws ssm put-parameter --name /app/db/password --value file://password.txt',
      'aws ssm put-parameter --name /app/db/password --value password',
      'aws ssm get-parameter --name /app/db/password --with-decryption',
      'aws ssm put-parameter --name /app/db/password\n--value Zq8Lm3Xv9Tb2Rk7Wp4Ns --help',
      'aws ssm put-parameter --name-prefix /app/password --value Zq8Lm3Xv9Tb2Rk7Wp4Ns',
    ],
  },
};
