// Secrets handed to a credential store, where the store's own document says which argument or which input is the secret
// (bench/guard/credentialHelperProbe.ts; bench/guard/README.md, forty-second round, guardhelper1):
// - node-keytar's `setPassword(service, account, password)` and zalando/go-keyring's `keyring.Set(service, user,
//   password)` (their READMEs): the third argument (Python keyring's `set_password` is credentialCallRules'); 99designs/
//   keyring's `ring.Set(keyring.Item{Key, Data})` (README): the item's data; libsecret's reference: C's
//   `secret_password_store_sync(schema, collection, label, password, …)`, `secret_password_storev_sync(schema, attributes,
//   collection, label, password, …)` and the introspected `Secret.password_store_sync(schema, attributes, collection, label,
//   password, cancellable)`: the password after the label; keyring-rs's `Entry::set_secret(&[u8])` (docs.rs, keyring's
//   Entry: "Set the secret for this entry"; its `set_password` is credentialCallRules'): the bytes.
// - security(1) on macOS: `add-generic-password` / `add-internet-password … -w password` ("Specify password to be added";
//   `-w` last, with nothing after it, prompts instead).
// - Stores that read the secret on standard input: secret-tool(1) `store` ("A password to store can also be piped in via
//   stdin"), pass(1) `insert` ("read the new password from standard in"; with `--multiline` up to EOF, its first line the
//   password), gopass's `insert` alike, and the keyring CLI's `keyring set SERVICE USERNAME`: a value echoed or printed
//   into one, given as a here-string, or the first line of a here-document fed to `pass`/`gopass insert`.
// - git-credential(1)'s attributes echoed by a helper (gitcredentials(7), "Custom helpers": a helper prints
//   `password=…` lines on its standard output): `echo "password=…"`, `oauth_refresh_token=`, git 2.46's `credential=`.
// A reference (`$VAR`, `$(…)`), a placeholder or the slot's own word is left, as in every password place.
// Each expression starts at its command's or call's name and reads a bounded stretch of its line (a here-document's
// first line after it): linear.
import { patternRule, type SecretRule } from '../secretRule';
import { acceptsPasswordLiteral } from './secretValue';
import { ARG, LITERAL, positionalRule } from './positionalSecretRules';
import { storeInputRule } from './storeInputRule';

// A shell word: bare, or in one kind of quotes; what ends a command (`;`, `|`, `&`) or a redirection ends it. One that
// starts with `$` is an expansion (`$VAR`, `$(cat …)`), cut at its first blank: no literal.
const WORD = `(?<q>["']?)(?!\\$)(?<secret>[^\\s"'\`;|&<>]{3,400})\\k<q>(?=[\\s;|&>]|$)`;
const PRINTED = `\\b(?:echo|printf)[ \\t]+(?:-[en]{1,2}[ \\t]+)?(?:(["'])%s(?:\\\\n)?\\1[ \\t]+)?`;
// WORD as the input's reading wants it: the secret its last group, the match ending where it ends (the close in a lookahead).
const INPUT_WORD = `(["']?)(?!\\$)([^\\s"'\`;|&<>]{3,400})(?=\\1(?:[\\s;|&>]|$))`;
const READS_STDIN = `(?:secret-tool[ \\t]+store|(?:go)?pass[ \\t]+insert|keyring[ \\t]+set)\\b`;
const STDIN_KEYWORDS = ['secret-tool', 'pass insert', 'keyring set'];

const SPEC = { nearKeywords: true, passwordSlot: acceptsPasswordLiteral } as const;

export const credentialStoreRules: readonly SecretRule[] = [
  positionalRule('keyring-call-password', ['keytar.setpassword', 'keyring.set(', 'keyring.item', 'password_store', 'set_secret'], [
    { key: 'password', pattern: new RegExp(`\\bkeytar\\.setPassword[ \\t]*\\([ \\t]*${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bkeyring\\.Set[ \\t]*\\([ \\t]*${ARG}${ARG}${LITERAL}`, 'dg') },
    // 99designs/keyring: an Item's `Data`, its fields a line each as gofmt lays them out.
    { key: 'password', pattern: /\bkeyring\.Item[ \t]*\{[^{}]{0,300}?\bData:[ \t]*\[\]byte\([ \t]*(?<q>["`])(?<secret>[^"`\r\n]{3,200})\k<q>/dg },
    // libsecret: C's store(schema, collection, label, password, …), storev's and the introspected bindings' with the attributes second.
    { key: 'password', pattern: new RegExp(`\\bsecret_password_store(?:_sync)?[ \\t]*\\([ \\t]*${ARG}${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`(?:\\bsecret_password_storev|\\bSecret\\.password_storev?)(?:_sync)?[ \\t]*\\([ \\t]*${ARG}${ARG}${ARG}${ARG}${LITERAL}`, 'dg') },
    // keyring-rs: an Entry's `set_secret(&[u8])`, on `Entry::new(…)?` itself or on the docs' `entry`: a name other
    // APIs give a setter of a named secret (`set_secret(name, value)`), so only on a keyring Entry.
    { key: 'secret', pattern: new RegExp(`(?:\\bEntry::new(?:_with_target)?[ \\t]{0,8}\\([^()\\r\\n]{0,200}\\)(?:\\?|\\.unwrap\\(\\))|\\bentry)[ \\t]{0,8}\\.set_secret[ \\t]*\\([ \\t]*&?${LITERAL}`, 'dg') },
  ]),
  patternRule({
    ...SPEC, id: 'keychain-password-flag', keywords: ['add-generic-password', 'add-internet-password'],
    pattern: new RegExp(`\\bsecurity[ \\t]+add-(?:generic|internet)-password\\b[^\\r\\n]{0,300}?[ \\t]-w[ \\t]+(?!-)${WORD}`),
  }),
  patternRule({
    ...SPEC, id: 'secret-store-stdin', keywords: STDIN_KEYWORDS,
    pattern: new RegExp(`${PRINTED}${WORD}[ \\t]*\\|[ \\t]*${READS_STDIN}`),
  }),
  // The command, then its line up to the redirection (storeInputRule.ts: within 200 characters, none of `\r\n<|;`).
  storeInputRule({
    id: 'secret-store-here-string', keywords: STDIN_KEYWORDS, passwordSlot: acceptsPasswordLiteral,
    command: new RegExp(`\\b${READS_STDIN}`, 'g'),
    input: new RegExp(`<<<[ \\t]*${INPUT_WORD}`, 'y'),
  }),
  storeInputRule({
    // The here-document's first line: pass(1) keeps the password on a secret's first line.
    id: 'secret-store-heredoc', keywords: ['pass insert'], passwordSlot: acceptsPasswordLiteral,
    command: /\b(?:go)?pass[ \t]+insert\b/g,
    input: /<<-?[ \t]*(["']?)[A-Za-z_]\w{0,30}\1[ \t]*\r?\n[ \t]*([^\s]{3,400})(?=[ \t]*(?:\r?\n|$))/y,
  }),
  patternRule({
    // (A `%` there opens printf's conversion, `printf 'password=%s\n' "$P"`: the value comes after.)
    ...SPEC, id: 'credential-helper-echo', keywords: ['password=', 'oauth_refresh_token=', 'credential='],
    pattern: /\b(?:echo|printf)[ \t]+(?:-[en]{1,2}[ \t]+)?(?:\\?["'])?(?:password|oauth_refresh_token|credential)=(?![$%])(?<secret>[^\s"'\\`;|&<>]{3,400})(?=(?:\\n)?\\?["']|[ \t;|&>]|$)/,
  }),
];
