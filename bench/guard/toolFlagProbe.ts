// Which credentials passed as a documented tool's own command-line flag the reading takes: each form as the tool's
// manual writes it (§V§ the value), filled with the grammar matrix's value alphabets (three draws each, and the short
// passwords apart), and beside them what must be left: a reference in the value's place (a variable, a command
// substitution), the tool's own prompt-reading or file-reading spelling, the same letter read as a port or a flag by
// another tool, and the manual's own prose. A flag is read only where its tool is named on the line.
//
//   npx tsx bench/guard/toolFlagProbe.ts [--show] [--form REGEX]
import { seededRandom } from '../../src/core/seededRandom';
import { alphabets, SHORT } from './matrixAlphabets';
import { probeArgs } from './probeArgs';
import { fillPlace, leftAlone, valueRedacted } from './probePlaces';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

/**
 * A form: its id, the template (§V§ the value), `windows` when cmd.exe's quoting applies, and how the form encodes the
 * value (HTTP Basic's base64 of `user:password`): the encoded value is what must go.
 */
type Form = readonly [id: string, template: string, windows?: boolean, encode?: (value: string) => string];
// RFC 7617: Basic's credentials are base64(user-id ":" password); actions/checkout writes `x-access-token:TOKEN`.
const basic = (value: string): string => Buffer.from(`x-access-token:${value}`).toString('base64');

