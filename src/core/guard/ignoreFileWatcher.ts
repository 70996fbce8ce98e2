// Tells when an ignore file the path policy reads was created, changed or removed while running:
// the .gitignore and .flywheelignore files from the repository root down to each workspace
// folder (above the folder, where an editor's workspace watcher does not look) and
// .git/info/exclude. Each directory is watched on its own, not recursively, so watching costs
// one handle per directory whatever the size of the repository; a directory that does not
// exist yet (.git/info before the first `git` command that makes it) is waited for in its
// nearest existing parent.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Files of these names in this directory are ignore files. */
export interface IgnoreFileLocation {
  readonly directory: string;
  readonly names: readonly string[];
}

export class IgnoreFileWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private disposed = false;

  constructor(
    private readonly locations: readonly IgnoreFileLocation[],
    /** `file`: the ignore file that changed, when the platform says which. */
    private readonly onChange: (file: string | undefined) => void,
  ) {
    this.arm();
  }

  dispose(): void {
    this.disposed = true;
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  /** Watches every location's directory, or the nearest parent of it that exists. */
  private arm(): void {
    for (const location of this.locations) {
      if (existsSync(location.directory)) {
        this.watch(location.directory, new Set(location.names));
        continue;
      }
      let missing = location.directory;
      while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
      if (dirname(missing) !== missing) this.watch(dirname(missing), new Set([basename(missing)]));
      // Made between the look and the watch: no event will tell, so watch it now.
      if (existsSync(location.directory)) this.watch(location.directory, new Set(location.names));
    }
  }

  private watch(directory: string, names: ReadonlySet<string>): void {
    const key = `${directory}\n${[...names].sort().join('\n')}`;
    if (this.watchers.has(key)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(directory, { persistent: false }, (_event, name) => {
        // Some platforms do not say which file changed: then any change may be one.
        if (name !== null && !names.has(basename(name.toString()))) return;
        if (this.disposed) return;
        this.arm(); // a directory waited for may exist now
        this.onChange(name === null ? undefined : join(directory, name.toString()));
      });
    } catch {
      return; // unreadable or gone: its rules are read (or not) as they are
    }
    watcher.on('error', () => {
      watcher.close();
      this.watchers.delete(key);
    });
    this.watchers.set(key, watcher);
  }
}
