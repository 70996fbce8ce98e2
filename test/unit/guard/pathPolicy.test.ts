// The path policy on real folders: real files, nested and parent .gitignore, .git/info/exclude,
// real symlinks, two workspace folders. Each test is one of the holes a prompt could leak through.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { MAX_IGNORE_FILE_BYTES, PathPolicy } from '../../../src/core/guard/pathPolicy';
import { EgressRefusedError, PromptGuard } from '../../../src/core/guard/promptGuard';

const base = mkdtempSync(join(tmpdir(), 'flywheel-policy-'));
after(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
/** A fresh folder holding `files` (path → text); a path ending in '/' is an empty folder. */
function tree(files: Record<string, string>): string {
  const root = join(base, `t${++n}`);
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    if (path.endsWith('/')) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return root;
}

test('two workspace folders: each is judged by its own .gitignore', () => {
  const a = tree({ 'src/app.ts': 'a', 'notes.txt': 'a' });
  const b = tree({ '.gitignore': 'notes.txt\ncache/\n', 'notes.txt': 'secret notes', 'cache/x.json': '{}', 'src/lib.ts': 'b' });
  const policy = new PathPolicy({ roots: [a, b] });
  assert.equal(policy.mayRead(join(b, 'notes.txt')), false, "the second folder's .gitignore applies");
  assert.equal(policy.mayRead(join(b, 'cache/x.json')), false);
  assert.equal(policy.mayRead(`file://${join(b, 'notes.txt')}`), false, 'as a file: URI too');
  assert.equal(policy.mayRead(join(a, 'notes.txt')), true, 'the first folder has no such rule');
  assert.equal(policy.mayRead(join(b, 'src/lib.ts')), true);
  // A relative path is judged in every folder that has it.
  assert.equal(policy.mayRead('notes.txt'), false, 'exists in both: refused because one refuses it');
  assert.equal(policy.mayRead('cache/x.json'), false, 'exists only in the second folder');
  assert.equal(policy.mayRead('src/app.ts'), true);
});

test('two named workspace folders: `name/rest` is judged in the folder it names, by its rules', () => {
  const a = tree({ 'notes.txt': 'a', 'src/app.ts': 'a', 'b/notes.txt': 'a folder called b inside a' });
  const b = tree({ '.gitignore': 'notes.txt\ncache/\n', 'notes.txt': 'secret notes', 'cache/x.json': '{}', 'src/app.ts': 'b' });
  const policy = new PathPolicy({ roots: [{ path: a, name: 'web' }, { path: b, name: 'api' }] });
  assert.equal(policy.mayRead('api/notes.txt'), false, "api's .gitignore applies to api's file");
  assert.equal(policy.mayRead('api/cache/x.json'), false);
  assert.equal(policy.mayRead('web/notes.txt'), true, 'the same name in the other folder, which has no such rule');
  assert.equal(policy.mayRead('api/src/app.ts'), true);
  assert.equal(policy.mayRead('api/cache/new.json'), false, 'not on disk yet: judged by its folder all the same');
  // Another reading of the path must allow it too: `b/notes.txt` of folder web is no folder's name.
  assert.equal(policy.mayRead('b/notes.txt'), true);
  const named = new PathPolicy({ roots: [{ path: a, name: 'b' }, { path: b, name: 'api' }] });
  assert.equal(named.mayRead('b/notes.txt'), true, 'web/notes.txt and web/b/notes.txt both allowed');
  const clash = new PathPolicy({ roots: [{ path: b, name: 'x' }, { path: tree({ 'x/notes.txt': 'n' }), name: 'y' }] });
  assert.equal(clash.mayRead('x/notes.txt'), false, "folder x's rule refuses it, whatever folder y holds at that path");
});

test('a .gitignore over 256 KiB is read, and one too large to read fails closed, said once', () => {
  const big = `${Array.from({ length: 20_000 }, (_, i) => `generated-${i}.txt`).join('\n')}\nprivate/\n`;
  assert.ok(big.length > 256 * 1024);
  const root = tree({ '.gitignore': big, 'private/key.txt': 'k', 'src/a.ts': 'a' });
  const policy = new PathPolicy({ roots: [root] });
  assert.equal(policy.mayRead(join(root, 'private/key.txt')), false);
  assert.equal(policy.mayRead(join(root, 'src/a.ts')), true);

  const huge = tree({ 'src/a.ts': 'a' });
  writeFileSync(join(huge, '.gitignore'), `${'#'.repeat(MAX_IGNORE_FILE_BYTES)}\n`);
  const said: string[] = [];
  const closed = new PathPolicy({ roots: [huge], onIgnoreFileTooLarge: (p) => said.push(p) });
  assert.equal(closed.mayRead(join(huge, 'src/a.ts')), false, 'never fails open');
  assert.equal(closed.mayRead(join(huge, 'src/b.ts')), false);
  assert.equal(said.length, 1);
  assert.match(said[0]!, /\.gitignore$/);
});

test('a subfolder of a repository: the .gitignore files above it and .git/info/exclude apply', () => {
  const repo = tree({
    '.git/info/exclude': 'local-notes.md\n',
    '.gitignore': 'build/\n*.log\n',
    'packages/.gitignore': 'fixtures/\n',
    'packages/app/src/a.ts': 'a',
    'packages/app/build/out.js': 'b',
    'packages/app/debug.log': 'l',
    'packages/app/fixtures/f.json': 'f',
    'packages/app/local-notes.md': 'n',
    'packages/app/sub/.gitignore': '!keep.log\n',
    'packages/app/sub/keep.log': 'k',
  });
  const app = join(repo, 'packages/app');
  const policy = new PathPolicy({ roots: [app] });
  for (const p of ['build/out.js', 'debug.log', 'fixtures/f.json', 'local-notes.md']) assert.equal(policy.mayRead(join(app, p)), false, p);
  assert.equal(policy.mayRead(join(app, 'src/a.ts')), true);
  assert.equal(policy.mayRead(join(app, 'sub/keep.log')), true, 'a deeper negation still wins');
});

test('symlinks are judged as their target: a link to .env, a folder link into an ignored folder', () => {
  const outside = tree({ '.pgpass': 'db:5432:*:u:pw' });
  const root = tree({ '.gitignore': 'secrets/\n', '.env': 'TOKEN=x', 'secrets/key.txt': 'k', 'src/a.ts': 'a' });
  symlinkSync(join(root, '.env'), join(root, 'env-link.txt'));
  symlinkSync(join(root, 'secrets'), join(root, 'public'), 'dir');
  symlinkSync(join(outside, '.pgpass'), join(root, 'db.txt'));
  symlinkSync(join(root, 'src/a.ts'), join(root, 'a-link.ts'));
  const policy = new PathPolicy({ roots: [root] });
  assert.equal(policy.mayRead(join(root, 'env-link.txt')), false);
  assert.equal(policy.mayRead(join(root, 'public/key.txt')), false);
  assert.equal(policy.mayRead('public/key.txt'), false);
  assert.equal(policy.mayRead(join(root, 'db.txt')), false, 'a link to a credential file outside');
  assert.equal(policy.mayRead(join(root, 'a-link.ts')), true, 'a link to an ordinary file is fine');
});

test("a repository's .flywheelignore cannot re-include secret files; the user's own setting can", () => {
  const root = tree({ '.flywheelignore': '!.env\n!*.pem\n!.env.local\n', '.env': 'x', 'tls/server.pem': 'x', '.env.local': 'x' });
  const policy = new PathPolicy({ roots: [root] });
  for (const p of ['.env', 'tls/server.pem', '.env.local']) assert.equal(policy.mayRead(join(root, p)), false, p);
  const workspace = new PathPolicy({ roots: [root], workspaceGlobs: ['!.env.local'] });
  assert.equal(workspace.mayRead(join(root, '.env.local')), false, "the workspace's settings are in the repository too");
  const user = new PathPolicy({ roots: [root], userGlobs: ['!.env.local'] });
  assert.equal(user.mayRead(join(root, '.env.local')), true);
  assert.equal(user.mayRead(join(root, '.env')), false);
});

test('outside the workspace: refused unless opened; credential files never', () => {
  const home = tree({
    '.pgpass': 'x', '.config/gh/hosts.yml': 'x', '.m2/settings.xml': 'x', '.docker/config.json': 'x', '.kube/config': 'x',
    '.npmrc': 'x', '.aws/credentials': 'x', '.config/gcloud/application_default_credentials.json': 'x', 'notes/todo.md': 'x',
  });
  const root = tree({ 'src/a.ts': 'a' });
  const opened = new PathPolicy({ roots: [root], openedByUser: () => true });
  for (const p of ['.pgpass', '.config/gh/hosts.yml', '.m2/settings.xml', '.docker/config.json', '.kube/config', '.npmrc', '.aws/credentials', '.config/gcloud/application_default_credentials.json']) {
    assert.equal(opened.mayRead(join(home, p)), false, p);
  }
  assert.equal(opened.mayRead('/etc/shadow'), false);
  // Secrets mounted as files: Docker's, a Kubernetes service account's token, systemd's credentials.
  for (const p of ['/run/secrets/db_password', '/var/run/secrets/kubernetes.io/serviceaccount/token', '/run/credentials/app.service/api-token']) assert.equal(opened.mayRead(p), false, p);
  assert.equal(opened.mayRead(join(home, 'notes/todo.md')), true, 'a file the user opened');
  const notOpened = new PathPolicy({ roots: [root], openedByUser: (p) => p.endsWith('/other.md') });
  assert.equal(notOpened.mayRead(join(home, 'notes/todo.md')), false, 'not opened: refused');
});

test('an untrusted workspace gets the defaults: its settings cannot loosen anything', () => {
  const root = tree({ '.gitignore': 'dist/\n', 'dist/a.js': 'a', '.env.example': 'x', 'src/a.ts': 'a' });
  const untrusted = new PathPolicy({ roots: [root], trusted: false, respectGitignore: false, workspaceGlobs: ['src/'] });
  assert.equal(untrusted.mayRead(join(root, 'dist/a.js')), false, 'respectGitignore off is not taken from an untrusted workspace');
  assert.equal(untrusted.mayRead(join(root, 'src/a.ts')), true, 'nor its globs');
  const trusted = new PathPolicy({ roots: [root], respectGitignore: false });
  assert.equal(trusted.mayRead(join(root, 'dist/a.js')), true);
});

test('case and Windows aliases of a secret file are the secret file', () => {
  const root = tree({ 'src/a.ts': 'a' });
  const policy = new PathPolicy({ roots: [root] });
  for (const p of ['.env ', '.env.', '.env::$DATA', '.env:Zone.Identifier', '.ENV', 'keys/Id_RSA', 'certs\\server.PEM', 'config\\.env . ']) {
    assert.equal(policy.mayRead(join(root, p)), false, JSON.stringify(p));
    assert.equal(policy.mayRead(p), false, `relative ${JSON.stringify(p)}`);
  }
  assert.equal(policy.mayRead(join(root, 'src/a.ts')), true);
});

test('a workspace folder inside another: the outer folder\'s ignore files apply to it too, with no repository', () => {
  const top = tree({ '.gitignore': 'sub/secret.txt\n', '.flywheelignore': 'sub/private/\n', 'sub/secret.txt': 's', 'sub/private/p.md': 'p', 'sub/.flywheelignore': 'own.txt\n', 'sub/own.txt': 'o', 'sub/ok.ts': 'o' });
  const sub = join(top, 'sub');
  const policy = new PathPolicy({ roots: [{ path: top, name: 'top' }, { path: sub, name: 'sub' }] });
  for (const p of [join(sub, 'secret.txt'), join(sub, 'private/p.md'), 'sub/secret.txt', 'top/sub/secret.txt', 'sub/private/p.md']) {
    assert.equal(policy.mayRead(p), false, p);
  }
  assert.equal(policy.mayRead(join(sub, 'own.txt')), false, "the inner folder's own rules still apply");
  assert.equal(policy.mayRead(join(sub, 'ok.ts')), true);
  assert.equal(policy.mayRead('sub/ok.ts'), true);
});

test('a link that leaves the workspace is a file outside it: read only when the user opened it (or the link)', () => {
  const outside = tree({ 'docs/plan.md': 'p' });
  const root = tree({ 'src/a.ts': 'a' });
  symlinkSync(join(outside, 'docs'), join(root, 'ext'), 'dir');
  symlinkSync(join(outside, 'docs/plan.md'), join(root, 'plan-link.md'));
  const closed = new PathPolicy({ roots: [root], openedByUser: () => false });
  assert.equal(closed.mayRead(join(root, 'ext/plan.md')), false, 'a folder link out of the workspace');
  assert.equal(closed.mayRead('ext/plan.md'), false);
  assert.equal(closed.mayRead(join(root, 'plan-link.md')), false, 'a file link out of the workspace');
  const linkOpen = new PathPolicy({ roots: [root], openedByUser: (p) => p === join(root, 'plan-link.md') });
  assert.equal(linkOpen.mayRead(join(root, 'plan-link.md')), true, 'the link is open in an editor');
  const targetOpen = new PathPolicy({ roots: [root], openedByUser: (p) => p === join(outside, 'docs/plan.md') });
  assert.equal(targetOpen.mayRead(join(root, 'ext/plan.md')), true, 'its target is open in an editor');
});

test('a verdict that hangs on an editor tab or on a path not on disk yet is judged again, not remembered', () => {
  const outside = tree({ 'notes.md': 'n' });
  const root = tree({ '.env': 'TOKEN=x', 'src/a.ts': 'a' });
  let open = false;
  const policy = new PathPolicy({ roots: [root], openedByUser: () => open });
  assert.equal(policy.mayRead(join(outside, 'notes.md')), false);
  open = true;
  assert.equal(policy.mayRead(join(outside, 'notes.md')), true, 'opened after it was first asked about');
  open = false;
  assert.equal(policy.mayRead(join(outside, 'notes.md')), false, 'closed again');
  assert.equal(policy.mayRead(join(root, 'config.txt')), true, 'not on disk yet: judged by its name');
  symlinkSync(join(root, '.env'), join(root, 'config.txt'));
  assert.equal(policy.mayRead(join(root, 'config.txt')), false, 'made a link to .env since');
});

test("a client's or cloud CLI's credential file outside the workspace never goes, even opened", () => {
  const files = [
    '.my.cnf', '.mylogin.cnf', '.terraformrc', '.gradle/gradle.properties', '.yarnrc.yml', '.s3cfg', '.boto', '.config/rclone/rclone.conf',
    '.oci/config', '.config/doctl/config.yaml', '.config/helm/repositories.yaml', '.config/containers/auth.json',
    '.bash_history', '.zsh_history', '.psql_history', '.mysql_history', '.local/share/fish/fish_history',
    '.dockercfg', 'work/fn/local.settings.json',
  ];
  const home = tree({ ...Object.fromEntries(files.map((f) => [f, 'x'])), 'notes/gradle.properties': 'x', 'notes/history.md': 'x' });
  const opened = new PathPolicy({ roots: [tree({ 'src/a.ts': 'a' })], openedByUser: () => true });
  for (const f of files) assert.equal(opened.mayRead(join(home, f)), false, f);
  assert.equal(opened.mayRead(join(home, 'notes/gradle.properties')), true, "a project's gradle.properties is not Gradle's user file");
  assert.equal(opened.mayRead(join(home, 'notes/history.md')), true);
  const functionApp = new PathPolicy({ roots: [tree({ 'local.settings.json': '{}', 'host.json': '{}' })] });
  assert.equal(functionApp.mayRead('local.settings.json'), false, 'Azure Functions\' local secrets, inside the workspace too');
  assert.equal(functionApp.mayRead('host.json'), true);
});

test('a file or folder replaced by a link after its verdict: the door judges what the path is as the prompt leaves', () => {
  const root = tree({ '.env': 'TOKEN=x', 'notes.txt': 'n', 'docs/key.md': 'a public key', 'secrets/key.md': 'k', '.gitignore': 'secrets/\n' });
  const policy = new PathPolicy({ roots: [root], openedByUser: () => false });
  const guard = new PromptGuard({ policy });
  const sent = (file: string) => guard.clear({ texts: ['t'], files: [file] }, true);
  for (const file of ['notes.txt', 'docs/key.md', join(root, 'notes.txt')]) assert.doesNotThrow(() => sent(file), file);
  // (ln -sf: the file's path now names .env; the folder's, the ignored folder.)
  unlinkSync(join(root, 'notes.txt'));
  symlinkSync(join(root, '.env'), join(root, 'notes.txt'));
  renameSync(join(root, 'docs'), join(root, 'docs-old'));
  symlinkSync(join(root, 'secrets'), join(root, 'docs'), 'dir');
  for (const file of ['notes.txt', join(root, 'notes.txt'), 'docs/key.md']) assert.throws(() => sent(file), EgressRefusedError, file);
  assert.equal(policy.mayRead('notes.txt'), false, 'and the fresh verdict is the one remembered');
});

test('the policy says why it refuses a file: each reason on real folders, the same judgement as mayRead', () => {
  const home = tree({ '.pgpass': 'x', 'notes/todo.md': 'x' });
  const root = tree({
    '.gitignore': 'dist/\n', '.flywheelignore': 'drafts/\n', 'dist/a.js': 'a', 'drafts/b.md': 'b', '.env': 'X=1', 'src/a.ts': 'a',
    'gone.ts': 'g',
  });
  const policy = new PathPolicy({ roots: [root], openedByUser: (p) => p.endsWith('/other.md') });
  const cases: [string, string | undefined][] = [
    [join(root, 'src/a.ts'), undefined],
    [join(root, 'dist/a.js'), 'gitignore'],
    [join(root, 'drafts/b.md'), 'flywheelignore'],
    [join(root, '.env'), 'patterns'],
    ['dist/a.js', 'gitignore'],
    [join(home, '.pgpass'), 'credentialFile'],
    [join(home, 'notes/todo.md'), 'outsideNotOpen'],
    ['vscode-remote://host/x.ts', 'notAFile'],
    ['untitled:Untitled-1', undefined],
  ];
  for (const [path, reason] of cases) {
    assert.equal(policy.refusal(path), reason, path);
    assert.equal(policy.mayRead(path), reason === undefined, path);
  }
  // A file judged on disk, then deleted: an editor may still hold its text under the old name.
  assert.equal(policy.refusalNow(join(root, 'gone.ts')), undefined);
  unlinkSync(join(root, 'gone.ts'));
  assert.equal(policy.refusalNow(join(root, 'gone.ts')), 'gone');
  // A link inside the workspace to a file outside it: the target's reason.
  symlinkSync(join(home, 'notes/todo.md'), join(root, 'todo-link.md'));
  assert.equal(policy.refusal(join(root, 'todo-link.md')), 'outsideNotOpen');
});

test("an untrusted workspace's refusal by the .gitignore the user turned off is said as the trust's", () => {
  const root = tree({ '.gitignore': 'dist/\n', 'dist/a.js': 'a', '.env': 'X=1', 'src/a.ts': 'a' });
  const untrusted = new PathPolicy({ roots: [root], trusted: false, respectGitignore: false });
  assert.equal(untrusted.refusal(join(root, 'dist/a.js')), 'untrusted');
  assert.equal(untrusted.refusal(join(root, '.env')), 'patterns', 'a secret file is refused for what it is, trusted or not');
  assert.equal(untrusted.refusal(join(root, 'src/a.ts')), undefined);
  const gitignoreOn = new PathPolicy({ roots: [root], trusted: false });
  assert.equal(gitignoreOn.refusal(join(root, 'dist/a.js')), 'gitignore', 'the user asked for .gitignore: it is not the trust that refuses');
});

test('a refusal by an ignore file names the file on disk and the line that matched, as the user opens it', () => {
  // A repository whose second folder is a subfolder: its own .gitignore, the one above it, .git/info/exclude, .flywheelignore.
  const repo = tree({
    '.git/info/exclude': '# local\n\nscratch.py\n',
    '.gitignore': 'node_modules/\n*.log\n',
    'svc/.gitignore': '# generated\nbuild/\n!keep.log\nvault.py\n',
    'svc/.flywheelignore': 'notes/\n',
    'svc/vault.py': 'v', 'svc/build/out.js': 'o', 'svc/debug.log': 'd', 'svc/keep.log': 'k', 'svc/scratch.py': 's', 'svc/notes/a.md': 'n', 'svc/.env': 'e',
  });
  const app = tree({ 'app.py': 'a' });
  const svc = join(repo, 'svc');
  const policy = new PathPolicy({ roots: [{ path: app, name: 'app' }, { path: svc, name: 'svc' }] });
  const rule = (path: string) => {
    const r = policy.refusalDetail(path);
    return r && [r.reason, r.rule?.file, r.rule?.shown, r.rule?.line];
  };
  assert.deepEqual(rule(join(svc, 'vault.py')), ['gitignore', `${svc}/.gitignore`, 'svc/.gitignore', 4]);
  assert.deepEqual(rule('svc/build/out.js'), ['gitignore', `${svc}/.gitignore`, 'svc/.gitignore', 2], 'a file under an ignored folder: the folder\'s line');
  assert.deepEqual(rule(join(svc, 'debug.log')), ['gitignore', `${repo}/.gitignore`, `${repo}/.gitignore`, 2], 'a .gitignore above the folder: shown whole');
  assert.equal(policy.refusalDetail(join(svc, 'keep.log')), undefined, 're-included by a deeper line');
  assert.deepEqual(rule(join(svc, 'scratch.py')), ['gitignore', `${repo}/.git/info/exclude`, `${repo}/.git/info/exclude`, 3]);
  assert.deepEqual(rule(join(svc, 'notes/a.md')), ['flywheelignore', `${svc}/.flywheelignore`, 'svc/.flywheelignore', 1]);
  assert.deepEqual(rule(join(svc, '.env')), ['patterns', undefined, undefined, undefined], 'the secret defaults: a setting, no file');
  assert.deepEqual(policy.refusalDetail(join(svc, '.env'))?.pattern, { glob: '*.env', from: 'default' }, 'and which default matched (git\'s last matching rule, as for the lines)');
  assert.equal(policy.refusal(join(svc, 'vault.py')), 'gitignore', 'the reason alone, as before');
  // One folder: its paths, and so its ignore files, are shown without the folder's name.
  const alone = new PathPolicy({ roots: [{ path: svc, name: 'svc' }] });
  assert.deepEqual(alone.refusalDetailNow(join(svc, 'vault.py'))?.rule, { file: `${svc}/.gitignore`, shown: '.gitignore', line: 4 });
  // An untrusted workspace applies the .gitignore the user turned off: the trust's refusal, the line still named.
  const untrusted = new PathPolicy({ roots: [svc], trusted: false, respectGitignore: false });
  assert.deepEqual(untrusted.refusalDetail(join(svc, 'vault.py')), { reason: 'untrusted', rule: { file: `${svc}/.gitignore`, shown: '.gitignore', line: 4 } });
});

test('an ignore file too large to read refuses its folder whole: the file is named, no line', () => {
  const root = tree({ '.git/': '', 'src/a.py': 'a' });
  writeFileSync(join(root, '.gitignore'), 'x\n'.repeat(MAX_IGNORE_FILE_BYTES));
  const policy = new PathPolicy({ roots: [root] });
  assert.deepEqual(policy.refusalDetail(join(root, 'src/a.py')), { reason: 'gitignore', rule: { file: `${root}/.gitignore`, shown: '.gitignore' } });
});

test("env files are refused by the secret defaults; their committed templates are read like any file, unless a rule of the repository's excludes them", () => {
  const root = tree({
    '.env': 'x', '.env.local': 'x', '.env.production': 'x', '.env.keys': 'x', '.envrc': 'x', 'config/prod.env': 'x', 'env/web.env': 'x',
    '.env.production.example': 'x', '.env.example.local': 'x',
    '.env.example': 'x', '.env.sample': 'x', '.env.template': 'x', 'config/.env.example': 'x', 'config/prod.env.example': 'x', 'src/a.ts': 'a',
  });
  const policy = new PathPolicy({ roots: [root] });
  // dotenv's one file per environment, Compose's env_file, direnv's .envrc; an environment's own template fails closed.
  for (const p of ['.env', '.env.local', '.env.production', '.env.keys', '.envrc', 'config/prod.env', 'env/web.env', '.env.production.example', '.env.example.local']) {
    assert.equal(policy.refusalDetail(join(root, p))?.pattern?.from, 'default', p);
  }
  for (const p of ['.env.example', '.env.sample', '.env.template', 'config/.env.example', 'config/prod.env.example', '.ENV.EXAMPLE']) {
    assert.equal(policy.mayRead(join(root, p)), true, p);
    assert.equal(policy.mayRead(p), true, `relative ${p}`);
  }
  // A template is still what any other rule makes it: the repository's .gitignore, .flywheelignore or settings may exclude it.
  const strict = new PathPolicy({ roots: [tree({ '.flywheelignore': '.env.example\n', '.env.example': 'x', '.env.sample': 'x' })], workspaceGlobs: ['.env.sample'] });
  assert.equal(strict.mayRead('.env.example'), false, '.flywheelignore');
  assert.deepEqual(strict.refusalDetail('.env.sample')?.pattern, { glob: '.env.sample', from: 'workspace' });
  // Outside the workspace a template is an ordinary file: read when the user opened it, not a credential file.
  assert.equal(new PathPolicy({ roots: [], openedByUser: () => true }).mayRead('/home/u/project/.env.example'), true);
  assert.equal(new PathPolicy({ roots: [], openedByUser: () => true }).refusal('/home/u/project/.env'), 'credentialFile');
});

test("a folder's own exclude globs (multi-root) apply in that folder alone, are named with it, and only exclude", () => {
  const app = tree({ 'drafts/a.md': 'a', 'src/a.ts': 'a' });
  const lib = tree({ 'drafts/b.md': 'b', 'src/b.ts': 'b', '.env': 'x' });
  const folderGlobs = { [lib]: ['drafts/', '!.env'] };
  const policy = new PathPolicy({ roots: [{ path: app, name: 'app' }, { path: lib, name: 'lib' }], folderGlobs });
  assert.deepEqual(policy.refusalDetail('lib/drafts/b.md'), { reason: 'patterns', pattern: { glob: 'drafts/', from: 'folder', folder: lib } });
  assert.equal(policy.mayRead('app/drafts/a.md'), true, 'the other folder has no such setting');
  assert.equal(policy.mayRead('lib/src/b.ts'), true);
  assert.equal(policy.refusalDetail('lib/.env')?.pattern?.from, 'default', "a folder's settings are in the repository: its `!` lifts nothing");
  const untrusted = new PathPolicy({ roots: [{ path: app, name: 'app' }, { path: lib, name: 'lib' }], folderGlobs, trusted: false });
  assert.equal(untrusted.mayRead('lib/drafts/b.md'), true, "an untrusted workspace's folder settings are not read, as its workspace settings are not");
});

test("an anchored user or workspace glob in a two-folder window anchors at each folder's root, as VS Code's files.exclude", () => {
  const app = tree({ 'secrets/prod.txt': 'p', 'src/secrets/notes.txt': 'n', 'gen/a.py': 'g' });
  const lib = tree({ 'secrets/dev.txt': 'd', 'gen/b.py': 'g', 'src/gen/c.py': 'c' });
  const roots = [{ path: app, name: 'app' }, { path: lib, name: 'lib' }];
  const policy = new PathPolicy({ roots, userGlobs: ['/secrets/'], workspaceGlobs: ['/gen/'] });
  assert.deepEqual(policy.refusalDetail('app/secrets/prod.txt'), { reason: 'patterns', pattern: { glob: '/secrets/', from: 'user' } });
  assert.equal(policy.refusal(join(lib, 'secrets/dev.txt')), 'patterns', "the user's glob in the second folder too (by its absolute path)");
  assert.equal(policy.refusal('lib/gen/b.py'), 'patterns', "the workspace's glob in the second folder");
  assert.equal(policy.mayRead('app/src/secrets/notes.txt'), true, 'anchored: a deeper folder of that name is not excluded');
  assert.equal(policy.mayRead('lib/src/gen/c.py'), true);
  // Written with the folder's name, a glob names a folder `app` inside the folder, as VS Code reads it.
  assert.equal(new PathPolicy({ roots, userGlobs: ['/app/secrets/'] }).mayRead('app/secrets/prod.txt'), true);
});
