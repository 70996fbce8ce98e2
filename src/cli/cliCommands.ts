// The `flywheel` command line: `export` writes the dataset, `stats` prints the statistics.
// Kept apart from the entry file so tests can run it in-process with their own streams.
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { buildDataset, datasetToJsonl } from '../core/feedback/datasetExport';
import { readFeedbackLog } from '../core/feedback/feedbackLogReader';
import { StatisticsService } from '../core/feedback/statisticsService';
import { defaultLogDir } from './defaultLogDir';
import { formatStatistics } from './statisticsTable';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
}

export const USAGE = `Usage: flywheel <command> [options]

Commands:
  export   Write a JSONL dataset (prompt, completion, final text, outcome, retention)
           of completions whose text was logged (setting flywheel.feedback.storeText).
           Files matched by the secret-file rules and rows holding secrets are left out.
  stats    Print acceptance, partial acceptance, retention and latency tables, from the
           statistics kept beside the log (the same ones the Statistics view shows).

Options:
  --dir DIR      The feedback log folder (default: VS Code's global storage for
                 flywheel.flywheel, then /feedback; or $FLYWHEEL_LOG_DIR)
  --out FILE     export: write here instead of standard output
  --redact       export: keep rows with secrets, replaced by [REDACTED:kind] markers
  --json         stats: print the statistics as JSON
  --rebuild      stats: read the whole log again instead of only what is new
`;

interface Parsed {
  command?: string;
  flags: Set<string>;
  values: Map<string, string>;
}

function parse(argv: readonly string[]): Parsed | string {
  const parsed: Parsed = { flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dir' || arg === '--out') {
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
    const log = await readFeedbackLog(dir);
    const skippedLines = log.corruptLines + log.invalidLines;
    if (log.files.length === 0) io.stderr(`flywheel: no feedback log in ${dir}\n`);
    const result = buildDataset(log.events, { secrets: parsed.flags.has('--redact') ? 'redact' : 'drop' });
    const jsonl = datasetToJsonl(result.rows);
    const out = parsed.values.get('--out');
    if (out) await writeFile(out, jsonl, 'utf8');
    else io.stdout(jsonl);
    const { noText, ignoredFile, secret } = result.skipped;
    io.stderr(
      `flywheel: exported ${result.rows.length} rows${out ? ` to ${out}` : ''}; left out ${noText} without stored text, ` +
        `${ignoredFile} from ignored files, ${secret} holding secrets` +
        `${result.redacted ? `; redacted ${result.redacted} secrets` : ''}${skippedLines ? `; skipped ${skippedLines} unreadable log lines` : ''}\n`,
    );
    return 0;
  }
  io.stderr(`flywheel: unknown command ${parsed.command}\n\n${USAGE}`);
  return 2;
}
