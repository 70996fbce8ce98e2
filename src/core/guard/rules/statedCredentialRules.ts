// Credentials stated in the grammar of a tool or of prose rather than as `key = value`: a CLI's
// password flag (`mysql -pSECRET`, `sshpass -p SECRET`, `openssl … -passin pass:SECRET`, `docker login -p SECRET`, `psexec … -p
// SECRET`), a (user, password) pair given as HTTP authentication, a netrc entry (`machine h login u password SECRET`), a .pgpass line
// (`host:5432:db:user:SECRET`), a sentence (`the password is
// 'SECRET'`), a credential object built from literals (`new NetworkCredential("u", "SECRET")`), a
// database connect call given its password by position (`mysqli_connect(h, u, "SECRET")`) and an
// Ansible vault payload.
// Each expression starts at its own word and reads a bounded stretch after it: linear.
import { patternRule, type SecretRule } from '../secretRule';
import { pgpassRule } from './pgpassRule';
import { acceptsPasswordLiteral } from './secretValue';
import { commandStretch, optionGap, shellArgument } from './shellArgument';

// Not a command substitution `$(…)` cut at its blank: the password is what the command prints.
const ARGUMENT = shellArgument('(?!\\$\\()[^\\s"\'`;|&]', '[^\\s"\'`;|&]', 3, 200);

