// Helpers shared by the completion tests: a real tree-sitter service, and documents written with
// a cursor marker.
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { CompletionEngine } from '../../../src/core/completion/completionEngine';
import type { BlockParser } from '../../../src/core/completion/blockTruncation';
import type { CompletionModel } from '../../../src/core/completion/completionTypes';
import type { CompletionClock } from '../../../src/core/completion/completionClock';
import type { FimRequest, StreamChunk } from '../../../src/core/models/modelTypes';
import type { OutgoingPrompt } from '../../../src/core/models/outgoingPrompt';
import type { FimTemplate } from '../../../src/core/models/fimTemplates';

let service: Promise<SyntaxService> | undefined;

/** One SyntaxService for the whole test file (the wasm runtime is per process anyway). */
export function syntaxService(): Promise<SyntaxService> {
  service ??= SyntaxService.create();
  return service;
}

/** A synchronous parser of one language, with its grammar loaded. */
export async function blockParser(languageId: string): Promise<BlockParser> {
  const syntax = await syntaxService();
  await syntax.loadLanguage(languageId);
  return (text) => syntax.parseSync(languageId, text, { timeoutMs: 1_000 });
}

export const CURSOR = '█';

/** Splits a text written with one █ into the text before and after it. */
export function atCursor(text: string): { prefix: string; suffix: string; offset: number; text: string } {
  const offset = text.indexOf(CURSOR);
  if (offset === -1 || text.indexOf(CURSOR, offset + 1) !== -1) throw new Error('exactly one cursor marker expected');
  const plain = text.slice(0, offset) + text.slice(offset + CURSOR.length);
  return { prefix: plain.slice(0, offset), suffix: plain.slice(offset), offset, text: plain };
}

export interface ScriptedModel extends CompletionModel {
  readonly requests: { request: FimRequest; signal: AbortSignal; prompt: OutgoingPrompt }[];
  /** The chunks the next requests stream (the last script repeats). */
  script(chunks: readonly string[], options?: { endless?: boolean; fail?: Error }): void;
}

/** An in-process model: streams scripted chunks, honours its signal, records every request. */
export function scriptedModel(name = 'qwen2.5-coder:1.5b', template?: FimTemplate, contextLength = 4_096): ScriptedModel {
  let chunks: readonly string[] = ['x'];
  let endless = false;
  let fail: Error | undefined;
  const requests: { request: FimRequest; signal: AbortSignal; prompt: OutgoingPrompt }[] = [];
  return {
    endpoint: { provider: 'ollama', baseUrl: 'http://127.0.0.1:1', model: name, contextLength },
    template,
    nativeFim: template === undefined,
    requests,
    script(next, options = {}) {
      chunks = next;
      endless = options.endless ?? false;
      fail = options.fail;
    },
    async *stream(prompt: OutgoingPrompt, signal: AbortSignal): AsyncIterable<StreamChunk> {
      const request = fimRequestOf(prompt);
      requests.push({ request, signal, prompt });
      if (fail) throw fail;
      for (let i = 0; endless || i < chunks.length; i++) {
        if (signal.aborted) throw new DOMException('This operation was aborted', 'AbortError');
        yield { text: chunks[i % chunks.length]! };
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

/** A clock whose sleeps end at once (recorded), unless aborted. */
export function instantClock(): CompletionClock & { sleeps: number[] } {
  const sleeps: number[] = [];
  let wall = 1_700_000_000_000;
  return {
    sleeps,
    now: () => performance.now(),
    wallNow: () => wall++,
    async sleep(ms, signal) {
      sleeps.push(ms);
      signal.throwIfAborted();
    },
  };
}

export interface Completed {
  /** The insert text ('' when nothing was suggested). */
  readonly text: string;
  /** Characters after the cursor the suggestion replaces. */
  readonly replace: number;
  readonly multiline: boolean;
}

/**
 * The engine's suggestion for a document written with one █, the model streaming `raw` in
 * chunks of a few characters, real grammars parsing; `setting` as the user's multi-line setting.
 */
export async function completeWith(languageId: string, doc: string, raw: string, setting: 'auto' | 'single' | 'multi' = 'multi'): Promise<Completed> {
  const model = scriptedModel();
  model.script(raw.match(/[\s\S]{1,4}/g) ?? []);
  const engine = new CompletionEngine({ getModel: async () => model, syntax: await syntaxService(), clock: instantClock(), config: { multiline: setting } });
  try {
    const { text, offset } = atCursor(doc);
    const outcome = await engine.complete({ uri: 'file:///w/x', relativePath: 'x', languageId, text, version: 1, offset }, { trigger: 'explicit' });
    if (outcome.kind !== 'completion') return { text: '', replace: 0, multiline: false };
    const { result } = outcome;
    return { text: result.text, replace: result.range.end - result.range.start, multiline: result.multiline };
  } finally {
    engine.dispose();
  }
}

/** The FIM request of a completion prompt (the engine only sends FIM bodies). */
export function fimRequestOf(prompt: OutgoingPrompt): FimRequest {
  if (prompt.body.kind !== 'fim') throw new Error(`expected a FIM prompt, got ${prompt.body.kind}`);
  return prompt.body.request;
}
