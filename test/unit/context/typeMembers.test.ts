import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { baseNamesOf, classOutline } from '../../../src/core/context/classOutline';
import { receiverTypesAt } from '../../../src/core/context/receiverTypes';
import { moduleAliases, resolveTypeName } from '../../../src/core/context/typeResolution';
import { ContextEngine } from '../../../src/core/context/contextEngine';
import { FixtureWorkspace } from './fixtureWorkspace';
import { estimateTokens } from '../../../src/core/tokenEstimator';
import { keptFrom, settledContext } from './settledContext';
import { analyzeText } from './analyzeText';
import { typeMemberCandidates } from '../../../src/core/context/typeMembers';

let syntax: SyntaxService;
before(async () => {
  // Generous parse budget: the test machine is shared and may be slow.
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

const analyze = (path: string, languageId: string, text: string) => analyzeText(syntax, path, languageId, text);

async function typesAt(languageId: string, text: string) {
  const offset = text.indexOf('<|>');
  const source = text.replace('<|>', '');
  const tree = await syntax.parse(languageId, source.slice(0, offset));
  assert.ok(tree);
  try {
    return receiverTypesAt(languageId, tree, source.slice(0, offset), offset, source.slice(0, offset).split('\n').length - 1);
  } finally {
    tree.delete();
  }
}

const futuresPy = `class Future:
    """A result that arrives later."""
    _state = 'PENDING'

    def __init__(self, *, loop=None):
        """Bind to a loop."""
        if loop is None:
            self._loop = get_event_loop()
        self._callbacks = []

    def add_done_callback(self, fn):
        self._callbacks.append(fn)

    def set_result(self, result):
        self._result = result


_PyFuture = Future
`;

test('Python: bases, annotated and constructed types, and receivers nearest first', async () => {
  const types = await typesAt(
    'python',
    `from . import futures

class Task(futures._PyFuture, metaclass=Meta):
    def step(self, loop: events.AbstractEventLoop, waiter: Optional[Waiter] = None):
        fut = futures.Future(loop=loop)
        self._fut_waiter = fut
        fut.add_done_callback(self._wakeup)
        loop.call_soon(self._step)
        <|>
`,
  );
  assert.deepEqual(types.bases, ['futures._PyFuture']);
  assert.deepEqual(types.declared.get('loop'), ['events.AbstractEventLoop']);
  assert.deepEqual(types.declared.get('waiter'), ['Optional', 'Waiter']);
  assert.deepEqual(types.declared.get('fut'), ['futures.Future']);
  assert.deepEqual(types.receivers.slice(0, 3), ['self', 'loop', 'fut']);
});

test('Python: a dedented cursor is outside the method it follows', async () => {
  const types = await typesAt('python', 'class A(Base):\n    def f(self, x: Foo):\n        x.go()\n\n    <|>');
  assert.deepEqual(types.bases, ['Base']);
  assert.equal(types.declared.get('x'), undefined, 'the parameter of f is out of scope');
});

test('TypeScript: extends/implements, parameter and field types, constructor parameter properties', async () => {
  const types = await typesAt(
    'typescript',
    `export class AsapAction<T> extends AsyncAction<T> implements SchedulerAction<T> {
  private queue: ActionQueue;
  constructor(protected scheduler: AsapScheduler, work: Work<T>) {
    super(scheduler, work);
  }
  flush(subscriber: Subscriber<T>, opts?: Core.RequestOptions): void {
    const timer = new Timer(10);
    this.scheduler.flush(this);
    <|>
  }
}
`,
  );
  assert.deepEqual(types.bases, ['AsyncAction', 'SchedulerAction']);
  assert.deepEqual(types.declared.get('subscriber'), ['Subscriber', 'T']);
  assert.deepEqual(types.declared.get('opts'), ['Core.RequestOptions']);
  assert.deepEqual(types.declared.get('timer'), ['Timer']);
  assert.deepEqual(types.declared.get('this.scheduler'), ['AsapScheduler']);
  assert.deepEqual(types.declared.get('this.queue'), ['ActionQueue']);
  assert.deepEqual(types.receivers.slice(0, 2), ['this.scheduler', 'this']);
});

test('class outline: fields, constructor attributes, method signatures; no docstrings or bodies', async () => {
  const file = await analyze('pkg/futures.py', 'python', futuresPy);
  const outline = classOutline(file, file.byName.get('Future')![0]);
  assert.equal(
    outline.text,
    [
      'class Future:',
      "    _state = 'PENDING'",
      '    def __init__(self, *, loop=None):',
      '        self._loop = get_event_loop()',
      '        self._callbacks = []',
      '    def add_done_callback(self, fn):',
      '    def set_result(self, result):',
    ].join('\n'),
  );
  // Too long: the member related to the cursor stays, then the first in source order, and the outline says what it left out.
  // 54 tokens: the header and about four members' lines.
  const short = classOutline(file, file.byName.get('Future')![0], 54, (name) => (name === 'set_result' ? 1 : 0));
  assert.equal(short.text, ['class Future:', "    _state = 'PENDING'", '    def __init__(self, *, loop=None):', '    def set_result(self, result):', '    # … 3 more members'].join('\n'));
  const unranked = classOutline(file, file.byName.get('Future')![0], 54);
  assert.match(unranked.text, /_state[\s\S]*def __init__/);
  assert.doesNotMatch(unranked.text, /set_result/);
});

test('base names from class headers in several languages', async () => {
  const py = await analyze('a.py', 'python', 'class A(events.Base, Mixin, metaclass=Meta):\n    """Doc naming Other."""\n    pass\n');
  assert.deepEqual(baseNamesOf(py, py.byName.get('A')![0]), ['events.Base', 'Mixin']);
  const plain = await analyze('b.py', 'python', 'class B:\n    """Built from a Message."""\n    x = 1\n');
  assert.deepEqual(baseNamesOf(plain, plain.byName.get('B')![0]), []);
  const ts = await analyze('c.ts', 'typescript', 'export class C<T extends Base> extends Core.Resource<T> implements Foo, Bar<T> {\n  x = 1;\n}\n');
  assert.deepEqual(baseNamesOf(ts, ts.byName.get('C')![0]), ['Core.Resource', 'Foo', 'Bar']);
  const cs = await analyze('d.cs', 'csharp', 'public class D : Base, IThing\n{\n  public int X;\n}\n');
  assert.deepEqual(baseNamesOf(cs, cs.byName.get('D')![0]), ['Base', 'IThing']);
});

test('type names resolve through module aliases and same-file aliases', async () => {
  const futures = await analyze('pkg/futures.py', 'python', futuresPy);
  const init = await analyze('pkg/__init__.py', 'python', 'from .futures import *\n');
  // `from . import futures` answers with the package and the module: the alias goes to the module.
  const modules = moduleAliases([
    { file: init, names: new Set(['futures']) },
    { file: futures, names: new Set(['futures']) },
  ]);
  assert.equal(modules.get('futures'), futures);
  const hit = resolveTypeName('futures._PyFuture', { imported: [], modules, fallback: [] });
  assert.equal(hit?.def.name, 'Future');
  assert.equal(resolveTypeName('Missing', { imported: [], modules, fallback: [futures] }), undefined);
});

test('engine: `self.` in a subclass gets the base class members from another file', async () => {
  const ws = new FixtureWorkspace({
    'pkg/__init__.py': '',
    'pkg/futures.py': futuresPy,
    'pkg/events.py': 'class AbstractEventLoop:\n    def call_soon(self, callback, *args):\n        raise NotImplementedError\n\n    def create_future(self):\n        raise NotImplementedError\n',
    'pkg/tasks.py': 'from . import futures\n\n\nclass Task(futures._PyFuture):\n    def __init__(self, coro, *, loop=None):\n        super().__init__(loop=loop)\n        self._coro = coro\n        self._loop.call_soon(self.__step)\n        <|>\n',
  });
  ws.openFile('pkg/events.py');
  const doc = ws.openFile('pkg/tasks.py');
  const result = await settledContext(ws, syntax, doc, 600, ws.openDocuments());
  // Kept from typeMembers, in the snippet of its file (another source's piece of the file may come first).
  assert.ok(keptFrom(result, 'typeMembers', 'pkg/futures.py'), JSON.stringify(result.debug.candidates.map((c) => c.reason)));
  const future = result.snippets.find((s) => s.path === 'pkg/futures.py')!;
  assert.match(future.text, /def add_done_callback\(self, fn\):/);
  assert.match(future.text, /self\._callbacks = \[\]/);
  // `self._loop` has no declared type: the class named like it stands in.
  assert.ok(keptFrom(result, 'typeMembers', 'pkg/events.py'));
  const loop = result.snippets.find((s) => s.path === 'pkg/events.py')!;
  assert.match(loop.text, /def create_future\(self\):/);
  assert.ok(result.totalTokens <= 600);
});

test('engine: a TypeScript parameter type brings its interface members', async () => {
  const ws = new FixtureWorkspace({
    'src/subscriber.ts': 'export interface Subscriber<T> {\n  next(value: T): void;\n  error(err: unknown): void;\n  complete(): void;\n  readonly closed: boolean;\n}\n',
    'src/take.ts': "import type { Subscriber } from './subscriber';\n\nexport function take<T>(count: number, subscriber: Subscriber<T>): void {\n  let seen = 0;\n  <|>\n}\n",
  });
  const doc = ws.openFile('src/take.ts');
  const result = await settledContext(ws, syntax, doc, 400);
  const text = result.snippets.map((s) => s.text).join('\n');
  assert.match(text, /complete\(\): void;/);
  assert.match(text, /readonly closed: boolean;/);
});

test('engine: a module alias used as a receiver gives the module outline; `import x as y` resolves to x', async () => {
  const ws = new FixtureWorkspace({
    'mail/__init__.py': '',
    'mail/parser.py': 'class Parser:\n    def parse(self, fp):\n        pass\n',
    'mail/_header_value_parser.py': 'def get_address_list(value):\n    pass\n\n\ndef get_mailbox(value):\n    pass\n\n\nclass TokenList(list):\n    pass\n',
    'mail/headers.py': 'from mail import _header_value_parser as parser\n\n\ndef parse_header(value):\n    tokens = parser.get_mailbox(value)\n    <|>\n',
  });
  const doc = ws.openFile('mail/headers.py');
  const result = await settledContext(ws, syntax, doc, 300);
  assert.ok(keptFrom(result, 'typeMembers', 'mail/_header_value_parser.py'), JSON.stringify(result.debug.candidates.map((c) => `${c.path} ${c.reason}`)));
  const outline = result.snippets.find((s) => s.path === 'mail/_header_value_parser.py')!;
  assert.match(outline.text, /def get_address_list\(value\):/);
  assert.match(outline.text, /class TokenList\(list\):/);
  assert.ok(!keptFrom(result, 'typeMembers', 'mail/parser.py'), 'the alias is not mail/parser.py');
});

test('engine: `this._client` typed in a base class brings the client class; `import json` binds json', async () => {
  const ws = new FixtureWorkspace({
    'src/resource.ts': "import type { Client } from './client';\n\nexport class APIResource {\n  protected _client: Client;\n  constructor(client: Client) {\n    this._client = client;\n  }\n}\n",
    'src/client.ts': 'export class Client {\n  getAPIList(path: string): string[] {\n    return [];\n  }\n  post(path: string, body: unknown): void {}\n}\n',
    'src/files.ts': "import { APIResource } from './resource';\n\nexport class Files extends APIResource {\n  list(): string[] {\n    const path = '/files';\n    this._client.post(path, {});\n    <|>\n  }\n}\n",
    'json/__init__.py': 'def loads(s):\n    pass\n\n\ndef dumps(obj):\n    pass\n',
    'json/tool.py': 'import json\n\n\ndef main(infile):\n    text = infile.read()\n    <|>\n',
  });
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  for (const path of ['src/files.ts', 'json/tool.py']) {
    const doc = ws.openFile(path);
    await engine.warm([doc]);
    await engine.gather({ document: doc, budgetTokens: 400 });
    await engine.idle();
    const result = await engine.gather({ document: doc, budgetTokens: 400 });
    const text = result.snippets.map((s) => s.text).join('\n');
    if (path.endsWith('.ts')) assert.match(text, /getAPIList\(path: string\): string\[\]/, JSON.stringify(result.debug.candidates.map((c) => c.reason)));
    else assert.match(text, /def loads\(s\):/);
  }
  engine.dispose();
});

test('receivers without a declared type: chains, abbreviations and untyped parameters find classes named like them', async () => {
  const messages = await analyze('mail/message.py', 'python', 'class Message:\n    def get_content_type(self):\n        pass\n\n\nclass MessageDefect:\n    pass\n');
  const futures = await analyze('pool/base.py', 'python', 'class Future:\n    def set_result(self, result):\n        pass\n\n\nclass _FutureList:\n    pass\n');
  const sources = await analyze('sax/reader.py', 'python', 'class InputSource:\n    def getCharacterStream(self):\n        pass\n');
  const scope = { imported: [messages, futures, sources].map((file) => ({ file, names: new Set<string>() })), modules: new Map(), fallback: [] };
  const reasons = async (receivers: string[], parameters: string[] = []) =>
    (
      await typeMemberCandidates({
        types: { bases: [], declared: new Map(), receivers, parameters },
        scope,
        scopeOf: async () => scope,
      })
    ).map((c) => c.reason);
  assert.deepEqual(await reasons(['work_item.future']), ['members of Future (named like work_item.future)']);
  assert.deepEqual(await reasons(['msg']), ['members of Message (named like msg)']);
  assert.deepEqual(await reasons([], ['self', 'source']), ['members of InputSource (named like parameter source)']);
  assert.deepEqual(await reasons(['value', 'xy']), [], 'generic and short names guess nothing');
});

test('engine: C# using directives resolve to the namespace folder; a parameter type brings its class', async () => {
  const ws = new FixtureWorkspace({
    'src/Acme/Models/Account.cs': 'namespace Acme.Models\n{\n    public class Account\n    {\n        public decimal Balance { get; set; }\n        public void Deposit(decimal amount)\n        {\n            Balance += amount;\n        }\n    }\n}\n',
    'src/Acme/Bank/Teller.cs': 'using Acme.Models;\n\nnamespace Acme.Bank\n{\n    public class Teller\n    {\n        public void Serve(Account account)\n        {\n            <|>\n        }\n    }\n}\n',
  });
  const doc = ws.openFile('src/Acme/Bank/Teller.cs');
  const result = await settledContext(ws, syntax, doc, 400);
  const text = result.snippets.map((s) => s.text).join('\n');
  assert.match(text, /public void Deposit\(decimal amount\)/, JSON.stringify(result.debug.candidates.map((c) => `${c.path} ${c.reason}`)));
});

test('outlines keep a field\'s name and whole type, cut only a long value; JSDoc lines without a star are no members', async () => {
  const py = await analyze('app.py', 'python', 'class App:\n    hooks: dict[str, list[Callable[[Request], Awaitable[Response]]]] = {}\n    banner = "a very long banner text that says nothing a completion needs at all"\n\n    def run(self):\n        pass\n');
  const outline = classOutline(py, py.byName.get('App')![0]).text;
  assert.match(outline, /hooks: dict\[str, list\[Callable\[\[Request\], Awaitable\[Response\]\]\]\] = \{\}/);
  assert.match(outline, /banner = "a very long banner te[a-z ]*…$/m);
  assert.doesNotMatch(outline, /completion needs/);
  const ts = await analyze('api.ts', 'typescript', 'export interface Api {\n  /**\n    Sends a request.\n    Retries twice.\n  */\n  send(path: string): Promise<Response>;\n  readonly retries: number;\n}\n');
  const api = classOutline(ts, ts.byName.get('Api')![0]).text;
  assert.equal(api, 'export interface Api {\n  send(path: string): Promise<Response>;\n  readonly retries: number;');
});

test('Go struct outlines list the methods declared on the type; Rust outlines its impl blocks', async () => {
  const go = await analyze('router.go', 'go', 'package mux\n\ntype Router struct {\n\troutes []*Route\n}\n\nfunc (r *Router) Handle(path string, h Handler) *Route {\n\treturn nil\n}\n\nfunc (o Other) Skip() {}\n');
  const router = classOutline(go, go.byName.get('Router')!.find((d) => d.kind === 'class')!).text;
  assert.match(router, /routes \[\]\*Route/);
  assert.match(router, /func \(r \*Router\) Handle\(path string, h Handler\) \*Route/);
  assert.doesNotMatch(router, /Skip/);
  const rs = await analyze('ledger.rs', 'rust', 'pub struct Ledger {\n    balance: i64,\n}\n\nimpl Ledger {\n    pub fn record(&mut self, amount: i64) {}\n}\n\nimpl Display for Ledger {\n    fn fmt(&self, f: &mut Formatter) -> Result { Ok(()) }\n}\n');
  const ledger = classOutline(rs, rs.byName.get('Ledger')!.find((d) => rs.lines.text.startsWith('pub struct', d.startIndex))!).text;
  assert.match(ledger, /balance: i64/);
  assert.match(ledger, /pub fn record\(&mut self, amount: i64\)/);
  assert.match(ledger, /fn fmt\(&self, f: &mut Formatter\) -> Result/);
});

test('the outline of a receiver\'s class is short: about 256 tokens, the member related to the cursor kept', async () => {
  const helpers = Array.from({ length: 30 }, (_, i) => `    static int helper${i}(int value) {\n        return value + ${i};\n    }\n`).join('\n');
  const utils = await analyze('net/Utils.java', 'java', `package net;\n\npublic final class Utils {\n${helpers}\n    static ByteBuffer copyBuffer(ByteBuffer source) {\n        return source.duplicate();\n    }\n}\n`);
  const types = await typesAt('java', 'package net;\n\nclass Sender {\n    void send(ByteBuffer buffer) {\n        int size = Utils.helper3(buffer.remaining());\n        <|>\n    }\n}\n');
  assert.ok(types.receivers.includes('Utils'));
  const scope = { imported: [{ file: utils, names: new Set(['Utils']) }], modules: new Map(), fallback: [] };
  const [outline] = await typeMemberCandidates({ types, scope, scopeOf: async () => scope, relevance: (name) => (name === 'copyBuffer' ? 1 : 0) });
  assert.equal(outline?.reason, 'members of Utils (used as Utils)');
  const lines = outline.text.split('\n');
  // All 31 members would take 32 lines: a receiver's type is a guess at what the next line calls.
  const tokens = lines.reduce((n, line) => n + estimateTokens(line) + 1, 0);
  assert.ok(tokens <= 256, `${tokens} tokens:\n${outline.text}`);
  assert.ok(lines.length < 32);
  assert.match(outline.text, /static ByteBuffer copyBuffer\(ByteBuffer source\)/, 'the member related to the cursor stays');
  assert.match(lines[lines.length - 1], /\/\/ … \d+ more members/);
});

test('Java cut off at the cursor: the enclosing class\'s bases and fields still count, and a bare call is a call on `this`', async () => {
  const types = await typesAt('java', 'package net;\n\nclass Done extends Base {\n}\n\nclass Stream<T> extends ExchangeImpl<T> implements Closeable {\n    private final Http2Connection connection;\n\n    void close() {\n        try {\n            markClosed();\n            <|>\n        }\n    }\n}\n');
  // Cut at the cursor, the class is no class_declaration but loose parts of an ERROR node.
  assert.deepEqual(types.bases, ['ExchangeImpl', 'Closeable'], 'the cut-off class\'s bases, not those of a class closed before it');
  assert.deepEqual(types.declared.get('connection'), ['Http2Connection']);
  assert.deepEqual(types.declared.get('this.connection'), ['Http2Connection']);
  assert.deepEqual(types.receivers, ['this'], '`markClosed()` calls a member of the class or its bases');
});
