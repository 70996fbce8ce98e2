// Fill-in-the-middle prompt formats of the code model families, with the tokens that end a
// completion (stop) and the tokens post-processing strips if a model leaks them.

export type FimTemplateId = 'qwen' | 'deepseek' | 'starcoder' | 'codellama' | 'codestral' | 'codegemma' | 'custom';

/** A snippet of another file, from the context engine. */
export interface FimSnippet {
  readonly path: string;
  readonly text: string;
}

export interface FimRenderInput {
  readonly prefix: string;
  readonly suffix: string;
  readonly snippets?: readonly FimSnippet[];
  /** Workspace folder name, for the repo-level formats (qwen, starcoder). */
  readonly repoName?: string;
  /** The current file's workspace-relative path, for the repo-level formats. */
  readonly filePath?: string;
  /** Line comment of the current language, for snippets rendered as comments. Default `//`. */
  readonly commentPrefix?: string;
}

export interface FimTemplate {
  readonly id: FimTemplateId;
  readonly stop: readonly string[];
  readonly specialTokens: readonly string[];
  render(input: FimRenderInput): string;
}

/** A user's own template from settings: `{prefix}` and `{suffix}` placeholders. */
export interface FimTemplateOverride {
  readonly template: string;
  readonly stop?: readonly string[];
}

