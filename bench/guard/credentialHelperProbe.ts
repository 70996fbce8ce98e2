// Which credentials the reading takes where credential helpers and secret stores carry them: git's credential protocol
// (git-credential(1), gitcredentials(7), git-credential-store(1)), docker's credential-helper protocol and config.json
// (Docker's "docker login" reference, docker-credential-helpers' README), and the keyring and store APIs as a user's
// code or shell calls them (Python keyring, node-keytar, Go go-keyring, Rust keyring's Entry, secret-tool(1),
// security(1), cmdkey, CredentialManager's New-StoredCredential, ConvertTo-SecureString, pass(1), gopass). Each form as
// its document writes it (§V§ the value), filled with the matrix's value alphabets, vendor-like tokens and plain words
// a user types; beside them what must be left: a variable, a command substitution, a prompt, a placeholder, the
// protocol's non-secret attributes (`password_expiry_utc`, `capability[]`), the helper's name in config.json.
//
//   npx tsx bench/guard/credentialHelperProbe.ts [--show] [--form REGEX]
import { seededRandom } from '../../src/core/seededRandom';
import { alphabets, drawWith, UPPER, LOWER, DIGITS } from './matrixAlphabets';
import { probeArgs } from './probeArgs';
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { leftAlone } from './probePlaces';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

/**
 * A form: its family, its id, the template (§V§ the value) and how the value is written: `sh` a shell word (quoted when
 * sh would split it), `raw` as it is (inside the template's own quotes or a here-document's line), `url` percent-encoded
 * as a URL's userinfo must be (RFC 3986 §3.2.1; git-credential-store(1) writes its lines so), `auth` config.json's
 * `auth`, base64 of `user:password`, which is what must go.
 */
type Form = readonly [family: string, id: string, template: string, write: 'sh' | 'raw' | 'url' | 'auth'];

