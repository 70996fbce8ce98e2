// A class as a completion needs it: its header, its fields, the attributes its constructor
// sets (`self._loop = loop`, `this.x = x`) and its methods' signatures, no bodies. Only what the
// code at the cursor can reach: an outline is always of another file's class, so members
// declared `private` are left out, and a signature starts below its annotation lines. When the
// outline is over its token budget, the members most related to the code at the cursor stay,
// then the first in source order; a last line says how many were left out. A budget in
// tokens, not lines: a Java member line costs about twice a Python one. A field keeps its name
// and type whole; only a long value is cut. Overloads of one name are one member (see
// overloadFamilies.ts).
import { syntaxLanguageFor } from '../syntax/languages';
import { estimateTokens } from '../tokenEstimator';
import { headerLastLine, signatureLines } from './definitionHeaders';
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';
import { overloadGroups, overloadNote } from './overloadFamilies';

export interface ClassOutline {
  readonly text: string;
  /** Names of the members it shows. */
  readonly members: readonly string[];
  readonly startLine: number;
  /** The header's last line: the outline shares no lines with its members' own snippets. */
  readonly endLine: number;
}

const CONSTRUCTORS = new Set(['__init__', 'constructor', 'initialize']);
const ATTRIBUTE = /^\s*(?:self|this|@)\.?([A-Za-z_$][\w$]*)\s*(?::[^=\n]*)?=(?!=)/;
const MAX_ATTRIBUTE_LINES = 12;
const MAX_LINE_CHARS = 120;
/** Characters of a field's value kept after its `=`. */
const FIELD_VALUE_CHARS = 24;

/** A field's line up to its type's end and the start of its value (`OK = 200, 'OK', 'Request fulfilled…'` says little past the first words). */
function clipField(line: string, name: string): string {
  const at = line.indexOf(name);
  const equals = at < 0 ? -1 : line.slice(at + name.length).search(/[^=!<>]=(?![=>])/);
  const valueStart = equals < 0 ? -1 : at + name.length + equals + 2;
  return clip(line, valueStart < 0 ? MAX_LINE_CHARS : Math.max(valueStart + FIELD_VALUE_CHARS, Math.min(MAX_LINE_CHARS, valueStart)));
}

/** How related a member name is to the code at the cursor (shared words); 0 when unknown. */
export type Relevance = (name: string) => number;
const NO_RELEVANCE: Relevance = () => 0;

interface Entry {
  readonly names: readonly string[];
  readonly lines: readonly string[];
  /** Estimated tokens of its lines in a prompt. */
  readonly tokens: number;
}

function entry(names: readonly string[], lines: readonly string[]): Entry {
  return { names, lines, tokens: linesTokens(lines) };
}

// Languages whose `private` modifier keeps a member from every other file. (Python's `_name` is a
// convention the standard library crosses between modules; C++'s access is by section, Rust's by module.)
const PRIVATE_MODIFIER = new Set(['java', 'typescript', 'tsx', 'javascript', 'csharp', 'kotlin', 'php', 'scala', 'swift']);

/** Whether a member's signature declares it private (`private final Foo foo;`, `@Override private void run()`). */
function isPrivate(signature: string, name: string): boolean {
  const at = signature.indexOf(name);
  return /(^|\s)private\s/.test(at < 0 ? signature : signature.slice(0, at));
}

function linesTokens(lines: readonly string[]): number {
  return lines.reduce((n, line) => n + estimateTokens(line) + 1, 0);
}

/** About the tokens of the line that says how many members were left out. */
const MORE_LINE_TOKENS = 10;

/**
 * Tokens of an outline looked up by name (a class the code at the cursor names), about a receiver's
 * (typeMembers.ts): which member the next line needs is as much a guess. Measured on the context
 * bench with member lines that end at their parameter list: 240 kept definition recall in every
 * language and raised Java's (400 had left less room for the definitions the next line uses).
 */
export const DEFINITION_OUTLINE_TOKENS = 240;

