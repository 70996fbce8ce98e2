// The configuration directives' rules' own examples (rules/configDirectiveRules.ts): each language's documented
// credential directive, a word and its value with no `=` or `:` between, and the look-alikes of the same line shape
// (a reference, a placeholder, the hash the format documents there, prose using the directive's word).
import type { RuleExamples } from './ruleExamples';

export const configDirectiveExamples: Readonly<Record<string, RuleExamples>> = {
  'debconf-password': {
    secrets: [
      // The Debian installation guide's example-preseed.txt.
      'd-i passwd/root-password password ⟦r00tme⟧\nd-i passwd/root-password-again password ⟦r00tme⟧',
      'd-i passwd/user-password password ⟦Sunflower42⟧',
      'd-i grub-installer/password password ⟦Xk29fLm3pQ8z⟧',
      // debconf-get-selections writes tabs; any owner's question of type password.
      'mysql-server\tmysql-server/root_password\tpassword\t⟦Harbor2024⟧',
    ],
    clean: [
      // The crypted questions hold crypt hashes; an empty answer; a reference; a question of another type.
      'd-i passwd/root-password-crypted password [crypt(3) hash]',
      'd-i passwd/root-password password',
      'd-i passwd/user-password password ${USER_PASSWORD}',
      'd-i passwd/user-fullname string Alice Example',
      'd-i passwd/root-login boolean false',
    ],
  },
  'ios-credential': {
    secrets: [
      // Cisco IOS Security Command Reference: enable secret/password, username, key-string, tacacs-server key.
      'hostname R1\nenable secret ⟦Xk29fLm3pQ8z⟧',
      'enable secret 0 ⟦Sunflower42⟧',
      'enable password level 7 ⟦Harbor2024⟧',
      'hostname R1\nenable password ⟦cisco⟧',
      'username admin privilege 15 secret ⟦Xk29fLm3pQ8z⟧',
      'username admin privilege 15 password 0 ⟦letmein⟧',
      // Type 7 is Cisco's reversible cipher: the password, read back by anyone.
      'username admin password 7 ⟦0822455D0A16⟧',
      'key chain OSPF\n key 1\n  key-string ⟦Sunflower42⟧',
      'tacacs-server host 10.0.0.5 key ⟦Harbor2024⟧',
      'radius-server key 7 ⟦0822455D0A16⟧',
      // NX-OS: `username U password P role R`; FRR: `enable password P`.
      'username admin password ⟦Sunflower42⟧ role network-admin',
      'hostname ripd\npassword zebra\nenable password ⟦tigerlily⟧',
    ],
    clean: [
      // Prose: a word alone after the directive, on a line that says no more, after prose or alone.
      'enable password encryption',
      'Then you must\nenable password protection',
      'username and password required',
      'enable secret ${ENABLE_SECRET}',
      'key-string <key>',
    ],
  },
  'ios-snmp-community': {
    secrets: ['snmp-server community ⟦Xk29fLm3pQ8z⟧ RO', 'snmp-server community ⟦tigerlily⟧ RW 10', 'hostname R1\nsnmp-server community ⟦Harbor2024⟧'],
    clean: ['snmp-server community string must be changed', 'snmp-server community <string> RO', 'snmp-server community ${SNMP_COMMUNITY} RO'],
  },
  'haproxy-stats-auth': {
    secrets: ['listen stats\n  stats enable\n  stats auth ⟦admin:Xk29fLm3pQ8z⟧', '  stats auth ⟦admin:tigerlily⟧'],
    clean: ['  stats auth admin:${STATS_PASSWORD}', '  stats auth Username:Password', '  stats uri /haproxy?stats'],
  },
  'fetchmail-poll-password': {
    secrets: [
      "poll mail.example.com protocol pop3 user alice password '⟦Xk29fLm3pQ8z⟧'",
      'poll imap.example.com proto imap user alice pass ⟦Sunflower42⟧ ssl',
      'skip pop.example.com proto pop3 user alice there with password ⟦tigerlily⟧ is alice here',
    ],
    clean: [
      // fetchmail's own sample: placeholders in angle brackets.
      'poll <MAIL_SERVER> protocol POP3 user <MAIL_USERNAME> pass <MAIL_PASSWORD> is <LOCAL_OTRS_USERNAME> here',
      'poll the server until the user has password access',
      'poll mail.example.com proto pop3 user alice password $FETCHMAIL_PASSWORD',
    ],
  },
  'kickstart-rootpw': {
    secrets: ['lang en_US.UTF-8\nrootpw --plaintext ⟦Xk29fLm3pQ8z⟧', 'rootpw --plaintext --lock ⟦tigerlily⟧'],
    clean: ['rootpw --lock', 'rootpw --plaintext ${ROOT_PASSWORD}'],
  },
  'postfix-sasl-passwd': {
    secrets: ['[smtp.gmail.com]:587 alice@gmail.com:⟦Xk29fLm3pQ8z⟧', '[mail.isp.example]:25 ⟦username:tigerlily⟧', '[smtp.example.com] alice@example.com:⟦Sunflower42⟧'],
    clean: ['[main] status:starting', '[worker.pool] state:running', '[2024-01-01] elapsed:12.5s', '[smtp.example.com]:587 alice@example.com:${SMTP_PASSWORD}'],
  },
  'squid-peer-login': {
    secrets: ['cache_peer parent.example.com parent 3128 0 no-query login=⟦alice:tigerlily⟧', 'cache_peer 10.0.0.1 parent 8080 0 default login=⟦proxyuser:Xk29fLm3pQ8z⟧ no-digest'],
    clean: ['cache_peer parent.example.com parent 3128 0 login=PASS', 'cache_peer parent.example.com parent 3128 0 login=$username$:$password$ no-delay'],
  },
  'openvpn-inline-auth': {
    secrets: ['client\n<auth-user-pass>\nalice\n⟦Xk29fLm3pQ8z⟧\n</auth-user-pass>', '<auth-user-pass>\r\nalice\r\n⟦tigerlily⟧\r\n</auth-user-pass>'],
    clean: ['<auth-user-pass>\nusername\npassword\n</auth-user-pass>', '<auth-user-pass>\nalice\n</auth-user-pass>', '<auth-user-pass>\nalice\n${VPN_PASSWORD}\n</auth-user-pass>'],
  },
  'redis-acl-password': {
    secrets: [
      // redis.io "ACL": `>password` adds a password, in an ACL file's `user` line and in ACL SETUSER.
      'user alice on >⟦Xk29fLm3pQ8z⟧ ~cached:* +get',
      'user worker +@list +@connection ~jobs:* on >⟦ffa9203c493aa99⟧',
      'ACL SETUSER emily on ~* &* +@all >⟦emily123⟧',
      '127.0.0.1:6379> acl setuser link on >⟦tigerlily⟧ ~sai* +get +set',
    ],
    clean: [
      'user default on nopass ~* +@all',
      'user alice on #9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ~cached:* +get',
      'user alice on >${REDIS_PASSWORD} ~* +@all',
      'user alice > output.txt',
    ],
  },
  'ntp-key-line': {
    secrets: [
      // ntp.keys(5): `keyno type key [IP list]`; chrony.conf(5): a `HEX:` or `ASCII:` prefix.
      '# ntp.keys\n1 M ⟦tigerlily⟧\n2 SHA1 ⟦9f86d081884c7d659a2feaa0c55ad015a3bf4f1b⟧',
      '10 SHA1 HEX:⟦9f86d081884c7d659a2feaa0c55ad015a3bf4f1b⟧',
      '3 md5 ⟦Xk29fLm3pQ8z⟧ 10.0.0.1,10.0.0.2',
      '4 AES128CMAC ⟦Sunflower42⟧ # office',
    ],
    clean: ['1 md5 of the file differs', '2 SHA256 checksum differs', '5 M ${NTP_KEY}', '1 M xxxxxxxxxxxx'],
  },
  'unattend-password-value': {
    secrets: [
      // Microsoft's Unattended Windows Setup Reference; PlainText false is the value base64-encoded, not hashed.
      '<AdministratorPassword>\n  <Value>⟦Xk29fLm3pQ8z⟧</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>',
      '<AutoLogon>\n  <Password>\n    <Value>⟦SecurePasswd123⟧</Value>\n    <PlainText>true</PlainText>\n  </Password>',
      '<Password>\n<Value>⟦cABhAHMAcwB3AG8AcgBkAFAAYQBzAHMAdwBvAHIAZAA=⟧</Value>\n<PlainText>false</PlainText>\n</Password>',
    ],
    clean: ['<Password>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n</Password>', '<Password>\n  <Value></Value>\n</Password>', '<Setting><Value>Zq8Lm3Xv9Tb2Rk7Wp4Ns</Value></Setting>', '<AdministratorPassword>\n  <Value>${ADMIN_PASSWORD}</Value>\n</AdministratorPassword>'],
  },
  'grub-password': {
    secrets: [
      // The GRUB manual's "Authentication and authorisation" example; /etc/grub.d/40_custom's here-document.
      'set superusers="root"\npassword_pbkdf2 root grub.pbkdf2.sha512.10000.9CAB9E2B0D5D\npassword user1 ⟦insecure⟧',
      'cat << EOF\nset superusers="admin"\npassword admin ⟦Xk29fLm3pQ8z⟧\nEOF',
      'set superusers="root alice"\npassword root ⟦Sunflower42⟧\npassword alice ⟦Harbor2024!⟧',
    ],
    clean: [
      // The PBKDF2 hash GRUB stores and recomputes; a comment; a reference; no superusers in the text.
      'set superusers="root"\npassword_pbkdf2 root grub.pbkdf2.sha512.10000.9CAB9E2B0D5DB9D1F1A6A0A3.4C6E7A1B2F3D4E5F',
      'set superusers="root"\n# password root must be set before update-grub',
      'set superusers="root"\npassword root ${GRUB_PASSWORD}',
      'menuentry "x" --users root {\n  password root login\n}',
    ],
  },
  'mbsync-pass': {
    secrets: [
      // mbsync(1): an IMAPAccount's `Pass`.
      'IMAPAccount gmail\nHost imap.gmail.com\nUser alice@gmail.com\nPass ⟦tigerlily⟧\nSSLType IMAPS',
      'IMAPAccount work\nUser alice\nPass "⟦Kx7!mQ2@vL9%⟧"',
    ],
    clean: [
      // (`PassCmd "gpg …"` is taken by the assignment rule, as on the base: not this rule's.)
      'IMAPAccount work\nUser alice\nPassCmd +pass-show-mail',
      'IMAPAccount work\nUser alice\nPass ${MAIL_PASSWORD}',
      'User guide\nPass the value through',
      'Pass tigerlily',
      // Net::Config's manual: a firewall's FTP login, `USER`/`PASS` with words standing in.
      'USER fwuser\nPASS fwpass',
    ],
  },
  'proftpd-sql-connect': {
    secrets: [
      // mod_sql: `SQLConnectInfo connection-info [username] [password] [policy]`.
      'SQLBackend mysql\nSQLConnectInfo proftpd@localhost proftpd ⟦Xk29fLm3pQ8z⟧',
      'SQLConnectInfo ftp@db.example.com:3306 ftpuser "⟦Sunflower42⟧" PERSESSION',
      'sqlconnectinfo ftpdb ftpuser ⟦hogehoge⟧',
    ],
    clean: [
      'SQLConnectInfo proftpd@localhost proftpd ${FTP_DB_PASSWORD}',
      'SQLConnectInfo proftpd@localhost proftpd PERSESSION',
      'SQLConnectInfo proftpd@localhost',
      'SQLConnectInfo <dbname>@<host> <user> <password>',
    ],
  },
  'snmpd-create-user': {
    secrets: [
      // snmpd.conf(5), "SNMPv3 Users": both passphrases, the privacy type and passphrase optional.
      'createUser myuser SHA "⟦Xk29fLm3pQ8z⟧" AES "⟦Sunflower42x⟧"',
      'createUser -e 0x8000000001020304 myuser SHA-512 ⟦Harbor2024!⟧ DES ⟦Pl4nk-wood9⟧',
      'createUser monitor MD5 ⟦tigerlily⟧',
    ],
    clean: [
      // A localized key (`-l`) is a hash; a reference; the manual's own slots; too short for Net-SNMP (8 at least).
      'createUser myuser SHA -l 0x1234567890abcdef1234567890abcdef AES -l 0x1234567890abcdef',
      'createUser myuser SHA ${SNMP_AUTH_PASS} AES ${SNMP_PRIV_PASS}',
      'createUser myuser SHA <authpassphrase> AES <privpassphrase>',
      'createUser myuser SHA abc',
    ],
  },
  'monit-allow-credentials': {
    secrets: [
      // Monit's manual, "Authentication": `allow user:password` under `set httpd`.
      'set httpd port 2812\n    allow ⟦admin:Xk29fLm3pQ8z⟧',
      'set httpd port 2812 and allow ⟦hauk:Sunflower42⟧ read-only',
      'set httpd port 2812\n  use address localhost\n  allow ⟦admin:tigerlily⟧ # require this password',
    ],
    clean: [
      'set httpd port 2812\n    allow localhost\n    allow md5 /etc/monit/htpasswd admin\n    allow @wheel',
      'allow 10.0.0.1:8080',
      'allow fe80::1',
      'allow from 2001:db8::/32',
      'allow admin:${MONIT_PASSWORD}',
    ],
  },
  'ldap-bind-credentials': {
    secrets: [
      // slapd.conf(5)'s syncrepl example, an option a line; slapd-ldap(5)'s idassert-bind; slapd-config(5)'s attributes.
      'syncrepl rid=123\n         provider=ldap://provider.example.com:389\n         bindmethod=simple\n         binddn="cn=syncuser,dc=example,dc=com"\n         credentials=⟦Repl1ca-7q⟧\n',
      'syncrepl rid=001 provider=ldaps://ldap1.example.com bindmethod=simple binddn="cn=replicator,dc=example,dc=com" credentials=⟦sunflower7⟧ searchbase="dc=example,dc=com"',
      'idassert-bind bindmethod=simple binddn="cn=proxy,dc=example,dc=com" credentials="⟦Pr0xy-bind⟧" mode=self',
      'olcSyncrepl: rid=001 provider=ldap://ldap1.example.com binddn="cn=admin,dc=example,dc=com"\n  bindmethod=simple credentials=⟦harbor2024⟧ searchbase="dc=example,dc=com"',
      'olcDbACLBind: bindmethod=simple binddn="cn=acl,dc=example,dc=com" credentials=⟦acl-Bind9⟧',
    ],
    clean: [
      'syncrepl rid=123 provider=ldap://provider.example.com bindmethod=sasl saslmech=EXTERNAL searchbase="dc=example,dc=com"',
      'idassert-bind bindmethod=simple binddn="cn=proxy,dc=example,dc=com" credentials=${PROXY_PW} mode=self',
      'olcSyncrepl: rid=001 provider=ldap://ldap1.example.com bindmethod=simple credentials={{ ldap_replicator_password }}',
      'acl-bind bindmethod=simple credentials=<password>',
      '# credentials=changeme is only an example: syncrepl needs its own',
    ],
  },
  'cleartext-scheme-password': {
    secrets: [
      // slappasswd(8)'s cleartext scheme: the password itself after the scheme's name.
      'dn: uid=jdoe,ou=people,dc=example,dc=com\nuserPassword: {CLEARTEXT}⟦Tr4il-mix9⟧\n',
      'olcRootPW: {CLEARTEXT}⟦secret⟧',
      '"userPassword": "{CLEARTEXT}⟦k7Vq2pLm⟧",',
    ],
    clean: [
      'userPassword: {CLEARTEXT}${LDAP_PASSWORD}',
      'rootpw {CLEARTEXT}changeme',
      'olcRootPW: {CLEARTEXT}<password>',
      'slappasswd -g prints {CLEARTEXT} values',
    ],
  },
  'ldif-encoded-password': {
    secrets: [
      // RFC 2849's `attr:: <base64>`: an slappasswd hash, a password, folded over two lines; Active Directory's unicodePwd.
      'olcRootPW:: ⟦e1NTSEF9VzZwaDVNbTVQejhHZ2lVTGJQZ3pHMzdtajlnV3EyUg==⟧',
      'dn: uid=jdoe,ou=people,dc=example,dc=com\nuserPassword:: ⟦VHI0aWwtbWl4OQ==⟧\n',
      'userPassword:: ⟦e1NTSEF9VzZwaDVNbTVQejhH\n Z2lVTGJQZ3pHMzdtajlnV3EyUg==⟧\nmail: jdoe@example.com',
      'dn: CN=jdoe,CN=Users,DC=example,DC=com\nchangetype: modify\nreplace: unicodePwd\nunicodePwd:: ⟦IgBUAHIANABpAGwALQBtAGkAeAA5ACIA⟧\n-\n',
    ],
    clean: [
      'userPassword:: Y2hhbmdlbWU=',
      'userPassword:: JHtMREFQX1BBU1NXT1JEfQ==',
      'unicodePwd:: IgA8AHAAYQBzAHMAdwBvAHIAZAA+ACIA',
      'description:: VHI0aWwtbWl4OQ==',
      'dn:: Y249TcO8bGxlcixkYz1leGFtcGxlLGRjPWNvbQ==',
    ],
  },
};
