// A fake Ollama (test/support/fakeOllamaServer.ts) whose /api/generate replies are chosen by
// what each request asks for, not by arrival order. In the real editor every keystroke may or
// may not become a request (adaptive debounce, cancellation, VS Code re-asking), so a queue of
// replies is a race; a rule keyed on the prompt is not.
//
//   const ollama = await startScriptedOllama({ models: [fakeOllamaModels.qwenCoder] });
//   const add = ollama.answer(promptEndsWith('total = add('), { tokens: ['2, 3)'] });
//   const req = await add.first;          // the first request the rule answered
//   add.requests                          // every request it answered, oldest first
//   ollama.generateRequests()             // every /api/generate request (warm-up included)
//
// Rules are tried newest first and stay in force (the same prompt gets the same answer);
// `rule.remove()` retires one. A generation request no rule matches takes a reply queued with
// `reply()` if there is one, else `fallback` (default: an empty reply, i.e. no suggestion).
import { FakeOllamaServer, type FakeOllamaOptions, type FakeReply, type FakeRequest } from '../../support/fakeOllamaServer';

/** The parts of an /api/generate body the rules look at. */
export interface GenerateBody {
  readonly model?: string;
  readonly prompt?: string;
  readonly suffix?: string;
  readonly raw?: boolean;
  readonly options?: Record<string, unknown>;
}

export interface PromptRule {
  /** Settles with the first request this rule answered. */
  readonly first: Promise<FakeRequest>;
  /** Every request it answered, oldest first. */
  readonly requests: FakeRequest[];
  remove(): void;
}

interface Rule {
  readonly match: (body: GenerateBody) => boolean;
  readonly reply: FakeReply;
  readonly requests: FakeRequest[];
  readonly resolve: (r: FakeRequest) => void;
}

export class ScriptedOllamaServer extends FakeOllamaServer {
  /** What a generation request gets when no rule matches and nothing is queued. */
  fallback: FakeReply = { tokens: [] };
  private rules: Rule[] = [];

  answer(match: (body: GenerateBody) => boolean, reply: FakeReply): PromptRule {
    let resolve!: (r: FakeRequest) => void;
    const first = new Promise<FakeRequest>((r) => (resolve = r));
    const rule: Rule = { match, reply, requests: [], resolve };
    this.rules.unshift(rule);
    return { first, requests: rule.requests, remove: () => (this.rules = this.rules.filter((r) => r !== rule)) };
  }

  /** Every /api/generate request so far, oldest first. */
  generateRequests(): FakeRequest[] {
    return this.requestsTo('/api/generate');
  }

  protected override takeReply(record: FakeRequest, isGeneration: boolean): FakeReply {
    if (isGeneration && record.path === '/api/generate') {
      const rule = this.rules.find((r) => r.match((record.body ?? {}) as GenerateBody));
      if (rule) {
        rule.requests.push(record);
        rule.resolve(record);
        return rule.reply;
      }
    }
    const queued = this.pendingReplies;
    const reply = super.takeReply(record, isGeneration);
    return isGeneration && this.pendingReplies === queued ? this.fallback : reply;
  }
}

export async function startScriptedOllama(options: FakeOllamaOptions = {}): Promise<ScriptedOllamaServer> {
  return new ScriptedOllamaServer(options).listen();
}

/** A rule for native FIM requests (prompt = the text before the cursor) ending with `end`. */
export function promptEndsWith(end: string): (body: GenerateBody) => boolean {
  return (body) => typeof body.prompt === 'string' && body.prompt.endsWith(end) && body.raw !== true;
}
