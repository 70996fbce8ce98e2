// Clears what a feature wants to send: every file whose text is in the prompt must be one the
// path policy lets into prompts (else the prompt is refused whole), and for an endpoint off
// this machine the texts get their secrets redacted. It knows nothing of models or endpoints:
// the caller says whether a remote endpoint may serve the prompt.
import type { MatchedPattern } from './ignoreRules';
import type { IgnoreFileLine, PathPolicy, Refusal, UnreadableSettingsFile } from './pathPolicy';
import { redactSecrets } from './secretRedactor';
import type { RedactionStrictness } from '../strictnessSetting';

export interface PromptGuardOptions {
  readonly policy: PathPolicy;
  /** Redact secrets before text leaves for a non-local endpoint (default true). */
  readonly redactSecrets?: boolean;
  /** How much of a credential's place is taken (the user's `flywheel.redaction.strictness`; default balanced). */
  readonly strictness?: RedactionStrictness;
}

/** What a prompt is made of: its texts, and the files whose text went into them. */
export interface PromptContent {
  readonly texts: readonly string[];
  readonly files: readonly string[];
}

export interface Clearance {
  /** The texts an endpoint off this machine may get; absent when none was asked for. */
  readonly remoteTexts?: readonly string[];
  readonly redactions: number;
  /** The strictness `remoteTexts` were redacted at; absent when nothing was redacted (none asked, or redaction off). */
  readonly strictness?: RedactionStrictness;
}

export class PromptGuard {
  constructor(private readonly options: PromptGuardOptions) {}

  get policy(): PathPolicy {
    return this.options.policy;
  }

  /** May text from this file go into any prompt? (The path policy's answer.) */
  mayInclude(path: string): boolean {
    return this.options.policy.mayRead(path);
  }

  /** Throws EgressRefusedError when a file of the prompt may not be read into one. */
  clear(content: PromptContent, forRemote: boolean): Clearance {
    // (Judged afresh, not remembered: what each path is now is what leaves.)
    const blocked = content.files.flatMap((file) => {
      const refusal = this.options.policy.refusalDetailNow(file);
      return refusal ? [{ file, ...refusal }] : [];
    });
    if (blocked.length > 0) throw EgressRefusedError.forFiles(blocked);
    if (!forRemote) return { redactions: 0 };
    if (this.options.redactSecrets === false) return { remoteTexts: content.texts, redactions: 0 };
    let redactions = 0;
    const strictness = this.options.strictness ?? 'balanced';
    const remoteTexts = content.texts.map((text) => {
      const result = redactSecrets(text, { strictness });
      redactions += result.count;
      return result.text;
    });
    return { remoteTexts, redactions, strictness };
  }
}

/** A prompt the guard refused: text of a file that may not go into any prompt. */
export class EgressRefusedError extends Error {
  override readonly name = 'EgressRefusedError';
  readonly reason = 'ignored-file';

  constructor(message: string, readonly refused: readonly RefusedFile[] = []) {
    super(message);
  }

  get files(): readonly string[] {
    return this.refused.map((r) => r.file);
  }

  /** The refusal of these files, each said with the policy's reason, in the words the user reads whichever feature asked. */
  static forFiles(blocked: readonly RefusedFile[]): EgressRefusedError {
    // Grouped by what is said of them: one reason, and for an ignore file's line, the same line.
    const groups = new Map<string, string[]>();
    for (const b of blocked) groups.set(refusalWords(b), [...(groups.get(refusalWords(b)) ?? []), b.file]);
    const said = [...groups].map(([words, files]) => `${files.join(', ')} ${files.length === 1 ? 'is' : 'are'} ${words}`);
    const remedies = [...new Set(blocked.map((b) => refusalRemedy(b)).filter((r) => r !== undefined))];
    const todo = remedies.length > 0 ? ` To send ${blocked.length === 1 ? 'it' : 'them'}: ${remedies.join('; ')}.` : '';
    return new EgressRefusedError(`Not sent: ${said.join('; ')}.${todo}`, blocked);
  }

  static is(error: unknown): error is EgressRefusedError {
    return error instanceof EgressRefusedError;
  }
}

/** A file the path policy refused, why, and the ignore file's line or the glob that refused it when one did. */
export interface RefusedFile extends Refusal {
  readonly file: string;
}

/**
 * Why a file is not sent, as the user reads it after "is" (the door's refusal, the chat's note and chip); the ignore
 * file's line that refused it, or the glob, is named in place of the layer.
 */
