// Which installed model suits which role. Inline completion wants a model trained to fill in the
// middle, and a base model does that best (an instruction-tuned one tends to explain, chat or
// fence its code); chat and refactors need a model that follows instructions, which a base
// model cannot. The evidence is what Ollama's /api/show says (the prompt template and the
// capabilities) and the model's name (`-base`, `-instruct`, `-code`, `-it`…).
import { fimFamilyFromName, fimFamilyFromTemplate, type BuiltInFimTemplateId } from './fimTemplates';
import type { GenerationRole } from './modelGatewayConfig';
import type { ModelDetails, ModelInfo } from './modelTypes';

export type ModelTraining = 'base' | 'instruct' | 'unknown';

/** What one installed model is good for. */
export interface ModelProfile {
  readonly name: string;
  readonly sizeBytes?: number;
  readonly details: ModelDetails;
  readonly training: ModelTraining;
  /** The fill-in-the-middle format it speaks; undefined when it cannot fill in the middle. */
  readonly fimFamily?: BuiltInFimTemplateId;
  /** Trained on code (a FIM family, or "code"/"coder" in its name). */
  readonly code: boolean;
  /** Generates text at all (an embedding model does not). */
  readonly generates: boolean;
}

/** Family preference for inline completion: Qwen2.5-Coder first, then other trained FIM families. */
const familyRank: readonly BuiltInFimTemplateId[] = ['qwen', 'deepseek', 'starcoder', 'codestral', 'codegemma', 'codellama'];

const instructNameTokens = new Set(['instruct', 'inst', 'chat', 'it', 'rlhf', 'dpo', 'sft']);
/** `codellama:7b-code`, `llama2:7b-text`, `qwen2.5-coder:1.5b-base`: the pretrained variants. */
const baseNameTokens = new Set(['base', 'code', 'text', 'pretrained']);
/** Role markers of chat templates (ChatML, Llama 2/3, Gemma, Phi, DeepSeek, Alpaca-style). */
const chatTemplateMarkers = [
  '.Messages', '.System', '<|im_start|>', '[INST]', '<|start_header_id|>', '<start_of_turn>', '<|user|>', '<|assistant|>',
  '### Instruction', '### Response', '<｜User｜>', '<｜Assistant｜>', '<|User|>', '<|Assistant|>',
];

export function profileModel(info: ModelInfo, details: ModelDetails): ModelProfile {
  const name = info.name.toLowerCase();
  const capabilities = details.capabilities;
  const embeddingOnly = capabilities
    ? capabilities.includes('embedding') && !capabilities.includes('completion')
    : /(^|[-_:/.])embed/.test(name);
  const byName = fimFamilyFromName(info.name);
  const byTemplate = details.supportsFim ? fimFamilyFromTemplate(details.template) : undefined;
  const fimFamily = embeddingOnly ? undefined : (byName ?? byTemplate);
  return {
    name: info.name,
    sizeBytes: info.sizeBytes,
    details,
    training: trainingOf(name, details),
    fimFamily,
    code: fimFamily !== undefined || /code|coder|codestral|devstral/.test(name),
    generates: !embeddingOnly,
  };
}

/** The name decides when it says; otherwise the template and the capabilities. */
function trainingOf(lowerName: string, details: ModelDetails): ModelTraining {
  // The tag after ':' names the variant ("7b-instruct", "1.5b-base"); the repository part can
  // hold words like "code" that say nothing about training ("codellama").
  const colon = lowerName.lastIndexOf(':');
  const tagTokens = colon >= 0 ? lowerName.slice(colon + 1).split(/[-_.]/) : [];
  const repoTokens = (colon >= 0 ? lowerName.slice(0, colon) : lowerName).split(/[-_./]/);
  const tokens = [...tagTokens, ...repoTokens.filter((t) => t !== 'code')];
  if (tokens.some((t) => instructNameTokens.has(t))) return 'instruct';
  if (tokens.some((t) => baseNameTokens.has(t))) return 'base';
  const template = details.template ?? '';
  if (chatTemplateMarkers.some((m) => template.includes(m))) return 'instruct';
  if (details.capabilities?.some((c) => c === 'tools' || c === 'thinking')) return 'instruct';
  // A template that only passes the prompt through (and maybe the FIM tokens) has no chat turns.
  if (template.includes('.Prompt')) return 'base';
  return 'unknown';
}

const trainingOrder: Record<GenerationRole, Record<ModelTraining, number>> = {
  completion: { base: 0, unknown: 1, instruct: 2 },
  chat: { instruct: 0, unknown: 1, base: 2 },
  refactor: { instruct: 0, unknown: 1, base: 2 },
};

/**
 * The best model for `role`, or undefined when none can serve it. Completion: only models that
 * fill in the middle; the best FIM family, within it the base model before an instruction-tuned
 * one, then a template Ollama fills in itself, then the smaller (completion waits on every
 * keystroke). Chat and refactors:
 * instruction-tuned first, code models before general ones, then the larger (answers are read,
 * not waited for per keystroke).
 */
export function chooseForRole(role: GenerationRole, profiles: readonly ModelProfile[]): ModelProfile | undefined {
  const rank = trainingOrder[role];
  if (role === 'completion') {
    return profiles
      .filter((p) => p.fimFamily !== undefined)
      .sort((a, b) =>
        familyRank.indexOf(a.fimFamily!) - familyRank.indexOf(b.fimFamily!) ||
        rank[a.training] - rank[b.training] ||
        Number(b.details.supportsFim) - Number(a.details.supportsFim) ||
        (a.sizeBytes ?? 0) - (b.sizeBytes ?? 0),
      )[0];
  }
  return profiles
    .filter((p) => p.generates)
    .sort((a, b) => rank[a.training] - rank[b.training] || Number(b.code) - Number(a.code) || (b.sizeBytes ?? 0) - (a.sizeBytes ?? 0))[0];
}

/** "base model, fills in the middle" — the reason a choice was made, for the log and the status bar. */
export function describeProfile(profile: ModelProfile): string {
  const training = { base: 'base model', instruct: 'instruction-tuned', unknown: 'training unknown' }[profile.training];
  return profile.fimFamily ? `${training}, fills in the middle` : training;
}

/** Said when the choice is a compromise: a base model asked to follow instructions. */
export function choiceCaveat(role: GenerationRole, profile: ModelProfile): string | undefined {
  if (role !== 'completion' && profile.training === 'base') {
    return `${profile.name} is a base model and may not follow instructions; for ${role} pull an instruction-tuned one, e.g. \`ollama pull ${suggestedChatModel}\`.`;
  }
  return undefined;
}

export const suggestedChatModel = 'qwen2.5-coder:7b';
