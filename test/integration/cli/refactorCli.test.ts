// `flywheel refactor` end to end against the loopback Ollama: the editor's settings file names
// the model, the CLI runs the core refactor flow over a real socket and prints a unified diff.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli, type CliIo } from '../../../src/cli/cliCommands';
import { fakeOllamaModels, startFakeOllamaServer, type FakeOllamaServer } from '../../support/fakeOllamaServer';

const run = promisify(execFile);
const repo = join(__dirname, '../../..');
const source = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n\nexport const zero = 0;\n';
const documented = ['/** Adds two numbers. */', 'export function add(a: number, b: number): number {', '  return a + b;', '}'];

let ollama: FakeOllamaServer;
let workspace: string;
let settingsFile: string;

before(async () => {
  ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder7b] });
  workspace = mkdtempSync(join(tmpdir(), 'flywheel-refactor-cli-'));
  mkdirSync(join(workspace, 'src'));
  writeFileSync(join(workspace, 'src/math.ts'), source);
  writeFileSync(join(workspace, '.env'), 'API_TOKEN=abc\n');
  settingsFile = join(workspace, 'settings.json');
  // As VS Code writes it: comments and a trailing comma.
  writeFileSync(settingsFile, `{\n  // the refactor model\n  "flywheel.models.refactor": [{ "provider": "ollama", "baseUrl": "${ollama.url}/", "model": "${fakeOllamaModels.qwenCoder7b.name}" }],\n}\n`);
});

after(async () => {
  await ollama?.close();
  rmSync(workspace, { recursive: true, force: true });
});

function io(): CliIo & { out: string; err: string } {
  const captured = { out: '', err: '' };
  return Object.assign(captured, {
    stdout: (t: string) => void (captured.out += t),
    stderr: (t: string) => void (captured.err += t),
    env: { OLLAMA_HOST: 'http://127.0.0.1:9' },
    platform: process.platform,
    home: workspace,
    cwd: workspace,
  });
}

// The source run through tsx, and the bundle package.json's `bin` names (what `npx flywheel` runs): a bundle that cannot
// load a dependency's files crashes before its first line (jsonc-parser's UMD entry once did), which the source never shows.
// (The bundle is `npm run build`'s, the README's first command.)
const entries: [string, string[]][] = [
  ['the source', ['--import', 'tsx', join(repo, 'src/cli/flywheelCli.ts')]],
  ["the bundle package.json's bin names", [join(repo, 'dist/cli.js')]],
];
for (const [what, entry] of entries) test(`npx flywheel refactor --action addDocs --file F --range 1-3 prints the proposal as a unified diff (${what})`, async () => {
  ollama.reply({ tokens: ['Here it is:\n', '```ts\n', ...documented.map((l) => `${l}\n`), '```\n'] });
  const { stdout } = await run(process.execPath, [...entry, 'refactor', '--action', 'addDocs', '--file', 'src/math.ts', '--range', '1-3', '--settings', settingsFile, '--root', workspace], {
    cwd: repo,
    env: { ...process.env, OLLAMA_HOST: 'http://127.0.0.1:9' },
  });
  assert.equal(
    stdout,
    [
      '--- a/src/math.ts',
      '+++ b/src/math.ts',
      '@@ -1,3 +1,4 @@',
      '+/** Adds two numbers. */',
      ' export function add(a: number, b: number): number {',
      '   return a + b;',
      ' }',
      '',
    ].join('\n'),
  );
  const sent = ollama.requestsTo('/api/chat').at(-1)!;
  assert.equal(sent.body.model, fakeOllamaModels.qwenCoder7b.name, 'the model from the settings file');
  assert.match(sent.body.messages.at(-1).content, /File: src\/math\.ts/);
  assert.match(sent.body.messages.at(-1).content, /The code \(lines 1-3\)/);
});

test('--model and --base-url override the settings; the file is never written', async () => {
  ollama.reply({ tokens: ['```ts\nexport const zero = 0 as const;\n```\n'] });
  const out = io();
  const args = ['refactor', '--action', 'simplify', '--file', 'src/math.ts', '--range', '5', '--base-url', ollama.url, '--model', 'qwen2.5-coder:7b', '--settings', settingsFile];
  const code = await runCli(args, out);
  assert.equal(code, 0, out.err);
  assert.match(out.out, /^-export const zero = 0;\n\+export const zero = 0 as const;$/m);
  assert.equal(readFileSync(join(workspace, 'src/math.ts'), 'utf8'), source);
});

