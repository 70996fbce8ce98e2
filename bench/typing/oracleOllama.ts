// A loopback Ollama that knows the future: for a fill-in-the-middle request it finds where the
// prompt's end sits in the true file and streams the file's true continuation, with a first-token
// time and a per-token time like a real model's. A perfect model, so the benchmark measures the
// editor path (debounce, the suggest widget, accepting, merging with the text after the cursor),
// not a model's quality. Speaks Ollama's NDJSON over a real socket (test/support's fake server).
import { FakeOllamaServer, fakeOllamaModels, type FakeReply, type FakeRequest } from '../../test/support/fakeOllamaServer';

export interface OracleTiming {
  readonly firstTokenMs: number;
  readonly perTokenMs: number;
}

export interface OracleCall {
  /**
   * The model's time: ms from the request's arrival to the reply's end, or, when the client closed
   * it, to the last token written before (what the client read; its closing comes later).
   */
  readonly ms: number;
  /** Wall-clock ms (epoch, sub-ms) of the arrival, the last token written, and the exchange's end: comparable with the page's clock. */
  readonly arrivedAt: number;
  readonly lastTokenAt: number;
  readonly endAt: number;
  /** The client read what it needed (its first line, for a one-line completion) before it closed. */
  readonly satisfied: boolean;
  /** Which known file the prompt was found in (the order of `know`), -1 when none. */
  readonly truth: number;
  /** Where in that file the continuation starts. */
  readonly at: number;
  /** The start of what was written: tells which request a ghost text on screen came from. */
  readonly written: string;
}

/** The prompt's last characters looked up in the true text: long enough to be unique in a file. */
const ANCHOR_CHARS = 300;
/** Enough of what was written to find a ghost text's start in it. */
const WRITTEN_CHARS = 2_000;

export class OracleOllamaServer extends FakeOllamaServer {
  readonly calls: OracleCall[] = [];
  /** The true texts of the files being typed, and where the typist is in each. */
  private readonly truths: { text: string; near: () => number }[] = [];

  constructor(private readonly timing: OracleTiming) {
    super({ models: [fakeOllamaModels.qwenCoder] });
  }

  /** A file whose continuation the oracle knows; `near` is the typist's offset (breaks ties). */
  know(text: string, near: () => number): void {
    this.truths.push({ text, near });
  }

  generationCount(): number {
    return this.requestsTo('/api/generate').length;
  }

  protected override takeReply(record: FakeRequest, isGeneration: boolean): FakeReply {
    if (!isGeneration || record.path !== '/api/generate') return super.takeReply(record, isGeneration);
    const prompt = typeof record.body?.prompt === 'string' ? (record.body.prompt as string) : '';
    const found = record.body?.raw === true ? undefined : this.continuationOf(prompt);
    const tokens = tokenize(found?.text ?? '');
    const arrived = wallNow();
    const lastTokenAt = stampTokens(record, arrived);
    // What a one-line completion needs: the tokens up to the first line end.
    const needed = neededTokens(tokens);
    void record.outcome.then((outcome) => {
      const end = wallNow();
      // A reply the server finished: its final line is the model's last word.
      const last = outcome === 'completed' ? end : lastTokenAt();
      this.calls.push({
        ms: last - arrived, arrivedAt: arrived, lastTokenAt: last, endAt: end,
        satisfied: outcome === 'completed' || record.tokensSent >= needed,
        truth: found?.truth ?? -1, at: found?.at ?? -1, written: tokens.slice(0, record.tokensSent).join('').slice(0, WRITTEN_CHARS),
      });
    });
    return { tokens, firstTokenDelayMs: this.timing.firstTokenMs, tokenDelayMs: this.timing.perTokenMs, headersFirst: true };
  }

  private continuationOf(prompt: string): { text: string; truth: number; at: number } | undefined {
    const anchor = prompt.slice(-ANCHOR_CHARS);
    if (anchor === '') return undefined;
    for (const [index, truth] of this.truths.entries()) {
      // The occurrence nearest the typist (a repeated block of code could match twice).
      const near = truth.near();
      let best: number | undefined;
      for (let i = truth.text.indexOf(anchor); i !== -1; i = truth.text.indexOf(anchor, i + 1)) {
        const end = i + anchor.length;
        if (best === undefined || Math.abs(end - near) < Math.abs(best - near)) best = end;
      }
      if (best !== undefined) return { text: truth.text.slice(best), truth: index, at: best };
    }
    return undefined;
  }
}

/**
 * Times the tokens as the fake server writes them (it counts them in `tokensSent`): returns the
 * time of the last one written so far (`since` while none is).
 */
function stampTokens(record: FakeRequest, since: number): () => number {
  let sent = record.tokensSent;
  let last = since;
  Object.defineProperty(record, 'tokensSent', {
    configurable: true,
    enumerable: true,
    get: () => sent,
    set: (n: number) => {
      sent = n;
      last = wallNow();
    },
  });
  return () => last;
}

/** Epoch ms with sub-ms resolution, as the page's `performance.timeOrigin + performance.now()`. */
function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Roughly how a BPE tokenizer cuts code: words in pieces of up to 4 letters, runs of spaces, single symbols. */
export function tokenize(text: string): string[] {
  return text.match(/[A-Za-z0-9_]{1,4}| +|\n|[^A-Za-z0-9_ \n]/g) ?? [];
}

function neededTokens(tokens: readonly string[]): number {
  let seenText = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === '\n' && seenText) return i + 1;
    if (tokens[i]!.trim() !== '') seenText = true;
  }
  return tokens.length;
}
