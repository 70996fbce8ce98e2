// The workspace index on disk: one SQLite database (SQLite compiled to WebAssembly with real
// file access, so one code path on every platform and no native addon), in write-ahead-log mode
// held by this process alone (storeFile.ts: its tables, opening it, a torn one rebuilt): a commit
// appends to the log without waiting for the disk (a one-file update is not held up by fsyncs),
// a write cut short (a crash, a kill) leaves frames without a commit that the next open ignores.
// Memory stays bounded: rows live on disk, SQLite keeps a small page cache, and no table is ever
// loaded whole.
import { errorMessage } from '../errorMessage';
import { statSync } from 'node:fs';
import type { Database, Statement } from 'node-sqlite3-wasm';
import type { Logger } from '../logger';
import { symbolWords } from './indexTerms';
import { deleteDatabase, openDatabase, WAL_CHECKPOINT_PAGES, type StoreRecovery } from './storeFile';
import { releaseLock } from './storeLock';
import { nearestVectors, normalized, quantize, type StoredVector } from './vectorQuantization';
import { chunkHit, symbolHit } from './indexRows';
import type { StoredFileInfo, ChunkRow, SymbolRow, ChunkHit, SymbolHit, PendingEmbedding, StoreStats } from './indexRows';

/** The term tables (FTS5): their segments are merged by the build's commits, else by `mergeStep`. */
const TERM_TABLES = ['chunk_terms', 'symbol_words'];
/** FTS5's own default: merge once a level holds this many segments. */
const AUTOMERGE_SEGMENTS = 4;
/**
 * The term tables' pending terms are written out (with the merging that follows) once they hold
 * this much (FTS5's 'hashsize', 1 MiB by default): each write-out is one SQLite call that looks at
 * no hold, inside a chunk's insert or the commit, and at 1 MiB the longest were 30-50 ms of CPU.
 */
const PENDING_TERMS_BYTES = 256 * 1024;

/** Weights of the symbol names, path and body columns in BM25 (names say most about a chunk). */
const COLUMN_WEIGHTS = [4, 2, 1];

export class IndexStore {
  private readonly statements = new Map<string, Statement>();
  private transactionDepth = 0;

  private constructor(
    private db: Database,
    readonly path: string,
    /** Set when the database found on disk was unusable and a fresh one replaced it. */
    readonly recovered: StoreRecovery | undefined,
    private readonly logger: Logger,
  ) {}

  /** Opens (or creates) the index at `path`; a torn or outdated one is replaced by an empty one. */
  static open(path: string, logger: Logger): IndexStore {
    const { db, recovered } = openDatabase(path, logger);
    const store = new IndexStore(db, path, recovered, logger);
    store.autoMerge(false);
    for (const table of TERM_TABLES) db.run(`INSERT INTO ${table}(${table}, rank) VALUES ('hashsize', ?)`, [PENDING_TERMS_BYTES]);
    return store;
  }

  /** Removes the database and its log. */
  static delete(path: string): void {
    deleteDatabase(path);
  }

