// The index database's file: its tables, how it is opened (write-ahead log held by this process
// alone, the lock a killed process left removed first: storeLock.ts), and what happens to one
// that cannot be served: a database that fails its integrity check, or was written by another
// schema, is deleted and built again, so a torn index is never served.
import { errorMessage } from '../errorMessage';
import { existsSync, rmSync } from 'node:fs';
import { Database } from 'node-sqlite3-wasm';
import type { Logger } from '../logger';
import { claimLock, lockFiles, removeStaleLock } from './storeLock';

/** Bumped whenever the tables or what goes into them change: an older index is rebuilt. */
export const INDEX_SCHEMA_VERSION = '1';

/** Why an existing database was thrown away on open (logged and shown in the status). */
export type StoreRecovery = 'torn' | 'schema';

/**
 * The log is copied into the database when the worker is idle (IndexMaintenance) and after each
 * batch of a build (`IndexStore.checkpoint`, a step of its own that a hold can come before).
 * SQLite's own copy, inside a commit, is only the bound for a worker that is never idle (4 MB; at
 * 4 MB a build's peak RSS was ~30 MB higher, which is why a build turns it off and copies it itself).
 */
export const WAL_CHECKPOINT_PAGES = 1_000;
/** The log is cut back to this size after it is copied into the database (a large batch grows it). */
const WAL_SIZE_LIMIT = 2 * 1024 * 1024;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, size INTEGER NOT NULL, mtime REAL NOT NULL);
CREATE TABLE IF NOT EXISTS chunks(id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, start_line INTEGER NOT NULL, end_line INTEGER NOT NULL, kind TEXT NOT NULL, scope TEXT NOT NULL, header TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_file ON chunks(file_id);
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_terms USING fts5(names, path, body, content='', contentless_delete=1, tokenize="porter unicode61 tokenchars '_'");
CREATE TABLE IF NOT EXISTS symbols(id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, start_line INTEGER NOT NULL, end_line INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS symbols_file ON symbols(file_id);
CREATE INDEX IF NOT EXISTS symbols_name ON symbols(name);
CREATE VIRTUAL TABLE IF NOT EXISTS symbol_words USING fts5(words, content='', contentless_delete=1, tokenize="porter unicode61 tokenchars '_'");
CREATE TABLE IF NOT EXISTS vectors(chunk_id INTEGER PRIMARY KEY, scale REAL NOT NULL, data BLOB NOT NULL);
`;

/** Opens (or creates) the database at `path`; a torn or outdated one is replaced by an empty one. */
export function openDatabase(path: string, logger: Logger): { db: Database; recovered: StoreRecovery | undefined } {
  let recovered: StoreRecovery | undefined;
  removeStaleLock(path);
  if (existsSync(path)) {
    const problem = check(path);
    if (problem) {
      recovered = problem.kind;
      logger.warn(`Workspace index: ${problem.kind === 'torn' ? `the index was damaged (${problem.detail}); rebuilding it` : 'the index was written by another version; rebuilding it'}.`);
      deleteDatabase(path);
    }
  }
  const db = new Database(path);
  // Exclusive before WAL: then SQLite keeps the log's index in its own memory, never in a shared file.
  db.exec(`PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA journal_size_limit=${WAL_SIZE_LIMIT}; PRAGMA wal_autocheckpoint=${WAL_CHECKPOINT_PAGES}; PRAGMA cache_size=-4000; PRAGMA foreign_keys=OFF;`);
  db.exec(SCHEMA);
  db.run('INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)', ['schema', INDEX_SCHEMA_VERSION]);
  claimLock(path);
  return { db, recovered };
}

/** Removes the database and its log (and the journal of an index written before the log). */
export function deleteDatabase(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`, ...lockFiles(path)]) rmSync(file, { recursive: true, force: true });
}

/** What is wrong with the database at `path`, if anything (opening it replays its log's committed writes). */
function check(path: string): { kind: StoreRecovery; detail: string } | undefined {
  let db: Database | undefined;
  try {
    db = new Database(path);
    db.exec('PRAGMA locking_mode=EXCLUSIVE');
    const ok = db.all('PRAGMA quick_check').map((r) => String(Object.values(r)[0]));
    if (ok.length !== 1 || ok[0] !== 'ok') return { kind: 'torn', detail: ok.slice(0, 3).join('; ') };
    const schema = db.get("SELECT value FROM meta WHERE key = 'schema'")?.value;
    return schema === INDEX_SCHEMA_VERSION ? undefined : { kind: 'schema', detail: String(schema) };
  } catch (error) {
    return { kind: 'torn', detail: errorMessage(error) };
  } finally {
    try {
      db?.close();
    } catch {
      // a database that cannot even close is deleted all the same
    }
  }
}
