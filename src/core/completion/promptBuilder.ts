// Stage 2: the prompt. The text before and after the cursor is cut into windows by token
// budget (trimmed from the far ends only: the text nearest the cursor is never dropped), the
// caller's context snippets fill what remains, and the whole is rendered with the model's FIM
// template or sent as native prefix/suffix. Prompt + output never exceed the model's context.
import type { FimRenderInput, FimTemplate } from '../models/fimTemplates';
import { renderSnippetComments } from '../models/fimTemplates';
import type { FimRequest } from '../models/modelTypes';
import type { ContextSnippet } from './completionTypes';
import { toLf } from '../lineEndings';
import { safeCut, windowEndAfter, windowStartBefore } from './textWindow';

export type TokenCounter = (text: string) => number;

export interface PromptBudgetInput {
  /** The model's context window (already capped by the config). */
  readonly contextLength: number;
  /** Output tokens reserved (num_predict). */
  readonly maxTokens: number;
  readonly maxPromptTokens: number;
  readonly suffixShare: number;
  /** Share kept for snippets; 0 when there is no context source. */
  readonly contextShare: number;
  readonly template?: FimTemplate;
}

export interface PromptBudget {
  /** Tokens for everything we write: windows, snippets, template tokens. */
  readonly prompt: number;
  readonly prefix: number;
  readonly suffix: number;
  readonly context: number;
  /** What the template itself costs, counted once. */
  readonly overhead: number;
}

/** Margin for the estimator's error on tokens we do not count one by one. */
const SAFETY_TOKENS = 8;

export class PromptTooSmallError extends Error {
  override readonly name = 'PromptTooSmallError';
}

export function promptBudget(input: PromptBudgetInput, count: TokenCounter): PromptBudget {
  const overhead = (input.template ? count(input.template.render({ prefix: '', suffix: '' })) : 8) + SAFETY_TOKENS;
  const available = Math.min(input.maxPromptTokens, input.contextLength - input.maxTokens - overhead);
  if (available <= 0) {
    throw new PromptTooSmallError(
      `context of ${input.contextLength} tokens leaves no room for a prompt after ${input.maxTokens} output tokens`,
    );
  }
  const suffix = Math.floor(available * input.suffixShare);
  const context = Math.floor(available * input.contextShare);
  return { prompt: available, prefix: available - suffix - context, suffix, context, overhead };
}

export interface PromptWindows {
  /** Document offsets of the windows. */
  readonly prefixStart: number;
  readonly offset: number;
  readonly suffixEnd: number;
  /** The windows' text with LF line ends. */
  readonly prefix: string;
  readonly suffix: string;
  readonly prefixTokens: number;
  readonly suffixTokens: number;
}

/** Cuts the prefix and suffix windows around `offset` to their budgets. */
export function buildWindows(
  text: string,
  offset: number,
  budget: Pick<PromptBudget, 'prefix' | 'suffix'>,
  count: TokenCounter,
): PromptWindows {
  const before = fitWindow(budget.prefix, count, (chars) => {
    const start = windowStartBefore(text, offset, chars);
    return { start, end: offset };
  }, text);
  const after = fitWindow(budget.suffix, count, (chars) => {
    const end = windowEndAfter(text, offset, chars);
    return { start: offset, end };
  }, text);
  return {
    prefixStart: before.start,
    offset,
    suffixEnd: after.end,
    prefix: before.window,
    suffix: after.window,
    prefixTokens: before.tokens,
    suffixTokens: after.tokens,
  };
}

interface Fitted {
  readonly start: number;
  readonly end: number;
  readonly window: string;
  readonly tokens: number;
}

// Guess a character count, measure its tokens, correct the guess by the measured ratio, then
// shrink until it fits. A few estimator passes over a window, never over the document.
function fitWindow(
  budget: number,
  count: TokenCounter,
  cut: (chars: number) => { start: number; end: number },
  text: string,
): Fitted {
  const measure = (chars: number): Fitted => {
    const { start, end } = cut(chars);
    const window = toLf(text.slice(start, end));
    return { start, end, window, tokens: count(window) };
  };
  if (budget <= 0) return measure(0);
  let chars = budget * 4;
  let fitted = measure(chars);
  const span = (f: Fitted) => f.end - f.start;
  // Under budget with more text available: widen once by the measured characters per token.
  if (fitted.tokens < budget * 0.9 && span(fitted) >= chars * 0.9 && fitted.tokens > 0) {
    chars = Math.floor((span(fitted) / fitted.tokens) * budget * 0.97);
    const wider = measure(chars);
    if (wider.tokens <= budget) return wider;
    fitted = wider;
  }
  while (fitted.tokens > budget && span(fitted) > 0) {
    const next = Math.min(span(fitted) - 1, Math.floor((span(fitted) * budget) / fitted.tokens * 0.95));
    fitted = measure(Math.max(0, next));
  }
  return fitted;
}

export interface PromptModelInfo {
  readonly name: string;
  readonly contextLength: number;
  readonly maxTokens: number;
  /** Undefined sends prefix/suffix natively (the server applies the model's template). */
  readonly template?: FimTemplate;
  /** Stop sequences; default the template's. Native FIM passes its family's, the template being the server's. */
  readonly stop?: readonly string[];
}

