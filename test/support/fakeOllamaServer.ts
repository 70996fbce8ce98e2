// A real HTTP server on 127.0.0.1 that speaks Ollama's wire format, for integration and e2e tests.
//
//   const ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder] });
//   ollama.url                                   // http://127.0.0.1:<port>, use as the host
//   ollama.reply({ tokens: ['a', 'b'], tokenDelayMs: 5 });   // script the next /api/generate|chat
//   ollama.reply({ path: '/api/tags', status: 500 });        // or any other path
//   const { request } = ollama.reply({ endless: true });     // resolves with the request that took it
//   const req = await request;                               // what the client sent (body, headers)
//   assert.equal(await req.outcome, 'clientClosed');        // the client closed the socket
//   ollama.requestsTo('/api/generate').at(-1)                // or look at the record afterwards
//   await ollama.close();
//
// Endpoints: POST /api/generate and /api/chat (NDJSON stream, or one JSON object with
// "stream": false; the final object has done, done_reason, prompt_eval_count, eval_count and
// the durations), GET /api/tags, POST /api/show (template, parameters, model_info with
// "<arch>.context_length", capabilities), GET /api/ps (the models a generation request has
// loaded, as Ollama lists a model from the moment it starts loading it), GET /api/version,
// GET / ("Ollama is running"), POST /api/embed ({"embeddings": [[…]], prompt_eval_count} for a
// model with the "embedding" capability, 400 "does not support embeddings" otherwise; vectors
// from fakeEmbedding; only a reply with path "/api/embed" scripts it). A reply queued for a path
// with firstTokenDelayMs (or until) holds that answer back: /api/ps or /api/tags held is a
// server that stopped answering.
// Like Ollama: an unknown model gets 404 {"error":"model \"x\" not found, try pulling it first"};
// `suffix` for a model whose template has no .Suffix gets 400 "... does not support insert";
// options.num_predict bounds the reply (done_reason "length"); options.stop ends it early.
// Faults and timing come from FakeReply (see fakeModelServer.ts): delays, split lines, a
// malformed line, a mid-stream {"error"}, early close, status codes, endless streams.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  FakeModelServer, fakeEmbedding, sendJson, streamReply, waitFirstToken, type FakeReply, type FakeRequest, type StreamFormat,
} from './fakeModelServer';

export type { FakeOutcome, FakeReply, FakeRequest } from './fakeModelServer';

export interface FakeOllamaModel {
  readonly name: string;
  /** The Go template /api/show returns; FIM support is `.Suffix` in it. */
  readonly template?: string;
  /** Reported as model_info["<family>.context_length"]. */
  readonly contextLength?: number;
  /** Reported in `parameters` as "num_ctx N". */
  readonly numCtx?: number;
  readonly capabilities?: readonly string[];
  readonly family?: string;
  readonly sizeBytes?: number;
}

/** Templates as Ollama's library ships them (abridged where it does not matter). */
export const fakeOllamaTemplates = {
  qwenCoder:
    '{{- if .Suffix }}<|fim_prefix|>{{ .Prompt }}<|fim_suffix|>{{ .Suffix }}<|fim_middle|>\n' +
    '{{- else if .Messages }}{{- range .Messages }}<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n{{ end }}<|im_start|>assistant\n' +
    '{{- else }}{{ .Prompt }}{{ end }}',
  /** The base (pretrained) variant: fill in the middle or continue the prompt, no chat turns. */
  qwenCoderBase: '{{- if .Suffix }}<|fim_prefix|>{{ .Prompt }}<|fim_suffix|>{{ .Suffix }}<|fim_middle|>\n{{- else }}{{ .Prompt }}\n{{- end }}',
  codellamaCode: '<PRE> {{ .Prompt }} <SUF>{{ .Suffix }} <MID>',
  starcoder2: '{{ .Prompt }}',
  llamaChat:
    '{{- range .Messages }}<|start_header_id|>{{ .Role }}<|end_header_id|>\n\n{{ .Content }}<|eot_id|>{{ end }}' +
    '<|start_header_id|>assistant<|end_header_id|>\n\n',
} as const;

