// The soak of bench:scale: completion requests through the engine as the extension wires it
// (CompletionEngine -> the model source -> the one door -> ModelGateway -> OllamaProvider and
// the official client -> undici) against a loopback Ollama that misbehaves on purpose: streams
// that stall mid-reply, servers that take the request and say nothing, connections reset
// mid-stream, 429s, and keystrokes that cancel a request in flight. The limits are short so the
// soak runs in minutes; what is measured is what is left over: heap growth after GC, and open
// sockets once everything is disposed. One editor at a time, as a user types in one: completions
// share one slot per server, and a newer one supersedes any still queued.
import { CompletionEngine } from '../../src/core/completion/completionEngine';
import type { CompletionClock } from '../../src/core/completion/completionClock';
import type { DocumentSnapshot } from '../../src/core/documentSnapshot';
import { PathPolicy } from '../../src/core/guard/pathPolicy';
import { PromptGuard } from '../../src/core/guard/promptGuard';
import { ModelGateway } from '../../src/core/models/modelGateway';
import { PromptDoor } from '../../src/core/promptDoor';
import { seededRandom } from '../../src/core/seededRandom';
import { CompletionModelSource } from '../../src/vscode/completion/completionModelSource';
import { FakeOllamaServer, fakeOllamaModels, type FakeReply, type FakeRequest } from '../../test/support/fakeOllamaServer';

export interface SoakResult {
  readonly requests: number;
  readonly heap_growth_mb: number;
  readonly open_sockets: number;
  readonly outcomes: Record<string, number>;
  readonly faults: Record<string, number>;
  readonly seconds: number;
}

/** Replies chosen at random per generation request: most normal, the rest the faults above. */
class FaultyOllama extends FakeOllamaServer {
  readonly faults: Record<string, number> = {};
  constructor(private readonly random: () => number) {
    super({ models: [fakeOllamaModels.qwenCoder] });
  }

  protected override takeReply(record: FakeRequest, isGeneration: boolean): FakeReply {
    if (!isGeneration) return super.takeReply(record, isGeneration);
    const r = this.random();
    const [name, reply]: [string, FakeReply] =
      r < 0.06 ? ['stall mid-stream', { tokens: ['x = ', '1', '\n'], stallAfter: 1 }]
      : r < 0.12 ? ['silent before headers', { tokens: ['late'], firstTokenDelayMs: 60_000 }]
      : r < 0.18 ? ['reset mid-stream', { tokens: ['foo', 'bar', '\n'], closeAfter: 1 }]
      : r < 0.24 ? ['429', { status: 429, headers: { 'Retry-After': '0' } }]
      : ['normal', { tokens: ['value', ' + 1', ';', '\n', 'next();'] }];
    this.faults[name] = (this.faults[name] ?? 0) + 1;
    return reply;
  }
}

const instant: CompletionClock = { now: () => performance.now(), wallNow: () => Date.now(), sleep: async (_ms, signal) => signal.throwIfAborted() };

function openSockets(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
  collect();
}

export async function runSoak(requests: number, seed = 5): Promise<SoakResult> {
  const random = seededRandom(seed);
  const server = await new FaultyOllama(random).listen();
  const endpoint = { provider: 'ollama' as const, baseUrl: server.url, model: fakeOllamaModels.qwenCoder.name };
  const gateway = new ModelGateway(
    {
      roles: { completion: [endpoint], chat: [], refactor: [] },
      localOnly: false,
      timeouts: { connectMs: 1_000, loadNoticeMs: 30, loadMs: 200, firstTokenMs: 500, idleMs: 100, totalMs: 5_000 },
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
      // An endpoint that failed is tried again at once: there is no other to fall back to here.
      unhealthyForMs: 0,
    },
    { logger: silent },
  );
  const guard = new PromptGuard({ policy: new PathPolicy({ roots: [] }) });
  const door = new PromptDoor(gateway, () => guard);
  const models = new CompletionModelSource({ gateway, send: door.send, templateOverride: () => ({ template: '', stop: [] }) });
  const engine = new CompletionEngine({ getModel: (signal) => models.get(signal), clock: instant, logger: silent });
  const outcomes: Record<string, number> = {};
  const started = performance.now();
  let heapBefore = 0;
  const warmUp = Math.min(500, Math.floor(requests / 10));

  for (let k = 0; k < requests; k++) {
    if (k === warmUp) {
      gc();
      heapBefore = process.memoryUsage().heapUsed;
    }
    const text = `function f${k}() {\n  const x = `;
    const doc: DocumentSnapshot = { uri: 'file:///soak/edit.ts', relativePath: 'edit.ts', languageId: 'typescript', text, version: k, offset: text.length };
    // Now and then the user types on while the request runs: the request is cancelled.
    const keystroke = new AbortController();
    const timer = random() < 0.1 ? setTimeout(() => keystroke.abort(), 5) : undefined;
    const outcome = await engine.complete(doc, { trigger: 'explicit', signal: keystroke.signal });
    clearTimeout(timer);
    const kind = outcome.kind === 'error' ? `error: ${(outcome.error as { reason?: string }).reason ?? 'unknown'}` : outcome.kind;
    outcomes[kind] = (outcomes[kind] ?? 0) + 1;
  }
  engine.dispose();
  gateway.dispose();
  // Sockets close as the pool shuts down and the server sees the FIN: give them a moment.
  for (let i = 0; i < 50 && openSockets() > 0; i++) await new Promise((r) => setTimeout(r, 100));
  const sockets = openSockets();
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  await server.close();
  return {
    requests,
    heap_growth_mb: Math.round(((heapAfter - heapBefore) / (1 << 20)) * 100) / 100,
    open_sockets: sockets,
    outcomes,
    faults: server.faults,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

const silent = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };
