// Credentials at a place an API documents, as sonar's hard-coded credential rules list them
// (HardCodedCredentialsCheck: sonar-php's CONNECT_FUNCTIONS, sonar-python's sensitiveArgumentByFQN,
// sonar-java's `java.naming.security.credentials`) and ours lacked. Connects by position: PHP's `imap_open(mailbox, user, password)`,
// `odbc_connect(dsn, user, password)`, `db2_connect(database, user, password)`, `mssql_connect(server,
// user, password)`, `ifx_connect(database, user, password)`, `fbsql_connect(host, user, password)`,
// `maxdb_connect(host, user, password)`, `maxdb_change_user(link, user, password)`, `cubrid_connect(host,
// port, database, user, password)`, `dbx_connect(module, host, database, user, password)`,
// `ldap_exop_passwd(link, user, old, new)` (the new password), Laravel's `new Encrypter(key, cipher)`;
// PyGreSQL's `pg.DB(dbname, host, port, opt, user, passwd)` and `pg.connect(…)` alike. JNDI's environment:
// `Context.SECURITY_CREDENTIALS` ("java.naming.security.credentials") holds the principal's password for
// simple authentication (javax.naming.Context), put in a Hashtable or Properties. (mysqli, PDO,
// mysql_connect, oci_connect, ldap_bind, psycopg2, pymysql and mysql.connector are older rules'.) Each
// expression starts at the call's name and reads a bounded stretch of its line; the literal is judged as
// one given to the slot's name.
// Since the twenty-third round, the signing keys CodeQL's Go models name (`go/ql/lib/ext/*.model.yml`, kind
// `credentials-key`; GoJose.qll) and the credentials its JavaScript `CredentialsNode`s name (JWT.qll, NodeJSLib.qll,
// Azure.qll), where main left them: a literal there is the key, whatever it looks like (`[]byte("key1")`).
import type { SecretRule } from '../secretRule';
import { ARG, LITERAL, positionalRule } from './positionalSecretRules';
import { ANY_ARG } from './callSignatureRules';

const OPEN = `[ \\t]*\\([ \\t]*`;
// An argument before the one wanted that is Go's string made bytes (`[]byte("…")`), and its comma.
const BYTES_ARG = `\\[\\]byte${OPEN}"[^"\\r\\n]{0,200}"[ \\t]*\\)[ \\t]*,[ \\t]*`;

/**
 * The call's first two arguments, `type` (the one given) and the field's `name` (the match's `name` group), and the
 * third's opening: Groovy's `buildConfigField "String", "KEY", ` or Kotlin's `buildConfigField(type = "String", name = "KEY", value = `.
 */
function androidField(type: string): string {
  return `(?:[ \\t]+|${OPEN})(?:type[ \\t]*=[ \\t]*)?(?<t>["'])${type}\\k<t>[ \\t]*,[ \\t]*(?:name[ \\t]*=[ \\t]*)?(?<n>["'])(?<name>[\\w.]{1,100})\\k<n>[ \\t]*,[ \\t]*(?:value[ \\t]*=[ \\t]*)?`;
}

