// A real HTTP server on 127.0.0.1 that speaks the OpenAI wire format, for integration and e2e
// tests of OpenAI-compatible endpoints (OpenAI, vLLM, llama.cpp server, LM Studio).
//
//   const api = await startFakeOpenAIServer({ models: ['qwen2.5-coder-7b'], apiKey: 'sk-test' });
//   api.baseURL                                  // http://127.0.0.1:<port>/v1, the client's baseURL
//   api.reply({ tokens: ['a', 'b'] });           // script the next /v1/completions|chat/completions
//   api.reply({ status: 429, headers: { 'Retry-After': '7' } });
//   const { request } = api.reply({ endless: true });        // resolves with the request that took it
//   const req = await request;                               // body, headers as received
//   assert.equal(await req.outcome, 'clientClosed');        // the client closed the socket
//   api.requestsTo('/v1/completions').at(-1)                 // or look at the record afterwards
//   await api.close();
//
// Endpoints: POST /v1/completions and /v1/chat/completions (SSE `data: {...}\n\n` chunks, the
// last choice with finish_reason, a usage chunk with empty choices when
// stream_options.include_usage, then `data: [DONE]`; or one JSON object when "stream" is not
// true), GET /v1/models. With `apiKey` set, a wrong Authorization gets 401; an unknown model
// gets 404 model_not_found; errors are {"error":{"message","type","param","code"}} as OpenAI
// sends them. max_tokens bounds the reply (finish_reason "length"); stop ends it early.
// Faults and timing come from FakeReply (see fakeModelServer.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  FakeModelServer, sendJson, streamReply, waitFirstToken, type FakeReply, type FakeRequest, type StreamFormat,
} from './fakeModelServer';

export type { FakeOutcome, FakeReply, FakeRequest } from './fakeModelServer';

export interface FakeOpenAIOptions {
  /** Model ids served; default ['qwen2.5-coder-7b']. Empty: any model is accepted. */
  readonly models?: readonly string[];
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  readonly apiKey?: string;
}

export class FakeOpenAIServer extends FakeModelServer {
  models: string[];
  apiKey: string | undefined;

  constructor(options: FakeOpenAIOptions = {}) {
    super();
    this.models = [...(options.models ?? ['qwen2.5-coder-7b'])];
    this.apiKey = options.apiKey;
  }

  /** The URL to give the client as baseURL. */
  get baseURL(): string {
    return `${this.url}/v1`;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse, record: FakeRequest): Promise<void> {
    const path = record.path;
    const isGeneration = path === '/v1/completions' || path === '/v1/chat/completions';
    const reply = this.takeReply(record, isGeneration);
    if (reply.status !== undefined) {
      if (!(await waitFirstToken(res, reply))) return;
      return sendJson(res, reply.status, errorBody(reply.status, reply.errorMessage, reply.errorCode), reply.headers);
    }
    if (this.apiKey !== undefined && req.headers.authorization !== `Bearer ${this.apiKey}`) {
      const given = String(req.headers.authorization ?? '').replace(/^Bearer\s+/, '');
      return sendJson(res, 401, errorBody(401, `Incorrect API key provided: ${mask(given)}. You can find your API key at https://platform.openai.com/account/api-keys.`));
    }
    if (path === '/v1/models' && req.method === 'GET') {
      if (!(await waitFirstToken(res, reply))) return;
      const data = this.models.map((id) => ({ id, object: 'model', created: 1_715_367_049, owned_by: 'system' }));
      return sendJson(res, 200, { object: 'list', data }, reply.headers);
    }
    if (!isGeneration) return sendJson(res, 404, errorBody(404, `Invalid URL (${req.method} ${path})`, null));

    const body = record.body ?? {};
    if (this.models.length && !this.models.includes(body.model)) {
      return sendJson(res, 404, errorBody(404, `The model \`${body.model}\` does not exist or you do not have access to it.`, 'model_not_found'));
    }
    const chat = path === '/v1/chat/completions';
    const stop = typeof body.stop === 'string' ? [body.stop] : body.stop;
    const maxTokens = body.max_tokens ?? body.max_completion_tokens;
    const format = sse(body.model, chat, promptTokensOf(body, reply), body.stream_options?.include_usage === true);
    if (body.stream !== true) return this.whole(res, record, reply, format, chat, maxTokens);
    await streamReply(res, record, { reply, format, maxTokens, stop });
  }

