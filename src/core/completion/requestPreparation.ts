// Everything a completion request needs before it leaves, prepared while the debounce runs: the
// model, the multi-line decision on a parsed window, the token budget, the prompt's windows and the
// cross-file context. The next keystroke aborts this work together with the request.
import type { DocumentSnapshot } from '../documentSnapshot';
import type { Logger } from '../logger';
import type { FimTemplate } from '../models/fimTemplates';
import type { SyntaxTree } from '../syntax/syntaxService';
import type { CompletionConfig, CompletionModel, ContextSnippet, StageTimings } from './completionTypes';
import { decideMultiline } from './multilineDecision';
import { assemblePrompt, buildWindows, promptBudget } from './promptBuilder';
import type { PromptRecord, TokenCounter } from './promptBuilder';
import type { PromptSource } from './promptSource';
import { syntaxWindow, type SyntaxWindow } from './textWindow';

/**
 * The parsing the engine needs; SyntaxService provides it. Undefined when the language has no
 * grammar, its grammar is still loading (loading starts), or the parse ran out of time.
 */
export interface CompletionSyntax {
  parseSync(languageId: string, text: string, options?: { timeoutMs?: number }): SyntaxTree | undefined;
  /** Loads a grammar (once); resolves at once when loaded or unsupported. */
  loadLanguage?(languageId: string): Promise<unknown>;
}

/** Snippets within `budgetTokens`, most relevant first; `visible` is what the prompt shows verbatim. */
export type ContextSource = (
  doc: DocumentSnapshot, budgetTokens: number, signal: AbortSignal, visible: { start: number; end: number },
) => Promise<readonly ContextSnippet[]>;

export interface PreparationDeps {
  readonly getModel: (signal: AbortSignal) => Promise<CompletionModel | undefined>;
  readonly getContext?: ContextSource;
  readonly syntax?: CompletionSyntax;
  readonly countTokens: TokenCounter;
  readonly logger: Logger;
}

export interface PreparedRequest {
  readonly model: CompletionModel;
  readonly multiline: boolean;
  /** The text around the cursor the stream's block end and the post-processing judge against. */
  readonly around: SyntaxWindow;
  readonly parseWindow?: (text: string) => SyntaxTree | undefined;
  /** The family's FIM tokens, also when the server renders the template (they stop the stream and are stripped). */
  readonly fimTokens?: FimTemplate;
  readonly stop: readonly string[];
  readonly record: PromptRecord;
}

/** Time budget of one window parse; over it we fall back to indentation. */
const PARSE_TIMEOUT_MS = 20;

/**
 * Prepares the request for the cursor of `doc` (shown as `source`); undefined when no model is
 * configured. `lap` returns the time since its last call: each stage's share goes into `timings`.
 */
export async function prepareRequest(
  doc: DocumentSnapshot, source: PromptSource, config: CompletionConfig, deps: PreparationDeps,
  signal: AbortSignal, timings: StageTimings, lap: () => number,
): Promise<PreparedRequest | undefined> {
  const model = await deps.getModel(signal);
  signal.throwIfAborted();
  if (!model) return undefined;
  timings.model = lap();

  // Multi-line decision on a parsed window around the cursor (never the whole document).
  const around = syntaxWindow(doc.text, doc.offset);
  const syntax = deps.syntax;
  await syntax?.loadLanguage?.(doc.languageId);
  // Sync parse: before the grammar has loaded (first use of a language) we fall back to text.
  const parseWindow = syntax && ((text: string) => syntax.parseSync(doc.languageId, text, { timeoutMs: PARSE_TIMEOUT_MS }));
  const { multiline } = decideMultiline({
    setting: config.multiline,
    prefix: around.prefix,
    suffix: around.suffix,
    parse: parseWindow && (() => parseWindow(around.prefix + around.suffix)),
    languageId: doc.languageId,
  });
  timings.multiline = lap();

  const template = model.nativeFim ? undefined : model.template;
  const fimTokens = model.template;
  const stop = [...(fimTokens?.stop ?? []), ...source.stop];
  const contextLength = Math.min(model.details?.contextLength ?? model.endpoint.contextLength ?? config.contextLength, config.contextLength);
  const maxTokens = multiline ? config.maxTokens : config.maxTokensSingleLine;
  const budget = promptBudget(
    { contextLength, maxTokens, maxPromptTokens: config.maxPromptTokens, suffixShare: config.suffixShare,
      contextShare: deps.getContext ? config.contextShare : 0, template },
    deps.countTokens,
  );
  const fitted = source.fit(budget, deps.countTokens);
  const windows = buildWindows(fitted.text, fitted.offset, budget, deps.countTokens);
  timings.prompt = lap();

  let snippets: readonly ContextSnippet[] = [];
  if (deps.getContext) {
    const left = budget.prompt - windows.prefixTokens - windows.suffixTokens;
    const visible = { start: fitted.toOriginal(windows.prefixStart), end: fitted.toOriginal(windows.suffixEnd) };
    snippets = left > 0 ? await contextOrNothing(deps.getContext, deps.logger, source.document, left, signal, visible) : [];
    timings.context = lap();
  }
  const record = assemblePrompt(
    windows, snippets, budget,
    { name: model.endpoint.model, contextLength, maxTokens, template, stop },
    { temperature: config.temperature, keepAlive: config.keepAlive, languageId: doc.languageId, filePath: doc.relativePath },
    deps.countTokens,
  );
  timings.prompt += lap();
  return { model, multiline, around, parseWindow, fimTokens, stop, record };
}

// Context makes completions better, not possible: a failing source costs its snippets only.
async function contextOrNothing(
  getContext: ContextSource, logger: Logger,
  doc: DocumentSnapshot, budget: number, signal: AbortSignal, visible: { start: number; end: number },
): Promise<readonly ContextSnippet[]> {
  try {
    return await getContext(doc, budget, signal, visible);
  } catch (error) {
    logger.warn(`completion context failed, continuing without it: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return [];
  } finally {
    signal.throwIfAborted();
  }
}
