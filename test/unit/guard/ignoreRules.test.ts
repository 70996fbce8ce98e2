import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IgnoreRules, normalizeRelativePath } from '../../../src/core/guard/ignoreRules';

function rules(files: Record<string, string>, userGlobs: string[] = []): IgnoreRules {
  return new IgnoreRules({ readFile: (p) => files[p], userGlobs });
}

test('default secret patterns apply without any ignore file', () => {
  const r = rules({});
  for (const p of ['.env', '.env.local', 'config/.env.production', 'certs/server.pem', 'tls/server.key', 'home/.ssh/id_rsa',
    'id_ed25519.pub', '.aws/credentials', 'credentials.json', '.npmrc', 'infra/prod.tfvars', '.git/config']) {
    assert.equal(r.isIgnored(p), true, p);
  }
  for (const p of ['src/env.ts', 'src/keyboard.ts', 'docs/creds-guide.md', 'README.md', 'src/secrets.ts']) {
    assert.equal(r.isIgnored(p), false, p);
  }
});

test('.gitignore, nested .gitignore with negation, and excluded parent directories', () => {
  const r = rules({
    '.gitignore': 'dist/\n*.log\nbuild\n',
    'pkg/.gitignore': '!keep.log\ngenerated/\n',
  });
  assert.equal(r.isIgnored('dist/a.js'), true);
  assert.equal(r.isIgnored('a.log'), true);
  assert.equal(r.isIgnored('pkg/keep.log'), false, 'deeper negation wins');
  assert.equal(r.isIgnored('pkg/other.log'), true);
  assert.equal(r.isIgnored('pkg/generated/x.ts'), true);
  assert.equal(r.isIgnored('build/keep.log'), true, 'a file in an excluded directory stays excluded');
  assert.equal(r.isIgnored('src/a.ts'), false);
});

test('.flywheelignore and user globs; only the user\'s own `!` re-includes a default pattern', () => {
  const r = rules({ '.flywheelignore': 'fixtures/\n!.env.local\n!*.pem\n' }, ['**/*.snap']);
  assert.equal(r.isIgnored('fixtures/big.json'), true);
  assert.equal(r.isIgnored('src/__snapshots__/a.test.ts.snap'), true);
  assert.equal(r.isIgnored('.env.local'), true, 'a file in the repository cannot re-include a secret file');
  assert.equal(r.isIgnored('certs/server.pem'), true);
  const user = rules({}, ['!.env.local']);
  assert.equal(user.isIgnored('.env.local'), false, "the user's own setting can");
  assert.equal(user.isIgnored('.env'), true);
  const workspace = new IgnoreRules({ readFile: () => undefined, workspaceGlobs: ['!.env.local', 'tmp/'] });
  assert.equal(workspace.isIgnored('.env.local'), true, "the workspace's settings can only exclude");
  assert.equal(workspace.isIgnored('tmp/a.ts'), true);
});

test('respectGitignore false ignores .gitignore but keeps the secret patterns', () => {
  const r = new IgnoreRules({ readFile: (p) => (p === '.gitignore' ? 'dist/\n' : undefined), respectGitignore: false });
  assert.equal(r.isIgnored('dist/a.js'), false);
  assert.equal(r.isIgnored('.env'), true);
});

test('paths escaping the workspace are refused; odd spellings are normalised', () => {
  const r = rules({ '.gitignore': 'secret/\n' });
  assert.equal(r.isIgnored('../outside.ts'), true);
  assert.equal(r.isIgnored('/etc/passwd'), true);
  assert.equal(r.isIgnored('./secret/a.ts'), true);
  assert.equal(r.isIgnored('secret\\a.ts'), true);
  assert.equal(normalizeRelativePath('./a//b/./c.ts'), 'a/b/c.ts');
});

test('invalidate re-reads changed ignore files', () => {
  const files: Record<string, string> = { '.gitignore': '' };
  const r = rules(files);
  assert.equal(r.isIgnored('out/a.js'), false);
  files['.gitignore'] = 'out/\n';
  r.invalidate();
  assert.equal(r.isIgnored('out/a.js'), true);
});
