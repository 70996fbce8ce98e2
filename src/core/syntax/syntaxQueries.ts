// The tree-sitter queries of each language, read from `<queriesDir>/<language>/<kind>.scm`
// and compiled on first use. The .scm files live in src/core/syntax/queries and are copied
// to dist/queries by esbuild.mjs; `__dirname` points at the right one in both cases.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import TreeSitter = require('web-tree-sitter'); // CommonJS build, see syntaxService.ts
import type { Language, Query } from 'web-tree-sitter';
import type { Disposable } from '../disposable';
import type { Logger } from '../logger';
import type { SyntaxLanguageName } from './languages';

/**
 * - definitions: `@definition.<kind>` (function, method, class, type, constant, field) + `@name`
 * - imports: `@import` (the statement) + `@source` (the module specifier)
 * - scopes: `@scope` on nodes whose signature frames the code inside them
 * - identifiers: `@identifier`
 */
export type QueryKind = 'definitions' | 'imports' | 'scopes' | 'identifiers';

export function defaultQueriesDir(): string {
  return join(__dirname, 'queries');
}

export class SyntaxQueries implements Disposable {
  private readonly compiled = new Map<string, Query | undefined>();

  constructor(
    private readonly dir: string,
    private readonly logger: Logger,
  ) {}

  /** The compiled query, or undefined when the language has none of that kind or it fails to compile. */
  /** `folder` names the queries' folder when it is not the grammar's own (compiled per grammar all the same). */
  get(name: SyntaxLanguageName, language: Language, kind: QueryKind, folder: SyntaxLanguageName = name): Query | undefined {
    const key = `${name}/${kind}`;
    if (this.compiled.has(key)) return this.compiled.get(key);
    let query: Query | undefined;
    const file = join(this.dir, folder, `${kind}.scm`);
    try {
      if (existsSync(file)) query = new TreeSitter.Query(language, readFileSync(file, 'utf8'));
    } catch (error) {
      this.logger.warn(`tree-sitter: query ${key}.scm does not compile: ${String(error)}`);
    }
    this.compiled.set(key, query);
    return query;
  }

  dispose(): void {
    for (const query of this.compiled.values()) query?.delete();
    this.compiled.clear();
  }
}

/**
 * Query options limiting matches to nodes that intersect [start, end) (UTF-16 offsets, like
 * node indices). web-tree-sitter 0.27 reports node indices in UTF-16 units but reads query
 * ranges as bytes of its UTF-16 text, hence the factor 2. (Its "containing" ranges match
 * nothing in this version: intersect, then filter.)
 */
export function queryRange(start: number, end: number): { startIndex: number; endIndex: number } {
  return { startIndex: start * 2, endIndex: Math.max(start + 1, end) * 2 };
}
