import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { defaultLogDir } from '../../../src/cli/defaultLogDir';
import { fixtureEvents } from '../feedback/feedbackFixture';

const run = promisify(execFile);
const root = join(__dirname, '../../..');
const cli = join(root, 'src/cli/flywheelCli.ts');

function fixtureLog(): string {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-cli-'));
  const lines = fixtureEvents().map((e) => JSON.stringify(e));
  writeFileSync(join(dir, 'events-20250303T120000Z-aaaaaa-000.jsonl'), lines.slice(0, 9).join('\n') + '\n');
  // A second window's file, ending in a line cut short by a crash: nobody has written it since
  // (a line without its newline in a file still being written is not read yet).
  const crashed = join(dir, 'events-20250304T120000Z-bbbbbb-000.jsonl');
  writeFileSync(crashed, lines.slice(9).join('\n') + '\n{"v":1,"id":"cut');
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(crashed, hourAgo, hourAgo);
  return dir;
}

function flywheel(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, env: { ...process.env, FLYWHEEL_LOG_DIR: '' } });
}

test('flywheel export writes the clean dataset to --out', async (t) => {
  const dir = fixtureLog();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'dataset.jsonl');
  const { stderr } = await flywheel('export', '--dir', dir, '--out', out);
  const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((r) => [r.id, r.outcome, r.final]), [['a', 'accepted', 'foo(22)'], ['b', 'rejected', null]]);
  assert.match(stderr, /exported 2 rows/);
  assert.match(stderr, /1 from ignored files, 1 holding secrets/);
  assert.match(stderr, /skipped 1 unreadable log lines/);
});

test('flywheel stats prints tables, or JSON', async (t) => {
  const dir = fixtureLog();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { stdout } = await flywheel('stats', '--dir', dir);
  assert.match(stdout, /Inline completions/);
  assert.match(stdout, /^all\s+5\s+1\s+20\.0%\s+20\.0%\s+1\s+1\s+1\s/m);
  assert.match(stdout, /By language[\s\S]*python\s+3/);
  assert.match(stdout, /2 min\s+1\s+50\.0%/);
  const json = JSON.parse((await flywheel('stats', '--dir', dir, '--json')).stdout);
  assert.equal(json.completions.shown, 5);
  assert.equal(json.skippedLines, 1);
  assert.ok(existsSync(join(dir, 'statistics.json')), 'the statistics are kept beside the log for next time');
  const again = JSON.parse((await flywheel('stats', '--dir', dir, '--json', '--rebuild')).stdout);
  assert.deepEqual(again, json, 'a rebuild from the whole log gives the same numbers');
});

test('bad arguments exit 2 with usage', async () => {
  await assert.rejects(flywheel('frobnicate', '--dir', '/nonexistent'), (error: { code?: number; stderr?: string }) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr ?? '', /Usage: flywheel/);
    return true;
  });
});

test('the default log folder follows VS Code global storage on each platform', () => {
  const none = () => false;
  assert.equal(
    defaultLogDir({ platform: 'linux', home: '/home/u', env: {}, exists: none }),
    '/home/u/.config/Code/User/globalStorage/flywheel.flywheel/feedback',
  );
  assert.equal(
    defaultLogDir({ platform: 'darwin', home: '/Users/u', env: {}, exists: none }),
    '/Users/u/Library/Application Support/Code/User/globalStorage/flywheel.flywheel/feedback',
  );
  assert.equal(
    defaultLogDir({ platform: 'win32', home: 'C:\\Users\\u', env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, exists: none }),
    'C:\\Users\\u\\AppData\\Roaming\\Code\\User\\globalStorage\\flywheel.flywheel\\feedback',
  );
  const insiders = '/home/u/.config/Code - Insiders/User/globalStorage/flywheel.flywheel/feedback';
  assert.equal(defaultLogDir({ platform: 'linux', home: '/home/u', env: {}, exists: (p) => p === insiders }), insiders);
  assert.equal(defaultLogDir({ platform: 'linux', home: '/home/u', env: { FLYWHEEL_LOG_DIR: '/x' } }), '/x');
});
