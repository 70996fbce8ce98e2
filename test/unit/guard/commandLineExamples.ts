// Examples for the credentials a command line or an HTTP header gives in a tool's own grammar,
// written for this test (made-up values), marked ⟦like this⟧, each rule with look-alikes from
// the same tools: ports, flags of their own, references, prompts and the words for the slot.
import type { RuleExamples } from './ruleExamples';

export const commandLineExamples: Readonly<Record<string, RuleExamples>> = {
  'cli-user-password-pair': {
    secrets: [
      'az login --service-principal -u http://app -p ⟦Xk2pL9vQ7mZ4tR8w⟧ --tenant contoso.onmicrosoft.com',
      'mongosh "mongodb://db" -u admin -p ⟦Tq7-lorn-88⟧',
      'mongo -u admin -p ⟦Tq7-lorn-88⟧ --authenticationDatabase admin',
      'mongo -u=admin -p ⟦Tq7-lorn-88⟧',
      'mongo -u\tadmin -p ⟦Tq7-lorn-88⟧',
      'schtasks /create /tn backup /tr backup.cmd /sc daily /ru app /rp ⟦Sunflower42⟧',
      'influx -username ops -password ⟦W4rp-gate-19⟧'.replace('-username', '--username').replace('-password', '--password'),
      'xfreerdp /u:admin /p:⟦m4ple!Syrup⟧ /v:host',
      'cmdkey /add:server /user:admin /pass:⟦m4ple!Syrup⟧',
      'schtasks /create /s host /u corp\\ops /p ⟦Gr4nite!7⟧ /tn nightly /tr run.cmd',
    ],
    clean: [
      'az login --service-principal -u http://app -p $SP_SECRET --tenant t',
      'psql -h db -U app -p 5432 app',
      'docker run -u 1000 -p 8080:80/tcp nginx',
      'cp -u -p src dest',
      'rsync -u -p build/ /srv/www/',
      'mysql -u root -p app',
      'xfreerdp /u:admin /p:* /v:host',
    ],
  },
  'samba-user-password': {
    secrets: [
      'smbclient //srv/share -U admin%⟦m4ple!Syrup⟧',
      "rpcclient -U 'CORP\\ops%⟦Gr4nite!7⟧' 10.0.0.5",
      // The shell joins a quote opened after the `%` into the same word.
      "smbclient //srv/share -U backup%'⟦ft%ehZD0d1~Vn⟧' -c ls",
    ],
    clean: ['smbclient //srv/share -U admin', 'smbclient -L host -N', 'printf "%s" -U x', "smbclient //srv/share -U 'svc%${SMB_PASS}' -c ls", 'smbclient //srv/share -U svc%"$SMB_PASS" -c ls'],
  },
  'lftp-user-password': {
    secrets: ['lftp -u deploy,⟦hunter2-Lamp⟧ sftp://host', "lftp -e 'mirror -R' -u 'ci,⟦Zr8-q7Lm-x2⟧' ftp.example.com"],
    clean: ['lftp -u deploy sftp://host', 'lftp sftp://host'],
  },
  'httpie-auth': {
    secrets: ['http -a admin:⟦m4ple!Syrup⟧ https://api.example.com', 'https --auth ci:⟦Zr8-q7Lm-x2⟧ POST api.example.com/x'],
    clean: ['http --auth-type bearer --auth $TOKEN https://x', 'https -a user: x'],
  },
  'tool-config-secret': {
    secrets: [
      'aws configure set aws_secret_access_key ⟦vM/OMtcCKIApA539B7nIVtk1zDsMhQZf/ut5FKwA⟧',
      'npm config set //registry.npmjs.org/:_authToken ⟦9aU2GNif7rXAobWxLcilNOAvUAFZmp1u⟧',
      'yarn config set npmAuthToken "⟦LBsuZJqSLiH3XhQOne1r6SFqpS1hrVDJ⟧"',
      'dotnet user-secrets set "Smtp:Password" "⟦m4ple!Syrup⟧"',
      'git config --global sendemail.smtppass ⟦Tq7-lorn-88⟧',
    ],
    clean: [
      'aws configure set region eu-west-1',
      'npm config set //registry.npmjs.org/:_authToken ${NPM_TOKEN}',
      'git config --global credential.helper store',
      'yarn config set npmAuthToken "$NPM_TOKEN"',
    ],
  },
  'http-basic-config': {
    secrets: ['poetry config http-basic.internal deploy ⟦Tq7-lorn-88⟧', 'composer config --global http-basic.repo.example.com ci ⟦Gr4nite!7x⟧'],
    clean: ['poetry config http-basic.internal deploy', 'poetry config http-basic.internal deploy $REPO_PASSWORD'],
  },
  'authorization-scheme': {
    secrets: [
      'Authorization: SSWS ⟦00AZbygW7NzeB1Xa4M0dmYKi1CtpYaMFoUgBxhPh⟧',
      'Authorization: GenieKey ⟦f635c61e-3e0b-4546-b3d0-64aded8c1021⟧',
      'Authorization: DeepL-Auth-Key ⟦898358c8-bcaf-4541-ba83-2be9d3973bb5:fx⟧',
      "headers = {'Authorization': 'Api-Key ⟦ug1wtWx8thDOH9NzGLr0n2ci87yR9yNk⟧'}",
      'Authorization: Token token=⟦Ue9NuYVmNxY7iriSS1xVeAH0Ai6jSNC3⟧',
    ],
    clean: [
      'Authorization: SSWS ${OKTA_TOKEN}',
      'Authorization: GenieKey <your-api-key>',
      'the Authorization header carries an access token',
      'Authorization: Bearer this-is-not-a-real-token',
    ],
  },
  'extension-publish-token': {
    // vsce's and ovsx's `-p, --pat <token>`.
    secrets: [
      'vsce publish -p ⟦k7x2mq4rw5zt3ny6vb2pl7hs4dj3fg5qc6wx2na7rt4ke3ym5up2⟧',
      'npx ovsx publish flywheel.vsix --pat ⟦Xk29fLm3-pQ8zR4tVw2⟧',
      'vsce publish minor --pat=⟦Pl4nk-wood9x⟧',
    ],
    clean: ['vsce package --no-dependencies -o flywheel.vsix', 'vsce publish -p $VSCE_PAT', 'npx ovsx publish -p "${OVSX_PAT}"', 'vsce publish -p <token>', 'vsce ls -p'],
  },
  'doctl-access-token': {
    secrets: ['doctl auth init -t ⟦dop_v1_8f2a6c1e9b7d4a3f5e0c2b8a7d6f4e1c9b3a5d7f2e8c4b6a1d9f3e7c5b2a8d4f⟧', 'doctl compute droplet list -t ⟦Xk29fLm3pQ8zR4tVw2Yb6Nc⟧'],
    clean: ['doctl auth init --context ci', 'doctl compute droplet list -t $DIGITALOCEAN_TOKEN', 'doctl auth init -t <token>'],
  },
  'codecov-token': {
    secrets: ['./codecov -t ⟦3f8a2c6e-1b7d-4a9f-8e2c-5d1b7a3f9c4e⟧ -f coverage.xml', 'codecovcli upload-process -t ⟦Xk29fLm3pQ8zR4tVw2Yb6Nc⟧'],
    clean: ['./codecov -t ${CODECOV_TOKEN}', 'codecov -t <token>', 'codecov -f coverage.xml'],
  },
  'nuget-api-key': {
    secrets: ['dotnet nuget push app.1.0.0.nupkg -k ⟦oy2Xk29fLm3pQ8zR4tVw2Yb6Nc⟧ -s https://api.nuget.org/v3/index.json'],
    clean: ['dotnet nuget push app.nupkg -k $env:NUGET_API_KEY', 'dotnet nuget push app.nupkg -k %NUGET_KEY%'],
  },
  'ldappasswd-password': {
    // ldappasswd(1): `-s newPasswd`, `-a oldPasswd` (`-S`, `-A` prompt).
    secrets: [
      'ldappasswd -x -D cn=admin,dc=corp,dc=com -W -s ⟦Sunflower42⟧ uid=jdoe,ou=people,dc=corp,dc=com',
      'ldappasswd -H ldap://ldap -x -D "uid=jdoe,dc=corp,dc=com" -a ⟦Gr4nite!7⟧ -s "⟦m4ple!Syrup⟧"',
    ],
    clean: ['ldappasswd -x -D cn=admin,dc=corp,dc=com -W -S uid=jdoe', 'ldappasswd -x -W -s "$NEW_PASSWORD" uid=jdoe', 'ldapsearch -x -b "dc=corp,dc=com" -s sub "(uid=jdoe)"'],
  },
  'curl-cert-password': {
    // curl(1): `-E, --cert <certificate[:password]>`.
    secrets: [
      'curl --cert client.p12:⟦Xk9mQ2pLw7Rt⟧ --cert-type P12 https://mtls.example.com/',
      'curl -sS -E ./client.pem:⟦Sunflower42⟧ https://mtls.example.com/health',
      "curl -E 'client.pem:⟦Gr4nite#7x⟧' https://mtls.example.com/",
      'curl.exe -E C:\\certs\\client.pem:⟦Sunflower42⟧ https://mtls.example.com/',
      'curl --cert my\\:cert.pem:⟦Pl4nk-wood9⟧ https://mtls.example.com/',
    ],
    clean: [
      'curl --cert client.pem --key client.key https://mtls.example.com/',
      'curl -E C:\\certs\\client.pem https://mtls.example.com/',
      'curl -E C:/certs/client.pem https://mtls.example.com/',
      'curl --cert pkcs11:token=hsm;object=client https://mtls.example.com/',
      'curl --cert client.pem:$CERT_PASS https://mtls.example.com/',
      'curl --cert <certificate[:password]> https://example.com',
      'curl -E client.pem https://a.example.com:8443/',
    ],
  },
  'password-stdin-here-string': {
    // Bash's here-string as the standard input docker's `--password-stdin` and gh's `--with-token` read.
    secrets: [
      'gh auth login --with-token <<< ⟦Xk29fLm3pQ8zR4tVw2Yb6Nc⟧',
      'docker login -u ci --password-stdin <<< "⟦Sunflower42⟧" ghcr.io',
      'gh auth login --hostname github.example.com --with-token <<<⟦Pl4nk-wood9x⟧',
    ],
    clean: [
      'gh auth login --with-token < token.txt',
      'gh auth login --with-token <<< "$GH_TOKEN"',
      'docker login -u ci --password-stdin <<< "${{ secrets.TOKEN }}" ghcr.io',
      'gh auth login --with-token <<< $(cat token.txt)',
      'gh auth login --with-token <<< <token>',
    ],
  },
};
