// `flywheel refactor`: runs a refactor action on a file with the same flow as the editor and
// prints the proposal as a unified diff. Nothing is written: apply it with `git apply` or
// `patch -p1` if you like it. The model comes from the editor's settings (flywheel.models.refactor,
// else the local Ollama, as in the editor) unless --model / --base-url say otherwise.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTwoFilesPatch } from 'diff';
import { PathPolicy } from '../core/guard/pathPolicy';
import { PromptGuard } from '../core/guard/promptGuard';
import { strictnessOf } from '../core/strictnessSetting';
import type { Logger } from '../core/logger';
import { readTimeouts } from '../core/models/endpointSettings';
import { describeEntryProblems, parseModelEntries, unusableRoleMessage } from '../core/models/modelEntries';
import { ModelGateway } from '../core/models/modelGateway';
import type { GatewayEndpoint } from '../core/models/modelGatewayConfig';
import { describeLocalChoices, discoverOllama, localModels } from '../core/models/ollamaDiscovery';
import { PromptDoor } from '../core/promptDoor';
import { parseCustomActions } from '../core/refactor/customActions';
import { BUILT_IN_ACTIONS, type RefactorAction } from '../core/refactor/refactorActions';
import { runRefactor, type RefactorHost } from '../core/refactor/refactorFlow';
import { testHintFor } from '../core/refactor/testDestination';
import { chooseTestFile } from '../core/refactor/testFileConvention';
import { languageIdForPath } from '../core/syntax/languages';
import { SyntaxService } from '../core/syntax/syntaxService';
import { settingValue, type CliSettings } from './cliSettings';
import { errorMessage } from '../core/errorMessage';
import { EXCLUDED_FOLDERS } from '../core/excludedFolders';

export interface RefactorCliOptions {
  readonly action: string;
  readonly file: string;
  /** "L1-L2" (1-based, inclusive) or "L"; without it, the whole file (up to 200 lines). */
  readonly range?: string;
  readonly instruction?: string;
  readonly model?: string;
  readonly baseUrl?: string;
  readonly provider?: string;
  /** The workspace folder: paths in the prompt and the diff are relative to it (default: cwd). */
  readonly root: string;
  readonly settings: CliSettings;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly signal: AbortSignal;
}

/** The names `--action` takes besides the catalogue ids and the editor commands' names. */
const ALIASES: Readonly<Record<string, string>> = { addDocs: 'document', addDocumentation: 'document', generateTests: 'tests', rewriteWithInstruction: 'rewrite' };

export function findAction(name: string, custom: readonly RefactorAction[]): RefactorAction | undefined {
  const id = ALIASES[name] ?? name;
  return BUILT_IN_ACTIONS.find((a) => a.id === id) ?? custom.find((a) => a.title === name || a.id === name || a.id === `custom:${name}`);
}

export function actionNames(): string {
  const aliasesOf = (id: string): string[] => Object.keys(ALIASES).filter((alias) => ALIASES[alias] === id).slice(0, 1);
  return BUILT_IN_ACTIONS.filter((a) => a.output !== 'explanation').map((a) => [a.id, ...aliasesOf(a.id)].join('|')).join(', ');
}

/** Offsets of lines L1..L2 (1-based, inclusive) in `text`, without the last line break. */
export function lineRange(text: string, range: string): { start: number; end: number } | string {
  const match = /^(\d+)(?:-(\d+))?$/.exec(range.trim());
  const lines = text.split('\n');
  if (!match) return `--range ${range}: expected L1-L2, e.g. 3-12`;
  const first = Number(match[1]);
  const last = Number(match[2] ?? match[1]);
  if (first < 1 || last < first || last > lines.length) return `--range ${range}: the file has lines 1-${lines.length}`;
  const start = lines.slice(0, first - 1).reduce((n, l) => n + l.length + 1, 0);
  const end = lines.slice(0, last).reduce((n, l) => n + l.length + 1, 0) - 1;
  return { start, end };
}

