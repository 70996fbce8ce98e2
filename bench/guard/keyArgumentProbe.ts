// Which literals handed to an API where its reference says the secret key goes the redactor takes (callSignatureRules.ts,
// positionalSecretRules.ts): each row a signing or encrypting call as the API's own reference writes it, the key a literal
// bare or inside the documented conversion to bytes, filled with the grammar matrix's value alphabets. To leave: the same
// call with a name or an environment lookup in the key's place, stand-ins there; and, with a literal key, every other literal
// of the call (the message, the algorithm's name, an IV or a nonce, public by their documents) must survive.
//
//   npx tsx bench/guard/keyArgumentProbe.ts [--show] [--form REGEX]
import { seededRandom } from '../../src/core/seededRandom';
import { alphabets, SHORT } from './matrixAlphabets';
import { probeArgs } from './probeArgs';
import { environmentLookup, fillPlace, PlaceTally, type LookupLanguage } from './probePlaces';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

type Language = Exclude<LookupLanguage, 'kotlin'>;

// A name, or the language's environment lookup, in the key's place.
const references = (language: Language): readonly string[] => [language === 'php' ? '$secret' : 'secret', environmentLookup(language, 'HMAC_KEY')];
const STAND_INS = ['your-secret-key', 'changeme', '<hmac-key>', '${HMAC_KEY}', 'xxxxxxxx'];

