// What the tune sources' own filters call fake, written under a secret's name: one row per filter (trufflehog's
// false-positive filter and word lists, Nosey Parker's negative examples, whispers' static-value and excluded-value checks,
// secretlint's rules' "should NOT be detected" cases), each value written from the filter's description (never from a
// held-out split), and whether the redactor takes it. `policy` rows are values the placeholder policy decided to take (a
// literal in a secret's slot is that secret): a filter that would leave them undoes a decision and is reported, not built.
//
//   npx tsx bench/guard/trustedFakeProbe.ts [--show] [--filter REGEX]
import { probeArgs } from './probeArgs';
import { fillPlace, valueRedacted } from './probePlaces';

const { show, filter } = probeArgs();
const only = filter('--filter');

// §N§ the key, §V§ the value.
const ASSIGNMENTS = ['§N§ = "§V§"', '§N§: §V§', '§N§=§V§', '{"§N§": "§V§"}', "const config = { §N§: '§V§' };"];
const KEYS = ['password', 'api_key', 'secret', 'token', 'DB_PASSWORD', 'client_secret'];
const URLS = ['https://§N§:§V§@api.example.com/v1', 'mongodb://§N§:§V§@db.example.com:27017/app'];
const USERS = ['user', 'admin'];

interface Row {
  readonly filter: string;
  /** The tool and where the filter is stated. */
  readonly source: string;
  readonly values: readonly string[];
  /** The places to write them: a key's assignments (default) or a URL's userinfo. */
  readonly url?: boolean;
  /** Values the placeholder policy takes on purpose: the filter would undo a decision. */
  readonly policy?: boolean;
}

