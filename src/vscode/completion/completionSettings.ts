// Reads `flywheel.completion.*` into the core's plain CompletionConfig.
import * as vscode from 'vscode';
import { defaultCompletionConfig, type CompletionConfig, type MultilineSetting } from '../../core/completion/completionTypes';
import type { ScopedGlobs } from '../../core/guard/scopedGlobs';
import { readScopedGlobs } from '../scopedGlobs';

export interface CompletionSettings {
  readonly enabled: boolean;
  /** A user FIM template with {prefix} and {suffix}; empty = chosen from the model. */
  readonly fimTemplate: string;
  readonly fimStop: readonly string[];
  /** `flywheel.completion.exclude` by scope: every scope's globs apply (the engine is given them as `isExcluded`). */
  readonly exclude: ScopedGlobs;
  readonly config: CompletionConfig;
}

export function readCompletionSettings(snoozedUntil: number | undefined): CompletionSettings {
  const c = vscode.workspace.getConfiguration('flywheel.completion');
  const d = defaultCompletionConfig;
  return {
    enabled: c.get<boolean>('enabled', true),
    fimTemplate: c.get<string>('fimTemplate', '').trim(),
    fimStop: c.get<string[]>('fimStop', []),
    exclude: readScopedGlobs('flywheel.completion', 'exclude'),
    config: {
      ...d,
      maxFileChars: c.get<number>('maxFileSizeKb', d.maxFileChars / 1000) * 1000,
      multiline: c.get<MultilineSetting>('multiline', d.multiline),
      maxLines: c.get<number>('maxLines', d.maxLines),
      maxTokens: c.get<number>('maxTokens', d.maxTokens),
      temperature: c.get<number>('temperature', d.temperature),
      maxPromptTokens: c.get<number>('maxPromptTokens', d.maxPromptTokens),
      keepAlive: vscode.workspace.getConfiguration('flywheel.models').get<string>('keepAlive', '30m'),
      debounce: debounceFrom(c.get<number>('debounceMs', d.debounce.minMs), d.debounce),
      snoozedUntil,
    },
  };
}

/** The setting is the floor: the wait after a keystroke while the model is fast and idle. */
function debounceFrom(floorMs: number, defaults: CompletionConfig['debounce']): CompletionConfig['debounce'] {
  const minMs = Math.max(0, floorMs);
  return { minMs, initialMs: Math.max(minMs, defaults.initialMs), maxMs: Math.max(minMs, defaults.maxMs) };
}