/** Snippets as path-headed line comments, for formats without a file separator token. */
export function renderSnippetComments(snippets: readonly FimSnippet[] | undefined, commentPrefix = '//'): string {
  if (!snippets?.length) return '';
  let out = '';
  for (const s of snippets) {
    out += `${commentPrefix} Path: ${s.path}\n`;
    for (const line of s.text.split('\n')) out += line ? `${commentPrefix} ${line}\n` : `${commentPrefix}\n`;
    out += '\n';
  }
  return out;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

const qwenTokens = [
  '<|fim_prefix|>', '<|fim_suffix|>', '<|fim_middle|>', '<|fim_pad|>', '<|repo_name|>', '<|file_sep|>',
  '<|endoftext|>', '<|im_start|>', '<|im_end|>',
];
const qwen: FimTemplate = {
  id: 'qwen',
  stop: qwenTokens,
  specialTokens: qwenTokens,
  render({ prefix, suffix, snippets, repoName, filePath }) {
    const fim = `<|fim_prefix|>${prefix}<|fim_suffix|>${suffix}<|fim_middle|>`;
    if (!snippets?.length && repoName === undefined) return fim;
    // Qwen2.5-Coder's repository-level format: every file, the current one last, behind <|file_sep|>.
    let out = repoName !== undefined ? `<|repo_name|>${repoName}\n` : '';
    for (const s of snippets ?? []) out += `<|file_sep|>${s.path}\n${withNewline(s.text)}`;
    return `${out}<|file_sep|>${filePath ?? ''}\n${fim}`;
  },
};

const deepseekTokens = ['<｜fim▁begin｜>', '<｜fim▁hole｜>', '<｜fim▁end｜>', '<｜end▁of▁sentence｜>', '<|EOT|>'];
const deepseek: FimTemplate = {
  id: 'deepseek',
  stop: deepseekTokens,
  specialTokens: deepseekTokens,
  render: ({ prefix, suffix, snippets, commentPrefix }) =>
    `<｜fim▁begin｜>${renderSnippetComments(snippets, commentPrefix)}${prefix}<｜fim▁hole｜>${suffix}<｜fim▁end｜>`,
};

const starcoderTokens = ['<fim_prefix>', '<fim_suffix>', '<fim_middle>', '<fim_pad>', '<file_sep>', '<repo_name>', '<|endoftext|>'];
const starcoder: FimTemplate = {
  id: 'starcoder',
  stop: starcoderTokens,
  specialTokens: starcoderTokens,
  render({ prefix, suffix, snippets, repoName, filePath }) {
    if (!snippets?.length && repoName === undefined) return `<fim_prefix>${prefix}<fim_suffix>${suffix}<fim_middle>`;
    // StarCoder2's repository format: <repo_name>r<file_sep>path\ncode…<file_sep><fim_prefix>path\npre…
    let out = repoName !== undefined ? `<repo_name>${repoName}` : '';
    for (const s of snippets ?? []) out += `<file_sep>${s.path}\n${withNewline(s.text)}`;
    const path = filePath !== undefined ? `${filePath}\n` : '';
    return `${out}<file_sep><fim_prefix>${path}${prefix}<fim_suffix>${suffix}<fim_middle>`;
  },
};

const codellama: FimTemplate = {
  id: 'codellama',
  stop: ['<EOT>', '<PRE>', '<SUF>', '<MID>', '</s>'],
  specialTokens: ['<EOT>', '<PRE>', '<SUF>', '<MID>', '</s>'],
  render: ({ prefix, suffix, snippets, commentPrefix }) =>
    `<PRE> ${renderSnippetComments(snippets, commentPrefix)}${prefix} <SUF>${suffix} <MID>`,
};

const codestral: FimTemplate = {
  id: 'codestral',
  stop: ['[PREFIX]', '[SUFFIX]', '[MIDDLE]', '</s>'],
  specialTokens: ['[PREFIX]', '[SUFFIX]', '[MIDDLE]', '</s>'],
  // Codestral takes the suffix first.
  render: ({ prefix, suffix, snippets, commentPrefix }) =>
    `[SUFFIX]${suffix}[PREFIX]${renderSnippetComments(snippets, commentPrefix)}${prefix}`,
};

const codegemmaTokens = ['<|file_separator|>', '<|fim_prefix|>', '<|fim_suffix|>', '<|fim_middle|>', '<end_of_turn>', '<eos>'];
const codegemma: FimTemplate = {
  id: 'codegemma',
  stop: codegemmaTokens,
  specialTokens: codegemmaTokens,
  render: ({ prefix, suffix, snippets, commentPrefix }) =>
    `<|fim_prefix|>${renderSnippetComments(snippets, commentPrefix)}${prefix}<|fim_suffix|>${suffix}<|fim_middle|>`,
};

const builtIn = { qwen, deepseek, starcoder, codellama, codestral, codegemma } as const;
export type BuiltInFimTemplateId = keyof typeof builtIn;

export function fimTemplateById(id: BuiltInFimTemplateId): FimTemplate {
  return builtIn[id];
}

/** The FIM family a model name belongs to, or undefined when the name is not a known FIM model. */
export function fimFamilyFromName(modelName: string): BuiltInFimTemplateId | undefined {
  const name = modelName.toLowerCase();
  if (name.includes('codegemma')) return 'codegemma';
  if (name.includes('codestral')) return 'codestral';
  if (name.includes('codellama') || name.includes('code-llama')) return 'codellama';
  if (name.includes('starcoder')) return 'starcoder';
  if (name.includes('deepseek') && name.includes('coder')) return 'deepseek';
  if (name.includes('qwen') && name.includes('coder')) return 'qwen';
  return undefined;
}

/** The FIM family an Ollama model template (from /api/show) speaks, if any. */
export function fimFamilyFromTemplate(template: string | undefined): BuiltInFimTemplateId | undefined {
  if (!template) return undefined;
  if (template.includes('<｜fim▁begin｜>')) return 'deepseek';
  if (template.includes('<fim_prefix>')) return 'starcoder';
  if (template.includes('<PRE>')) return 'codellama';
  if (template.includes('[SUFFIX]')) return 'codestral';
  if (template.includes('<|fim_prefix|>')) return template.includes('<start_of_turn>') ? 'codegemma' : 'qwen';
  return undefined;
}

/**
 * The template for a model: the user's override first, then the model's own Ollama template
 * text, then its name. Unknown models get the Qwen format, the most common local FIM model.
 */
export function selectFimTemplate(
  modelName: string,
  ollamaTemplate?: string,
  userOverride?: string | FimTemplateOverride,
): FimTemplate {
  if (userOverride !== undefined) {
    const o = typeof userOverride === 'string' ? { template: userOverride } : userOverride;
    if (o.template.trim() !== '') return customFimTemplate(o);
  }
  return builtIn[fimFamilyFromTemplate(ollamaTemplate) ?? fimFamilyFromName(modelName) ?? 'qwen'];
}

/**
 * A template from settings. `{prefix}` and `{suffix}` are substituted in one pass, so braces in
 * the code are left alone; snippets go in front of the prefix as comments. The literal text
 * around the placeholders counts as special tokens, so post-processing strips it if echoed.
 */
export function customFimTemplate(override: FimTemplateOverride): FimTemplate {
  const template = override.template;
  const literals = template.split(/\{prefix\}|\{suffix\}/).map((s) => s.trim()).filter((s) => s !== '');
  const stop = [...(override.stop ?? [])];
  return {
    id: 'custom',
    stop,
    specialTokens: [...new Set([...stop, ...literals])],
    render({ prefix, suffix, snippets, commentPrefix }) {
      const before = renderSnippetComments(snippets, commentPrefix);
      return template.replace(/\{prefix\}|\{suffix\}/g, (m) => (m === '{prefix}' ? before + prefix : suffix));
    },
  };
}
