// Where a credential carried by a request's *name* is written in text a user sends: HTTP headers that carry an API
// credential (RFC 9110 §11.6.2 `Authorization`, §11.7.2 `Proxy-Authorization`; the vendors' documented API-key headers) and
// session identifiers in URLs (the Servlet specification's `;jsessionid=`, PHP's `session.use_trans_sid`, ASP.NET's
// cookieless `(S(…))`). Each place with the document that defines it, each name with a value of the shape its vendor issues,
// a generic random value and short literals (a literal in a secret's slot is that secret: the placeholder policy); and the
// values that must be left: references, stand-ins, a header that carries no credential. Counts what the redactor leaves.
//
//   npx tsx bench/guard/credentialHeaderProbe.ts [--show] [--place REGEX] [--name REGEX]
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { probeArgs } from './probeArgs';
import { fillPlace } from './probePlaces';

const { show, filter } = probeArgs();
const placeFilter = filter('--place');
const nameFilter = filter('--name');

// §N§ the header's name, §V§ its value; each place with the document that defines it.
export const HEADER_PLACES: readonly (readonly [string, string])[] = [
  ['http-message', 'GET /v1/items HTTP/1.1\nHost: api.example.com\n§N§: §V§\nAccept: application/json\n'], // RFC 9112 §2.1, RFC 9110 §5
  ['http-file', '### list items\nGET https://api.example.com/v1/items\n§N§: §V§\nContent-Type: application/json\n'], // REST Client / JetBrains .http
  ['curl-H', "curl -s -H '§N§: §V§' https://api.example.com/v1/items"], // curl(1) -H, --header <header/@file>
  ['curl-header', 'curl --header "§N§: §V§" https://api.example.com/v1/items'],
  ['curl-H-continued', 'curl -X POST https://api.example.com/v1/items \\\n  -H "Content-Type: application/json" \\\n  -H "§N§: §V§" \\\n  -d \'{"a":1}\''],
  ['wget-header', "wget --header='§N§: §V§' https://api.example.com/v1/items"], // wget(1) --header=header-line
  ['httpie', 'http GET https://api.example.com/v1/items §N§:§V§'], // HTTPie: request items, Header:Value
  ['fetch', "fetch('https://api.example.com/v1/items', { headers: { '§N§': '§V§' } });"], // Fetch Standard, HeadersInit record
  ['axios', "const res = await axios.get(url, {\n  headers: {\n    '§N§': '§V§',\n  },\n});"], // axios request config `headers`
  ['requests', "r = requests.get(url, headers={'§N§': '§V§'})"], // Requests: Custom Headers
  ['xhr', 'xhr.setRequestHeader("§N§", "§V§");'], // XMLHttpRequest setRequestHeader(name, value)
  ['okhttp', 'Request request = new Request.Builder()\n    .url(url)\n    .header("§N§", "§V§")\n    .build();'], // OkHttp Request.Builder.header
  ['okhttp-add', '    .addHeader("§N§", "§V§")'], // OkHttp addHeader
  ['java-httpclient', 'HttpRequest req = HttpRequest.newBuilder(uri).header("§N§", "§V§").GET().build();'], // java.net.http
  ['dotnet', 'client.DefaultRequestHeaders.Add("§N§", "§V§");'], // .NET HttpHeaders.Add(string, string)
  ['go-header', 'req.Header.Set("§N§", "§V§")'], // Go net/http Header.Set
  ['powershell', 'Invoke-RestMethod -Uri $uri -Headers @{ "§N§" = "§V§" }'], // Invoke-RestMethod -Headers IDictionary
  ['har-header', '"headers": [\n  {\n    "name": "§N§",\n    "value": "§V§"\n  }\n]'], // HAR 1.2 headers objects
  ['har-header-line', '{"name": "§N§", "value": "§V§"}'],
  ['postman', '"header": [\n  {\n    "key": "§N§",\n    "value": "§V§",\n    "type": "text"\n  }\n]'], // Postman Collection Format v2.1 header
  ['postman-script', "pm.request.headers.add({ key: '§N§', value: '§V§' });"], // Postman sandbox: pm.request.headers.add
  ['subscript', 'req.headers["§N§"] = "§V§"'], // Node's IncomingMessage headers, Ruby Net::HTTP `request[name] = value`
  ['ktor', 'client.get(url) { header("§N§", "§V§") }'], // Ktor HttpRequestBuilder.header(key, value)
  ['php-curl', "curl_setopt($ch, CURLOPT_HTTPHEADER, ['§N§: §V§', 'Accept: application/json']);"], // PHP curl_setopt CURLOPT_HTTPHEADER
  ['go-header-literal', 'req.Header = http.Header{"§N§": {"§V§"}}'], // Go net/http Header map literal
  ['ruby-net-http', "req = Net::HTTP::Get.new(uri, '§N§' => '§V§')"], // Ruby Net::HTTP::Get.new(uri, initheader)
  ['swift-setvalue', 'request.setValue("§V§", forHTTPHeaderField: "§N§")'], // Apple URLRequest setValue(_:forHTTPHeaderField:)
  ['java-urlconnection', 'conn.setRequestProperty("§N§", "§V§");'], // java.net.URLConnection setRequestProperty
  ['httpx', "async with httpx.AsyncClient(headers={'§N§': '§V§'}) as client:"], // HTTPX Client(headers=…)
  ['nginx', 'proxy_set_header §N§ "§V§";'], // nginx ngx_http_proxy_module proxy_set_header field value
  ['yaml-headers', 'headers:\n  §N§: §V§\n'], // a client's config (OpenAPI examples, k6, Postman exports as YAML)
];

