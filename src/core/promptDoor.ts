// The one door out of the machine. Every feature hands it one OutgoingPrompt; the guard clears
// it (its files may go into prompts; redacted texts when an endpoint off this machine may
// serve it) before the gateway sees it. Models and the guard know nothing of each other:
// this is where they meet.
import type { PromptGuard } from './guard/promptGuard';
import type { ModelGateway } from './models/modelGateway';
import type { StreamChunk } from './models/modelTypes';
import { promptTexts, type OutgoingPrompt } from './models/outgoingPrompt';

export type PromptSender = (prompt: OutgoingPrompt, signal: AbortSignal) => AsyncIterable<StreamChunk>;

export class PromptDoor {
  constructor(
    private readonly gateway: Pick<ModelGateway, 'stream' | 'embed' | 'mayReachRemote'>,
    /** The guard in force now (rebuilt when settings or ignore files change). */
    private readonly guard: () => PromptGuard,
  ) {}

  /** Streams the reply; a refused prompt fails on the first read, before anything is sent. */
  async *stream(prompt: OutgoingPrompt, signal: AbortSignal): AsyncGenerator<StreamChunk> {
    const clearance = this.guard().clear({ files: prompt.files, texts: promptTexts(prompt.body) }, this.gateway.mayReachRemote(prompt.role));
    yield* this.gateway.stream({ ...prompt, ...clearance }, signal);
  }

  /** Embeds the prompt's texts (an `embed` body); a refused prompt fails before anything is sent. */
  async embed(prompt: OutgoingPrompt, signal: AbortSignal): Promise<number[][]> {
    const clearance = this.guard().clear({ files: prompt.files, texts: promptTexts(prompt.body) }, this.gateway.mayReachRemote(prompt.role));
    return this.gateway.embed({ ...prompt, ...clearance }, signal);
  }

  /** The door as a plain function, for the features' model ports. */
  readonly send: PromptSender = (prompt, signal) => this.stream(prompt, signal);
}
