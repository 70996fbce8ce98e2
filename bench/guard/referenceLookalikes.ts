// References and code in a secret's place (eighteenth round, guardref): what a user writes *instead of* the
// secret, in each platform's documented syntax, placed into the matrix's grammars where that platform's
// users write it (`cells`), or, where no grammar of the matrix is its home, into its own documented
// host (`homes`). Each must be left: the placeholder policy (HELPERS.md) sets references and code apart
// as shapes. Reported apart from the matrix's eight look-alikes, so earlier figures stay comparable.
//
// A `value` form stands where the secret's characters stood (`API_TOKEN: ${{ secrets.API_TOKEN }}`); an
// `expression` form replaces the whole string literal around the slot (`password := os.Getenv("X")`),
// so its cells are those whose slot is a whole literal.
import type { GrammarCell } from './grammarCells';

export interface ReferenceSyntax {
  readonly id: string;
  readonly kind: 'value' | 'expression';
  readonly forms: readonly string[];
  readonly cells: readonly string[];
  readonly homes?: readonly string[];
}

const PY = ['python-self', 'python-annotated', 'openai-py', 'psycopg-kwargs', 'redis-py', 'smtplib-login', 'python-dict-call', 'paramiko-positional', 'pika-plain-credentials', 'itsdangerous-serializer'];
const JS = ['js-export', 'js-object', 'openai-js', 'js-client-object', 'nodemailer', 'js-axios-auth', 'cookie-parser', 'twilio-node', 'express-basic-auth', 'aws-js-v2-credentials'];
const JAVA = ['java-final', 'jdbc-getconnection', 'java-set-property', 'spring-bearer', 'java-aws-basic-credentials', 'javamail-password-authentication', 'config-set'];
const GO = ['go-short', 'go-var-typed', 'go-plainauth', 'go-basic-auth', 'go-ldap-bind', 'go-ftp-login', 'gomail-dialer', 'go-aws-static-credentials', 'go-ssh-password', 'go-url-userpassword'];
const CSHARP = ['csharp-property', 'dotnet-networkcredential', 'azure-key-credential', 'azure-client-secret-credential', 'msal-with-client-secret', 'cosmos-client-key', 'ssh-net-client', 'mailkit-authenticate'];
const PHP = ['php-variable', 'php-define', 'php-pdo', 'php-mysqli', 'php-mysqli-new', 'phpredis-auth', 'php-oci-connect', 'mysqli-real-connect', 'php-hash-hmac'];
const RUBY = ['ruby-constant', 'ruby-symbol', 'ruby-basic-auth', 'ruby-aws-credentials', 'ruby-rest-client-resource'];
// YAML and JSON settings whose value is a whole scalar.
const YAML_VALUE = ['k8s-stringdata', 'k8s-env-value', 'k8s-env-value-bare', 'helm-values', 'compose-map', 'actions-env', 'yaml-nested', 'spring-yaml', 'serverless-env', 'ansible-vars'];
const ENV_LINE = ['export', 'export-double', 'command-prefix', 'dotenv-spaced', 'heredoc', 'compose-list', 'docker-run-env', 'env-cmd'];
// Command lines a CI step runs with the secret in an option.
const CI_COMMANDS = ['docker-login', 'docker-login-long', 'curl-header', 'curl-user', 'helm-set', 'kubectl-literal', 'twine', 'gh-token-env', 'npm-config-env', 'tf-cli-var', 'az-login', 'sqlcmd', 'mysql-long'];