// `"§V§"` is the key's literal, quotes (and a bytes prefix) included: a reference replaces it whole. `public` lists the
// call's other literals, which must survive a literal key's redaction.
interface Form { id: string; language: Language; template: string; public?: readonly string[] }
const FORMS: readonly Form[] = [
  // Go crypto/hmac: `func New(h func() hash.Hash, key []byte) hash.Hash`; crypto/aes `NewCipher(key []byte)`.
  { id: 'go hmac.New', language: 'go', template: 'mac := hmac.New(sha256.New, []byte("§V§"))' },
  { id: 'go aes.NewCipher', language: 'go', template: 'block, err := aes.NewCipher([]byte("§V§"))' },
  // Node crypto: `createHmac(algorithm, key[, options])`, `createCipheriv(algorithm, key, iv[, options])`,
  // `createSecretKey(key[, encoding])`.
  { id: 'js createHmac', language: 'js', template: "const sig = crypto.createHmac('sha256', '§V§').update(body).digest('hex');", public: ['sha256', 'hex'] },
  { id: 'js createCipheriv', language: 'js', template: 'const cipher = crypto.createCipheriv("aes-256-cbc", "§V§", iv);', public: ['aes-256-cbc'] },
  { id: 'js createCipheriv literal iv', language: 'js', template: 'const cipher = crypto.createCipheriv("aes-128-cbc", "§V§", "a1b2c3d4e5f60718");', public: ['aes-128-cbc', 'a1b2c3d4e5f60718'] },
  { id: 'js createSecretKey', language: 'js', template: 'const key = crypto.createSecretKey(Buffer.from("§V§"));' },
  // jsonwebtoken: `jwt.sign(payload, secretOrPrivateKey, [options, callback])`, `jwt.verify(token, secretOrPublicKey, …)`.
  { id: 'js jwt.sign', language: 'js', template: "const token = jwt.sign({ sub: user.id }, '§V§', { algorithm: 'HS256' });", public: ['HS256'] },
  { id: 'js jwt.verify', language: 'js', template: "const claims = jwt.verify(token, '§V§');" },
  // WebCrypto SubtleCrypto: `importKey(format, keyData, algorithm, extractable, keyUsages)`, keyData a BufferSource; the
  // Encoding Standard's `TextEncoder.encode` makes one from a string, held in a name or made inline.
  { id: 'js importKey enc.encode', language: 'js', template: 'const key = await crypto.subtle.importKey("raw", enc.encode("§V§"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);', public: ['SHA-256'] },
  { id: 'js importKey TextEncoder', language: 'js', template: 'const key = await crypto.subtle.importKey("raw", new TextEncoder().encode("§V§"), "AES-GCM", false, ["encrypt"]);', public: ['AES-GCM'] },
  // Python hmac: `hmac.new(key, msg=None, digestmod)`, `hmac.digest(key, msg, digest)`.
  { id: 'py hmac.new', language: 'py', template: 'mac = hmac.new(b"§V§", msg, hashlib.sha256)' },
  { id: 'py hmac.new message literal', language: 'py', template: 'mac = hmac.new(b"§V§", b"The quick brown fox", hashlib.sha256)', public: ['The quick brown fox'] },
  { id: 'py hmac.digest', language: 'py', template: 'tag = hmac.digest(b"§V§", msg, "sha256")', public: ['sha256'] },
  // PyJWT: `jwt.encode(payload, key, algorithm="HS256")`, `jwt.decode(jwt, key, algorithms=[…])`.
  { id: 'py jwt.encode', language: 'py', template: 'token = jwt.encode({"some": "payload"}, "§V§", algorithm="HS256")', public: ['HS256', 'payload'] },
  { id: 'py jwt.decode', language: 'py', template: 'claims = jwt.decode(token, "§V§", algorithms=["HS256"])', public: ['HS256'] },
  // cryptography: `Fernet(key)`; the hazmat `hmac.HMAC(key, algorithm)`, `AESGCM(key)`, `ChaCha20Poly1305(key)`.
  { id: 'py Fernet', language: 'py', template: 'f = Fernet(b"§V§")' },
  { id: 'py hazmat hmac.HMAC', language: 'py', template: 'h = hmac.HMAC(b"§V§", hashes.SHA256())' },
  { id: 'py AESGCM', language: 'py', template: 'aesgcm = AESGCM(b"§V§")' },
  // PyCryptodome: `AES.new(key, mode, *, nonce, …)`; `HMAC.new(key, msg=b"", digestmod=None)`.
  { id: 'py AES.new', language: 'py', template: 'cipher = AES.new(b"§V§", AES.MODE_GCM)' },
  { id: 'py AES.new nonce', language: 'py', template: 'cipher = AES.new(b"§V§", AES.MODE_GCM, nonce=b"b7c1d2e3f4a5")', public: ['b7c1d2e3f4a5'] },
  { id: 'py HMAC.new', language: 'py', template: 'h = HMAC.new(b"§V§", digestmod=SHA256)' },
  // javax.crypto.spec.SecretKeySpec(byte[] key, String algorithm); IvParameterSpec(byte[] iv) public.
  { id: 'java SecretKeySpec', language: 'java', template: 'SecretKeySpec keySpec = new SecretKeySpec("§V§".getBytes(StandardCharsets.UTF_8), "HmacSHA256");', public: ['HmacSHA256'] },
  { id: 'java SecretKeySpec Base64 decoder', language: 'java', template: 'SecretKeySpec keySpec = new SecretKeySpec(Base64.getDecoder().decode("§V§"), "AES");', public: ['AES'] },
  { id: 'java SecretKeySpec iv', language: 'java', template: 'cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec("§V§".getBytes(), "AES"), new IvParameterSpec("0123456789abcdef".getBytes()));', public: ['AES', '0123456789abcdef'] },
  // auth0 java-jwt: `Algorithm.HMAC256(String secret)`; jjwt: `Keys.hmacShaKeyFor(byte[] bytes)`, the README's
  // `Keys.hmacShaKeyFor(Decoders.BASE64.decode(secretString))`.
  { id: 'java Algorithm.HMAC256', language: 'java', template: 'Algorithm algorithm = Algorithm.HMAC256("§V§");' },
  { id: 'java hmacShaKeyFor getBytes', language: 'java', template: 'SecretKey key = Keys.hmacShaKeyFor("§V§".getBytes(StandardCharsets.UTF_8));' },
  { id: 'java hmacShaKeyFor BASE64', language: 'java', template: 'SecretKey key = Keys.hmacShaKeyFor(Decoders.BASE64.decode("§V§"));' },
  // RustCrypto hmac: `HmacSha256::new_from_slice(b"my secret and secure key")` (`KeyInit::new_from_slice(key: &[u8])`).
  { id: 'rs Hmac::<Sha256>::new_from_slice', language: 'rs', template: 'let mut mac = Hmac::<Sha256>::new_from_slice(b"§V§").expect("HMAC can take key of any size");', public: ['HMAC can take key of any size'] },
  { id: 'rs HmacSha256::new_from_slice', language: 'rs', template: 'let mut mac = HmacSha256::new_from_slice(b"§V§")?;' },
  { id: 'rs new_from_slice as_bytes', language: 'rs', template: 'let mut mac = HmacSha256::new_from_slice("§V§".as_bytes())?;' },
  // jsonwebtoken crate: `EncodingKey::from_secret(secret: &[u8])`, `DecodingKey::from_secret`, the README's
  // `EncodingKey::from_secret("secret".as_ref())`.
  { id: 'rs EncodingKey::from_secret', language: 'rs', template: 'let token = encode(&Header::default(), &claims, &EncodingKey::from_secret(b"§V§"))?;' },
  { id: 'rs DecodingKey::from_secret as_ref', language: 'rs', template: 'let data = decode::<Claims>(&token, &DecodingKey::from_secret("§V§".as_ref()), &Validation::default())?;' },
  // Apple CryptoKit: `SymmetricKey(data: some ContiguousBytes)`.
  { id: 'swift SymmetricKey', language: 'swift', template: 'let key = SymmetricKey(data: Data("§V§".utf8))' },
  // .NET: `new HMACSHA256(byte[] key)`, `HMACSHA256.HashData(byte[] key, byte[] source)`; Microsoft.IdentityModel
  // `new SymmetricSecurityKey(byte[] key)`.
  { id: 'cs HMACSHA256', language: 'cs', template: 'using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("§V§"));' },
  { id: 'cs HMACSHA256.HashData', language: 'cs', template: 'var tag = HMACSHA256.HashData(Encoding.UTF8.GetBytes("§V§"), data);' },
  { id: 'cs SymmetricSecurityKey', language: 'cs', template: 'var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("§V§"));' },
  // PHP: `hash_hmac(algo, data, key, binary)`; firebase/php-jwt `JWT::encode(payload, key, alg)`, `new Key(key, alg)`.
  { id: 'php hash_hmac', language: 'php', template: "$sig = hash_hmac('sha256', $data, '§V§');", public: ['sha256'] },
  { id: 'php JWT::encode', language: 'php', template: "$jwt = JWT::encode($payload, '§V§', 'HS256');", public: ['HS256'] },
  { id: 'php JWT::decode Key', language: 'php', template: "$decoded = JWT::decode($jwt, new Key('§V§', 'HS256'));", public: ['HS256'] },
  // Ruby OpenSSL::HMAC.hexdigest(digest, key, data); ruby-jwt `JWT.encode(payload, key, algorithm)`.
  { id: 'rb OpenSSL::HMAC.hexdigest', language: 'rb', template: "sig = OpenSSL::HMAC.hexdigest('SHA256', '§V§', data)", public: ['SHA256'] },
  { id: 'rb JWT.encode', language: 'rb', template: "token = JWT.encode(payload, '§V§', 'HS256')", public: ['HS256'] },
  { id: 'rb JWT.encode bare', language: 'rb', template: "token = JWT.encode payload, '§V§', 'HS256'", public: ['HS256'] },
  // A key kept in base64 and decoded to its bytes in the key's place (fortieth round): .NET's `Convert.FromBase64String(string)`
  // given to `new HMACSHA256(byte[] key)`, `new SymmetricSecurityKey(byte[] key)` and `SymmetricAlgorithm.Key` (the
  // algorithm's secret key); Python's `base64.b64decode(s)` / `urlsafe_b64decode(s)` given to `hmac.new(key, …)`,
  // cryptography's `AESGCM(key)` and `Fernet(key)`, PyJWT's `jwt.encode(payload, key, algorithm)`.
  { id: 'cs HMACSHA256 FromBase64String', language: 'cs', template: 'using var hmac = new HMACSHA256(Convert.FromBase64String("§V§"));' },
  { id: 'cs SymmetricSecurityKey FromBase64String', language: 'cs', template: 'var key = new SymmetricSecurityKey(Convert.FromBase64String("§V§"));' },
  { id: 'cs Aes.Key FromBase64String', language: 'cs', template: 'aes.Key = Convert.FromBase64String("§V§");' },
  { id: 'cs Aes.Key FromBase64String IV', language: 'cs', template: 'aes.Key = Convert.FromBase64String("§V§"); aes.IV = Convert.FromBase64String("q83vEjRWeJA=");', public: ['q83vEjRWeJA='] },
  { id: 'py hmac.new b64decode', language: 'py', template: 'mac = hmac.new(base64.b64decode("§V§"), msg, hashlib.sha256)' },
  { id: 'py AESGCM b64decode', language: 'py', template: 'aesgcm = AESGCM(base64.b64decode("§V§"))' },
  { id: 'py Fernet urlsafe_b64decode', language: 'py', template: 'f = Fernet(base64.urlsafe_b64decode("§V§"))' },
  { id: 'py jwt.encode b64decode', language: 'py', template: 'token = jwt.encode(payload, base64.b64decode("§V§"), algorithm="HS256")', public: ['HS256'] },
];

const random = seededRandom(39);
const values = [...alphabets, SHORT].map((a) => [a.id, a.make(random)] as const);

const tally = new PlaceTally(show);

for (const form of FORMS) {
  if (formFilter && !formFilter.test(form.id)) continue;
  for (const [alphabet, value] of values) {
    if (value.includes('"') || value.includes("'")) continue;
    const text = fillPlace(form.template, '', value);
    tally.takeKeeping(`${form.id} | ${alphabet}`, text, value, form.public ?? []);
  }
  for (const reference of references(form.language)) tally.leave(`${form.id} | reference ${reference}`, form.template.replace(/b?["']§V§["']/, reference));
  for (const standIn of STAND_INS) tally.leave(`${form.id} | stand-in ${standIn}`, fillPlace(form.template, '', standIn));
}

tally.print('key arguments');
console.log(tally.publicsLine('public literals'));