export const statedCredentialRules: readonly SecretRule[] = [
  patternRule({
    id: 'cli-password-flag', keywords: ['mysql', 'mariadb', 'sshpass', 'psexec', 'paexec'], passwordSlot: acceptsPasswordLiteral,
    // mysql reads only a glued -pSECRET as the password (a spaced `-p db` prompts and names the
    // database); sshpass and PsExec (PsExec64, and PAExec, which copies its options) take the next word.
    pattern: new RegExp(`(?:\\b(?:mysql|mysqldump|mysqladmin|mariadb)\\b${commandStretch(100)}[ \\t]-p(?=[^\\s-])|\\b(?:sshpass|psexec(?:64)?(?:\\.exe)?|paexec(?:\\.exe)?)\\b${commandStretch(100)}[ \\t]-p${optionGap(0)})${ARGUMENT}`, 'i'),
  }),
  patternRule({
    // Its own rule with its own keywords: ' login' alone is in most web code.
    id: 'registry-login-password', keywords: ['docker login', 'podman login', 'registry login'], passwordSlot: acceptsPasswordLiteral,
    pattern: new RegExp(`\\b(?:docker|podman|helm[ \\t]+registry)[ \\t]+login\\b${commandStretch(100)}[ \\t]-p${optionGap(0)}${ARGUMENT}`, 'i'),
  }),
  patternRule({
    // openssl's password source `pass:SECRET` (`env:`, `file:`, `fd:` name where it is kept instead).
    id: 'openssl-pass-argument', keywords: ['-pass', '-srcpass', '-kdfopt'],
    pattern: /(?:^|[ \t])-(?:pass(?:in|out)?|passphrase|srcpass|kdfopt)[ \t]+(?<q>["']?)pass:(?<secret>[^\s"'`;|&$]{3,200})\k<q>/,
  }),
  patternRule({
    id: 'netrc-password', keywords: ['machine', 'default'],
    pattern: /\b(?:machine[ \t]+[^\s]{1,200}|default)\s{1,40}login\s{1,40}[^\s]{1,200}\s{1,40}password\s{1,40}(?<secret>[^\s]{1,200})/,
    // netrc(5) (curl's, inetutils') takes a quoted token too: a placeholder is judged inside its quotes.
    judged: (secret) => (secret.length > 2 && secret.startsWith('"') && secret.endsWith('"') ? secret.slice(1, -1) : secret),
  }),
  pgpassRule,
  patternRule({
    id: 'stated-password', keywords: ['password'],
    // "The password is 'Secret123'", "the default password for user 'postgres' is 'admin'".
    pattern: /\bpassword(?:[ \t]+for[ \t]+(?:the[ \t]+)?(?:user|username|account)[ \t]+(?<uq>["'])[^"'\n]{1,40}\k<uq>)?[ \t]+is[ \t]+(?<q>["'])(?<secret>[^"'\n]{3,100})\k<q>/i,
  }),
  patternRule({
    id: 'credential-constructor', keywords: ['credential', 'directoryentry', 'opendsobject'], passwordSlot: acceptsPasswordLiteral,
    // The string literal a constructor takes as the password: second in (user, password[, domain]) (`new
    // NetworkCredential(user, "…", "CORP")`: the third is the domain, Microsoft's documentation), second or third in
    // ADSI's (path, user, password): `DirectoryEntry`, `OpenDSObject(path, user, password, flags)` (trufflehog's
    // ldap detector reads it). The arguments before it literals or names.
    pattern: /\b(?:(?:NetworkCredential|UsernamePasswordCredentials?|BasicAWSCredentials)[ \t]*\([ \t\r\n]*(?:"[^"\n]{0,200}"|[A-Za-z_][\w.]{0,100})[ \t\r\n]*,|(?:DirectoryEntry|OpenDSObject)[ \t]*\([ \t\r\n]*(?:(?:"[^"\n]{0,200}"|[A-Za-z_][\w.]{0,100})[ \t\r\n]*,[ \t\r\n]*)?(?:"[^"\n]{0,200}"|[A-Za-z_][\w.]{0,100})[ \t\r\n]*,)[ \t\r\n]*"(?<secret>[^"\n]{3,200})"[ \t\r\n]*[,)]/,
  }),
  patternRule({
    id: 'http-auth-pair', keywords: ['basicauth', 'digestauth', 'ntlmauth', 'auth=(', 'auth =(', 'auth= (', 'auth = ('],
    // The password of a (user, password) pair given as HTTP authentication: requests'
    // `auth=("u", "p")`, `HTTPBasicAuth("u", "p")`, aiohttp's `BasicAuth("u", "p")`, `setBasicAuth("u", "p")`.
    pattern: /(?:\bauth[ \t]?=[ \t]?\(|(?:Basic|Digest|Ntlm)Auth[ \t]*\()[ \t]*(?<uq>["'])[^"'\r\n]{0,200}\k<uq>[ \t]*,[ \t]*(?<q>["'])(?<secret>[^"'\r\n]{3,200})\k<q>[ \t]*\)/i,
  }),
  patternRule({
    id: 'connect-call-password', keywords: ['connect', 'mysqli', 'pdo'], nearKeywords: true,
    // Database drivers whose connect call takes (host or DSN, user, password, …): the third
    // argument, when it is a string literal. A variable there is not a secret in the text. (Each
    // call's name holds a keyword, and no line break comes before it in the match: `nearKeywords`.)
    // The C API's `mysql_real_connect(mysql, host, user, passwd, db, …)` and PHP's procedural
    // `mysqli_real_connect(mysql, hostname, username, password, …)` take the handle first: the fourth.
    pattern: /(?:(?:\b(?:mysqli?_p?connect|sqlsrv_connect|(?:psycopg2?|pymysql|MySQLdb|mysql\.connector|pyodbc|pg8000)\.connect)|\bnew[ \t]+(?:mysqli|PDO)|DBI->connect)[ \t]*\([ \t]*(?:[^,()\r\n]{0,200},[ \t]*){2}|\bmysqli?_real_connect[ \t]*\([ \t]*(?:[^,()\r\n]{0,200},[ \t]*){3})(?<q>["'])(?<secret>[^"'\r\n]{3,200})\k<q>/,
  }),
  patternRule({
    id: 'ansible-vault', keywords: ['$ansible_vault'],
    // The header line, then the payload's hex lines (indented as YAML `!vault |` keeps them).
    pattern: /\$ANSIBLE_VAULT;\d\.\d;AES256(?:;[\w-]{1,40})?(?<secret>(?:[ \t]*\r?\n[ \t]{0,40}[0-9a-f]{2,200}){1,5000})/,
  }),
];