export async function runRefactorCli(o: RefactorCliOptions): Promise<number> {
  const fail = (message: string, code = 2): number => {
    o.stderr(`flywheel refactor: ${message}\n`);
    return code;
  };
  const { actions: custom, problems: badActions } = parseCustomActions(settingValue(o.settings, 'flywheel.refactor.customActions'));
  for (const problem of badActions) o.stderr(`flywheel refactor: skipped ${problem}\n`);
  const action = findAction(o.action, custom);
  if (!action) return fail(`unknown action ${o.action}; one of: ${actionNames()}${custom.length ? `, or a custom action: ${custom.map((a) => a.title).join(', ')}` : ''}`);
  if (action.output === 'explanation') return fail('explain answers in the chat, not as a diff; pick an action that edits');
  if (action.asksForInstruction && !o.instruction?.trim()) return fail(`${action.id} needs --instruction "what to change"`);

  const absolute = resolve(o.root, o.file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8').replace(/\r\n/g, '\n');
  } catch (error) {
    return fail(`cannot read ${o.file}: ${errorMessage(error)}`);
  }
  const selection = o.range ? lineRange(text, o.range) : { start: 0, end: 0 };
  if (typeof selection === 'string') return fail(selection);
  const path = relative(o.root, absolute).split(sep).join('/');

  const logger = stderrLogger(o.stderr);
  const guard = guardFor(o.root, o.settings);
  // An entry the editor would refuse is refused here too and said, never quietly skipped; with
  // no usable entry the run fails with that message instead of falling back to local Ollama.
  const { problems } = parseModelEntries('refactor', settingValue(o.settings, 'flywheel.models.refactor'));
  if (problems.length > 0) logger.warn(describeEntryProblems(problems));
  const endpoints = endpointsFor(o);
  const invalid = endpoints.length === 0 && problems.some((p) => p.unusable) ? { refactor: unusableRoleMessage('refactor', problems) } : {};
  const gateway = new ModelGateway(
    {
      roles: { completion: [], chat: [], refactor: endpoints },
      invalidSettings: invalid,
      timeouts: readTimeouts(objectSetting(o.settings, 'flywheel.models.timeouts')),
      keepAlive: stringSetting(o.settings, 'flywheel.models.keepAlive'),
      localOnly: settingValue(o.settings, 'flywheel.models.localOnly') === true,
    },
    {
      logger,
      discoverLocal: async (signal) => {
        const found = await discoverOllama({ env: o.env, signal });
        logger.info(describeLocalChoices(found));
        return localModels(found);
      },
    },
  );
  const door = new PromptDoor(gateway, () => guard);
  const syntax = await SyntaxService.create({ logger }).catch(() => undefined);
  try {
    const outcome = await runRefactor(
      {
        action,
        document: { uri: pathToFileURL(absolute).toString(), languageId: languageIdForPath(absolute), text, version: 1, path },
        selection,
        instruction: o.instruction,
      },
      { model: { stream: door.send }, syntax },
      cliHost(o.root, path, languageIdForPath(absolute), (file) => guard.mayInclude(file)),
      {},
      o.signal,
    );
    switch (outcome.kind) {
      case 'noTarget':
        return fail('nothing to act on: give --range, or a file of at most 200 lines');
      case 'noCode':
        o.stderr(`flywheel refactor: the model replied without any code. Its reply:\n${outcome.reply.reply}\n`);
        return 1;
      case 'noChange':
        o.stderr('flywheel refactor: the model proposed no change.\n');
        return 0;
      case 'proposed': {
        const { proposal, reply } = outcome;
        const target = proposal.target;
        const from = target.kind === 'document' ? `a/${target.label}` : '/dev/null';
        const to = target.kind === 'untitled' ? 'b/untitled' : `b/${target.label}`;
        o.stdout(createTwoFilesPatch(from, to, proposal.base, proposal.proposed, undefined, undefined, { context: 3 }).replace(/^=+\n/, ''));
        for (const warning of reply.warnings) o.stderr(`flywheel refactor: ${warning}\n`);
        return 0;
      }
      default:
        // Explanations and instruction prompts were refused before the flow ran.
        return fail(`${action.id} cannot run from the command line`);
    }
  } catch (error) {
    if (o.signal.aborted) return fail('cancelled', 130);
    return fail(errorMessage(error), 1);
  } finally {
    syntax?.dispose();
    gateway.dispose();
  }
}

