// The `flywheel` command line: `export` writes the dataset, `stats` prints the statistics,
// `refactor` prints a refactor action's proposal as a diff.
// Kept apart from the entry file so tests can run it in-process with their own streams.
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { buildDataset, datasetToJsonl, defaultExportFilter, heldForSecrets } from '../core/feedback/datasetExport';
import { readFeedbackLog } from '../core/feedback/feedbackLogReader';
import { StatisticsService } from '../core/feedback/statisticsService';
import { strictnessOf } from '../core/strictnessSetting';
import { defaultSettingsFile, readCliSettings, settingValue, type CliSettings } from './cliSettings';
import { defaultLogDir } from './defaultLogDir';
import { actionNames, runRefactorCli } from './refactorCli';
import { formatStatistics } from './statisticsTable';
import { errorMessage } from '../core/errorMessage';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
  readonly cwd: string;
  /** Aborts a running model request (Ctrl+C). */
  readonly signal?: AbortSignal;
}

export const USAGE = `Usage: flywheel <command> [options]

Commands:
  export   Write a JSONL dataset (prompt, completion, final text, outcome, retention)
           of completions whose text was logged (setting flywheel.feedback.storeText).
           Files matched by the secret-file rules and rows holding secrets are left out;
           secrets are judged at flywheel.redaction.strictness from the settings (below).
           Every workspace's rows, and rows older than workspace ids: no folder's
           .gitignore judges them here (the editor's export takes its own workspace's).
  stats    Print acceptance, partial acceptance, retention and latency tables, from the
           statistics kept beside the log (the same ones the Statistics view shows).
  refactor Run a refactor action on a file and print the proposed change as a unified
           diff (nothing is written; \`git apply\` it if you like it). Asks the model
           the editor would: flywheel.models.refactor from VS Code's settings, else the
           local Ollama ($OLLAMA_HOST).

Options:
  --dir DIR      The feedback log folder (default: VS Code's global storage for
                 flywheel.flywheel, then /feedback; or $FLYWHEEL_LOG_DIR)
  --out FILE     export: write here instead of standard output
  --redact       export: keep rows with secrets, replaced by [REDACTED:kind] markers
  --settings FILE
                 export, refactor: a settings.json to read instead of VS Code's
                 user settings
  --json         stats: print the statistics as JSON
  --rebuild      stats: read the whole log again instead of only what is new

refactor options:
  --action NAME       ${actionNames()}, or a custom action's name
  --file FILE         the file to act on (relative to --root)
  --range L1-L2       1-based lines, inclusive (default: the whole file, up to 200 lines)
  --instruction TEXT  what to change (rewrite needs it)
  --model NAME        the model, instead of the settings' (with --base-url, --provider)
  --base-url URL      its server (default: the settings' first, else $OLLAMA_HOST)
  --provider P        ollama or openai (API key from $FLYWHEEL_API_KEY)
  --root DIR          the workspace folder (default: the current folder); its
                      .gitignore and .flywheelignore say which files never go to a model
`;

interface Parsed {
  command?: string;
  flags: Set<string>;
  values: Map<string, string>;
}

const VALUE_OPTIONS = new Set(['--dir', '--out', '--action', '--file', '--range', '--instruction', '--settings', '--model', '--base-url', '--provider', '--root']);

