import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapsingLogger } from '../../../src/core/collapsingLogger';
import type { Logger } from '../../../src/core/logger';

function recorder() {
  const lines: string[] = [];
  const errors: unknown[] = [];
  const inner: Logger = {
    trace: (m) => lines.push(`trace ${m}`),
    debug: (m) => lines.push(`debug ${m}`),
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => {
      errors.push(m);
      lines.push(`error ${m instanceof Error ? m.message : m}`);
    },
  };
  let t = 0;
  return { lines, errors, inner, advance: (ms: number) => (t += ms), now: () => t };
}

const failed = 'completion: qwen2.5-coder:1.5b at 127.0.0.1:11434 failed: Cannot reach Ollama';

test('a line repeated on every keystroke is written once, then again after the quiet time with how often it was held back', () => {
  const r = recorder();
  const log = collapsingLogger(r.inner, { quietMs: 60_000, now: r.now });
  for (let i = 0; i < 40; i++) {
    log.warn(failed);
    log.debug(`request ${i}`); // lower lines in between do not make it news
    r.advance(1_000);
  }
  assert.deepEqual(r.lines.filter((l) => l.startsWith('warn')), [`warn ${failed}`]);
  r.advance(30_000);
  log.warn(failed);
  assert.equal(r.lines.at(-1), `warn ${failed} (repeated 39 more times before this)`);
  log.warn(failed);
  assert.equal(r.lines.at(-1), `warn ${failed} (repeated 39 more times before this)`, 'held back again, the count starts over');
});

test('a state that comes back after another one is news: up, down, up again are all written', () => {
  const r = recorder();
  const log = collapsingLogger(r.inner, { now: r.now });
  const up = 'Ollama at http://127.0.0.1:11434: completions use qwen2.5-coder:1.5b-base.';
  const down = 'Cannot reach Ollama at http://127.0.0.1:11434.';
  log.info(up);
  log.warn(down);
  log.info(up);
  log.warn(down);
  log.warn(down);
  assert.deepEqual(r.lines, [`info ${up}`, `warn ${down}`, `info ${up}`, `warn ${down}`]);
});

test('the same text at another level, or with other arguments, is another line', () => {
  const r = recorder();
  const log = collapsingLogger(r.inner, { now: r.now });
  log.warn('same');
  log.error('same');
  log.warn('same', { a: 1 });
  log.warn('same', { a: 2 });
  assert.deepEqual(r.lines, ['warn same', 'error same', 'warn same', 'warn same']);
});

test('info, debug and trace lines are never held back: every audit line of a call sent off the machine stays', () => {
  const r = recorder();
  const log = collapsingLogger(r.inner, { now: r.now });
  const audit = 'audit: sent 812 bytes to gpt-4o at https://api.example.com for chat (ok); files: src/a.ts; secrets redacted: 0';
  for (const level of ['info', 'debug', 'trace'] as const) {
    log[level](audit);
    log[level](audit);
  }
  assert.deepEqual(r.lines, [`info ${audit}`, `info ${audit}`, `debug ${audit}`, `debug ${audit}`, `trace ${audit}`, `trace ${audit}`]);
});

test('an Error is passed on as an Error (its stack kept) and collapses by its message', () => {
  const r = recorder();
  const log = collapsingLogger(r.inner, { now: r.now });
  log.error(new Error('disk full'));
  log.error(new Error('disk full'));
  assert.equal(r.errors.length, 1);
  assert.ok(r.errors[0] instanceof Error);
});