const ROWS: readonly Row[] = [
  {
    filter: 'trufflehog: a fixed fake UUID (fp_uuids.txt): counting runs and hexspeak in a UUID\'s groups',
    source: 'trufflehog pkg/detectors/falsepositives.go, fp_uuids.txt (UuidFalsePositives)',
    values: ['12345678-1234-1234-1234-123456789abc', '23456789-2345-2345-2345-23456789abcd', 'deadbeef-dead-beef-dead-beefdeadbeef', 'cafebabe-cafe-babe-cafe-babecafebabe', 'a1b2c3d4-a1b2-c3d4-a1b2-c3d4a1b2c3d4', '98765432-9876-5432-9876-543298765432', 'abcdefab-cdef-abcd-efab-cdefabcdefab'],
  },
  {
    filter: 'trufflehog: the value holds `aaaaaa`, `xxxxxx`, `00000`, `*****` (DefaultFalsePositives, substring)',
    source: 'trufflehog pkg/detectors/falsepositives.go DefaultFalsePositives',
    values: ['xxxxxx', 'aaaaaa', '00000', '*****', 'AAAAAAAA', 'aaaaaaaaaaaaaaaa', 'xxxxxxxx-xxxx-xxxx', 'zzzzzzzz'],
  },
  {
    filter: 'trufflehog: the value holds `example` or `sample` (DefaultFalsePositives, substring)',
    source: 'trufflehog pkg/detectors/falsepositives.go DefaultFalsePositives',
    values: ['example', 'sample', 'EXAMPLE', 'example-key', 'sample_secret_value'],
  },
  {
    filter: 'trufflehog: `example`/`sample`/`abcde` inside a value with digits (the same list, substring)',
    source: 'trufflehog pkg/detectors/falsepositives.go DefaultFalsePositives',
    values: ['example123', 'sample-token-42', 'abcde12345', 'my-example-key-2024', 'EXAMPLE_KEY_12345'],
    policy: true,
  },
  {
    filter: 'trufflehog: an English or programming word anywhere in the value (fp_words, fp_badlist, fp_programmingbooks)',
    source: 'trufflehog pkg/detectors/falsepositives.go IsKnownFalsePositive wordCheck',
    values: ['summer2024!', 'Winter#Garden9', 'monkey-island-77', 'letmein', 'hunter2'],
    policy: true,
  },
  {
    filter: 'Nosey Parker: masks and templates in negative_examples (`XXXXXXXXXXXXX`, `######`, `&lt;YOURPASSWROD&gt;`, `$(…)`, `$VAR`)',
    source: 'Nosey Parker rules generic.yml np.generic.3/5 negative_examples',
    values: ['XXXXXXXXXXXXX', '######', '&lt;YOURPASSWROD&gt;', '$(vault read -field=pw secret/db)', '$gdcapi_db_password', '${DB_PASSWORD}'],
  },
  {
    filter: 'Nosey Parker: a literal its password rule\'s shape does not reach (unquoted, single-quoted, under five characters)',
    source: 'Nosey Parker rules generic.yml np.generic.5 negative_examples (`password = super$ecret`, `password = "123"`)',
    values: ['super$ecret', '123', 'open_sesame'],
    policy: true,
  },
  {
    filter: 'whispers is_static: the value is the key (simplified) or ends with it',
    source: 'whispers core/pairs.py is_static (s_key == s_value, s_value.endswith(s_key))',
    values: ['§KEY§', 'my_§KEY§', 'prod_§KEY§', 'the-§KEY§'],
  },
  {
    filter: 'whispers exclude.values: a value ending `_password`, `_token`, `_key`, `_user`, `_name`, `_placeholder`',
    source: 'whispers config.yml exclude.values `.*_(user|password|token|key|placeholder|name)$`',
    values: ['db_password', 'github_token', 'stripe_api_key', 'smtp_user', 'secret_placeholder', 'bucket_name'],
  },
  {
    filter: 'whispers exclude.values: booleans and flags (`true|false|yes|no|1|0`), AWS names and ARNs',
    source: 'whispers config.yml exclude.values',
    values: ['true', 'false', 'yes', 'no', '1', '0', 'aws_secret_access_key', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf'],
  },
  {
    filter: 'whispers is_static: a reference, a template, an IaC function, a system path',
    source: 'whispers core/pairs.py is_static (`$`, `%…%`, `${…}`, `{…}`, `{{…}}`, `<…>`, is_iac, is_path)',
    values: ['$DB_PASS', '%DB_PASS%', '${db.password}', '{password}', '{{ vault_db_password }}', '<your-password>', '!Ref DbPassword', '/run/secrets/db_password', './secrets/token.txt'],
  },
  {
    filter: 'secretlint basicauth / database-connection-string: userinfo placeholders',
    source: 'secretlint preset-recommend tests ok.false-positives-prevented, database-connection-string ok.valid',
    values: ['password', 'mypassword', 'YOUR_PASSWORD', 'REPLACE_WITH_PASSWORD', '${PASSWORD}', '{password}', '$(DB_PASS)', 'xxxx', '1111'],
    url: true,
  },
  {
    filter: 'secretlint basicauth: a short password in userinfo (`user:abc@`)',
    source: 'secretlint preset-recommend basicauth ok.false-positives-prevented ("Short or low-entropy passwords")',
    values: ['abc', 'pw1'],
    url: true,
    policy: true,
  },
  {
    filter: 'secretlint docker / anthropic: a value saying it is not real (`not_a_real_token`, `notarealkey`)',
    source: 'secretlint preset-recommend docker ok.valid, anthropic ok.valid',
    values: ['not_a_real_token', 'notarealkey', 'not-a-real-key', 'NotARealKeyButLooksLikeOne', 'alsonotreal'],
  },
];

/** The texts a row's value is written into, each with the value as written there (`§KEY§` is the key's own name). */
function places(row: Row, value: string): (readonly [string, string])[] {
  if (row.url) return URLS.flatMap((u) => USERS.map((user) => [fillPlace(u, user, value), value] as const));
  return KEYS.flatMap((key) => {
    const written = value.replace(/§KEY§/g, key);
    return ASSIGNMENTS.map((t) => [fillPlace(t, key, written), written] as const);
  });
}

let policyTaken = 0;
let policyTried = 0;
let fakeTaken = 0;
let fakeTried = 0;
for (const row of ROWS) {
  if (only && !only.test(row.filter)) continue;
  let taken = 0;
  let tried = 0;
  const lines: string[] = [];
  for (const value of row.values) {
    let valueTaken = 0;
    const texts = places(row, value);
    for (const [text, written] of texts) {
      if (!valueRedacted(text, written)) continue;
      valueTaken++;
      if (show) lines.push(`    taken  ${JSON.stringify(text)}`);
    }
    taken += valueTaken;
    tried += texts.length;
    lines.unshift(`  ${valueTaken}/${texts.length}  ${value}`);
  }
  if (row.policy) {
    policyTaken += taken;
    policyTried += tried;
  } else {
    fakeTaken += taken;
    fakeTried += tried;
  }
  console.log(`${row.policy ? 'policy' : 'fake  '} ${taken}/${tried} taken  ${row.filter}  [${row.source}]`);
  for (const line of lines) if (show || !line.startsWith('    ')) console.log(line);
}
console.log(`fake values taken ${fakeTaken}/${fakeTried}; policy's literals taken ${policyTaken}/${policyTried}`);