// Each tool's manual (man page, vendor reference) for the option named.
const FORMS: readonly Form[] = [
  // sshpass(1): -p password, "The password is given on the command line".
  ['sshpass -p', 'sshpass -p §V§ ssh deploy@10.0.0.5 uptime'],
  ['sshpass -pX', 'sshpass -p§V§ scp build.tar deploy@host:/srv/'],
  ['sshpass -p rsync', 'rsync -az -e "sshpass -p §V§ ssh -o StrictHostKeyChecking=no" dist/ deploy@host:/var/www/'],
  // MySQL 8.4 Reference Manual 6.2.2.1 (command options for connecting): --password[=password], -p[password].
  ['mysql -pX', 'mysql -h db.internal -u root -p§V§ shop < schema.sql'],
  ['mysql --password=', 'mysql --host=db --user=app --password=§V§ -e "SHOW DATABASES"'],
  ['mysql -u -pX glued', 'mysql -uroot -p§V§ -e "FLUSH PRIVILEGES"'],
  ['mysqldump -pX', 'mysqldump -u backup -p§V§ --single-transaction shop | gzip > shop.sql.gz'],
  ['mysqldump --password=', 'mysqldump --user=backup --password=§V§ --all-databases > all.sql'],
  ['mysqladmin -pX', 'mysqladmin -u root -p§V§ ping'],
  ['mariadb -pX', 'mariadb -u root -p§V§ -e "SELECT 1"'],
  ['mariadb-dump --password=', 'mariadb-dump --user=root --password=§V§ shop > shop.sql'],
  ['mysqlsh --password=', 'mysqlsh --uri root@db:3306 --password=§V§ --sql -e "select 1"'],
  // redis-cli(1) / Redis CLI docs: -a <password>, --pass <password>, --user <username>.
  ['redis-cli -a', 'redis-cli -h cache.internal -p 6379 -a §V§ INFO'],
  ['redis-cli -a --no-auth-warning', 'redis-cli --no-auth-warning -a §V§ -n 2 FLUSHDB'],
  ['redis-cli --pass', 'redis-cli --user worker --pass §V§ PING'],
  // mongosh reference: -p, --password <password>; the legacy mongo shell and the database tools: --password=<password>.
  ['mongosh -p', 'mongosh "mongodb://db.internal:27017/shop" -u admin -p §V§ --authenticationDatabase admin'],
  ['mongosh --password', 'mongosh --host db --username app --password §V§'],
  ['mongo --password=', 'mongo --username=app --password=§V§ --authenticationDatabase=admin shop'],
  ['mongodump --password=', 'mongodump --uri="mongodb://db:27017" --username=backup --password=§V§ --out=/backup'],
  ['mongoimport -p', 'mongoimport -u app -p §V§ --db shop --collection items --file items.json'],
  // sqlcmd utility (Microsoft Learn): -P password; bcp utility: -P password; osql: -P password.
  ['sqlcmd -P', 'sqlcmd -S tcp:db.database.windows.net,1433 -d shop -U sa -P §V§ -Q "SELECT @@VERSION"', true],
  ['sqlcmd -P first', 'sqlcmd -P §V§ -U sa -S localhost -i init.sql', true],
  ['bcp -P', 'bcp shop.dbo.orders out orders.dat -S db -U loader -P §V§ -c -t,', true],
  ['osql -P', 'osql -S db -U sa -P §V§ -Q "BACKUP DATABASE shop TO DISK=\'shop.bak\'"', true],
  // PostgreSQL 16 §34.1.1 (connection strings): the keyword/value form's password=; psql's dbname argument takes it.
  ['psql conninfo', 'psql "host=db.internal port=5432 dbname=shop user=app password=§V§ sslmode=require"'],
  ['psql -d conninfo', 'psql -d "dbname=shop user=app password=§V§" -c "select 1"'],
  ['pg_dump conninfo', 'pg_dump "host=db user=backup password=§V§ dbname=shop" -Fc -f shop.dump'],
  // openssl-passphrase-options(1): pass:password; openssl-enc(1): -k password; openssl-pkcs12(1): -password arg.
  ['openssl -passin pass:', 'openssl rsa -in server.key -passin pass:§V§ -out server.nopass.key'],
  ['openssl -passout pass:', 'openssl genrsa -aes256 -passout pass:§V§ -out ca.key 4096'],
  ['openssl -pass pass:', 'openssl enc -d -aes-256-cbc -pbkdf2 -in backup.enc -out backup.tar -pass pass:§V§'],
  ['openssl -password pass:', 'openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -password pass:§V§'],
  ['openssl -k', 'openssl enc -aes-256-cbc -salt -in db.sql -out db.sql.enc -k §V§'],
  ['openssl -passin "pass:"', 'openssl pkcs12 -in bundle.p12 -nodes -passin "pass:§V§" -out bundle.pem'],
  // keytool (JDK tool reference): -storepass, -keypass, -srcstorepass, -deststorepass, -srckeypass, -destkeypass, -new.
  ['keytool -storepass', 'keytool -list -keystore truststore.jks -storepass §V§'],
  ['keytool -keypass', 'keytool -genkeypair -alias server -keyalg RSA -keystore server.jks -storepass §V§ -keypass §V§ -dname "CN=server"'],
  ['keytool -srcstorepass', 'keytool -importkeystore -srckeystore old.p12 -srcstoretype PKCS12 -srcstorepass §V§ -destkeystore new.jks'],
  ['keytool -deststorepass', 'keytool -importkeystore -srckeystore a.p12 -destkeystore b.jks -deststorepass §V§ -noprompt'],
  ['keytool -importcert storepass', 'keytool -importcert -noprompt -alias ca -file ca.crt -keystore cacerts -storepass §V§'],
  // jarsigner (JDK tool reference): -storepass, -keypass.
  ['jarsigner -storepass', 'jarsigner -keystore release.jks -storepass §V§ app-release.apk release'],
  ['jarsigner -keypass', 'jarsigner -verbose -keystore release.jks -storepass §V§ -keypass §V§ app.aab upload'],
  // Info-ZIP zip(1) and unzip(1): -P password; 7-Zip's -p{Password}; RAR's -p[password].
  ['zip -P', 'zip -r -P §V§ backup.zip data/'],
  ['unzip -P', 'unzip -o -P §V§ backup.zip -d restore/'],
  ['7z -pX', '7z x -p§V§ -oout archive.7z'],
  ['7z a -pX -mhe', '7z a -t7z -mhe=on -p§V§ secrets.7z secrets/'],
  ['rar -pX', 'rar a -p§V§ backup.rar data/'],
  ['unrar -pX', 'unrar x -p§V§ backup.rar'],
  // gpg(1): --passphrase string (with --batch, --pinentry-mode loopback).
  ['gpg --passphrase', 'gpg --batch --yes --pinentry-mode loopback --passphrase §V§ -d secrets.tar.gpg > secrets.tar'],
  ['gpg --passphrase=', 'gpg --batch --passphrase=§V§ --symmetric backup.tar'],
  // smbclient(1): -U|--user=[DOMAIN\]USERNAME[%PASSWORD]; --password=STRING.
  ['smbclient -U user%pass', 'smbclient //fileserver/share -U backup%§V§ -c "ls"'],
  ['smbclient -U quoted', "smbclient //fileserver/share -U 'backup%§V§' -c ls"],
  ['smbclient -U domain', 'smbclient //fs01/finance -U "CORP\\\\svc_backup%§V§" -c "get report.xlsx"'],
  ['smbclient --password=', 'smbclient //fs01/share --user=svc --password=§V§ -c ls'],
  // net use (Windows commands reference): net use [device] \\computername\sharename [password] [/user:[domain\]username].
  ['net use PASS /user:', 'net use Z: \\\\fs01\\share §V§ /user:CORP\\svc_backup /persistent:no', true],
  ['net use /user: PASS', 'net use \\\\fs01\\share /user:CORP\\svc_backup §V§', true],
  // FreeRDP (xfreerdp /help): /p:<password>; rdesktop(1): -p <password>.
  ['xfreerdp /p:', 'xfreerdp /v:10.0.0.12 /u:Administrator /p:§V§ /cert:ignore'],
  ['xfreerdp /p: /d:', 'xfreerdp /u:svc /d:CORP /p:§V§ /v:rdp.internal +clipboard'],
  ['rdesktop -p', 'rdesktop -u Administrator -p §V§ -g 1280x800 10.0.0.12'],
  // ldapsearch(1) and its kin: -w passwd (simple authentication); ldappasswd(1): -s newPasswd, -a oldPasswd.
  ['ldapsearch -w', 'ldapsearch -x -H ldap://ldap.internal -D "cn=admin,dc=corp,dc=com" -w §V§ -b "dc=corp,dc=com" "(uid=jdoe)"'],
  ['ldapadd -w', 'ldapadd -x -D cn=admin,dc=corp,dc=com -w §V§ -f users.ldif'],
  ['ldapdelete -w', 'ldapdelete -x -D "cn=admin,dc=corp,dc=com" -w §V§ "uid=old,ou=people,dc=corp,dc=com"'],
  ['ldappasswd -s', 'ldappasswd -x -D cn=admin,dc=corp,dc=com -W -s §V§ uid=jdoe,ou=people,dc=corp,dc=com'],
  ['ldappasswd -a old -s', 'ldappasswd -x -D uid=jdoe,ou=people,dc=corp,dc=com -a Gr4nite!7 -s §V§'],
  // htpasswd(1): -b, "Use batch mode; i.e., get the password from the command line".
  ['htpasswd -b', 'htpasswd -b /etc/nginx/.htpasswd admin §V§'],
  ['htpasswd -Bbc', 'htpasswd -Bbc auth/htpasswd registry §V§'],
  ['htpasswd -nbB', 'htpasswd -nbB admin §V§ > htpasswd'],
  // docker login (Docker CLI reference): -p, --password; helm registry login and helm repo add: --password.
  ['docker login -p', 'docker login -u ci-bot -p §V§ registry.gitlab.com'],
  ['docker login --password=', 'docker login registry.example.com --username=ci --password=§V§'],
  ['podman login -p', 'podman login -u ci -p §V§ quay.io'],
  ['helm registry login --password', 'helm registry login ghcr.io --username ci --password §V§'],
  ['helm repo add --password', 'helm repo add private https://charts.internal --username ci --password §V§'],
  // az login (Azure CLI reference): -p, --password (a user's password or a service principal's secret).
  ['az login -p', 'az login -u admin@contoso.com -p §V§'],
  ['az login --password', 'az login --service-principal --username 9b1f0c2e-app --password §V§ --tenant contoso.onmicrosoft.com'],
  // GNU Wget manual: --password=, --http-password=, --ftp-password=, --proxy-password=.
  ['wget --password=', 'wget --user=ci --password=§V§ https://artifacts.internal/build.tar.gz'],
  ['wget --http-password=', 'wget --http-user=ci --http-password=§V§ https://repo.internal/pkg.deb'],
  ['wget --ftp-password=', 'wget --ftp-user=mirror --ftp-password=§V§ ftp://ftp.internal/pub/file.iso'],
  ['wget --proxy-password=', 'wget --proxy-user=me --proxy-password=§V§ https://example.com/'],
  // curl(1): --oauth2-bearer <token>; --pass <phrase>; -E, --cert <certificate[:password]>.
  ['curl --oauth2-bearer', 'curl --oauth2-bearer §V§ https://api.internal/v1/me'],
  ['curl --pass', 'curl --key client.key --pass §V§ --cert client.crt https://mtls.internal/'],
  ['curl --cert file:pass', 'curl --cert client.p12:§V§ --cert-type P12 https://mtls.internal/'],
  ['curl -E file:pass', 'curl -E ./client.pem:§V§ https://mtls.internal/health'],
  // git-config(1): http.extraHeader; git(1): -c name=value.
  ['git -c http.extraHeader', 'git -c http.extraHeader="Authorization: Bearer §V§" clone https://git.internal/acme/app.git'],
  ['git -c extraheader basic', 'git -c http.https://github.com/.extraheader="AUTHORIZATION: basic §V§" fetch origin', false, basic],
  // kubectl options: --token='', --password='' (basic authentication); oc login: -p, --token.
  ['kubectl --token=', 'kubectl --server=https://k8s.internal:6443 --token=§V§ get pods -A'],
  ['kubectl --token space', 'kubectl get nodes --token §V§ --insecure-skip-tls-verify'],
  ['kubectl --password=', 'kubectl --username=admin --password=§V§ get ns'],
  ['oc login -p', 'oc login https://api.ocp.internal:6443 -u kubeadmin -p §V§'],
  ['oc login --token=', 'oc login --token=§V§ --server=https://api.ocp.internal:6443'],
  // vault login (Vault CLI): vault login [options] [AUTH K=V...], the token as the argument; gh auth login --with-token reads stdin.
  ['vault login TOKEN', 'vault login §V§'],
  ['vault login -no-print', 'vault login -no-print §V§'],
  ['gh auth login --with-token <<<', 'gh auth login --with-token <<< §V§'],
  ['echo | gh auth login --with-token', 'echo §V§ | gh auth login --with-token'],
  // npm config (npm docs, .npmrc): any config key as --key=value on the command line, the auth token per registry.
  ['npm --//registry/:_authToken=', 'npm publish --//registry.npmjs.org/:_authToken=§V§'],
  ['npm --//host/:_authToken= install', 'npm install --//npm.pkg.github.com/:_authToken=§V§ --registry=https://npm.pkg.github.com'],
  // cf login (Cloud Foundry CLI): -p PASSWORD.
  ['cf login -p', 'cf login -a https://api.cf.internal -u admin -p §V§ -o acme -s prod'],
  // doctl auth init: -t, --access-token; Codecov's uploader: -t, --token; dotnet nuget push (.NET CLI): -k, --api-key.
  ['doctl auth init -t', 'doctl auth init -t §V§ --context ci'],
  ['codecov -t', './codecov -t §V§ -f coverage.xml'],
  ['dotnet nuget push -k', 'dotnet nuget push bin/Release/app.1.0.0.nupkg -k §V§ -s https://api.nuget.org/v3/index.json'],
  // vsce publish (VS Code docs): -p, --pat <token>; ovsx publish -p <token>.
  ['vsce publish -p', 'vsce publish -p §V§'],
  ['ovsx publish -p', 'npx ovsx publish flywheel.vsix -p §V§'],
];