function clip(line: string, max = MAX_LINE_CHARS): string {
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** The constructor's lines that give the instance its attributes, one per attribute. */
function attributeLines(file: FileAnalysis, ctor: CodeDefinition): { names: string[]; lines: string[] } {
  const names: string[] = [];
  const lines: string[] = [];
  // One level below the constructor's header, however deep the assignment is nested.
  const indent = `${/^\s*/.exec(file.lines.lines(ctor.startLine, ctor.startLine))![0]}    `;
  const first = headerLastLine(file, ctor) + 1;
  for (let line = first; line <= ctor.endLine && lines.length < MAX_ATTRIBUTE_LINES; line++) {
    const text = file.lines.lines(line, line);
    const name = ATTRIBUTE.exec(text)?.[1];
    if (!name || names.includes(name)) continue;
    names.push(name);
    lines.push(clip(indent + text.trim()));
  }
  return { names, lines };
}

/**
 * An interface's or object type's members as the lines at its body's first indentation (its
 * property signatures are no definitions of their own); comments and nested lines left out.
 */
function typeMemberLines(file: FileAnalysis, def: CodeDefinition, from: number): Entry[] {
  const entries: Entry[] = [];
  let indent: string | undefined;
  let inComment = false;
  for (let line = from; line < def.endLine; line++) {
    const text = file.lines.lines(line, line);
    const trimmed = text.trim();
    // Inside a block comment every line is comment, with or without a leading `*`.
    if (inComment || trimmed.startsWith('/*')) {
      inComment = !trimmed.includes('*/');
      continue;
    }
    if (!trimmed || /^(\/\/|\*)/.test(trimmed) || trimmed.startsWith('}')) continue;
    const own = /^\s*/.exec(text)![0];
    indent ??= own;
    if (own !== indent) continue;
    const name = /^(?:readonly\s+|static\s+|public\s+|private\s+|protected\s+)*['"]?([A-Za-z_$][\w$]*)/.exec(trimmed)?.[1];
    entries.push(entry(name ? [name] : [], [clip(text.trimEnd())]));
  }
  return entries;
}

/** A line that starts with an annotation: Java/TS/Python `@…`, Rust `#[…]`, C# `[…]`. */
const ATTRIBUTE_LINE = /^\s*(?:@|#\[|\[)/;
const NON_WORD = /[^\w$]+/;

/** A line of annotations alone (`@Override`, `@SuppressWarnings("unchecked")`, `#[inline]`, `[Obsolete]`), not one that goes on to declare. */
function onlyAnnotates(line: string): boolean {
  let rest = line.trim();
  if (!ATTRIBUTE_LINE.test(rest)) return false;
  // Their argument lists out, innermost first: what is left must be annotation names alone.
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/\([^()]*\)|\[[^[\]]*\]/g, '');
  }
  return /^(?:(?:@[\w.]+|#)\s*)*$/.test(rest);
}

/**
 * A member's signature as an outline shows it: from below its annotation lines (they say how the
 * member is built or checked, not how it is called) up to the line with its name, then on while
 * its parameter list is open. What follows (Rust's `where` bounds, a nested class's `implements`
 * line, `throws` on a line of its own) costs lines and names nothing the next line calls.
 */
function memberSignature(file: FileAnalysis, def: CodeDefinition): { from: number; lines: string[] } {
  const last = headerLastLine(file, def);
  let from = def.startLine;
  while (from < last && onlyAnnotates(file.lines.lines(from, from))) from++;
  const lines = signatureLines(file, def, from).split('\n');
  // The line that declares the name: not an annotation or attribute above it that holds the name
  // too (`@JsonProperty("id")`, `@SuppressWarnings("unchecked")` above `check()`).
  const declares = (line: string) => !ATTRIBUTE_LINE.test(line) && line.split(NON_WORD).includes(def.name);
  const named = lines.findIndex(declares);
  let end = named < 0 ? lines.length - 1 : named;
  let depth = 0;
  for (let i = 0; i <= end && i < lines.length; i++) {
    depth += (lines[i].match(/\(/g)?.length ?? 0) - (lines[i].match(/\)/g)?.length ?? 0);
    if (i === end && depth > 0 && end + 1 < lines.length) end++;
  }
  return { from, lines: lines.slice(0, end + 1) };
}

/** Direct members of a definition, in order. */
function membersOf(file: FileAnalysis, def: CodeDefinition): CodeDefinition[] {
  const index = file.definitions.indexOf(def);
  return index < 0 ? [] : file.definitions.filter((d) => d.parent === index);
}

/**
 * The outline of a class, interface or other container of `file`, in at most `maxTokens`
 * estimated tokens (its header always), without the members named in `shown`.
 */
export function classOutline(file: FileAnalysis, def: CodeDefinition, maxTokens = DEFINITION_OUTLINE_TOKENS, relevance: Relevance = NO_RELEVANCE, shown: ReadonlySet<string> = NONE): ClassOutline {
  const { header, headerEnd, entries } = cached(file, def.startIndex, () => classEntries(file, def));
  // Members another outline of the request shows already (a subclass's overrides) are left out.
  const own = shown.size ? entries.filter((e) => !e.names.length || !e.names.every((n) => shown.has(n))) : entries;
  const { lines, kept } = fit(own, maxTokens - linesTokens(header), relevance, commentMarker(file));
  return { text: [...header, ...lines].join('\n'), members: kept.flatMap((e) => e.names), startLine: def.startLine, endLine: headerEnd };
}

const NONE: ReadonlySet<string> = new Set();

interface Entries {
  readonly header: readonly string[];
  readonly headerEnd: number;
  readonly entries: readonly Entry[];
}

// Outline entries per analysis (one version of a file) and definition: built once, fitted per request.
const outlines = new WeakMap<FileAnalysis, Map<number, Entries>>();

function cached(file: FileAnalysis, key: number, build: () => Entries): Entries {
  let byDef = outlines.get(file);
  if (!byDef) outlines.set(file, (byDef = new Map()));
  let entries = byDef.get(key);
  if (!entries) byDef.set(key, (entries = build()));
  return entries;
}

function classEntries(file: FileAnalysis, def: CodeDefinition): Entries {
  const header = signatureLines(file, def).split('\n').map((line) => clip(line));
  const headerEnd = headerLastLine(file, def);
  const language = syntaxLanguageFor(file.languageId)?.name;
  const interfaceLike = def.kind === 'type' && (language === 'typescript' || language === 'tsx');
  const entries: Entry[] = interfaceLike ? typeMemberLines(file, def, headerEnd + 1) : [];
  const comment = commentMarker(file);
  const privacy = language !== undefined && PRIVATE_MODIFIER.has(language);
  const members: { def: CodeDefinition; lines: string[] }[] = [];
  let previousEnd = headerEnd;
  for (const member of interfaceLike ? [] : membersOf(file, def)) {
    if (member.startLine <= previousEnd) continue; // on a line already shown
    const { from, lines } = memberSignature(file, member);
    // A field's value past its first words says little (`OK = 200, 'OK', 'Request fulfilled…'`).
    const signature = lines.map((line) => (member.kind === 'field' ? clipField(line, member.name) : clip(line)));
    previousEnd = from + signature.length - 1;
    members.push({ def: member, lines: signature });
  }
  for (const method of language === 'go' || language === 'rust' ? detachedMethods(file, def, language) : []) {
    members.push({ def: method, lines: memberSignature(file, method).lines.map((line) => clip(line)) });
  }
  const declared = new Set(members.filter((m) => !CONSTRUCTORS.has(m.def.name)).map((m) => m.def.name));
  for (const family of overloadGroups(members, (m) => m.def)) {
    const [first, ...others] = family;
    const { name } = first.def;
    // Out of reach only when every overload is.
    if (privacy && family.every((m) => isPrivate(m.lines.join(' '), name))) continue;
    if (others.length > 0) {
      const indent = /^\s*/.exec(first.lines[0])![0];
      const signatures = others.map((o) => signatureLines(file, o.def));
      entries.push(entry([name], [...first.lines, overloadNote(indent, comment, name, signatures)]));
    } else if (CONSTRUCTORS.has(name)) {
      const attributes = attributeLines(file, first.def);
      entries.push(entry([name], first.lines));
      // `this.config = config` for a field the class declares repeats the declaration's line: one line per member.
      attributes.lines.forEach((line, i) => declared.has(attributes.names[i]) || entries.push(entry([attributes.names[i]], [line])));
    } else {
      entries.push(entry([name], first.lines));
    }
  }
  return { header, headerEnd, entries };
}

/**
 * Methods declared outside the type's body, in the same file: Go's `func (r *Router) Handle(…)`
 * and the functions of Rust's `impl Router { … }` and `impl Trait for Router { … }` blocks.
 */
function detachedMethods(file: FileAnalysis, def: CodeDefinition, language: 'go' | 'rust'): CodeDefinition[] {
  const text = file.lines.text;
  if (language === 'go') {
    const receiver = new RegExp(`^func\\s*\\(\\s*\\w*\\s*\\*?\\s*${def.name}\\b`);
    return file.definitions.filter((d) => d.kind === 'method' && d.parent === undefined && receiver.test(text.slice(d.startIndex, d.headerEnd)));
  }
  const impls = new Set(file.definitions.flatMap((d, i) => (d !== def && d.name.replace(/<[\s\S]*$/, '') === def.name && text.startsWith('impl', d.startIndex) ? [i] : [])));
  return file.definitions.filter((d) => d.parent !== undefined && impls.has(d.parent) && d.kind === 'function');
}

/** How a line comment starts in the file's language. */
export function commentMarker(file: FileAnalysis): string {
  const language = syntaxLanguageFor(file.languageId)?.name;
  return language === 'python' || language === 'ruby' || language === 'bash' ? '#' : '//';
}

/**
 * The entries' lines within `maxTokens`, in source order. Over it, the entries most related to
 * the cursor stay, then the earlier ones; a last line says how many members were left out.
 * (Whether the prompt names a member yet does not rank it: on the context bench, leaving named
 * members out first lost definitions the next line used again, Python 42.3 → 44.3.)
 */
function fit(entries: readonly Entry[], maxTokens: number, relevance: Relevance, comment: string): { lines: string[]; kept: readonly Entry[] } {
  const total = entries.reduce((n, e) => n + e.tokens, 0);
  if (total <= maxTokens) return { lines: entries.flatMap((e) => e.lines), kept: entries };
  const ranked = entries
    .map((entry, index) => ({ entry, index, score: 2 * Math.max(0, ...entry.names.map(relevance)) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const kept = new Set<number>();
  let used = MORE_LINE_TOKENS;
  for (const { entry, index } of ranked) {
    if (used + entry.tokens > maxTokens) continue;
    kept.add(index);
    used += entry.tokens;
  }
  const shown = entries.filter((_, i) => kept.has(i));
  const lines = shown.flatMap((e) => e.lines);
  const left = entries.length - kept.size;
  const indent = /^\s*/.exec(lines[lines.length - 1] ?? entries[0]?.lines[0] ?? '')![0];
  if (left > 0) lines.push(`${indent}${comment} … ${left} more member${left === 1 ? '' : 's'}`);
  return { lines, kept: shown };
}

/** A module as the signatures of its top-level definitions (classes by their header only). */
export function moduleOutline(file: FileAnalysis, maxTokens = DEFINITION_OUTLINE_TOKENS, relevance: Relevance = NO_RELEVANCE): ClassOutline | undefined {
  const { entries, headerEnd: startLine } = cached(file, -1, () => {
    const list: Entry[] = [];
    let first = -1;
    const comment = commentMarker(file);
    const topLevel = file.definitions.filter((def) => def.parent === undefined && def.kind !== 'field');
    for (const [def, ...others] of overloadGroups(topLevel, (d) => d)) {
      const lines = memberSignature(file, def).lines.map((line) => clip(line));
      if (others.length) lines.push(overloadNote(/^\s*/.exec(lines[0])![0], comment, def.name, others.map((o) => signatureLines(file, o))));
      list.push(entry([def.name], lines));
      if (first < 0) first = def.startLine;
    }
    return { header: [], headerEnd: first, entries: list };
  });
  const { lines, kept } = fit(entries, maxTokens, relevance, commentMarker(file));
  // As for class outlines, the range is the first line only: no twin of the definitions' own snippets.
  return lines.length ? { text: lines.join('\n'), members: kept.flatMap((e) => e.names), startLine, endLine: startLine } : undefined;
}

/** Base class and interface names in a class header as written (`futures._PyFuture`, `Base`). */
export function baseNamesOf(file: FileAnalysis, def: CodeDefinition): string[] {
  const header = signatureLines(file, def);
  const at = header.indexOf(def.name);
  const rest = at < 0 ? '' : header.slice(at + def.name.length).replace(/<[^<>]*(<[^<>]*>[^<>]*)*>/g, '');
  let list = '';
  const language = syntaxLanguageFor(file.languageId)?.name;
  if (language === 'python' || language === 'ruby') {
    // `class A(B, metaclass=M):`, Ruby `class A < B`
    const bases = language === 'python' ? /^\s*\(([^)]*)\)/.exec(rest)?.[1] : /^\s*<\s*([\w:]+)/.exec(rest)?.[1].replace(/::/g, '.');
    list = (bases ?? '').split(',').filter((part) => !part.includes('=')).join(',');
  } else if (language === 'csharp' || language === 'cpp') {
    list = /^\s*:\s*([^{]*)/.exec(rest)?.[1].replace(/\b(public|private|protected|virtual)\b/g, '') ?? '';
  } else {
    list = /\b(?:extends|implements)\b([^{]*)/.exec(rest)?.[1] ?? '';
  }
  return [...new Set(list.match(/[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/g) ?? [])].filter((n) => !['extends', 'implements', 'where', 'public', 'private', 'protected', 'virtual'].includes(n));
}
