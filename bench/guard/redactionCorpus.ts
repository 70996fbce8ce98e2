// A corpus of secrets in their usual surroundings, and of look-alikes that must survive.
// Secrets are generated from a seeded PRNG at run time, so no key-shaped literal is committed.
import { seededRandom } from '../../src/core/seededRandom';

export interface CorpusCase {
  readonly name: string;
  readonly text: string;
  /** Exact substrings that must be redacted; empty for a look-alike that must be left alone. */
  readonly secrets: readonly string[];
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';

export function buildCorpus(seed = 7): CorpusCase[] {
  const random = seededRandom(seed);
  const pick = (chars: string, n: number) => {
    let out = '';
    for (let i = 0; i < n; i++) out += chars[Math.floor(random() * chars.length)];
    return out;
  };
  const b64url = (s: string) => Buffer.from(s).toString('base64url');
  const cases: CorpusCase[] = [];
  const secret = (name: string, make: (s: string) => string, value: string) =>
    cases.push({ name, text: make(value), secrets: [value] });
  const keep = (name: string, text: string) => cases.push({ name, text, secrets: [] });

  const pemBody = Array.from({ length: 6 }, () => pick(B64, 64)).join('\n');
  for (const type of ['RSA ', 'EC ', 'OPENSSH ', '']) {
    secret(`private key ${type || 'pkcs8'}`, (v) => `const key = \`\n${v}\n\`;\n`,
      `-----BEGIN ${type}PRIVATE KEY-----\n${pemBody}\n-----END ${type}PRIVATE KEY-----`);
  }
  secret('gcp service account json', (v) => `{\n  "type": "service_account",\n  "private_key": "${v}",\n}`,
    `-----BEGIN PRIVATE KEY-----\\n${pick(B64, 64)}\\n${pick(B64, 40)}\\n-----END PRIVATE KEY-----\\n`);
  secret('gcp private key id', (v) => `{ "private_key_id": "${v}" }`, pick(HEX, 40));
  secret('aws access key id', (v) => `aws_access_key_id = ${v}\n`, `AKIA${pick(UPPER + DIGITS, 16)}`);
  secret('aws secret key', (v) => `aws_secret_access_key = ${v}\n`, pick(B64, 40));
  secret('aws key in code', (v) => `const creds = { accessKeyId: "${v}" };`, `ASIA${pick(UPPER + DIGITS, 16)}`);
  secret('gcp api key', (v) => `const url = \`https://maps.example.com/api?key=${v}\`;`, `AIza${pick(B64URL, 35)}`);
  secret('gcp oauth token', (v) => `headers = {"Authorization": "Bearer ${v}"}`, `ya29.${pick(B64URL, 60)}`);
  secret('azure storage key', (v) => `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${v};EndpointSuffix=core.windows.net`, `${pick(B64, 86)}==`);
  secret('azure sas', (v) => `https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2030-01-01&sp=r&sig=${v}`, `${pick(ALNUM, 43)}%3D`);
  secret('azure client secret', (v) => `AZURE_CLIENT_SECRET_VALUE ${v}\n`, `${pick(ALNUM, 3)}8Q~${pick(ALNUM + '_-.', 34)}`);
  secret('github classic token', (v) => `git clone https://x-access-token@github.com/o/r # ${v}`, `ghp_${pick(ALNUM, 36)}`);
  secret('github app token', (v) => `GH=${v}`, `ghs_${pick(ALNUM, 36)}`);
  secret('github fine-grained', (v) => `token: ${v}`, `github_pat_${pick(ALNUM, 22)}_${pick(ALNUM, 59)}`);
  secret('gitlab token', (v) => `curl --header "PRIVATE-TOKEN: ${v}" https://gitlab.example.com/api/v4/projects`, `glpat-${pick(B64URL, 20)}`);
  secret('slack bot token', (v) => `const slack = new WebClient('${v}');`, `xoxb-${pick(DIGITS, 12)}-${pick(DIGITS, 13)}-${pick(ALNUM, 24)}`);
  secret('slack webhook', (v) => `WEBHOOK="${v}"`, `https://hooks.slack.com/services/T${pick(UPPER + DIGITS, 8)}/B${pick(UPPER + DIGITS, 10)}/${pick(ALNUM, 24)}`);
  secret('stripe live key', (v) => `stripe.api_key = "${v}"`, `sk_live_${pick(ALNUM, 24)}`);
  secret('stripe restricted key', (v) => `const s = Stripe(${JSON.stringify(v)})`, `rk_test_${pick(ALNUM, 24)}`);
  secret('stripe webhook secret', (v) => `endpointSecret = ${JSON.stringify(v)}`, `whsec_${pick(ALNUM, 32)}`);
  secret('openai key', (v) => `client = OpenAI(api_key="${v}")`, `sk-proj-${pick(B64URL, 48)}`);
  secret('npm token', (v) => `//registry.npmjs.org/:_authToken=${v}`, `npm_${pick(ALNUM, 36)}`);
  secret('sendgrid key', (v) => `sg.setApiKey('${v}')`, `SG.${pick(B64URL, 22)}.${pick(B64URL, 43)}`);
  secret('huggingface token', (v) => `login(token="${v}")`, `hf_${pick(ALNUM, 34)}`);
  const jwt = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${pick(DIGITS, 10)}","name":"Ada"}`)}.${pick(B64URL, 43)}`;
  secret('jwt', (v) => `fetch(url, { headers: { Authorization: \`Bearer \${token}\` } }); // ${v}`, jwt);
  secret('password in env', (v) => `DB_HOST=localhost\nDB_PASSWORD=${v}\n`, `${pick(ALNUM, 6)}!${pick(DIGITS, 3)}`);
  secret('password in yaml', (v) => `database:\n  user: app\n  password: "${v}"\n`, `correct horse ${pick(LOWER, 5)}`);
  secret('secret in python', (v) => `SECRET_KEY = '${v}'\n`, `django-insecure-${pick(LOWER + DIGITS + '!@#%^&*', 40)}`);
  secret('camelCase password', (v) => `const dbPassword = "${v}";`, `Pa${pick(ALNUM, 10)}`);
  secret('json api key', (v) => `{ "apiKey": "${v}", "region": "eu" }`, pick(HEX, 32));
  secret('client secret', (v) => `oauth:\n  client_secret: ${v}\n`, pick(B64URL, 30));
  secret('url credentials', (v) => `DATABASE_URL=postgres://app:${v}@db.internal:5432/app`, `${pick(ALNUM, 12)}`);
  secret('basic auth header', (v) => `Authorization: Basic ${v}`, Buffer.from(`user:${pick(ALNUM, 12)}`).toString('base64'));
  secret('high entropy in config', (v) => `signing:\n  hmac: ${v}\n`, pick(B64, 44));
  secret('high entropy in code', (v) => `const k = "${v}";`, pick(ALNUM, 32));

  // Look-alikes: must come back unchanged.
  keep('npm integrity', `"integrity": "sha512-${pick(B64, 86)}==",`);
  keep('npm integrity sha1', `integrity sha1-${pick(B64, 27)}=`);
  keep('yarn lock', `  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#${pick(HEX, 40)}"\n  integrity sha512-${pick(B64, 86)}==`);
  keep('commit hash', `Merge commit ${pick(HEX, 40)} into main`);
  keep('sha256 digest', `FROM node@sha256:${pick(HEX, 64)}`);
  keep('go.sum', `golang.org/x/text v0.14.0 h1:${pick(B64, 43)}=`);
  keep('uuid', `const id = "${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}";`);
  keep('uuid upper', `[Guid("${pick(HEX, 8).toUpperCase()}-${pick(HEX, 4).toUpperCase()}-${pick(HEX, 4).toUpperCase()}-${pick(HEX, 4).toUpperCase()}-${pick(HEX, 12).toUpperCase()}")]`);
  keep('ts password type', `interface Login {\n  username: string;\n  password: string;\n  token?: string | undefined;\n}`);
  keep('password from request', `const password = req.body.password;\nconst token = await getToken(user);`);
  keep('password from env', `const apiKey = process.env.OPENAI_API_KEY;\npassword = os.environ["DB_PASSWORD"]`);
  keep('password placeholder', `password: \${DB_PASSWORD}\ntoken: "<your token here>"\nsecret: "{{ vault_secret }}"`);
  keep('password compare', `if (password === confirmPassword && token !== '') return ok;`);
  keep('max tokens', `max_tokens = 2048\nmaxTokens: 512\ntokenizer = "cl100k_base"\nsecretName = "db-credentials"`);
  keep('long identifiers', `export function createModelGatewayFromConfiguration2(handleIncomingWebSocketMessage10) {}`);
  keep('paths', `import { x } from '../../node_modules/@types/node/child_process.d.ts';\nsrc/core/models/modelGateway.ts`);
  keep('urls', `https://example.com/api/v2/users/12345/preferences?include=notificationSettings`);
  keep('mime and triples', `Content-Type: application/x-www-form-urlencoded\ntarget: x86_64-unknown-linux-gnu`);
  keep('css and numbers', `color: #a3b2c1; margin: 12px 4px; const big = 123456789012345678901234567890n;`);
  keep('base64 image', `background: url(data:image/png;base64,${pick(B64, 120)});`);
  keep('aws example docs', `See the AWS docs for how to configure the CLI with aws configure.`);
  keep('git sha short', `fixed in a1b2c3d and 0123456789abcdef0123456789abcdef01234567`);
  keep('url without credentials', `const db = "postgres://localhost:5432/app";`);
  keep('masked password', `password: ********\napi_key: "xxxx"`);
  keep('lorem words', `TheQuickBrownFoxJumpsOverTheLazyDog and HTMLInputElementAttributes`);
  return cases;
}
