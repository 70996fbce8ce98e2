// The fetch the Ollama client gets for one request. The `ollama` package (0.6.4) neither takes
// an AbortSignal per call (streams get its own controller; /api/tags and /api/show get none)
// nor reports malformed stream lines (it logs and skips them), so this wrapper:
//   - ties every request to the caller's signal, so aborting closes the socket at any stage,
//     including while the server is still loading the model before its first byte;
//   - keeps the headers of a failed response (Retry-After) that ResponseError drops;
//   - checks each NDJSON line of a stream: a malformed line, an {"error"} line, or an end
//     without the final `done` object errors the stream with a ModelError after the good lines.
import { ModelError, type ModelErrorOptions } from './modelError';

export interface OllamaFetchRecord {
  /** Headers of the last non-2xx response, for Retry-After. */
  errorHeaders?: Headers;
}

export function createOllamaFetch(
  signal: AbortSignal,
  record: OllamaFetchRecord,
  context: ModelErrorOptions,
  baseFetch: typeof fetch = fetch,
): typeof fetch {
  return async (input, init) => {
    const signals = init?.signal ? [signal, init.signal] : [signal];
    const response = await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
    if (!response.ok) {
      record.errorHeaders = response.headers;
      return response;
    }
    const type = response.headers.get('content-type') ?? '';
    if (!response.body || !type.includes('ndjson')) return response;
    const checked = checkNdjson(response.body, context);
    return new Response(checked, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/**
 * Splits a byte stream into lines in linear time, however long a line is: each decoded piece is
 * searched for newlines once and kept until its line is complete, so a 10 MB line costs one pass
 * and one join, not a re-scan of everything received so far on every chunk.
 */
export class LineSplitter {
  private readonly decoder = new TextDecoder();
  private parts: string[] = [];

  /** The lines that `bytes` completes, without their newline. */
  push(bytes: Uint8Array): string[] {
    return this.split(this.decoder.decode(bytes, { stream: true }));
  }

  /** What is left after the last newline, once the stream has ended. */
  end(): string {
    const rest = this.parts.join('') + this.decoder.decode();
    this.parts = [];
    return rest;
  }

  private split(text: string): string[] {
    const lines: string[] = [];
    let from = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', from)) {
      this.parts.push(text.slice(from, newline));
      lines.push(this.parts.length === 1 ? this.parts[0]! : this.parts.join(''));
      this.parts = [];
      from = newline + 1;
    }
    if (from < text.length) this.parts.push(text.slice(from));
    return lines;
  }
}

/**
 * Passes whole, valid JSON lines through. A bad line errors the stream only once every good
 * line before it has been read: the stream is pull-based, so nothing queued is thrown away.
 */
function checkNdjson(body: ReadableStream<Uint8Array>, context: ModelErrorOptions): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const lines = new LineSplitter();
  const encoder = new TextEncoder();
  let sawDone = false;
  let failure: ModelError | undefined;
  let ended = false;

  /** Checks one line; enqueues it when good, records the failure when not. */
  const check = (line: string, out: ReadableStreamDefaultController<Uint8Array>): boolean => {
    if (line.trim() === '') return true;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      failure = new ModelError('badResponse', { ...context, detail: `malformed stream line: ${line.slice(0, 80)}`, cause });
      return false;
    }
    if (value && typeof value === 'object' && 'error' in value) {
      failure = new ModelError('server', { ...context, detail: String((value as { error: unknown }).error) });
      return false;
    }
    if (value && typeof value === 'object' && (value as { done?: unknown }).done === true) sawDone = true;
    out.enqueue(encoder.encode(`${line}\n`));
    return true;
  };

  return new ReadableStream<Uint8Array>({
    async pull(out) {
      for (;;) {
        if (failure) {
          out.error(failure);
          void reader.cancel().catch(() => {});
          return;
        }
        if (ended) {
          out.close();
          return;
        }
        let enqueued = false;
        const { done, value } = await reader.read(); // a transport error rejects here, as is
        if (done) {
          ended = true;
          const rest = lines.end();
          if (check(rest, out) && rest.trim() !== '') enqueued = true;
          if (!failure && !sawDone) failure = new ModelError('badResponse', { ...context, detail: 'the stream ended before the server finished' });
        } else {
          for (const line of lines.push(value)) {
            if (failure) break;
            if (check(line, out) && line.trim() !== '') enqueued = true;
          }
        }
        if (enqueued) return; // the failure, if any, waits for the next pull
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
