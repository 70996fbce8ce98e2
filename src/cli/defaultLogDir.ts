// Where the extension keeps its feedback log, seen from a terminal: VS Code's global storage for
// the extension id `flywheel.flywheel`, then the `feedback` folder the store writes to.
//   Linux    $XDG_CONFIG_HOME (or ~/.config)/Code/User/globalStorage/flywheel.flywheel/feedback
//   macOS    ~/Library/Application Support/Code/User/globalStorage/flywheel.flywheel/feedback
//   Windows  %APPDATA%\Code\User\globalStorage\flywheel.flywheel\feedback
// Insiders, VSCodium and code-server are tried too; FLYWHEEL_LOG_DIR overrides all of them.
import { existsSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { FEEDBACK_DIR_NAME } from '../core/feedback/feedbackStore';

export const EXTENSION_STORAGE_ID = 'flywheel.flywheel';
const PRODUCTS = ['Code', 'Code - Insiders', 'VSCodium'];

export interface LogDirEnvironment {
  readonly platform: NodeJS.Platform;
  readonly home: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exists?: (path: string) => boolean;
}

/** Candidate user-data folders, most likely first. */
export function userDataDirs(e: LogDirEnvironment): string[] {
  const { join } = e.platform === 'win32' ? win32 : posix;
  let base: string;
  if (e.platform === 'win32') base = e.env.APPDATA ?? join(e.home, 'AppData', 'Roaming');
  else if (e.platform === 'darwin') base = join(e.home, 'Library', 'Application Support');
  else base = e.env.XDG_CONFIG_HOME || join(e.home, '.config');
  const dirs = PRODUCTS.map((product) => join(base, product));
  if (e.platform !== 'win32') dirs.push(join(e.env.XDG_DATA_HOME || join(e.home, '.local', 'share'), 'code-server'));
  return dirs;
}

export function defaultLogDir(e: LogDirEnvironment): string {
  if (e.env.FLYWHEEL_LOG_DIR) return e.env.FLYWHEEL_LOG_DIR;
  const { join } = e.platform === 'win32' ? win32 : posix;
  const exists = e.exists ?? existsSync;
  const candidates = userDataDirs(e).map((dir) => join(dir, 'User', 'globalStorage', EXTENSION_STORAGE_ID, FEEDBACK_DIR_NAME));
  return candidates.find((dir) => exists(dir)) ?? candidates[0];
}
