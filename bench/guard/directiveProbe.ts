// Which credentials written as a configuration directive — a word, blanks, the value; no `=` or `:` between — the reading
// takes: each format's documented credential directive (redis.conf, Kickstart, Debian preseed, Cisco IOS / NX-OS, FRR,
// HAProxy, keepalived, netrc, msmtp, fetchmail, mbsync, pppd's secrets files, Postfix's sasl_passwd, BIND, NTP/chrony key
// files, OpenVPN's inline blocks, Squid, FreeRADIUS, GRUB, Windows unattend), §V§ the value, in a few lines of its file.
// Each form is filled with five value alphabets to be read, and with what must be left there: a reference, a file's path,
// a placeholder, and the hash the format documents in that place (a form that documents one). Prose using the
// directive's word is left too.
//
//   npx tsx bench/guard/directiveProbe.ts [--show] [--form REGEX]
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { probeArgs } from './probeArgs';
import { fillPlace, valueRedacted } from './probePlaces';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

interface Form {
  readonly id: string;
  readonly template: string;
  /** The hash the format documents in the value's place (left: it is what the format stores instead of the password). */
  readonly hash?: string;
  /** The format reads the value as written, with no file or variable behind it: a path there is the password. */
  readonly literal?: true;
}

const SHA512_CRYPT = '$6$rounds=4096$saltsalt$IxDD3jeSOb5eB1CX5LBsqZFVkJdido3OUILO5Ifz5iwMuTS4XMS130MTSuDDl3aCI6WouIL9AjRbLCelDCy.g.';
const forms: readonly Form[] = [
  // redis.conf (redis.io, "Redis configuration", the self-documented redis.conf; "ACL", `>` adds a password, `#` a SHA-256).
  { id: 'redis requirepass', template: 'bind 127.0.0.1\nport 6379\nrequirepass §V§\n' },
  { id: 'redis requirepass alone', template: 'requirepass §V§' },
  { id: 'redis masterauth', template: 'replicaof 10.0.0.1 6379\nmasterauth §V§\n' },
  { id: 'redis masteruser/masterauth', template: 'masteruser replica\nmasterauth "§V§"\n' },
  { id: 'redis ACL user >password', template: 'user alice on >§V§ ~cached:* +get\n' },
  { id: 'redis ACL user #hash', template: 'user alice on #§V§ ~cached:* +get\n', hash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
  { id: 'redis ACL SETUSER', template: 'ACL SETUSER alice on >§V§ ~cached:* +get\n' },
  // Kickstart (Anaconda's "Kickstart Syntax Reference": rootpw, user, bootloader; `--iscrypted` marks a crypt hash).
  { id: 'kickstart rootpw --plaintext', template: 'lang en_US.UTF-8\nrootpw --plaintext §V§\n' },
  { id: 'kickstart rootpw --iscrypted', template: 'lang en_US.UTF-8\nrootpw --iscrypted §V§\n', hash: SHA512_CRYPT },
  { id: 'kickstart user --password', template: 'user --name=alice --groups=wheel --password=§V§ --plaintext\n' },
  { id: 'kickstart user --password blank', template: 'user --name alice --password §V§ --plaintext\n' },
  { id: 'kickstart bootloader --password', template: 'bootloader --location=mbr --password=§V§\n' },
  // Debian installer preseeding (the installation guide's appendix B, example-preseed.txt).
  { id: 'preseed root-password', template: 'd-i passwd/root-login boolean true\nd-i passwd/root-password password §V§\nd-i passwd/root-password-again password §V§\n' },
  { id: 'preseed user-password', template: 'd-i passwd/user-fullname string Alice\nd-i passwd/user-password password §V§\n' },
  { id: 'preseed crypted', template: 'd-i passwd/root-password-crypted password §V§\n', hash: SHA512_CRYPT },
  { id: 'preseed grub password', template: 'd-i grub-installer/password password §V§\n' },
  // Cisco IOS ("Cisco IOS Security Command Reference": enable secret/password, username, snmp-server community, key-string;
  // type 0 is clear text, 5/8/9 hashes) and NX-OS (`username U password [0|5] …`).
  { id: 'ios enable secret', template: 'hostname R1\nenable secret §V§\n' },
  { id: 'ios enable secret 0', template: 'hostname R1\nenable secret 0 §V§\n' },
  { id: 'ios enable secret 5', template: 'hostname R1\nenable secret 5 §V§\n', hash: '$1$mERr$hx5rVt7rPNoS4wqbXKX7m0' },
  { id: 'ios enable password', template: 'hostname R1\nenable password §V§\n' },
  { id: 'ios username password 0', template: 'username admin privilege 15 password 0 §V§\n' },
  { id: 'ios username secret', template: 'username admin privilege 15 secret §V§\n' },
  { id: 'ios username secret 9', template: 'username admin privilege 15 secret 9 §V§\n', hash: '$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM' },
  { id: 'ios line password', template: 'line vty 0 4\n password §V§\n login\n' },
  { id: 'ios snmp community', template: 'snmp-server community §V§ RO\n' },
  { id: 'ios key-string', template: 'key chain OSPF\n key 1\n  key-string §V§\n' },
  { id: 'ios tacacs key', template: 'tacacs-server host 10.0.0.5 key §V§\n' },
  { id: 'nxos username password', template: 'username admin password §V§ role network-admin\n' },
  // FRR / Quagga ("Basic Commands": `password PASSWORD`, `enable password PASSWORD`).
  { id: 'frr password', template: 'hostname ripd\npassword §V§\n' },
  { id: 'frr enable password', template: 'hostname ripd\npassword zebra\nenable password §V§\n' },
  // HAProxy (configuration manual §3.4 Userlists: `insecure-password` clear text, `password` a crypt hash; `stats auth`).
  { id: 'haproxy insecure-password', template: 'userlist admins\n  user alice insecure-password §V§\n' },
  { id: 'haproxy password (crypt)', template: 'userlist admins\n  user alice password §V§\n', hash: SHA512_CRYPT },
  { id: 'haproxy stats auth', template: 'listen stats\n  bind :8404\n  stats enable\n  stats auth admin:§V§\n' },
  // keepalived.conf(5): `authentication { auth_type PASS auth_pass … }`.
  { id: 'keepalived auth_pass', template: 'vrrp_instance VI_1 {\n  authentication {\n    auth_type PASS\n    auth_pass §V§\n  }\n}\n' },
  // netrc (GNU inetutils ftp's manual, "The .netrc file"): tokens separated by blanks or newlines.
  { id: 'netrc one line', template: 'machine api.example.com login alice password §V§\n', literal: true },
  { id: 'netrc lines', template: 'machine api.example.com\n  login alice\n  password §V§\n', literal: true },
  // msmtp ("Configuration files"), fetchmail(1) (`poll … user … password …`), isync's mbsync(1) (`Pass`).
  { id: 'msmtp password', template: 'account gmail\nhost smtp.gmail.com\nuser alice\npassword §V§\n' },
  { id: 'fetchmail poll', template: "poll mail.example.com protocol pop3 user alice password '§V§'\n" },
  { id: 'fetchmail bare', template: 'poll mail.example.com proto imap user alice pass §V§ ssl\n' },
  { id: 'mbsync Pass', template: 'IMAPAccount work\nHost imap.example.com\nUser alice\nPass §V§\n' },
  // pppd(8) "Authentication": chap-secrets / pap-secrets, `client server secret [addresses]`.
  { id: 'ppp chap-secrets', template: '# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\nalice\t*\t"§V§"\t*\n' },
  // Postfix SASL_README: `/etc/postfix/sasl_passwd`, `[host]:port username:password`.
  { id: 'postfix sasl_passwd', template: '[smtp.example.com]:587 alice@example.com:§V§\n' },
  { id: 'postfix sasl_passwd, a mail address', template: '[smtp.example.com] alice@example.com:§V§\n' },
  { id: 'postfix sasl_passwd, no port', template: '[mail.isp.example] username:§V§\n' },
  // BIND 9 ARM, `key` statement: `secret "base64";`.
  { id: 'bind key secret', template: 'key "transfer" {\n  algorithm hmac-sha256;\n  secret "§V§";\n};\n' },
  // ntp.keys(5) / chrony.conf(5) keyfile: `ID TYPE KEY`, a password of ASCII or HEX:hex.
  { id: 'ntp keys line', template: '# ntp.keys\n1 M §V§\n2 SHA1 §V§\n' },
  { id: 'chrony keyfile HEX', template: '10 SHA1 HEX:§V§\n' },
  // OpenVPN's manual, "INLINE FILE SUPPORT": `<auth-user-pass>` username then password.
  { id: 'openvpn inline auth-user-pass', template: 'client\nremote vpn.example.com 1194\n<auth-user-pass>\nalice\n§V§\n</auth-user-pass>\n' },
  // squid.conf `cache_peer … login=user:password`.
  { id: 'squid cache_peer login', template: 'cache_peer parent.example.com parent 3128 0 no-query login=alice:§V§\n' },
  // FreeRADIUS clients.conf `secret = …`; Asterisk sip.conf `secret=`.
  { id: 'freeradius client secret', template: 'client office {\n  ipaddr = 192.0.2.10\n  secret = §V§\n}\n' },
  { id: 'asterisk secret', template: '[alice]\ntype=friend\nsecret=§V§\nhost=dynamic\n' },
  // GRUB manual §16.3 "password" and "password_pbkdf2".
  { id: 'grub password', template: 'set superusers="root"\npassword root §V§\n' },
  { id: 'grub password_pbkdf2', template: 'set superusers="root"\npassword_pbkdf2 root §V§\n', hash: 'grub.pbkdf2.sha512.10000.9CAB9E2B0D5DB9D1F1A6A0A3.4C6E7A1B2F3D4E5F60718293A4B5C6D7E8F9012345' },
  // Windows unattend.xml (Microsoft's Unattended Windows Setup Reference: `<Password><Value>`, `<PlainText>`).
  { id: 'unattend AdministratorPassword', template: '<UserAccounts>\n  <AdministratorPassword>\n    <Value>§V§</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>\n' },
  { id: 'unattend AutoLogon Password', template: '<AutoLogon>\n  <Password>\n    <Value>§V§</Value>\n    <PlainText>true</PlainText>\n  </Password>\n  <Username>alice</Username>\n</AutoLogon>\n' },
];

// Value alphabets to be read.
const READ: ReadonlyArray<readonly [string, string]> = [
  ['strong', 'Zq8Lm3Xv9Tb2Rk7Wp4Ns'],
  ['short', 'tigerlily'],
  ['symbols', 'Kx7!mQ2@vL9%'],
  ['hex', '9f86d081884c7d659a2feaa0c55ad015'],
  ['base64', 'q3J8mZ2xR7vL0pT5wN9sYk4c+/A='],
];
// What must be left in the value's place.
const LEAVE: ReadonlyArray<readonly [string, string]> = [
  ['reference', '${REDIS_PASSWORD}'],
  ['path', '/run/secrets/db_password'],
  ['placeholder', '<password>'],
  ['mask', 'xxxxxxxxxxxx'],
];
// Prose and code using the directives' words, with no value in a directive's place.
const PROSE: readonly string[] = [
  'Set requirepass in redis.conf to enable authentication.\n',
  'The enable secret command is stored as a hash.\n',
  'enable password encryption with the service command\n',
  'password required for this operation\n',
  'user alice password reset requested\n',
  'Use masterauth when the master is password protected.\n',
  'rootpw --iscrypted tells Anaconda the password is already hashed\n',
  'snmp-server community string must be changed\n',
  'the key-string command sets the authentication string\n',
  'netrc: machine name login name password string\n',
  'enable password encryption\n',
  'username and password required\n',
  '[main] status:starting\n',
  '[2024-01-01] elapsed:12.5s\n',
  '[worker.pool] state:running\n',
  'user alice > output.txt\n',
  'poll the server until the user has password access\n',
  'key-string\n',
  'rootpw --lock\n',
];

let readTried = 0;
let readLeft = 0;
let leaveTried = 0;
let leaveTaken = 0;
let hashTried = 0;
let hashTaken = 0;
const lines: string[] = [];

function tryCell(id: string, template: string, shape: string, value: string, shouldRead: boolean): void {
  const text = fillPlace(template, '', value);
  const read = valueRedacted(text, value);
  if (shouldRead) {
    readTried++;
    if (!read) readLeft++;
  } else if (shape === 'hash') {
    hashTried++;
    if (read) hashTaken++;
  } else {
    leaveTried++;
    if (read) leaveTaken++;
  }
  if (read !== shouldRead) lines.push(`${read ? 'taken' : 'left '}  ${id} | ${shape}${show ? `  ${JSON.stringify(text)}` : ''}`);
}

for (const form of forms) {
  if (formFilter && !formFilter.test(form.id)) continue;
  if (form.hash === undefined) for (const [shape, value] of READ) tryCell(form.id, form.template, shape, value, true);
  for (const [shape, value] of LEAVE) if (!(form.literal && shape === 'path')) tryCell(form.id, form.template, shape, value, false);
  if (form.hash !== undefined) tryCell(form.id, form.template, 'hash', form.hash, false);
}
if (!formFilter) {
  for (const text of PROSE) {
    leaveTried++;
    if (redactSecrets(text).text !== text) {
      leaveTaken++;
      lines.push(`taken  prose | ${JSON.stringify(text)}`);
    }
  }
}

for (const line of lines) console.log(line);
// (A crypt hash is read wherever it stands, by password-hash, by design: its cells are counted apart.)
console.log(`credential cells read ${readTried - readLeft}/${readTried}; cells to leave taken ${leaveTaken}/${leaveTried}; documented hashes taken ${hashTaken}/${hashTried}`);
