// The credential files developer tools write and document, each in its documented syntax with a
// value of the shape the tool issues (written for this test): whatever the file, the credential
// goes and the line's other fields stay. The twelfth round's breadth, chosen by this rule before
// any was tried: of these 14 files (19 texts), only PostgreSQL's .pgpass (2) was missed then.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { unmark } from './markedExamples';

const credentialFiles: Readonly<Record<string, readonly string[]>> = {
  // npm's .npmrc: `//registry/:_authToken=`, `_auth` (base64 of user:password), `_password` (base64).
  npmrc: [
    '//registry.npmjs.org/:_authToken=⟦npm_Xk2pL9vQ7mZ4tR8wB3nYq5Lm0aB3dE6gH9jK⟧',
    '//npm.pkg.github.com/:_authToken=⟦9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc⟧',
    '//registry.example.com/:_auth=⟦dXNlcjpYazJwTDl2UTdtWjQ=⟧',
    '//registry.example.com/:_password=⟦WGsycEw5dlE3bVo0⟧',
  ],
  // Docker's config.json: `auths` → registry → `auth`, base64 of user:password.
  docker: ['{"auths":{"https://index.docker.io/v1/":{"auth":"⟦dXNlcjpYazJwTDl2UTdtWjR0UjhA⟧"}}}'],
  // PostgreSQL's .pgpass: hostname:port:database:username:password.
  pgpass: ['localhost:5432:mydb:app:⟦Xk2pL9vQ7mZ4t⟧', '*:*:*:postgres:⟦Qm7!zR2@pLx9⟧'],
  // .netrc (curl, git, ftp): machine / login / password.
  netrc: ['machine api.heroku.com\n  login me@example.com\n  password ⟦3f9a8b7c-6d5e-4f3a-2b1c-0d9e8f7a6b5c⟧'],
  // GitHub CLI's hosts.yml.
  gh: ['github.com:\n    oauth_token: ⟦gho_16C7e42F292c6912E7710c838347Ae178B4a⟧\n    user: octocat'],
  // Terraform's CLI configuration: a credentials block per host.
  terraform: ['credentials "app.terraform.io" {\n  token = "⟦Xk2pL9vQ7mZ4tR.atlasv1.aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kL9nP2rS5uV8xA1cD4fG7iJ0lO3q⟧"\n}'],
  // RubyGems' ~/.gem/credentials and Cargo's credentials.toml.
  rubygems: ['---\n:rubygems_api_key: ⟦rubygems_5e4d3c2b1a09f8e7d6c5b4a3928170f6e5d4c3b2a1908f7e⟧'],
  cargo: ['[registry]\ntoken = "⟦cio5Xk2pL9vQ7mZ4tR8wB3nYq5Lm0aB3dE6⟧"'],
  // Composer's auth.json: http-basic per repository.
  composer: ['{"http-basic": {"repo.example.org": {"username": "app", "password": "⟦Xk2pL9vQ7mZ4⟧"}}}'],
  // s3cmd's .s3cfg, MySQL's option file.
  s3cfg: ['[default]\naccess_key = ⟦AKIAZ3MSJV4WSGBYXKQN⟧\nsecret_key = ⟦Xk2pL9vQ7mZ4tR8wB3nYq5Lm0aB3dE6gH9jK2mN5⟧'],
  mycnf: ['[client]\nuser=app\npassword=⟦Qm7zR2pLx9⟧'],
  // kubeconfig: a user's client key and bearer token.
  kubeconfig: [
    'users:\n- name: admin\n  user:\n    client-key-data: ⟦LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBeGs=⟧',
    'users:\n- name: sa\n  user:\n    token: ⟦eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50In0.Xk2pL9vQ7mZ4tR8wB3nYq5Lm0aB3dE6gH9jK⟧',
  ],
  // git's credential store: one URL per line, its userinfo the credential git sends (user and password as one).
  gitCredentials: ['https://⟦octocat:ghp_16C7e42F292c6912E7710c838347Ae178B4a⟧@github.com'],
  // Vault's ~/.vault-token holds the token alone.
  // A secret mounted as a file (Docker's /run/secrets/NAME, a Kubernetes Secret volume's key, a systemd credential): the value alone.
  secretFile: ['⟦q9Xv+2Lm/7TbRk4WpZ8sNc3Hd6Jf1GaE0yUoIi5Ae0=⟧\n', '⟦S!B\\*d$zDsb=⟧'],
  vaultToken: ['⟦hvs.CAESIJ9Xk2pL9vQ7mZ4tR8wB3nYq5Lm0aB3dE6gH9jKGh4KHGh2cy5Yazlwdkw5dlE3bVo0dFI4d0IzbllxNUxt⟧'],
};

test("every documented credential file's credential is redacted, and the rest of its line kept", () => {
  for (const [file, examples] of Object.entries(credentialFiles)) {
    for (const example of examples) {
      const { text, spans } = unmark(example);
      const redacted = redactSecrets(text).text;
      for (const s of spans) assert.ok(!redacted.includes(text.slice(s.start, s.end)), `${file}: kept ${JSON.stringify(text.slice(s.start, s.end))} in ${redacted}`);
      // What is outside the marked credentials (the keys, hosts, user names in fields of their own) is all still there, in order.
      let at = 0;
      for (const s of spans) {
        const before = text.slice(at, s.start).trim();
        assert.ok(before === '' || redacted.includes(before), `${file}: lost ${JSON.stringify(before)} in ${redacted}`);
        at = s.end;
      }
    }
  }
});
