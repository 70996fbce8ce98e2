// The adversarial families of the documented forms' rules from the thirty-eighth round on (directives, keys where an API
// puts them, localized and in-line passwords, sentences, URL encodings, SDK clients, credential stores): each form on every
// line, its openings without a value, and runs past its bounds. Spread at the end of adversarialInputs.ts's families.
import { fill, linesNumbered } from './adversarialText';

export const adversarialFormFamilies: Record<string, string> = {
  // Thirty-eighth round (guarddirective1): a `password` word among directive lines (directiveBlock.ts reads the lines around
  // each), nslcd's, ProFTPD's, snmpd's and Monit's credential directives, every line; lines that almost open a block (a
  // 199-character line before, three arguments, a sentence's stop) and the directives' openings with no value; keywords glued.
  'password words among directive lines, every line': fill('<server>\n  username admin\n  password hogehoge\n  password tigerlily\n</server>\n'),
  'password words beside lines that open no block': fill(`${'a '.repeat(99)}\npassword below\nand so on.\n${'b'.repeat(199)}\npassword reset\nx y z w\npassword word\n`),
  'directives read in the thirty-eighth round, every line': fill('rootpwmodpw hogehoge\nSQLConnectInfo ftp@db ftpuser aB3dE6gH9jK2 PERSESSION\ncreateUser -e 0x80001 mon SHA-256 "aB3dE6gH9jK2" AES tigerlily12\n  allow admin:tiger12 read-only\n'),
  'thirty-eighth round directive openings without a value': fill(`createUser a SHA ${' '.repeat(60)}\ncreateUser ${'a '.repeat(100)}\nSQLConnectInfo ${'a '.repeat(150)}\nallow ${'a:'.repeat(100)}\nset httpd ${'x '.repeat(100)}allow\nrootpwmodpw\n`),
  'thirty-eighth round directive keywords glued': fill('createusersqlconnectinforootpwmodpwallow password allow a:'),
  // Thirty-ninth round (guardkeyctor1): a literal key where an API's reference puts the key (callSignatureRules.ts), every
  // form on every line; the calls opened with everything but the literal (a name, a lookup, a conversion left open), one
  // long line; and their openings back to back, each with a literal opened and never closed.
  'key arguments read in the thirty-ninth round, every line': fill('block, err := aes.NewCipher([]byte("aB3dE6gH9jK2"))\nconst k = crypto.createSecretKey(Buffer.from("aB3dE6gH9jK2"));\naesgcm = AESGCM(b"aB3dE6gH9jK2")\nc = Cipher(algorithms.AES(b"aB3dE6gH9jK2"), modes.CBC(iv))\nlet key = SymmetricKey(data: Data("aB3dE6gH9jK2".utf8))\nk = await crypto.subtle.importKey("raw", enc.encode("aB3dE6gH9jK2"), "AES-GCM", false, ["encrypt"]);\nvar t = HMACSHA256.HashData(Encoding.UTF8.GetBytes("aB3dE6gH9jK2"), d);\nlet mut mac = HmacSha256::new_from_slice(b"aB3dE6gH9jK2")?;\nh = hmac.HMAC(b"aB3dE6gH9jK2", hashes.SHA256())\nh = HMAC.new(b"aB3dE6gH9jK2", digestmod=SHA256)\nlet k = EncodingKey::from_secret(b"aB3dE6gH9jK2");\nSecretKey k = Keys.hmacShaKeyFor(Decoders.BASE64.decode("aB3dE6gH9jK2"));\n'),
  'key argument calls without a literal': fill('aes.NewCipher(key) chacha20poly1305.NewX(k[:]) createSecretKey(Buffer.from(process.env.K, "hex")) AESGCM(key=k) algorithms.AES(Decoders.BASE64.decode(k)) SymmetricKey(data: Data(s.utf8)) .importKey("raw", enc.encode(s), .importKey("spki", k, HMACSHA256.HashData(key, d) ::new_from_slice(&k) hmac.HMAC(k, h) HMAC.new(k, d) EncodingKey::from_secret(s.as_bytes()) '),
  'key argument calls never closed': fill(`aes.NewCipher([]byte("a b c\ncreateSecretKey(Buffer.from('a b\nAESGCM(b"ab cd\nalgorithms.AES(base64.b64decode('ab\nSymmetricKey(data: Data("ab cd\n.importKey("raw", enc.encode("ab cd\n.importKey('raw', ${'x'.repeat(43)}.encode('ab\n::new_from_slice(&b"ab cd\nDecodingKey::from_base64_secret("ab\nHMACSHA512.TryHashData(Convert.FromBase64String('ab\n`),
  // Fortieth round (guardforms1): a key decoded from base64 in a key's place (.NET's `Convert.FromBase64String`, Python's
  // `base64.b64decode`), every form on every line; and the decoders opened in those places, the literal never closed.
  'base64-decoded key arguments, every line': fill('using var h = new HMACSHA256(Convert.FromBase64String("aB3dE6gH9jK2"));\nvar k = new SymmetricSecurityKey(Convert.FromBase64String("aB3dE6gH9jK2"));\naes.Key = Convert.FromBase64String("aB3dE6gH9jK2");\nmac = hmac.new(base64.b64decode("aB3dE6gH9jK2"), msg, hashlib.sha256)\na = AESGCM(base64.b64decode("aB3dE6gH9jK2"))\nf = Fernet(base64.urlsafe_b64decode("aB3dE6gH9jK2"))\nt = jwt.encode(p, base64.b64decode("aB3dE6gH9jK2"), algorithm="HS256")\n'),
  'base64-decoded key arguments never closed': fill(`new HMACSHA256(Convert.FromBase64String("ab cd\n.Key = Convert.FromBase64String( 'ab\nhmac.new(base64.b64decode("ab cd\nAESGCM(base64.urlsafe_b64decode('ab\nFernet(key=base64.b64decode("ab\njwt.encode(p, base64.b64decode("ab cd\n.Key=Convert.FromBase64String(${'x'.repeat(43)}\n`),
  // Fortieth round (guardforms1): OpenLDAP's bind credentials (ldapBindCredentialsRule.ts) on every line and a directive
  // continued without end and no `credentials=` (the bounded stretch read at each directive); RFC 2307 hashes every line and
  // schemes with a digest one character short.
  'ldap bind credentials, every line': fill('syncrepl rid=1 provider=ldap://p bindmethod=simple binddn="cn=r" credentials=aB3dE6gH9jK2\nolcDbIDAssertBind: bindmethod=simple credentials="aB3dE6gH9jK2"\n'),
  'ldap directives continued without credentials': fill('syncrepl rid=1\n provider=ldap://p credentials binddn="cn=r credentials=" x\n idassert-bind\n acl-bind credentials\n'),
  'rfc2307 password hashes, every line': fill('olcRootPW: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9gWq2R\nuserPassword: {SHA}qUqP5cyxm6YcTAhz05Hph5gvu9M=\nrootpw {CRYPT}aB3dE6gH9jK2x\n'),
  'rfc2307 schemes without a digest': fill(`{SSHA}${'A'.repeat(21)} {crypt}${'b'.repeat(12)} {SSHA512}{MD5}{SMD5}{SHA}{ `),
  // Forty-first round (guardforms2): slappasswd's `{CLEARTEXT}` values and LDIF's base64 password values
  // (ldapPasswordValueRules.ts) every line; the scheme repeated with a value past its bound; password attributes' `::`
  // before base64 runs past their bound, folded lines without end, and a line's attribute names with no value.
  'ldap cleartext and base64 password values, every line': fill('userPassword: {CLEARTEXT}Tr4il-mix9\nolcRootPW:: e1NTSEF9VzZwaDVNbTVQejhHZ2lVTGJQZ3pHMzdtajlnV3EyUg==\nuserPassword:: e1NTSEF9VzZwaDVNbTVQejhH\n Z2lVTGJQZ3pHMzdtajlnV3EyUg==\nunicodePwd:: IgBUAHIANABpAGwALQBtAGkAeAA5ACIA\n'),
  'ldap password values past their bound': fill(`{CLEARTEXT}${'a'.repeat(401)}" {cleartext}{CLEARTEXT}\nuserPassword:: ${'A'.repeat(801)}!\nolcRootPW:: ${'b'.repeat(40)}\n ${'c'.repeat(40)}\n ${'d'.repeat(40)}!\nuserPassword::\nunicodePwd:: \n`),
  // Fortieth round (guardforms1): passwords named in another language (localizedPasswordRule.ts) every line; text made of
  // the characters past ASCII its words hold, which the prefilter reads as one (every place near a keyword, past its
  // record's bound: the expression over the whole text); and each word's separator before an ASCII run past the value's bound.
  'passwords named in another language, every line': fill('パスワード：Abc12345\nユーザー名：admin　密码：Hk7#pq2z (初期値)\nПароль: qwerty123\n비밀번호=qwer1234!\nhasło=Lato2024!\nPassword：Winter24\n'),
  'characters of other languages\' password words, one run': fill('パスワード暗証番号비밀번호암호密码密碼口令парольПАРОЛЬłŁşŞñÑöÖ：＝'),
  'other languages\' password words before runs past the value': fill(`パスワード：${'a'.repeat(130)} 암호 = "${'b'.repeat(130)} пароль:${'c'.repeat(127)}x `),
  // Thirty-ninth round (guardpairs1): a password inside a line of text (passwordInLine.ts reads back from each password key
  // over a user's label, value and the pair's separator, each bounded), every line; the pairs on one line with no end; the
  // longest back-reads that find no label (a 60-character user, blanks at every bound, `and`), and prose after the key.
  'passwords inside a line, every line': fill('user: admin, password: Abc!2345\nID:admin PW:Xk9mQ2vL\nlogin: admin / password: tG7#pL2q (change it)\nPassword: Hunter2#x (factory default)\n'),
  'login pairs on one line without end': fill('ID: admin PW: Abc!2345 user: root, password: Xk9mQ2vL | '),
  // Forty-first round (guardforms2): the localized labels' back-read at its longest (17 characters, blanks and an apostrophe
  // inside, letters past ASCII) before a localized password key every few characters.
  'localized login pairs and near-labels, one long line': fill(`Nombre de usuario: admin Contraseña: x7Kp2 nom d'utilisateurs: ${'ü'.repeat(17)} Kennwort: ab1!cd2 kullanıcı adı: a senha: (x) `),
  'password keys after near-pairs, one long line': fill(`x:${' '.repeat(7)}${'a'.repeat(63)}${' '.repeat(7)}and${' '.repeat(7)}pw: ab1!cd2 user nam: ${'b'.repeat(63)} | pass: c2#d4 the password: must be 8 `),
  // Fortieth round (guardprose1): a credential stated in a sentence (statedSentenceRules.ts: a secret's word, a qualifier of
  // three words, a verb, one value whose clause's end is read after it), every form on every line; the sentences opened
  // with everything but a value that ends its clause (the longest qualifier, a value followed by a word), one long line;
  // the secret words back to back; and the three tools' messages without their value.
  'credentials stated in a sentence, every line': fill('The password is hunter2\nthe db password for prod is Zx8vB2nMq.\nssh in as root with password Zx8vB2nMq and restart it\nset the secret to Zx8vB2nMq\nI used Zx8vB2nMq as the password\nuse the api key kX9vB2nMq7PqLw4tR8sZ to call it\nthe PIN is 4821\nA temporary password is generated for root@localhost: ;0&_K24dDMOu\n'),
  'stated sentences without a value that ends its clause, one long line': fill(`the password for ${'a'.repeat(40)} ${'b'.repeat(40)} ${'c'.repeat(40)} is now set to ${'Zx8vB2nMq'.repeat(11)} x the token of a b c has been x9 hashed with the root password Ab1!cd2e then-what set my api key for x y z to kX9vB2nMq7PqLw4tR8sZ hashed use ab1!cd2e${'f'.repeat(92)} as a pin code is 12 `),
  'secret words back to back': fill('password is token is secret is api key is pin is passphrase for token to key and password with secret as the password '),
  'tool password messages without their value': fill(`A temporary password is generated for ${'r'.repeat(199)} Password for the elastic user (reset with \`${'x'.repeat(199)} Please use the following password to proceed to installation:\n${'j'.repeat(60)}  |\n\n`),
  // Forty-second round (guardforms3): Turkish capitals (`ŞİFRE`, `Şİfre`: the keyword with `İ`) every line; URLs encoded
  // twice (`%253D`, `%252F`, `%2540`: the escaped regions' reading of a `%25` escape) every line, and runs of `%25`
  // escapes that never end (a doubled escape's second half missing, `%25%25…`, `%252`); Synology's `_sid=` every line
  // and `_sid=` runs past its bound; a placeholder element closed by another name (the end tag's name compared) every
  // line; Trello's `key=` (the host read back) every line and keys past a Trello URL's reach.
  'turkish password keys, every line': fill('ŞİFRE=Kx8pQ2mz\nŞİfre: ankara06\nKULLANICI ADI: admin ŞİFRE: Trabzon61\nşifre：abc12345\n'),
  'urls encoded twice, every line': fill('https://sso.example.com/login?return_to=https%253A%252F%252Fapi.example.com%252Fv1%253Faccess_token%253DgH7kP2mQ9xR4tV8wZ1yB3nC6\nGET /r?url=https%253A%252F%252Fdeploy%253AXk9pL2q7RzW4%2540registry.example.com%252Fv2\nhttps://api.example.com/v1/objects?key=reports%252F2026%252Fq4.pdf&version=3\n'),
  'percent escapes of percent without end': fill(`?q=${'%25'.repeat(60)}%252 &x=%2525%2525%25Z%25%25= `),
  'synology session ids, every line': fill('GET /webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list&_sid=2ZLVB8UbL6EHnkI4uCO730lqNgJyzjBfhDcodeqNETcG_pMHr5yjt\n<a href="/webapi/entry.cgi?api=SYNO.API.Auth&amp;method=logout&amp;_sid=ohOCjwhHhwghw">x</a>\n'),
  'synology _sid runs past their bound': fill(`_sid=${'a'.repeat(300)} user_sid=_sid=_sid=${'b'.repeat(7)} `),
  'placeholder elements closed by another name, every line': fill('<a href="https://gitlab.example.com/api/v4/projects?private_token=<your_access_token>">list</a>\n<password>Xk9pL2q7RzW4</passwd>\n<api_key>Xk9pL2q7RzW4</api_key\n'),
  'trello keys, every line': fill(`https://api.trello.com/1/members/me/boards?key=7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b&token=ATTA3f9c2b7a1e5d4c8b9a0f1e2d3c4b5a69\nhttps://trello.com/1/authorize?expiration=1day&name=N&scope=read&key=7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b\n`),
  'trello keys past the host\'s reach, one long line': fill(`trello.com/1/x?${'a=1&'.repeat(150)}key=7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b key=7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b `),
  // Forty-second round (guardsdk1): keys handed to SaaS and cloud SDK clients (sdkClientKeyRules.ts) every line, a value
  // never met before a line; the calls' names with every argument but the key; and the calls never closed.
  'sdk client calls with a key, every line': linesNumbered((i, v) => `const r${i} = new Resend('${v}'); c := option.WithAPIKey("${v}")\nclient = SearchClient.create('APP${i}', '${v}'); p = new Pusher("${i}", "k", "${v}"); n = Client(auth="${v}")`),
  'sdk client call names without a key': fill('new Resend(k) new postmark.ServerClient(t) option.WithAPIKey(k) algoliasearch(a, b) SearchClient.create(a, new Pusher("1", b, c) new BraintreeGateway(a, b, c, d) Client(auth=x) new Client({ auth: x .builder().token(t) auth.ApiKey{Value: v '),
  'sdk client calls never closed': fill(`new SearchClient(a, 'b algoliasearch('a', "b new Pusher("1", "2", "c new BraintreeGateway(a, b, c, "d Resend("${'e'.repeat(40)} `),
  // Forty-second round (guardhelper1): credential stores' calls and commands (credentialStoreRules.ts) without a value,
  // with one on every line, and with runs past their bounds.
  'credential stores without a value': fill('keytar.setPassword(a, b, keyring.Set(x, y, keyring.Item{Key: k, Data: []byte(d), secret_password_store_sync(s, c, l, Secret.password_storev_sync(s, {a: b}, c, l, security add-generic-password -a b -w -w echo x | secret-tool store pass insert a <<< gopass insert -m b <<E\n echo "password= printf credential= '),
  'credential stores, every line': fill('keytar.setPassword("a", "b", "Pl4nk-wood9")\nring.Set(keyring.Item{\n\tKey: "k",\n\tData: []byte("Tq7-lorn-88"),\n})\nsecret_password_store_sync(S, NULL, "l", "m4ple!Syrup", NULL, &e, NULL);\nerr := keyring.Set("a", "b", "Gr4nite!7x")\nsecurity add-generic-password -a b -s c -w Tq7-lorn-88\necho m4ple!Syrup | pass insert -e a/b\nsecret-tool store --label=x a b <<< Pl4nk-wood9\npass insert -m a <<EOF\nGr4nite!7x\nEOF\necho "password=hunter2x"\n'),
  'credential store commands past their bounds': fill(`keyring.Item{${'Key: k, '.repeat(40)}Data: []byte(" secret_password_store_sync(${'a, '.repeat(70)} security add-generic-password ${'-a b '.repeat(70)}-w x echo ${'a'.repeat(401)} | pass insert secret-tool store ${'c'.repeat(201)} <<< x pass insert ${'e'.repeat(201)}<<E\n${'f'.repeat(401)}\necho "password=${'d'.repeat(401)}" `),
  // Forty-third round (guardforms4): URLs encoded three times (`%25253D`: a `%25` escape read again) every line; QNAP's
  // `sid=` in a CGI's query every line, and `.cgi?` queries of many parameters (24 at most read) without one; LuCI's
  // `;stok=` every line and runs past its bound; Turkish words decomposed (U+0307, U+0327) and `PAROLA` every line.
  'urls encoded three times, every line': fill('https://sso.example.com/login?return_to=https%25253A%25252F%25252Fapi.example.com%25252Fv1%25253Faccess_token%25253DgH7kP2mQ9xR4tV8wZ1yB3nC6\nGET /r?url=https%25253A%25252F%25252Fdeploy%25253AXk9pL2q7RzW4%252540registry.example.com%25252Fv2\nhttps://api.example.com/v1/objects?key=reports%25252F2026%25252Fq4.pdf&version=3\n'),
  'qnap session ids, every line': fill('GET /cgi-bin/filemanager/utilRequest.cgi?func=get_tree&sid=k7yf2ys9&is_iso=0&node=/Public\n<a href="/cgi-bin/filemanager/utilRequest.cgi?func=download&amp;sid=ktyfuyss&amp;source_file=a.pdf">a</a>\n'),
  'cgi queries without a session, one long line': fill(`x.cgi?${'a=1&'.repeat(40)}${'b'.repeat(300)}&usid=abcdefgh&sid=12345678 .cgi?&&&&sid= `),
  'luci tokens, every line': fill('http://192.168.1.1/cgi-bin/luci/;stok=3f2a9c0b7e1d4a6f8b5c2e9d0a7f1b3c/admin/status/overview\nnama="Produk";stok=12;harga=5000\n'),
  'luci tokens past their bound': fill(`;stok=${'a'.repeat(200)} ;stok=;stok=${'b'.repeat(15)}/ `),
  'turkish password keys decomposed, every line': fill('S\u0327I\u0307FRE=Kx8pQ2mz\nkullanıcı adı: admin şi\u0307fre: Trabzon61\ns\u0327ifre: ankara06\nPAROLA: Kx8pQ2mz\nDB_PAROLA = "zima2024"\nPAROLA CHIAVE: python\n'),
  // Forty-third round (guardsdk2): an OpenAPI PHP client's setApiKey, keyring-rs's set_secret, a header map's Authorization
  // with no scheme and a service_role key every line; the same names without a key; the calls never closed.
  'sdk and store keys of the forty-third round, every line': linesNumbered((i, v) => `$c${i} = Configuration::getDefaultConfiguration()->setApiKey('api-key', '${v}');\nEntry::new("s", "u${i}")?.set_secret(b"${v}")?;\nheaders = {"Authorization": "${v}"}\nSUPABASE_SERVICE_ROLE_KEY=${v}`),
  'sdk and store key names of the forty-third round without a key': fill('->setApiKey(\'api-key\', ->setApiKeyPrefix(\'a\', Entry::new(a, b)?.set_secret(&s entry.set_secret( {"Authorization": "Bearer"} "Authorization": "required" SECRET_COLLECTION_DEFAULT, "l" SERVICE_ROLE_KEY= '),
  'sdk and store calls of the forty-third round never closed': fill(`->setApiKey('a', '${'b'.repeat(40)} Entry::new(${'a, '.repeat(70)} entry.set_secret(b"${'c'.repeat(40)} "Authorization": "${'d'.repeat(40)} `),
};
