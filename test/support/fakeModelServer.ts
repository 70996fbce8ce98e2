// The engine under the fake Ollama and OpenAI servers (fakeOllamaServer.ts, fakeOpenAIServer.ts):
// a real node:http server on 127.0.0.1 with scripted replies, a record of every request, and
// of every connection the client closed before the reply was over. Use those two files; this
// one holds what they share.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the next matching request gets. Every field is optional; unset means a normal reply. */
export interface FakeReply {
  /** Only requests to this path take this reply (default: the generation endpoints). */
  readonly path?: string;
  /** Text pieces streamed one per chunk. Default ['Hello', ' world']. */
  readonly tokens?: readonly string[];
  /** Wait before the first token; headers wait too (as Ollama does while loading a model) unless headersFirst. */
  readonly firstTokenDelayMs?: number;
  readonly headersFirst?: boolean;
  /** Also hold the first token (and the headers, unless headersFirst) until this settles: a test waits on state, not on time. */
  readonly until?: Promise<unknown>;
  /** Wait between tokens. */
  readonly tokenDelayMs?: number;
  /** Write every stream line in two TCP writes, split inside the JSON. */
  readonly splitLines?: boolean;
  /** After this many tokens, send a line that is not JSON (the stream then continues). */
  readonly malformedAfter?: number;
  /** After this many tokens, send the server's mid-stream error object and end. */
  readonly errorAfter?: number;
  /** After this many tokens, destroy the socket: no final chunk, no clean end. */
  readonly closeAfter?: number;
  /** After this many tokens, end the response cleanly but without the final chunk. */
  readonly endAfter?: number;
  /** After this many tokens, send nothing more and keep the connection open until the client leaves. */
  readonly stallAfter?: number;
  /** Repeat `tokens` until the request's token limit (num_predict / max_tokens) or until the client closes. */
  readonly endless?: boolean;
  /** Answer with this HTTP status and the server's error body instead. */
  readonly status?: number;
  /** The message inside that error body. */
  readonly errorMessage?: string;
  /** OpenAI's error `code` (e.g. 'context_length_exceeded'). */
  readonly errorCode?: string;
  /** Extra response headers, e.g. { 'Retry-After': '7' }. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Counts to report in the final chunk (default: prompt length / 4, tokens sent). */
  readonly promptTokens?: number;
  /** Ollama: the load_duration the final chunk reports (default 12 ms: the model was in memory). */
  readonly loadDurationMs?: number;
}

export type FakeOutcome = 'completed' | 'clientClosed' | 'serverClosed';

/** One request as the server received it. */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body, or undefined. */
  readonly body: any;
  /** Tokens written so far. */
  tokensSent: number;
  /** Settles when the exchange ends: 'clientClosed' means the client closed the connection first. */
  readonly outcome: Promise<FakeOutcome>;
}

/** How a wire format writes a stream; the generic loop below does timing and faults. */
export interface StreamFormat {
  readonly contentType: string;
  chunk(token: string, index: number): string;
  final(reason: 'stop' | 'length', tokensSent: number, text: string): string;
  malformed(): string;
  midStreamError(message: string): string;
}