// Look-alikes: the same tools' spellings that carry no password, a reference in the value's place, a letter that means
// something else to another tool, and the manuals' prose. None of them should lose anything.
const LEAVE: readonly string[] = [
  // A reference in the value's place (POSIX sh, cmd.exe, PowerShell, CI templating).
  'sshpass -p "$SSHPASS" ssh deploy@host uptime',
  'sshpass -p $(cat /run/secrets/ssh_pass) ssh deploy@host',
  'mysql -u root -p"$MYSQL_ROOT_PASSWORD" -e "SELECT 1"',
  'mysql -uroot -p${MYSQL_ROOT_PASSWORD} shop',
  'mysqldump --user=backup --password="${DB_PASS}" shop > shop.sql',
  'redis-cli -a "$REDIS_PASSWORD" ping',
  'sqlcmd -S db -U sa -P %SA_PASSWORD% -Q "SELECT 1"',
  'sqlcmd -S db -U sa -P $env:SA_PASSWORD -Q "SELECT 1"',
  'openssl rsa -in k.pem -passin env:KEY_PASS -out k.txt',
  'openssl pkcs12 -in a.p12 -passin file:/run/secrets/p12pass -nodes',
  'openssl pkcs12 -in a.p12 -passin stdin -nodes',
  'openssl rsa -in k.pem -passin fd:3 -out k.txt',
  'keytool -list -keystore a.jks -storepass:env STORE_PASS',
  'keytool -list -keystore a.jks -storepass:file /run/secrets/storepass',
  'jarsigner -keystore release.jks -storepass:env KS_PASS app.apk release',
  'docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"',
  'docker login -u $DOCKER_USER -p ${{ secrets.DOCKER_TOKEN }} ghcr.io',
  'echo "$CR_PAT" | docker login ghcr.io -u USERNAME --password-stdin',
  'az login --service-principal -u $ARM_CLIENT_ID -p $ARM_CLIENT_SECRET --tenant $ARM_TENANT_ID',
  'kubectl --token="$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" get pods',
  'vault login $VAULT_TOKEN',
  'vault login -method=userpass username=admin',
  'gh auth login --with-token < token.txt',
  'npm publish --//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
  'gpg --batch --passphrase-file /run/secrets/gpg --symmetric backup.tar',
  'gpg --batch --passphrase-fd 0 -d secrets.gpg',
  'htpasswd -B /etc/nginx/.htpasswd admin',
  'htpasswd -c .htpasswd admin',
  'smbclient //fs01/share -U svc -c ls',
  'smbclient //fs01/share -A /etc/samba/creds -c ls',
  'net use Z: \\\\fs01\\share * /user:CORP\\svc',
  'xfreerdp /v:host /u:admin /p:%RDP_PASS%',
  'ldapsearch -x -D "cn=admin,dc=corp,dc=com" -W -b "dc=corp,dc=com"',
  'ldapsearch -x -D "cn=admin,dc=corp,dc=com" -y /etc/ldap.secret -b "dc=corp,dc=com"',
  'rdesktop -u admin -p - host < pass.txt',
  'zip -e backup.zip data.sql',
  '7z x -p archive.7z',
  'rar a -p- backup.rar data/',
  'wget --ask-password --user=ci https://artifacts.internal/a.tgz',
  'wget --http-user=ci --http-password=$HTTP_PASS https://repo.internal/pkg.deb',
  'curl --cert client.pem --key client.key https://mtls.internal/',
  'curl -E client.pem https://mtls.internal/',
  'curl --oauth2-bearer "$TOKEN" https://api.internal/v1/me',
  'git -c http.extraHeader="Authorization: Bearer ${GITHUB_TOKEN}" fetch',
  // A prompt-reading form: no password argument, the next word is something else.
  'mysql -h db -u root -p shop',
  'mysql -u root -p -e "SHOW DATABASES"',
  'mysql --password -u root shop',
  'mysqldump -u root -p --all-databases > all.sql',
  'mongosh --host db -u admin -p --authenticationDatabase admin',
  'psql -h db -U app -W shop',
  'redis-cli --askpass -h cache ping',
  'sshpass -f ~/.ssh/pass ssh deploy@host',
  'sshpass -e ssh deploy@host',
  'sshpass -d 3 ssh deploy@host',
  'keytool -list -keystore a.jks',
  'cf login -a https://api.cf.internal --sso',
  // The same letter meaning something else to the tool named, or to another tool.
  'psql -h db -p 5432 -U app shop',
  'redis-cli -h cache -p 6380 ping',
  'docker run -p 8080:80 -e MODE=dev nginx',
  'ssh -p 2222 deploy@host',
  'scp -P 2222 build.tar deploy@host:/srv/',
  'cp -p src.txt dest.txt',
  'mkdir -p build/output/assets',
  'rsync -avzp --delete dist/ deploy@host:/srv/',
  'npm run build -- -p production',
  'uvicorn app:main --host 0.0.0.0 -p 8000',
  'mongod --port 27017 --dbpath /data/db',
  'kubectl port-forward svc/db 5432:5432 -n prod',
  'unzip -l backup.zip',
  'openssl rand -base64 -out key.bin 32',
  'openssl s_client -connect host:443 -servername host',
  'openssl enc -aes-256-cbc -K 000102 -iv 0a0b -in a -out b',
  'kubectl get pods --token-file=/var/run/token',
  'git -c core.autocrlf=false clone https://github.com/acme/app.git',
  'npm install --registry=https://npm.pkg.github.com',
  'gpg --list-keys --keyid-format long',
  'htpasswd -v .htpasswd admin',
  'ldapsearch -x -H ldap://ldap.internal -b "dc=corp,dc=com" "(objectClass=person)"',
  'az login --identity',
  'vault login -method=github',
  'vsce package --no-dependencies -o flywheel.vsix',
  'doctl auth init --context ci',
  './codecov -t ${CODECOV_TOKEN} -f coverage.xml',
  'dotnet nuget push app.nupkg -k $env:NUGET_API_KEY -s https://api.nuget.org/v3/index.json',
  'dotnet test -k 5 --no-build',
  'vsce publish -p $VSCE_PAT',
  'npx ovsx publish flywheel.vsix -p "${OVSX_PAT}"',
  'ldappasswd -x -D cn=admin,dc=corp,dc=com -W -S uid=jdoe,ou=people,dc=corp,dc=com',
  'ldappasswd -x -D cn=admin,dc=corp,dc=com -W -s "$NEW_PASSWORD" uid=jdoe,dc=corp,dc=com',
  'ldapsearch -x -b "dc=corp,dc=com" -s sub "(uid=jdoe)"',
  'curl -E C:\\certs\\client.pem https://mtls.internal/',
  'curl --cert pkcs11:token=hsm;object=client https://mtls.internal/',
  'curl --cert client.pem:$CERT_PASS https://mtls.internal/',
  'docker login -u ci --password-stdin <<< "$REGISTRY_TOKEN" ghcr.io',
  'gh auth login --hostname github.example.com --with-token <<< "${GH_TOKEN}"',
  "smbclient //fs01/share -U 'svc%${SMB_PASS}' -c ls",
  // The manuals' prose.
  'Use -p to give the password on the command line (not recommended).',
  'The -passin pass:password form should only be used where security is not important.',
  'Specify --password=password, or use -p without a value to be prompted.',
  'sshpass -p password ssh user@host runs ssh with the given password.',
  'mysql -u user -ppassword dbname',
  'redis-cli -a <password> PING',
  'keytool -storepass <password> -list',
  'docker login -u <username> -p <password> <registry>',
  'net use \\\\server\\share password /user:domain\\username',
  'htpasswd -b passwordfile username password',
  'zip -P password archive.zip files',
  'openssl enc -aes-256-cbc -k secret -in file -out file.enc',
  'curl --cert <certificate[:password]> https://example.com',
  'vsce publish -p <token>',
];