// The header names, each with a value of the shape its vendor's docs show (or a generic one), and its document.
export const HEADERS: readonly (readonly [string, string])[] = [
  ['Authorization', 'Bearer Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8'], // RFC 9110 §11.6.2, RFC 6750 §2.1
  ['Authorization', 'Token 3f9Kd8Lq2Zx7Vb1Nm4Hs6Tw0Yc5Rp9Ua'], // a scheme of the vendor's (RFC 9110 §11.4: any token68 or params)
  ['Authorization', 'Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8'], // a bare credential with no scheme (the issue's `Authorization: <token>`)
  ['Proxy-Authorization', 'Bearer Qx7Lm2Zk9Vb3Nd8Hs1Tw5Yc0Rp4Ua6Je'], // RFC 9110 §11.7.2
  ['x-api-key', 'Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7'], // AWS API Gateway (API keys: the x-api-key header)
  ['x-api-key', 'sk-ant-api03-Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8Jk2Ns0Qu3Tx7Za4Eb6Gi9Ml1Op5Sr8Vw2AA'], // Anthropic API: x-api-key
  ['api-key', '8f2c1e4d9a7b3c6e5f0a1b2c3d4e5f67'], // Azure OpenAI: the api-key header (32 hex)
  ['Ocp-Apim-Subscription-Key', '0a1b2c3d4e5f67898f2c1e4d9a7b3c6e'], // Azure API Management / Cognitive Services
  ['x-goog-api-key', 'AIzaSyD3f9Kd8Lq2Zx7Vb1Nm4Hs6Tw0Yc5Rp9U'], // Google Cloud APIs: API keys in the x-goog-api-key header
  ['PRIVATE-TOKEN', 'glpat-3f9Kd8Lq2Zx7Vb1Nm4Hs'], // GitLab REST API authentication
  ['JOB-TOKEN', '64_Zq8Lm3Xv9Tb2Rk7Wp4Ns'], // GitLab CI/CD job token (the JOB-TOKEN header)
  ['X-Vault-Token', 'hvs.CAESIJ3f9Kd8Lq2Zx7Vb1Nm4Hs6Tw0Yc5Rp9UaQx7Lm2Zk9Vb3'], // HashiCorp Vault HTTP API
  ['X-Consul-Token', '2c9a1e3f-7b4d-4e8a-9f61-0d3c5b7a9e12'], // Consul HTTP API: ACL token (a UUID)
  ['X-Nomad-Token', '8d3b7c21-5e4f-4a9b-b6c0-1f2e3d4c5b6a'], // Nomad HTTP API: ACL token (a UUID)
  ['X-Auth-Token', 'gAAAAABlZq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8Jk2Ns0Qu3Tx7Za4Eb6Gi9Ml1Op5Sr8Vw2'], // OpenStack Keystone (Fernet)
  ['X-Subject-Token', 'gAAAAABlQx7Lm2Zk9Vb3Nd8Hs1Tw5Yc0Rp4Ua6Je2Fg8Ki3Ol5Zq8Lm3Xv9Tb2Rk7Wp4Ns'], // Keystone: validate a token
  ['DD-API-KEY', '3a9f8e7d6c5b4a39281706f5e4d3c2b1'], // Datadog API: DD-API-KEY (32 hex)
  ['DD-APPLICATION-KEY', '9f61c0d3c5b7a9e122c9a1e3f7b4d4e8a9f610d3'], // Datadog API: DD-APPLICATION-KEY (40 hex)
  ['X-Shopify-Access-Token', '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'], // Shopify Admin API
  ['X-Auth-Key', '1d5f8g2h7j3k9lq8x3mz0k2v7w9n4b6c1d5f8'], // Cloudflare API: global API key with X-Auth-Email
  ['X-Algolia-API-Key', '4e8a9f610d3c5b7a9e122c9a1e3f7b4d'], // Algolia REST API
  ['X-Postmark-Server-Token', '7b4d4e8a-9f61-0d3c-5b7a-9e122c9a1e3f'], // Postmark API: server token
  ['X-Postmark-Account-Token', '0d3c5b7a-9e12-2c9a-1e3f-7b4d4e8a9f61'], // Postmark API: account token
];
// Short literals under a credential header: a secret by the placeholder policy, however it looks.
const WEAK: readonly (readonly [string, string])[] = [
  ['x-api-key', 'abc123def456'],
  ['X-Vault-Token', 's3cr3t-t0k3n'],
  ['Authorization', 'Bearer letmein42'],
];
// Headers that carry no credential, and stand-ins in a credential's place.
const NOT_CREDENTIALS: readonly (readonly [string, string])[] = [
  ['X-Auth-Email', 'ops@example.com'], // Cloudflare: the account's email, sent beside the key
  ['X-Algolia-Application-Id', 'LATENCY1Q2'], // Algolia: the application id
  ['X-Request-Id', '2c9a1e3f-7b4d-4e8a-9f61-0d3c5b7a9e12'],
  ['Content-Type', 'application/json'],
  ['Accept', 'application/vnd.github+json'],
];
const STAND_INS: readonly (readonly [string, string])[] = [
  ['x-api-key', '$API_KEY'],
  ['x-api-key', '${API_KEY}'],
  ['X-Vault-Token', '${{ secrets.VAULT_TOKEN }}'],
  ['x-api-key', '{{apiKey}}'], // REST Client / Postman variables
  ['x-api-key', '<your-api-key>'],
  ['x-api-key', 'YOUR_API_KEY'],
  ['PRIVATE-TOKEN', 'xxxxxxxxxxxxxxxxxxxx'],
  ['Authorization', 'Bearer $TOKEN'],
  ['Authorization', 'Bearer <token>'],
  ['Authorization', 'Bearer'],
  ['DD-API-KEY', '<DATADOG_API_KEY>'],
];
// References in code, where a place writes the value as a string literal: the literal's quotes dropped.
const CODE_REFERENCES = ['process.env.API_KEY', 'os.environ["API_KEY"]', 'System.getenv("API_KEY")', 'config.apiKey', '$env:API_KEY', 'os.Getenv("API_KEY")', 'token'];

