// A workspace of two folders, as the extension runs the index over it: paths are written with
// the folder's name first (`web/src/config.ts`), the worker reads each from its own folder and
// judges it by that folder's ignore rules. Both folders hold a file of the same name with
// different text: each is indexed, searched and shown with its own text, never the first
// folder's copy; a file only the second folder ignores never gets in, whoever lists it.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, it } from 'node:test';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { IndexClient } from '../../../src/core/index/indexClient';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { absolutePath, type WorkspaceRoot } from '../../../src/core/workspaceFolders';
import { memoryLogger } from '../gateway/gatewayHarness';

const WORKER = join(import.meta.dirname, '..', '..', '..', 'src', 'core', 'index', 'indexWorker.ts');

const web: Record<string, string> = {
  'src/config.ts': 'export function loadConfig(): WebConfig {\n  return { port: 8080, theme: readTheme() };\n}\n',
  'src/theme.ts': 'export function readTheme(): string {\n  return "dark";\n}\n',
  'private/notes.ts': 'export const webNotes = "the web folder does not ignore private/";\n',
};
const api: Record<string, string> = {
  '.gitignore': 'private/\n',
  'src/config.ts': 'export function loadConfig(): ApiConfig {\n  return { databaseUrl: process.env.DATABASE_URL, poolSize: 4 };\n}\n',
  'src/pool.ts': 'export function openPool(size: number): Pool {\n  return new Pool(size);\n}\n',
  'private/tokens.ts': 'export const signingToken = "never in a prompt";\n',
};

let base: string;
let roots: WorkspaceRoot[];
let client: IndexClient;
let index: WorkspaceIndex;

function folder(name: string, files: Record<string, string>): WorkspaceRoot {
  const path = join(base, `${name}-folder`);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(path, rel)), { recursive: true });
    writeFileSync(join(path, rel), text);
  }
  return { name, path };
}

before(() => {
  base = mkdtempSync(join(tmpdir(), 'flywheel-index-multiroot-'));
  roots = [folder('web', web), folder('api', api)];
  const logger = memoryLogger();
  client = new IndexClient({ workerPath: WORKER, execArgv: ['--require', 'tsx/cjs'], logger, onProgress: (done, total) => index?.progress(done, total) });
  // The host lists every file of both folders, the ignored one too: the worker's own policy must refuse it.
  const listed = [...Object.keys(web).map((p) => `web/${p}`), ...Object.keys(api).map((p) => `api/${p}`)];
  index = new WorkspaceIndex({
    client, logger, dbPath: join(base, 'index.db'), maxFileBytes: 512 * 1024, settleMs: 20,
    host: { listFiles: async () => listed, policy: () => ({ roots, policy: {} }) },
  });
});

after(async () => {
  index.dispose();
  await client.close();
  rmSync(base, { recursive: true, force: true });
});

it('indexes both folders under folder-qualified paths; a file only the second folder ignores stays out', async () => {
  await index.start();
  assert.equal(index.status.state, 'ready', index.status.error);
  // web: 3 files; api: config and pool (.gitignore is text too, private/ is ignored there).
  assert.equal(index.status.stats?.files, 6);
  const definitions = await index.definitions(['loadConfig', 'webNotes', 'signingToken'], 5);
  assert.deepEqual(definitions.map((d) => `${d.path}:${d.name}`).sort(), ['api/src/config.ts:loadConfig', 'web/private/notes.ts:webNotes', 'web/src/config.ts:loadConfig']);
  assert.deepEqual(await index.search('signingToken', 5), [], "api's private/ never reaches the index");
});

it('the same-named file of each folder is found and shown with its own text', async () => {
  const apiHits = await index.search('database url pool size config', 5);
  const apiConfig = apiHits.find((h) => h.path === 'api/src/config.ts');
  assert.ok(apiConfig, apiHits.map((h) => h.path).join(', '));
  assert.match(apiConfig.text, /databaseUrl/);
  assert.doesNotMatch(apiConfig.text, /port: 8080/);
  const webHits = await index.search('port theme config', 5);
  const webConfig = webHits.find((h) => h.path === 'web/src/config.ts');
  assert.ok(webConfig, webHits.map((h) => h.path).join(', '));
  assert.match(webConfig.text, /port: 8080/);
});

it('an edit in the second folder updates its file, not the first folder\'s namesake', async () => {
  writeFileSync(join(roots[1].path, 'src/config.ts'), 'export function loadSettings(): ApiConfig {\n  return { replicaUrl: "r" };\n}\n');
  index.fileChanged('api/src/config.ts');
  await new Promise((resolve) => setTimeout(resolve, 50));
  await index.idle();
  const definitions = await index.definitions(['loadConfig', 'loadSettings'], 5);
  assert.deepEqual(definitions.map((d) => `${d.path}:${d.name}`).sort(), ['api/src/config.ts:loadSettings', 'web/src/config.ts:loadConfig']);
});

it('the editor and the worker read a folder-qualified path the same way, and the guard judges it in that folder', () => {
  assert.equal(absolutePath(roots, 'api/src/config.ts'), join(roots[1].path, 'src/config.ts'));
  assert.equal(absolutePath(roots, 'web/src/config.ts'), join(roots[0].path, 'src/config.ts'));
  assert.equal(absolutePath(roots, 'src/config.ts'), undefined, 'no folder named: never the first folder\'s copy');
  const policy = new PathPolicy({ roots });
  assert.equal(policy.mayRead('api/private/tokens.ts'), false);
  assert.equal(policy.mayRead('web/private/notes.ts'), true);
});