const FORMS: readonly Form[] = [
  // git-credential(1) "INPUT/OUTPUT FORMAT": attribute=value lines, `password`, `oauth_refresh_token`, and since git
  // 2.46 `authtype` with a pre-encoded `credential`; `git credential approve` reads them on stdin.
  ['git', 'approve heredoc password=', 'git credential approve <<EOF\nprotocol=https\nhost=git.example.com\nusername=bob\npassword=§V§\nEOF', 'raw'],
  ['git', 'approve heredoc quoted EOF', "git credential approve <<'EOF'\nprotocol=https\nhost=github.com\nusername=x-access-token\npassword=§V§\nEOF", 'raw'],
  ['git', 'printf | git credential approve', "printf 'protocol=https\\nhost=github.com\\nusername=bob\\npassword=§V§\\n' | git credential approve", 'raw'],
  ['git', 'fill output', 'protocol=https\nhost=example.com\nusername=bob\npassword=§V§', 'raw'],
  ['git', 'oauth_refresh_token=', 'protocol=https\nhost=gitlab.com\nusername=oauth2\npassword=§V§\noauth_refresh_token=§V§', 'raw'],
  ['git', 'oauth_refresh_token= alone', 'host=bitbucket.org\noauth_refresh_token=§V§', 'raw'],
  ['git', 'authtype credential=', 'capability[]=authtype\nprotocol=https\nhost=dev.azure.com\nauthtype=Bearer\ncredential=§V§\nephemeral=true', 'raw'],
  ['git', 'url= with userinfo', 'url=https://bob:§V§@git.example.com/repo.git', 'url'],
  // gitcredentials(7) "CUSTOM HELPERS": a shell snippet helper that echoes the attributes.
  ['git', 'helper echo "password="', '[credential]\n\thelper = "!f() { test \\"$1\\" = get && echo \\"password=§V§\\"; }; f"', 'raw'],
  ['git', 'helper script echo', '#!/bin/sh\ntest "$1" = get || exit 0\necho "username=deploy"\necho "password=§V§"', 'raw'],
  ['git', 'helper script echo bare', '#!/bin/sh\necho username=deploy\necho password=§V§', 'sh'],
  ['git', 'git config credential.helper store', 'git config --global credential.helper \'!f() { echo "username=ci"; echo "password=§V§"; }; f\'', 'raw'],
  // git-credential-store(1) "STORAGE FORMAT": ~/.git-credentials, one URL with its user and password per line.
  ['git', '.git-credentials line', 'https://bob:§V§@github.com', 'url'],
  // Docker's credential-helper protocol (docker login reference, "Credential helper protocol"): `store` reads
  // {"ServerURL","Username","Secret"} on stdin, `get` writes it on stdout.
  ['docker', 'echo json | store', 'echo \'{"ServerURL":"https://index.docker.io/v1","Username":"bob","Secret":"§V§"}\' | docker-credential-pass store', 'raw'],
  ['docker', 'get output', '{\n  "ServerURL": "https://ghcr.io",\n  "Username": "bob",\n  "Secret": "§V§"\n}', 'raw'],
  ['docker', 'Secret in code', 'creds := &credentials.Credentials{ServerURL: "https://registry.example.com", Username: "ci", Secret: "§V§"}', 'raw'],
  // config.json (docker login reference, "Credential stores", "Credential helpers"): auths' `auth` base64(user:password),
  // `identitytoken`, `registrytoken`.
  ['docker', 'auths auth', '{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "§V§"\n    }\n  }\n}', 'auth'],
  ['docker', 'auths auth one line', '{"auths":{"registry.example.com":{"auth":"§V§"}},"credsStore":"desktop"}', 'auth'],
  ['docker', 'identitytoken', '{\n  "auths": {\n    "myregistry.azurecr.io": {\n      "auth": "",\n      "identitytoken": "§V§"\n    }\n  }\n}', 'raw'],
  // The Engine API's AuthConfig (docker/docker api/types/registry), the identity token a login returned.
  ['docker', 'AuthConfig IdentityToken', 'authConfig := registry.AuthConfig{ServerAddress: "myregistry.azurecr.io", IdentityToken: "§V§"}', 'raw'],
  ['docker', 'registrytoken', '{"auths": {"registry.example.com": {"registrytoken": "§V§"}}}', 'raw'],
  // Python keyring (keyring's README, "Using Keyring"): keyring.set_password(service, username, password); its CLI
  // `keyring set SERVICE USERNAME` reads the password from stdin.
  ['keyring', 'python set_password', 'keyring.set_password("system", "username", "§V§")', 'raw'],
  ['keyring', 'python set_password single', "keyring.set_password('github', 'bob', '§V§')", 'raw'],
  ['keyring', 'python set_password keywords', 'keyring.set_password(service_name="db", username="app", password="§V§")', 'raw'],
  ['keyring', 'keyring set stdin', 'echo §V§ | keyring set system username', 'sh'],
  // node-keytar (README): setPassword(service, account, password).
  ['keyring', 'keytar setPassword', "await keytar.setPassword('my-app', 'bob@example.com', '§V§');", 'raw'],
  ['keyring', 'keytar setPassword dq', 'keytar.setPassword("flywheel", "openai", "§V§").then(done);', 'raw'],
  // zalando/go-keyring (README): keyring.Set(service, user, password).
  ['keyring', 'go keyring.Set', 'err := keyring.Set("my-app", "anon", "§V§")', 'raw'],
  ['keyring', 'go keyring.Set backquote', 'if err := keyring.Set(service, user, `§V§`); err != nil {', 'raw'],
  // keyring-rs (docs.rs keyring: Entry): Entry::new(service, user)?.set_password(password).
  ['keyring', 'rust set_password', 'let entry = Entry::new("my_service", "my_name")?;\nentry.set_password("§V§")?;', 'raw'],
  ['keyring', 'rust chained set_password', 'Entry::new("svc", "bob")?.set_password("§V§")?;', 'raw'],
  // Its binary form, Entry::set_secret(&[u8]) ("Set the secret for this entry").
  ['keyring', 'rust set_secret bytes', 'let entry = Entry::new("my_service", "my_name")?;\nentry.set_secret(b"§V§")?;', 'raw'],
  ['keyring', 'rust chained set_secret as_bytes', 'Entry::new("svc", "bob")?.set_secret("§V§".as_bytes())?;', 'raw'],
  // 99designs/keyring (README): ring.Set(keyring.Item{Key, Data}), the item's data the secret.
  ['keyring', 'go keyring.Item Data', 'err := ring.Set(keyring.Item{Key: "foo", Data: []byte("§V§")})', 'raw'],
  ['keyring', 'go keyring.Item Data gofmt', '_ = ring.Set(keyring.Item{\n\tKey:   "llm-api-key",\n\tLabel: "API key",\n\tData:  []byte("§V§"),\n})', 'raw'],
  // libsecret's reference: secret_password_store_sync(schema, collection, label, password, cancellable, error, …) in C;
  // password_store_sync(schema, attributes, collection, label, password, cancellable) through GObject introspection.
  ['keyring', 'libsecret C store_sync', 'secret_password_store_sync (EXAMPLE_SCHEMA, SECRET_COLLECTION_DEFAULT, "The label", "§V§", NULL, &error, "number", 8, NULL);', 'raw'],
  ['keyring', 'libsecret python store_sync', "Secret.password_store_sync(EXAMPLE_SCHEMA, {'number': '8'}, Secret.COLLECTION_DEFAULT, 'The label', '§V§', None)", 'raw'],
  ['keyring', 'libsecret gjs storev', "Secret.password_storev_sync(SCHEMA, { user: 'bob' }, null, 'Mail', '§V§', null);", 'raw'],
  // secret-tool(1): "store … The secret is read from stdin".
  ['store', 'echo | secret-tool store', "echo -n §V§ | secret-tool store --label='Mail' service imap user bob", 'sh'],
  ['store', 'printf | secret-tool store', "printf '%s' §V§ | secret-tool store --label=token service github", 'sh'],
  ['store', 'secret-tool store <<<', "secret-tool store --label='DB' service postgres user app <<< §V§", 'sh'],
  // security(1): add-generic-password / add-internet-password … -w password.
  ['store', 'security add-generic-password -w', 'security add-generic-password -a bob -s my-service -w §V§', 'sh'],
  ['store', 'security add-generic-password -U -w', 'security add-generic-password -U -a "$USER" -s "npm-token" -w §V§', 'sh'],
  ['store', 'security add-internet-password -w', 'security add-internet-password -a bob -s git.example.com -r htps -w §V§', 'sh'],
  // cmdkey (Windows commands reference): /pass:{password}.
  ['store', 'cmdkey /generic /pass:', 'cmdkey /generic:git:https://github.com /user:bob /pass:§V§', 'sh'],
  ['store', 'cmdkey /add /pass:', 'cmdkey /add:fileserver01 /user:CORP\\svc /pass:§V§', 'sh'],
  // CredentialManager's New-StoredCredential (PowerShell Gallery help): -Password; ConvertTo-SecureString -AsPlainText.
  ['store', 'New-StoredCredential -Password', 'New-StoredCredential -Target "git:https://dev.azure.com" -UserName bob -Password "§V§" -Persist LocalMachine', 'raw'],
  ['store', 'ConvertTo-SecureString -AsPlainText', '$secure = ConvertTo-SecureString "§V§" -AsPlainText -Force', 'raw'],
  ['store', 'ConvertTo-SecureString -String', "$pw = ConvertTo-SecureString -String '§V§' -AsPlainText -Force", 'raw'],
  // pass(1): insert [--echo,-e | --multiline,-m] pass-name, the password read from stdin; gopass insert the same.
  ['store', 'pass insert -m heredoc', 'pass insert -m email/bob <<EOF\n§V§\nEOF', 'raw'],
  ['store', 'echo | pass insert -e', 'echo §V§ | pass insert -e web/github', 'sh'],
  ['store', 'echo | gopass insert', 'echo §V§ | gopass insert -f websites/example.com/bob', 'sh'],
  ['store', 'gopass insert heredoc', 'gopass insert -m servers/db <<EOF\n§V§\nuser: admin\nEOF', 'raw'],
];

