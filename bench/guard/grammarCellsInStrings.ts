// Grammars of the seventeenth round (guardgrammar2): a config file's line, an environment entry or
// libpq's conninfo written inside another language's string, and redis-server's command line. Each
// from its own documentation: Redis's "passing arguments via the command line" (`--` before any
// redis.conf directive), POSIX's environ(7)/putenv(3) `name=value`, Go's os/exec `Cmd.Env`, Jenkins'
// `withEnv`, libpq's keyword/value connection string (PHP's `pg_connect` manual example, Apache
// mod_authn_dbd's `DBDParams` as Puppet writes it); and a fallback literal on the line after `||` (Prettier's break). `§S:…§` as in grammarCells.ts.
import type { GrammarCell } from './grammarCells';

type Spec = readonly [group: string, id: string, template: string];

const specs: readonly Spec[] = [
  ['credential-file', 'redis-conf-notebook-source', '{"cell_type": "code", "source": ["# redis.conf\\n", "requirepass §V§\\n", "appendonly yes\\n"]}'],
  ['deploy-config', 'redis-conf-echo', 'RUN echo "requirepass §V§" >> /usr/local/etc/redis/redis.conf'],
  ['deploy-config', 'redis-conf-ansible-line', "- lineinfile:\n    path: /etc/redis/redis.conf\n    line: 'requirepass §V§'"],
  ['deploy-config', 'sentinel-auth-pass-string', 'echo "sentinel auth-pass mymaster §V§" >> /etc/redis/sentinel.conf'],
  ['deploy-config', 'redis-server-option', 'command: redis-server --appendonly yes --requirepass §V§'],
  ['deploy-config', 'redis-server-exec-form', 'command: ["redis-server", "--requirepass", "§V§"]'],
  ['header-in-code', 'ingress-snippet-inline', 'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/configuration-snippet: "proxy_set_header X-Api-Key §V§;"'],
  ['header-in-code', 'apache-header-echo', "RUN echo 'RequestHeader set X-Auth-Token §V§' >> /etc/apache2/conf-enabled/auth.conf"],
  ['code-assignment', 'jenkins-withenv-separators', 'withEnv(["API_TOKEN=§S:p;#§§V§"]) {\n  sh \'./deploy.sh\'\n}'],
  ['code-assignment', 'jenkins-withenv-list', "withEnv(['DB_USER=app', 'DB_PASSWORD=§V§']) {"],
  ['code-assignment', 'go-os-environ', 'cmd.Env = append(os.Environ(), "API_TOKEN=§V§")'],
  ['code-assignment', 'c-envp', 'char *envp[] = { "DB_PASSWORD=§V§", NULL };'],
  ['code-assignment', 'js-fallback-next-line', 'export const dbPassword =\n  process.env.DB_PASSWORD ||\n  "§V§";'],
  ['connection-string', 'php-pg-connect-password-last', '$db = pg_connect("host=db port=5432 dbname=shop user=app password=§V§");'],
  ['connection-string', 'ruby-dbd-params', ":authn_dbd_params => 'host=db port=3306 user=apache password=§V§ dbname=apache_auth',"],
];

export const grammarCellsInStrings: readonly GrammarCell[] = specs.map(([group, id, template]) => ({ group, id, template }));
