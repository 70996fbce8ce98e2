// A credential named by its sibling: documented formats that write a setting as a record whose one field names the thing
// and whose other field holds it (`{"name": "DB_PASSWORD", "value": "…"}`), often on lines of their own, and pair lists
// (`[("X-Auth-Token", "…")]`). Each format with the document that defines it, in the layouts it is written in (one line,
// one field a line, the value's field first); credential names and names that are no credential; value shapes: a strong
// random value and a short letters-only literal (both secrets by the placeholder policy), stand-ins and references (left).
// Counts the credential cells left and the cells taken that must be left.
//
//   npx tsx bench/guard/namedRecordProbe.ts [--show] [--format REGEX] [--name REGEX]
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { probeArgs } from './probeArgs';

const { show, filter } = probeArgs();
const formatFilter = filter('--format');
const nameFilter = filter('--name');

type Layout = 'line' | 'lines' | 'value-first';
/** A format writes a record of name §N§ and value §V§ (its quotes its own) in each layout it documents. */
type Format = readonly [name: string, layouts: Partial<Record<Layout, string>>];

const jsonRecord = (nameKey: string, valueKey: string, indent = '  '): Partial<Record<Layout, string>> => ({
  line: `{"${nameKey}": "§N§", "${valueKey}": "§V§"}`,
  lines: `{\n${indent}"${nameKey}": "§N§",\n${indent}"${valueKey}": "§V§"\n}`,
  'value-first': `{\n${indent}"${valueKey}": "§V§",\n${indent}"${nameKey}": "§N§"\n}`,
});

