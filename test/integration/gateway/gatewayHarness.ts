// Builds a ModelGateway over real providers and the loopback fake servers. Endpoints whose host
// ends in ".cloud.test" are "cloud" for the gateway and the guard, while the provider is pointed
// at a loopback server (the map below), so cloud behaviour is tested without leaving 127.0.0.1.
import { IgnoreRules } from '../../../src/core/guard/ignoreRules';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { PromptGuard } from '../../../src/core/guard/promptGuard';
import type { RedactionStrictness } from '../../../src/core/strictnessSetting';
import type { FeedbackEventInput } from '../../../src/core/feedback/feedbackEvents';
import type { Logger } from '../../../src/core/logger';
import { auditLine } from '../../../src/core/models/callAudit';
import { ModelGateway, defaultProviderFactory } from '../../../src/core/models/modelGateway';
import type { GatewayEndpoint, ModelGatewayConfig, ModelRole } from '../../../src/core/models/modelGatewayConfig';
import type { GatewayEvent, ModelCallEvent } from '../../../src/core/models/modelGatewayEvents';
import type { ChatRequest, FimRequest, StreamChunk } from '../../../src/core/models/modelTypes';
import type { OutgoingPrompt } from '../../../src/core/models/outgoingPrompt';
import { PromptDoor } from '../../../src/core/promptDoor';
import { modelCallFeedback } from '../../../src/vscode/feedback/modelCallFeedback';

export interface MemoryLogger extends Logger {
  readonly lines: string[];
}

export function memoryLogger(): MemoryLogger {
  const lines: string[] = [];
  const at = (level: string) => (m: unknown) => lines.push(`${level} ${m instanceof Error ? m.message : String(m)}`);
  return { lines, trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** What a test says about a call besides its texts. */
export type CallInfo = Omit<OutgoingPrompt, 'role' | 'purpose' | 'body'>;

export interface Harness {
  readonly gateway: ModelGateway;
  readonly door: PromptDoor;
  /** A FIM / chat prompt sent through the door, as a feature would. */
  streamFim(role: ModelRole, request: FimRequest, signal: AbortSignal, info: CallInfo): AsyncIterable<StreamChunk>;
  streamChat(role: ModelRole, request: ChatRequest, signal: AbortSignal, info: CallInfo): AsyncIterable<StreamChunk>;
  readonly logger: MemoryLogger;
  /** State changes (loading, fallback, …); call events go to `feedback` and the audit lines. */
  readonly events: GatewayEvent[];
  readonly feedback: FeedbackEventInput[];
  /** Settles at the first state change of this type (at once if one was seen already). */
  seen(type: GatewayEvent['type']): Promise<void>;
}

export interface HarnessOptions {
  readonly roles: Partial<Record<ModelRole, GatewayEndpoint[]>>;
  readonly localOnly?: boolean;
  /** "<name>.cloud.test" host -> loopback base URL the provider really talks to. */
  readonly cloud?: Record<string, string>;
  readonly config?: Omit<ModelGatewayConfig, 'roles'>;
  readonly ignoreFiles?: Record<string, string>;
  /** `flywheel.redaction.strictness` as it is when each prompt is sent (the extension rebuilds its guard when it changes). */
  readonly strictness?: () => RedactionStrictness;
}

export function createHarness(options: HarnessOptions): Harness {
  const logger = memoryLogger();
  const events: GatewayEvent[] = [];
  const feedback: FeedbackEventInput[] = [];
  const rules = new IgnoreRules({ readFile: (p) => options.ignoreFiles?.[p] });
  const policy = new PathPolicy({ roots: [{ root: '/ws', rules }], openedByUser: () => false });
  const guards = new Map<RedactionStrictness, PromptGuard>();
  const guardFor = (strictness: RedactionStrictness) => guards.get(strictness) ?? guards.set(strictness, new PromptGuard({ policy, strictness })).get(strictness)!;
  const gateway = new ModelGateway(
    {
      retry: { baseDelayMs: 10, maxDelayMs: 50 },
      ...options.config,
      localOnly: options.localOnly ?? false,
      roles: { completion: [], chat: [], refactor: [], ...options.roles },
    },
    {
      logger,
      providerFactory: (endpoint, fetch, log) => {
        const host = new URL(endpoint.baseUrl).hostname;
        const real = options.cloud?.[host];
        if (!real) return defaultProviderFactory(endpoint, fetch, log);
        // The provider talks to loopback, but reports the endpoint the gateway knows.
        const provider = defaultProviderFactory({ ...endpoint, baseUrl: real }, fetch, log);
        return Object.assign(Object.create(provider) as typeof provider, { endpoint });
      },
    },
  );
  // Subscribed as the extension subscribes: the feedback log and the audit trail.
  gateway.onDidChangeState((e) => {
    if (e.type !== 'call') return events.push(e);
    const event = modelCallFeedback(e);
    if (event) feedback.push(event);
    if (!e.local) logger.info(auditLine(e as ModelCallEvent));
  });
  const door = new PromptDoor(gateway, () => guardFor(options.strictness?.() ?? 'balanced'));
  const seen = (type: GatewayEvent['type']) =>
    new Promise<void>((resolve) => {
      if (events.some((e) => e.type === type)) return resolve();
      const subscription = gateway.onDidChangeState((e) => {
        if (e.type !== type) return;
        subscription.dispose();
        resolve();
      });
    });
  return {
    gateway, door, logger, events, feedback, seen,
    streamFim: (role, request, signal, info) => door.stream({ role, purpose: role, body: { kind: 'fim', request }, ...info }, signal),
    streamChat: (role, request, signal, info) => door.stream({ role, purpose: role, body: { kind: 'chat', request }, ...info }, signal),
  };
}

export async function collect(stream: AsyncIterable<StreamChunk>): Promise<{ text: string; chunks: StreamChunk[] }> {
  const chunks: StreamChunk[] = [];
  for await (const c of stream) chunks.push(c);
  return { text: chunks.map((c) => c.text).join(''), chunks };
}

export async function failure(stream: AsyncIterable<StreamChunk>): Promise<{ error: Error; text: string }> {
  let text = '';
  try {
    for await (const c of stream) text += c.text;
  } catch (error) {
    return { error: error as Error, text };
  }
  throw new Error(`expected the stream to fail, got ${JSON.stringify(text)}`);
}

export const fim = { prefix: 'function add(a, b) {\n  return ', suffix: '\n}\n', maxTokens: 16, stop: [], temperature: 0 };
export const chat = { messages: [{ role: 'user' as const, content: 'Explain this code' }] };
export const noFiles = { files: [] as string[] };

/** A loopback port with nothing listening. */
export async function closedPort(): Promise<string> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return `http://127.0.0.1:${port}`;
}