// Texts to leave: references, prompts, placeholders, the protocols' public attributes and the helpers' names.
const LEAVE: readonly string[] = [
  'git credential approve <<EOF\nprotocol=https\nhost=github.com\nusername=bob\npassword=$GITHUB_TOKEN\nEOF',
  'git credential approve <<EOF\nprotocol=https\nhost=github.com\nusername=bob\npassword=${GITHUB_TOKEN}\nEOF',
  '#!/bin/sh\necho "username=deploy"\necho "password=$DEPLOY_TOKEN"',
  '[credential]\n\thelper = "!f() { test \\"$1\\" = get && echo \\"password=$(cat $HOME/.secret)\\"; }; f"',
  'echo "password=$(pass show git/github)"',
  'protocol=https\nhost=example.com\nusername=bob\npassword_expiry_utc=1735689600',
  'capability[]=authtype\ncapability[]=state\nprotocol=https\nhost=example.com',
  'protocol=https\nhost=example.com\npath=org/repo.git\nusername=bob',
  "Password for 'https://bob@example.com': ",
  "Username for 'https://github.com': ",
  'password=\nquit=1',
  'password=<token>',
  'git config --global credential.helper store',
  'git config --global credential.helper "cache --timeout=3600"',
  'git config --global credential.https://dev.azure.com.useHttpPath true',
  '[credential "https://github.com"]\n\thelper = !gh auth git-credential',
  'https://bob@github.com',
  'url=https://git.example.com/repo.git',
  'echo "https://index.docker.io/v1/" | docker-credential-desktop get',
  'echo \'{"ServerURL":"https://index.docker.io/v1","Username":"bob","Secret":"\'"$TOKEN"\'"}\' | docker-credential-pass store',
  '{\n  "credsStore": "desktop",\n  "credHelpers": {\n    "gcr.io": "gcloud",\n    "123456789012.dkr.ecr.us-east-1.amazonaws.com": "ecr-login"\n  }\n}',
  '{"auths": {"https://index.docker.io/v1/": {}}, "credsStore": "osxkeychain"}',
  '{"auths": {"ghcr.io": {"auth": ""}}}',
  'docker-credential-secretservice list',
  '{"ServerURL": "https://ghcr.io", "Username": "bob", "Secret": ""}',
  'creds := &credentials.Credentials{ServerURL: serverURL, Username: user, Secret: secret}',
  'keyring.set_password("system", "username", password)',
  // libsecret's label after the collection's alias, keyring-rs's set_secret given a variable.
  'secret_password_store_sync (EXAMPLE_SCHEMA, SECRET_COLLECTION_DEFAULT, "The label", password, NULL, &error, "number", 8, NULL);',
  'secret_password_store_sync (EXAMPLE_SCHEMA, SECRET_COLLECTION_SESSION, "My App token", token, NULL, &error, NULL);',
  'let entry = Entry::new("my_service", "my_name")?;\nentry.set_secret(&secret)?;',
  'keyring.set_password(service, user, getpass.getpass())',
  'keyring.set_password("db", "app", os.environ["DB_PASSWORD"])',
  'password = keyring.get_password("system", "username")',
  'keyring set system username',
  "await keytar.setPassword('my-app', account, token);",
  "await keytar.setPassword('my-app', 'bob', process.env.API_TOKEN);",
  "const secret = await keytar.getPassword('my-app', 'bob');",
  'err := keyring.Set(service, user, password)',
  'secret, err := keyring.Get("my-app", "anon")',
  'entry.set_password(&password)?;',
  'let entry = Entry::new("my_service", "my_name")?;\nlet password = entry.get_password()?;',
  "secret-tool store --label='Mail' service imap user bob",
  'echo -n "$IMAP_PASSWORD" | secret-tool store --label=Mail service imap user bob',
  'secret-tool lookup service imap user bob',
  'security find-generic-password -a bob -s my-service -w',
  'security add-generic-password -a bob -s my-service -w',
  'security add-generic-password -a "$USER" -s npm-token -w "$NPM_TOKEN"',
  'security delete-generic-password -a bob -s my-service',
  'cmdkey /generic:git:https://github.com /user:bob /pass',
  'cmdkey /add:fileserver01 /user:CORP\\svc /pass:%SVC_PASS%',
  'cmdkey /list',
  'New-StoredCredential -Target "git" -UserName bob -Password $env:GIT_PASSWORD',
  '$secure = Read-Host -AsSecureString "Password"',
  '$secure = ConvertTo-SecureString $env:SA_PASSWORD -AsPlainText -Force',
  '$secure = ConvertTo-SecureString -String $plain -AsPlainText -Force',
  '$secure = ConvertTo-SecureString "<password>" -AsPlainText -Force',
  'pass insert email/bob',
  'pass insert -m email/bob <<EOF\n$(generate_password)\nEOF',
  'echo "$TOKEN" | pass insert -e web/github',
  'pass show email/bob',
  'gopass insert websites/example.com/bob',
  'echo "$SECRET" | gopass insert -f websites/example.com/bob',
  'keyring.set_password("system", "username", "<password>")',
  'security add-generic-password -a <account> -s <service> -w <password>',
  'cmdkey /generic:targetname /user:username /pass:password',
  'The helper prints password=<password> on its standard output.',
  // The documents' synopses, and helpers that print what another store returns.
  "secret-tool store --label='Label' {attribute} {value} ...",
  'security add-generic-password [-a account] [-s service] [-w password] [options...] [-A|-T appPath] [keychain]',
  'pass insert [ --echo, -e | --multiline, -m ] [ --force, -f ] pass-name',
  'keytar.setPassword(service, account, password)',
  'keyring.Set(service, user, password string) error',
  'echo "password=$(security find-generic-password -w -s git.example.com)"',
  'echo "password=`pass show git/example`"',
  "printf 'password=%s\\n' \"$PASSWORD\"",
  "printf 'password=%-20s|\\n' \"$PASSWORD\"",
  'echo "password=********"',
  'echo "password=xxxxxxxx"',
  'echo "password=" >> "$CONFIG"',
  'err := keyring.Set(service, user, string(secret))',
  'keytar.setPassword(SERVICE, account, `${prefix}-${token}`)',
  'err := ring.Set(keyring.Item{Key: "foo", Data: []byte(secret)})',
  'err := ring.Set(keyring.Item{Key: "foo", Data: data, Label: "API key"})',
  'secret_password_store_sync (EXAMPLE_SCHEMA, SECRET_COLLECTION_DEFAULT, label, password, NULL, &error, "number", 8, NULL);',
  "Secret.password_store_sync(EXAMPLE_SCHEMA, attributes, Secret.COLLECTION_DEFAULT, 'The label', password, None)",
  'password = Secret.password_lookup_sync(EXAMPLE_SCHEMA, { "number": "8" }, None)',
];

