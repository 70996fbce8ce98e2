// --embed-loopback: proves the embedding wiring end to end, not its quality (the loopback server's
// vectors are hashed words, not a model): every chunk of the index goes through the embedding
// queue, the one door (guard) and the gateway to a loopback Ollama /api/embed over a real socket,
// the vectors land in the index, and the questions are asked again with vector retrieval fused in.
import { IgnoreRules } from '../../src/core/guard/ignoreRules';
import { PathPolicy } from '../../src/core/guard/pathPolicy';
import { PromptGuard } from '../../src/core/guard/promptGuard';
import { EmbeddingQueue } from '../../src/core/index/embeddingQueue';
import type { IndexFileSource } from '../../src/core/index/indexBuilder';
import type { IndexStore } from '../../src/core/index/indexStore';
import { silentLogger } from '../../src/core/logger';
import { ModelGateway } from '../../src/core/models/modelGateway';
import { PromptDoor } from '../../src/core/promptDoor';
import { fakeOllamaModels, startFakeOllamaServer } from '../../test/support/fakeOllamaServer';

export interface LoopbackEmbedding {
  /** Embeds every chunk still without a vector; resolves with the chunks embedded and the requests made. */
  embedAll(store: IndexStore, source: IndexFileSource): Promise<{ chunks: number; requests: number; ms: number }>;
  /** The question's vector, through the same door. */
  embedQuery(query: string): Promise<number[]>;
  close(): Promise<void>;
}

export async function startLoopbackEmbedding(): Promise<LoopbackEmbedding> {
  const ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.nomicEmbed] });
  const endpoint = { provider: 'ollama' as const, baseUrl: ollama.url, model: 'nomic-embed-text' };
  const gateway = new ModelGateway({ roles: { completion: [], chat: [], refactor: [], embedding: [endpoint] } }, { logger: silentLogger });
  const rules = new IgnoreRules({ readFile: () => undefined });
  const guard = new PromptGuard({ policy: new PathPolicy({ roots: [{ root: '/bench', rules }], openedByUser: () => false }) });
  const door = new PromptDoor(gateway, () => guard);
  const embed = (input: readonly string[], files: readonly string[], purpose: string, signal: AbortSignal) =>
    door.embed({ role: 'embedding', purpose, body: { kind: 'embed', request: { input } }, files }, signal);
  return {
    async embedAll(store, source) {
      const started = performance.now();
      const requestsBefore = ollama.requestsTo('/api/embed').length;
      let chunks = 0;
      const queue = new EmbeddingQueue({
        model: 'ollama:nomic-embed-text', embed, logger: silentLogger, requestsPerMinute: 1e6,
        pending: async (limit) => {
          const out = [];
          for (const p of store.pendingEmbeddings(limit)) {
            const bytes = await source.read(p.path);
            const text = bytes ? new TextDecoder().decode(bytes).split('\n').slice(p.startLine, p.endLine + 1).join('\n') : '';
            out.push({ chunkId: p.chunkId, path: p.path, text: p.header ? `${p.header}\n${text}` : text });
          }
          return out;
        },
        store: async (_model, vectors) => {
          store.putVectors(vectors);
          chunks += vectors.length;
        },
      });
      queue.kick();
      await queue.idle();
      if (queue.state === 'failed') throw new Error(`loopback embedding failed: ${queue.error}`);
      return { chunks, requests: ollama.requestsTo('/api/embed').length - requestsBefore, ms: performance.now() - started };
    },
    async embedQuery(query) {
      return (await embed([query], [], 'index-query', AbortSignal.timeout(30_000)))[0];
    },
    async close() {
      gateway.dispose();
      await ollama.close();
    },
  };
}