export interface PromptSettings {
  readonly temperature: number;
  readonly keepAlive?: string;
  readonly languageId: string;
  readonly filePath: string;
}

/** Exactly what one request sent, for "Show Last Completion Prompt". */
export interface PromptRecord {
  readonly model: string;
  /** The template id, or 'native' when the server applied the model's own. */
  readonly format: string;
  readonly filePath: string;
  readonly request: FimRequest;
  /** Every file whose text is in the request: the document, then each snippet kept. */
  readonly files: readonly string[];
  readonly snippets: readonly { readonly path: string; readonly tokens: number }[];
  readonly droppedSnippets: number;
  readonly tokens: { readonly prefix: number; readonly suffix: number; readonly snippets: number; readonly total: number };
  readonly contextLength: number;
}

/** Fits snippets into the budget left by the windows, renders, and checks the total once more. */
export function assemblePrompt(
  windows: PromptWindows,
  snippets: readonly ContextSnippet[],
  budget: PromptBudget,
  model: PromptModelInfo,
  settings: PromptSettings,
  count: TokenCounter,
): PromptRecord {
  const commentPrefix = lineCommentFor(settings.languageId);
  const limit = model.contextLength - model.maxTokens;
  let left = budget.prompt - windows.prefixTokens - windows.suffixTokens;
  const kept: { path: string; text: string; tokens: number }[] = [];
  for (const snippet of snippets) {
    // Comment rendering adds a prefix per line; count the rendered form.
    const tokens = count(renderSnippetComments([snippet], commentPrefix));
    if (tokens <= left) {
      kept.push({ ...snippet, tokens });
      left -= tokens;
    }
  }
  let prefix = windows.prefix;
  for (;;) {
    const render = renderRequest(prefix, windows.suffix, kept, model, settings, commentPrefix);
    const total = count(render.prompt ?? render.prefix + render.suffix) + (model.template ? 0 : SAFETY_TOKENS);
    if (total <= limit || (kept.length === 0 && prefix === '')) {
      const snippetTokens = kept.reduce((sum, s) => sum + s.tokens, 0);
      return {
        model: model.name,
        format: model.template?.id ?? 'native',
        filePath: settings.filePath,
        request: {
          prefix: render.prefix,
          suffix: render.suffix,
          ...(render.prompt !== undefined ? { prompt: render.prompt } : {}),
          maxTokens: model.maxTokens,
          stop: [...(model.stop ?? model.template?.stop ?? [])],
          temperature: settings.temperature,
          numCtx: model.contextLength,
          ...(settings.keepAlive ? { keepAlive: settings.keepAlive } : {}),
        },
        files: [...new Set([settings.filePath, ...kept.map((s) => s.path)])],
        snippets: kept.map((s) => ({ path: s.path, tokens: s.tokens })),
        droppedSnippets: snippets.length - kept.length,
        tokens: { prefix: count(prefix), suffix: windows.suffixTokens, snippets: snippetTokens, total },
        contextLength: model.contextLength,
      };
    }
    // The estimate was off: drop the least relevant snippet first, then the far end of the prefix.
    if (kept.length > 0) kept.pop();
    else prefix = prefix.slice(safeCut(prefix, Math.max(1, Math.ceil((prefix.length * (total - limit)) / total)), 'forward'));
  }
}

function renderRequest(
  prefix: string,
  suffix: string,
  snippets: readonly ContextSnippet[],
  model: PromptModelInfo,
  settings: PromptSettings,
  commentPrefix: string,
): { prefix: string; suffix: string; prompt?: string } {
  if (!model.template) {
    return { prefix: renderSnippetComments(snippets, commentPrefix) + prefix, suffix };
  }
  const input: FimRenderInput = {
    prefix,
    suffix,
    snippets: snippets.map((s) => ({ path: s.path, text: s.text })),
    filePath: snippets.length > 0 ? settings.filePath : undefined,
    commentPrefix,
  };
  return { prefix, suffix, prompt: model.template.render(input) };
}

const HASH_COMMENT = new Set([
  'python', 'shellscript', 'ruby', 'perl', 'r', 'yaml', 'toml', 'dockerfile', 'makefile', 'powershell',
  'coffeescript', 'julia', 'elixir', 'nim', 'crystal', 'properties', 'cmake',
]);
const DASH_COMMENT = new Set(['sql', 'lua', 'haskell', 'elm', 'ada', 'vhdl']);

/** The line comment of a language, for snippets rendered as comments. */
export function lineCommentFor(languageId: string): string {
  if (HASH_COMMENT.has(languageId)) return '#';
  if (DASH_COMMENT.has(languageId)) return '--';
  if (languageId === 'latex' || languageId === 'tex' || languageId === 'erlang') return '%';
  if (languageId === 'clojure' || languageId === 'lisp' || languageId === 'scheme') return ';;';
  if (languageId === 'vb' || languageId === 'vba') return "'";
  return '//';
}
