// Values a command stores in a secret store, given on its command line or piped into it: GitHub's
// `gh secret set NAME --body VALUE`, Azure's `az keyvault secret set … --value VALUE`, AWS's
// `aws ssm put-parameter … --type SecureString … --value VALUE`, and a value echoed (or given as
// a here-string) into a command that reads the secret from its input: `gh secret set`, Cloudflare's
// `wrangler secret put`, `docker secret create`, `gcloud secrets create`/`versions add`, `vercel
// env add`, `firebase functions:secrets:set`. The command says the value is a secret, whatever
// its name; a `$VAR` there is a reference. (A parameter stored under a credential's name whatever its type: ssmParameterRule.ts.)
// Each expression starts at its command's words and reads a bounded stretch of its line: linear.
import { patternRule, type SecretRule } from '../secretRule';
import { ssmParameterRule } from './ssmParameterRule';

const VALUE = `(?<q>["']?)(?<secret>[^\\s"'\`;|&]{3,400})\\k<q>(?=[\\s;|&]|$)`;
const READS_SECRET = '(?:gh[ \\t]+secret[ \\t]+set|wrangler[ \\t]+secret[ \\t]+put|docker[ \\t]+secret[ \\t]+create|gcloud[ \\t]+secrets[ \\t]+(?:create|versions[ \\t]+add)|vercel[ \\t]+env[ \\t]+add|firebase[ \\t]+functions:secrets:set)\\b';

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
  ssmParameterRule,
];
