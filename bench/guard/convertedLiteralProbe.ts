// Which literals wrapped in a documented conversion the reading takes (convertedLiteral.ts): each language's conversion
// of a string to bytes, to another string type or into a secret-holding type, as its reference writes it (Go's
// `[]byte("…")`, Node's `Buffer.from`, the Encoding Standard's `TextEncoder.encode`, Java's `getBytes`, .NET's
// `Encoding.GetBytes`, Rust's `as_bytes`/`b"…"`/`String::from`/`to_string`/`into` and secrecy's `SecretString`/`SecretBox`,
// Python's `bytes(…, encoding)`/`encode`/`b"…"` and pydantic's `SecretStr`/`SecretBytes`, Ruby's `b`/`freeze`/`encode`,
// Kotlin's `toByteArray`, Swift's `Data("…".utf8)`/`data(using:)`), bound to a secret's name and given to a documented key
// place, filled with the grammar matrix's value alphabets. To leave: the same wrappers around a name or a lookup, and
// stand-ins in the literal's place.
//
//   npx tsx bench/guard/convertedLiteralProbe.ts [--show] [--form REGEX]
import { seededRandom } from '../../src/core/seededRandom';
import { alphabets, SHORT } from './matrixAlphabets';
import { probeArgs } from './probeArgs';
import { environmentLookup, fillPlace, PlaceTally, type LookupLanguage } from './probePlaces';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

type Language = Exclude<LookupLanguage, 'php'>;

// A name, or the language's environment lookup, that may stand inside the wrapper instead of a literal.
const references = (language: Language): readonly string[] => ['secret', environmentLookup(language, 'JWT_SECRET')];
const STAND_INS = ['your-secret-key', 'changeme', '<jwt-secret>', '${JWT_SECRET}', 'xxxxxxxx'];

// `"§V§"` is the literal, quotes included: a reference replaces it whole.
const FORMS: readonly { id: string; language: Language; template: string }[] = [
  { id: 'go []byte assigned', language: 'go', template: 'var jwtSecret = []byte("§V§")' },
  { id: 'go []byte hmac.New', language: 'go', template: 'mac := hmac.New(sha256.New, []byte("§V§"))' },
  { id: 'go []byte SignedString', language: 'go', template: 's, err := token.SignedString([]byte("§V§"))' },
  { id: 'js Buffer.from assigned', language: 'js', template: 'const jwtSecret = Buffer.from("§V§");' },
  { id: 'js Buffer.from jwt.sign', language: 'js', template: 'const token = jwt.sign({ sub: user.id }, Buffer.from("§V§"), { algorithm: "HS256" });' },
  { id: 'js Buffer.from utf8 createHmac', language: 'js', template: 'const mac = crypto.createHmac("sha256", Buffer.from("§V§", "utf8"));' },
  { id: 'js TextEncoder assigned', language: 'js', template: 'const secret = new TextEncoder().encode("§V§");' },
  { id: 'js TextEncoder jwtVerify', language: 'js', template: 'const { payload } = await jose.jwtVerify(jwt, new TextEncoder().encode("§V§"));' },
  { id: 'js TextEncoder jwt.verify', language: 'js', template: 'const claims = jwt.verify(token, new TextEncoder().encode("§V§"));' },
  { id: 'java getBytes assigned', language: 'java', template: 'byte[] secretKey = "§V§".getBytes(StandardCharsets.UTF_8);' },
  { id: 'java getBytes SecretKeySpec', language: 'java', template: 'mac.init(new SecretKeySpec("§V§".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));' },
  { id: 'java getBytes HMAC256', language: 'java', template: 'Algorithm algorithm = Algorithm.HMAC256("§V§".getBytes());' },
  { id: 'kotlin toByteArray assigned', language: 'kotlin', template: 'val secretKey = "§V§".toByteArray(Charsets.UTF_8)' },
  { id: 'cs GetBytes assigned', language: 'cs', template: 'var secretKey = Encoding.UTF8.GetBytes("§V§");' },
  { id: 'cs GetBytes HMACSHA256', language: 'cs', template: 'using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("§V§"));' },
  { id: 'rs as_bytes assigned', language: 'rs', template: 'let api_key = "§V§".as_bytes();' },
  { id: 'rs String::from assigned', language: 'rs', template: 'let password = String::from("§V§");' },
  { id: 'rs to_string assigned', language: 'rs', template: 'let password = "§V§".to_string();' },
  { id: 'rs SecretString::from assigned', language: 'rs', template: 'let api_token = SecretString::from("§V§");' },
  { id: 'rs SecretString::new into assigned', language: 'rs', template: 'let api_token = SecretString::new("§V§".into());' },
  { id: 'rs SecretBox::new Box assigned', language: 'rs', template: 'let password = SecretBox::new(Box::new("§V§".to_string()));' },
  { id: 'rs Secret::new to_owned assigned', language: 'rs', template: 'let password = Secret::new("§V§".to_owned());' },
  { id: 'py bytes() assigned', language: 'py', template: 'SECRET_KEY = bytes("§V§", "utf-8")' },
  { id: 'py bytearray() assigned', language: 'py', template: 'password = bytearray("§V§", "utf-8")' },
  { id: 'py encode assigned', language: 'py', template: 'SECRET_KEY = "§V§".encode("utf-8")' },
  { id: 'py SecretStr assigned', language: 'py', template: 'api_key = SecretStr("§V§")' },
  { id: 'py SecretBytes assigned', language: 'py', template: 'api_key: SecretBytes = SecretBytes(b"§V§")' },
  { id: 'py bytes() hmac.new', language: 'py', template: 'mac = hmac.new(bytes("§V§", "utf-8"), msg, hashlib.sha256)' },
  { id: 'py encode hmac.new', language: 'py', template: 'mac = hmac.new("§V§".encode(), msg, hashlib.sha256)' },
  { id: 'py SecretStr jwt.encode', language: 'py', template: 'token = jwt.encode(payload, SecretStr("§V§").get_secret_value(), algorithm="HS256")' },
  { id: 'rb b assigned', language: 'rb', template: 'secret_key = "§V§".b' },
  { id: 'rb freeze assigned', language: 'rb', template: 'SECRET_KEY = "§V§".freeze' },
  { id: 'rb encode assigned', language: 'rb', template: 'secret_key = "§V§".encode("UTF-8")' },
  { id: 'swift Data utf8 assigned', language: 'swift', template: 'let secretKey = Data("§V§".utf8)' },
  { id: 'swift data(using:) assigned', language: 'swift', template: 'let secretKey = "§V§".data(using: .utf8)!' },
];

const random = seededRandom(38);
const values = [...alphabets, SHORT].map((a) => [a.id, a.make(random)] as const);

const tally = new PlaceTally(show);

for (const form of FORMS) {
  if (formFilter && !formFilter.test(form.id)) continue;
  for (const [alphabet, value] of values) {
    // (A value holding the literal's own quote cannot stand in it.)
    if (value.includes('"')) continue;
    tally.take(`${form.id} | ${alphabet}`, fillPlace(form.template, '', value), value);
  }
  for (const reference of references(form.language)) tally.leave(`${form.id} | reference ${reference}`, form.template.replace(/b?"§V§"/, reference));
  for (const standIn of STAND_INS) tally.leave(`${form.id} | stand-in ${standIn}`, fillPlace(form.template, '', standIn));
}

tally.print('wrapped literals');