// Session identifiers in URLs, each form with its document; §V§ the session's value.
export const URL_PLACES: readonly (readonly [string, string])[] = [
  ['prose', 'see §U§ for the cart'],
  ['href', '<a href="§U§">cart</a>'],
  ['access-log', '203.0.113.7 - - [06/Dec/2026:10:14:03 +0000] "GET §P§ HTTP/1.1" 200 5123 "-" "Mozilla/5.0"'], // Common Log Format
  ['curl', "curl -s '§U§'"],
];
export const SESSION_URLS: readonly (readonly [string, string, string])[] = [
  // Jakarta Servlet §7.1.3 URL rewriting: the path parameter `jsessionid`.
  ['jsessionid', '/shop/cart;jsessionid=§V§?item=3', '8F2C1E4D9A7B3C6E5F0A1B2C3D4E5F67.node1'],
  ['jsessionid-end', '/shop/cart.do;jsessionid=§V§', '1A2B3C4D5E6F708192A3B4C5D6E7F801'],
  // PHP session.use_trans_sid: the session name (session.name, PHPSESSID by default) as a query parameter.
  ['phpsessid', '/index.php?page=2&PHPSESSID=§V§', '9u2ctm4p1f3tqr0ip8c6kh1s5a'],
  ['phpsessid-first', '/index.php?PHPSESSID=§V§&page=2', 'a8b7c6d5e4f3g2h1i0j9k8l7m6'],
  // ASP.NET cookieless session state: `/(S(id))/` in the path (24 characters, [a-z0-5]).
  ['aspnet-S', '/(S(§V§))/default.aspx', '1kx0b4f2w3qzq5m0gd2sje1a'],
  ['aspnet-XS', '/app/(X(1)S(§V§))/Orders.aspx', 'lit3py55t21z5v55vlm25s55'],
  // ASP.NET cookieless forms authentication: the ticket in `(F(…))`.
  ['aspnet-F', '/(F(§V§))/account.aspx', 'Qx7Lm2Zk9Vb3Nd8Hs1Tw5Yc0Rp4Ua6Je2Fg8Ki3Ol5Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8'],
];
const URL_STAND_INS: readonly (readonly [string, string, string])[] = [
  ['jsessionid-ref', '/shop/cart;jsessionid=§V§', '${sessionId}'],
  ['phpsessid-ref', '/index.php?PHPSESSID=§V§', '<?php echo session_id(); ?>'],
  ['phpsessid-empty', '/index.php?PHPSESSID=§V§&page=2', ''],
  ['aspnet-placeholder', '/(S(§V§))/default.aspx', 'SESSION_ID'],
  ['not-a-session', '/index.php?page=§V§', '2'],
];