export const fakeOllamaModels = {
  qwenCoder: {
    name: 'qwen2.5-coder:1.5b', template: fakeOllamaTemplates.qwenCoder, contextLength: 32768,
    capabilities: ['completion', 'insert'], family: 'qwen2', sizeBytes: 986_061_892,
  },
  qwenCoderBase: {
    name: 'qwen2.5-coder:1.5b-base', template: fakeOllamaTemplates.qwenCoderBase, contextLength: 32768,
    capabilities: ['completion', 'insert'], family: 'qwen2', sizeBytes: 986_062_112,
  },
  qwenCoder7b: {
    name: 'qwen2.5-coder:7b', template: fakeOllamaTemplates.qwenCoder, contextLength: 32768,
    capabilities: ['completion', 'insert'], family: 'qwen2', sizeBytes: 4_683_087_332,
  },
  codellama: {
    name: 'codellama:7b-code', template: fakeOllamaTemplates.codellamaCode, contextLength: 16384,
    capabilities: ['completion', 'insert'], family: 'llama', sizeBytes: 3_825_910_662,
  },
  /** A FIM-trained model whose Ollama template has no .Suffix: needs our raw template. */
  starcoder2: {
    name: 'starcoder2:3b', template: fakeOllamaTemplates.starcoder2, contextLength: 16384, numCtx: 4096,
    capabilities: ['completion'], family: 'starcoder2', sizeBytes: 1_708_167_168,
  },
  llama: {
    name: 'llama3.2:3b', template: fakeOllamaTemplates.llamaChat, contextLength: 131072,
    capabilities: ['completion', 'tools'], family: 'llama', sizeBytes: 2_019_393_189,
  },
  /** Embeddings only (/api/embed): must never be chosen to generate text. */
  nomicEmbed: {
    name: 'nomic-embed-text:latest', template: '', contextLength: 2048,
    capabilities: ['embedding'], family: 'nomic-bert', sizeBytes: 274_302_450,
  },
} satisfies Record<string, FakeOllamaModel>;

export interface FakeOllamaOptions {
  /** Installed models; default [fakeOllamaModels.qwenCoder]. */
  readonly models?: readonly FakeOllamaModel[];
  readonly version?: string;
}

export class FakeOllamaServer extends FakeModelServer {
  models: FakeOllamaModel[];
  version: string;
  /** Models in "memory", as /api/ps lists them. */
  readonly loaded = new Set<string>();

  constructor(options: FakeOllamaOptions = {}) {
    super();
    this.models = [...(options.models ?? [fakeOllamaModels.qwenCoder])];
    this.version = options.version ?? '0.6.5';
  }

  protected async handle(req: IncomingMessage, res: ServerResponse, record: FakeRequest): Promise<void> {
    const path = record.path;
    const isGeneration = path === '/api/generate' || path === '/api/chat';
    const reply = this.takeReply(record, isGeneration);
    if (reply.status !== undefined) {
      if (!(await waitFirstToken(res, reply))) return;
      return sendJson(res, reply.status, { error: reply.errorMessage ?? defaultError(reply.status) }, reply.headers);
    }
    const body = record.body ?? {};
    if (path === '/' && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Ollama is running');
      return;
    }
    if (path === '/api/version') return sendJson(res, 200, { version: this.version });
    if (path === '/api/tags') {
      if (!(await waitFirstToken(res, reply))) return;
      return sendJson(res, 200, { models: this.models.map(tagEntry) }, reply.headers);
    }
    if (path === '/api/ps') {
      if (!(await waitFirstToken(res, reply))) return;
      const running = this.models.filter((m) => this.loaded.has(m.name)).map((m) => ({ ...tagEntry(m), expires_at: new Date(Date.now() + 300_000).toISOString(), size_vram: m.sizeBytes ?? 0 }));
      return sendJson(res, 200, { models: running }, reply.headers);
    }
    if (path === '/api/show') {
      const model = this.find(body.model ?? body.name);
      if (!model) return sendJson(res, 404, { error: `model '${body.model ?? body.name}' not found` });
      return sendJson(res, 200, showEntry(model), reply.headers);
    }
    if (path === '/api/embed') return this.embed(res, body, reply);
    if (!isGeneration) return sendJson(res, 404, { error: '404 page not found' });

    const model = this.find(body.model);
    if (!model) return sendJson(res, 404, { error: `model "${body.model}" not found, try pulling it first` });
    if (path === '/api/generate' && body.suffix && !model.template?.includes('.Suffix')) {
      return sendJson(res, 400, { error: `registry.ollama.ai/library/${model.name} does not support insert` });
    }
    this.loaded.add(model.name);
    const chat = path === '/api/chat';
    const format = ndjson(model.name, chat, promptTokensOf(body, reply), reply.loadDurationMs);
    const plan = { reply, format, maxTokens: body.options?.num_predict, stop: body.options?.stop };
    if (body.stream === false) return this.whole(res, record, plan, chat);
    await streamReply(res, record, plan);
  }

  /** "stream": false: the same generation, as one object. */
  private async whole(res: ServerResponse, record: FakeRequest, plan: Parameters<typeof streamReply>[2], chat: boolean): Promise<void> {
    if (!(await waitFirstToken(res, plan.reply))) return;
    const tokens = plan.reply.tokens ?? ['Hello', ' world'];
    const n = Math.min(tokens.length, plan.maxTokens && plan.maxTokens > 0 ? plan.maxTokens : Infinity);
    const text = tokens.slice(0, n).join('');
    record.tokensSent = n;
    const final = JSON.parse(plan.format.final(n < tokens.length ? 'length' : 'stop', n, text));
    if (chat) final.message.content = text;
    else final.response = text;
    sendJson(res, 200, final);
  }

