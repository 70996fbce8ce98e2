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
import type { SecretRule } from '../secretRule';
import { ARG, LITERAL, positionalRule } from './positionalSecretRules';

const OPEN = `[ \\t]*\\([ \\t]*`;

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
];
