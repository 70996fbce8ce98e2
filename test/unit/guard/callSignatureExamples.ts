// Examples for secrets libraries' documented signatures take as an argument (callSignatureRules.ts),
// written for this test (made-up values, marked ⟦like this⟧), each rule with look-alikes of the
// same calls: a variable, a member, a call or an environment lookup in the slot, a placeholder.
import type { RuleExamples } from './ruleExamples';

export const callSignatureExamples: Readonly<Record<string, RuleExamples>> = {
  'cipher-key-argument': {
    secrets: [
      "const cipher = crypto.createCipheriv('aes-256-cbc', '⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2⟧', iv);",
      'const d = crypto.createDecipheriv("aes-256-gcm", Buffer.from("⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2⟧"), iv);',
      "var ct = CryptoJS.AES.encrypt(JSON.stringify(data), '⟦k3y-Lime-9q⟧').toString();",
      "$ct = openssl_encrypt($plain, 'aes-256-cbc', '⟦Gr4nite!7x⟧', 0, $iv);",
      "cipher = AES.new(b'⟦Zx9Qm2Lp8Rt4Vw6Y⟧', AES.MODE_EAX)",
      'f = Fernet(b"⟦q8Xz1Lw3Rt5Yu7Io9Pa2Sd4Fg6Hj8Kl0Zx2Cv4Bn6M=⟧")',
    ],
    clean: [
      "const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);",
      "const cipher = crypto.createCipheriv('aes-256-cbc', Buffer.from(process.env.KEY, 'hex'), iv);",
      'var ct = CryptoJS.AES.encrypt(message, secretKey).toString();',
      "$ct = openssl_encrypt($plain, 'aes-256-cbc', $key, 0, $iv);",
      'cipher = AES.new(key, AES.MODE_GCM)',
      'f = Fernet(Fernet.generate_key())',
    ],
  },
  'hmac-key-argument': {
    secrets: [
      'var h = CryptoJS.HmacSHA256(body, "⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧");',
      "$sig = hash_hmac('sha256', $payload, '⟦Pl4nk-wood9⟧');",
      "OpenSSL::HMAC.hexdigest('SHA256', '⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧', data)",
      "OpenSSL::HMAC.hexdigest(OpenSSL::Digest.new('sha256'), '⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧', data)",
      'using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"));',
    ],
    clean: [
      'var h = CryptoJS.HmacSHA256(body, secret);',
      "$sig = hash_hmac('sha256', $payload, getenv('WEBHOOK_SECRET'));",
      "OpenSSL::HMAC.hexdigest('SHA256', ENV['HMAC_KEY'], data)",
      'using var hmac = new HMACSHA256(keyBytes);',
    ],
  },
  'hmac-new-key-argument': {
    secrets: ['mac := hmac.New(sha256.New, []byte("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"))', 'sig = hmac.digest(b"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧", msg, "sha256")', 'h = HMAC.new(b"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧", digestmod=SHA256)'],
    clean: ['mac := hmac.New(sha256.New, key)', 'sig = hmac.digest(key, msg, "sha256")', 'h = HMAC.new(secret, digestmod=SHA256)'],
  },
  'secret-key-object-argument': {
    secrets: [
      'const key = crypto.createSecretKey(Buffer.from("⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2⟧"));',
      'let key = SymmetricKey(data: Data("⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2⟧".utf8))',
      'const key = await crypto.subtle.importKey("raw", enc.encode("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);',
      "const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('⟦Zx9Qm2Lp8Rt4Vw6Y⟧'), 'AES-GCM', false, ['encrypt']);",
    ],
    clean: [
      'const key = crypto.createSecretKey(Buffer.from(process.env.KEY, "hex"));',
      'let key = SymmetricKey(size: .bits256)',
      'const key = await crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);',
      'const key = await crypto.subtle.importKey("spki", enc.encode("Zx9Qm2Lp8Rt4Vw6Yb1"), { name: "RSA-OAEP", hash: "SHA-256" }, true, ["encrypt"]);',
    ],
  },
  'block-cipher-key-argument': {
    secrets: [
      'block, err := aes.NewCipher([]byte("⟦Zx9Qm2Lp8Rt4Vw6Y⟧"))',
      'aead, err := chacha20poly1305.NewX([]byte("⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2R⟧"))',
      'aesgcm = AESGCM(b"⟦Zx9Qm2Lp8Rt4Vw6Y⟧")',
      'cipher = Cipher(algorithms.AES(b"⟦Zx9Qm2Lp8Rt4Vw6Y⟧"), modes.CBC(iv))',
    ],
    clean: [
      'block, err := aes.NewCipher(key)',
      'aead, err := chacha20poly1305.New(key[:])',
      'aesgcm = AESGCM(AESGCM.generate_key(bit_length=128))',
      'cipher = Cipher(algorithms.AES(key), modes.CBC(b"a1b2c3d4e5f60718"))',
    ],
  },
  'mac-key-argument': {
    secrets: [
      'var tag = HMACSHA256.HashData(Encoding.UTF8.GetBytes("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"), data);',
      'let mut mac = HmacSha256::new_from_slice(b"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧").expect("HMAC can take key of any size");',
      'let mut mac = Hmac::<Sha256>::new_from_slice("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧".as_bytes())?;',
      'h = hmac.HMAC(b"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧", hashes.SHA256())',
    ],
    clean: [
      'var tag = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("hello world"));',
      'let mut mac = HmacSha256::new_from_slice(&key)?;',
      'h = hmac.HMAC(key, hashes.SHA256())',
    ],
  },
  'decoded-key-argument': {
    secrets: [
      'aes.Key = Convert.FromBase64String("⟦c2VjcmV0a2V5MTIz⟧");',
      'hmac.Key = Convert.FromBase64String( "⟦bWFjLWtleS0wMDE=⟧" );',
      'f = Fernet(base64.urlsafe_b64decode("⟦aGVsbG8tZmVybmV0LWtleQ⟧"))',
      'aesgcm = AESGCM(base64.b64decode("⟦c2VjcmV0a2V5MTIz⟧"))',
      'var key = new SymmetricSecurityKey(Convert.FromBase64String("⟦c2lnbmluZ2tleTEyMw==⟧"));',
      'using var hmac = new HMACSHA256(Convert.FromBase64String("⟦d2ViaG9vay1rZXk=⟧"));',
      'hmac.new(base64.b64decode("⟦d2ViaG9vay1rZXk=⟧"), msg, hashlib.sha256)',
      'jwt.encode(payload, base64.b64decode("⟦c2lnbmluZ2tleTEyMw==⟧"), algorithm="HS256")',
    ],
    clean: [
      'aes.Key = Convert.FromBase64String(settings.EncryptionKey);',
      'aes.IV = Convert.FromBase64String("q83vEjRWeJA=");',
      'var bytes = Convert.FromBase64String("SGVsbG8gd29ybGQ=");',
      'data = base64.b64decode("SGVsbG8gd29ybGQ=")',
      'f = Fernet(base64.urlsafe_b64decode(os.environ["FERNET_KEY"]))',
      'aesgcm = AESGCM(base64.b64decode(key_b64))',
      'var key = new SymmetricSecurityKey(Convert.FromBase64String(config["Jwt:Key"]));',
      'using var hmac = new HMACSHA256(Convert.FromBase64String(Environment.GetEnvironmentVariable("HMAC_KEY")));',
      'hmac.new(base64.b64decode(os.environ["HMAC_KEY"]), msg, hashlib.sha256)',
    ],
  },
  'jwt-key-object-argument': {
    secrets: [
      'let token = encode(&Header::default(), &claims, &EncodingKey::from_secret(b"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"))?;',
      'let key = DecodingKey::from_secret("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧".as_ref());',
      'let key = EncodingKey::from_base64_secret("⟦WnQ5UW0yTHA4UnQ0Vnc2WWIx⟧")?;',
    ],
    clean: ['let key = EncodingKey::from_secret(secret.as_bytes());', 'let key = DecodingKey::from_rsa_pem(include_bytes!("public.pem"))?;'],
  },
  'signer-secret-argument': {
    secrets: [
      "app.use(cookieParser('⟦Tq7-lorn-88⟧'))",
      's = URLSafeTimedSerializer("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧")',
      'var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3⟧"));',
    ],
    clean: [
      'app.use(cookieParser(process.env.COOKIE_SECRET))',
      'app.use(cookieParser())',
      "s = URLSafeTimedSerializer(app.config['SECRET_KEY'])",
      'var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"]));',
    ],
  },
  'jwt-secret-argument': {
    secrets: [
      "$jwt = JWT::encode($payload, '⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧', 'HS256');",
      "$decoded = JWT::decode($jwt, new Key('⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧', 'HS256'));",
      "token = JWT.encode payload, '⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧', 'HS256'",
      'token, err := jwt.Parse(s, func(t *jwt.Token) (interface{}, error) {\n\treturn []byte("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"), nil\n})',
      'token, err := jwt.Parse(s, func(token *jwt.Token) (interface{}, error) {\n\tif _, ok := token.Method.(*jwt.SigningMethodHMAC); !ok {\n\t\treturn nil, fmt.Errorf("unexpected signing method: %v", token.Header["alg"])\n\t}\n\treturn []byte("⟦hgfedcba⟧"), nil\n})',
    ],
    clean: [
      "$jwt = JWT::encode($payload, $key, 'HS256');",
      "$decoded = JWT::decode($jwt, new Key($publicKey, 'RS256'));",
      'token = JWT.encode payload, ENV.fetch("HMAC_SECRET")',
      'token, err := jwt.Parse(s, func(token *jwt.Token) (interface{}, error) {\n\tif _, ok := token.Method.(*jwt.SigningMethodHMAC); !ok {\n\t\treturn nil, errors.New("alg")\n\t}\n\treturn hmacSampleSecret, nil\n})',
      'k, err := jwt.Parse(s, func(t *jwt.Token) (interface{}, error) {\n\treturn key, nil\n})\nfunc body() ([]byte, error) {\n\treturn []byte("hello world"), nil\n}',
    ],
  },
  'aws-secret-argument': {
    secrets: [
      'session = boto3.Session("AKIAI44QH8DHBEXAMPLE", "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs0Ab⟧")',
      'session = boto3.session.Session(key_id, "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs0Ab⟧", region_name="eu-west-1")',
      "creds = botocore.credentials.Credentials(access_key, '⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs0Ab⟧')",
      'creds = Credentials("AKIAI44QH8DHBEXAMPLE", "⟦Pl4nk-wood9x7⟧")',
      'let creds = Credentials::from_keys("ASIAI44QH8DHBEXAMPLE", "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs0Ab⟧", None);',
      's3 = boto3.client("s3", "us-east-1", None, True, None, None, "AKIAI44QH8DHBEXAMPLE", "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs0Ab⟧")',
    ],
    clean: [
      'session = boto3.Session(key_id, secret_key)',
      'session = boto3.Session(profile_name="dev", region_name="eu-west-1")',
      's3 = boto3.client("s3", "us-east-1")',
      'creds = Credentials(user, "read-only")',
      'creds = Credentials("AKIAI44QH8DHBEXAMPLE", os.environ["AWS_SECRET_ACCESS_KEY"])',
    ],
  },
  'cloud-key-argument': {
    secrets: [
      'const credential = new AzureKeyCredential("⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2⟧");',
      'const cred = new StorageSharedKeyCredential(account, "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs==⟧");',
      'cred, err := azblob.NewSharedKeyCredential("acme", "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs==⟧")',
      'creds := credentials.NewStaticCredentials("AKIAIOSFODNN7EXAMPLE", "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T⟧", "")',
      'AwsBasicCredentials c = AwsBasicCredentials.create(accessKey, "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T⟧");',
      "creds = Aws::Credentials.new('AKIAIOSFODNN7EXAMPLE', '⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T⟧')",
      'var creds = new AWS.Credentials("AKIAIOSFODNN7EXAMPLE", "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T⟧");',
    ],
    clean: [
      'const credential = new AzureKeyCredential(apiKey);',
      'const cred = new StorageSharedKeyCredential(account, process.env.AZURE_STORAGE_KEY);',
      'creds := credentials.NewStaticCredentials(id, secret, "")',
      'creds := credentials.NewStaticCredentialsProvider(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), "")',
      "creds = Aws::Credentials.new(ENV['AWS_ACCESS_KEY_ID'], ENV['AWS_SECRET_ACCESS_KEY'])",
    ],
  },
  'twilio-token-argument': {
    secrets: ['const client = twilio(accountSid, "⟦9f8e7d6c5b4a39281706f5e4d3c2b1a0⟧");', "const client = require('twilio')(accountSid, '⟦9f8e7d6c5b4a39281706f5e4d3c2b1a0⟧');"],
    clean: ['const client = twilio(accountSid, authToken);', 'const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);'],
  },
  'tweepy-secret-argument': {
    secrets: [
      'auth = tweepy.OAuthHandler(consumer_key, "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T⟧")',
      'auth = tweepy.OAuth1UserHandler(ck, cs, at, "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T⟧")',
      'auth.set_access_token(access_token, "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T⟧")',
    ],
    clean: ['auth = tweepy.OAuthHandler(consumer_key, consumer_secret)', 'auth.set_access_token(access_token, access_token_secret)'],
  },
  'oauth1-secret-argument': {
    secrets: [
      'config := oauth1.NewConfig(consumerKey, "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T⟧")',
      '$connection = new TwitterOAuth($ck, $cs, $at, "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T⟧");',
      'auth = OAuth1("client_key", "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T⟧", "owner_key", "⟦Qe7Tn3Kw8Pm2Rv5Xs4TZx9Qm2Lp8Rt4Vw6Yb1⟧")',
    ],
    clean: ['config := oauth1.NewConfig(consumerKey, consumerSecret)', 'auth = OAuth1(client_key, client_secret, owner_key, owner_secret)'],
  },
  'spotify-secret-argument': {
    secrets: ['auth = SpotifyClientCredentials("cid", "⟦9f8e7d6c5b4a39281706f5e4d3c2b1a0⟧")'],
    clean: ['auth = SpotifyClientCredentials(client_id=cid, client_secret=os.environ["SPOTIPY_CLIENT_SECRET"])'],
  },
  'twilio-sid-client': {
    secrets: ['client = Client("AC0123456789abcdef0123456789abcdef", "⟦9f8e7d6c5b4a39281706f5e4d3c2b1a0⟧")', 'client = Client ("AC0123456789abcdef0123456789abcdef", "⟦9f8e7d6c5b4a39281706f5e4d3c2b1a0⟧")'],
    clean: ['client = Client("AC0123456789abcdef0123456789abcdef", auth_token)', 'client = Client("localhost", "8080")'],
  },
  'char-array-password-argument': {
    secrets: [
      'ks.load(new FileInputStream("keystore.jks"), "⟦Gr4nite!7x⟧".toCharArray());',
      'kmf.init(ks, "⟦Gr4nite!7x⟧".toCharArray());',
      'PBEKeySpec spec = new PBEKeySpec("⟦Gr4nite!7x⟧".toCharArray(), salt, 65536, 256);',
      'MongoCredential c = MongoCredential.createCredential("app", "admin", "⟦Gr4nite!7x⟧".toCharArray());',
      'ZipFile zipFile = new ZipFile("archive.zip", "⟦Gr4nite!7x⟧".toCharArray());',
    ],
    clean: ['ks.load(in, password.toCharArray());', 'ks.load(in, System.getenv("KEYSTORE_PASSWORD").toCharArray());', 'char[] HEX = "0123456789abcdef".toCharArray();', 'ks.load(null, null);'],
  },
  'login-password-argument': {
    secrets: [
      'return new PasswordAuthentication("app@example.com", "⟦Pl4nk-wood9⟧");',
      'transport.connect("smtp.example.com", "app", "⟦Pl4nk-wood9⟧");',
      'client.Authenticate("app@example.com", "⟦Pl4nk-wood9⟧");',
      'd := gomail.NewDialer("smtp.example.com", 587, "app", "⟦Pl4nk-wood9⟧")',
      'var c = MongoCredential.CreateCredential("admin", "app", "⟦Pl4nk-wood9⟧");',
      "$conn = oci_connect('app', '⟦Tq7-lorn-88⟧', 'localhost/XE');",
    ],
    clean: [
      'return new PasswordAuthentication(username, password);',
      'transport.connect(host, user, password);',
      'client.Authenticate(user, Environment.GetEnvironmentVariable("SMTP_PASSWORD"));',
      'd := gomail.NewDialer(host, port, user, os.Getenv("SMTP_PASSWORD"))',
      "$conn = oci_connect($user, $password, 'localhost/XE');",
    ],
  },
  'certificate-password-argument': {
    secrets: ['var cert = new X509Certificate2("cert.pfx", "⟦Gr4nite!7x⟧");', 'ctx.load_cert_chain("cert.pem", "key.pem", "⟦Gr4nite!7x⟧")', 'zf.setpassword(b"⟦Gr4nite!7x⟧")'],
    clean: ['var cert = new X509Certificate2("cert.pfx", certPassword);', 'var cert = new X509Certificate2("cert.cer");', 'ctx.load_cert_chain(certfile, keyfile)', 'zf.setpassword(pwd)'],
  },
  'ssh-connect-password': {
    secrets: ['client.connect("ssh.example.com", 22, "deploy", "⟦m4ple!Syrup⟧")'],
    clean: ['client.connect(host, 22, user, password)', 'client.connect("localhost", 8080, "/ws", handler)'],
  },
  'redis-auth-password': {
    secrets: ["$redis->auth('⟦Tq7-lorn-88⟧');", 'jedis.auth("⟦Tq7-lorn-88⟧");', 'new JedisPool(poolConfig, "cache", 6379, 2000, "⟦Tq7-lorn-88⟧");'],
    clean: ["$redis->auth(getenv('REDIS_PASSWORD'));", 'jedis.auth(password);', 'session.auth("app")'],
  },
  'azure-identity-secret-argument': {
    secrets: [
      'var credential = new ClientSecretCredential(tenantId, clientId, "⟦Zx9~Qm2Lp8Rt4.Vw6Yb1Qe7Tn3Kw8Pm2Rv5X⟧");',
      'credential = ClientSecretCredential(tenant_id, client_id, "⟦Zx9~Qm2Lp8Rt4.Vw6Yb1Qe7Tn3Kw8Pm2Rv5X⟧")',
      'var app = ConfidentialClientApplicationBuilder.Create(clientId).WithClientSecret("⟦Zx9~Qm2Lp8Rt4.Vw6Yb1Qe7Tn3Kw8Pm2Rv5X⟧").Build();',
      'var client = new CosmosClient(endpoint, "⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4TZx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4T==⟧");',
    ],
    clean: ['var credential = new ClientSecretCredential(tenantId, clientId, clientSecret);', 'credential = ClientSecretCredential(tenant_id, client_id, os.environ["AZURE_CLIENT_SECRET"])', 'var client = new CosmosClient(connectionString);'],
  },
  'ssh-ftp-client-password': {
    secrets: [
      'using var client = new SshClient("host", "deploy", "⟦m4ple!Syrup⟧");',
      'using var sftp = new SftpClient("host", 22, "deploy", "⟦m4ple!Syrup⟧");',
      'var client = new FtpClient("ftp.example.com", "deploy", "⟦m4ple!Syrup⟧");',
    ],
    clean: ['using var client = new SshClient(host, user, password);', 'using var client = new SshClient(connectionInfo);'],
  },
  'bind-password': {
    secrets: ['err = l.Bind("cn=admin,dc=example,dc=org", "⟦Gr4nite!7x⟧")', 'l.bind_s("cn=admin,dc=example,dc=org", "⟦Gr4nite!7x⟧")'],
    clean: ['err = l.Bind(bindDN, bindPassword)', 'const f = handler.bind(this, "click")'],
  },
  'real-connect-password': {
    secrets: ["$mysqli->real_connect('db', 'app', '⟦Tq7-lorn-88⟧', 'shop');"],
    clean: ["$mysqli->real_connect($host, $user, $pass, 'shop');"],
  },
  'ftp-login-password': {
    secrets: ['err = c.Login("deploy", "⟦Gr4nite!7x⟧")'],
    clean: ['err = c.Login(user, password)', 'err = c.Login("anonymous", os.Getenv("FTP_PASSWORD"))'],
  },
  'basic-authenticator-password': {
    secrets: ['client.Authenticator = new HttpBasicAuthenticator("deploy", "⟦Gr4nite!7x⟧");', "resource = RestClient::Resource.new('https://example.com/r', 'deploy', '⟦Gr4nite!7x⟧')"],
    clean: ['client.Authenticator = new HttpBasicAuthenticator(user, password);', "resource = RestClient::Resource.new(url, user: ENV['API_USER'], password: ENV['API_PASSWORD'])"],
  },
  'key-passphrase-argument': {
    secrets: [
      'key = OpenSSL::PKey::RSA.new(File.read("key.pem"), "⟦Gr4nite!7x⟧")',
      'p12 = OpenSSL::PKCS12.new(File.binread("c.p12"), "⟦Gr4nite!7x⟧")',
      "$key = openssl_pkey_get_private(file_get_contents('key.pem'), '⟦Gr4nite!7x⟧');",
      'key, cert, extra = pkcs12.load_key_and_certificates(data, b"⟦Gr4nite!7x⟧")',
      'key = serialization.load_pem_private_key(data, b"⟦Gr4nite!7x⟧")',
    ],
    clean: ['key = OpenSSL::PKey::RSA.new(File.read("key.pem"))', "key = OpenSSL::PKey::RSA.new(pem, ENV['KEY_PASSPHRASE'])", 'key = serialization.load_pem_private_key(data, password=None)', 'key = serialization.load_pem_private_key(data, None)'],
  },
  'client-token-argument': {
    secrets: ['g = Github("⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4TaBc⟧")', 'g = Github(auth=Auth.Token("⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2Rv5Xs4TaBc⟧"))', 'auth = Auth.Login("octocat", "⟦Pl4nk-wood9⟧")', "app.keys = ['⟦Tq7-lorn-88-Zx9Qm2⟧', 'older'];"],
    clean: ['g = Github(token)', 'g = Github(auth=Auth.Token(os.environ["GITHUB_TOKEN"]))', 'app.keys = [process.env.SESSION_KEY];'],
  },
  'connect-string-password': {
    secrets: ['conn = psycopg2.connect("dbname=shop user=app password=⟦Sunflower42⟧")', "conn = psycopg2.connect(\"host=db password='⟦Gr4nite!7x⟧' dbname=shop\")", 'conn = cx_Oracle.connect("scott/⟦Gr4nite!7x⟧@localhost/orclpdb")',
      // A base64 password's `/` is the password's: the DSN's `/service` stands after the `@` (Oracle's Easy Connect syntax).
      'conn = oracledb.connect("scott/⟦kQ7/xZ2+mW9pL4vB8nR3tY6c=⟧@db.example.com:1521/orclpdb")'],
    clean: ['conn = psycopg2.connect("dbname=shop user=app")', 'conn = psycopg2.connect(dsn)', 'conn = cx_Oracle.connect(user, password, dsn)', 'conn = oracledb.connect("scott@db.example.com/orclpdb")'],
  },
  'hashed-password-argument': {
    secrets: [
      'hashed = bcrypt.hashpw(b"⟦Gr4nite!7x⟧", bcrypt.gensalt())',
      'const hash = await bcrypt.hash("⟦Gr4nite!7x⟧", 10);',
      '$hash = password_hash("⟦Gr4nite!7x⟧", PASSWORD_DEFAULT);',
      "'password' => Hash::make('⟦Gr4nite!7x⟧'),",
      'String h = passwordEncoder.encode("⟦Gr4nite!7x⟧");',
      'h, err := bcrypt.GenerateFromPassword([]byte("⟦Gr4nite!7x⟧"), bcrypt.DefaultCost)',
      'ok = check_password_hash(user.pw_hash, "⟦Gr4nite!7x⟧")',
      'const key = crypto.scryptSync("⟦Gr4nite!7x⟧", "salt", 32);',
    ],
    clean: [
      'hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())',
      'const hash = await bcrypt.hash(req.body.password, 10);',
      '$hash = password_hash($password, PASSWORD_DEFAULT);',
      "'password' => Hash::make($request->password),",
      'String h = passwordEncoder.encode(dto.getPassword());',
      'const key = crypto.scryptSync(process.env.PASSPHRASE, salt, 32);',
    ],
  },
  'account-password-argument': {
    secrets: ['user.set_password("⟦Gr4nite!7x⟧")', "User.objects.create_user('john', 'lennon@thebeatles.com', '⟦Gr4nite!7x⟧')", 'var result = await userManager.CreateAsync(user, "⟦Gr4nite!7x⟧");'],
    clean: ['user.set_password(form.cleaned_data["password"])', 'User.objects.create_user(username, email, password)', 'var result = await userManager.CreateAsync(user, model.Password);', 'keyring.set_password("svc", "user", pw)'],
  },
  'bytes-literal-assignment': {
    secrets: [
      'var jwtSecret = []byte("⟦Gr4nite!7x⟧")',
      'jwtKey := []byte("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧")',
      'jwtKey := []byte ("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧")',
      'var hmacSecret []byte = []byte("⟦Gr4nite!7x⟧")',
      "const secret = new TextEncoder().encode('⟦cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2⟧');",
      'var key = Encoding.UTF8.GetBytes("⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3⟧");',
    ],
    clean: [
      'var jwtKey = []byte(os.Getenv("JWT_KEY"))',
      'body := []byte("hello world")',
      'var key = []byte("user:")',
      'const data = new TextEncoder().encode("message to sign");',
      'if secret == []byte("abc") {',
      'var bytes = Encoding.UTF8.GetBytes("Content-Type");',
    ],
  },
  'basic-credentials-encoded': {
    secrets: [
      "headers: { Authorization: 'Basic ' + btoa('deploy:⟦Pl4nk-wood9⟧') }",
      '"Authorization": "Basic " + base64.b64encode(b"deploy:⟦Pl4nk-wood9⟧").decode()',
      'conn.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString("deploy:⟦Pl4nk-wood9⟧".getBytes()));',
      'req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("deploy:⟦Pl4nk-wood9⟧")))',
      "headers: { Authorization: `Basic ${Buffer.from('deploy:⟦Pl4nk-wood9⟧').toString('base64')}` }",
    ],
    clean: [
      "headers: { Authorization: 'Basic ' + btoa(user + ':' + password) }",
      "headers: { Authorization: 'Basic ' + btoa(`${user}:${password}`) }",
      '"Authorization": "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()',
      "headers: { Authorization: 'Basic ' + btoa('deploy:' + process.env.DEPLOY_PASSWORD) }",
    ],
  },
  'auth-pair-argument': {
    secrets: ['es = Elasticsearch("https://localhost:9200", basic_auth=("elastic", "⟦Pl4nk-wood9⟧"))', "$client = new Client(['auth' => ['deploy', '⟦Pl4nk-wood9⟧']]);"],
    clean: ['es = Elasticsearch(hosts, basic_auth=("elastic", os.environ["ES_PASSWORD"]))', "$client = new Client(['auth' => [$user, $password]]);"],
  },
  'basic-auth-users-password': {
    secrets: ["app.use(basicAuth({ users: { 'admin': '⟦Tq7-lorn-88⟧' } }))", 'app.use(basicAuth({ challenge: true, users: { admin: "⟦Pl4nk-wood9⟧" } }))'],
    clean: ["app.use(basicAuth({ users: { 'admin': process.env.ADMIN_PASSWORD } }))", 'app.use(basicAuth({ authorizer: myAuthorizer }))'],
  },
  'sonar-token-property': {
    secrets: [
      "property 'sonar.login', '⟦1f0e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c⟧'",
      'mvn sonar:sonar -Dsonar.login=⟦1f0e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c⟧',
      "sonar.token', '⟦squ_1f0e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c⟧",
    ],
    clean: ["property 'sonar.login', System.getenv('SONAR_TOKEN')", 'sonar.login=${SONAR_TOKEN}', 'property "sonar.login", sonarToken'],
  },
  'connect-signature-password': {
    secrets: [
      '$m = imap_open("{imap.example.com:993/imap/ssl}INBOX", "me@example.com", "⟦Tq7-lorn-88⟧");',
      "$c = odbc_connect('ShopDSN', 'app', '⟦walrus⟧');",
      '$c = db2_pconnect("SHOP", "db2inst1", "⟦Pl4nk-wood9⟧");',
      '$c = mssql_connect("db.example.com", "sa", "⟦heron⟧");',
      '$c = ifx_connect("shop@ol_srv", "informix", "⟦Gr4nite!7x⟧");',
      '$c = fbsql_pconnect("db.example.com", "app", "⟦Gr4nite!7x⟧");',
      '$c = maxdb_connect("localhost", "MONA", "⟦otter⟧", "DEMODB");',
      'maxdb_change_user($link, "MONA", "⟦otter⟧", "DEMODB");',
      '$c = cubrid_connect("localhost", 33000, "demodb", "dba", "⟦puffin⟧");',
      '$c = dbx_connect(DBX_MYSQL, "localhost", "shop", "app", "⟦Tq7-lorn-88⟧");',
      '$ok = ldap_exop_passwd($ds, "uid=me,dc=example,dc=org", $old, "⟦Gr4nite!7x⟧");',
      'db = pg.DB("shop", "localhost", 5432, None, "app", "⟦Pl4nk-wood9⟧")',
    ],
    clean: [
      '$m = imap_open($mailbox, $user, $password);',
      "$c = odbc_connect('ShopDSN', 'app', getenv('ODBC_PASSWORD'));",
      '$c = db2_connect("SHOP", "db2inst1", "");',
      '$c = mssql_connect("db.example.com", "sa", "<password>");',
      '$c = cubrid_connect("localhost", 33000, "demodb", "dba", $pw);',
      '$ok = ldap_exop_passwd($ds, "uid=me,dc=example,dc=org", "", $new);',
      'db = pg.DB("shop", "localhost", 5432, None, "app", os.environ["PGPASSWORD"])',
      'r = odbc_exec($c, "SELECT password FROM users")',
    ],
  },
  'encrypter-key-argument': {
    secrets: [
      "$e = new Encrypter('⟦Zx9Qm2Lp8Rt4Vw6Yb1Qe7Tn3Kw8Pm2x⟧', 'AES-256-CBC');",
      '$e = new \\Illuminate\\Encryption\\Encrypter("⟦Zx9Qm2Lp8Rt4Vw6⟧");',
    ],
    clean: ["$e = new Encrypter(base64_decode(config('app.key')), 'AES-256-CBC');", '$e = new Encrypter($key, $cipher);', "$e = new Encrypter('${APP_KEY}');"],
  },
  'jndi-credentials-property': {
    secrets: [
      'env.put(Context.SECURITY_CREDENTIALS, "⟦Tq7-lorn-88⟧");',
      'props.setProperty(javax.naming.Context.SECURITY_CREDENTIALS, "⟦walrus⟧");',
      "env.put('java.naming.security.credentials', '⟦otter⟧');",
      'env.put(InitialContext.SECURITY_CREDENTIALS, "⟦Pl4nk-wood9⟧");',
    ],
    clean: [
      'env.put(Context.SECURITY_CREDENTIALS, password);',
      'env.put(Context.SECURITY_CREDENTIALS, System.getenv("LDAP_PASSWORD"));',
      'env.put(Context.SECURITY_PRINCIPAL, "cn=admin,dc=example,dc=org");',
      'env.put(Context.SECURITY_CREDENTIALS, "");',
      'env.put(Context.SECURITY_CREDENTIALS, "${ldap.password}");',
    ],
  },
  // Twenty-third round (guardrecall9): the places CodeQL's Go `credentials-key` models and JavaScript
  // `CredentialsNode`s name; toy values, as the analysers' own examples use them, are the key there.
  'go-jwt-sign-key': {
    secrets: [
      's, err := jwt.SigningMethodHS256.Sign("header.payload", []byte("⟦key11⟧"))',
      'tokenString, err := jwt.Sign(jwt.HS256, []byte("⟦key2⟧"), claims)',
      'token, err := jwt.SignWithHeader(jwt.HS256, "⟦hgfedcba⟧", claims, header)',
      'keys.Register(jwt.HS256, "api", []byte("⟦key12⟧"), []byte("⟦key12⟧"))',
    ],
    clean: [
      'token, err := jwt.Sign(jwt.HS256, sharedKey, claims)',
      's, _ := jwt.SigningMethodHS256.Sign(signingString, key)',
      'jwt.Sign(jwt.HS256, []byte(""), claims)',
      'jwt.Sign(jwt.HS256, []byte("${JWT_SECRET}"), claims)',
      'keys.Register(jwt.HS256, "api", pub, priv)',
      'cache.Register(name, "api", handler)',
    ],
  },
  'go-jwt-signer-key': {
    secrets: [
      'signer := jwt.NewSigner(jwt.HS256, []byte("⟦key4⟧"), 15*time.Minute)',
      'signer, err := jwt.NewSignerHS(jwt.HS256, []byte("⟦key6⟧"))',
      'e = kitjwt.NewSigner("kid", []byte("⟦key7⟧"), stdjwt.SigningMethodHS256, claims)(e)',
      'tokenAuth := jwtauth.New("HS256", []byte("⟦key5⟧"), nil)',
    ],
    clean: [
      'signer := jwt.NewSigner(jwt.HS256, sigKey, 15*time.Minute)',
      'tokenAuth = jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil)',
      'signer, err := jwt.NewSignerHS(jwt.HS256, key)',
    ],
  },
  'go-jwt-key-field': {
    secrets: [
      'mw, err := jwt.New(&jwt.GinJWTMiddleware{\n\tRealm: "test zone",\n\tKey:   []byte("⟦key8⟧"),\n})',
      'mw := &jwt.GfJWTMiddleware{Key: []byte("⟦key13⟧")}',
      'signer := &jwt.Signer{\n\tAlg: jwt.HS256,\n\tKey: []byte("⟦key14⟧"),\n}',
      'sig, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte("⟦key10⟧")}, nil)',
      'enc, err := jose.NewEncrypter(jose.A128GCM, jose.Recipient{Algorithm: jose.PBES2_HS256_A128KW, Key: "⟦sdsdag⟧"}, nil)',
    ],
    clean: [
      'key := jose.SigningKey{Algorithm: jose.RS256, Key: privateKey}',
      'mw := &jwt.GinJWTMiddleware{Realm: "zone", Key: []byte(cfg.Secret)}',
      'Recipient{Name: "Bob", Key: "user-key"}',
      "const recipient = { Key: 'abc' }",
    ],
  },
  'js-jwt-verify-key': {
    secrets: ["const { payload } = await jose.jwtVerify(jwt, new TextEncoder().encode('⟦hgfedcba⟧'))"],
    clean: ['await jwtVerify(token, secret)', 'await jwtVerify(token, new TextEncoder().encode(process.env.JWT_SECRET))'],
  },
  'node-request-auth-option': {
    secrets: ["http.request({ host: 'api.example.com', auth: 'user:⟦hgfedcba⟧' }, cb)", 'https.get(url, { auth: "admin:⟦sdsdag⟧" })'],
    clean: ["http.request({ host: 'x', auth: user + ':' + pass })", 'http.request({ auth: `${user}:${pass}` })', "https.get({ auth: 'user:' })"],
  },
  'libcurl-password-option': {
    secrets: [
      'curl_easy_setopt(curl, CURLOPT_USERPWD, "app:⟦letmein⟧");',
      'curl_easy_setopt(curl, CURLOPT_PASSWORD, "⟦secret⟧");',
      "curl_setopt($ch, CURLOPT_PROXYUSERPWD, 'proxy:⟦Sunflower42⟧');",
      "curl_setopt_array($ch, [CURLOPT_URL => $url, CURLOPT_USERPWD => 'app:⟦tiger12⟧']);",
      'c.setopt(pycurl.USERPWD, "app:⟦hgfedcba⟧")',
      'curl_easy_setopt(curl, CURLOPT_KEYPASSWD, "⟦open sesame⟧");',
    ],
    clean: [
      'curl_easy_setopt(curl, CURLOPT_USERPWD, userpwd);',
      'curl_easy_setopt(curl, CURLOPT_PASSWORD, "password");',
      "curl_setopt($ch, CURLOPT_USERPWD, 'app:password');",
      'curl_easy_setopt(curl, CURLOPT_USERNAME, "app");',
      'curl_easy_setopt(curl, CURLOPT_PASSWORD, "");',
      // A value that says it is a stand-in (the policy since the twenty-ninth round; standInWords.ts).
      "curl_setopt_array($ch, [CURLOPT_URL => $url, CURLOPT_USERPWD => 'app:myPassword']);",
    ],
  },
  'android-build-field': {
    secrets: [
      'buildConfigField "String", "MAPS_API_KEY", "\\"⟦letmein⟧\\""',
      'buildConfigField("String", "DB_PASSWORD", "\\"⟦Sunflower42⟧\\"")',
      "buildConfigField 'String', 'CLIENT_SECRET', '\"⟦open-sesame⟧\"'",
      'buildConfigField(type = "String", name = "AUTH_TOKEN", value = "\\"⟦tiger12⟧\\"")',
      'resValue "string", "api_secret", "⟦letmein⟧"',
      "resValue('string', 'stripe_api_key', '⟦Sunflower42⟧')",
    ],
    clean: [
      'buildConfigField("String", "API_KEY", "\\"${apiKey}\\"")',
      'buildConfigField("String", "API_KEY", project.property("apiKey"))',
      'buildConfigField "String", "API_KEY", "\\"$System.env.API_KEY\\""',
      'buildConfigField "String", "BASE_URL", "\\"https://api.example.com\\""',
      'buildConfigField "String", "VERSION_NAME", "\\"release42\\""',
      'buildConfigField "boolean", "API_KEY_SET", "true"',
      'resValue "string", "app_name", "Sunflower42"',
      'resValue "string", "api_secret", "<api_secret>"',
    ],
  },
  'js-login-password-argument': {
    secrets: [
      "msRestAzure.loginWithUsernamePassword('user@example.com', '⟦hgfedcba⟧', cb)",
      "msRestAzure.loginWithServicePrincipalSecret('clientId', '⟦hgfedcba⟧', 'example.onmicrosoft.com', cb)",
      "superagent.get(url).auth('user', '⟦hgfedcba⟧')",
      "request.get(url).auth('user', '⟦sdsdag⟧', false)",
    ],
    clean: [
      'request.get(url).auth(user, pass)',
      "superagent.get(url).auth('user', '')",
      'msRestAzure.loginWithServicePrincipalSecret(clientId, secret, domain, cb)',
      'firebase.auth().signInWithEmailAndPassword(email, password)',
    ],
  },
  // Twenty-fourth round (guardrecall10): a lookup's default under the setting's own name, and comparisons by call
  // or word operator (CWE-259's and CWE-798's demonstrative `strcmp(password, "…")`).
  'lookup-default': {
    secrets: [
      'DB_PASSWORD = os.getenv("DB_PASSWORD", "⟦hgfedcba⟧")',
      'SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", default="⟦letmein⟧")',
      'pw = ENV.fetch("DB_PASSWORD", "⟦Sunflower42⟧")',
      'String pw = System.getenv().getOrDefault("DB_PASSWORD", "⟦hgfedcba⟧");',
      'String pw = env.getProperty("spring.datasource.password", "⟦hgfedcba⟧");',
      "'password' => env('DB_PASSWORD', '⟦sdsdag⟧'),",
      'password: System.get_env("DB_PASSWORD", "⟦hgfedcba⟧"),',
      'x = os.environ.get("password", "⟦hgfedcba⟧")',
      "$pw = getenv('DB_PASSWORD') ?: '⟦hgfedcba⟧';",
      'val pw = System.getenv("DB_PASSWORD") ?: "⟦hgfedcba⟧"',
      'let pw = std::env::var("DB_PASSWORD").unwrap_or_else(|_| "⟦hgfedcba⟧".into());',
      'String pw = Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("⟦hgfedcba⟧");',
      'pw := cmp.Or(os.Getenv("DB_PASSWORD"), "⟦hgfedcba⟧")',
    ],
    clean: [
      'DB_PASSWORD = os.getenv("DB_PASSWORD", "")',
      'pw = os.getenv("DB_PASSWORD", "x")',
      'pw = os.environ.get("DB_PASSWORD", "DB_PASSWORD")',
      'pw = os.environ.get("DB_PASSWORD", "${DB_PASSWORD}")',
      'pw = os.environ.get("DB_PASSWORD", "<password>")',
      'pw = os.getenv("DB_PASSWORD", "%s")',
      'pw = os.getenv("DB_PASSWORD", default_password)',
      'host = os.getenv("DB_HOST", "localhost")',
      'String user = System.getProperty("db.user", "admin");',
      "$pw = getenv('DB_PASSWORD') ?: $fallback;",
      'let pw = env::var("DB_PASSWORD").unwrap_or_default();',
      'pw := cmp.Or(os.Getenv("DB_PASSWORD"), os.Getenv("PGPASSWORD"))',
      'val mode = System.getenv("AUTH_MODE") ?: "password"',
      'cy.get("password", "input")',
    ],
  },
  'compared-call': {
    secrets: [
      'if (strcmp(password, "⟦Mew!x⟧")) {',
      'if (strcmp("⟦hgfedcba⟧", password) == 0) {',
      'if (strncmp(user->passwd, "⟦hgfedcba⟧", 8) == 0)',
      "if (hash_equals('⟦hgfedcba⟧', $token)) {",
      "if (strcmp($password, '⟦letmein⟧') === 0) {",
      'if hmac.compare_digest(api_token, "⟦hgfedcba⟧"):',
      'if (string.Equals(password, "⟦hgfedcba⟧"))',
      'if (_stricmp(szPassword, "⟦hgfedcba⟧") == 0)',
    ],
    clean: [
      'if (strcmp(password, confirm) == 0) {',
      'if (strcmp(argv[1], "--password") == 0) {',
      'if (strcmp(key, "password") == 0) {',
      'if (strcmp(password, "") == 0) {',
      'if (strcmp(username, "admin") == 0) {',
      "if (hash_equals($expected, $token)) {",
      'if (strcmp(password, "%s") == 0)',
      'if hmac.compare_digest(token, expected_token):',
      'if (string.Equals(password, PASSWORD_CONSTANT))',
    ],
  },
  'compared-word-operator': {
    secrets: ['if ($password -eq "⟦hgfedcba⟧") {', "if ($password eq '⟦letmein⟧') {", 'if ($Env.ApiToken -ne "⟦Sunflower42⟧") { exit 1 }'],
    clean: ['if ($password -eq $confirm) {', 'if ($password -eq "") {', "if ($field eq 'password') {", 'if ($password -eq "$env:DB_PASSWORD") {', "if ($user eq 'admin') {"],
  },
};