// A value as a shell word: bare where sh takes it as one word, otherwise quoted (cmd.exe's double quotes on Windows);
// inside the template's own quotes, as it is.
function shellWord(template: string, value: string, windows: boolean): string {
  const before = template.slice(0, template.indexOf('§V§'));
  const quoted = (before.split('"').length - 1) % 2 === 1 || (before.split("'").length - 1) % 2 === 1;
  if (quoted || (/^[A-Za-z0-9._+/=:@,-]+$/.test(value) && !value.startsWith('-'))) return value;
  return windows ? `"${value}"` : `'${value}'`;
}

const SEEDS = 3;
let read = 0;
let tried = 0;
let shortRead = 0;
let shortTried = 0;
const lines: string[] = [];

function tryValue(form: Form, drawn: string, kind: 'left' | 'short'): boolean {
  const [id, template, windows, encode] = form;
  const value = encode ? encode(drawn) : drawn;
  const text = fillPlace(template, '', shellWord(template, value, windows ?? false));
  const taken = valueRedacted(text, value);
  if (!taken) lines.push(`${kind === 'left' ? 'left ' : 'short'}  ${id} | ${drawn}${show ? `  ${JSON.stringify(text)}` : ''}`);
  return taken;
}

for (const form of FORMS) {
  if (formFilter && !formFilter.test(form[0])) continue;
  alphabets.forEach((alphabet, a) => {
    const random = seededRandom(1000 * a + 11);
    for (let s = 0; s < SEEDS; s++) {
      tried++;
      if (tryValue(form, alphabet.make(random), 'left')) read++;
    }
  });
  const random = seededRandom(9011);
  for (let s = 0; s < SEEDS; s++) {
    shortTried++;
    if (tryValue(form, SHORT.make(random), 'short')) shortRead++;
  }
}

const { tried: leaveTried, taken: wronglyTaken } = leftAlone(LEAVE, formFilter, lines);

for (const line of lines) console.log(line);
console.log(`forms ${FORMS.length}; values read ${read}/${tried}; short values read ${shortRead}/${shortTried}; look-alikes taken ${wronglyTaken}/${leaveTried}`);
