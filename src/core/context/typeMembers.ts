// Members of the types the code at the cursor works on: for `self.`/`this.` the enclosing
// class's bases (followed up the hierarchy across files), for a receiver the type it was
// declared or constructed with, or else a class whose name ends like the receiver's
// (`self._loop` → `AbstractEventLoop`, `transport` → `Transport`). Each as a class outline.
import { baseNamesOf, classOutline } from './classOutline';
import type { ContextCandidate } from './contextTypes';
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';
import { splitIdentifier } from './identifierTokens';
import type { ReceiverTypes } from './receiverTypes';
import { resolveTypeName } from './typeResolution';
import type { NameScope, ResolvedType } from './typeResolution';

export interface TypeMemberInput {
  readonly types: ReceiverTypes;
  /** Names as seen from the edited document. */
  readonly scope: NameScope;
  /** Names as seen from another file (its own imports), for following base classes. */
  readonly scopeOf: (file: FileAnalysis) => Promise<NameScope>;
  /** Whether the prompt already shows a name (such members are left out of long outlines first). */
  readonly named: (name: string) => boolean;
  readonly limit?: number;
  readonly maxOutlineLines?: number;
}

const SELF = new Set(['self', 'this', 'cls']);
// Receiver names that say what a value holds, not which class it is (`string` is no `QuotedString`).
const GENERIC = new Set('string str text name value data result list dict key item line args kwargs obj object type info'.split(' '));
const MAX_DEPTH = 3;

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

/** A class whose name ends in the receiver's last word (`_loop` → `AbstractEventLoop`); the one with the most members wins. */
function classNamedLike(receiver: string, files: readonly FileAnalysis[]): ResolvedType | undefined {
  const words = splitIdentifier(receiver.slice(receiver.lastIndexOf('.') + 1));
  const last = words[words.length - 1];
  if (!last || last.length < 3 || GENERIC.has(last)) return undefined;
  let best: { hit: ResolvedType; score: number } | undefined;
  for (const file of files) {
    for (const { def, words: classWords } of classesOf(file)) {
      const tail = classWords[classWords.length - 1];
      if (!tail || !(tail === last || (last.length >= 3 && tail.startsWith(last)))) continue;
      // More of the receiver's words in the class name, then more members.
      const shared = words.filter((w) => classWords.includes(w)).length;
      const members = file.definitions.length; // a cheap proxy, only to break ties
      const score = shared * 1e6 + Math.min(members, 1e5);
      if (!best || score > best.score) best = { hit: { file, def }, score };
    }
  }
  return best?.hit;
}

export async function typeMemberCandidates(input: TypeMemberInput): Promise<ContextCandidate[]> {
  const { types, scope } = input;
  const limit = input.limit ?? 8;
  const out: ContextCandidate[] = [];
  const seen = new Set<string>();
  const searchFiles = [...scope.imported.map((r) => r.file), ...scope.fallback];

  // Emits a class's outline, then its bases' (ancestors right after the class).
  const emit = async (hit: ResolvedType, from: NameScope, rank: number, why: string, depth: number): Promise<void> => {
    const key = `${hit.file.path}:${hit.def.startIndex}`;
    if (seen.has(key) || out.length >= limit) return;
    seen.add(key);
    if (!hit.local) {
      const outline = classOutline(hit.file, hit.def, input.maxOutlineLines ?? 40, input.named);
      out.push({
        path: hit.file.path,
        text: outline.text,
        source: 'typeMembers',
        sourceScore: 1 / (1 + rank) / (1 + depth),
        startLine: outline.startLine,
        endLine: outline.endLine,
        reason: `members of ${hit.def.name} (${why})`,
      });
    }
    if (depth >= MAX_DEPTH) return;
    const baseScope = hit.local ? scope : await input.scopeOf(hit.file);
    for (const base of baseNamesOf(hit.file, hit.def)) {
      const resolved = resolveTypeName(base, baseScope);
      if (resolved) await emit(resolved, baseScope, rank, `base of ${hit.def.name}`, depth + 1);
    }
  };

  const bases = async (rank: number): Promise<void> => {
    for (const base of types.bases) {
      const hit = resolveTypeName(base, scope);
      if (hit) await emit(hit, scope, rank, 'base of the enclosing class', 0);
    }
  };

  let basesDone = false;
  for (const [rank, receiver] of types.receivers.entries()) {
    if (out.length >= limit) break;
    if (SELF.has(receiver)) {
      if (!basesDone) await bases(rank);
      basesDone = true;
      continue;
    }
    const declared = types.declared.get(receiver) ?? [];
    let hit: ResolvedType | undefined;
    for (const name of declared) if ((hit = resolveTypeName(name, scope))) break;
    const why = hit ? `type of ${receiver}` : '';
    // A class used directly (`_State.CREATED`), else one named like the receiver.
    hit ??= resolveTypeName(receiver, scope);
    const guessed = hit ? undefined : classNamedLike(receiver, searchFiles);
    if (hit) await emit(hit, scope, rank, why || `used as ${receiver}`, 0);
    else if (guessed) await emit(guessed, scope, rank + 1, `named like ${receiver}`, 0);
  }
  if (!basesDone) await bases(types.receivers.length);
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
  return out;
}
