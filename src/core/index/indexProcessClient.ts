// The extension host's side of the index's own process (indexProcess.ts): starts it as editors
// start language servers (Node's `fork` of the bundled script with the editor's own runtime:
// process.execPath, with ELECTRON_RUN_AS_NODE so that VS Code's Electron binary runs as plain
// Node; code-server runs on Node already), sends typed requests over the IPC channel and matches
// their responses, forwards progress and log events, and writes the holds (typing, a completion
// in flight) to a file the index's threads read (holdFile.ts) as they change, with a message that
// they changed. Nothing here waits on the process: a send is a write to a pipe, the file's write a
// pwrite of 32 bytes. The process gets the index's threads' heap limits and one V8 platform
// thread (threadHeaps.ts): its main thread is the index thread.
// If the process dies unasked, pending requests fail, and it is started again after a back-off
// (1 s, doubling to 60 s; back to 1 s once a process lived a minute), then `onRestart` is told
// (the index opens its database again and brings it up to date).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Disposable } from '../disposable';
import type { Logger } from '../logger';
import { HoldFile } from './holdFile';
import { IndexHold } from './indexHold';
import type { HostToProcess, IndexConnection, ProcessToHost, RequestMap, RequestName } from './indexProtocol';
import { PendingRequests } from './pendingRequests';
import { receiveIndexMessage } from './indexMessages';
import { indexProcessFlags } from './threadHeaps';

export interface IndexProcessOptions {
  /** The process's script: dist/indexProcess.js in the bundle, the .ts source under tsx. */
  readonly script: string;
  /** Node options of the process (tests run the .ts source with `--require tsx/cjs`); none by default, not the host's. */
  readonly execArgv?: readonly string[];
  readonly logger: Logger;
  readonly onProgress?: (done: number, total: number) => void;
  /** Told when a process that stopped unasked was started again (open the index again). */
  readonly onRestart?: () => void;
  /** The first back-off after a crash (ms; default 1 s). */
  readonly restartAfterMs?: number;
}

const MAX_BACKOFF_MS = 60_000;
/** A process that lived this long before it stopped starts the back-off from the beginning again. */
const STABLE_MS = 60_000;
/** After the channel closes, a process that has not ended by then is killed. */
const KILL_AFTER_MS = 5_000;

export class IndexProcessClient implements IndexConnection {
  private child: ChildProcess | undefined;
  private startedAt = 0;
  private backoffMs: number;
  private restartTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly pending = new PendingRequests(() => this.unrefIfIdle());
  /** The host's record of the holds; each change is written to the hold file (a new one for each process started). */
  private readonly holds = new IndexHold();
  private holdFile: { readonly file: HoldFile; readonly dir: string } | undefined;

  constructor(private readonly options: IndexProcessOptions) {
    this.backoffMs = options.restartAfterMs ?? 1_000;
  }