export const FORMATS: readonly Format[] = [
  // Kubernetes API, core/v1 EnvVar: `name`, `value` (or `valueFrom`), in YAML and JSON manifests.
  ['k8s-env-yaml', {
    line: 'env:\n  - {name: §N§, value: "§V§"}\n',
    lines: 'spec:\n  containers:\n    - name: app\n      env:\n        - name: §N§\n          value: "§V§"\n        - name: LOG_LEVEL\n          value: info\n',
    'value-first': 'env:\n  - value: "§V§"\n    name: §N§\n',
  }],
  ['k8s-env-yaml-bare', { lines: 'env:\n- name: §N§\n  value: §V§\n' }],
  ['k8s-env-json', { ...jsonRecord('name', 'value', '    '), lines: '"env": [\n  {\n    "name": "§N§",\n    "value": "§V§"\n  }\n]' }],
  // Amazon ECS task definition `containerDefinitions[].environment` (KeyValuePair: name, value).
  ['ecs-environment', { line: '"environment": [{ "name": "§N§", "value": "§V§" }]', lines: '"environment": [\n  {\n    "name": "§N§",\n    "value": "§V§"\n  }\n]', 'value-first': '"environment": [\n  {\n    "value": "§V§",\n    "name": "§N§"\n  }\n]' }],
  // AWS CloudFormation: `aws cloudformation create-stack --parameters file://params.json` (Parameter: ParameterKey, ParameterValue).
  ['cfn-parameters', { ...jsonRecord('ParameterKey', 'ParameterValue'), lines: '[\n  {\n    "ParameterKey": "§N§",\n    "ParameterValue": "§V§",\n    "UsePreviousValue": false\n  }\n]' }],
  ['cfn-parameters-cli', { line: 'aws cloudformation deploy --parameter-overrides ParameterKey=§N§,ParameterValue=§V§' }],
  // AWS Tag (Key, Value) and SSM/Secrets Manager-style Key/Value pairs; AWS CLI shorthand `Key=…,Value=…`.
  ['aws-key-value', jsonRecord('Key', 'Value')],
  ['aws-key-value-cli', { line: 'aws ec2 create-tags --resources i-1234 --tags Key=§N§,Value=§V§' }],
  // Azure Resource Manager: Microsoft.Web/sites siteConfig.appSettings (NameValuePair: name, value).
  ['arm-appsettings', { lines: '"appSettings": [\n  {\n    "name": "§N§",\n    "value": "§V§"\n  },\n  {\n    "name": "WEBSITE_RUN_FROM_PACKAGE",\n    "value": "1"\n  }\n]', 'value-first': '"appSettings": [\n  {\n    "value": "§V§",\n    "name": "§N§"\n  }\n]' }],
  // Terraform helm provider, helm_release: `set { name = … value = … }` (and `set_sensitive`); provider 3.x's list.
  ['tf-helm-set', { lines: 'resource "helm_release" "db" {\n  set {\n    name  = "§N§"\n    value = "§V§"\n  }\n}', 'value-first': '  set_sensitive {\n    value = "§V§"\n    name  = "§N§"\n  }' }],
  ['tf-helm-set-list', { lines: '  set = [\n    {\n      name  = "§N§"\n      value = "§V§"\n    }\n  ]', line: '  set_sensitive = [{ name = "§N§", value = "§V§" }]' }],
  // Helm CLI: `--set name=value` (and `--set-string`).
  ['helm-set', { line: 'helm upgrade --install db bitnami/postgresql --set §N§=§V§' }],
  // HAR 1.2: headers, cookies, queryString, postData.params are lists of {name, value} objects.
  ['har', { ...jsonRecord('name', 'value', '      '), lines: '"cookies": [\n  {\n    "name": "§N§",\n    "value": "§V§",\n    "path": "/",\n    "httpOnly": true\n  }\n]' }],
  ['har-params', { lines: '"postData": {\n  "mimeType": "application/x-www-form-urlencoded",\n  "params": [\n    {\n      "name": "§N§",\n      "value": "§V§"\n    }\n  ]\n}' }],
  // Postman Collection Format v2.1: `header`, `variable` (key, value), an environment file's `values`.
  ['postman', { ...jsonRecord('key', 'value', '\t'), lines: '"variable": [\n\t{\n\t\t"key": "§N§",\n\t\t"value": "§V§",\n\t\t"type": "string"\n\t}\n]' }],
  ['postman-env', { lines: '"values": [\n\t\t{\n\t\t\t"key": "§N§",\n\t\t\t"value": "§V§",\n\t\t\t"type": "secret",\n\t\t\t"enabled": true\n\t\t}\n\t]' }],
  // .NET configuration `<appSettings><add key="…" value="…"/>`; Spring beans `<property name="…" value="…"/>`.
  ['dotnet-add', { line: '<add key="§N§" value="§V§" />', 'value-first': '<add value="§V§" key="§N§" />' }],
  ['spring-property', { line: '<property name="§N§" value="§V§"/>', 'value-first': '<property value="§V§" name="§N§"/>' }],
  // XML 1.0 §3.1: attribute order in a start tag is not significant; an HTML form's field (`<input value name>`).
  ['html-input', { line: '<input type="hidden" name="§N§" value="§V§">', 'value-first': '<input type="hidden" value="§V§" name="§N§">' }],
  // OpenAPI 3.0.3/3.1 Parameter Object (§4.8.12): `name`, `in` (header, query, cookie), `example` (or `schema.example`).
  ['openapi-parameter', {
    lines: 'parameters:\n  - name: §N§\n    in: header\n    required: true\n    schema:\n      type: string\n    example: "§V§"\n',
    line: '"parameters": [{"name": "§N§", "in": "query", "example": "§V§"}]',
    'value-first': 'parameters:\n  - example: "§V§"\n    in: cookie\n    name: §N§\n',
  }],
  // Pair lists: WSGI `start_response(status, response_headers)` (a list of (name, value) tuples, PEP 3333);
  // the Fetch Standard's HeadersInit as a sequence of pairs; Go `url.Values` and `http.Header` (map[string][]string).
  ['python-header-tuples', { line: "start_response('200 OK', [('Content-Type', 'text/plain'), ('§N§', '§V§')])", lines: 'headers = [\n    ("Accept", "application/json"),\n    ("§N§", "§V§"),\n]' }],
  ['fetch-headers-pairs', { line: 'const h = new Headers([["Accept", "application/json"], ["§N§", "§V§"]]);' }],
  ['go-url-values', { line: 'form := url.Values{"§N§": {"§V§"}}', lines: 'form := url.Values{\n\t"user": {"alice"},\n\t"§N§": {"§V§"},\n}' }],
  ['go-http-header', { line: 'req.Header = http.Header{"§N§": {"§V§"}}', lines: 'req.Header = http.Header{\n\t"Accept":     {"application/json"},\n\t"§N§": {"§V§"},\n}' }],
];