  /** /api/embed: one vector per input (a string or a list of strings), as Ollama answers. */
  private async embed(res: ServerResponse, body: any, reply: FakeReply): Promise<void> {
    const model = this.find(body.model);
    if (!model) return sendJson(res, 404, { error: `model "${body.model}" not found, try pulling it first` });
    if (!model.capabilities?.includes('embedding')) return sendJson(res, 400, { error: `"${model.name}" does not support embeddings` });
    if (!(await waitFirstToken(res, reply))) return;
    const input: string[] = typeof body.input === 'string' ? [body.input] : Array.isArray(body.input) ? body.input : [];
    const tokens = reply.promptTokens ?? input.reduce((n, t) => n + Math.max(1, Math.ceil(String(t).length / 4)), 0);
    sendJson(res, 200, {
      model: model.name, embeddings: input.map((t) => fakeEmbedding(String(t))),
      total_duration: 14_143_917, load_duration: 1_019_500, prompt_eval_count: tokens,
    }, reply.headers);
  }

  private find(name: unknown): FakeOllamaModel | undefined {
    if (typeof name !== 'string') return undefined;
    const full = name.includes(':') ? name : `${name}:latest`;
    return this.models.find((m) => m.name === name || m.name === full);
  }
}

export async function startFakeOllamaServer(options: FakeOllamaOptions = {}, port?: number): Promise<FakeOllamaServer> {
  return new FakeOllamaServer(options).listen(port);
}

function defaultError(status: number): string {
  if (status === 404) return 'model "unknown" not found, try pulling it first';
  if (status === 401) return 'unauthorized';
  if (status === 429) return 'too many requests';
  if (status === 503) return 'server busy, please try again.  maximum pending requests exceeded';
  return 'llama runner process has terminated: exit status 2';
}

function promptTokensOf(body: any, reply: FakeReply): number {
  if (reply.promptTokens !== undefined) return reply.promptTokens;
  const text = typeof body.prompt === 'string' ? body.prompt + (body.suffix ?? '') : JSON.stringify(body.messages ?? '');
  return Math.max(1, Math.ceil(text.length / 4));
}

function ndjson(model: string, chat: boolean, promptTokens: number, loadMs = 12.345): StreamFormat {
  const created_at = () => new Date().toISOString();
  const piece = (text: string) => (chat ? { message: { role: 'assistant', content: text } } : { response: text });
  return {
    contentType: 'application/x-ndjson',
    chunk: (token) => `${JSON.stringify({ model, created_at: created_at(), ...piece(token), done: false })}\n`,
    final: (reason, tokensSent) =>
      `${JSON.stringify({
        model, created_at: created_at(), ...piece(''), done: true, done_reason: reason,
        ...(chat ? {} : { context: [1, 2, 3] }),
        total_duration: 1_234_567_000 + tokensSent, load_duration: Math.round(loadMs * 1e6),
        prompt_eval_count: promptTokens, prompt_eval_duration: 45_000_000,
        eval_count: tokensSent, eval_duration: 20_000_000 * tokensSent,
      })}\n`,
    malformed: () => `{"model":"${model}","created_at":"${created_at()}","response":"unterminated\n`,
    midStreamError: (message) => `${JSON.stringify({ error: message })}\n`,
  };
}

function tagEntry(m: FakeOllamaModel) {
  return {
    name: m.name, model: m.name, modified_at: '2025-01-15T10:00:00.000000000Z', size: m.sizeBytes ?? 1_000_000_000,
    // Like Ollama's: a model pulled again (another template, size…) has another digest.
    digest: `sha256:${createHash('sha256').update(JSON.stringify(m)).digest('hex')}`,
    details: {
      parent_model: '', format: 'gguf', family: m.family ?? 'llama', families: [m.family ?? 'llama'],
      parameter_size: '1.5B', quantization_level: 'Q4_K_M',
    },
  };
}

function showEntry(m: FakeOllamaModel) {
  const arch = m.family ?? 'llama';
  return {
    license: 'Apache License 2.0',
    modelfile: `# Modelfile generated by "ollama show"\nFROM ${m.name}\n`,
    parameters: [m.numCtx ? `num_ctx                        ${m.numCtx}` : '', 'stop                           "<|endoftext|>"']
      .filter(Boolean).join('\n'),
    template: m.template ?? '{{ .Prompt }}',
    details: tagEntry(m).details,
    model_info: {
      'general.architecture': arch, 'general.parameter_count': 1_543_714_304,
      ...(m.contextLength ? { [`${arch}.context_length`]: m.contextLength } : {}),
      [`${arch}.embedding_length`]: 1536,
    },
    capabilities: m.capabilities ?? ['completion'],
    modified_at: '2025-01-15T10:00:00.000000000Z',
  };
}