export interface StreamPlan {
  readonly reply: FakeReply;
  readonly maxTokens?: number;
  readonly stop?: readonly string[];
  readonly format: StreamFormat;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export abstract class FakeModelServer {
  readonly requests: FakeRequest[] = [];
  /** How many replies the client cut off by closing the connection. */
  clientClosedCount = 0;
  /** While true the server reads every request and answers none (a hung server) until the client leaves. */
  hung = false;
  url = '';
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly queue: { reply: FakeReply; resolve: (r: FakeRequest) => void }[] = [];
  private readonly waiters: { path?: string; resolve: (r: FakeRequest) => void }[] = [];
  private readonly taken = new Set<FakeRequest>();

  constructor() {
    this.server = createServer((req, res) => void this.accept(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** On `port` (a server that "starts" where a client was already told to look), else any free one. */
  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', resolve);
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /**
   * Queue a reply for the next request it matches (each queued reply is used once, in order).
   * `request` resolves with the request that took it: await it to act while that reply runs.
   */
  reply(reply: FakeReply): { readonly request: Promise<FakeRequest> } {
    let resolve!: (r: FakeRequest) => void;
    const request = new Promise<FakeRequest>((r) => (resolve = r));
    this.queue.push({ reply, resolve });
    return { request };
  }

  /** Replies queued and not yet taken. */
  get pendingReplies(): number {
    return this.queue.length;
  }

  /** The queued reply for this request, or an empty one (a normal answer). */
  protected takeReply(record: FakeRequest, isGeneration: boolean): FakeReply {
    const i = this.queue.findIndex(({ reply: r }) => (r.path === undefined ? isGeneration : r.path === record.path));
    if (i < 0) return {};
    const [{ reply, resolve }] = this.queue.splice(i, 1);
    this.taken.add(record);
    resolve(record);
    return reply;
  }

  /** The oldest request (to `path`, if given) not yet returned here or by a reply handle; waits for one if needed. */
  nextRequest(path?: string): Promise<FakeRequest> {
    const r = this.requests.find((x) => !this.taken.has(x) && (!path || x.path === path));
    if (r) {
      this.taken.add(r);
      return Promise.resolve(r);
    }
    return new Promise((resolve) => this.waiters.push({ path, resolve }));
  }

  /** Requests received for one path. */
  requestsTo(path: string): FakeRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Answers one request; the body is already read and recorded. */
  protected abstract handle(req: IncomingMessage, res: ServerResponse, record: FakeRequest): Promise<void>;

  private async accept(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    let settle!: (o: FakeOutcome) => void;
    const outcome = new Promise<FakeOutcome>((resolve) => (settle = resolve));
    const path = (req.url ?? '/').split('?')[0];
    const record: FakeRequest = { method: req.method ?? 'GET', path, headers: req.headers, body, tokensSent: 0, outcome };
    res.on('close', () => {
      if (res.writableFinished) settle('completed');
      else if ((res as { fakeDestroyed?: boolean }).fakeDestroyed) settle('serverClosed');
      else {
        this.clientClosedCount++;
        settle('clientClosed');
      }
    });
    this.requests.push(record);
    const w = this.waiters.findIndex((x) => !x.path || x.path === path);
    if (w >= 0) {
      this.taken.add(record);
      this.waiters.splice(w, 1)[0].resolve(record);
    }
    if (this.hung) return pause(res, 2 ** 31 - 1);
    try {
      await this.handle(req, res, record);
    } catch (error) {
      if (!res.headersSent) sendJson(res, 500, { error: String(error) });
      else res.destroy();
    }
  }
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Readonly<Record<string, string>> = {}): void {
  if (res.destroyed) return;
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** Waits out a reply's first-token delay, then its `until`, unless the client leaves first. */
export async function waitFirstToken(res: ServerResponse, reply: FakeReply): Promise<boolean> {
  if (reply.firstTokenDelayMs) await pause(res, reply.firstTokenDelayMs);
  if (reply.until && !res.destroyed) await Promise.race([reply.until, closed(res)]);
  return !res.destroyed;
}

function closed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => res.once('close', () => resolve()));
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

/** Waits `ms`, or less if the connection closes first; leaves no timer behind. */
function pause(res: ServerResponse, ms: number): Promise<void> {
  if (res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
  });
}

async function write(res: ServerResponse, text: string, split: boolean): Promise<void> {
  if (res.destroyed) return;
  if (split && text.length > 2) {
    const half = Math.floor(text.length / 2);
    res.write(text.slice(0, half));
    await sleep(5); // lets the first half leave as its own TCP segment
    if (res.destroyed) return;
    text = text.slice(half);
  }
  if (!res.write(text)) await drained(res);
}

/** Streams a scripted reply: timing, faults, limits; the format decides the bytes. */
export async function streamReply(res: ServerResponse, record: FakeRequest, plan: StreamPlan): Promise<void> {
  const { reply, format } = plan;
  const tokens = reply.tokens ?? ['Hello', ' world'];
  const headers = { 'Content-Type': format.contentType, 'Cache-Control': 'no-cache', ...reply.headers };
  if (reply.headersFirst) res.writeHead(200, headers).flushHeaders();
  if (!(await waitFirstToken(res, reply))) return;
  if (!res.headersSent) res.writeHead(200, headers);
  const limit = plan.maxTokens !== undefined && plan.maxTokens > 0 ? plan.maxTokens : Infinity;
  const split = reply.splitLines ?? false;
  let text = '';
  let reason: 'stop' | 'length' = 'stop';
  for (let i = 0; ; i++) {
    if (!reply.endless && i >= tokens.length) break;
    if (i >= limit) {
      reason = 'length';
      break;
    }
    if (i > 0 && reply.tokenDelayMs) await pause(res, reply.tokenDelayMs);
    else if (i > 0 && i % 16 === 0) await yieldTurn(); // an endless stream must not starve the loop
    if (res.destroyed) return;
    if (reply.closeAfter === i) {
      // Close the TCP connection once what was written is flushed: the chunked body never ends.
      (res as { fakeDestroyed?: boolean }).fakeDestroyed = true;
      res.socket?.destroySoon();
      return;
    }
    if (reply.endAfter === i) {
      res.end();
      return;
    }
    if (reply.stallAfter === i) {
      await pause(res, 2 ** 31 - 1);
      return;
    }
    if (reply.errorAfter === i) {
      await write(res, format.midStreamError(reply.errorMessage ?? 'an error occurred while generating'), split);
      res.end();
      return;
    }
    if (reply.malformedAfter === i) await write(res, format.malformed(), split);
    let token = tokens.length ? tokens[i % tokens.length] : '';
    const stopAt = firstStop(text + token, plan.stop);
    if (stopAt >= 0) token = (text + token).slice(text.length, stopAt);
    if (token) {
      await write(res, format.chunk(token, i), split);
      record.tokensSent++;
      text += token;
    }
    if (stopAt >= 0) break;
  }
  await write(res, format.final(reason, record.tokensSent, text), split);
  res.end();
}

function firstStop(text: string, stop: readonly string[] | undefined): number {
  let at = -1;
  for (const s of stop ?? []) {
    const i = s ? text.indexOf(s) : -1;
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}