/** --model / --base-url override the settings; API keys come from FLYWHEEL_API_KEY for OpenAI-compatible servers. */
function endpointsFor(o: RefactorCliOptions): GatewayEndpoint[] {
  const configured = parseModelEntries('refactor', settingValue(o.settings, 'flywheel.models.refactor')).endpoints;
  const apiKey = o.env.FLYWHEEL_API_KEY;
  const withKey = (e: GatewayEndpoint): GatewayEndpoint => (e.provider === 'openai' && apiKey && !e.apiKey ? { ...e, apiKey } : e);
  if (!o.model && !o.baseUrl) return configured.map(withKey);
  const provider = o.provider === 'openai' ? 'openai' : o.provider === 'ollama' ? 'ollama' : (configured[0]?.provider ?? 'ollama');
  const baseUrl = (o.baseUrl ?? configured[0]?.baseUrl ?? o.env.OLLAMA_HOST ?? 'http://127.0.0.1:11434').replace(/\/+$/, '');
  const model = o.model ?? configured[0]?.model;
  if (!model) throw new Error('--base-url needs --model too');
  return [withKey({ provider, baseUrl, model })];
}

/** The same rules as the editor: ignored and secret files never go into a prompt. */
function guardFor(root: string, settings: CliSettings): PromptGuard {
  const exclude = arraySetting(settings, 'flywheel.guard.exclude').filter((g): g is string => typeof g === 'string');
  const policy = new PathPolicy({ roots: [root], userGlobs: exclude, respectGitignore: settingValue(settings, 'flywheel.guard.respectGitignore') !== false });
  return new PromptGuard({ policy, redactSecrets: settingValue(settings, 'flywheel.guard.redactSecrets') !== false, strictness: strictnessOf(settingValue(settings, 'flywheel.redaction.strictness')) });
}

/** Generate Tests follows the project's test convention, read from the files under the root; it quotes only a test file `mayInclude` allows. */
function cliHost(root: string, sourcePath: string, languageId: string, mayInclude: (path: string) => boolean): RefactorHost {
  return {
    testDestination: async () => {
      const choice = chooseTestFile(sourcePath, languageId, listFiles(root, 20_000), mayInclude);
      if (!choice) return { kind: 'untitled' };
      const absolute = join(root, ...choice.path.split('/'));
      const exampleHead = choice.example ? readHead(join(root, ...choice.example.split('/')), 1200) : undefined;
      const hint = { testHint: testHintFor(choice, exampleHead), ...(exampleHead && { examplePath: choice.example }) };
      const uri = pathToFileURL(absolute).toString();
      return choice.exists
        ? { kind: 'document', uri, version: 1, path: choice.path, text: readHead(absolute, Infinity) ?? '', ...hint }
        : { kind: 'newFile', uri, path: choice.path, ...hint };
    },
  };
}

const SKIPPED_DIRS = new Set(EXCLUDED_FOLDERS);

/** Workspace-relative paths of the files under `root`, breadth first, at most `limit`. */
function listFiles(root: string, limit: number): string[] {
  const files: string[] = [];
  const queue = [''];
  while (queue.length > 0 && files.length < limit) {
    const dir = queue.shift()!;
    let entries: string[];
    try {
      entries = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const name of entries) {
      const rel = dir ? `${dir}/${name}` : name;
      try {
        if (statSync(join(root, rel)).isDirectory()) {
          if (!SKIPPED_DIRS.has(name)) queue.push(rel);
        } else files.push(rel);
      } catch {
        // A file removed while listing, or a broken link: not a test file.
      }
    }
  }
  return files;
}

function readHead(file: string, chars: number): string | undefined {
  try {
    return readFileSync(file, 'utf8').slice(0, chars).replace(/\r\n/g, '\n');
  } catch {
    return undefined;
  }
}

function stderrLogger(stderr: (text: string) => void): Logger {
  return { trace() {}, debug() {}, info() {}, warn: (m) => stderr(`flywheel refactor: ${m}\n`), error: (m) => stderr(`flywheel refactor: ${errorMessage(m)}\n`) };
}

function arraySetting(settings: CliSettings, name: string): unknown[] {
  const value = settingValue(settings, name);
  return Array.isArray(value) ? value : [];
}

function objectSetting(settings: CliSettings, name: string): Record<string, unknown> {
  const value = settingValue(settings, name);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringSetting(settings: CliSettings, name: string): string | undefined {
  const value = settingValue(settings, name);
  return typeof value === 'string' ? value : undefined;
}
