// Runs one benchmark case through the editor's own pipeline: the completion engine with a
// model that streams the case's raw output token by token, tree-sitter from the real grammars,
// the multi-line decision (or the stated mode), the stream reader's truncation and the
// post-processing. What comes out is what the editor would insert.
import { CompletionEngine } from '../../src/core/completion/completionEngine';
import type { CompletionClock } from '../../src/core/completion/completionClock';
import type { CompletionModel, MultilineSetting } from '../../src/core/completion/completionTypes';
import { fimTemplateById } from '../../src/core/models/fimTemplates';
import type { StreamChunk } from '../../src/core/models/modelTypes';
import type { SyntaxService } from '../../src/core/syntax/syntaxService';
import { languageIdOf } from './postprocessCases';
import type { PostprocessCase } from './postprocessCases';

export interface CaseOutcome {
  /** The insert text ('' when nothing is suggested). */
  readonly text: string;
  /** Characters after the cursor that the suggestion replaces (auto-closed brackets). */
  readonly replaces: number;
  readonly multiline: boolean;
  readonly pass: boolean;
}

/** Tokens of a few characters, as a model streams them. */
const CHUNK_CHARS = 4;

function streamingModel(): CompletionModel & { raw: string } {
  const model = {
    raw: '',
    endpoint: { provider: 'ollama' as const, baseUrl: 'http://127.0.0.1:0', model: 'bench', contextLength: 8_192 },
    template: fimTemplateById('qwen'),
    async *stream(_prompt: unknown, signal: AbortSignal): AsyncIterable<StreamChunk> {
      const raw = model.raw;
      for (let i = 0; i < raw.length; i += CHUNK_CHARS) {
        if (signal.aborted) return;
        yield { text: raw.slice(i, i + CHUNK_CHARS) };
      }
    },
  };
  return model;
}

const instantClock: CompletionClock = { now: () => performance.now(), wallNow: () => Date.now(), sleep: async () => undefined };

export class CaseRunner {
  private readonly model = streamingModel();
  private readonly engines = new Map<MultilineSetting, CompletionEngine>();

  constructor(private readonly syntax: SyntaxService) {}

  async run(c: PostprocessCase, mode: MultilineSetting): Promise<CaseOutcome> {
    const languageId = languageIdOf(c.language);
    await this.syntax.loadLanguage(languageId);
    this.model.raw = c.raw;
    const outcome = await this.engine(mode).complete(
      { uri: `file:///bench/case.${languageId}`, relativePath: `case.${languageId}`, languageId, text: c.prefix + c.suffix, version: 1, offset: c.prefix.length },
      { trigger: 'explicit' },
    );
    if (outcome.kind === 'error') throw outcome.error;
    const result = outcome.kind === 'completion' ? outcome.result : undefined;
    const text = result?.text ?? '';
    const replaces = result ? result.range.end - result.range.start : 0;
    return { text, replaces, multiline: result?.multiline ?? false, pass: passes(text, replaces, c) };
  }

  private engine(mode: MultilineSetting): CompletionEngine {
    let engine = this.engines.get(mode);
    if (!engine) {
      engine = new CompletionEngine({ getModel: async () => this.model, syntax: this.syntax, clock: instantClock, config: { multiline: mode } });
      this.engines.set(mode, engine);
    }
    return engine;
  }

  dispose(): void {
    for (const engine of this.engines.values()) engine.dispose();
  }
}

/**
 * A case passes when the inserted text equals `expected`, trailing whitespace aside. Engines
 * write the same edit two ways when the model re-types what follows the cursor (`foo)` over an
 * auto-closed `)`): as an insert text that replaces those characters, or as the pure insertion
 * `foo`. So a case also passes when the document our suggestion leaves equals the one its
 * `expected` leaves read either way: inserted as is, or replacing the characters of the
 * cursor's line that it ends by typing again.
 */
export function passes(text: string, replaces: number, c: Pick<PostprocessCase, 'expected' | 'suffix'>): boolean {
  const want = c.expected.trimEnd();
  if (text.trimEnd() === want) return true;
  const ours = text.trimEnd() + c.suffix.slice(replaces);
  if (ours === want + c.suffix) return true;
  const retyped = retypedLength(want, c.suffix);
  return retyped > 0 && ours === want + c.suffix.slice(retyped);
}

// How many characters at the start of the cursor's line `expected` ends by typing again.
function retypedLength(expected: string, suffix: string): number {
  const newline = suffix.indexOf('\n');
  const rest = newline === -1 ? suffix : suffix.slice(0, newline);
  for (let j = rest.length; j > 0; j--) if (expected.endsWith(rest.slice(0, j))) return j;
  return 0;
}