  private async whole(
    res: ServerResponse, record: FakeRequest, reply: FakeReply, format: Format, chat: boolean, maxTokens?: number,
  ): Promise<void> {
    if (!(await waitFirstToken(res, reply))) return;
    const tokens = reply.tokens ?? ['Hello', ' world'];
    const n = Math.min(tokens.length, maxTokens && maxTokens > 0 ? maxTokens : Infinity);
    const text = tokens.slice(0, n).join('');
    record.tokensSent = n;
    const finish = n < tokens.length ? 'length' : 'stop';
    const choice = chat
      ? { index: 0, message: { role: 'assistant', content: text }, logprobs: null, finish_reason: finish }
      : { text, index: 0, logprobs: null, finish_reason: finish };
    sendJson(res, 200, {
      id: format.id, object: chat ? 'chat.completion' : 'text_completion', created: format.created, model: format.model,
      choices: [choice], usage: format.usage(n),
    });
  }
}

export async function startFakeOpenAIServer(options: FakeOpenAIOptions = {}): Promise<FakeOpenAIServer> {
  return new FakeOpenAIServer(options).listen();
}

function mask(key: string): string {
  return key.length > 8 ? `${key.slice(0, 3)}*****${key.slice(-4)}` : '****';
}

/** OpenAI's error envelope, with the type and code it uses for each status. */
export function errorBody(status: number, message?: string, code?: string | null) {
  const byStatus: Record<number, [string, string, string | null]> = {
    400: ['invalid_request_error', 'Bad request.', null],
    401: ['invalid_request_error', 'Incorrect API key provided.', 'invalid_api_key'],
    403: ['invalid_request_error', 'You are not allowed to sample from this model.', null],
    404: ['invalid_request_error', 'The model does not exist or you do not have access to it.', 'model_not_found'],
    429: ['requests', 'Rate limit reached for requests. Please try again later.', 'rate_limit_exceeded'],
    500: ['server_error', 'The server had an error while processing your request. Sorry about that!', null],
    503: ['server_error', 'The engine is currently overloaded, please try again later.', null],
  };
  const [type, fallback, defaultCode] = byStatus[status] ?? ['server_error', `HTTP ${status}`, null];
  return { error: { message: message ?? fallback, type, param: null, code: code === undefined ? defaultCode : code } };
}

function promptTokensOf(body: any, reply: FakeReply): number {
  if (reply.promptTokens !== undefined) return reply.promptTokens;
  const text = typeof body.prompt === 'string' ? body.prompt + (body.suffix ?? '') : JSON.stringify(body.messages ?? '');
  return Math.max(1, Math.ceil(text.length / 4));
}

interface Format extends StreamFormat {
  readonly id: string;
  readonly created: number;
  readonly model: string;
  usage(completionTokens: number): { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

function sse(model: string, chat: boolean, promptTokens: number, includeUsage: boolean): Format {
  const id = `${chat ? 'chatcmpl' : 'cmpl'}-fake${Math.floor(Math.random() * 1e9)}`;
  const created = Math.floor(Date.now() / 1000);
  const object = chat ? 'chat.completion.chunk' : 'text_completion';
  const base = { id, object, created, model, system_fingerprint: 'fp_fake' };
  const event = (value: unknown) => `data: ${JSON.stringify(value)}\n\n`;
  const choice = (text: string, finish: string | null, first: boolean) =>
    chat
      ? { index: 0, delta: finish ? {} : { ...(first ? { role: 'assistant' } : {}), content: text }, logprobs: null, finish_reason: finish }
      : { text, index: 0, logprobs: null, finish_reason: finish };
  const usage = (n: number) => ({ prompt_tokens: promptTokens, completion_tokens: n, total_tokens: promptTokens + n });
  return {
    id, created, model, usage,
    contentType: 'text/event-stream; charset=utf-8',
    chunk: (token, index) => event({ ...base, choices: [choice(token, null, index === 0)], ...(includeUsage ? { usage: null } : {}) }),
    final: (reason, tokensSent) =>
      event({ ...base, choices: [choice('', reason, false)], ...(includeUsage ? { usage: null } : {}) }) +
      (includeUsage ? event({ ...base, choices: [], usage: usage(tokensSent) }) : '') +
      'data: [DONE]\n\n',
    malformed: () => `data: {"id":"${id}","object":"${object}","choices":[{"text":\n\n`,
    midStreamError: (message) => event({ error: { message, type: 'server_error', param: null, code: null } }),
  };
}
