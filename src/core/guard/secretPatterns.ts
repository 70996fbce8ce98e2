// Known secret formats. Each rule redacts the `secret` group when it has one (so the key name
// in `password = "…"` stays readable for the model), else the whole match.
import { classSwitchRate, wordiness } from './stringEntropy';

export interface SecretRule {
  readonly kind: string;
  readonly pattern: RegExp;
  /** Checked on the secret text; return false to keep a match that only looks like a secret. */
  readonly accept?: (secret: string, quoted: boolean) => boolean;
}

const keyWords =
  '(?:password|passwd|passphrase|pwd|secret|secret_?key|client_?secret|api_?key|apikey|access_?key|access_?token|auth_?token|refresh_?token|private_?key|token|credentials?|connection_?string)';

export const secretRules: readonly SecretRule[] = [
  {
    kind: 'private-key',
    pattern:
      /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g,
  },
  { kind: 'aws-access-key-id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/g },
  {
    kind: 'aws-secret-access-key',
    pattern: /\baws_?secret_?access_?key\b["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
  },
  { kind: 'gcp-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { kind: 'gcp-oauth-token', pattern: /\bya29\.[0-9A-Za-z_-]{20,}/g },
  { kind: 'gcp-private-key-id', pattern: /"private_key_id"\s*:\s*"(?<secret>[0-9a-f]{40})"/g },
  { kind: 'azure-storage-key', pattern: /\bAccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g },
  { kind: 'azure-sas-signature', pattern: /[?&]sig=(?<secret>[A-Za-z0-9%+/]{30,}(?:%3D|=)*)/g },
  { kind: 'azure-client-secret', pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g },
  { kind: 'github-token', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b/g },
  { kind: 'github-fine-grained-token', pattern: /\bgithub_pat_[A-Za-z0-9_]{82}\b/g },
  { kind: 'gitlab-token', pattern: /\b(?:glpat|gldt|glrt|glptt|glft|glsoat|glcbt)-[A-Za-z0-9_-]{20,}/g },
  { kind: 'slack-token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: 'slack-webhook', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/g },
  { kind: 'stripe-key', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { kind: 'stripe-webhook-secret', pattern: /\bwhsec_[A-Za-z0-9]{24,}\b/g },
  { kind: 'openai-key', pattern: /\bsk-(?:proj-|svcacct-|admin-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{32,}/g },
  { kind: 'npm-token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: 'sendgrid-key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
  { kind: 'twilio-key', pattern: /\bSK[0-9a-f]{32}\b/g },
  { kind: 'huggingface-token', pattern: /\bhf_[A-Za-z0-9]{34,}\b/g },
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    kind: 'url-credentials',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@"'`]+:(?<secret>[^\s@/"'`]{3,})@/gi,
    accept: (s) => !/^\$\{|^<|^\{\{|^%s$|^\*+$/.test(s),
  },
  {
    kind: 'authorization-header',
    pattern: /\b(?:Authorization|Proxy-Authorization)["']?\s*[:=]\s*["']?(?:Bearer|Basic|Token)\s+(?<secret>[A-Za-z0-9._~+/=-]{12,})/gi,
    accept: looksLikeLiteralSecret,
  },
  {
    // password = "…", SECRET_KEY: …, "apiKey": "…": the value of a secret-named key.
    kind: 'secret-assignment',
    pattern: new RegExp(
      `(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]*?${keyWords}["']?\\s*(?::=|=>|[:=])\\s*(?:(?<q>["'\`])(?<secret>[^"'\`\\r\\n]{4,200})\\k<q>|(?<secret2>[^\\s"'\`,;)]{4,200}))`,
      'gi',
    ),
    accept: looksLikeLiteralSecret,
  },
];

const notSecretValues = new Set([
  'string', 'number', 'boolean', 'any', 'unknown', 'null', 'undefined', 'none', 'true', 'false', 'str',
  'int', 'bytes', 'optional', 'required', 'secretstr', 'password', 'secret', 'token', 'changeme',
  'example', 'placeholder', 'redacted', 'xxxx', 'todo', 'your-password', 'your_api_key', 'hidden',
]);

/** Keeps references, types and placeholders (`password: string`, `token = getToken()`, `${PASS}`). */
function looksLikeLiteralSecret(value: string, quoted: boolean): boolean {
  const v = value.trim();
  if (v.length < 4) return false;
  if (notSecretValues.has(v.toLowerCase())) return false;
  if (/^[*xX.•_-]+$/.test(v)) return false; // masked
  if (/^(?:\$\{|\$[A-Z_(]|<.*>$|\{\{|%\(|%[sd]$|process\.env|os\.environ|env\(|getenv|\[REDACTED)/i.test(v)) return false;
  if (quoted) return true; // a string literal is a value, whatever it looks like
  if (/[()[\]{}]/.test(v)) return false; // a call or an index: code, not a value
  // A bare random-looking word in a config file (client_secret: cGtPIvOk…) is a value.
  if (v.length >= 16 && /^[A-Za-z0-9]+$/.test(v) && wordiness(v) < 0.45 && classSwitchRate(v) >= 0.35) return true;
  // Identifiers and member chains (req.body.password, this.token, config.apiKey): code.
  if (/^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*$/.test(v)) return false;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*\.[A-Za-z_$][A-Za-z0-9_$.]*$/.test(v) && !/\d/.test(v.split('.')[0] ?? '')) return false;
  return true;
}
