// A settings file's text, or why it cannot be read — said to the user in plain words, since a file that cannot be read
// holds its folder's files back until it can (folderSettingsArrival.ts). Read strictly: bytes that are not UTF-8 make
// the file unreadable rather than read with replacement characters, as VS Code reads it, because a glob holding one
// would exclude nothing the user meant; a pipe or a device where the file should be is refused before it is read, as a
// read of it at the window's start would stop the extension host.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/** A settings file that exists but cannot be read; `message` says why, after "cannot be read". */
export class SettingsFileUnreadable extends Error {
  override readonly name = 'SettingsFileUnreadable';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's bytes as text (a byte-order mark dropped); throws `SettingsFileUnreadable` when they are not UTF-8. */
export function settingsFileText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const text = new TextDecoder().decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new SettingsFileUnreadable(`it is not UTF-8: line ${line} holds bytes of another encoding`);
  }
}

/**
 * The settings file at `path`, read at once (a file present at the window's start); undefined only when there is none
 * (`ENOENT`, or a file where a folder of its path should be). Throws on any other failure.
 */
export function readSettingsFileSync(path: string): string | undefined {
  let fd: number;
  try {
    // (Non-blocking: opening a pipe would otherwise wait for a writer.)
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new SettingsFileUnreadable('a folder stands where the file should be');
    if (!stat.isFile()) throw new SettingsFileUnreadable('it is not a regular file');
    return settingsFileText(readFileSync(fd));
  } finally {
    closeSync(fd);
  }
}

/** Why a settings file could not be read, as the user reads it after "cannot be read (…)". */
export function unreadableWhy(error: unknown): string {
  if (error instanceof SettingsFileUnreadable) return error.message;
  const code = (error as { code?: unknown } | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'NoPermissions':
      return 'permission denied';
    case 'EISDIR':
    case 'FileIsADirectory':
      return 'a folder stands where the file should be';
    case 'ELOOP':
      return 'its symbolic links loop';
    case 'Unavailable':
      return 'its file system is unavailable';
  }
  return error instanceof Error ? error.message : String(error);
}