function parse(argv: readonly string[]): Parsed | string {
  const parsed: Parsed = { flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (VALUE_OPTIONS.has(arg)) {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value`;
      parsed.values.set(arg, value);
    } else if (arg === '--json' || arg === '--redact' || arg === '--rebuild' || arg === '--help' || arg === '-h') parsed.flags.add(arg);
    else if (!arg.startsWith('-') && parsed.command === undefined) parsed.command = arg;
    else return `unknown argument ${arg}`;
  }
  return parsed;
}

export function defaultCliIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    platform: process.platform,
    home: homedir(),
    cwd: process.cwd(),
  };
}

/** Runs one command; resolves to the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo = defaultCliIo()): Promise<number> {
  const parsed = parse(argv);
  if (typeof parsed === 'string') {
    io.stderr(`flywheel: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.flags.has('--help') || parsed.flags.has('-h') || parsed.command === undefined || parsed.command === 'help') {
    io.stdout(USAGE);
    return parsed.command === undefined && !parsed.flags.size ? 2 : 0;
  }
  if (parsed.command === 'refactor') return refactor(parsed, io);
  const dir = parsed.values.get('--dir') ?? defaultLogDir({ platform: io.platform, home: io.home, env: io.env });
  if (parsed.command === 'stats') {
    const report = await new StatisticsService({ dir }).open({ rebuild: parsed.flags.has('--rebuild') });
    const skippedLines = report.corruptLines + report.invalidLines;
    if (report.files === 0) io.stderr(`flywheel: no feedback log in ${dir}\n`);
    const stats = report.statistics;
    io.stdout(parsed.flags.has('--json') ? JSON.stringify({ dir, skippedLines, ...stats }, null, 2) + '\n' : formatStatistics(stats, skippedLines));
    return 0;
  }
  if (parsed.command === 'export') {
    const settings = settingsOf(parsed, io, 'export');
    if (!settings) return 2;
    const strictness = strictnessOf(settingValue(settings, 'flywheel.redaction.strictness'));
    const log = await readFeedbackLog(dir);
    const skippedLines = log.corruptLines + log.invalidLines;
    if (log.files.length === 0) io.stderr(`flywheel: no feedback log in ${dir}\n`);
    const result = buildDataset(log.events, { secrets: parsed.flags.has('--redact') ? 'redact' : 'drop', filter: defaultExportFilter(strictness) });
    const jsonl = datasetToJsonl(result.rows);
    const out = parsed.values.get('--out');
    if (out) await writeFile(out, jsonl, 'utf8');
    else io.stdout(jsonl);
    const { noText, ignoredFile, secret } = result.skipped;
    io.stderr(
      `flywheel: exported ${result.rows.length} rows${out ? ` to ${out}` : ''}; left out ${noText} without stored text, ` +
        `${ignoredFile} from ignored files, ${heldForSecrets(secret, strictness)}` +
        `${result.redacted ? `; redacted ${result.redacted} secrets` : ''}${skippedLines ? `; skipped ${skippedLines} unreadable log lines` : ''}` +
        `${result.unjudged ? `; kept ${result.unjudged} with hashed paths, whose files were not checked` : ''}\n`,
    );
    return 0;
  }
  io.stderr(`flywheel: unknown command ${parsed.command}\n\n${USAGE}`);
  return 2;
}

async function refactor(parsed: Parsed, io: CliIo): Promise<number> {
  const action = parsed.values.get('--action');
  const file = parsed.values.get('--file');
  if (!action || !file) {
    io.stderr(`flywheel refactor: --action and --file are required\n\n${USAGE}`);
    return 2;
  }
  const settings = settingsOf(parsed, io, 'refactor');
  if (!settings) return 2;
  return runRefactorCli({
    action,
    file,
    range: parsed.values.get('--range'),
    instruction: parsed.values.get('--instruction'),
    model: parsed.values.get('--model'),
    baseUrl: parsed.values.get('--base-url'),
    provider: parsed.values.get('--provider'),
    root: parsed.values.get('--root') ?? io.cwd,
    settings,
    env: io.env,
    stdout: io.stdout,
    stderr: io.stderr,
    signal: io.signal ?? new AbortController().signal,
  });
}

/** The settings named by --settings, else VS Code's user settings; undefined (said on stderr) when they do not parse. */
function settingsOf(parsed: Parsed, io: CliIo, command: string): CliSettings | undefined {
  try {
    return readCliSettings(parsed.values.get('--settings') ?? defaultSettingsFile({ platform: io.platform, home: io.home, env: io.env }));
  } catch (error) {
    io.stderr(`flywheel ${command}: ${errorMessage(error)}\n`);
    return undefined;
  }
}
