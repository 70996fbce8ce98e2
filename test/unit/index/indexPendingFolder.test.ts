// The index worker's copy of the path policy holds a folder just added back as the guard does: while the folder's own
// settings are still being read (they may exclude its files), a file event there (a save, a checkout) indexes nothing of
// it; once the host sends the policy with the folder's globs, its files are judged by them. Real folders on disk, the
// service in-process as the worker runs it.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, it } from 'node:test';
import { IndexService } from '../../../src/core/index/indexService';
import { silentLogger } from '../../../src/core/logger';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';

const base = mkdtempSync(join(tmpdir(), 'flywheel-index-pending-'));
const app = join(base, 'app');
const extra = join(base, 'extra');
const files: Record<string, string> = {
  'app/main.py': 'def main_entry_point():\n    pass\n',
  'extra/.vscode/settings.json': '{ "flywheel.guard.exclude": ["/private/"] }\n',
  'extra/private/notes.py': 'def pending_private_notes_marker():\n    pass\n',
  'extra/src/ok.py': 'def pending_ordinary_marker():\n    pass\n',
};
let syntax: SyntaxService;
let service: IndexService;
const roots = [{ name: 'app', path: app }, { name: 'extra', path: extra }];

before(async () => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  syntax = await SyntaxService.create();
  service = new IndexService({ syntax, logger: silentLogger });
  // The folder listed, VS Code's configuration without its globs yet, the folder pending (as the host sends it).
  service.open({ dbPath: join(base, 'index.db'), roots, policy: { pendingFolders: [extra] }, maxFileBytes: 512 * 1024 });
});

after(() => {
  service.close();
  syntax.dispose();
  rmSync(base, { recursive: true, force: true });
});

it("a file event in a folder whose settings are still being read indexes nothing of it; then the folder's own globs judge", async () => {
  await service.sync(['app/main.py']);
  await service.update(['extra/private/notes.py', 'extra/src/ok.py']);
  assert.equal(service.mayIndex('extra/private/notes.py'), false);
  assert.deepEqual(service.definitions(['pending_private_notes_marker'], 2), [], 'the file its folder excludes is not indexed while pending');
  assert.deepEqual(service.definitions(['pending_ordinary_marker'], 2), [], 'nothing of the folder while pending');
  assert.equal(service.definitions(['main_entry_point'], 2).length, 1, 'a known folder is indexed as ever');

  // Known: the host sends the policy again, with the folder's own globs and no folder pending.
  service.setPolicy({ folderGlobs: { [extra]: ['/private/'] } }, roots);
  await service.sync(['app/main.py', 'extra/private/notes.py', 'extra/src/ok.py']);
  assert.deepEqual(service.definitions(['pending_private_notes_marker'], 2), [], "excluded by the folder's own glob");
  assert.equal(service.definitions(['pending_ordinary_marker'], 2).length, 1, 'an ordinary file of the folder is indexed');
});

it('a rebuild starts from the policy sent last, not the one the index was opened with while a folder was pending', async () => {
  // (Opened while the folder was pending, then known: the test above. A rebuild used to restore the opening policy, so the
  // folder pending at the start stayed refused and the rebuilt index held nothing of it: the chat's Codebase found nothing.)
  await service.rebuild();
  assert.equal(service.mayIndex('extra/src/ok.py'), true, 'the folder is known after the rebuild');
  assert.equal(service.mayIndex('extra/private/notes.py'), false, "its own glob still judges it");
  await service.sync(['app/main.py', 'extra/private/notes.py', 'extra/src/ok.py']);
  assert.equal(service.definitions(['pending_ordinary_marker'], 2).length, 1, 'the folder pending at the opening is indexed by the rebuild');
  assert.deepEqual(service.definitions(['pending_private_notes_marker'], 2), [], 'what its glob excludes stays out');
});
