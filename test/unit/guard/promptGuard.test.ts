import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IgnoreRules } from '../../../src/core/guard/ignoreRules';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { EgressRefusedError, PromptGuard } from '../../../src/core/guard/promptGuard';

const aws = 'AKIA6KIAPJ4GEJRZQADW';

function guard(redactSecrets?: boolean): PromptGuard {
  const rules = new IgnoreRules({ readFile: (p) => (p === '.gitignore' ? 'dist/\n' : undefined) });
  return new PromptGuard({ policy: new PathPolicy({ roots: [{ root: '/ws', rules }], openedByUser: () => false }), redactSecrets });
}

test('a prompt built from an ignored file is refused whole, naming the file', () => {
  const g = guard();
  for (const forRemote of [false, true]) {
    assert.throws(
      () => g.clear({ texts: ['x'], files: ['src/a.ts', '.env'] }, forRemote),
      (e) => EgressRefusedError.is(e) && e.files.join() === '.env' && /\.env is excluded by the secret-file default "\*\.env"/.test(e.message),
    );
  }
  assert.equal(g.mayInclude('/ws/dist/bundle.js'), false);
  assert.equal(g.mayInclude('/ws/src/a.ts'), true);
  assert.equal(g.mayInclude('/home/u/.ssh/id_rsa'), false, 'outside the workspace: judged by name');
});

test("the door's refusal says each file's own reason, the one the path policy gives", () => {
  const g = guard();
  assert.throws(
    () => g.clear({ texts: ['x'], files: ['src/a.ts', 'dist/b.js', '/elsewhere/notes.md', '/home/u/.aws/credentials', '.env'] }, true),
    (e) =>
      EgressRefusedError.is(e) &&
      e.message ===
        'Not sent: dist/b.js is excluded by line 1 of .gitignore; /elsewhere/notes.md is outside the workspace and not open; ' +
          '/home/u/.aws/credentials is a credential file (the secret-file default ".aws/"), never sent; .env is excluded by the secret-file default "*.env". ' +
          'To send them: change line 1 of .gitignore, or turn off flywheel.guard.respectGitignore in your user settings; ' +
          'open it in an editor, then ask again; re-include it with a "!" glob in flywheel.guard.exclude in your user settings (only your user settings can lift a default).' &&
      e.files.join() === 'dist/b.js,/elsewhere/notes.md,/home/u/.aws/credentials,.env',
  );
  assert.equal(
    EgressRefusedError.forFiles([{ file: 'a.py', reason: 'untrusted' }, { file: 'b.py', reason: 'untrusted' }]).message,
    'Not sent: a.py, b.py are excluded by .gitignore, which applies because the workspace is not trusted. ' +
      'To send them: trust the workspace (Manage Workspace Trust).',
  );
  // A credential file outside the workspace: nothing the user can do from here, and nothing is offered.
  assert.equal(
    EgressRefusedError.forFiles([{ file: '/home/u/.pgpass', reason: 'credentialFile' }]).message,
    'Not sent: /home/u/.pgpass is a credential file, never sent.',
  );
  assert.equal(
    EgressRefusedError.forFiles([{ file: 'lib/vault.py', reason: 'gitignore' }]).message,
    'Not sent: lib/vault.py is excluded by .gitignore. To send it: remove it from the .gitignore that lists it, ' +
      'or turn off flywheel.guard.respectGitignore in your user settings.',
  );
});

test('a file the secret-file defaults or the exclude settings refuse is told which glob matched, and who can lift it', () => {
  const rules = new IgnoreRules({ readFile: () => undefined, workspaceGlobs: ['build/'], userGlobs: ['*.draft', '!local.env'] });
  const g = new PromptGuard({ policy: new PathPolicy({ roots: [{ root: '/ws', rules }], openedByUser: () => false }) });
  const said = (file: string) => {
    try {
      g.clear({ texts: ['x'], files: [file] }, true);
      return 'sent';
    } catch (e) {
      return EgressRefusedError.is(e) ? e.message : String(e);
    }
  };
  const lift = 'To send it: re-include it with a "!" glob in flywheel.guard.exclude in your user settings (only your user settings can lift a default).';
  assert.equal(said('config/prod.env'), `Not sent: config/prod.env is excluded by the secret-file default "*.env". ${lift}`);
  assert.equal(said('deploy/server.pem'), `Not sent: deploy/server.pem is excluded by the secret-file default "*.pem". ${lift}`);
  assert.equal(said('keys/id_rsa.pub'), `Not sent: keys/id_rsa.pub is excluded by the secret-file default "id_rsa*". ${lift}`);
  assert.equal(said('home/.ssh/config'), `Not sent: home/.ssh/config is excluded by the secret-file default ".ssh/". ${lift}`, 'a file under a refused folder: the folder\'s default');
  assert.equal(said('.env.production'), `Not sent: .env.production is excluded by the secret-file default ".env.*". ${lift}`);
  assert.equal(said('local.env'), 'sent', "re-included by the user's own \"!\" glob");
  assert.equal(said('build/x.js'), 'Not sent: build/x.js is excluded by "build/" in the workspace\'s flywheel.guard.exclude. To send it: remove "build/" from flywheel.guard.exclude in the workspace\'s settings.');
  assert.equal(said('notes.draft'), 'Not sent: notes.draft is excluded by "*.draft" in your flywheel.guard.exclude. To send it: remove "*.draft" from flywheel.guard.exclude in your user settings.');
  assert.equal(said('/home/u/.pgpass'), 'Not sent: /home/u/.pgpass is a credential file (the secret-file default ".pgpass"), never sent.');
  assert.equal(said('/home/u/.ssh/id_ed25519'), 'Not sent: /home/u/.ssh/id_ed25519 is a credential file (the secret-file default ".ssh/"), never sent.');
});