export const referenceSyntaxes: readonly ReferenceSyntax[] = [
  // Azure App Service / Functions: "Use Key Vault references as app settings"
  // (learn.microsoft.com/azure/app-service/app-service-key-vault-references): `@Microsoft.KeyVault(SecretUri=…)`,
  // with or without the secret's version (32 hex digits), or `(VaultName=…;SecretName=…[;SecretVersion=…])`;
  // set in the portal, `az webapp config appsettings set`, ARM/Bicep `appSettings`, Functions' local.settings.json.
  {
    id: 'azure-keyvault-reference',
    kind: 'value',
    forms: [
      '@Microsoft.KeyVault(SecretUri=https://shop-vault.vault.azure.net/secrets/db-password/)',
      '@Microsoft.KeyVault(SecretUri=https://shop-vault.vault.azure.net/secrets/db-password/ec96f02080254f109c51a1f14cdb1931)',
      '@Microsoft.KeyVault(VaultName=shop-vault;SecretName=db-password)',
      '@Microsoft.KeyVault(VaultName=shop-vault;SecretName=db-password;SecretVersion=ec96f02080254f109c51a1f14cdb1931)',
    ],
    cells: ['json-nested', 'serverless-env', 'compose-map', 'k8s-env-value'],
    homes: [
      'az webapp config appsettings set -g shop-rg -n shop --settings DB_PASSWORD=§V§',
      '{\n  "IsEncrypted": false,\n  "Values": {\n    "DB_PASSWORD": "§V§"\n  }\n}',
      "appSettings: [\n  {\n    name: 'DB_PASSWORD'\n    value: '§V§'\n  }\n]",
    ],
  },
  // AWS CloudFormation "Get values stored in other services using dynamic references"
  // (docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html):
  // `{{resolve:ssm:name:version}}`, `{{resolve:ssm-secure:name:version}}`,
  // `{{resolve:secretsmanager:secret-id:SecretString:json-key:version-stage:version-id}}` (secret-id a name or an ARN).
  {
    id: 'cloudformation-dynamic-reference',
    kind: 'value',
    forms: [
      '{{resolve:secretsmanager:MyRDSSecret:SecretString:password}}',
      '{{resolve:secretsmanager:arn:aws:secretsmanager:us-west-2:123456789012:secret:MyRDSSecret-a1b2c3:SecretString:password::}}',
      '{{resolve:ssm-secure:/shop/db/password:1}}',
      '{{resolve:ssm:/shop/api-key}}',
    ],
    cells: ['yaml-nested', 'json-nested', 'serverless-env'],
    homes: [
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: app\n      MasterUserPassword: \'§V§\'',
      '"MasterUserPassword": "§V§",',
    ],
  },
  // ARNs as Secrets Manager and Systems Manager name them (docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html:
  // `arn:aws:secretsmanager:Region:AccountId:secret:SecretName-6RandomCharacters`; SSM `arn:aws:ssm:Region:AccountId:parameter/name`),
  // given to ECS's `secrets[].valueFrom` ("Pass Secrets Manager secrets through Amazon ECS environment variables") and to Lambda's settings.
  {
    id: 'aws-secret-arn',
    kind: 'value',
    forms: [
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/shop/db-password-AbCdEf',
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/shop/db-AbCdEf:password::',
      'arn:aws:ssm:us-east-1:123456789012:parameter/shop/db/password',
    ],
    cells: ['serverless-env', 'yaml-nested', 'json-nested'],
    homes: [
      '"secrets": [\n  {\n    "name": "DB_PASSWORD",\n    "valueFrom": "§V§"\n  }\n]',
      'DB_PASSWORD_SECRET_ARN=§V§',
    ],
  },
  // CloudFormation intrinsic functions (docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html):
  // `!Ref`, `!Sub`, `!GetAtt`, `!ImportValue`, `!Join`, and their JSON `{"Ref": …}`, `{"Fn::GetAtt": […]}`; the RDS example
  // passes a NoEcho parameter as `MasterUserPassword: !Ref DBPassword`. Serverless Framework takes them in `environment`.
  {
    id: 'cloudformation-intrinsic-yaml',
    kind: 'value',
    forms: ['!Ref DBPassword', "!Sub '{{resolve:secretsmanager:${DBSecret}:SecretString:password}}'", '!GetAtt DBSecret.SecretString', '!ImportValue shop-db-password', "!Join ['', ['{{resolve:secretsmanager:', !Ref DBSecret, ':SecretString:password}}']]"],
    cells: ['yaml-nested', 'serverless-env', 'helm-values'],
    homes: ['Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: app\n      MasterUserPassword: §V§'],
  },
  {
    id: 'cloudformation-intrinsic-json',
    kind: 'expression',
    forms: ['{"Ref": "DBPassword"}', '{"Fn::GetAtt": ["DBSecret", "SecretString"]}', '{"Fn::Sub": "{{resolve:secretsmanager:${DBSecret}:SecretString:password}}"}', '{ "Fn::ImportValue": "shop-db-password" }'],
    cells: ['json-nested'],
    homes: ['"Properties": {\n  "MasterUsername": "app",\n  "MasterUserPassword": "§V§"\n}'],
  },
  // 1Password "Secret reference syntax" (developer.1password.com/docs/cli/secret-reference-syntax):
  // `op://vault/item/[section/]field[?attribute=…]`, in .env files run with `op run` and in templates `op inject` fills (`{{ op://… }}`).
  {
    id: '1password-secret-reference',
    kind: 'value',
    forms: ['op://development/GitHub/credentials/personal_token', 'op://Shop Prod/Database/password', 'op://dev/stripe/api/secret-key', 'op://dev/github/one-time password?attribute=otp', '{{ op://dev/db/password }}'],
    cells: [...ENV_LINE, 'yaml-nested', 'k8s-stringdata', 'toml-table', 'ini-section', 'spring-datasource'],
  },
  // HashiCorp Vault: Vault Agent / consul-template templates (developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template):
  // `{{ with secret "path" }}{{ .Data.data.password }}{{ end }}`; Bank-Vaults' webhook (bank-vaults.dev/docs/mutating-webhook/configuration):
  // `vault:secret/data/path#KEY`; argocd-vault-plugin (argocd-vault-plugin.readthedocs.io "Using the Plugin"): `<path:secret/data/path#key>`.
  {
    id: 'vault-reference',
    kind: 'value',
    forms: ['{{ with secret "secret/data/shop/db" }}{{ .Data.data.password }}{{ end }}', '{{- with secret "database/creds/readonly" -}}{{ .Data.password }}{{- end }}', 'vault:secret/data/shop/db#DB_PASSWORD', 'vault:secret/data/accounts/aws#AWS_SECRET_ACCESS_KEY', '<path:secret/data/shop/db#password>'],
    cells: ['k8s-env-value', 'k8s-env-value-bare', 'k8s-stringdata', 'k8s-stringdata-quoted', 'ini-section', 'spring-datasource', 'toml-table', 'dotenv-spaced', 'helm-values'],
  },
  // GitHub Actions contexts (docs.github.com/actions/reference/workflows-and-actions/contexts; "Using secrets in GitHub Actions"):
  // `${{ secrets.NAME }}`, `${{ vars.NAME }}`, `${{ env.NAME }}`, `${{ secrets.GITHUB_TOKEN }}`, in `env:`, `with:` and `run:` lines.
  {
    id: 'github-actions-expression',
    kind: 'value',
    forms: ['${{ secrets.API_TOKEN }}', '${{secrets.DOCKERHUB_TOKEN}}', '${{ secrets.GITHUB_TOKEN }}', '${{ env.DB_PASSWORD }}', '${{ vars.API_KEY }}', "${{ secrets[format('{0}_TOKEN', matrix.env)] }}"],
    cells: ['actions-env', 'actions-with', 'k8s-env-value', 'compose-map', ...CI_COMMANDS],
  },
  // Azure Pipelines variables (learn.microsoft.com/azure/devops/pipelines/process/variables, "Understand variable syntax"):
  // macro `$(name)`, runtime expression `$[variables.name]`, template expression `${{ variables.name }}`; secret variables mapped in `env:`.
  {
    id: 'azure-pipelines-variable',
    kind: 'value',
    forms: ['$(dbPassword)', '$(DB_PASSWORD)', '$(Build.SourceVersion)', '$[variables.dbPassword]', '$[ variables.dbPassword ]', "$[ variables['db.password'] ]", '${{ variables.dbPassword }}'],
    cells: ['actions-env', 'actions-with', 'compose-map', 'yaml-nested', ...CI_COMMANDS],
  },
  // GitLab CI/CD predefined and project variables (docs.gitlab.com/ci/variables/predefined_variables, "Use CI/CD variables in job scripts"):
  // `$CI_JOB_TOKEN`, `${CI_REGISTRY_PASSWORD}`, `$CI_DEPLOY_PASSWORD`; the registry login `docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY`.
  {
    id: 'gitlab-ci-variable',
    kind: 'value',
    forms: ['$CI_JOB_TOKEN', '${CI_JOB_TOKEN}', '$CI_REGISTRY_PASSWORD', '${CI_DEPLOY_PASSWORD}', '$$CI_JOB_TOKEN'],
    cells: ['gitlab-variables', 'git-remote', 'git-credentials', 'pip-install-flag', ...CI_COMMANDS],
  },
  // Helm's templates, Go text/template (helm.sh/docs/chart_template_guide/values_files, /function_list): `{{ .Values.x }}`,
  // piped through `b64enc`, `quote`, `required`, `default`; whitespace trimmed `{{- … -}}`.
  {
    id: 'helm-template',
    kind: 'value',
    forms: ['{{ .Values.db.password }}', '{{ .Values.auth.password | b64enc | quote }}', '{{ required "auth.password is required" .Values.auth.password }}', '{{- .Values.apiKey | default "" | quote -}}', '{{ include "shop.dbPassword" . }}', '{{ $.Values.global.postgresql.auth.password }}'],
    cells: ['k8s-stringdata', 'k8s-stringdata-quoted', 'k8s-env-value', 'k8s-env-value-bare', 'compose-map', 'helm-values'],
    homes: ['apiVersion: v1\nkind: Secret\ndata:\n  password: §V§'],
  },
  // Jinja2 as Ansible uses it (docs.ansible.com "Using variables", "Lookup plugins", ansible.builtin.env lookup) and
  // Ansible Vault's inline `!vault |` (docs.ansible.com "Encrypting individual variables with Ansible Vault").
  {
    id: 'ansible-jinja',
    kind: 'value',
    forms: ['"{{ vault_db_password }}"', "{{ lookup('env', 'DB_PASSWORD') }}", "\"{{ lookup('ansible.builtin.env', 'DB_PASSWORD') }}\"", "\"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/shop:password') }}\"", '{{ db_password | default(omit) }}'],
    cells: ['ansible-vars', 'ansible-become', 'ansible-inventory', 'yaml-nested', 'compose-map'],
  },
  {
    id: 'ansible-vault-inline',
    kind: 'value',
    forms: ['!vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          62313365396662343061393464336163383764373764613633653634306231386433626436623361\n          6134333665353966363534333632666535333761666131620a663537646436643839616531643561\n          63396265333966386166373632626539326166353965363262633030333630313338646335303630\n          3438626666666137650a353638643435666633633964366338633066623234616432373231333331\n          6564'],
    cells: ['ansible-vars', 'ansible-become', 'yaml-nested'],
  },
  // SOPS (getsops.io/docs, "Encrypting using …"): each value in YAML, JSON, dotenv and INI becomes
  // `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`, base64 fields; the data key lives elsewhere.
  {
    id: 'sops-encrypted-value',
    kind: 'value',
    forms: ['ENC[AES256_GCM,data:Tr7o1xg4P9TY9PtiYRD2Ww==,iv:1hZ+xjOTFZ1JpYoI5VnN7xMvNT3v4EW4bsX0B9wKzq0=,tag:Jp9cxRRXtL3ZuLWJ8QqqaQ==,type:str]', 'ENC[AES256_GCM,data:CwE4O1s=,iv:2k=,aad:oNP3b0mEbDQ2oUhA6dKTKfuy2dWlZRvsKqo5oBYjBqs=,tag:K3r3ZUfQKuP9jF1ApcEOlw==,type:str]'],
    cells: ['yaml-nested', 'k8s-stringdata', 'json-nested', 'dotenv-spaced', 'ini-section', 'helm-values'],
  },
  // hiera-eyaml (github.com/voxpupuli/hiera-eyaml README): Puppet's Hiera values encrypted to a public key, `ENC[PKCS7,base64]`
  // (or `ENC[GPG,…]`), one line or folded in a `>` block; the private key lives on the Puppet server.
  {
    id: 'hiera-eyaml-encrypted-value',
    kind: 'value',
    forms: ['ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAd2bHBm2NXrPkGuKwgBTMkZEzkS7ddt3lO5hcsE7qTWSF5JDzqkDSgFCaDGcTZq6Uh2ZNsYbVtmBmmt1J8RM9o2w4AuqU9l8LhDHgw/8XlS8czA/Kwq2Y9sOvqYoQqaOFG+HOc6mZcMb46xsrFvKJbHKj7JRn9c4v8vL1Y3nJ0Kq4uFg7T3eK0ZnOyhN8E5pZ1bXwRx3ZyUvVd4WqQfGm9kRl0Ppt8ThWx6Wb2b5nE7cR1qOo8Z3eYhKfL8sG9vNfZs2L4Y9fCq1JrUtD5HwZ6nKxV0bPqG3mY7cR2aT1hWzEjM4dN8uQ9bLoK+yXpHf6vS3iA5tC7wB2gD0jE1lF4oI8rM9nP3qA6sU0vXwYzAjBgkqhkiG9w0BBwEwFAYIKoZIhvcNAwcECHxg5CZ6wBJagBA5hb9bsB7Vy3dQmNMJjE0D]', 'ENC[GPG,hQEMAyFYAJBQ0QrJAQgAn0Nx6Bz9A6X2EmxbNqG0G8e+bGWBcvT2Hf3tY8kOGX1dLtr6mJrXy9cDqDoUQzVx]'],
    cells: ['yaml-nested', 'ini-section'],
    homes: ['profile::db::password: >\n    ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAxggEhMIIBHQIBADAFMAACAQEw\n    DQYJKoZIhvcNAQEBBQAEggEAd2bHBm2NXrPkGuKwgBTMkZEzkS7ddt3lO5hcsE7q]'],
  },
  // Jasypt Spring Boot (github.com/ulisesbocchio/jasypt-spring-boot README, "Use ENC() wrapped values"): `ENC(base64 ciphertext)`
  // in properties and YAML; the encryptor's password is given apart (`jasypt.encryptor.password`).
  {
    id: 'jasypt-encrypted-value',
    kind: 'value',
    forms: ['ENC(nrmZtkF7T0kjG/VodDvBw93Ct8EgjCA+)', 'ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)', 'ENC(Xh0Wd4MxyAGTtBzd/m0ITtsGxbXcIXgbfeR0UmEXgZfsHcLnYDS8vM4cZkJJ2m8A)'],
    cells: ['spring-datasource', 'spring-colon', 'spring-yaml', 'spring-mail', 'jwt-secret', 'quarkus', 'spring-oauth-client-secret'],
  },
  // Spring's property placeholders (docs.spring.io/spring-boot/reference/features/external-config.html, "Property Placeholders"):
  // `${name}`, `${name:default}` with an empty or nested default; `@Value("${…}")`. (A literal default is the secret: the slot literals.)
  {
    id: 'spring-placeholder',
    kind: 'value',
    forms: ['${DB_PASSWORD}', '${DB_PASSWORD:}', '${spring.datasource.password}', '${db.password:${DB_PASSWORD}}', '${vcap.services.shop-db.credentials.password}'],
    cells: ['spring-datasource', 'spring-colon', 'spring-yaml', 'spring-mail', 'jwt-secret', 'kebab-api-key', 'quarkus', 'spring-value-default', 'hibernate-xml', 'tomcat-resource'],
  },
  // Compose's interpolation (docs.docker.com/reference/compose-file/interpolation: `${VAR:?err}`, `${VAR-default}` with an empty
  // default) and Serverless Framework's variables (serverless.com/framework/docs/guides/variables: `${env:X}`, `${ssm:/path}`,
  // `${self:custom.x}`, `${file(./secrets.yml):db.password}`).
  {
    id: 'compose-serverless-variables',
    kind: 'value',
    forms: ['${DB_PASSWORD:?DB_PASSWORD must be set}', '${DB_PASSWORD?err}', '${DB_PASSWORD:-}', '${env:STRIPE_SECRET}', '${ssm:/shop/stripe/secret}', '${self:custom.stripeSecret}', '${file(./secrets.yml):stripe.secret}', '${ssm(us-east-1):/shop/stripe/secret}'],
    cells: ['compose-map', 'compose-list', 'serverless-env', 'actions-env'],
  },
  // Token replacement in .NET configuration at deploy time: qetza's Replace Tokens task (github.com/qetza/replacetokens-task,
  // default prefix `#{`, suffix `}#`) and Octopus Deploy's variable substitution (octopus.com/docs/projects/variables/variable-substitutions: `#{Name}`).
  {
    id: 'dotnet-token-replacement',
    kind: 'value',
    forms: ['#{DbPassword}#', '#{ApiSecret}#', '#{Database.Password}', '#{Octopus.Action[Deploy].Output.DbPassword}'],
    cells: ['appsettings-json', 'sqlserver-adonet', 'csharp-literal', 'json-nested', 'dotnet-settings', 'spring-datasource', 'yaml-nested'],
  },
  // Docker secrets (docs.docker.com/compose/how-tos/use-secrets, docs.docker.com/engine/swarm/secrets): mounted at `/run/secrets/<name>`;
  // official images read `<VAR>_FILE` (hub.docker.com/_/postgres "Docker Secrets": `POSTGRES_PASSWORD_FILE=/run/secrets/postgres-passwd`).
  {
    id: 'docker-secret-file',
    kind: 'value',
    forms: ['/run/secrets/postgres_password', '/run/secrets/db-password'],
    cells: [],
    homes: [
      'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: §V§',
      'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD_FILE=§V§',
      'docker run -e MYSQL_ROOT_PASSWORD_FILE=§V§ mysql:8',
      'export DB_PASSWORD_FILE=§V§',
      'DB_PASSWORD_FILE = "§V§"',
    ],
  },
  {
    id: 'docker-secret-file-read',
    kind: 'expression',
    forms: ['open("/run/secrets/db_password").read().strip()', 'Path("/run/secrets/db_password").read_text().strip()'],
    cells: PY,
  },
  // Kubernetes "Define container environment variables using Secret data" (kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure):
  // `valueFrom.secretKeyRef` (`name`, `key`), `envFrom.secretRef`; Helm's values often hold `existingSecret`/`secretKeys` names.
  {
    id: 'kubernetes-secret-key-ref',
    kind: 'value',
    forms: [],
    cells: [],
    homes: [
      'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: shop-db\n        key: db-password',
      'env:\n- name: API_TOKEN\n  valueFrom:\n    secretKeyRef:\n      name: api-token\n      key: token\n      optional: false',
      'env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef: {name: stripe, key: secret-key}',
      'envFrom:\n  - secretRef:\n      name: shop-secrets',
      'postgresql:\n  auth:\n    existingSecret: shop-db-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: user-password',
    ],
  },
  // Terraform expressions (developer.hashicorp.com/terraform/language/expressions/references): `var.`, `local.`, `module.`, `data.`,
  // a resource's attribute (`random_password.db.result`), functions (`jsondecode(…)["password"]`), and the older `"${var.x}"` interpolation.
  {
    id: 'terraform-reference',
    kind: 'expression',
    forms: ['var.db_password', 'local.db_password', 'module.db.password', 'data.aws_secretsmanager_secret_version.db.secret_string', 'random_password.db.result', 'jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]', '"${var.db_password}"', 'data.vault_generic_secret.db.data["password"]', 'sensitive(var.github_token)'],
    cells: ['resource-argument', 'provider-token', 'variable-default'],
  },
  // Environment lookups, each language's reference: Python os.environ/os.getenv (docs.python.org/3/library/os.html);
  // Node process.env (nodejs.org/api/process.html#processenv); Java System.getenv; Go os.Getenv; .NET
  // Environment.GetEnvironmentVariable and IConfiguration["…"]; PHP getenv/$_ENV and Laravel's env()/config(); Ruby ENV.fetch/ENV[].
  { id: 'python-env-lookup', kind: 'expression', forms: ['os.environ["DB_PASSWORD"]', "os.environ['API_KEY']", 'os.getenv("DB_PASSWORD")', 'os.environ.get("API_TOKEN", "")', 'environ.get("SECRET_KEY")', 'config("DB_PASSWORD")', 'env("API_KEY")', 'env.str("SECRET_KEY")', 'os.environ["API_TOKEN"].strip()', 'SecretStr(os.environ["API_KEY"])', "settings.DATABASES['default']['PASSWORD']"], cells: PY },
  { id: 'node-env-lookup', kind: 'expression', forms: ['process.env.DB_PASSWORD', "process.env['API_KEY']", 'process.env.API_TOKEN ?? ""', 'process.env.DB_PASSWORD!', 'process.env.OPENAI_API_KEY as string', "config.get<string>('db.password')", 'import.meta.env.VITE_API_KEY', 'Deno.env.get("API_KEY")', 'Bun.env.API_TOKEN'], cells: JS },
  { id: 'java-env-lookup', kind: 'expression', forms: ['System.getenv("DB_PASSWORD")', 'System.getProperty("db.password")', 'env.getProperty("spring.datasource.password")', 'Objects.requireNonNull(System.getenv("API_TOKEN"))'], cells: JAVA },
  { id: 'go-env-lookup', kind: 'expression', forms: ['os.Getenv("DB_PASSWORD")', 'os.ExpandEnv("$API_TOKEN")', 'viper.GetString("db.password")', 'cfg.Database.Password'], cells: GO },
  { id: 'csharp-env-lookup', kind: 'expression', forms: ['Environment.GetEnvironmentVariable("DB_PASSWORD")', 'configuration["ApiSecret"]', 'builder.Configuration["Azure:ClientSecret"]', 'Configuration.GetConnectionString("Default")', '_options.Value.ApiKey', 'configuration.GetValue<string>("ApiKey")', 'config["Jwt:Key"]!'], cells: CSHARP },
  { id: 'php-env-lookup', kind: 'expression', forms: ["getenv('DB_PASSWORD')", "$_ENV['DB_PASSWORD']", "$_SERVER['API_KEY']", "env('DB_PASSWORD')", "config('services.stripe.secret')", "env('DB_PASSWORD', '')"], cells: PHP },
  { id: 'ruby-env-lookup', kind: 'expression', forms: ["ENV.fetch('DB_PASSWORD')", "ENV['API_KEY']", 'ENV.fetch("API_TOKEN", nil)', 'Rails.application.credentials.secret_key_base', 'Rails.application.credentials.dig(:aws, :secret_access_key)', 'Rails.application.credentials.aws[:secret_access_key]'], cells: RUBY },
  // Other languages' lookups (each language's reference: Rust std::env::var, Kotlin/Scala via Java's System.getenv, Swift ProcessInfo,
  // Elixir System.get_env and System.fetch_env!, Perl %ENV, Lua os.getenv, R Sys.getenv, Clojure System/getenv, Dart Platform.environment, PowerShell $env:).
  {
    id: 'other-env-lookups',
    kind: 'expression',
    forms: [],
    cells: [],
    homes: [
      'let client_secret = std::env::var("CLIENT_SECRET").expect("CLIENT_SECRET must be set");',
      'let client_secret = env::var("CLIENT_SECRET")?;',
      'val apiKey = System.getenv("API_KEY")',
      'val password: String = sys.env("DB_PASSWORD")',
      'let apiKey = ProcessInfo.processInfo.environment["API_KEY"]',
      'config :shop, Shop.Repo, password: System.get_env("DB_PASSWORD")',
      'config :shop, Shop.Repo, password: System.fetch_env!("DB_PASSWORD")',
      "my $password = $ENV{'DB_PASSWORD'};",
      'local password = os.getenv("DB_PASSWORD")',
      'api_key <- Sys.getenv("API_KEY")',
      '(def api-key (System/getenv "API_KEY"))',
      "final apiKey = Platform.environment['API_KEY'];",
      '$password = $env:DB_PASSWORD',
      '$password = Get-Secret -Name DbPassword -AsPlainText',
      'def password = System.getenv("DB_PASSWORD")',
      'password: "${DB_PASSWORD}"',
      '@Value("${api.key}")\nprivate String apiKey;',
      'val apiKey = BuildConfig.API_KEY',
      'let apiKey = Bundle.main.object(forInfoDictionaryKey: "API_KEY") as? String',
      'const API_KEY: &str = env!("API_KEY");',
      "final apiKey = dotenv.env['API_KEY']!;",
      "const apiKey = String.fromEnvironment('API_KEY');",
      'config :shop, api_key: Application.get_env(:shop, :api_key)',
      'password, ok := os.LookupEnv("DB_PASSWORD")',
    ],
  },
  // Member and subscript expressions: a value read from a settings object, a dict, a parsed config (the languages' own grammars).
  { id: 'python-member', kind: 'expression', forms: ["config['password']", 'settings.SECRET_KEY', 'self.config.api_key', 'st.secrets["db_password"]', 'creds["password"]', 'args.password', 'cfg.get("database", "password")'], cells: PY },
  { id: 'js-member', kind: 'expression', forms: ['config.apiKey', "config['password']", 'this.options.apiKey', 'secrets.dbPassword', 'opts.auth?.password', 'argv.password'], cells: JS },
  // Expressions joining them (each language's operators): a fallback, a condition, a concatenation, as written and as a minifier writes them.
  { id: 'js-operator-expression', kind: 'expression', forms: ['opts.token || process.env.API_TOKEN', 'isProd ? config.prodKey : config.devKey', 'e.altKey?r.C0.ESC+o.key:r.C0.CR', 'n.apiKey||t.env.API_KEY||""', 'prefix + config.apiKey', 'await loadKey()', 'new TextDecoder().decode(keyBytes)'], cells: JS },
  { id: 'python-operator-expression', kind: 'expression', forms: ['args.token or os.environ["API_TOKEN"]', 'cfg.prod_key if prod else cfg.dev_key', 'base64.b64decode(settings.ENCODED_KEY).decode()', 'PREFIX + settings.API_KEY'], cells: PY },
  { id: 'java-member', kind: 'expression', forms: ['properties.getPassword()', 'config.getString("db.password")', 'this.apiKey', 'credentials.password()'], cells: JAVA },
  { id: 'php-member', kind: 'expression', forms: ["$config['password']", '$this->apiKey', "$settings['db']['password']", 'self::API_KEY'], cells: PHP },
  // Calls that fetch a secret at run time (each SDK's reference: AWS Secrets Manager GetSecretValue, Azure SecretClient.getSecret,
  // Google Secret Manager access_secret_version, keyring.get_password, hvac's read_secret_version).
  {
    id: 'secret-fetch-call',
    kind: 'expression',
    forms: ['get_secret("db-password")', 'keyring.get_password("shop", "app")', 'client.get_secret_value(SecretId="prod/db")["SecretString"]', 'vault.secrets.kv.v2.read_secret_version(path="db")["data"]["data"]["password"]', 'secret_client.get_secret("db-password").value', 'decrypt(encrypted_password)', 'getpass.getpass()'],
    cells: PY,
  },
  {
    id: 'secret-fetch-call-js',
    kind: 'expression',
    forms: ['await getSecret("db-password")', '(await client.getSecretValue({ SecretId: "prod/db" })).SecretString', 'await secretClient.getSecret("db-password").then((s) => s.value)', 'readFileSync("/run/secrets/db_password", "utf8").trim()', 'loadApiKey()'],
    cells: JS,
  },
  {
    id: 'secret-fetch-call-java-csharp-go',
    kind: 'expression',
    forms: ['secretClient.getSecret("db-password").getValue()', 'vaultTemplate.read("secret/db").getData().get("password")', 'loadSecret("db-password")'],
    cells: [...JAVA, ...CSHARP, ...GO],
  },
  // Concatenation and interpolation (the languages' grammars): a literal joined to a variable, a template holding one.
  {
    id: 'concatenation-interpolation',
    kind: 'value',
    forms: [],
    cells: [],
    homes: [
      'headers = {"Authorization": "Bearer " + token}',
      'headers = {"Authorization": f"Bearer {token}"}',
      'headers = {"Authorization": "Bearer {}".format(api_key)}',
      'headers = {"Authorization": "Bearer %s" % api_key}',
      "fetch(url, { headers: { Authorization: 'Bearer ' + token } })",
      'headers.set("Authorization", `Bearer ${token}`);',
      'xhr.setRequestHeader("Authorization", "Bearer " + this.apiKey);',
      'req.Header.Set("Authorization", "Bearer "+token)',
      'req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", token))',
      'conn.setRequestProperty("Authorization", "Bearer " + accessToken);',
      'conn.setRequestProperty("Authorization", String.format("Bearer %s", accessToken));',
      'client.DefaultRequestHeaders.Add("Authorization", $"Bearer {accessToken}");',
      'request["Authorization"] = "Bearer #{token}"',
      "curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . $token]);",
      'curl_setopt($ch, CURLOPT_HTTPHEADER, ["Authorization: Bearer $token"]);',
      'curl_setopt($ch, CURLOPT_USERPWD, $user . ":" . $password);',
      'var cs = "Server=db;Database=shop;User Id=sa;Password=" + password + ";";',
      'var cs = $"Server=db;Database=shop;User Id=sa;Password={password};";',
      'engine = create_engine("postgresql+psycopg2://app:" + password + "@db/shop")',
      'engine = create_engine(f"postgresql+psycopg2://{user}:{password}@{host}/shop")',
      'db, err := sql.Open("mysql", user+":"+password+"@tcp(db:3306)/shop")',
      'db, err := sql.Open("mysql", fmt.Sprintf("%s:%s@tcp(%s)/shop", user, password, host))',
      'const url = `postgres://${user}:${password}@${host}:5432/shop`;',
      'val url = "jdbc:postgresql://db/shop?user=app&password=$password"',
      'val url = "jdbc:postgresql://db/shop?user=app&password=${config.password}"',
      '"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()',
      "headers: { Authorization: 'Basic ' + btoa(user + ':' + password) }",
      'export DATABASE_URL="postgres://app:${DB_PASSWORD}@db:5432/shop"',
      'DATABASE_URL=postgres://app:$DB_PASSWORD@db:5432/shop',
      'curl -u "app:$API_TOKEN" https://api.example.com/v1/items',
      'curl -H "Authorization: Bearer $(cat /run/secrets/token)" https://api.example.com',
      'mysql -u root -p"$MYSQL_ROOT_PASSWORD" shop',
      'password = "#{ENV["DB_PASSWORD"]}"',
      'token = "%s" % os.environ["API_TOKEN"]',
      '$headers = @{ Authorization = "Bearer $env:API_TOKEN" }',
      '$headers = @{ Authorization = "Bearer $($secret.Value)" }',
      'GET https://api.example.com/v1/items\nAuthorization: Bearer {{token}}',
      'GET https://api.example.com/v1/items\nAuthorization: Bearer {{$dotenv API_TOKEN}}',
      'DB_PASSWORD={{ db_password }}',
      'password = {{ vault_db_password }}',
      'API_TOKEN := $(shell cat .secrets/api-token)',
      'deploy: API_TOKEN=$(API_TOKEN) ./deploy.sh',
    ],
  },
];