export const documentedCredentialPlaces: readonly SecretRule[] = [
  positionalRule('connect-signature-password', ['imap_open', 'odbc_', 'db2_', 'mssql_', 'ifx_', 'fbsql_', 'maxdb_', 'cubrid_', 'dbx_connect', 'ldap_exop_passwd', 'pg.db', 'pg.connect'], [
    { key: 'password', pattern: new RegExp(`\\b(?:imap_open|(?:odbc|db2|mssql|ifx|fbsql|maxdb)_p?connect|maxdb_change_user)${OPEN}${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\b(?:cubrid_p?connect|dbx_connect)${OPEN}${ARG}${ARG}${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bldap_exop_passwd${OPEN}${ARG}${ARG}${ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\bpg\\.(?:DB|connect)${OPEN}${ARG}${ARG}${ARG}${ARG}${ARG}${LITERAL}`, 'dg') },
  ]),
  positionalRule('encrypter-key-argument', ['encrypter'], [
    { key: 'secret', pattern: new RegExp(`\\bnew[ \\t]+\\\\?(?:Illuminate\\\\Encryption\\\\)?Encrypter${OPEN}${LITERAL}`, 'dg') },
  ]),
  positionalRule('jndi-credentials-property', ['security_credentials', 'java.naming.security.credentials'], [
    { key: 'password', pattern: new RegExp(`\\.(?:put|setProperty)${OPEN}(?:(?:javax\\.naming\\.)?(?:Initial)?Context\\.SECURITY_CREDENTIALS|(["'])java\\.naming\\.security\\.credentials\\1)[ \\t]*,[ \\t]*${LITERAL}`, 'dg') },
  ]),
  // golang-jwt's `SigningMethodHS256.Sign(signingString, key)`; kataras/jwt's `jwt.Sign(alg, key, claims)`,
  // `SignEncrypted`, `SignWithHeader`, `SignEncryptedWithHeader`, and its `keys.Register(alg, kid, public, private)`
  // (for an HMAC both keys are the shared secret).
  positionalRule('go-jwt-sign-key', ['signingmethod', 'jwt.sign', 'jwt.hs'], [
    { key: 'secret', pattern: new RegExp(`\\b(?:SigningMethod[A-Z]{2}\\w{0,6}|jwt)\\.Sign(?:Encrypted)?(?:WithHeader)?${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\.Register${OPEN}jwt\\.HS(?:256|384|512)[ \\t]*,[ \\t]*${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'secret', pattern: new RegExp(`\\.Register${OPEN}jwt\\.HS(?:256|384|512)[ \\t]*,[ \\t]*${ANY_ARG}(?:${BYTES_ARG}|${ANY_ARG})${LITERAL}`, 'dg') },
  ]),
  // A signer made from a key: kataras/iris' `jwt.NewSigner(alg, key, maxAge)`, go-kit's `NewSigner(kid, key, method,
  // claims)`, cristalhq/jwt's `NewSignerHS(alg, key)`, go-chi's `jwtauth.New(alg, signKey, verifyKey)`.
  positionalRule('go-jwt-signer-key', ['newsigner', 'jwtauth.new'], [
    { key: 'secret', pattern: new RegExp(`\\b(?:NewSigner(?:HS)?|jwtauth\\.New)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  // The `Key` field of gin-jwt's `GinJWTMiddleware`, gf-jwt's `GfJWTMiddleware`, iris' `Signer` and go-jose's
  // `SigningKey` and `Recipient` (named with their package, as Go writes them), in the type's composite literal (its
  // fields maybe one a line, no brace between).
  positionalRule('go-jwt-key-field', ['ginjwtmiddleware', 'gfjwtmiddleware', 'jwt.signer', 'jose.signingkey', 'jose.recipient'], [
    { key: 'secret', pattern: new RegExp(`\\b(?:GinJWTMiddleware|GfJWTMiddleware|jwt\\.Signer|jose\\.(?:SigningKey|Recipient))[ \\t]*\\{[^{}]{0,400}?\\bKey[ \\t]*:[ \\t]*${LITERAL}`, 'dg') },
  ]),
  // jose's `jwtVerify(jwt, key)` (for HS256 the key is `new TextEncoder().encode('…')`); Node's `http.request`
  // and `https.request` option `auth`, documented as "Basic authentication ('user:password')"; ms-rest-azure's
  // `loginWithUsernamePassword(username, password)` and `loginWithServicePrincipalSecret(clientId, secret, domain)`;
  // superagent's and request's `.auth(user, password)`.
  positionalRule('js-jwt-verify-key', ['jwtverify'], [
    { key: 'secret', pattern: new RegExp(`\\bjwtVerify${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
  positionalRule('node-request-auth-option', ['http.request', 'https.request', 'http.get', 'https.get'], [
    { key: 'password', pattern: new RegExp(`\\bhttps?\\.(?:request|get)${OPEN}(?:${ARG})?\\{[^{}()\\r\\n]{0,200}?\\bauth[ \\t]*:[ \\t]*(?<q>["'\`])[^"'\`:\\r\\n]{1,100}:(?<secret>[^"'\`\\r\\n]{3,200})\\k<q>`, 'dg') },
  ]),
  // libcurl's password options (curl.se/libcurl/c/CURLOPT_USERPWD.html: "[user name]:[password]", the password
  // after the first colon; CURLOPT_PROXYUSERPWD alike; CURLOPT_PASSWORD, CURLOPT_PROXYPASSWORD, CURLOPT_KEYPASSWD and
  // CURLOPT_TLSAUTH_PASSWORD the password alone), given to C's `curl_easy_setopt(h, OPTION, "…")`, PHP's
  // `curl_setopt($ch, OPTION, "…")` or `[OPTION => "…"]`, or pycurl's `setopt(pycurl.USERPWD, "…")` (the option without
  // its prefix).
  positionalRule('libcurl-password-option', ['curlopt_', 'pycurl.'], [
    // (One expression for both forms, the quote of the one taken and the other's empty: each keyword's place tried once.)
    { key: 'password', pattern: new RegExp(`\\b(?:CURLOPT_|pycurl\\.)(?:(?:PROXY)?USERPWD[ \\t]*(?:,|=>)[ \\t]*(?<q>["'])[^"':\\r\\n]{0,100}:|(?:(?:PROXY)?PASSWORD|KEYPASSWD|TLSAUTH_PASSWORD)[ \\t]*(?:,|=>)[ \\t]*(?<r>["']))(?<secret>[^"'\\r\\n]{3,200})\\k<q>\\k<r>`, 'dg') },
  ]),
  // The Android Gradle plugin DSL's `buildConfigField(type, name, value)` and `resValue(type, name, value)`
  // (developer.android.com/reference/tools/gradle-api, com.android.build.api.dsl.VariantDimension): the second
  // argument names the generated `BuildConfig` field or string resource, and the third is its value, judged as
  // given to that name. buildConfigField's value is Java source, so a String's is a Java literal inside the
  // Groovy or Kotlin string (`"\"…\""`, Groovy's `'"…"'`). Groovy's call without parentheses, Kotlin's with them or
  // with the parameters' names (`type = …, name = …, value = …`), in the documented order.
  positionalRule('android-build-field', ['buildconfigfield', 'resvalue'], [
    // (Both quotings in one expression: the Java literal's opening quote, escaped or not, closes it.)
    { pattern: new RegExp(`\\bbuildConfigField${androidField('String')}(?<q>["'])(?<e>\\\\"|")(?<secret>[^"'\\\\\\r\\n]{3,200})\\k<e>\\k<q>`, 'dg') },
    { pattern: new RegExp(`\\bresValue${androidField('string')}(?<q>["'])(?<secret>[^"'\\\\\\r\\n]{3,200})\\k<q>`, 'dg') },
  ]),
  positionalRule('js-login-password-argument', ['loginwithusernamepassword', 'loginwithserviceprincipalsecret', '.auth(', '.auth ('], [
    { key: 'password', pattern: new RegExp(`\\b(?:loginWithUsernamePassword|loginWithServicePrincipalSecret)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\.auth${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
  ]),
];
