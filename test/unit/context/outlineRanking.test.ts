// Which members an outline keeps: only those another file can reach (no private ones), as their
// signatures without annotation lines; over its budget, those whose words the code at the cursor
// uses before the others; the packer keeps what the outline ranked in. Real grammars, real files
// on disk for the engine case.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { classOutline } from '../../../src/core/context/classOutline';
import type { ContextCandidate } from '../../../src/core/context/contextTypes';
import { fuseCandidates } from '../../../src/core/context/rankFusion';
import { packIntoBudget, snippetTokens } from '../../../src/core/context/tokenBudget';
import { estimateTokens } from '../../../src/core/tokenEstimator';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { DiskWorkspace } from './diskWorkspace';
import { contextPieces, settledContext } from './settledContext';
import { analyzeText } from './analyzeText';
import { typeMemberCandidates } from '../../../src/core/context/typeMembers';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

const analyze = (path: string, languageId: string, text: string) => analyzeText(syntax, path, languageId, text);

const privateState = Array.from({ length: 24 }, (_, i) => `    private static final int STATE_FLAG_NUMBER_${i} = 1 << ${i};`).join('\n');
const publicHelpers = Array.from({ length: 24 }, (_, i) => `    public int helperMethod${i}(int value) {\n        return value;\n    }\n`).join('\n');

test('Java: private members are left out, over budget or not: the code at the cursor, in another file, cannot reach them', async () => {
  const file = await analyze('net/Scheduler.java', 'java', `package net;\n\npublic final class Scheduler {\n${privateState}\n\n    private void drainQueue() {\n    }\n\n    @Override private String name() {\n    }\n\n${publicHelpers}}\n`);
  const scheduler = file.byName.get('Scheduler')![0];
  const short = classOutline(file, scheduler, 200).text;
  assert.doesNotMatch(short, /STATE_FLAG|drainQueue|name\(\)/, short);
  assert.ok((short.match(/public int helperMethod\d+/g)?.length ?? 0) >= 10, short);
  assert.match(short, /\/\/ … \d+ more members$/);
  const whole = classOutline(file, scheduler, 10_000).text;
  assert.doesNotMatch(whole, /private|more members/, whole);
  assert.equal(whole.match(/public int helperMethod\d+/g)?.length, 24, whole);
});

