// Places a protocol's or a vendor's own reference documents as a credential, beyond guardsdk1's SDK clients
// (sdkKeyForms.ts), each with §V§ inside the form's own quotes: plainWordProbe.ts fills them with plain words. None is
// taken from a held-out split's source; the document is named per group.
import type { SdkForm } from './sdkKeyForms';

export const PLAIN_FORMS: readonly SdkForm[] = [
  // RFC 6749 §2.3.1 (client_secret in the request body, its own example's client_id), §4.4.2 (client credentials), §5.1
  // (the token response's access_token and refresh_token, its own example's other fields).
  { id: 'oauth body client_secret', language: 'env', kind: 'option', template: 'grant_type=client_credentials&client_id=s6BhdRkqt3&client_secret=§V§', place: '§V§' },
  { id: 'oauth response access_token', language: 'js', kind: 'option', template: '{\n  "access_token":"§V§",\n  "token_type":"example",\n  "expires_in":3600\n}' },
  { id: 'oauth response refresh_token', language: 'js', kind: 'option', template: '{\n  "access_token":"2YotnFZFEjr1zCsicMWpAA",\n  "token_type":"example",\n  "refresh_token":"§V§"\n}' },
  // requests-oauthlib's OAuth2Session.fetch_token(token_url, client_secret=…) (its "OAuth 2 workflow" page).
  { id: 'py requests-oauthlib fetch_token', language: 'py', kind: 'keyword', template: "token = oauth.fetch_token(token_url, client_secret='§V§')", place: "'§V§'" },
  // Azure Identity's ClientSecretCredential(tenant_id, client_id, client_secret) (Python, JavaScript, .NET references).
  { id: 'py azure ClientSecretCredential', language: 'py', kind: 'credential', template: 'credential = ClientSecretCredential(tenant_id="tenant", client_id="client", client_secret="§V§")' },
  { id: 'js azure ClientSecretCredential', language: 'js', kind: 'credential', template: 'const credential = new ClientSecretCredential("tenant", "client", "§V§");' },
  // golang.org/x/oauth2/clientcredentials.Config's ClientSecret; x/oauth2's Token{AccessToken, RefreshToken}.
  { id: 'go clientcredentials Config', language: 'go', kind: 'struct', template: 'conf := &clientcredentials.Config{\n\tClientID:     "YOUR_CLIENT_ID",\n\tClientSecret: "§V§",\n\tTokenURL:     "https://provider.com/o/oauth2/token",\n}' },
  { id: 'go oauth2 Token AccessToken', language: 'go', kind: 'struct', template: 'tok := &oauth2.Token{AccessToken: "§V§", TokenType: "Bearer"}' },
  // Spring Security's OAuth 2.0 client registration properties (its reference, "OAuth 2.0 Login").
  { id: 'yaml spring client-secret', language: 'env', kind: 'env', template: 'spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          github:\n            client-id: github-client-id\n            client-secret: §V§', place: '§V§' },
  // boto3's "Credentials" guide (parameters to client()), the AWS CLI's credentials file (`aws configure` page).
  { id: 'py boto3 client aws_secret_access_key', language: 'py', kind: 'keyword', template: "client = boto3.client(\n    's3',\n    aws_access_key_id=ACCESS_KEY,\n    aws_secret_access_key='§V§',\n)", place: "'§V§'" },
  { id: 'ini aws credentials', language: 'env', kind: 'env', template: '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = §V§', place: '§V§' },
  // A login call's password: Python's smtplib SMTP.login(user, password), ftplib FTP.login(user, passwd), psycopg's
  // connect(password=…), JDBC's DriverManager.getConnection(url, user, password), mysql's createConnection({ password }).
  { id: 'py smtplib login', language: 'py', kind: 'positional', template: 'server.login("me@example.com", "§V§")' },
  { id: 'py ftplib login passwd', language: 'py', kind: 'keyword', template: "ftp.login(user='anonymous', passwd='§V§')", place: "'§V§'" },
  { id: 'py psycopg connect password', language: 'py', kind: 'keyword', template: 'conn = psycopg.connect(dbname="test", user="postgres", password="§V§")' },
  { id: 'java jdbc getConnection', language: 'java', kind: 'positional', template: 'Connection conn = DriverManager.getConnection(url, "user", "§V§");' },
  { id: 'js mysql createConnection', language: 'js', kind: 'option', template: "const connection = mysql.createConnection({\n  host: 'localhost',\n  user: 'me',\n  password: '§V§',\n  database: 'my_db'\n});", place: "'§V§'" },
  // GitHub's REST docs: `Authorization: Bearer <token>` in curl; Stripe's `Stripe.api_key = '…'` (its API reference).
  { id: 'sh curl Authorization Bearer', language: 'env', kind: 'option', template: 'curl -H "Authorization: Bearer §V§" https://api.github.com/user', place: '§V§' },
  { id: 'rb stripe api_key', language: 'rb', kind: 'attribute', template: "Stripe.api_key = '§V§'", place: "'§V§'" },
];

/** The plain values a test hands a client, by class: the probe's documented-form cells. */
export const PLAIN_VALUES: readonly { readonly shape: string; readonly value: string }[] = [
  { shape: 'short', value: 'bar' },
  { shape: 'short', value: 'foo' },
  { shape: 'short', value: 'abc' },
  { shape: 'short', value: 'qwer' },
  { shape: 'word', value: 'value' },
  { shape: 'word', value: 'testing' },
  { shape: 'word', value: 'hunter' },
  { shape: 'capital', value: 'Bar' },
  { shape: 'number', value: '1234' },
  { shape: 'number', value: '123456' },
];

/** Values that say they are stand-ins, in the same places: every one must be left (the brief's look-alikes). (`secret` is
 * not one: in a password's documented place it is a word somebody chose, placeholderValue.ts' `namesAnotherSlot`.) */
export const PLAIN_STAND_INS: readonly string[] = ['test', 'dummy', 'mysecret', 'your-api-key-here', 'YOUR_CLIENT_SECRET', '<token>', 'xxxxxxxx', '${CLIENT_SECRET}'];

/** The same words in the same grammars where no credential stands: a lexeme, a type's word, a field's name, a count. */
export const PLAIN_LEAVE: readonly string[] = [
  "if token == 'def':\n    return",
  'if tok.token == "for" {',
  '{"token_type": "bar", "expires_in": 3600}',
  'const TOKEN_KIND = { ident: "name", num: "num" };',
  "access_token_header = 'X-Auth'",
  'max_tokens = 1234',
  '"api_key_name": "key",',
  "client.authenticate(client_id='app', client_secret_param='body')",
  'tokens: ["foo", "bar"]',
];
