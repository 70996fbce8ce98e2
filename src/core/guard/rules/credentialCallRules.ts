// Passwords documented calls take by position to authenticate a client, beside
// positionalSecretRules' logins and connections: HTTP Basic credentials (Ruby Net::HTTP's and
// Faraday's `basic_auth(user, password)`, parentheses optional; OkHttp's `Credentials.basic(user,
// password)`; aiohttp's `BasicAuth(login, password)`; requests' `HTTPDigestAuth` and
// `HTTPProxyAuth(user, password)`), Go's net/smtp `PlainAuth(identity, user, password, host)` and
// `CRAMMD5Auth(user, secret)`, Java's `new PasswordAuthentication(user, "…".toCharArray())` (HttpClient 5's
// `UsernamePasswordCredentials` alike), .NET's `NetworkCredential(user, password, domain)`, an LDAP
// bind's password (python-ldap's `simple_bind_s(dn, password)`, PHP's `ldap_bind(link, dn,
// password)`), PHP's `ssh2_auth_password(session, user, password)`, paramiko's
// `auth_password(user, password)`. A literal there is judged as one given to a password.
// Also (sixteenth round) Go's golang.org/x/crypto/ssh `Password(secret)` and net/url's
// `UserPassword(username, password)`, Ruby's `Net::SMTP.start(address, port, helo, user, secret,
// authtype)`, Python keyring's `set_password(service, username, password)`, urllib's
// `add_password(realm, uri, user, passwd)`, redis-py's `Redis(host, port, db, password)`, pika's
// `PlainCredentials(username, password)`, ldap3's `Connection(server, user, password)`, MinIO's
// `Minio(endpoint, access_key, secret_key)`, SQLAlchemy's `URL.create(drivername, username,
// password, …)`, jCIFS' `NtlmPasswordAuthentication(domain, username, password)` and JSch's
// `addIdentity(prvkey, passphrase)`.
import { ARG, LITERAL, positionalRule } from './positionalSecretRules';

export const credentialCallRules = [
  positionalRule('basic-auth-call-password', ['basic_auth', 'credentials.basic', 'basicauth', 'digestauth', 'proxyauth'], [
    { key: 'password', pattern: new RegExp(`(?:\\.basic_auth[ \\t]*\\(?[ \\t]*|\\bCredentials\\.basic[ \\t]*\\([ \\t]*|\\b(?:aiohttp\\.)?BasicAuth[ \\t]*\\([ \\t]*|\\bHTTP(?:Digest|Proxy)Auth[ \\t]*\\([ \\t]*)${ARG}${LITERAL}`, 'dg') },
  ]),
  positionalRule('smtp-auth-call-password', ['plainauth', 'crammd5auth', 'passwordauthentication', 'usernamepasswordcredentials', 'networkcredential'], [
    { key: 'password', pattern: new RegExp(`\\bsmtp\\.PlainAuth[ \\t]*\\([ \\t]*${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bsmtp\\.CRAMMD5Auth[ \\t]*\\([ \\t]*${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bnew[ \\t]+PasswordAuthentication[ \\t]*\\([ \\t]*${ARG}${LITERAL}[ \\t]*\\.toCharArray`, 'dg') },
    // Apache HttpClient 5's `UsernamePasswordCredentials(user, char[] password)`; .NET's `NetworkCredential(userName, password, domain)`.
    { key: 'password', pattern: new RegExp(`\\bnew[ \\t]+UsernamePasswordCredentials[ \\t]*\\([ \\t]*${ARG}${LITERAL}[ \\t]*\\.toCharArray`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bnew[ \\t]+NetworkCredential[ \\t]*\\([ \\t]*${ARG}${LITERAL}[ \\t]*,`, 'dg') },
  ]),
  positionalRule('bind-call-password', ['simple_bind', 'ldap_bind', 'ssh2_auth_password', 'auth_password'], [
    { key: 'password', pattern: new RegExp(`(?:\\.simple_bind(?:_s)?|\\.auth_password)[ \\t]*\\([ \\t]*${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\b(?:ldap_bind|ssh2_auth_password)[ \\t]*\\([ \\t]*${ARG}${ARG}${LITERAL}`, 'dg') },
  ]),
  positionalRule('documented-call-password', ['ssh.password', 'userpassword', 'smtp.start', 'set_password', 'add_password', 'redis', 'plaincredentials', 'ldap3.connection', 'minio', 'url.create', 'ntlmpasswordauthentication', 'addidentity'], [
    { key: 'password', pattern: new RegExp(`\\bssh\\.Password[ \\t]*\\([ \\t]*${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\burl\\.UserPassword[ \\t]*\\([ \\t]*${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bNet::SMTP\\.start[ \\t]*\\(?[ \\t]*${ARG}${ARG}${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bkeyring\\.set_password[ \\t]*\\([ \\t]*${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\.add_password[ \\t]*\\([ \\t]*${ARG}${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\b(?:Strict)?Redis[ \\t]*\\([ \\t]*${ARG}${ARG}${ARG}${LITERAL}`, 'dg') },
    // The user's own name again is a default account's (RabbitMQ's documented guest/guest), as in a URL.
    { key: 'password', pattern: new RegExp(`\\bPlainCredentials[ \\t]*\\([ \\t]*(?:(["'])([^"'\\r\\n]{1,200})\\1[ \\t]*,[ \\t]*(?!["']\\2["'])|[A-Za-z_][\\w.]{0,100}[ \\t]*,[ \\t]*)${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bldap3\\.Connection[ \\t]*\\([ \\t]*${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'secret_key', pattern: new RegExp(`\\bMinio[ \\t]*\\([ \\t]*${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bURL\\.create[ \\t]*\\([ \\t]*${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bNtlmPasswordAuthentication[ \\t]*\\([ \\t]*${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'passphrase', pattern: new RegExp(`\\.addIdentity[ \\t]*\\([ \\t]*${ARG}${LITERAL}`, 'dg') },
  ]),
];