// Plain words a user writes, and vendor-shaped tokens (GitHub, GitLab, npm, Docker Hub PATs per their docs' prefixes).
const WORDS = ['hunter2', 'letmein', 'Summer2024!', 'tiger12', 'open-sesame', 'Gr4nite!7', 'qwerty123', 'bar'];
const B62 = UPPER + LOWER + DIGITS;
const VENDORS: readonly ((r: () => number) => string)[] = [
  (r) => `ghp_${drawWith(r, B62, 36, [UPPER, LOWER, DIGITS])}`,
  (r) => `glpat-${drawWith(r, B62 + '_-', 20, [UPPER, LOWER, DIGITS])}`,
  (r) => `npm_${drawWith(r, B62, 36, [UPPER, LOWER, DIGITS])}`,
  (r) => `dckr_pat_${drawWith(r, B62 + '_-', 27, [UPPER, LOWER, DIGITS])}`,
];

function shellWord(value: string): string {
  return /^[A-Za-z0-9._+/=:@,%-]+$/.test(value) && !value.startsWith('-') ? value : `'${value}'`;
}

function written(form: Form, value: string): { text: string; secret: string } {
  const [, , template, write] = form;
  const secret = write === 'auth' ? Buffer.from(`bob:${value}`).toString('base64') : write === 'url' ? encodeURIComponent(value) : value;
  const word = write === 'sh' ? shellWord(secret) : secret;
  return { text: template.replace(/§V§/g, word), secret };
}