  /**
   * Runs `work` atomically in its own transaction; inside a batch already open (`begin`) it joins
   * that batch, and a failure fails the batch, which its owner rolls back whole. No savepoints:
   * FTS5 writes its pending terms out as a new segment at every savepoint, so a savepoint per
   * file made most of the write cost (tiny segments, then merging them).
   */
  transaction<T>(work: () => T): T {
    if (this.transactionDepth > 0) return work();
    this.begin();
    try {
      const result = work();
      this.commit();
      return result;
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  /** Begins a long write (a batch of files) that `commit` ends; queries in between see it. */
  begin(): void {
    if (this.transactionDepth === 0) this.db.exec('BEGIN');
    this.transactionDepth++;
  }

  /** Whether a transaction (a batch, or a write's own) is open. */
  get inTransaction(): boolean {
    return this.transactionDepth > 0;
  }

  commit(): void {
    if (this.transactionDepth === 0) return;
    this.transactionDepth--;
    if (this.transactionDepth === 0) this.db.exec('COMMIT');
  }

  /** Whether SQLite copies the log into the database by itself inside commits (off while a build copies it). */
  autoCheckpoint(on: boolean): void {
    if (this.db.isOpen) this.db.exec(`PRAGMA wal_autocheckpoint=${on ? WAL_CHECKPOINT_PAGES : 0}`);
  }

  /**
   * Whether each commit merges the term tables' segments (FTS5's automerge). A build's batches
   * do; single updates do not: a one-file update then paid for merging segments of the whole
   * index (most of its time at 10,000 files), which `mergeStep` does when the worker is idle.
   */
  autoMerge(on: boolean): void {
    if (!this.db.isOpen) return;
    for (const table of TERM_TABLES) this.db.run(`INSERT INTO ${table}(${table}, rank) VALUES ('automerge', ?)`, [on ? AUTOMERGE_SEGMENTS : 0]);
  }

  /**
   * Merges about `pages` pages of the term tables' segments (FTS5's 'merge'); false when there
   * was nothing left to merge. Each call is a short transaction of its own.
   */
  mergeStep(pages: number): boolean {
    if (this.transactionDepth > 0) return false;
    let worked = false;
    for (const table of TERM_TABLES) {
      const before = this.totalChanges();
      this.db.run(`INSERT INTO ${table}(${table}, rank) VALUES ('merge', ?)`, [pages]);
      // FTS5's documented test: two or more changes when the command merged anything.
      worked ||= this.totalChanges() - before >= 2;
    }
    return worked;
  }

  private totalChanges(): number {
    return Number(this.db.get('SELECT total_changes() AS n')?.n ?? 0);
  }

  /** The term tables, whose pending terms a commit writes out unless `flushTerms` did it before. */
  get termTables(): readonly string[] {
    return TERM_TABLES;
  }

  /** Writes one term table's pending terms out now (FTS5's 'flush', then its automerge), inside the open batch. */
  flushTerms(table: string): void {
    this.db.run(`INSERT INTO ${table}(${table}) VALUES ('flush')`);
  }

  /** Copies the log's committed pages into the database (the log is then written from its start again). */
  checkpoint(): void {
    if (this.transactionDepth > 0) return;
    try {
      this.db.exec('PRAGMA wal_checkpoint(PASSIVE)');
    } catch (error) {
      // A read still open: the next batch's copy (or SQLite's own, after the build) takes it.
      this.logger.debug(`Workspace index: the log was not copied into the database now (${errorMessage(error)})`);
    }
  }

  /** Undoes the open batch whole (every nesting level): the index is as at the last commit. */
  rollback(): void {
    this.transactionDepth = 0;
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  getMeta(key: string): string | undefined {
    const row = this.row('SELECT value FROM meta WHERE key = ?', [key]);
    return row ? String(row.value) : undefined;
  }

  setMeta(key: string, value: string): void {
    this.stmt('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run([key, value]);
  }

  /** Every indexed file with what its content was when indexed. */
  files(): Map<string, StoredFileInfo> {
    const out = new Map<string, StoredFileInfo>();
    for (const row of this.stmt('SELECT path, hash, size, mtime FROM files').iterate()) {
      out.set(String(row.path), { hash: String(row.hash), size: Number(row.size), mtimeMs: Number(row.mtime) });
    }
    return out;
  }

  fileInfo(path: string): StoredFileInfo | undefined {
    const row = this.row('SELECT hash, size, mtime FROM files WHERE path = ?', [path]);
    return row ? { hash: String(row.hash), size: Number(row.size), mtimeMs: Number(row.mtime) } : undefined;
  }

  /** Replaces everything indexed of one file (`known: false`: the caller just saw it is not indexed, nothing to remove). */
  putFile(path: string, info: StoredFileInfo, chunks: readonly ChunkRow[], symbols: readonly SymbolRow[], known = true): void {
    this.transaction(() => {
      const fileId = this.putFileRow(path, info, known);
      for (const c of chunks) this.putChunk(fileId, c);
      for (const s of symbols) this.putSymbol(fileId, s);
    });
  }

  /**
   * The first step of a file's write in parts (a pass's, inside its batch: IndexBuilder): its row,
   * replacing what was indexed of it; its chunks and symbols follow one by one (`putChunk`,
   * `putSymbol`). Returns the file's id.
   */
  putFileRow(path: string, info: StoredFileInfo, known = true): number {
    if (known) this.removeFile(path);
    // A new id above any that rows left behind (`detachFile`) still hold: a reused id would give them to this file.
    const above = (table: string, column: string) => `coalesce((SELECT max(${column}) FROM ${table}), 0)`;
    const id = `max(${above('files', 'id')}, ${above('chunks', 'file_id')}, ${above('symbols', 'file_id')}) + 1`;
    return Number(this.stmt(`INSERT INTO files(id, path, hash, size, mtime) VALUES (${id}, ?, ?, ?, ?)`).run([path, info.hash, info.size, info.mtimeMs]).lastInsertRowid);
  }

  putChunk(fileId: number, c: ChunkRow): void {
    const id = this.stmt('INSERT INTO chunks(file_id, start_line, end_line, kind, scope, header) VALUES (?, ?, ?, ?, ?, ?)').run([fileId, c.startLine, c.endLine, c.kind, c.scope, c.header]).lastInsertRowid;
    this.stmt('INSERT INTO chunk_terms(rowid, names, path, body) VALUES (?, ?, ?, ?)').run([id, c.symbolTerms, c.pathTerms, c.bodyTerms]);
  }

  putSymbol(fileId: number, s: SymbolRow): void {
    const id = this.stmt('INSERT INTO symbols(file_id, name, kind, start_line, end_line, text) VALUES (?, ?, ?, ?, ?, ?)').run([fileId, s.name, s.kind, s.startLine, s.endLine, s.text]).lastInsertRowid;
    this.stmt('INSERT INTO symbol_words(rowid, words) VALUES (?, ?)').run([id, symbolWords(s.name)]);
  }

  /** Whether the file's row written as `fileId` still stands (a write in parts that waited: an update or a remove may have replaced it). */
  hasFileRow(path: string, fileId: number): boolean {
    return Number(this.row('SELECT id FROM files WHERE path = ?', [path])?.id) === fileId;
  }

  /** The file's content is unchanged but its time or size on disk is new: nothing to re-index. */
  touchFile(path: string, info: StoredFileInfo): void {
    this.stmt('UPDATE files SET hash = ?, size = ?, mtime = ? WHERE path = ?').run([info.hash, info.size, info.mtimeMs, path]);
  }

  /**
   * Removes the file's row alone, leaving its chunks and symbols behind under its old id (no
   * search sees them: every search reaches a chunk or a symbol through its file's row), for
   * `removeSomeRows` to delete later in the same batch. Returns the old id, if it was indexed.
   */
  detachFile(path: string): number | undefined {
    const row = this.row('SELECT id FROM files WHERE path = ?', [path]);
    if (!row) return undefined;
    const id = Number(row.id);
    this.stmt('DELETE FROM files WHERE id = ?').run([id]);
    return id;
  }

  /**
   * Deletes up to `limit` of the chunks (with their terms and vectors), or else of the symbols
   * (with their words), left behind under `fileId`; false once none is left.
   */
  removeSomeRows(fileId: number, limit: number): boolean {
    return this.transaction(() => {
      const some = (table: string) => `(SELECT id FROM ${table} WHERE file_id = ? ORDER BY id LIMIT ?)`;
      const args = [fileId, limit];
      this.stmt(`DELETE FROM chunk_terms WHERE rowid IN ${some('chunks')}`).run(args);
      this.stmt(`DELETE FROM vectors WHERE chunk_id IN ${some('chunks')}`).run(args);
      if (this.stmt(`DELETE FROM chunks WHERE id IN ${some('chunks')}`).run(args).changes > 0) return true;
      this.stmt(`DELETE FROM symbol_words WHERE rowid IN ${some('symbols')}`).run(args);
      return this.stmt(`DELETE FROM symbols WHERE id IN ${some('symbols')}`).run(args).changes > 0;
    });
  }

  /** Forgets a file (deleted, renamed away, now excluded). */
  removeFile(path: string): boolean {
    const row = this.row('SELECT id FROM files WHERE path = ?', [path]);
    if (!row) return false;
    const id = Number(row.id);
    this.transaction(() => {
      this.stmt('DELETE FROM chunk_terms WHERE rowid IN (SELECT id FROM chunks WHERE file_id = ?)').run([id]);
      this.stmt('DELETE FROM vectors WHERE chunk_id IN (SELECT id FROM chunks WHERE file_id = ?)').run([id]);
      this.stmt('DELETE FROM chunks WHERE file_id = ?').run([id]);
      this.stmt('DELETE FROM symbol_words WHERE rowid IN (SELECT id FROM symbols WHERE file_id = ?)').run([id]);
      this.stmt('DELETE FROM symbols WHERE file_id = ?').run([id]);
      this.stmt('DELETE FROM files WHERE id = ?').run([id]);
    });
    return true;
  }

  /** Forgets every file under a folder (the folder was deleted or renamed away). */
  removeFolder(folder: string): number {
    const prefix = `${folder.replace(/\/+$/, '')}/`;
    const paths = this.stmt('SELECT path FROM files WHERE substr(path, 1, ?) = ?').all([prefix.length, prefix]).map((r) => String(r.path));
    this.transaction(() => {
      for (const path of paths) this.removeFile(path);
    });
    return paths.length;
  }

  /** The best chunks for an FTS5 query over names, path and body, by BM25. */
  searchChunks(match: string, limit: number): ChunkHit[] {
    const sql = `SELECT c.id, f.path, c.start_line, c.end_line, c.kind, c.scope, c.header, bm25(chunk_terms, ${COLUMN_WEIGHTS.join(', ')}) AS rank
      FROM chunk_terms JOIN chunks c ON c.id = chunk_terms.rowid JOIN files f ON f.id = c.file_id
      WHERE chunk_terms MATCH ? ORDER BY rank LIMIT ?`;
    return this.stmt(sql).all([match, limit]).map((r) => chunkHit(r, -Number(r.rank)));
  }

  /** Symbols whose name's words match an FTS5 query, by BM25 (a name made only of the question's words first). */
  searchSymbols(match: string, limit: number): SymbolHit[] {
    const sql = `SELECT s.name, s.kind, s.start_line, s.end_line, s.text, f.path, bm25(symbol_words) AS rank
      FROM symbol_words JOIN symbols s ON s.id = symbol_words.rowid JOIN files f ON f.id = s.file_id
      WHERE symbol_words MATCH ? ORDER BY rank LIMIT ?`;
    return this.stmt(sql).all([match, limit]).map((r) => symbolHit(r, -Number(r.rank)));
  }

  /** Definitions of exactly this name, anywhere in the workspace. */
  definitions(name: string, limit = 20): SymbolHit[] {
    const sql = 'SELECT s.name, s.kind, s.start_line, s.end_line, s.text, f.path FROM symbols s JOIN files f ON f.id = s.file_id WHERE s.name = ? LIMIT ?';
    return this.stmt(sql).all([name, limit]).map((r) => symbolHit(r, 1));
  }

  /** The chunk of `path` that holds `line` (the smallest, when chunks nest). */
  chunkAt(path: string, line: number): ChunkHit | undefined {
    const sql = `SELECT c.id, f.path, c.start_line, c.end_line, c.kind, c.scope, c.header FROM chunks c JOIN files f ON f.id = c.file_id
      WHERE f.path = ? AND c.start_line <= ? AND c.end_line >= ? ORDER BY c.end_line - c.start_line LIMIT 1`;
    const row = this.row(sql, [path, line, line]);
    return row ? chunkHit(row, 0) : undefined;
  }

  /** Chunks that have no vector yet (for the current embedding model), oldest first. */
  pendingEmbeddings(limit: number): PendingEmbedding[] {
    const sql = `SELECT c.id, f.path, f.hash, c.start_line, c.end_line, c.header FROM chunks c JOIN files f ON f.id = c.file_id
      LEFT JOIN vectors v ON v.chunk_id = c.id WHERE v.chunk_id IS NULL ORDER BY c.id LIMIT ?`;
    return this.stmt(sql).all([limit]).map((r) => ({
      chunkId: Number(r.id), path: String(r.path), hash: String(r.hash), startLine: Number(r.start_line), endLine: Number(r.end_line), header: String(r.header),
    }));
  }

  /** Stores unit vectors, quantized to 8 bits each (a quarter of the disk, cosine nearly unchanged). */
  putVectors(vectors: readonly { chunkId: number; vector: readonly number[] }[]): void {
    const put = this.stmt('INSERT OR REPLACE INTO vectors(chunk_id, scale, data) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM chunks WHERE id = ?)');
    this.transaction(() => {
      for (const { chunkId, vector } of vectors) {
        const { scale, data } = quantize(vector);
        put.run([chunkId, scale, data, chunkId]);
      }
    });
  }

  /** Forgets every vector (the embedding model changed: they are not comparable with the new ones). */
  clearVectors(): void {
    this.db.exec('DELETE FROM vectors');
  }

  /** The chunks nearest to a query vector by cosine, scanning the vectors row by row (memory stays flat). */
  searchVectors(query: readonly number[], limit: number): ChunkHit[] {
    const nearest = nearestVectors(this.storedVectors(), normalized(query), limit);
    const byId = this.stmt(`SELECT c.id, f.path, c.start_line, c.end_line, c.kind, c.scope, c.header FROM chunks c JOIN files f ON f.id = c.file_id WHERE c.id = ?`);
    return nearest.flatMap(({ id, score }) => {
      const row = byId.get([id]);
      return row ? [chunkHit(row, score)] : [];
    });
  }

  private *storedVectors(): Generator<StoredVector> {
    for (const r of this.stmt('SELECT chunk_id, scale, data FROM vectors').iterate()) {
      yield { chunkId: Number(r.chunk_id), scale: Number(r.scale), data: r.data as Uint8Array };
    }
  }

  stats(): StoreStats {
    const count = (table: string) => Number(this.db.get(`SELECT count(*) AS n FROM ${table}`)?.n ?? 0);
    let bytesOnDisk = 0;
    for (const file of [this.path, `${this.path}-wal`]) {
      try {
        bytesOnDisk += statSync(file).size;
      } catch {
        // not written yet
      }
    }
    return { files: count('files'), chunks: count('chunks'), symbols: count('symbols'), vectors: count('vectors'), bytesOnDisk };
  }

  close(): void {
    for (const s of this.statements.values()) if (!s.isFinalized) s.finalize();
    this.statements.clear();
    if (this.db.isOpen) {
      if (this.db.inTransaction) this.db.exec('COMMIT');
      this.db.close();
      releaseLock(this.path);
    }
  }

  /**
   * The first row, the statement run to its end: a statement left after its first row keeps a
   * read open, and a checkpoint would then fail with 'table is locked'.
   */
  private row(sql: string, values: (string | number)[]): Record<string, unknown> | undefined {
    return this.stmt(sql).all(values)[0];
  }

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }
}