test('TypeScript: a private method is left out before a public one; Python\'s `_name` convention is not privacy', async () => {
  const methods = Array.from({ length: 10 }, (_, i) => `  private handleInternalEvent${i}(event: Event): void {\n  }\n`).join('\n');
  const ts = await analyze('src/bus.ts', 'typescript', `export class Bus {\n${methods}\n  publish(topic: string, payload: unknown): void {\n  }\n}\n`);
  const bus = classOutline(ts, ts.byName.get('Bus')![0], 60).text;
  assert.match(bus, /publish\(topic: string, payload: unknown\): void \{/, bus);
  const py = await analyze('pkg/bus.py', 'python', `class Bus:\n${Array.from({ length: 10 }, (_, i) => `    def _handle_internal_event_${i}(self, event):\n        pass\n`).join('')}    def publish(self, topic):\n        pass\n`);
  const pyBus = classOutline(py, py.byName.get('Bus')![0], 60).text;
  // Python's outline in source order: its `_` methods are not ranked as private.
  assert.match(pyBus, /def _handle_internal_event_0\(self, event\):/, pyBus);
  assert.doesNotMatch(pyBus, /def publish/);
});

test('engine, Java on disk: the receiver\'s outline keeps the member named like the receiver (`readScheduler` → `scheduleRead`), not private state', async () => {
  const ws = new DiskWorkspace({
    'src/net/Scheduler.java': `package net;\n\npublic final class Scheduler {\n${privateState}\n\n${publicHelpers}\n    public void scheduleRead() {\n    }\n}\n`,
    'src/net/Reader.java': 'package net;\n\nclass Reader {\n    private final Scheduler readScheduler = new Scheduler();\n\n    void resume(int demand) {\n        if (demand > 0) {\n            readScheduler.<|>\n        }\n    }\n}\n',
  });
  try {
    const doc = ws.openAtCursor('src/net/Reader.java');
    const result = await settledContext(ws, syntax, doc, 1024);
    // Its outline, whichever source proposed it (the class is named in the prompt and is the receiver's type).
    const outline = contextPieces(result).find((s) => s.text.startsWith('public final class Scheduler {'));
    assert.ok(outline, result.snippets.map((s) => `${s.source} ${s.path}\n${s.text}`).join('\n'));
    assert.match(outline.text, /public void scheduleRead\(\) \{/, outline.text);
    assert.doesNotMatch(outline.text, /private static final/);
    assert.match(outline.text, /\/\/ … \d+ more members$/);
  } finally {
    ws.dispose();
  }
});

test('the packer asks an outline again for less when its own count runs under the packer\'s, never cutting its ranked member', async () => {
  const file = await analyze('net/Scheduler.java', 'java', `package net;\n\npublic final class Scheduler {\n${publicHelpers}\n    public void runOrSchedule() {\n    }\n}\n`);
  const scheduler = file.byName.get('Scheduler')![0];
  const relevance = (name: string): number => (name === 'runOrSchedule' ? 1 : 0);
  // An outline of up to 400 tokens by its own count: over the packer's 40% of 1,024 for one snippet.
  const ownMax = 400;
  const outline = (tokens: number): string => classOutline(file, scheduler, Math.min(tokens, ownMax), relevance).text;
  const path = 'src/net/Scheduler.java';
  const whole = outline(ownMax);
  assert.ok(snippetTokens(path, whole, estimateTokens) > 0.4 * 1024, `${snippetTokens(path, whole, estimateTokens)}`);
  const candidate: ContextCandidate = { path, text: whole, source: 'symbolDefinitions', sourceScore: 1, startLine: 2, endLine: 2, fitTo: outline };
  const packed = packIntoBudget(fuseCandidates([{ weight: 1, candidates: [candidate] }]), 1024, estimateTokens);
  const text = packed.snippets[0]?.text ?? '';
  assert.match(text, /public void runOrSchedule\(\) \{/, text);
  assert.match(text, /\/\/ … \d+ more members$/, 'made by its own rule, not cut to its first lines');
  assert.ok(packed.totalTokens <= 0.4 * 1024);
});

test('a member\'s signature ends with its parameter list: Rust `where` bounds and a nested class\'s `implements` line are left out, parameters on several lines kept', async () => {
  const rust = await analyze('src/de/mod.rs', 'rust', `pub trait Visitor<'de>: Sized {
    type Value;

    fn visit_u32<E>(self, v: u32) -> Result<Self::Value, E>
    where
        E: Error,
    {
        Err(E::custom(v))
    }

    fn visit_map<A>(
        self,
        map: A,
    ) -> Result<Self::Value, A::Error>
    where
        A: MapAccess<'de>,
    {
        Err(A::Error::custom("map"))
    }
}
`);
  const visitor = classOutline(rust, rust.byName.get('Visitor')![0]).text;
  assert.match(visitor, /^ {4}fn visit_u32<E>\(self, v: u32\) -> Result<Self::Value, E>$/m, visitor);
  assert.match(visitor, / {4}fn visit_map<A>\(\n {8}self,\n {8}map: A,\n {4}\) -> Result<Self::Value, A::Error>/, 'an open parameter list runs on to its close');
  assert.doesNotMatch(visitor, /where|E: Error/);

  const java = await analyze('net/Scheduler.java', 'java', `package net;

public final class Scheduler {
    public abstract static class CompleteTask
        implements RestartableTask {
        public void run() {
        }
    }

    @Override
    public void runOrSchedule(Executor executor)
            throws IOException {
    }
}
`);
  const scheduler = classOutline(java, java.byName.get('Scheduler')![0]).text;
  assert.match(scheduler, /^ {4}public abstract static class CompleteTask$/m, scheduler);
  assert.doesNotMatch(scheduler, /implements RestartableTask|throws IOException/);
  assert.match(scheduler, /^ {4}public void runOrSchedule\(Executor executor\)$/m, scheduler);
  assert.doesNotMatch(scheduler, /@Override/, 'the annotation line above the signature is left out');
});

test('a member\'s signature starts below its annotation lines, however many, even one that holds its name; an annotation on the declaring line stays', async () => {
  const java = await analyze('net/Record.java', 'java', `package net;

public class Record {
    @SuppressWarnings("unchecked")
    public void check(Object value) {
    }

    @Override
    @Deprecated(since = "9", forRemoval = true)
    @SuppressWarnings({"rawtypes", "unchecked"})
    @Nullable
    public String toString() {
        return "";
    }

    @Override public int hashCode() {
        return 0;
    }
}
`);
  const outline = classOutline(java, java.byName.get('Record')![0]).text;
  assert.equal(
    outline,
    ['public class Record {', '    public void check(Object value) {', '    public String toString() {', '    @Override public int hashCode() {'].join('\n'),
  );
  const rust = await analyze('src/token.rs', 'rust', `pub struct Token(pub usize);

impl Token {
    #[inline]
    #[cfg(feature = "os-poll")]
    pub fn value(&self) -> usize {
        self.0
    }
}
`);
  assert.match(classOutline(rust, rust.byName.get('Token')![0]).text, /^pub struct Token\(pub usize\);\n {4}pub fn value\(&self\) -> usize \{$/);
});

test('a field whose annotation stands on its own line shows its declaration, not the annotation alone (Java, TypeScript)', async () => {
  const java = await analyze('api/Account.java', 'java', `package api;

public class Account {
    @JsonProperty("id")
    public String id;

    @Deprecated
    @JsonProperty("owner_name")
    private final String ownerName = "";

    public String id() {
        return id;
    }
}
`);
  const outline = classOutline(java, java.byName.get('Account')![0]).text;
  assert.match(outline, /^public class Account \{\n {4}public String id;\n {4}public String id\(\) \{$/, outline);
  assert.doesNotMatch(outline, /JsonProperty|ownerName/, 'annotation lines and private fields are left out');
  const field = java.byName.get('id')!.find((d) => d.kind === 'field')!;
  assert.equal(java.lines.lineAt(field.headerEnd), field.startLine + 1, 'the header ends on the line that names the field');

  const ts = await analyze('src/account.ts', 'typescript', `export class Account {
  @Input()
  owner: string = '';

  rename(name: string): void {}
}
`);
  const tsOutline = classOutline(ts, ts.byName.get('Account')![0]).text;
  assert.match(tsOutline, /owner: string/, tsOutline);
});

test('a base class\'s outline leaves out the members its subclass\'s outline shows: the override is the member the code reaches', async () => {
  const base = await analyze('pkg/transports.py', 'python', `class Transport:
    def write(self, data):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def get_extra_info(self, name, default=None):
        return default
`);
  const selector = await analyze('pkg/selector_events.py', 'python', `from .transports import Transport


class SelectorTransport(Transport):
    def write(self, data):
        self._buffer.append(data)

    def pause_reading(self):
        self._paused = True
`);
  const scope = { imported: [selector, base].map((file) => ({ file, names: new Set<string>() })), modules: new Map(), fallback: [] };
  const outlines = await typeMemberCandidates({
    types: { bases: [], declared: new Map([['transport', ['SelectorTransport']]]), receivers: ['transport'], parameters: [] },
    scope,
    scopeOf: async () => scope,
  });
  assert.deepEqual(
    outlines.map((o) => o.text),
    [
      'class SelectorTransport(Transport):\n    def write(self, data):\n    def pause_reading(self):',
      'class Transport:\n    def close(self):\n    def get_extra_info(self, name, default=None):',
    ],
  );
  // Made again for less room, the base still leaves the override out.
  assert.equal(outlines[1].fitTo!(1_000), outlines[1].text);
  // Looked up alone, the base shows all its members.
  assert.match(classOutline(base, base.byName.get('Transport')![0]).text, /def write\(self, data\):/);
});

test('engine, Python on disk: the name of the def around the cursor ranks the base\'s members (`sock_sendfile` → `_sendfile_native`)', async () => {
  const helpers = Array.from({ length: 30 }, (_, i) => `    def run_helper_step_${i}(self, value):\n        return value\n`).join('\n');
  const ws = new DiskWorkspace({
    'pkg/__init__.py': '',
    'pkg/base_events.py': `class BaseEventLoop:\n${helpers}\n    def _sendfile_native(self, sock, file, offset, count):\n        raise NotImplementedError\n`,
    'pkg/selector_events.py': [
      'from . import base_events',
      '',
      '',
      'class SelectorEventLoop(base_events.BaseEventLoop):',
      '    def sock_sendfile(self, sock, file, offset=0, count=None):',
      '        self._check_closed()',
      '        if count is not None:',
      '            self._check_count(count)',
      '        blocksize = min(count, MAX_BLOCK) if count else MAX_BLOCK',
      '        buffer = bytearray(blocksize)',
      '        total_written = 0',
      '        position = file.tell()',
      '        <|>',
    ].join('\n'),
  });
  try {
    const doc = ws.openAtCursor('pkg/selector_events.py');
    const result = await settledContext(ws, syntax, doc, 1024);
    const outline = contextPieces(result).find((s) => s.text.startsWith('class BaseEventLoop:'));
    assert.ok(outline, result.snippets.map((s) => `${s.source} ${s.path}\n${s.text}`).join('\n'));
    // 31 methods are over the outline's budget; the nearest identifiers share no word with the one the def is named like
    // (its header is 8 names away), and at the start of its line the cursor is past the def's last code, where the scopes
    // query finds it no longer.
    assert.match(outline.text, /# … \d+ more members$/, outline.text);
    assert.match(outline.text, /def _sendfile_native\(self, sock, file, offset, count\):/, outline.text);
  } finally {
    ws.dispose();
  }
});

test('engine, Rust on disk, cut off at the cursor: the name of the fn around it ranks the trait\'s members (`deserialize_enum` → `visit_enum`)', async () => {
  const kinds = ['bool', 'i8', 'i16', 'i32', 'i64', 'u8', 'u16', 'u32', 'u64', 'f32', 'f64', 'char', 'str', 'string', 'bytes', 'none', 'some', 'unit', 'seq', 'map'];
  const visits = kinds.map((k) => `    fn visit_${k}<E>(self, v: ${k === 'none' || k === 'unit' ? '()' : 'Input'}) -> Result<Self::Value, E> {\n        Err(E::invalid())\n    }\n`).join('\n');
  const ws = new DiskWorkspace({
    'src/lib.rs': 'mod de;\nmod value;\n',
    'src/de.rs': `pub trait Visitor<'de>: Sized {\n    type Value;\n\n${visits}\n    fn visit_enum<A>(self, data: A) -> Result<Self::Value, A::Error> {\n        Err(A::Error::invalid())\n    }\n}\n`,
    'src/value.rs': [
      'use de::Visitor;',
      '',
      "impl<'de> Deserializer<'de> for StrDeserializer {",
      '    fn deserialize_enum<V>(',
      '        self,',
      '        name: &str,',
      "        variants: &'static [&'static str],",
      '        visitor: V,',
      '    ) -> Result<V::Value, Error>',
      '    where',
      "        V: Visitor<'de>,",
      '    {',
      '        let _ = name;',
      '        let _ = variants;',
      '        let first = variants.first();',
      '        let count = variants.len();',
      '        <|>',
    ].join('\n'),
  });
  try {
    const doc = ws.openAtCursor('src/value.rs');
    const result = await settledContext(ws, syntax, doc, 1024);
    const outline = contextPieces(result).find((s) => s.text.startsWith("pub trait Visitor<'de>"));
    assert.ok(outline, result.snippets.map((s) => `${s.source} ${s.path}\n${s.text}`).join('\n'));
    // 21 methods are over the outline's budget; the lines near the cursor share no word with `visit_enum`.
    assert.match(outline.text, /\/\/ … \d+ more members$/);
    assert.match(outline.text, /fn visit_enum<A>\(self, data: A\)/, outline.text);
  } finally {
    ws.dispose();
  }
});

test('TypeScript and Python: a constructor\'s assignment to a field the class declares is left out (the declaration shows it); one to an undeclared attribute stays', async () => {
  const ts = await analyze('src/client.ts', 'typescript', 'export class Client {\n  protected config: Config;\n  protected logger: Logger;\n\n  constructor(config: Config, logger: Logger, extra: number) {\n    this.config = config;\n    this.logger = logger;\n    this.extraState = extra;\n  }\n}\n');
  const client = classOutline(ts, ts.byName.get('Client')![0], 10_000).text;
  assert.equal(client.match(/config/g)?.length, 2, client); // the field's line and the constructor's parameter
  assert.doesNotMatch(client, /this\.config|this\.logger/, client);
  assert.match(client, /this\.extraState = extra;/, client);
  const py = await analyze('pkg/client.py', 'python', 'class Client:\n    timeout: float\n\n    def __init__(self, timeout, loop):\n        self.timeout = timeout\n        self._loop = loop\n');
  const pyClient = classOutline(py, py.byName.get('Client')![0], 10_000).text;
  assert.doesNotMatch(pyClient, /self\.timeout/, pyClient);
  assert.match(pyClient, /self\._loop = loop/, pyClient);
});
