// Property: over random workspace trees (nested .gitignore and .flywheelignore, secret files),
// whatever prompt a feature assembles, no text of an ignored file reaches any model. Context is
// filtered with mayInclude; a prompt that still names an ignored file is refused whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IgnoreRules } from '../../../src/core/guard/ignoreRules';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { EgressRefusedError, PromptGuard } from '../../../src/core/guard/promptGuard';
import { PromptDoor } from '../../../src/core/promptDoor';
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
    async embed(request) {
      sent.push(JSON.stringify(request));
      return { vectors: request.input.map(() => [1]) };
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
    const guard = new PromptGuard({ policy: new PathPolicy({ roots: [{ root: '/ws', rules }], openedByUser: () => false }) });
    const sent: string[] = [];
    const endpoints: ModelEndpoint[] = [
      { provider: 'ollama', baseUrl: 'http://127.0.0.1:11434', model: 'local' },
      { provider: 'openai', baseUrl: 'https://api.example.com/v1', model: 'cloud' },
    ];
    const gateway = new ModelGateway(
      { roles: { completion: [endpoints[seed % 2]!], chat: [endpoints[(seed + 1) % 2]!], refactor: [endpoints[0]!] } },
      { logger: silentLogger, providerFactory: capturingFactory(sent) },
    );
    const door = new PromptDoor(gateway, () => guard);
    const ignored = tree.contentPaths.filter((p) => rules.isIgnored(p));
    ignoredSeen += ignored.length;

    for (let round = 0; round < 6; round++) {
      // A feature picks random files for its context (as if open or recently edited) ...
      const picked = tree.contentPaths.filter(() => random() < 0.5);
      // ... filters them as every context source must ...
      const allowed = picked.filter((p) => guard.mayInclude(p));
      const text = allowed.map((p) => `// ${p}\n${tree.files[p]}`).join('\n');
      const signal = AbortSignal.timeout(5_000);
      if (round % 2 === 0) {
        const request = { prefix: text, suffix: '', maxTokens: 8, stop: [], temperature: 0 };
        for await (const _ of door.stream({ role: 'completion', purpose: 'completion', body: { kind: 'fim', request }, files: allowed }, signal));
      } else {
        const request = { messages: [{ role: 'user' as const, content: text }] };
        for await (const _ of door.stream({ role: 'chat', purpose: 'chat', body: { kind: 'chat', request }, files: allowed }, signal));
      }
      // ... and one that forgot to filter is refused whole.
      if (picked.some((p) => !allowed.includes(p))) {
        const unfiltered = picked.map((p) => tree.files[p]).join('\n');
        await assert.rejects(
          (async () => {
            const request = { messages: [{ role: 'user' as const, content: unfiltered }] };
            for await (const _ of door.stream({ role: 'chat', purpose: 'chat', body: { kind: 'chat', request }, files: picked }, signal));
          })(),
          (e) => EgressRefusedError.is(e),
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
