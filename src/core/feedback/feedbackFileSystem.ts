// The few file operations the feedback store needs, as an interface so tests can fail the disk.
import * as fs from 'node:fs';

export interface FeedbackFileSystem {
  mkdir(dir: string): Promise<void>;
  appendFile(path: string, data: string): Promise<void>;
  appendFileSync(path: string, data: string): void;
  mkdirSync(dir: string): void;
  readdir(dir: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; mtimeMs: number }>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<string>;
}

export const nodeFeedbackFileSystem: FeedbackFileSystem = {
  mkdir: async (dir) => void (await fs.promises.mkdir(dir, { recursive: true })),
  appendFile: (path, data) => fs.promises.appendFile(path, data, 'utf8'),
  appendFileSync: (path, data) => fs.appendFileSync(path, data, 'utf8'),
  mkdirSync: (dir) => void fs.mkdirSync(dir, { recursive: true }),
  readdir: (dir) => fs.promises.readdir(dir),
  stat: (path) => fs.promises.stat(path),
  unlink: (path) => fs.promises.unlink(path),
  readFile: (path) => fs.promises.readFile(path, 'utf8'),
};

/** Errors that mean "the disk will not take our log": full, read-only, or not ours. */
export function isDiskRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'EDQUOT';
}
