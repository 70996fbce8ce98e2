// The chat's list of models and the one selected: listed from the model layer, listed again a
// few times with growing pauses while none are found (the model server may still be starting,
// or the settings still arriving), and kept selected across refreshes.
import type { Logger } from '../logger';
import { describeChatError } from './chatErrors';
import type { ChatModel, ChatModelInfo } from './chatModelPort';
import type { ModelOption } from './chatProtocol';

const MODEL_RETRY_MS = [2_000, 5_000, 15_000, 30_000];

export class ChatModelList {
  private models: ChatModelInfo[] = [];
  private error: string | undefined;
  private selection: string | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private disposed = false;

  constructor(
    private readonly chatModel: ChatModel,
    private readonly logger: Logger,
    /** Called after every listing and selection, so the view shows the change. */
    private readonly changed: () => void,
  ) {}

  get isEmpty(): boolean {
    return this.models.length === 0;
  }

  /** The selected model's id, also before the list has it. */
  get selectedId(): string | undefined {
    return this.selection;
  }

  /** The selected model, when the list has it. */
  get selected(): ChatModelInfo | undefined {
    return this.models.find((m) => m.id === this.selection);
  }

  /** What the view shows: the options, the selection, and why the list is empty. */
  view(): { models: ModelOption[]; selectedModel?: string; modelsError?: string } {
    return { models: this.models.map(({ id, label, local }) => ({ id, label, local })), selectedModel: this.selection, modelsError: this.error };
  }

  async refresh(): Promise<void> {
    clearTimeout(this.retry);
    try {
      this.models = await this.chatModel.listModels();
      this.error = this.models.length === 0 ? 'No chat models found.' : undefined;
      const keep = this.models.find((m) => m.id === this.selection);
      this.selection = (keep ?? this.models.find((m) => m.selected) ?? this.models[0])?.id;
    } catch (error) {
      this.models = [];
      this.error = describeChatError(error).message;
      this.logger.warn(`Chat: listing models failed: ${this.error}`);
    }
    if (this.models.length > 0) this.retries = 0;
    else if (this.retries < MODEL_RETRY_MS.length && !this.disposed) {
      this.retry = setTimeout(() => void this.refresh(), MODEL_RETRY_MS[this.retries++]);
      this.retry.unref?.();
    }
    this.changed();
  }

  async select(id: string): Promise<void> {
    if (!this.models.some((m) => m.id === id)) return;
    await this.chatModel.select(id);
    this.selection = id;
    this.changed();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.retry);
  }
}
