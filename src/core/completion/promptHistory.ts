// Which prompt each recent suggestion came from, so "Show Last Completion Prompt" can show the
// prompt behind the suggestion on screen (or the one last accepted), not merely the last request
// sent (typing on after Tab sends another). A suggestion served from the cache shares the prompt
// of the one it was cached from. Bounded: only recent suggestions can still be on screen.
import type { PromptRecord } from './promptBuilder';

const CAPACITY = 64;

export class PromptHistory {
  private readonly byId = new Map<string, PromptRecord>();

  remember(id: string, record: PromptRecord): void {
    this.byId.delete(id);
    this.byId.set(id, record);
    while (this.byId.size > CAPACITY) this.byId.delete(this.byId.keys().next().value!);
  }

  /** `id` was served from the cache entry made by `originId`. */
  alias(id: string, originId: string | undefined): void {
    const record = originId === undefined ? undefined : this.byId.get(originId);
    if (record) this.remember(id, record);
  }

  get(id: string): PromptRecord | undefined {
    return this.byId.get(id);
  }

  clear(): void {
    this.byId.clear();
  }
}
