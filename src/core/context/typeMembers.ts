// Members of the types the code at the cursor works on: for `self.`/`this.` the enclosing
// class's bases (followed up the hierarchy across files), for a receiver the type it was
// declared or constructed with, or else a class whose name ends like the receiver's
// (`self._loop` → `AbstractEventLoop`, `transport` → `Transport`). Each as a class outline;
// a receiver that is a module alias (`events.`) gives the module's outline.
import { baseNamesOf, classOutline, moduleOutline } from './classOutline';
import type { Relevance } from './classOutline';
import type { ContextRetriever } from './contextRetriever';
import type { ContextCandidate } from './contextTypes';
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';
import { splitIdentifier } from './identifierTokens';
import type { ReceiverTypes } from './receiverTypes';
import { definitionsBefore, moduleAliases, resolveTypeName } from './typeResolution';
import type { NameScope, ResolvedType } from './typeResolution';

export interface TypeMemberInput {
  readonly types: ReceiverTypes;
  /** Names as seen from the edited document. */
  readonly scope: NameScope;
  /** Names as seen from another file (its own imports), for following base classes. */
  readonly scopeOf: (file: FileAnalysis) => Promise<NameScope>;
  /** How related a member is to the code at the cursor (kept first in long outlines). */
  readonly relevance?: Relevance;
  /** Module aliases by how often the document uses them, most first. */
  readonly modulesByUse?: readonly string[];
  readonly limit?: number;
  /** Estimated tokens of each outline. */
  readonly maxOutlineTokens?: number;
}

const SELF = new Set(['self', 'this', 'cls']);
// Receiver names that say what a value holds, not which class it is (`string` is no `QuotedString`).
const GENERIC = new Set('string str text name value data result list dict key item line args kwargs obj object type info'.split(' '));
const MAX_DEPTH = 3;
/**
 * Tokens of each outline. A receiver's type is a guess at what the next line calls: a 40-line
 * outline of a utility class took 40% of the budget for one member. Measured on the context
 * bench: about 16 lines, the members most related to the cursor first (see classOutline.ts),
 * kept definition recall and left room for similar code; counted in tokens, as a Java line
 * costs twice a Python one.
 */
const OUTLINE_TOKENS = 256;

interface ClassName {
  readonly def: CodeDefinition;
  readonly words: readonly string[];
}

const classIndex = new WeakMap<FileAnalysis, ClassName[]>();

function classesOf(file: FileAnalysis): ClassName[] {
  let list = classIndex.get(file);
  if (!list) {
    list = file.definitions
      .filter((d) => d.parent === undefined && (d.kind === 'class' || d.kind === 'type'))
      .map((def) => ({ def, words: splitIdentifier(def.name) }));
    classIndex.set(file, list);
  }
  return list;
}

/** How well a receiver's word names a class's last word: 3 the same, 2 a prefix (`fut`), 1 an abbreviation (`msg`), 0 not. */
function wordMatch(word: string, classWord: string): number {
  if (word === classWord) return 3;
  if (classWord.startsWith(word)) return 2;
  if (word[0] !== classWord[0]) return 0;
  let at = 0;
  for (const c of word) if ((at = classWord.indexOf(c, at) + 1) === 0) return 0;
  return 1;
}

/**
 * A class whose name ends in the receiver's last word (`_loop` → `AbstractEventLoop`, `msg` →
 * `Message`): the best match of that word, then the one sharing most of the receiver's words,
 * from an imported file, the most general (fewest other words: `Transport` over
 * `_SelectorSocketTransport`), public before private.
 */
function classNamedLike(receiver: string, imported: readonly FileAnalysis[], others: readonly FileAnalysis[]): ResolvedType | undefined {
  const words = splitIdentifier(receiver.slice(receiver.lastIndexOf('.') + 1));
  const last = words[words.length - 1];
  if (!last || last.length < 3 || GENERIC.has(last)) return undefined;
  let best: { hit: ResolvedType; score: number } | undefined;
  for (const [files, bonus] of [[imported, 10], [others, 0]] as const) {
    for (const file of files) {
      for (const { def, words: classWords } of classesOf(file)) {
        const tail = classWords[classWords.length - 1];
        const match = tail ? wordMatch(last, tail) : 0;
        if (match === 0) continue;
        const shared = words.filter((w) => classWords.includes(w)).length;
        const score = match * 1000 + shared * 100 + bonus - 2 * (classWords.length - shared) - (def.name.startsWith('_') ? 5 : 0);
        if (!best || score > best.score) best = { hit: { file, def }, score };
      }
    }
  }
  return best?.hit;
}

