// Which credentials written as a configuration directive — a word, blanks, the value; no `=` or `:` between — the reading
// takes: each format's documented credential directive (redis.conf, Kickstart, Debian preseed, Cisco IOS / NX-OS, FRR,
// HAProxy, keepalived, netrc, msmtp, fetchmail, mbsync, pppd's secrets files, Postfix's sasl_passwd, BIND, NTP/chrony key
// files, OpenVPN's inline blocks, Squid, FreeRADIUS, GRUB, Windows unattend; since the thirty-eighth round a `password`
// among other directive lines, nslcd's `rootpwmodpw`, ProFTPD's `SQLConnectInfo`, snmpd's `createUser`, Monit's `allow`),
// §V§ the value, in a few lines of its file.
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
  /** The format stores only a 32-hex digest there (smbpasswd's NT hash): the hex value alone is read. */
  readonly hex32?: true;
  /** The alphabets the format's value can take (WireGuard's keys are 32 bytes in base64): the others are not tried. */
  readonly alphabets?: readonly string[];
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
  // GRUB manual "Authentication and authorisation": `password USER CLEAR` after `set superusers=`, or after another user's
  // `password`/`password_pbkdf2` line; in /etc/grub.d/40_custom inside `cat << EOF`.
  { id: 'grub password after pbkdf2', template: 'set superusers="root"\npassword_pbkdf2 root grub.pbkdf2.sha512.10000.9CAB9E2B0D5D\npassword user1 §V§\n' },
  { id: 'grub 40_custom here-document', template: '#!/bin/sh\nexec tail -n +3 $0\ncat << EOF\nset superusers="admin"\npassword admin §V§\nEOF\n' },
  // pppd(8) "Authentication": pap-secrets as chap-secrets, `client server secret [addresses]`, `*` any, quotes optional.
  { id: 'ppp chap-secrets quoted, no header', template: 'alice\t*\t"§V§"\t*\n' },
  { id: 'ppp chap-secrets two lines', template: '# client\tserver\tsecret\tIP addresses\nbob\tgw\t"Zq8Lm3Xv9Tb2"\t10.0.0.2\nalice\t*\t§V§\t*\n' },
  { id: 'ppp pap-secrets', template: '# Secrets for authentication using PAP\n# client\tserver\tsecret\tIP addresses\nalice\tprovider\t§V§\n' },
  // isync's mbsync(1): `Pass password` in an IMAPAccount section (`PassCmd` runs a command: a reference).
  { id: 'mbsync Pass after User', template: 'IMAPAccount gmail\nHost imap.gmail.com\nUser alice@gmail.com\nPass §V§\nSSLType IMAPS\n' },
  // msmtp(1) "Configuration files": `password secret` among an account's lines.
  { id: 'msmtp password, defaults', template: 'defaults\nauth on\ntls on\naccount work\nhost smtp.example.com\nfrom alice@example.com\nuser alice\npassword §V§\n' },
  // keepalived.conf(5): `auth_pass` (PASS uses at most 8 characters).
  { id: 'keepalived auth_pass, one line', template: 'authentication {\n  auth_type AH\n  auth_pass §V§\n}\n' },
  // FreeRADIUS clients.conf (`secret = testing123`), quoted; BIND rndc.key.
  { id: 'freeradius client secret quoted', template: 'client localhost {\n\tipaddr = 127.0.0.1\n\tsecret = "§V§"\n\tnas_type = other\n}\n' },
  { id: 'bind rndc.key', template: 'key "rndc-key" {\n\talgorithm hmac-md5;\n\tsecret "§V§";\n};\n' },
  // Asterisk pjsip.conf `[auth]` (`auth_type=userpass`, `password=`); sip.conf `secret=`.
  { id: 'asterisk pjsip password', template: '[6001]\ntype=auth\nauth_type=userpass\npassword=§V§\nusername=6001\n' },
  { id: 'asterisk sip secret spaced', template: '[general]\n[alice]\ntype = friend\nsecret = §V§\ncontext = internal\n' },
  // strongSwan ipsec.secrets(5): `[ids] : PSK|EAP|XAUTH|NTLM|PIN "secret"`, `: RSA file [passphrase]`.
  { id: 'strongswan PSK', template: '# /etc/ipsec.secrets\n192.168.0.1 %any : PSK "§V§"\n' },
  { id: 'strongswan PSK bare', template: ': PSK §V§\n' },
  { id: 'strongswan EAP', template: 'alice@strongswan.org : EAP "§V§"\n' },
  { id: 'strongswan XAUTH', template: 'alice : XAUTH "§V§"\n' },
  { id: 'strongswan NTLM', template: 'carol : NTLM "§V§"\n' },
  { id: 'strongswan RSA passphrase', template: ': RSA moonKey.pem "§V§"\n' },
  // WireGuard wg(8) configuration: `PrivateKey = base64`, `PresharedKey = base64`.
  { id: 'wireguard PrivateKey', template: '[Interface]\nAddress = 10.0.0.1/24\nPrivateKey = §V§\nListenPort = 51820\n', alphabets: ['strong', 'base64'] },
  { id: 'wireguard PresharedKey', template: '[Peer]\nPublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\nPresharedKey = §V§\nAllowedIPs = 10.0.0.2/32\n', alphabets: ['strong', 'base64'] },
  // wpa_supplicant.conf(5): `psk="passphrase"` (or 64 hex digits, the derived key), `password="…"`, `private_key_passwd`.
  { id: 'wpa_supplicant psk', template: 'network={\n\tssid="home"\n\tpsk="§V§"\n\tkey_mgmt=WPA-PSK\n}\n' },
  { id: 'wpa_supplicant psk bare', template: 'network={\n\tssid="home"\n\tpsk=§V§\n}\n' },
  { id: 'wpa_supplicant eap password', template: 'network={\n\tssid="work"\n\tkey_mgmt=WPA-EAP\n\teap=PEAP\n\tidentity="alice"\n\tpassword="§V§"\n}\n' },
  { id: 'wpa_supplicant private_key_passwd', template: 'network={\n\tkey_mgmt=WPA-EAP\n\teap=TLS\n\tprivate_key="/etc/cert/user.prv"\n\tprivate_key_passwd="§V§"\n}\n' },
  // hostapd.conf: `wpa_passphrase=`, `wpa_psk=` (64 hex), `auth_server_shared_secret=`.
  { id: 'hostapd wpa_passphrase', template: 'interface=wlan0\nssid=home\nwpa=2\nwpa_passphrase=§V§\n' },
  { id: 'hostapd auth_server_shared_secret', template: 'auth_server_addr=127.0.0.1\nauth_server_port=1812\nauth_server_shared_secret=§V§\n' },
  // NetworkManager keyfile (nm-settings-keyfile(5)): `[wifi-security]` `psk=`, `[802-1x]` `password=`, `[vpn-secrets]`.
  { id: 'networkmanager psk', template: '[wifi]\nmode=infrastructure\nssid=home\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=§V§\n' },
  { id: 'networkmanager 802-1x password', template: '[802-1x]\neap=peap;\nidentity=alice\npassword=§V§\nphase2-auth=mschapv2\n' },
  { id: 'networkmanager vpn-secrets', template: '[vpn]\nservice-type=org.freedesktop.NetworkManager.openvpn\n\n[vpn-secrets]\npassword=§V§\n' },
  // systemd.exec(5): `Environment=` assignments; `SetCredential=ID:VALUE` holds the credential itself.
  { id: 'systemd Environment', template: '[Service]\nEnvironment=DB_PASSWORD=§V§\nExecStart=/usr/bin/app\n' },
  { id: 'systemd Environment quoted', template: '[Service]\nEnvironment="DB_PASSWORD=§V§" "LOG_LEVEL=info"\n' },
  { id: 'systemd SetCredential', template: '[Service]\nSetCredential=mysql-password:§V§\nExecStart=/usr/bin/app\n', literal: true },
  // YAML 1.2 §7.3.3 plain scalars over lines, §8.1 block scalars (`|`, `>`) under a password key.
  { id: 'yaml plain on the next line', template: 'database:\n  password:\n    §V§\n  host: db\n' },
  { id: 'yaml literal block', template: 'database:\n  password: |\n    §V§\n  host: db\n' },
  { id: 'yaml folded block', template: 'database:\n  password: >-\n    §V§\n  host: db\n' },
  { id: 'yaml plain over two lines', template: 'database:\n  password: §V§\n    §W§\n  host: db\n' },
  // Python configparser: a value continued on indented lines (`password =` then the value).
  { id: 'configparser continuation', template: '[database]\nhost = db\npassword =\n    §V§\nport = 5432\n' },
  { id: 'configparser value over lines', template: '[database]\npassword = §V§\n    §W§\nport = 5432\n' },
  // Java Properties.load: a line ending in `\` continues; the next line's leading blanks are dropped.
  { id: 'java properties continuation', template: 'db.user=alice\ndb.password=§V§\\\n    §W§\ndb.url=jdbc:h2:mem\n' },
  // Samba smbpasswd(5): `name:uid:LANMAN:NT:[flags]:LCT-…:`, the hashes password-equivalent (the manual's words).
  { id: 'samba smbpasswd NT hash', template: 'alice:1000:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:§V§:[U          ]:LCT-5F3A1B2C:\n', hex32: true },
  // The thirty-eighth round (guarddirective1). A `password` directive among other directive lines (directiveBlock.ts): a
  // section's opener and closer, or `name value` lines before it (msmtp's, nslcd.conf(5)'s, a daemon's `<server>` section).
  { id: 'block <section> password', template: '<server>\n  name primary\n  host 10.0.0.1\n  username admin\n  password §V§\n</server>\n' },
  { id: 'block [section] password', template: '[database]\nusername admin\npassword §V§\n' },
  { id: 'block { } password', template: 'source {\n  username admin\n  password §V§\n}\n' },
  { id: 'nslcd bindpw after binddn', template: 'uri ldap://ldap.example.com/\nbase dc=example,dc=com\nbinddn cn=nslcd,dc=example,dc=com\nbindpw §V§\n' },
  // nslcd.conf(5): `rootpwmoddn DN`, `rootpwmodpw PASSWORD`.
  { id: 'nslcd rootpwmodpw', template: 'rootpwmoddn cn=admin,dc=example,dc=com\nrootpwmodpw §V§\n' },
  // ProFTPD mod_sql: `SQLConnectInfo connection-info [username] [password] [policy]`.
  { id: 'proftpd SQLConnectInfo', template: 'SQLBackend mysql\nSQLConnectInfo proftpd@localhost proftpd §V§\nSQLUserInfo users userid passwd uid gid homedir shell\n' },
  { id: 'proftpd SQLConnectInfo policy', template: 'SQLConnectInfo ftp@db.example.com:3306 ftpuser §V§ PERSESSION\n' },
  // snmpd.conf(5) "SNMPv3 Users": `createUser [-e ENGINEID] username (MD5|SHA|…) authpassphrase [DES|AES] [privpassphrase]`.
  { id: 'snmpd createUser auth', template: 'createUser monitor SHA §V§\nrouser monitor\n' },
  { id: 'snmpd createUser auth, priv', template: 'createUser monitor SHA-256 "§V§" AES "Zq8Lm3Xv9Tb2Rk7W"\n' },
  { id: 'snmpd createUser priv', template: 'createUser -e 0x8000000001020304 monitor SHA "Zq8Lm3Xv9Tb2Rk7W" AES §V§\n' },
  // Monit's manual, "Authentication": `allow user:password [read-only]` under `set httpd`.
  { id: 'monit allow', template: 'set httpd port 2812\n    use address localhost\n    allow admin:§V§\n' },
  { id: 'monit allow read-only', template: 'set httpd port 2812 and allow guest:§V§ read-only\n' },
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
  // The thirty-fifth round's files: a secrets file's header, key-file entries with no passphrase or `%prompt`, an
  // include; GRUB's hash and a comment; mbsync's command; smbpasswd's disabled and empty accounts; globs and products.
  '# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\n',
  '# client\tserver\tsecret\tIP addresses\n*\thostname\t""\t*\n',
  ': RSA moonKey.pem\n',
  ': RSA moonKey.pem %prompt\n',
  ': PIN %smartcard1@mypin %prompt\n',
  'include ipsec.*.secrets\n',
  'set superusers="root"\n# password root must be set before update-grub\n',
  'set superusers="root"\npassword_pbkdf2 root ${GRUB_HASH}\n',
  'IMAPAccount work\nUser alice\nPassCmd "gpg -q -d ~/.mailpass.gpg"\n',
  'alice:1000:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:[DU         ]:LCT-5F3A1B2C:\n',
  'alice:1000:NO PASSWORDXXXXXXXXXXXXXXXXXXXXX:NO PASSWORDXXXXXXXXXXXXXXXXXXXXX:[NU         ]:LCT-5F3A1B2C:\n',
  'echo * "hello world"\n',
  'total = count * "abc" * 2\n',
  'ls * "my file" *\n',
  'User guide\nPass the value through\n',
  '[Service]\nLoadCredential=mysql-password:/run/secrets/mysql\n',
  '[Service]\nEnvironment=DB_PASSWORD_FILE=/run/secrets/db\n',
  'network={\n\tssid="home"\n\t#psk: the passphrase goes here\n}\n',
  // The thirty-eighth round's: prose wrapped beside short lines, a Groovy block's quoted word, Monit's other `allow`s.
  'then\npassword below\n',
  'Please enter the new\npassword below\nand confirm it.\n',
  'The user must supply a username and a\npassword reset\ntoken.\n',
  'username admin\npassword reset.\n}\n',
  'credentials {\n  username \'app\'\n  password \'secret\'\n}\n',
  'set httpd port 2812\n    allow localhost\n    allow md5 /etc/monit/htpasswd admin\n    allow @wheel read-only\n',
  'allow 10.0.0.1:8080\n',
  'SQLConnectInfo proftpd@localhost proftpd PERSESSION\n',
  'createUser monitor SHA -l 0x1234567890abcdef1234567890abcdef\n',
];

let readTried = 0;
let readLeft = 0;
let leaveTried = 0;
let leaveTaken = 0;
let hashTried = 0;
let hashTaken = 0;
const lines: string[] = [];

// A value continued on the next line (§W§, Java's `\`, YAML's and configparser's indented lines) is written in two halves;
// it is read when neither half is left.
function tryCell(id: string, template: string, shape: string, value: string, shouldRead: boolean): void {
  const halves = template.includes('§W§') ? [value.slice(0, value.length >> 1), value.slice(value.length >> 1)] : [value];
  const text = fillPlace(template, '', halves[0]!).replace(/§W§/g, halves[1] ?? '');
  const read = halves.every((half) => valueRedacted(text, half));
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
  if (form.hex32) tryCell(form.id, form.template, 'hex32', '8846F7EAEE8FB117AD06BDD830B7586C', true);
  else if (form.hash === undefined) for (const [shape, value] of READ) if (!form.alphabets || form.alphabets.includes(shape)) tryCell(form.id, form.template, shape, value, true);
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
