// Starts code-server (the real VS Code workbench + a Node extension host) on 127.0.0.1 with a
// fresh user-data dir, extensions dir and workspace folder, and always kills it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { Bridge } from './bridge';
import { findInstallation, repoRoot } from './installation';
import { PhaseClock } from './phaseClock';
import { killOnExit } from './processCleanup';
import { installVsixInto } from './vsixTemplate';

export interface CodeServerOptions {
  /** A packaged extension to install (e.g. from `packageFlywheelVsix()`). */
  readonly extensionVsix?: string;
  /** An unpacked extension folder (package.json + its code) to install. */
  readonly extensionDir?: string;
  /** User settings, merged over `defaultE2eSettings`. */
  readonly settings?: Record<string, unknown>;
  /**
   * Remote (machine) settings, `<user-data-dir>/Machine/settings.json`. code-server's workbench
   * is a remote window: settings with scope `machine` / `machine-overridable` (e.g.
   * flywheel.models.*) are read only from here, never from the user settings.
   */
  readonly machineSettings?: Record<string, unknown>;
  /** Extra code-server command-line arguments, e.g. ['--log', 'debug'] (code-server takes a level only). */
  readonly args?: readonly string[];
  /** Files to create in the workspace folder: relative path -> content (bytes for a file that is not UTF-8). */
  readonly workspaceFiles?: Record<string, string | Uint8Array>;
  /**
   * A multi-root workspace instead: folder name -> its files. The folders are created side by
   * side and opened through a .code-workspace file, in this order.
   */
  readonly workspaceFolders?: Record<string, Record<string, string | Uint8Array>>;
  /** With `workspaceFolders`: the workspace's own settings (the .code-workspace file's `settings`, its Workspace tab). */
  readonly workspaceSettings?: Record<string, unknown>;
  /** Extra environment for code-server and the extension host. */
  readonly env?: Record<string, string>;
}

export interface CodeServer {
  /** The workbench URL, with the workspace folder open. */
  readonly url: string;
  readonly workspaceDir: string;
  readonly userDataDir: string;
  /** code-server's own stdout/stderr. */
  readonly logFile: string;
  /** Runs code in the extension host (see bridge.ts). */
  readonly bridge: Bridge;
  /** How long each step of the start took, in ms ('extensions installed', 'code-server listening'). */
  readonly startup: PhaseClock;
  readWorkspaceFile(relativePath: string): string;
  /**
   * The VS Code logs whose path contains `pathPart`, concatenated: output channels are files
   * there, e.g. 'flywheel.flywheel/Flywheel.log'; the extension host's is 'remoteexthost.log'.
   */
  readLog(pathPart: string): string;
  /**
   * Kills code-server and its extension host, removes the temp dirs; first copies the logs
   * into `keepLogsIn` when given. Safe to call twice.
   */
  stop(options?: { keepLogsIn?: string }): Promise<void>;
}

/** Settings that keep the workbench quiet (no tips, updates, telemetry, trust prompt); the editor keeps its defaults. */
export const defaultE2eSettings: Readonly<Record<string, unknown>> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  // The value VS Code migrates `false` to: otherwise it rewrites the settings file during the test.
  'extensions.autoUpdate': 'off',
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  // Nothing else of the editor's behaviour is changed: quick suggestions, suggestions on trigger
  // characters, word-based suggestions, auto-closing brackets and quotes, format on type stay as
  // VS Code ships them, as a user has them. A test that needs one changed sets it and says why.
  'editor.minimap.enabled': false,
};