const urlIn = (place: string, path: string): string => place.replace(/§U§/g, `https://shop.example.com${path}`).replace(/§P§/g, path);
/** The credential's own text: the value after a scheme word (`Bearer x` → `x`). */
const secretOf = (value: string): string => value.replace(/^[A-Za-z-]+ (?=\S)/, '');

let left = 0;
let tried = 0;
let wronglyTaken = 0;
let falseTried = 0;
const report = (place: string, misses: string[], wrong: string[]): void => {
  if (misses.length > 0 || wrong.length > 0) {
    console.log(`${place}: left ${misses.length}${show && misses.length ? ` (${misses.join(' ')})` : ''}; wrongly taken ${wrong.length}${wrong.length ? ` (${wrong.join(' | ')})` : ''}`);
  }
};
for (const [place, template] of HEADER_PLACES) {
  if (placeFilter && !placeFilter.test(place)) continue;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const [name, value] of [...HEADERS, ...WEAK]) {
    if (nameFilter && !nameFilter.test(name)) continue;
    tried++;
    if (redactSecrets(fillPlace(template, name, value)).text.includes(secretOf(value))) {
      left++;
      misses.push(`${name}=${value.slice(0, 14)}`);
    }
  }
  const quoted = /(["'])§V§\1/;
  const references = quoted.test(template) ? CODE_REFERENCES.map((r) => ['x-api-key', r, template.replace(quoted, '§V§')] as const) : [];
  for (const [name, value, written] of [...[...NOT_CREDENTIALS, ...STAND_INS].map(([n, v]) => [n, v, template] as const), ...references]) {
    if (nameFilter && !nameFilter.test(name)) continue;
    falseTried++;
    const text = fillPlace(written, name, value);
    if (redactSecrets(text).text !== text) {
      wronglyTaken++;
      wrong.push(`${name}: ${value}`);
    }
  }
  report(place, misses, wrong);
}
for (const [place, template] of URL_PLACES) {
  if (placeFilter && !placeFilter.test(`url-${place}`)) continue;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const [form, path, value] of SESSION_URLS) {
    if (nameFilter && !nameFilter.test(form)) continue;
    tried++;
    if (redactSecrets(urlIn(template, fillPlace(path, '', value))).text.includes(value)) {
      left++;
      misses.push(form);
    }
  }
  for (const [form, path, value] of URL_STAND_INS) {
    if (nameFilter && !nameFilter.test(form)) continue;
    falseTried++;
    const text = urlIn(template, fillPlace(path, '', value));
    if (redactSecrets(text).text !== text) {
      wronglyTaken++;
      wrong.push(form);
    }
  }
  report(`url-${place}`, misses, wrong);
}
console.log(`credential values left ${left} of ${tried}; no-credential headers, references and stand-ins taken ${wronglyTaken} of ${falseTried}`);