export function refusalWords({ reason, rule, pattern, folder, settingsFile }: Refusal): string {
  switch (reason) {
    case 'patterns':
      return pattern ? `excluded by ${patternWords(pattern)}` : 'excluded by the secret-file patterns or the exclude settings';
    case 'gitignore':
      return `excluded by ${ruleWords(rule, '.gitignore')}`;
    case 'flywheelignore':
      return `excluded by ${ruleWords(rule, '.flywheelignore')}`;
    case 'untrusted':
      return `excluded by ${ruleWords(rule, '.gitignore')}, which applies because the workspace is not trusted`;
    case 'credentialFile':
      return pattern ? `a credential file (the secret-file default "${pattern.glob}"), never sent` : 'a credential file, never sent';
    case 'outsideNotOpen':
      return 'outside the workspace and not open';
    case 'gone':
      return 'moved or deleted since it was read';
    case 'notAFile':
      return 'not a file on this machine';
    case 'settingsPending':
      return `in ${folder === undefined ? 'its folder' : `the folder ${folderName(folder)}`}: its folder's settings are still being read`;
    case 'settingsUnreadable':
      return `held back: ${unreadableWords(folder, settingsFile)}`;
  }
}

/**
 * What the user can do to send a file refused for this reason, said after the reason (undefined: nothing may, by design).
 * Each names the file or setting to change; only the user's own settings can lift a default.
 */
export function refusalRemedy({ reason, rule, pattern, settingsFile }: Refusal): string | undefined {
  switch (reason) {
    case 'patterns':
      if (pattern?.from === 'workspace') return `remove "${pattern.glob}" from flywheel.guard.exclude in the workspace's settings`;
      if (pattern?.from === 'folder') return `remove "${pattern.glob}" from flywheel.guard.exclude in ${folderSettingsFile(pattern.folder)}`;
      if (pattern?.from === 'user') return `remove "${pattern.glob}" from flywheel.guard.exclude in your user settings`;
      return `re-include it with a "!" glob in flywheel.guard.exclude in your user settings${pattern ? ' (only your user settings can lift a default)' : ''}`;
    case 'gitignore':
      return `${rule ? `change ${ruleWords(rule, '')}` : 'remove it from the .gitignore that lists it'}, or turn off flywheel.guard.respectGitignore in your user settings`;
    case 'flywheelignore':
      return rule ? `change ${ruleWords(rule, '')}` : 'remove it from .flywheelignore';
    case 'untrusted':
      return 'trust the workspace (Manage Workspace Trust)';
    case 'outsideNotOpen':
      return 'open it in an editor, then ask again';
    case 'gone':
      return 'ask again from where it is now';
    case 'settingsPending':
      return 'ask again in a moment (it is then judged by its folder\'s own exclude settings and ignore files)';
    case 'settingsUnreadable':
      return `make ${settingsFile?.shown ?? "the folder's settings file"} a readable UTF-8 file and save it (Flywheel reads it again when it is written)`;
    case 'credentialFile':
    case 'notAFile':
      return undefined;
  }
}

/**
 * `the settings file app/.vscode/settings.json cannot be read (permission denied), and it may exclude files of the folder
 * app, so they wait until it can be read` — which file, why, and that the folder's files wait for it.
 */
export function unreadableWords(folder: string | undefined, file: UnreadableSettingsFile | undefined): string {
  const which = file === undefined ? "its folder's settings file" : `the settings file ${file.shown}`;
  const whose = file !== undefined && !file.file.endsWith('/.vscode/settings.json') ? 'every folder' : `the folder ${folderName(folder)}`;
  return `${which} cannot be read${file === undefined ? '' : ` (${file.why})`}, and it may exclude files of ${whose}, so they wait until it can be read`;
}

/** `the secret-file default "*.pem"`, `"build/" in the workspace's flywheel.guard.exclude`. */
function patternWords(pattern: MatchedPattern): string {
  return pattern.from === 'default' ? `the secret-file default "${pattern.glob}"` : settingGlobWords('flywheel.guard.exclude', pattern);
}

/** `"build/" in your flywheel.completion.exclude`: a settings glob named with the scope that holds it. */
export function settingGlobWords(setting: string, { glob, from, folder }: MatchedPattern): string {
  if (from === 'folder') return `"${glob}" in the ${setting} of ${folderSettingsFile(folder)}`;
  return `"${glob}" in ${from === 'user' ? 'your' : "the workspace's"} ${setting}`;
}

/** `lib/.vscode/settings.json`: a folder's own settings, by the folder's name as its files' paths start with it. */
function folderSettingsFile(folder: string | undefined): string {
  return folder === undefined ? "the folder's settings" : `${folderName(folder)}/.vscode/settings.json`;
}

/** A workspace folder by its name (its path's last segment), as its files' workspace paths start with it. */
function folderName(folder: string | undefined): string {
  return folder === undefined ? 'its folder' : folder.slice(folder.lastIndexOf('/') + 1);
}

/** `line 3 of lib/.gitignore`; the file alone when it refuses its folder whole (too large to read); `layer` without a rule. */
function ruleWords(rule: IgnoreFileLine | undefined, layer: string): string {
  if (!rule) return layer;
  return rule.line === undefined ? rule.shown : `line ${rule.line} of ${rule.shown}`;
}
