// Values a command stores in a secret store, given on its command line or piped into it: GitHub's
// `gh secret set NAME --body VALUE`, Azure's `az keyvault secret set … --value VALUE`, AWS's
// `aws ssm put-parameter … --type SecureString … --value VALUE`, and a value echoed (or given as
// a here-string) into a command that reads the secret from its input: `gh secret set`, Cloudflare's
// `wrangler secret put`, `docker secret create`, `gcloud secrets create`/`versions add`, `vercel
// env add`, `firebase functions:secrets:set`. The command says the value is a secret, whatever
// its name; a `$VAR` there is a reference. And a parameter stored under a credential's name whatever its type (the AWS CLI
// reference, `aws ssm put-parameter`: `--name` is the parameter's name, a path's last segment its own, `--value` "the
// parameter value"): `--name /prod/db/password --value …` is a key and its value, judged as one. Each expression starts at
// its command's words and reads a bounded stretch of its line: linear.
import { patternRule, type SecretRule } from '../secretRule';
import { namedLiteralRule } from './namedLiteralRule';

const VALUE = `(?<q>["']?)(?<secret>[^\\s"'\`;|&]{3,400})\\k<q>(?=[\\s;|&]|$)`;
const READS_SECRET = '(?:gh[ \\t]+secret[ \\t]+set|wrangler[ \\t]+secret[ \\t]+put|docker[ \\t]+secret[ \\t]+create|gcloud[ \\t]+secrets[ \\t]+(?:create|versions[ \\t]+add)|vercel[ \\t]+env[ \\t]+add|firebase[ \\t]+functions:secrets:set)\\b';

// `put-parameter … --name [/path/]NAME … --value VALUE`, in either order (`--name=` and quotes as the CLI takes them); a
// `file://` value is the CLI's reference to a file holding it (the AWS CLI guide, "Loading parameters from a file"). The
// first `--name` and the first `--value` after the command are read, each found by a lookahead (matched once, never
// tried again at a later one): a bounded stretch of the line per command.
const PUT_PARAMETER = '\\baws[ \\t]+ssm[ \\t]+put-parameter\\b';
const first = (flag: string, group: string): string => `(?=(?<${group}>[^\\r\\n]{0,300}?[ \\t]--${flag}(?:[ \\t]+|=)))\\k<${group}>`;
const PARAMETER_NAME = `(?<n>["']?)(?:[\\w.-]{0,100}/){0,10}(?<name>[\\w.-]{1,64})\\k<n>(?=[ \\t]|$)`;
const PARAMETER_VALUE = '(?<q>["\']?)(?!fileb?://)(?<secret>[^\\s"\'`;|&]{3,400})\\k<q>(?=[\\s;|&]|$)';
const NAME_FIRST = new RegExp(`${PUT_PARAMETER}${first('name', 'toName')}${PARAMETER_NAME}${first('value', 'toValue')}${PARAMETER_VALUE}`, 'dg');
const VALUE_FIRST = new RegExp(`${PUT_PARAMETER}${first('value', 'toValue')}${PARAMETER_VALUE}${first('name', 'toName')}${PARAMETER_NAME}`, 'dg');

const INPUT_KEYWORDS = ['secret set', 'secret put', 'secret create', 'secrets create', 'versions add', 'env add', 'secrets:set'];

export const secretStoreRules: readonly SecretRule[] = [
  patternRule({
    // The value after the command's own flag, or a here-string fed to a command that reads one.
    id: 'secret-store-value', keywords: [...INPUT_KEYWORDS, 'put-parameter'],
    pattern: new RegExp(`(?:\\bgh[ \\t]+secret[ \\t]+set\\b[^\\r\\n]{0,200}?[ \\t](?:-b|--body)|\\baz[ \\t]+keyvault[ \\t]+secret[ \\t]+set\\b[^\\r\\n]{0,200}?[ \\t]--value|\\baws[ \\t]+ssm[ \\t]+put-parameter\\b(?=[^\\r\\n]{0,300}?SecureString)[^\\r\\n]{0,300}?[ \\t]--value|\\b${READS_SECRET}[^\\r\\n<]{0,200}<<<)(?:[ \\t]+|=)${VALUE}`),
  }),
  patternRule({
    id: 'secret-store-input', keywords: INPUT_KEYWORDS,
    pattern: new RegExp(`\\b(?:echo|printf)[ \\t]+(?:-[en]{1,2}[ \\t]+)?${VALUE}[ \\t]*\\|[ \\t]*${READS_SECRET}`),
  }),
  namedLiteralRule('secret-store-named-value', ['put-parameter'], [NAME_FIRST, VALUE_FIRST]),
];