const EXPRESSION_SLOT = /(?:@|b)?(["'`])([^"'`\n]*)§V§\1/g;

/** A reference or expression placed into a grammar's template, or undefined when the template's slot is not a whole literal (an expression form). */
export function placeReference(template: string, form: string, kind: ReferenceSyntax['kind']): string | undefined {
  const bare = template.replace(/§S:[^§]*§/g, '');
  if (kind === 'value') return bare.replaceAll('§V§', form);
  let whole = true;
  const placed = bare.replace(EXPRESSION_SLOT, (_m, _q, inside: string) => {
    if (inside !== '') whole = false;
    return form;
  });
  return whole && !placed.includes('§V§') ? placed : undefined;
}

/** Every text the reference matrix tries: each syntax's forms in its cells and its homes (a home without §V§ is tried as written). */
export function referenceTexts(cells: readonly GrammarCell[]): { syntax: string; host: string; text: string }[] {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const out: { syntax: string; host: string; text: string }[] = [];
  for (const syntax of referenceSyntaxes) {
    for (const id of syntax.cells) {
      const cell = byId.get(id);
      if (!cell) throw new Error(`${syntax.id}: no grammar ${id}`);
      for (const form of syntax.forms) {
        const text = placeReference(cell.template, form, syntax.kind);
        if (text === undefined) throw new Error(`${syntax.id}: ${id}'s slot is not a whole literal`);
        out.push({ syntax: syntax.id, host: id, text });
      }
    }
    (syntax.homes ?? []).forEach((home, i) => {
      if (!home.includes('§V§')) out.push({ syntax: syntax.id, host: `home ${i + 1}`, text: home });
      else for (const form of syntax.forms) out.push({ syntax: syntax.id, host: `home ${i + 1}`, text: home.replaceAll('§V§', form) });
    });
  }
  return out;
}