test('a file the guard keeps out never reaches the model; bad arguments say what is wrong', async () => {
  const before = ollama.requestsTo('/api/chat').length;
  const out = io();
  const code = await runCli(['refactor', '--action', 'fix', '--file', '.env', '--settings', settingsFile], out);
  assert.equal(code, 1);
  assert.match(out.err, /\.env/);
  assert.equal(ollama.requestsTo('/api/chat').length, before, 'nothing was sent');

  const badRange = io();
  assert.equal(await runCli(['refactor', '--action', 'addDocs', '--file', 'src/math.ts', '--range', '9-12', '--settings', settingsFile], badRange), 2);
  assert.match(badRange.err, /the file has lines 1-6/);
  const badAction = io();
  assert.equal(await runCli(['refactor', '--action', 'frobnicate', '--file', 'src/math.ts', '--settings', settingsFile], badAction), 2);
  assert.match(badAction.err, /unknown action frobnicate; one of: document\|addDocs/);
  const noInstruction = io();
  assert.equal(await runCli(['refactor', '--action', 'rewrite', '--file', 'src/math.ts', '--settings', settingsFile], noInstruction), 2);
  assert.match(noInstruction.err, /--instruction/);
});

test('a bad custom action in the settings is skipped and named on stderr; the good ones still run', async () => {
  const withCustom = join(workspace, 'custom-settings.json');
  const model = `"flywheel.models.refactor": [{ "provider": "ollama", "baseUrl": "${ollama.url}", "model": "${fakeOllamaModels.qwenCoder7b.name}" }]`;
  const actions = '"flywheel.refactor.customActions": [{ "name": "Shout" }, { "name": "Tidy", "instruction": "Tidy it." }]';
  writeFileSync(withCustom, `{ ${model}, ${actions} }`);
  const out = io();
  assert.equal(await runCli(['refactor', '--action', 'Shout', '--file', 'src/math.ts', '--settings', withCustom], out), 2);
  assert.match(out.err, /skipped flywheel\.refactor\.customActions\[0\]: "instruction" is missing/);
  assert.match(out.err, /unknown action Shout; .*a custom action: Tidy/);
});

test('an entry the editor would refuse is named on stderr, and nothing falls back to the local Ollama', async () => {
  const local = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder7b] });
  const badSettings = join(workspace, 'bad-settings.json');
  writeFileSync(badSettings, `{ "flywheel.models.refactor": [{ "provider": "olama", "baseUrl": "${ollama.url}", "model": "qwen2.5-coder:7b" }] }\n`);
  try {
    const out = Object.assign(io(), { env: { OLLAMA_HOST: local.url } });
    const code = await runCli(['refactor', '--action', 'addDocs', '--file', 'src/math.ts', '--range', '1-3', '--settings', badSettings], out);
    assert.equal(code, 1);
    assert.match(out.err, /flywheel\.models\.refactor, entry 1 \("qwen2\.5-coder:7b"\): "provider": "olama" is not one Flywheel knows/);
    assert.match(out.err, /does not fall back to the local Ollama for refactor/);
    assert.equal(out.out, '');
    assert.equal(local.requests.length, 0, 'the discovered Ollama was never asked');
  } finally {
    await local.close();
  }
});

// Generate Tests quotes an existing test file's start as its example: one the project's .gitignore excludes (a local test with
// the developer's settings) is never that example, and Generate Tests still runs, quoting the next one.
test('Generate Tests never quotes an ignored test file as its example, and still runs with the next one', async () => {
  mkdirSync(join(workspace, 'test'), { recursive: true });
  writeFileSync(join(workspace, '.gitignore'), 'test/env.test.ts\n');
  writeFileSync(join(workspace, 'test/env.test.ts'), "// local_env_marker_5c1d: my machine's settings\nimport { test } from 'node:test';\n");
  writeFileSync(join(workspace, 'test/other.test.ts'), "// other_test_marker_8e2a\nimport { test } from 'node:test';\n");
  const before = ollama.requestsTo('/api/chat').length;
  ollama.reply({ tokens: ['```ts\n', "import { test } from 'node:test';\n", "test('adds', () => {});\n", '```\n'] });
  const out = io();
  const code = await runCli(['refactor', '--action', 'generateTests', '--file', 'src/math.ts', '--range', '1-3', '--settings', settingsFile], out);
  assert.equal(code, 0, out.err);
  const sent = JSON.stringify(ollama.requestsTo('/api/chat').slice(before).map((r) => r.body));
  assert.match(sent, /other_test_marker_8e2a/, 'the allowed test file is the example');
  assert.doesNotMatch(sent, /local_env_marker_5c1d|env\.test\.ts/, 'the ignored test file never reaches the model');
  assert.match(out.out, /\+\+\+ b\/test\/math\.test\.ts/);
});
