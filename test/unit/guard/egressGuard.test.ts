import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EgressGuard } from '../../../src/core/guard/egressGuard';
import { IgnoreRules } from '../../../src/core/guard/ignoreRules';
import type { Logger } from '../../../src/core/logger';
import type { ModelEndpoint } from '../../../src/core/models/modelTypes';

function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (m: unknown) => lines.push(String(m));
  return { lines, trace: push, debug: push, info: push, warn: push, error: push };
}

const local: ModelEndpoint = { provider: 'ollama', baseUrl: 'http://127.0.0.1:11434', model: 'qwen2.5-coder:1.5b' };
const cloud: ModelEndpoint = { provider: 'openai', baseUrl: 'https://api.example.com/v1', model: 'gpt-x', apiKey: 'sk-test-not-logged' };
const aws = `AKIA${'Q7ZX'.repeat(4)}`;

function guard(localOnly = false) {
  const logger = memoryLogger();
  const rules = new IgnoreRules({ readFile: (p) => (p === '.gitignore' ? 'dist/\n' : undefined) });
  return { logger, guard: new EgressGuard({ roots: [{ root: '/ws', rules }], localOnly, logger }) };
}

test('a prompt built from an ignored file is refused for every endpoint', () => {
  const { guard: g } = guard();
  for (const endpoint of [local, cloud]) {
    const d = g.mayLeave(endpoint, { texts: ['x'], files: ['src/a.ts', '.env'] });
    assert.equal(d.allowed, false);
    assert.ok(!d.allowed && d.reason === 'ignored-file' && d.files.join() === '.env');
  }
  assert.equal(g.mayInclude('/ws/dist/bundle.js'), false);
  assert.equal(g.mayInclude('/ws/src/a.ts'), true);
  assert.equal(g.mayInclude('/home/u/.ssh/id_rsa'), false, 'outside the workspace: judged by name');
});

test('local endpoints get the text as is, with no audit line', () => {
  const { guard: g, logger } = guard();
  const d = g.mayLeave(local, { texts: [`key ${aws}`], files: ['src/a.ts'] });
  assert.ok(d.allowed && d.local && d.texts[0] === `key ${aws}` && d.redactions === 0);
  assert.equal(logger.lines.length, 0);
});

test('cloud endpoints get redacted text and an audit line with destination, bytes and files, never content', () => {
  const { guard: g, logger } = guard();
  const d = g.mayLeave(cloud, { texts: [`key ${aws}`, 'second'], files: ['src/a.ts', 'src/b.ts'] });
  assert.ok(d.allowed && !d.local);
  assert.equal(d.redactions, 1);
  assert.ok(!d.texts.join().includes(aws));
  assert.equal(logger.lines.length, 1);
  const line = logger.lines[0]!;
  assert.match(line, /https:\/\/api\.example\.com\/v1/);
  assert.match(line, new RegExp(`${d.bytes} bytes`));
  assert.match(line, /src\/a\.ts, src\/b\.ts/);
  assert.match(line, /secrets redacted: 1/);
  assert.ok(!line.includes('second') && !line.includes('sk-test-not-logged') && !line.includes(aws));
});

test('local only refuses every non-loopback endpoint with a clear reason', () => {
  const { guard: g } = guard(true);
  for (const baseUrl of ['https://api.example.com/v1', 'http://192.168.1.20:11434', 'http://10.0.0.1:11434', 'http://gpu-box.lan:11434']) {
    const d = g.mayLeave({ ...local, baseUrl }, { texts: ['x'], files: [] });
    assert.ok(!d.allowed && d.reason === 'local-only' && /localOnly/.test(d.message), baseUrl);
  }
  for (const baseUrl of ['http://127.0.0.1:11434', 'http://localhost:11434', 'http://[::1]:11434', 'http://127.1.2.3:8080']) {
    assert.equal(g.mayLeave({ ...local, baseUrl }, { texts: ['x'], files: [] }).allowed, true, baseUrl);
  }
});
