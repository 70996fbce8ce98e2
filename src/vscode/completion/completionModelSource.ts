// The completion engine's model, resolved through the gateway: which endpoint serves the
// 'completion' role now, and the FIM template that fits it (the user's, else the model's own).
// The resolution is kept until the model settings change or a request fails.
import type { CompletionModel } from '../../core/completion/completionTypes';
import type { ModelGateway } from '../../core/models/modelGateway';
import { selectFimTemplate } from '../../core/models/fimTemplates';
import type { PromptSender } from '../../core/promptDoor';

export interface CompletionModelSourceOptions {
  readonly gateway: ModelGateway;
  /** The one door prompts leave by. */
  readonly send: PromptSender;
  /** The user's FIM template override (flywheel.completion.fimTemplate / fimStop). */
  readonly templateOverride: () => { template: string; stop: readonly string[] };
  /** Called as a request goes to the model (the status bar shows it generating). */
  readonly onRequest?: (model: string) => void;
}

export class CompletionModelSource {
  private cached: Promise<CompletionModel> | undefined;

  constructor(private readonly options: CompletionModelSourceOptions) {}

  /** The model for the next request; throws the gateway's error when none can serve. */
  get(signal: AbortSignal): Promise<CompletionModel> {
    this.cached ??= this.resolve(signal);
    // A failed or cancelled resolution is not kept: the next keystroke tries again.
    this.cached.catch(() => (this.cached = undefined));
    return this.cached;
  }

  /** Forget the resolution (settings changed, the endpoint failed). */
  invalidate(): void {
    this.cached = undefined;
  }

  private async resolve(signal: AbortSignal): Promise<CompletionModel> {
    const { gateway, send, templateOverride, onRequest } = this.options;
    const { endpoint, details } = await gateway.resolve('completion', signal);
    const override = templateOverride();
    const custom = override.template !== '';
    const template = selectFimTemplate(endpoint.model, details.template, custom ? override : undefined);
    return {
      endpoint,
      details,
      template,
      // Ollama applies the model's own FIM template when it has one, unless the user set theirs.
      nativeFim: endpoint.provider === 'ollama' && details.supportsFim && !custom,
      stream: (prompt, requestSignal) => {
        onRequest?.(endpoint.model);
        return send(prompt, requestSignal);
      },
    };
  }
}
