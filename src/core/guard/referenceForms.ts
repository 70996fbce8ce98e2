// Where a value comes from rather than the value: a variable's expansion, a template's slot, a secret store's entry, a
// tag a deploy tool resolves. The one place these forms are written, for two judgements:
// - the placeholder policy's (placeholderValue.ts): the value *is* a reference, read by its whole shape (REFERENCE);
// - a rule's first look at a value in its own grammar: the value *opens* as one (the *_OPENS expressions). Which first
//   characters say "reference" depends on the grammar the value stands in (a `!` opens a tag in YAML and is a
//   password's character in a curl command), so each rule's set is composed here from the named forms below, and the
//   set says why it takes those forms and not the others.

// A shell or template reference as the whole value, or where the value starts or ends.
// A backtick opens a command substitution only when it closes one too or a command's words follow
// (`` `etcdctl get x` ``); a lone one inside a literal (`'`123QWERasdf'`) is a character of it.
// Python's `%(name)s` and the `@name@` / `@@NAME@@` tokens a build (Maven, autoconf) replaces: as the whole value.
// A shell's or Spring's reference with a default (`${API_TOKEN:-<your-token>}`) is a reference: the
// reference-default rule judges its default.
// Windows cmd's expansions (Microsoft's `set /?`, `call /?`, `for /?`): `%NAME%` and, with delayed expansion, `!NAME!`
// (either maybe a substring, `%NAME:~0,8%`); a batch file's arguments `%1`, `%*` and `%~1` with its modifiers and
// `$PATH:` search (`%~dp0`, also where a path starts: `%~dp0pw.txt`); a `for` loop's variable `%%i`, `%%~nxi`.
// A POSIX shell's positional and special parameters that expand to the script's or function's arguments (Shell Command
// Language §2.5.1–2.5.2): `$1`…`$9`, `${10}`, `$@`, `$*` (and braced), as the whole value — not `$#`, `$?`, `$$`, `$0`,
// which expand to no argument, nor `$1$salt$…`, a crypt(3) hash.
// Azure App Service's and Functions' Key Vault reference as an app setting's whole value
// (learn.microsoft.com/azure/app-service/app-service-key-vault-references): `@Microsoft.KeyVault(SecretUri=https://…)`
// or `@Microsoft.KeyVault(VaultName=…;SecretName=…[;SecretVersion=…])`; the platform resolves it, the text holds none.
export const REFERENCE = /^\$\$?[A-Za-z_]|^\$(?:[1-9@*]|\{(?:[1-9]\d?|[@*])\})$|^([%!])[A-Za-z_]+(?::~-?\d{1,4}(?:,-?\d{1,4})?)?\1$|^%(?:[0-9*]$|~[fdpnxsatz]{0,9}(?:\$[A-Za-z_]\w{0,40}:)?[0-9])|^%%(?:~[fdpnxsatz]{0,9}(?:\$[A-Za-z_]\w{0,40}:)?)?[A-Za-z]$|^`[^`]*(?:`$|\s)|`$|^@\{|^#\{|^%\([\w.-]{1,80}\)[sdr]$|^@@?[A-Za-z_][\w.-]{0,80}@@?$|^\$\{[A-Za-z_][\w.]{0,80}:?[-=?+:][^\n]*\}$|^@Microsoft\.KeyVault\((?:SecretUri=https:\/\/[^\s()]{1,400}|VaultName=[\w-]{1,127};SecretName=[\w-]{1,127}(?:;SecretVersion=\w{1,64})?)\)$/;

// The openers, each an expression's source (an alternative of `^(?:…)`).
/** Any `$` first: every expansion a shell or a CI runner makes (`$TOKEN`, `${X}`, `$(cmd)`, `$1`, `$'…'`). */
const ANY_EXPANSION = '\\$';
/** A named variable, braced or not, or a command's output: `$TOKEN`, `${X}`, `$(cmd)` (not `$1…`, `$$`: a crypt(3) hash opens so). */
const NAMED_EXPANSION = '\\$\\{|\\$\\(|\\$[A-Za-z_]';
/** A template's slot: Jinja's, Go's, Helm's, Mustache's `{{ … }}`. */
const TEMPLATE_SLOT = '\\{\\{';
/** Windows cmd's expansion: `%NAME%`, `%1`. */
const CMD_EXPANSION = '%';
/** A command substitution in backticks. */
const BACKTICK = '`';
/** A YAML tag on the node (YAML 1.2 §6.9.1): CloudFormation's `!Ref`, Ansible's `!vault`, `!ENV`. */
const YAML_TAG = '!';
/** A slot in angle brackets, as docs write a value's place: `-u <user>:<token>`. */
const ANGLE_SLOT = '<';
/** CloudFormation's intrinsic functions in their short form (the template reference's "Intrinsic function reference"). */
const CLOUDFORMATION_TAG = '!Ref|!Sub|!GetAtt|!ImportValue';
/** A secret store's reference: an AWS ARN, vals' `ref+`, Vault's `vault:`, 1Password's `op://`. */
const SECRET_STORE = 'arn:|ref\\+|vault:|op:\\/\\/';

function opens(...forms: string[]): RegExp {
  return new RegExp(`^(?:${forms.join('|')})`);
}

/**
 * A YAML list item or child under a secret-named header (secretListRule.ts): YAML puts any tag on a node (`!`), and such
 * lists are CI and deploy files whose values a shell, cmd or a template fills in, so any of their openers.
 */
export const LIST_ITEM_OPENS = opens(ANY_EXPANSION, YAML_TAG, TEMPLATE_SLOT, CMD_EXPANSION, BACKTICK);
/**
 * A user or password on a command line (curlUserRule.ts): the shell expands a `$` there, and docs write the place as
 * `<token>` or a template's slot; a YAML tag's `!` and cmd's `%` are no POSIX shell's forms: a password may start so.
 */
export const COMMAND_LINE_OPENS = opens(ANY_EXPANSION, ANGLE_SLOT, TEMPLATE_SLOT);
/**
 * A name/value record's value (nameValuePairRule.ts, siblingNameRule.ts): JSON and YAML records of deploy tools, so
 * CloudFormation's tags (JSON has no tags: another `!` first is a literal's), a named expansion (a `$1…` or `$$` is a
 * crypt(3) hash's start) and the secret stores those tools resolve.
 */
export const RECORD_OPENS = opens(CLOUDFORMATION_TAG, NAMED_EXPANSION, SECRET_STORE);
/**
 * A variable where anonymous FTP's address is filled in (anonymousLogin.ts): `$FROM_EMAIL`, `${EMAIL}`, as the whole
 * password. Narrower than any opener: this one makes a login public, so only a variable's name, whole, is one.
 */
export const ADDRESS_VARIABLE = /^\$\{?[A-Za-z_]\w*\}?$/;