interface Tally { read: number; tried: number }
const byShape = { random: { read: 0, tried: 0 }, vendor: { read: 0, tried: 0 }, words: { read: 0, tried: 0 } };
const byFamily = new Map<string, Tally>();
const lines: string[] = [];

function tryValue(form: Form, value: string, shape: keyof typeof byShape, perForm: Tally): void {
  const { text, secret } = written(form, value);
  const taken = !redactSecrets(text).text.includes(secret);
  byShape[shape].tried++;
  perForm.tried++;
  if (taken) {
    byShape[shape].read++;
    perForm.read++;
  } else if (show) lines.push(`left   ${form[1]} | ${shape} ${value}  ${JSON.stringify(text)}`);
}

for (const form of FORMS) {
  if (formFilter && !formFilter.test(form[1])) continue;
  const perForm = { read: 0, tried: 0 };
  alphabets.forEach((alphabet, a) => {
    const random = seededRandom(1000 * a + 17);
    for (let s = 0; s < 2; s++) tryValue(form, alphabet.make(random), 'random', perForm);
  });
  const random = seededRandom(4242);
  for (const make of VENDORS) tryValue(form, make(random), 'vendor', perForm);
  for (const word of WORDS) tryValue(form, word, 'words', perForm);
  const family = byFamily.get(form[0]) ?? { read: 0, tried: 0 };
  family.read += perForm.read;
  family.tried += perForm.tried;
  byFamily.set(form[0], family);
  lines.push(`form   ${form[0]} | ${form[1]}: ${perForm.read}/${perForm.tried}`);
}

const { tried: leaveTried, taken: wronglyTaken } = leftAlone(LEAVE, formFilter, lines);

for (const line of lines) console.log(line);
const families = [...byFamily].map(([name, t]) => `${name} ${t.read}/${t.tried}`).join(', ');
const shapes = Object.entries(byShape).map(([name, t]) => `${name} ${t.read}/${t.tried}`).join(', ');
const read = [...byFamily.values()].reduce((sum, t) => sum + t.read, 0);
const tried = [...byFamily.values()].reduce((sum, t) => sum + t.tried, 0);
console.log(`forms ${FORMS.length}; values read ${read}/${tried} (${families}; ${shapes}); look-alikes taken ${wronglyTaken}/${leaveTried}`);