// Credential names as these formats write them: environment variables, a chart's values path, headers, form fields.
const CREDENTIAL_NAMES = ['DB_PASSWORD', 'API_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'clientSecret', 'auth.postgresPassword', 'X-Auth-Token', 'password', 'GITHUB_TOKEN'];
// Secrets by the placeholder policy: a strong random value and a short letters-only literal.
const SECRETS = ['Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8', 'swordfish'];
// Names that are no credential, each with a value of its kind.
const OTHER: readonly (readonly [string, string])[] = [['LOG_LEVEL', 'debug'], ['PORT', '8080'], ['Content-Type', 'application/json'], ['TOKEN_URL', 'https://auth.example.com/oauth/token'], ['PASSWORD_FILE', '/run/secrets/db_password']];
// Stand-ins and references in a credential's place: left.
const STAND_INS = [
  '<your-password>', 'xxxxxxxxxxxxxxxx', 'your_api_token', 'CHANGE_ME', '${DB_PASSWORD}', '$(DB_PASSWORD)', '{{ .Values.db.password }}',
  '{{secrets.DB_PASSWORD}}', '{{token}}', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
];

const fill = (template: string, name: string, value: string): string => template.replace(/§N§/g, name).replace(/§V§/g, value);

let left = 0;
let tried = 0;
let taken = 0;
let mustLeave = 0;
const leftBy = new Map<string, [number, number]>();
for (const [format, layouts] of FORMATS) {
  if (formatFilter && !formatFilter.test(format)) continue;
  for (const [layout, template] of Object.entries(layouts) as [Layout, string][]) {
    const misses: string[] = [];
    const wrong: string[] = [];
    const cell = `${format}/${layout}`;
    let cellTried = 0;
    for (const name of CREDENTIAL_NAMES) {
      if (nameFilter && !nameFilter.test(name)) continue;
      for (const value of SECRETS) {
        tried++;
        cellTried++;
        if (redactSecrets(fill(template, name, value)).text.includes(value)) {
          left++;
          misses.push(`${name}=${value.slice(0, 10)}`);
        }
      }
      for (const value of STAND_INS) {
        mustLeave++;
        const text = fill(template, name, value);
        if (redactSecrets(text).text !== text) {
          taken++;
          wrong.push(`${name}: ${value}`);
        }
      }
    }
    for (const [name, value] of OTHER) {
      if (nameFilter && !nameFilter.test(name)) continue;
      mustLeave++;
      const text = fill(template, name, value);
      if (redactSecrets(text).text !== text) {
        taken++;
        wrong.push(`${name}: ${value}`);
      }
    }
    leftBy.set(cell, [misses.length, cellTried]);
    if (misses.length > 0 || wrong.length > 0) {
      console.log(`${cell}: left ${misses.length} of ${cellTried}${show && misses.length ? ` (${misses.join(' ')})` : ''}; wrongly taken ${wrong.length}${wrong.length ? ` (${wrong.join(' | ')})` : ''}`);
    }
  }
}
// Postman Collection Format v2.1 `auth` (schema `auth-attribute`: key, value, type): each auth type's attribute list, the
// credential's attribute named by the documented key (`apikey`'s `value`, `bearer`'s `token`, …), its other attributes
// (the header's name, `in`, a user name) no credential. Written on one line, one attribute a line, and the credential last.
const POSTMAN_AUTH: readonly (readonly [type: string, credential: string, others: readonly (readonly [string, string])[]])[] = [
  ['apikey', 'value', [['key', 'X-API-Key'], ['in', 'header']]],
  ['bearer', 'token', []],
  ['basic', 'password', [['username', 'alice'], ['showPassword', 'false']]],
  ['digest', 'password', [['username', 'alice'], ['realm', 'api'], ['algorithm', 'MD5']]],
  ['oauth2', 'accessToken', [['tokenType', 'Bearer'], ['addTokenTo', 'header']]],
  ['awsv4', 'secretKey', [['region', 'us-east-1'], ['service', 's3']]],
];
const attribute = (key: string, value: string, pad: string): string => `${pad}{"key": "${key}", "value": "${value}", "type": "string"}`;
function postmanAuth(type: string, credential: string, others: readonly (readonly [string, string])[], value: string, layout: Layout): string {
  const pad = layout === 'line' ? '' : '\t\t\t';
  const records = [attribute(credential, value, pad), ...others.map(([k, v]) => attribute(k, v, pad))];
  if (layout === 'value-first') records.push(records.shift()!);
  const sep = layout === 'line' ? ', ' : ',\n';
  const open = layout === 'line' ? '[' : '[\n';
  const close = layout === 'line' ? ']' : '\n\t\t]';
  return `"auth": {"type": "${type}", "${type}": ${open}${records.join(sep)}${close}}`;
}
if (!formatFilter || formatFilter.test('postman-auth')) {
  for (const [type, credential, others] of POSTMAN_AUTH) {
    for (const layout of ['line', 'lines', 'value-first'] as const) {
      const misses: string[] = [];
      const wrong: string[] = [];
      for (const value of SECRETS) {
        tried++;
        if (redactSecrets(postmanAuth(type, credential, others, value, layout)).text.includes(value)) misses.push(value.slice(0, 10));
      }
      for (const value of ['', ...STAND_INS]) {
        mustLeave++;
        const text = postmanAuth(type, credential, others, value, layout);
        if (redactSecrets(text).text !== text) wrong.push(value);
      }
      left += misses.length;
      taken += wrong.length;
      if (misses.length > 0 || wrong.length > 0) {
        console.log(`postman-auth-${type}/${layout}: left ${misses.length} of ${SECRETS.length}${show && misses.length ? ` (${misses.join(' ')})` : ''}; wrongly taken ${wrong.length}${wrong.length ? ` (${wrong.join(' | ')})` : ''}`);
      }
    }
  }
}
console.log(`credential values left ${left} of ${tried}; no-credential names, stand-ins and references taken ${taken} of ${mustLeave}`);
