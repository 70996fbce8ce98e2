// Property: over random workspace trees (nested .gitignore and .flywheelignore, secret files),
// whatever prompt a feature assembles, no text of an ignored file reaches any model. Context is
// filtered with mayInclude; a prompt that still names an ignored file is refused whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EgressGuard, EgressRefusedError } from '../../../src/core/guard/egressGuard';
import { IgnoreRules } from '../../../src/core/guard/ignoreRules';
import { silentLogger } from '../../../src/core/logger';
import { ModelGateway } from '../../../src/core/models/modelGateway';
import type { ChatRequest, FimRequest, ModelEndpoint, ModelProvider, StreamChunk } from '../../../src/core/models/modelTypes';
import { seededRandom } from '../../../src/core/seededRandom';
import { randomTree } from './randomTree';

/** A provider that records every prompt it is sent and answers at once. */
function capturingFactory(sent: string[]) {
  return (endpoint: ModelEndpoint): ModelProvider => ({
    endpoint,
    async *streamFim(request: FimRequest): AsyncIterable<StreamChunk> {
      sent.push(JSON.stringify(request));
      yield { text: 'ok', usage: { promptTokens: 1, completionTokens: 1 } };
    },
    async *streamChat(request: ChatRequest): AsyncIterable<StreamChunk> {
      sent.push(JSON.stringify(request));
      yield { text: 'ok' };
    },
    listModels: async () => [],
    describeModel: async (name) => ({ name, supportsFim: true }),
    dispose() {},
  });
}

test('ignored files never appear in any prompt, for local and cloud endpoints', async () => {
  let refused = 0;
  let ignoredSeen = 0;
  for (let seed = 1; seed <= 60; seed++) {
    const random = seededRandom(seed);
    const tree = randomTree(random, true);
    const rules = new IgnoreRules({ readFile: (p) => tree.files[p], userGlobs: random() < 0.5 ? ['**/*.md'] : [] });
    const guard = new EgressGuard({ roots: [{ root: '/ws', rules }], localOnly: false, logger: silentLogger });
    const sent: string[] = [];
    const endpoints: ModelEndpoint[] = [
      { provider: 'ollama', baseUrl: 'http://127.0.0.1:11434', model: 'local' },
      { provider: 'openai', baseUrl: 'https://api.example.com/v1', model: 'cloud' },
    ];
    const gateway = new ModelGateway(
      { roles: { completion: [endpoints[seed % 2]!], chat: [endpoints[(seed + 1) % 2]!], refactor: [endpoints[0]!] } },
      { guard, logger: silentLogger, providerFactory: capturingFactory(sent) },
    );
    const ignored = tree.contentPaths.filter((p) => rules.isIgnored(p));
    ignoredSeen += ignored.length;

    for (let round = 0; round < 6; round++) {
      // A feature picks random files for its context (as if open or recently edited) ...
      const picked = tree.contentPaths.filter(() => random() < 0.5);
      // ... filters them as every context source must ...
      const allowed = picked.filter((p) => guard.mayInclude(p));
      const text = allowed.map((p) => `// ${p}\n${tree.files[p]}`).join('\n');
      const signal = AbortSignal.timeout(5_000);
      const meta = { files: allowed };
      if (round % 2 === 0) {
        for await (const _ of gateway.streamFim('completion', { prefix: text, suffix: '', maxTokens: 8, stop: [], temperature: 0 }, signal, meta));
      } else {
        for await (const _ of gateway.streamChat('chat', { messages: [{ role: 'user', content: text }] }, signal, meta));
      }
      // ... and one that forgot to filter is refused whole.
      if (picked.some((p) => !allowed.includes(p))) {
        const unfiltered = picked.map((p) => tree.files[p]).join('\n');
        await assert.rejects(
          (async () => {
            for await (const _ of gateway.streamChat('chat', { messages: [{ role: 'user', content: unfiltered }] }, signal, { files: picked }));
          })(),
          (e) => EgressRefusedError.is(e, 'ignored-file'),
        );
        refused++;
      }
    }
    const everything = sent.join('\n');
    for (const path of ignored) {
      const marker = /marker-\d+-\d+/.exec(tree.files[path]!)![0];
      assert.ok(!everything.includes(marker), `seed ${seed}: ${path} leaked`);
    }
    gateway.dispose();
  }
  assert.ok(ignoredSeen > 100 && refused > 50, `the trees exercised the guard (ignored ${ignoredSeen}, refused ${refused})`);
});