/** The type a class declares one of its members with: `_client: OpenAI` (a field), `self._waiter = Future(...)` (Python). */
function memberTypeIn(hit: ResolvedType, member: string): string | undefined {
  const { file, def } = hit;
  const index = file.definitions.indexOf(def);
  const name = member.replace(/\$/g, '\\$');
  for (const field of file.byName.get(member) ?? []) {
    if (field.parent !== index) continue;
    const line = file.lines.lines(field.startLine, field.startLine);
    const type = new RegExp(`\\b${name}\\??\\s*:\\s*([A-Za-z_$][\\w$.]*)`).exec(line)?.[1];
    if (type) return type;
  }
  const body = file.lines.text.slice(def.startIndex, def.endIndex);
  const assigned = new RegExp(`\\bself\\.${name}\\s*(?::\\s*([A-Za-z_][\\w.]*)[^=\\n]*)?=\\s*([A-Za-z_][\\w.]*)\\(`).exec(body);
  return assigned?.[1] ?? assigned?.[2];
}

/** Module aliases by how often `alias.` occurs in the text, most used first (unused ones last: the next line may be the first use). */
export function modulesByUse(modules: ReadonlyMap<string, FileAnalysis>, text: string): string[] {
  const counts: [string, number][] = [];
  for (const name of modules.keys()) {
    let count = 0;
    for (let i = text.indexOf(`${name}.`); i !== -1; i = text.indexOf(`${name}.`, i + 1)) count++;
    counts.push([name, count]);
  }
  return counts.sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

export async function typeMemberCandidates(input: TypeMemberInput): Promise<ContextCandidate[]> {
  const { types, scope } = input;
  const limit = input.limit ?? 10;
  const out: ContextCandidate[] = [];
  const seen = new Set<string>();
  const importedFiles = scope.imported.map((r) => r.file);

  // Emits a class's outline, then its bases' (ancestors right after the class), each without the
  // members its descendants' outlines show (an override is the member the code reaches).
  const emit = async (hit: ResolvedType, from: NameScope, rank: number, why: string, depth: number, shown: ReadonlySet<string> = new Set()): Promise<void> => {
    const key = `${hit.file.path}:${hit.def.startIndex}`;
    if (seen.has(key) || out.length >= limit) return;
    seen.add(key);
    let members = shown;
    if (!hit.local) {
      const maxTokens = input.maxOutlineTokens ?? OUTLINE_TOKENS;
      const outline = classOutline(hit.file, hit.def, maxTokens, input.relevance, shown);
      members = new Set([...shown, ...outline.members]);
      out.push({
        path: hit.file.path,
        text: outline.text,
        source: 'typeMembers',
        sourceScore: 1 / (1 + rank) / (1 + depth),
        startLine: outline.startLine,
        endLine: outline.endLine,
        reason: `members of ${hit.def.name} (${why})`,
        fitTo: (tokens) => classOutline(hit.file, hit.def, Math.min(tokens, maxTokens), input.relevance, shown).text,
      });
    }
    if (depth >= MAX_DEPTH) return;
    const baseScope = hit.local ? scope : await input.scopeOf(hit.file);
    for (const base of baseNamesOf(hit.file, hit.def)) {
      const resolved = resolveTypeName(base, baseScope);
      if (resolved) await emit(resolved, baseScope, rank, `base of ${hit.def.name}`, depth + 1, members);
    }
  };

  const bases = async (rank: number): Promise<void> => {
    for (const base of types.bases) {
      const hit = resolveTypeName(base, scope);
      if (hit) await emit(hit, scope, rank, 'base of the enclosing class', 0);
    }
  };

  // The enclosing class's ancestors with the scope their names resolve in, nearest first.
  let ancestorList: Promise<{ hit: ResolvedType; scope: NameScope }[]> | undefined;
  const ancestors = (): Promise<{ hit: ResolvedType; scope: NameScope }[]> =>
    (ancestorList ??= (async () => {
      const found: { hit: ResolvedType; scope: NameScope }[] = [];
      let level = types.bases.map((name) => ({ name, scope }));
      for (let depth = 0; depth <= MAX_DEPTH && level.length; depth++) {
        const next: { name: string; scope: NameScope }[] = [];
        for (const { name, scope: from } of level) {
          const hit = resolveTypeName(name, from);
          if (!hit || found.some((f) => f.hit.def === hit.def)) continue;
          const own = hit.local ? scope : await input.scopeOf(hit.file);
          found.push({ hit, scope: own });
          for (const base of baseNamesOf(hit.file, hit.def)) next.push({ name: base, scope: own });
        }
        level = next;
      }
      return found;
    })());
  // `self._client` with no type here: the type an ancestor declares it with.
  const inheritedType = async (member: string): Promise<ResolvedType | undefined> => {
    for (const { hit, scope: from } of await ancestors()) {
      const type = memberTypeIn(hit, member);
      const resolved = type && resolveTypeName(type, from);
      if (resolved) return resolved;
    }
    return undefined;
  };

  const outlined = new Set<string>();
  const module = (alias: string, rank: number): void => {
    const file = scope.modules.get(alias);
    const maxTokens = input.maxOutlineTokens ?? OUTLINE_TOKENS;
    const outline = file && !outlined.has(file.path) ? moduleOutline(file, maxTokens, input.relevance) : undefined;
    if (!file || !outline || out.length >= limit) return;
    outlined.add(file.path);
    out.push({
      path: file.path,
      text: outline.text,
      source: 'typeMembers',
      sourceScore: 1 / (1 + rank),
      startLine: outline.startLine,
      endLine: outline.endLine,
      reason: `outline of module ${alias}`,
      fitTo: (tokens) => moduleOutline(file, Math.min(tokens, maxTokens), input.relevance)?.text,
    });
  };

  let basesDone = false;
  for (const [rank, receiver] of types.receivers.entries()) {
    if (out.length >= limit) break;
    const head = receiver.split('.')[0];
    if (SELF.has(receiver)) {
      if (!basesDone) await bases(rank);
      basesDone = true;
      continue;
    }
    if (scope.modules.has(head) && head === receiver) {
      module(receiver, rank);
      continue;
    }
    const declared = types.declared.get(receiver) ?? [];
    let hit: ResolvedType | undefined;
    for (const name of declared) if ((hit = resolveTypeName(name, scope))) break;
    const member = /^(?:self|this)\.([^.]+)$/.exec(receiver)?.[1];
    if (!hit && member) hit = await inheritedType(member);
    const why = hit ? `type of ${receiver}` : '';
    // A class used directly (`_State.CREATED`, `events.AbstractEventLoop.x`), else one named like the receiver.
    hit ??= resolveTypeName(receiver, scope) ?? (receiver.includes('.') ? resolveTypeName(receiver.slice(0, receiver.lastIndexOf('.')), scope) : undefined);
    if (!hit && scope.modules.has(head)) {
      module(head, rank); // `http.client.x`: the module named first
      continue;
    }
    const guessed = hit ? undefined : classNamedLike(receiver, importedFiles, scope.fallback);
    if (hit) await emit(hit, scope, rank, why || `used as ${receiver}`, 0);
    else if (guessed) await emit(guessed, scope, rank + 1, `named like ${receiver}`, 0);
  }
  if (!basesDone) await bases(types.receivers.length);
  for (const alias of input.modulesByUse ?? []) module(alias, types.receivers.length + 1);
  // Declared but not used yet: a parameter's type names what the next line may call.
  for (const [variable, names] of types.declared) {
    if (out.length >= limit || types.receivers.includes(variable)) continue;
    for (const name of names) {
      const hit = resolveTypeName(name, scope);
      if (hit) {
        await emit(hit, scope, types.receivers.length + 1, `type of ${variable}`, 0);
        break;
      }
    }
  }
  // Untyped parameters not used yet: a class named like them (`source` → `InputSource`).
  for (const parameter of types.parameters) {
    if (out.length >= limit || types.receivers.includes(parameter) || types.declared.has(parameter) || SELF.has(parameter)) continue;
    const guessed = classNamedLike(parameter, importedFiles, scope.fallback);
    if (guessed) await emit(guessed, scope, types.receivers.length + 2, `named like parameter ${parameter}`, 0);
  }
  return out;
}

/** Text before the cursor in which module uses are counted: about what a prompt shows. */
const MODULE_USE_CHARS = 50_000;

/** Members of the types and modules the code at the cursor works on. */
export const typeMembersRetriever: ContextRetriever = {
  name: 'typeMembers',
  weight: 1.2,
  role: 'background',
  async retrieve(signal) {
    const { document: doc, offset } = signal;
    const types = signal.receiverTypes();
    if (!types) return [];
    const resolved = await signal.imports();
    const modules = moduleAliases(resolved);
    const current = signal.current();
    const scope: NameScope = {
      local: current && { file: current, definitions: (name) => definitionsBefore(current, doc.text, offset, name) },
      imported: resolved,
      modules,
      fallback: signal.openFiles(),
    };
    return typeMemberCandidates({
      types,
      scope,
      scopeOf: (file) => signal.scopeOf(file),
      relevance: signal.relevance(),
      // Modules the file uses most, even if not in the last lines: their outlines name what it may call next.
      modulesByUse: modulesByUse(modules, doc.text.slice(Math.max(0, offset - MODULE_USE_CHARS), offset)),
    });
  },
};
