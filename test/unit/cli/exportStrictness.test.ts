// `flywheel export` judges a row's secrets at the strictness the user chose in their settings, and says which.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/cliCommands';

const at = Date.UTC(2026, 11, 7, 3);

/** A log of two shown completions: one whose prompt holds a stand-in password, one with no credential at all. */
function logDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-export-strictness-'));
  const shown = (id: string, prefix: string) => ({
    v: 1, id: `e-${id}`, kind: 'completion.shown', suggestionId: id, ts: at, language: 'python', model: 'qwen', provider: 'ollama',
    path: 'app.py', visibleMs: 800, text: { prefix, suffix: '', completion: 'connect()' },
  });
  const lines = [shown('standin', 'DB_PASSWORD = "changeme"\ndb = '), shown('plain', 'import os\ndb = ')].map((e) => JSON.stringify(e));
  writeFileSync(join(dir, 'events-20261207T030000Z-aaaaaa-000.jsonl'), lines.join('\n') + '\n');
  return dir;
}

async function exportWith(dir: string, settings: Record<string, unknown> | undefined, ...extra: string[]) {
  const out = join(dir, 'dataset.jsonl');
  const args = ['export', '--dir', dir, '--out', out, ...extra];
  if (settings) {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings));
    args.push('--settings', join(dir, 'settings.json'));
  }
  let stderr = '';
  // A home with no VS Code settings: only --settings says anything.
  const code = await runCli(args, { stdout: () => undefined, stderr: (t) => (stderr += t), env: {}, platform: 'linux', home: dir, cwd: dir });
  const rows = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { id: string; prompt: { prefix: string } });
  return { code, stderr, rows };
}

test('export at the default strictness keeps the stand-in row and says balanced', async (t) => {
  const dir = logDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const settings of [undefined, { 'flywheel.redaction.strictness': 'balanced' }]) {
    const { code, stderr, rows } = await exportWith(dir, settings);
    assert.equal(code, 0);
    assert.deepEqual(rows.map((r) => r.id), ['standin', 'plain']);
    assert.match(stderr, /0 holding secrets \(balanced redaction, flywheel\.redaction\.strictness\)/);
  }
});

test('export with strict in the user settings leaves the stand-in row out, or redacts it with --redact, and says strict', async (t) => {
  const dir = logDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const strict = await exportWith(dir, { 'flywheel.redaction.strictness': 'strict' });
  assert.equal(strict.code, 0);
  assert.deepEqual(strict.rows.map((r) => r.id), ['plain']);
  assert.match(strict.stderr, /1 holding secrets \(strict redaction, flywheel\.redaction\.strictness\)/);
  // Nested as a settings file may also write it.
  const redacted = await exportWith(dir, { flywheel: { redaction: { strictness: 'strict' } } }, '--redact');
  assert.deepEqual(redacted.rows.map((r) => r.id), ['standin', 'plain']);
  assert.equal(redacted.rows[0]!.prompt.prefix.includes('changeme'), false);
  assert.match(redacted.rows[0]!.prompt.prefix, /DB_PASSWORD = "\[REDACTED:[a-z-]+\]"/);
  assert.match(redacted.stderr, /redacted 1 secrets/);
});

test('export refuses a settings file that does not parse rather than judge at a strictness the user did not choose', async (t) => {
  const dir = logDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'settings.json'), '{ "flywheel.redaction.strictness": "strict", ');
  let stderr = '';
  const code = await runCli(['export', '--dir', dir, '--settings', join(dir, 'settings.json')], {
    stdout: () => undefined, stderr: (t) => (stderr += t), env: {}, platform: 'linux', home: dir, cwd: dir,
  });
  assert.equal(code, 2);
  assert.match(stderr, /flywheel export: .*settings\.json line 1/);
});