test("a glob of a folder's own settings is named with the folder's settings file, where the user removes it", () => {
  const rules = new IgnoreRules({ readFile: () => undefined, folderGlobs: ['drafts/'] });
  const g = new PromptGuard({ policy: new PathPolicy({ roots: [{ root: '/ws/app', rules }, { root: '/ws/lib', rules: new IgnoreRules({ readFile: () => undefined }) }], openedByUser: () => false }) });
  assert.throws(
    () => g.clear({ texts: ['x'], files: ['/ws/app/drafts/plan.md'] }, true),
    (e) =>
      EgressRefusedError.is(e) &&
      e.message ===
        'Not sent: /ws/app/drafts/plan.md is excluded by "drafts/" in the flywheel.guard.exclude of app/.vscode/settings.json. ' +
          'To send it: remove "drafts/" from flywheel.guard.exclude in app/.vscode/settings.json.' &&
      e.refused[0]?.pattern?.folder === '/ws/app',
  );
});

test("the door names the ignore file's line that refused a file, and groups files by it", () => {
  const rules = new IgnoreRules({
    readFile: (p) => ({ '.gitignore': '# build output\ndist/\n*.log\n', 'lib/.gitignore': 'vault.py\n', '.flywheelignore': '\nnotes/\n' })[p],
  });
  const g = new PromptGuard({ policy: new PathPolicy({ roots: [{ root: '/ws', rules }], openedByUser: () => false }) });
  assert.throws(
    () => g.clear({ texts: ['x'], files: ['dist/a.js', 'dist/b.js', 'lib/vault.py', 'run.log', 'notes/todo.md'] }, true),
    (e) => {
      assert.ok(EgressRefusedError.is(e));
      assert.equal(
        e.message,
        'Not sent: dist/a.js, dist/b.js are excluded by line 2 of .gitignore; lib/vault.py is excluded by line 1 of lib/.gitignore; ' +
          'run.log is excluded by line 3 of .gitignore; notes/todo.md is excluded by line 2 of .flywheelignore. To send them: ' +
          'change line 2 of .gitignore, or turn off flywheel.guard.respectGitignore in your user settings; ' +
          'change line 1 of lib/.gitignore, or turn off flywheel.guard.respectGitignore in your user settings; ' +
          'change line 3 of .gitignore, or turn off flywheel.guard.respectGitignore in your user settings; change line 2 of .flywheelignore.',
      );
      assert.deepEqual(e.refused.map((r) => [r.file, r.reason, r.rule?.file, r.rule?.line]), [
        ['dist/a.js', 'gitignore', '/ws/.gitignore', 2],
        ['dist/b.js', 'gitignore', '/ws/.gitignore', 2],
        ['lib/vault.py', 'gitignore', '/ws/lib/.gitignore', 1],
        ['run.log', 'gitignore', '/ws/.gitignore', 3],
        ['notes/todo.md', 'flywheelignore', '/ws/.flywheelignore', 2],
      ]);
      return true;
    },
  );
});

test('a prompt for this machine only is cleared as is: no redacted copy is made', () => {
  const c = guard().clear({ texts: [`key ${aws}`], files: ['src/a.ts'] }, false);
  assert.deepEqual(c, { redactions: 0 });
});

test('a prompt a remote endpoint may serve gets redacted texts, counted', () => {
  const c = guard().clear({ texts: [`key ${aws}`, 'second'], files: ['src/a.ts', 'src/b.ts'] }, true);
  assert.equal(c.redactions, 1);
  assert.equal(c.remoteTexts!.length, 2);
  assert.ok(!c.remoteTexts!.join().includes(aws));
  assert.equal(c.remoteTexts![1], 'second');
});

test('with redaction switched off, the remote texts are the texts', () => {
  const c = guard(false).clear({ texts: [`key ${aws}`], files: [] }, true);
  assert.deepEqual(c, { remoteTexts: [`key ${aws}`], redactions: 0 });
});
