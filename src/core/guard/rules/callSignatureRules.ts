// Secrets that libraries' documented signatures take as an argument, per language, beside
// positionalSecretRules' and credentialCallRules' (seventeenth round): a cipher's or an HMAC's key
// (Node's `createCipheriv(algorithm, key, iv)`, crypto-js' `AES.encrypt(message, passphrase)` and
// `HmacSHA256(message, key)`, PHP's `hash_hmac(algo, data, key)` and `openssl_encrypt(data,
// cipher, passphrase)`, Go's `hmac.New(hash, key)`, Ruby's `OpenSSL::HMAC.hexdigest(digest, key,
// data)`, .NET's `new HMACSHA256(key)` and `new SymmetricSecurityKey(key)`, PyCryptodome's
// `AES.new(key, mode)`, `Fernet(key)`), a signer's secret (cookie-parser's `cookieParser(secret)`,
// itsdangerous' `URLSafeTimedSerializer(secret_key)`, php-jwt's `JWT::encode(payload, key, alg)`
// and `new Key(key, 'HS256')`, ruby-jwt's `JWT.encode payload, key, alg` without parentheses), a
// cloud SDK's key (Azure's `AzureKeyCredential(key)`, `AzureNamedKeyCredential(name, key)`,
// `StorageSharedKeyCredential(account, key)`, Go's `NewSharedKeyCredential(account, key)`; AWS'
// `NewStaticCredentials(id, secret, token)`, `AwsBasicCredentials.create(id, secret)`,
// `Aws::Credentials.new(id, secret)`, MinIO's `NewStaticV4(id, secret, token)`; Twilio's
// `Client(sid, token)`; tweepy's `OAuth1UserHandler(key, secret, token, token_secret)`), and a
// password (Java's `"…".toCharArray()` given to `KeyStore.load`, `getKey`, `KeyManagerFactory.init`,
// `PBEKeySpec`; JavaMail's `PasswordAuthentication(user, password)` and `Transport.connect(host,
// user, password)`; .NET's `X509Certificate2(file, password)` and MailKit's `Authenticate(user,
// password)`; paramiko's `connect(host, port, user, password)`, ssl's `load_cert_chain(cert, key,
// password)`, zipfile's `setpassword(pwd)`; gomail's `NewDialer(host, port, user, password)`;
// PHP's `oci_connect(user, password)`; Jedis' and phpredis' `auth(password)`; express-basic-auth's
// `users: { name: password }`). Each expression starts at the call's own name and reads a bounded
// stretch after it; the literal is judged as one given to the slot's name (acceptsQuotedLiteral).
import type { SecretRule } from '../secretRule';
import { patternRule } from '../secretRule';
import { ARG, LITERAL, positionalRule } from './positionalSecretRules';
import { DOTNET_BASE64_DECODE, PYTHON_BASE64_DECODE } from './convertedLiteral';

// An argument that is a call without nested parentheses (`JSON.stringify(data)`, `new
// FileInputStream("ks.jks")`, `OpenSSL::Digest.new('sha256')`), and its comma.
const CALL_ARG = `(?:new[ \\t]+)?[\\w$.:]{1,100}[ \\t]*\\([^()\\r\\n]{0,200}\\)[ \\t]*,[ \\t]*`;
export const ANY_ARG = `(?:${ARG}|${CALL_ARG})`;
// (Blanks may stand before a call's `(`: a keyword naming the call with its `(` is also written with one blank, which
// the redactor's prefilter reads as any run of them.)
const OPEN = `[ \\t]*\\([ \\t]*`;

