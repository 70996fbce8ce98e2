// Files that hold credentials by convention: never read into any prompt, whatever .gitignore
// says (a committed .env is still a secret). Only the user's own settings may re-include one
// with `!`; a file in the repository (.flywheelignore, workspace settings) cannot.
export const defaultIgnorePatterns: readonly string[] = [
  '.git/',
  // Env files: `.env` and one `.env.<environment>` per environment (dotenv's README: ".env for local/development,
  // .env.production for production", and "Should I commit my .env file? No."; `.env.local`, `.env.keys` alike), any
  // `<name>.env` a Compose service's `env_file` or `docker run --env-file` names (`prod.env`, `env/web.env`), direnv's
  // `.envrc`.
  '.env',
  '.env.*',
  '*.env',
  '.envrc',
  // …but not the committed template beside them, which holds the names with placeholder values for the team to copy
  // (Laravel's configuration guide: `.env.example`, "by putting placeholder values in the example configuration file";
  // `.env.sample` and `.env.template` are the same file by the other names copy-env and dotenv-prompt give it). It is
  // read like any source file, and redacted like one before it leaves for a cloud model. (`prod.env.example` matches
  // none of these and was always read; an environment's own template, `.env.production.example`, stays refused.)
  '!.env.example',
  '!.env.sample',
  '!.env.template',
  '*.pem',
  '*.key',
  '*.p12',
  '*.pfx',
  '*.jks',
  '*.keystore',
  '*.kdbx',
  '*.gpg',
  '*.asc',
  'id_rsa*',
  'id_dsa*',
  'id_ecdsa*',
  'id_ed25519*',
  '.ssh/',
  '.aws/',
  '.gnupg/',
  'credentials*',
  '.git-credentials',
  '.netrc',
  '_netrc',
  '.npmrc',
  '.pypirc',
  '.htpasswd',
  '*.tfstate',
  '*.tfstate.*',
  '*.tfvars',
  'secrets.json',
  'secrets.yaml',
  'secrets.yml',
  'secrets.toml',
  '*.secret',
  '*.secrets',
  'service-account*.json',
  'kubeconfig',
  '.kube/',
  '**/.docker/config.json',
  // Docker's credentials file before 1.7 (`docker login` wrote `~/.dockercfg`; Kubernetes still documents the
  // `kubernetes.io/dockercfg` Secret as "a serialized ~/.dockercfg file"), and Azure Functions' local settings, whose
  // documentation says they hold connection strings and secrets and must never be committed.
  '.dockercfg',
  'local.settings.json',
  '.pgpass',
  '**/gh/hosts.yml',
  '**/.m2/settings.xml',
  '**/.m2/settings-security.xml',
  '**/gcloud/credentials.db',
  '**/gcloud/access_tokens.db',
  '**/gcloud/application_default_credentials.json',
  '**/gcloud/legacy_credentials/',
  '.azure/',
  '.vault-token',
  // Secrets mounted as files, each file the value alone: Docker's /run/secrets/NAME ("Manage sensitive data with
  // Docker secrets"), a Kubernetes service account's /var/run/secrets/kubernetes.io/serviceaccount/token, systemd's
  // credentials under /run/credentials/UNIT ($CREDENTIALS_DIRECTORY, systemd.exec(5)).
  '**/run/secrets/',
  '**/run/credentials/',
  '.password-store/',
  '**/.terraform.d/credentials.tfrc.json',
  '**/.cargo/credentials',
  '**/.cargo/credentials.toml',
  '**/.gem/credentials',
  '**/.config/hub',
  '**/.config/op/',
  // Client and cloud CLI files that hold a password or token in plain text, by their documented place: MySQL's
  // option files ([client] password), Terraform's CLI config (credentials blocks), Gradle's user properties (the
  // documented home of repository credentials), Yarn's .yarnrc.yml (npmAuthToken), s3cmd's .s3cfg and boto's .boto
  // (secret keys), rclone's config, OCI's and doctl's CLI configs, Helm's repositories file, Podman's auth.json.
  '.my.cnf',
  '.mylogin.cnf',
  '.terraformrc',
  'terraform.rc',
  '**/.gradle/gradle.properties',
  '.yarnrc.yml',
  '.s3cfg',
  '.boto',
  '**/rclone/rclone.conf',
  '**/.oci/config',
  '**/doctl/config.yaml',
  '**/helm/repositories.yaml',
  '**/containers/auth.json',
  // Shell and database client histories keep typed commands, passwords and tokens among them (MySQL's manual warns
  // of ALTER USER … IDENTIFIED BY in .mysql_history).
  '.*_history',
  'fish_history',
  '**/etc/shadow',
  '**/etc/gshadow',
  '**/etc/sudoers',
];