const bridgeExtensionDir = join(repoRoot, 'test', 'e2e', 'fixtures', 'e2e-bridge');

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const startup = new PhaseClock();
  const install = findInstallation();
  const root = mkdtempSync(join(tmpdir(), 'flywheel-e2e-'));
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  const workspaceDir = join(root, 'workspace');
  const logFile = join(root, 'code-server.log');
  const bridgeFile = join(root, 'bridge.json');
  const logsDir = join(userDataDir, 'logs');
  for (const dir of [join(userDataDir, 'User'), join(userDataDir, 'Machine'), extensionsDir, workspaceDir]) mkdirSync(dir, { recursive: true });

  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...defaultE2eSettings, ...options.settings }, null, 2));
  if (options.machineSettings) writeFileSync(join(userDataDir, 'Machine', 'settings.json'), JSON.stringify(options.machineSettings, null, 2));
  for (const [relativePath, content] of Object.entries(options.workspaceFiles ?? {})) {
    const file = join(workspaceDir, relativePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  let workspaceFile: string | undefined;
  if (options.workspaceFolders) {
    const folders = Object.entries(options.workspaceFolders).map(([name, files]) => {
      const folder = join(workspaceDir, name);
      mkdirSync(folder, { recursive: true });
      for (const [relativePath, content] of Object.entries(files)) {
        const file = join(folder, relativePath);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
      return { path: folder };
    });
    workspaceFile = join(root, 'flywheel-e2e.code-workspace');
    writeFileSync(workspaceFile, JSON.stringify({ folders, ...(options.workspaceSettings && { settings: options.workspaceSettings }) }, null, 2));
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    FLYWHEEL_E2E_BRIDGE_FILE: bridgeFile,
    // Keep code-server's config.yaml and state out of $HOME.
    XDG_CONFIG_HOME: join(root, 'xdg-config'),
    XDG_DATA_HOME: join(root, 'xdg-data'),
    // No extension gallery: nothing to reach on a closed network.
    EXTENSIONS_GALLERY: '{}',
  };
  const entry = join(install.codeServerDir, 'out', 'node', 'entry.js');
  const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--config', join(root, 'config.yaml')];

  installUnpacked(bridgeExtensionDir, extensionsDir);
  if (options.extensionDir) installUnpacked(options.extensionDir, extensionsDir);
  if (options.extensionVsix) installVsixInto(options.extensionVsix, extensionsDir, userDataDir);
  startup.mark('extensions installed');

  const log = openSync(logFile, 'a');
  const child = spawn(install.node24, [
    entry, ...common,
    '--auth', 'none', '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
    ...(options.args ?? []),
    workspaceFile ?? workspaceDir,
  ], { env, stdio: ['ignore', log, log], detached: true });
  closeSync(log);
  // detached: its own process group, so stop() also kills the extension host and helpers.
  const forget = killOnExit(child, root);

  let stopped = false;
  async function stop(stopOptions: { keepLogsIn?: string } = {}): Promise<void> {
    if (stopped) return;
    stopped = true;
    await killGroup(child);
    forget();
    if (stopOptions.keepLogsIn) {
      const keep = stopOptions.keepLogsIn;
      rmSync(keep, { recursive: true, force: true });
      if (existsSync(logsDir)) cpSync(logsDir, keep, { recursive: true });
      cpSync(logFile, join(keep, 'code-server.log'));
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  }

  try {
    const origin = await waitForListening(child, logFile, 30_000);
    startup.mark('code-server listening');
    const bridge = new Bridge(bridgeFile);
    return {
      url: workspaceFile ? `${origin}/?workspace=${encodeURIComponent(workspaceFile)}` : `${origin}/?folder=${encodeURIComponent(workspaceDir)}`,
      workspaceDir,
      userDataDir,
      logFile,
      bridge,
      startup,
      readWorkspaceFile: (relativePath) => readFileSync(join(workspaceDir, relativePath), 'utf8'),
      readLog: (pathPart) => listFiles(logsDir).filter((f) => f.includes(pathPart)).map((f) => readFileSync(f, 'utf8')).join(''),
      stop,
    };
  } catch (err) {
    const tail = readFileSync(logFile, 'utf8').slice(-4000);
    await stop();
    throw new Error(`${(err as Error).message}\n--- code-server log ---\n${tail}`);
  }
}

/** Installs an extension folder the way VS Code lays one out: EXTDIR/<publisher>.<name>-<version>. */
function installUnpacked(sourceDir: string, extensionsDir: string): void {
  const manifest = JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const target = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  cpSync(sourceDir, target, { recursive: true, filter: (src) => !src.includes('node_modules') });
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function waitForListening(child: ChildProcess, logFile: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode})`);
    const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(logFile, 'utf8'));
    if (match) return match[1];
    await delay(100);
  }
  throw new Error('code-server did not start listening in time');
}

async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const pid = child.pid;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(pid, 'SIGTERM');
    const escalate = setTimeout(() => signalGroup(pid, 'SIGKILL'), 3000);
    await Promise.race([exited, delay(6000)]);
    clearTimeout(escalate);
  }
  // The extension host and its helpers may outlive code-server itself.
  signalGroup(pid, 'SIGKILL');
}

export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