export const callSignatureRules: readonly SecretRule[] = [
  positionalRule('cipher-key-argument', ['createcipher', 'createdecipher', 'cryptojs.', 'openssl_encrypt', 'openssl_decrypt', 'aes.new', 'des.new', 'des3.new', 'arc4.new', 'blowfish.new', 'cast.new', 'chacha20.new', 'chacha20_poly1305.new', 'salsa20.new', 'fernet'], [
    { key: 'secret', pattern: new RegExp(`\\bcreate(?:Cipher|Decipher)(?:iv)?${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'passphrase', pattern: new RegExp(`\\bCryptoJS\\.(?:AES|DES|TripleDES|Rabbit|RabbitLegacy|RC4|RC4Drop)\\.(?:en|de)crypt${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'passphrase', pattern: new RegExp(`\\bopenssl_(?:en|de)crypt${OPEN}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    // PyCryptodome's ciphers take the key first (`key=` too); cryptography's Fernet its one key.
    { key: 'secret', pattern: new RegExp(`\\b(?:AES|DES3?|ARC4|Blowfish|CAST|ChaCha20(?:_Poly1305)?|Salsa20)\\.new${OPEN}(?:key[ \\t]*=[ \\t]*)?${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bFernet${OPEN}(?:key[ \\t]*=[ \\t]*)?${LITERAL}`, 'dg') },
  ]),
  positionalRule('hmac-key-argument', ['cryptojs.hmac', 'hash_hmac', 'openssl::hmac', 'hmacsha', 'hmacmd5'], [
    { key: 'secret', pattern: new RegExp(`\\bCryptoJS\\.Hmac(?:MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bhash_hmac${OPEN}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bOpenSSL::HMAC\\.(?:hexdigest|digest|base64digest)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bOpenSSL::HMAC\\.new${OPEN}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bnew[ \\t]+HMAC(?:SHA1|SHA256|SHA384|SHA512|SHA3_256|SHA3_384|SHA3_512|MD5)${OPEN}${LITERAL}`, 'dg') },
  ]),
  positionalRule('hmac-new-key-argument', ['hmac.new', 'hmac.digest'], [
    // Go's crypto/hmac `New(hash, key)` (Python's lower-case `hmac.new(key, …)` is the older rule's).
    { key: 'secret', pattern: new RegExp(`\\bhmac\\.New${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bhmac\\.digest${OPEN}(?:key[ \\t]*=[ \\t]*)?${LITERAL}`, 'dg') },
    // PyCryptodome's `HMAC.new(key, msg, digestmod)` (Ruby's `OpenSSL::HMAC.new` is hmac-key-argument's).
    { key: 'secret', pattern: new RegExp(`(?<!::)\\bHMAC\\.new${OPEN}(?:key[ \\t]*=[ \\t]*)?${LITERAL}`, 'dg') },
  ]),
  // A key given alone where an API's reference puts it (thirty-ninth round): each family under its own keywords, so the
  // older rules' calls meet none of these expressions. Node's `crypto.createSecretKey(key[, encoding])`; Apple CryptoKit's
  // `SymmetricKey(data:)`; WebCrypto's `importKey(format, keyData, algorithm, extractable, keyUsages)`, whose `raw`
  // keyData is the key's bytes, here a string's through an encoder's `encode` (a TextEncoder held in a name, or made in
  // place: LITERAL's own). (The algorithm's name, an IV or a nonce beside the key are public by their documents: not read.)
  positionalRule('secret-key-object-argument', ['createsecretkey', 'symmetrickey', 'importkey'], [
    { key: 'secret', pattern: new RegExp(`\\bcreateSecretKey${OPEN}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bSymmetricKey${OPEN}data[ \\t]*:[ \\t]*${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\.importKey${OPEN}(["'\`])raw\\1[ \\t]*,[ \\t]*(?:[\\w$]{1,40}\\.encode${OPEN})?${LITERAL}`, 'dg') },
  ]),
  // Go's block ciphers take the key alone (`aes.NewCipher(key []byte)`, crypto/des' `NewTripleDESCipher`, x/crypto's
  // blowfish, cast5, twofish, tea, xtea, rc4) as x/crypto/chacha20poly1305's `New(key)` / `NewX(key)` does; pyca/cryptography's
  // AEADs take the key first (`AESGCM(key)`, `ChaCha20Poly1305(key)`), as do the hazmat ciphers' algorithms
  // (`Cipher(algorithms.AES(key), modes.CBC(iv))`: the mode's IV is public).
  positionalRule('block-cipher-key-argument', ['newcipher', 'newtripledescipher', 'chacha20poly1305', 'aesgcm', 'aesccm', 'aesocb3', 'aessiv', 'algorithms.aes', 'algorithms.camellia', 'algorithms.chacha20', 'algorithms.tripledes', 'algorithms.blowfish', 'algorithms.cast5', 'algorithms.seed', 'algorithms.sm4', 'algorithms.idea', 'algorithms.arc4'], [
    { key: 'secret', pattern: new RegExp(`\\b(?:(?:aes|des|rc4|blowfish|cast5|twofish|tea|xtea)\\.New(?:Cipher|TripleDESCipher)|chacha20poly1305\\.NewX?)${OPEN}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\b(?:AES(?:GCM(?:SIV)?|CCM|OCB3|SIV)|ChaCha20Poly1305)${OPEN}(?:key[ \\t]*=[ \\t]*)?${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\balgorithms\\.(?:AES(?:128|256)?|Camellia|ChaCha20|TripleDES|Blowfish|CAST5|SEED|SM4|IDEA|ARC4)${OPEN}(?:key[ \\t]*=[ \\t]*)?${LITERAL}`, 'dg') },
  ]),
  // A MAC's key first: RustCrypto's `KeyInit::new_from_slice(key)`, every MAC's and cipher's (`HmacSha256::new_from_slice(b"…")`,
  // `Hmac::<Sha256>::new_from_slice`); .NET 6's one-shot `HMACSHA256.HashData(key, source)` (`HashDataAsync`, `TryHashData`);
  // pyca/cryptography's `hmac.HMAC(key, algorithm)`.
  positionalRule('mac-key-argument', ['new_from_slice', 'hashdata', 'hmac.hmac'], [
    { key: 'secret', pattern: new RegExp(`::new_from_slice${OPEN}&?${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bHMAC(?:SHA1|SHA256|SHA384|SHA512|SHA3_256|SHA3_384|SHA3_512|MD5)\\.(?:Try)?HashData(?:Async)?${OPEN}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bhmac\\.HMAC${OPEN}(?:key[ \\t]*=[ \\t]*)?${LITERAL}`, 'dg') },
  ]),
  // A key kept in base64 and decoded to its bytes in a key's documented place (fortieth round), under keywords of its own
  // (the older rules' calls meet none of these expressions): .NET's `Convert.FromBase64String(string)` given to `new
  // HMACSHA256(byte[] key)`, `new SymmetricSecurityKey(byte[] key)` and set as `SymmetricAlgorithm.Key` / `KeyedHashAlgorithm.Key`
  // ("the secret key for the symmetric algorithm"; its `IV`, public by the same reference, is not read); Python's
  // `base64.b64decode(s)` given to `hmac.new(key, …)`, cryptography's `AESGCM(key)` and `Fernet(key)`, PyJWT's
  // `jwt.encode(payload, key, …)` / `decode(jwt, key, …)`.
  positionalRule('decoded-key-argument', ['frombase64string', 'b64decode'], [
    { key: 'secret', pattern: new RegExp(`\\bnew[ \\t]+HMAC(?:SHA1|SHA256|SHA384|SHA512|SHA3_256|SHA3_384|SHA3_512|MD5)${OPEN}${DOTNET_BASE64_DECODE}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bnew[ \\t]+SymmetricSecurityKey${OPEN}${DOTNET_BASE64_DECODE}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\.Key[ \\t]*=[ \\t]*${DOTNET_BASE64_DECODE}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\b(?:hmac\\.new|Fernet|AES(?:GCM(?:SIV)?|CCM|OCB3|SIV)|ChaCha20Poly1305)${OPEN}(?:key[ \\t]*=[ \\t]*)?${PYTHON_BASE64_DECODE}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\b[Jj][Ww][Tt]\\.(?:encode|decode)${OPEN}${ARG}${PYTHON_BASE64_DECODE}${LITERAL}`, 'dg') },
  ]),
  // The jsonwebtoken crate's HMAC keys: `EncodingKey::from_secret(secret: &[u8])`, `from_base64_secret`, DecodingKey's alike.
  positionalRule('jwt-key-object-argument', ['encodingkey::from_', 'decodingkey::from_'], [
    { key: 'secret', pattern: new RegExp(`\\b(?:En|De)codingKey::from_(?:base64_)?secret${OPEN}&?${LITERAL}`, 'dg') },
  ]),
  positionalRule('signer-secret-argument', ['cookieparser', 'serializer', 'timestampsigner', 'itsdangerous', 'symmetricsecuritykey'], [
    { key: 'secret', pattern: new RegExp(`\\bcookieParser${OPEN}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\b(?:URLSafe(?:Timed)?Serializer|TimedSerializer|TimestampSigner|itsdangerous\\.(?:Serializer|Signer))${OPEN}(?:secret_key[ \\t]*=[ \\t]*)?${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\bnew[ \\t]+SymmetricSecurityKey${OPEN}${LITERAL}`, 'dg') },
  ]),
  positionalRule('jwt-secret-argument', ['jwt::', 'jwt.encode', 'jwt.decode', 'jwt.token', 'hs256', 'hs384', 'hs512'], [
    { key: 'secret', pattern: new RegExp(`\\bJWT::(?:encode|decode)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    // php-jwt's Key pairs a key with its algorithm: an HMAC's is the shared secret (an RSA one is public).
    { key: 'secret', pattern: new RegExp(`\\bnew[ \\t]+Key${OPEN}${LITERAL}[ \\t]*,[ \\t]*["']HS(?:256|384|512)["']`, 'dg') },
    // ruby-jwt's documented calls leave out the parentheses: `JWT.encode payload, hmac_secret, 'HS256'`.
    { key: 'secret', pattern: new RegExp(`\\bJWT\\.(?:encode|decode)[ \\t]+${ARG}${LITERAL}`, 'dg') },
    // golang-jwt's Keyfunc (`jwt.Parse(s, func(t *jwt.Token) (interface{}, error) { return key, nil })`) returning its HMAC key.
    { key: 'secret', pattern: new RegExp(`\\*jwt\\.Token\\)[ \\t]*\\([^()\\r\\n]{0,40}\\)[ \\t]*\\{[ \\t\\r\\n]{0,40}return[ \\t]+\\[\\]byte${OPEN}${LITERAL}`, 'dg') },
    // Its documented body checks the method first (`if _, ok := token.Method.(*jwt.SigningMethodHMAC); !ok { return nil, … }`):
    // the key returned a few lines on, before the func's closing `})`.
    { key: 'secret', pattern: new RegExp(`\\*jwt\\.Token\\)[ \\t]*\\((?:interface\\{\\}|any)[ \\t]*,[ \\t]*error\\)[ \\t]*\\{[ \\t]*\\r?\\n(?:(?![ \\t]*\\}\\))[^\\r\\n]{0,200}\\r?\\n){1,12}?[ \\t]*return[ \\t]+\\[\\]byte${OPEN}${LITERAL}`, 'dg') },
  ]),
  positionalRule('cloud-key-argument', ['azurekeycredential', 'azurenamedkeycredential', 'azuresascredential', 'storagesharedkeycredential', 'newsharedkeycredential', 'newstaticcredentials', 'newstaticv', 'awsbasiccredentials', 'awssessioncredentials', 'aws::credentials', 'aws.credentials', 'basicawscredentials', 'basicsessioncredentials'], [
    { key: 'accountkey', pattern: new RegExp(`\\bAzure(?:Key|Sas)Credential${OPEN}${LITERAL}`, 'dg') },
    { key: 'accountkey', pattern: new RegExp(`\\b(?:AzureNamedKeyCredential|StorageSharedKeyCredential|NewSharedKeyCredential)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'secret_key', pattern: new RegExp(`\\b(?:NewStaticCredentials(?:Provider)?|NewStaticV[24]|AwsBasicCredentials\\.create|AwsSessionCredentials\\.create|Aws::Credentials\\.new|AWS\\.Credentials|Basic(?:AWS|Session)Credentials)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  // boto3's `Session(aws_access_key_id, aws_secret_access_key, aws_session_token, region_name, …)` and `client(service_name,
  // region_name, api_version, use_ssl, verify, endpoint_url, aws_access_key_id, aws_secret_access_key, …)`, botocore's
  // `Credentials(access_key, secret_key, token)` (boto3's and botocore's API references), by position; the Rust SDK's
  // `Credentials::new(access_key_id, secret_access_key, …)` and `from_keys` (aws-credential-types). A bare
  // `Credentials(` is anyone's: there only after an access key ID of AWS's documented form (`AKIA` or `ASIA` and 16).
  positionalRule('aws-secret-argument', ['boto3.session', 'boto3.client', 'boto3.resource', 'botocore.credentials', 'akia', 'asia'], [
    { key: 'secret_key', pattern: new RegExp(`\\b(?:boto3\\.(?:session\\.)?Session|botocore\\.credentials\\.Credentials)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'secret_key', pattern: new RegExp(`\\bboto3\\.(?:client|resource)${OPEN}(?:${ANY_ARG}){7}${LITERAL}`, 'dg') },
    { key: 'secret_key', pattern: new RegExp(`(["'])(?<=\\bCredentials(?:::new|::from_keys|\\.new)?[ \\t]*\\([ \\t]*["'])(?:AKIA|ASIA)[A-Z0-9]{16}\\1[ \\t]*,[ \\t]*${LITERAL}`, 'dg') },
  ]),
  positionalRule('twilio-token-argument', ['twilio'], [
    { key: 'auth_token', pattern: new RegExp(`\\b(?:twilio|Twilio\\.init|TwilioClient\\.Init)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'auth_token', pattern: new RegExp(`\\brequire${OPEN}["']twilio["'][ \\t]*\\)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  positionalRule('tweepy-secret-argument', ['oauthhandler', 'oauth1userhandler', 'oauth2apphandler', 'oauth2bearerhandler', 'set_access_token'], [
    { key: 'consumer_secret', pattern: new RegExp(`\\bOAuth(?:1User|2App)?Handler${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'access_token_secret', pattern: new RegExp(`\\bOAuth1UserHandler${OPEN}${ANY_ARG}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'access_token_secret', pattern: new RegExp(`\\.set_access_token${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'bearer_token', pattern: new RegExp(`\\bOAuth2BearerHandler${OPEN}${LITERAL}`, 'dg') },
  ]),
  // dghubble/oauth1's `NewConfig(consumerKey, consumerSecret)` and `NewToken(token, tokenSecret)`; twitteroauth's
  // `new TwitterOAuth(key, secret, token, tokenSecret)`; requests-oauthlib's `OAuth1(client_key, client_secret,
  // resource_owner_key, resource_owner_secret)`.
  positionalRule('oauth1-secret-argument', ['oauth1.new', 'twitteroauth', 'oauth1(', 'oauth1 ('], [
    { key: 'consumer_secret', pattern: new RegExp(`\\boauth1\\.New(?:Config|Token)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'consumer_secret', pattern: new RegExp(`\\bnew[ \\t]+TwitterOAuth${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'access_token_secret', pattern: new RegExp(`\\bnew[ \\t]+TwitterOAuth${OPEN}${ANY_ARG}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'client_secret', pattern: new RegExp(`\\bOAuth1${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'resource_owner_secret', pattern: new RegExp(`\\bOAuth1${OPEN}${ANY_ARG}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  // spotipy's `SpotifyClientCredentials(client_id, client_secret)` and `SpotifyOAuth(client_id, client_secret, …)`.
  positionalRule('spotify-secret-argument', ['spotifyclientcredentials', 'spotifyoauth'], [
    { key: 'client_secret', pattern: new RegExp(`\\bSpotify(?:ClientCredentials|OAuth)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  // Twilio's Python `Client(account_sid, auth_token)`: a bare `Client(` is anyone's, so only after
  // the Account SID itself (`AC` and 32 hex digits, Twilio's documented form).
  positionalRule('twilio-sid-client', ['client(', 'client ('], [
    { key: 'auth_token', pattern: new RegExp(`\\bClient${OPEN}(["'])AC[0-9a-f]{32}\\1[ \\t]*,[ \\t]*${LITERAL}`, 'dg') },
  ]),
  // Java's APIs take a password as char[] (the JCA's reference guide: so it can be zeroed after use).
  positionalRule('char-array-password-argument', ['tochararray'], [
    { key: 'password', pattern: new RegExp(`(?:\\.(?:load|store|getKey|getEntry|setKeyEntry|init)|\\bnew[ \\t]+(?:PasswordProtection|PBEKeySpec|ZipFile)|\\bcreate\\w{0,24}Credential)${OPEN}(?:${ANY_ARG}){0,3}${LITERAL}[ \\t]*\\.toCharArray`, 'dg') },
  ]),
  positionalRule('login-password-argument', ['passwordauthentication', 'usernamepasswordauthenticationtoken', 'transport.', '.authenticate', 'newdialer', 'newplaindialer', 'mongocredential', 'oci_'], [
    // JavaMail's PasswordAuthentication takes a String (java.net's a char[]: credentialCallRules).
    { key: 'password', pattern: new RegExp(`\\bnew[ \\t]+(?:PasswordAuthentication|UsernamePasswordAuthenticationToken)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\b[Tt]ransport\\.(?:connect${OPEN}${ANY_ARG}|send${OPEN}${ANY_ARG})${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\.Authenticate(?:Async)?${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bNew(?:Plain)?Dialer${OPEN}${ANY_ARG}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bMongoCredential\\.Create(?:ScramSha(?:1|256)|Plain)?Credential${OPEN}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\boci_(?:p|new_)?connect${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  positionalRule('certificate-password-argument', ['x509certificate2', 'loadpkcs12', 'load_cert_chain', 'setpassword'], [
    { key: 'password', pattern: new RegExp(`\\b(?:new[ \\t]+X509Certificate2|X509CertificateLoader\\.LoadPkcs12(?:FromFile)?)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\.load_cert_chain${OPEN}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\.setpassword${OPEN}${LITERAL}`, 'dg') },
  ]),
  // paramiko's SSHClient.connect(hostname, port, username, password): the port, a number, says whose.
  positionalRule('ssh-connect-password', ['.connect'], [
    { key: 'password', pattern: new RegExp(`\\.connect${OPEN}${ANY_ARG}\\d{1,5}[ \\t]*,[ \\t]*${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  // Redis' AUTH as Jedis and phpredis spell it, on a client named for Redis; Jedis' pool
  // `new JedisPool(config, host, port, timeout, password)`.
  positionalRule('redis-auth-password', ['redis', 'jedis'], [
    { key: 'password', pattern: new RegExp(`\\bnew[ \\t]+JedisPool${OPEN}${ANY_ARG}${ANY_ARG}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`(?:->|\\.)auth(?<=[RrJj]edis\\w{0,40}(?:->|\\.)auth)${OPEN}${LITERAL}`, 'dg') },
  ]),
  // Azure.Identity's `ClientSecretCredential(tenantId, clientId, clientSecret)` (every SDK), its
  // `UsernamePasswordCredential(tenantId, clientId, username, password)`, MSAL.NET's
  // `.WithClientSecret(secret)`, and the Cosmos DB .NET client's `new CosmosClient(endpoint, authKey)`.
  positionalRule('azure-identity-secret-argument', ['clientsecretcredential', 'usernamepasswordcredential', 'withclientsecret', 'cosmosclient'], [
    { key: 'client_secret', pattern: new RegExp(`\\bClientSecretCredential${OPEN}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bUsernamePasswordCredential${OPEN}${ANY_ARG}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'client_secret', pattern: new RegExp(`\\.WithClientSecret${OPEN}${LITERAL}`, 'dg') },
    { key: 'accountkey', pattern: new RegExp(`\\bnew[ \\t]+CosmosClient${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  // SSH.NET's clients and connection info take the password last (`new SshClient(host, [port,]
  // username, password)`, `SftpClient`, `ScpClient`, `PasswordConnectionInfo`), FluentFTP's
  // `new FtpClient(host, user, pass)`; go-ldap's `Bind(username, password)`; mysqli's
  // `real_connect(host, username, password)`.
  positionalRule('ssh-ftp-client-password', ['sshclient', 'sftpclient', 'scpclient', 'passwordconnectioninfo', 'passwordauthenticationmethod', 'ftpclient'], [
    { key: 'password', pattern: new RegExp(`\\bnew[ \\t]+(?:SshClient|SftpClient|ScpClient|PasswordConnectionInfo|(?:Async)?FtpClient)${OPEN}${ANY_ARG}(?:\\d{1,5}[ \\t]*,[ \\t]*)?${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bnew[ \\t]+PasswordAuthenticationMethod${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  positionalRule('bind-password', ['.bind'], [
    { key: 'password', pattern: new RegExp(`\\.(?:Bind|bind_s)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  positionalRule('real-connect-password', ['real_connect'], [
    { key: 'password', pattern: new RegExp(`(?:->|::)real_connect${OPEN}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  positionalRule('ftp-login-password', ['.login'], [
    // jlaffaye/ftp's `Login(user, password)`.
    { key: 'password', pattern: new RegExp(`\\.Login${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  // RestSharp's `new HttpBasicAuthenticator(username, password)`; rest-client's `RestClient::Resource.new(url, user, password)`.
  positionalRule('basic-authenticator-password', ['httpbasicauthenticator', 'restclient::resource'], [
    { key: 'password', pattern: new RegExp(`\\bnew[ \\t]+HttpBasicAuthenticator${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bRestClient::Resource\\.new${OPEN}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  // A private key's or a PKCS#12 file's passphrase: Ruby's `OpenSSL::PKey::RSA.new(pem, pass)`,
  // `OpenSSL::PKey.read(pem, pass)`, `OpenSSL::PKCS12.new(der, pass)`; PHP's
  // `openssl_pkey_get_private(key, passphrase)`, `openssl_pkcs12_read(p12, certs, passphrase)`;
  // pyca/cryptography's `load_pem_private_key(data, password)` and
  // `pkcs12.load_key_and_certificates(data, password)` by position.
  positionalRule('key-passphrase-argument', ['openssl::pkey', 'openssl::pkcs12', 'openssl_pkey_get_private', 'openssl_pkcs12_read', 'load_pem_private_key', 'load_der_private_key', 'load_key_and_certificates'], [
    { key: 'passphrase', pattern: new RegExp(`\\bOpenSSL::(?:PKey::(?:RSA|DSA|EC)\\.new|PKey\\.read|PKCS12\\.new)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'passphrase', pattern: new RegExp(`\\bopenssl_pkey_get_private${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'passphrase', pattern: new RegExp(`\\bopenssl_pkcs12_read${OPEN}${ANY_ARG}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'passphrase', pattern: new RegExp(`\\b(?:load_(?:pem|der)_private_key|load_key_and_certificates)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  // PyGithub's `Github(login_or_token)` and `Auth.Token(token)` / `Auth.Login(login, password)`;
  // Koa's and Keygrip's signing keys (`app.keys = ['…']`, `new Keygrip(['…'])`).
  positionalRule('client-token-argument', ['github(', 'github (', 'auth.token', 'auth.login', 'app.keys', 'keygrip'], [
    { key: 'token', pattern: new RegExp(`\\bGithub${OPEN}${LITERAL}`, 'dg') },
    { key: 'token', pattern: new RegExp(`\\bAuth\\.Token${OPEN}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bAuth\\.Login${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`(?:\\bapp\\.keys[ \\t]*=[ \\t]*|\\bKeygrip${OPEN})\\[[ \\t]*${LITERAL}`, 'dg') },
  ]),
  // A libpq connection string given to a connect call (`psycopg2.connect("dbname=… password=…")`,
  // `pg_connect`, `PQconnectdb`): its password field, maybe single-quoted (libpq's
  // keyword/value grammar); cx_Oracle's and oracledb's `connect("user/password@dsn")`, the password
  // running from the user's `/` to the `@` (a `/` inside it, base64's, is the password's: the DSN's
  // `/service` comes after the `@`).
  positionalRule('connect-string-password', ['psycopg', 'pg_connect', 'pg_pconnect', 'pqconnectdb', 'cx_oracle', 'oracledb'], [
    { key: 'password', pattern: /\b(?:psycopg2?\.connect|pg_p?connect|PQconnectdb)[ \t]*\([ \t]*["'][^"'\r\n]{0,200}?\bpassword[ \t]*=[ \t]*'?(?<secret>[^\s"'\\]{3,200})/dg },
    { key: 'password', pattern: /\b(?:cx_Oracle|oracledb)\.connect[ \t]*\([ \t]*["'][\w$#.]{1,30}\/(?<secret>[^"'@\s]{3,100})@/dg },
  ]),
  // A user and password pair given as one argument: Elasticsearch's `basic_auth=(user, password)` and
  // `http_auth=(user, password)` (Python), Guzzle's request option `'auth' => [user, password]` (PHP).
  positionalRule('auth-pair-argument', ['basic_auth', 'http_auth', "'auth'", '"auth"'], [
    { key: 'password', pattern: new RegExp(`\\b(?:basic|http)_auth[ \\t]*=[ \\t]*\\([ \\t]*${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`(["'])auth\\1[ \\t]*=>[ \\t]*\\[[ \\t]*${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  // express-basic-auth's `users: { 'admin': 'supersecret' }`: each user's password by the user's name.
  positionalRule('basic-auth-users-password', ['basicauth'], [
    { key: 'password', pattern: new RegExp(`\\bbasicAuth${OPEN}\\{[^{}\\r\\n]{0,200}?\\busers[ \\t]*:[ \\t]*\\{[ \\t]*(?:(["'])[^"'\\r\\n]{1,64}\\1|[\\w$]{1,64})[ \\t]*:[ \\t]*${LITERAL}`, 'dg') },
  ]),
  // RFC 7617's Basic credentials built in code: `userid:password` base64-encoded right after the scheme's
  // name (`'Basic ' + btoa('user:pw')`, `"Basic " + base64.b64encode(b"user:pw")`, Java's
  // `Base64.getEncoder().encodeToString("user:pw".getBytes())`, Go's `base64.StdEncoding.EncodeToString([]byte("user:pw"))`,
  // .NET's `Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pw"))`, Node's `Buffer.from('user:pw')`): the password after the colon.
  positionalRule('basic-credentials-encoded', ['basic'], [
    { key: 'password', pattern: new RegExp(`\\bBasic[ \\t]*(?:["'\`][ \\t]*\\+|["'\`]?[ \\t]*%|\\$\\{|\\{)?[ \\t]*(?:btoa|Buffer\\.from|base64\\.(?:b64encode|standard_b64encode|encodebytes|StdEncoding\\.EncodeToString)|Base64\\.(?:getEncoder\\(\\)\\.encodeToString|encode64|strict_encode64|encodeToString)|Convert\\.ToBase64String)${OPEN}\\(?[ \\t]*(?:\\[\\]byte${OPEN}|Encoding\\.\\w{1,10}\\.GetBytes${OPEN})?[bf]?(?<q>["'\`])[^"'\`:\\s]{1,100}:(?<secret>[^"'\`\\r\\n]{3,200})\\k<q>`, 'dg') },
  ]),
  // SonarScanner's token property (`sonar.login`, since 10.0 `sonar.token`) in any grammar (a
  // Gradle `property 'sonar.login', '…'`, `-Dsonar.login=…`, a properties line), holding a token
  // of SonarQube's documented form (40 hex digits, newer ones prefixed `squ_`, `sqp_` or `sqa_`):
  // the form says where it ends, so a closing quote is not needed.
  patternRule({
    id: 'sonar-token-property', keywords: ['sonar.login', 'sonar.token'],
    pattern: /sonar\.(?:login|token)["']?[ \t]*[,:=][ \t]*["']?(?<secret>(?:sq[upa]_)?[0-9a-f]{40})(?![0-9A-Za-z])/,
  }),
];
