// The live suite: runs only where a real Ollama answers at OLLAMA_HOST (or the default port),
// and skips (saying why) everywhere else. It checks what the fake servers cannot: that the real
// server accepts our requests, that discovery picks a model it really has, and that a real FIM
// model completes real code through the gateway and the engine.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionEngine } from '../../src/core/completion/completionEngine';
import { PathPolicy } from '../../src/core/guard/pathPolicy';
import { PromptGuard } from '../../src/core/guard/promptGuard';
import { PromptDoor } from '../../src/core/promptDoor';
import { selectFimTemplate } from '../../src/core/models/fimTemplates';
import { ModelGateway } from '../../src/core/models/modelGateway';
import { discoverOllama, resolveOllamaHost } from '../../src/core/models/ollamaDiscovery';
import type { OllamaDiscovery } from '../../src/core/models/ollamaDiscovery';
import { silentLogger } from '../../src/core/logger';

const host = resolveOllamaHost(process.env.OLLAMA_HOST);

async function ollamaAnswers(): Promise<boolean> {
  try {
    const response = await fetch(`${host}/api/version`, { signal: AbortSignal.timeout(1_500) });
    return response.ok;
  } catch {
    return false;
  }
}

describe(`live Ollama at ${host}`, () => {
  let live = false;
  let found: OllamaDiscovery;
  before(async () => {
    live = await ollamaAnswers();
    if (live) found = await discoverOllama({ env: process.env, signal: AbortSignal.timeout(10_000) });
  });

  test('discovery finds the server and says what it has', (t) => {
    if (!live) return t.skip(`no Ollama answers at ${host}`);
    assert.notEqual(found.kind, 'ollamaDown');
  });

  test('a real FIM model completes code through the gateway and the engine', { timeout: 180_000 }, async (t) => {
    if (!live) return t.skip(`no Ollama answers at ${host}`);
    if (found.kind !== 'ready') return t.skip(`no FIM model installed (${found.kind === 'noFimModel' ? found.suggestion : ''})`);
    const gateway = new ModelGateway({ roles: { completion: [found.roles.completion.endpoint], chat: [], refactor: [] }, localOnly: true }, { logger: silentLogger });
    const door = new PromptDoor(gateway, () => new PromptGuard({ policy: new PathPolicy({ roots: [] }) }));
    const resolved = await gateway.resolve('completion', AbortSignal.timeout(30_000));
    const engine = new CompletionEngine({
      getModel: async () => ({
        endpoint: resolved.endpoint,
        details: resolved.details,
        template: selectFimTemplate(resolved.endpoint.model, resolved.details.template),
        nativeFim: resolved.details.supportsFim,
        stream: door.send,
      }),
      config: { temperature: 0 },
    });
    const text = 'def fibonacci(n):\n    """Return the n-th Fibonacci number."""\n    if n < 2:\n        return n\n    return ';
    const outcome = await engine.complete(
      { uri: 'file:///live/fib.py', relativePath: 'fib.py', languageId: 'python', text: `${text}\n`, version: 1, offset: text.length },
      { trigger: 'explicit' },
    );
    assert.equal(outcome.kind, 'completion', `outcome: ${outcome.kind}`);
    if (outcome.kind === 'completion') {
      assert.match(outcome.result.text, /fibonacci\(n\s*-\s*[12]\)/, `completed: ${JSON.stringify(outcome.result.text)}`);
      assert.ok(!outcome.result.text.includes('\n'), 'a single-line completion stops at the newline');
    }
    engine.dispose();
    gateway.dispose();
  });
});