  /** The process's id while it runs (benches read its threads and memory). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  request<K extends RequestName>(name: K, args: RequestMap[K]['args'], signal?: AbortSignal): Promise<RequestMap[K]['result']> {
    if (this.disposed) return Promise.reject(new Error('the workspace index is closed'));
    if (this.restartTimer) return Promise.reject(new Error('the workspace index process stopped and is starting again'));
    return this.pending.add<K>((id) => {
      const child = this.ensureChild();
      this.send({ kind: 'request', id, name, args });
      child.ref();
      child.channel?.ref();
    }, signal);
  }

  control(action: 'pause' | 'resume' | 'cancel'): void {
    if (this.child) this.send({ kind: 'control', action });
  }

  hold(ms: number): void {
    this.holds.holdFor(ms);
    this.sendHolds();
  }

  get held(): number {
    return this.holds.remainingMs();
  }

  requestStarted(): Disposable {
    const handle = this.holds.begin();
    this.sendHolds();
    return {
      dispose: () => {
        handle.dispose();
        this.sendHolds();
      },
    };
  }

  async close(): Promise<void> {
    if (!this.child || this.disposed) return this.dispose();
    const child = this.child;
    const ended = new Promise((resolve) => child.once('exit', resolve));
    await Promise.race([this.request('close', {}).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))]);
    this.dispose();
    // dispose() kills a process that has not ended KILL_AFTER_MS after its channel closed: wait for that exit too
    // (on a loaded machine an idle-class process may get no CPU for seconds).
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS + 1_000))]);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    const child = this.child;
    this.child = undefined;
    this.pending.failAll(new Error('the workspace index is closed'));
    this.removeHoldFile();
    if (!child) return;
    // The process closes its database when its channel closes, and ends.
    if (child.connected) child.disconnect();
    const kill = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    kill.unref();
    child.once('exit', () => clearTimeout(kill));
  }

  private sendHolds(): void {
    if (!this.holdFile) return;
    this.holdFile.file.write(this.holds.state);
    if (this.child) this.send({ kind: 'hold' });
  }

  /** A new hold file for a process about to start: its path. */
  private newHoldFile(): string {
    this.removeHoldFile();
    const dir = mkdtempSync(join(tmpdir(), 'flywheel-index-'));
    const path = join(dir, 'holds');
    this.holdFile = { file: HoldFile.create(path), dir };
    return path;
  }

  /**
   * Once the process has opened the file (it says it is ready) its name goes: both sides go on
   * through what they opened, and nothing is left in the temporary folder if the editor is killed.
   */
  private unlinkHoldFile(dir = this.holdFile?.dir): void {
    if (!dir) return;
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Windows may refuse the folder while the file is open: it goes with dispose or the next process.
    }
  }

  private removeHoldFile(): void {
    const made = this.holdFile;
    this.holdFile = undefined;
    if (!made) return;
    made.file.close();
    this.unlinkHoldFile(made.dir);
  }

  private send(message: HostToProcess): void {
    // A process that just died refuses the write; its exit fails the pending requests.
    if (this.child?.connected) this.child.send(message, (error) => error && this.options.logger.debug(`Workspace index: ${error.message}`));
  }

  private ensureChild(): ChildProcess {
    if (this.child) return this.child;
    // Holds already running (a completion in flight) are in the file before the process reads it.
    const holdPath = this.newHoldFile();
    this.sendHolds();
    const child = fork(this.options.script, [holdPath], {
      execArgv: [...indexProcessFlags(), ...(this.options.execArgv ?? [])],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child = child;
    this.startedAt = Date.now();
    child.on('message', (message: ProcessToHost) => this.receive(message));
    child.on('error', (error) => this.options.logger.warn(`Workspace index process: ${error.message}`));
    child.on('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.pending.failAll(new Error(`the workspace index process stopped (${signal ?? `exit code ${code}`})`));
      if (!this.disposed) this.restartLater(code, signal);
    });
    this.unrefIfIdle();
    return child;
  }

  private restartLater(code: number | null, signal: NodeJS.Signals | null): void {
    if (Date.now() - this.startedAt >= STABLE_MS) this.backoffMs = this.options.restartAfterMs ?? 1_000;
    const wait = this.backoffMs;
    this.backoffMs = Math.min(MAX_BACKOFF_MS, this.backoffMs * 2);
    this.options.logger.warn(`Workspace index: its process stopped (${signal ?? `exit code ${code}`}); starting it again in ${Math.round(wait / 1000)} s.`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.disposed) return;
      this.options.onRestart?.();
    }, wait);
  }

  /** Only a request in flight keeps the host's event loop alive on the process's account. */
  private unrefIfIdle(): void {
    if (this.pending.size > 0 || !this.child) return;
    this.child.unref();
    this.child.channel?.unref();
  }

  private receive(message: ProcessToHost): void {
    if (message.kind === 'ready') {
      this.unlinkHoldFile();
      this.options.logger.info(message.priority);
    } else receiveIndexMessage(message, this.pending, this.options);
  }

}
