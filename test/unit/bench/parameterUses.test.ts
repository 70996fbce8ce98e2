// The context bench's yardstick: a name a function around the line binds as a parameter is the
// function's own, in each grammar the bench reads, and no cross-file target.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { corpusPoints } from '../../../bench/context/corpusPoints';
import { parameterUses } from '../../../bench/context/parameterUses';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

async function usesIn(language: string, text: string): Promise<Record<number, string[]>> {
  await syntax.loadLanguage(language);
  const tree = await syntax.parse(language, text);
  assert.ok(tree);
  const uses = parameterUses(tree);
  tree.delete();
  return Object.fromEntries([...uses].map(([row, names]) => [row, [...names].sort()]));
}

test('TypeScript: parameters with modifiers, patterns and defaults, in their own function only, not as members', async () => {
  const text = [
    'class A extends B {',
    '  constructor(private readonly config: Config, { logger, level: lvl }: Opts = DEFAULTS) {',
    '    this.logger = logger;',
    '  }',
    '  run(correlationId: string, request?: Req): void {',
    '    const client = new Client({ correlationId, request, lvl });',
    '    return (x) => x + correlationId + this.request;',
    '  }',
    '}',
  ].join('\n');
  assert.deepEqual(await usesIn('typescript', text), {
    1: ['config', 'logger', 'lvl'],
    2: ['logger'],
    4: ['correlationId', 'request'],
    5: ['correlationId', 'request'],
    6: ['correlationId', 'x'],
  });
});

test('Python: a signature over several lines, annotations, defaults, splats and a lambda', async () => {
  const text = [
    'def fetch(',
    '    session: Session,',
    '    url: str = DEFAULT,',
    '    *args,',
    '    **kwargs,',
    '):',
    '    return session.get(url, *args, **kwargs).url',
    '',
    'other = lambda z: z + url',
  ].join('\n');
  assert.deepEqual(await usesIn('python', text), {
    1: ['session'],
    2: ['url'],
    3: ['args'],
    4: ['kwargs'],
    6: ['args', 'kwargs', 'session', 'url'],
    8: ['z'],
  });
});

test('Go, Rust, Java and C++: receivers, named results, patterns, closures, annotations and declarators', async () => {
  const go = 'func (c *Client) Do(ctx context.Context, opts ...Option) (err error) {\n\tc.ctx = ctx\n\treturn send(ctx, opts)\n}';
  assert.deepEqual(await usesIn('go', go), { 0: ['c', 'ctx', 'err', 'opts'], 1: ['c', 'ctx'], 2: ['ctx', 'opts'] });
  const rust = 'fn ser<S>(value: &Value, mut s: S, (a, b): (u8, u8)) -> Result<S::Ok, S::Error> {\n    let f = |item: u8| item + a;\n    s.serialize(value)\n}';
  assert.deepEqual(await usesIn('rust', rust), { 0: ['a', 'b', 's', 'value'], 1: ['a', 'item'], 2: ['s', 'value'] });
  const java = [
    'class H {',
    '  void send(final HttpRequest request, @Nullable String[] names) {',
    '    this.names = names;',
    '    list.forEach(n -> use(n, request.uri()));',
    '  }',
    '}',
  ].join('\n');
  assert.deepEqual(await usesIn('java', java), { 1: ['names', 'request'], 2: ['names'], 3: ['n', 'request'] });
  const cpp = 'int Format(const char* format, std::vector<int>& args, int count = kDefault) {\n  return vformat(format, args) + this->count;\n}';
  assert.deepEqual(await usesIn('cpp', cpp), { 0: ['args', 'count', 'format'], 1: ['args', 'format'] });
});

test("a parameter passed on is no point, though other files' classes have a field of its name", async () => {
  const field = (name: string): string => `export class ${name} {\n  correlationId: string;\n  request: Request;\n}\n`;
  const caller = [
    "import { Client } from './client';",
    '',
    '',
    '',
    '',
    'export function start(correlationId: string): Client {',
    '  const client = new Client();',
    '  send(correlationId, client);',
    '  return client.correlationId;',
    '}',
  ].join('\n');
  const files = [
    { path: 'client.ts', text: field('Client'), language: 'typescript' },
    { path: 'server.ts', text: field('Server'), language: 'typescript' },
    { path: 'start.ts', text: caller, language: 'typescript' },
  ];
  await syntax.loadLanguage('typescript');
  const { points } = await corpusPoints({ name: 't', language: 'typescript', split: 'tune', files, extra: new Map() }, syntax, 10);
  const lines = points.filter((p) => p.file.path === 'start.ts').map((p) => [p.targetLine.trim(), p.definitions.map((d) => d.name)]);
  // The signature and `send(correlationId, …)` bind and use the parameter; `client.correlationId` is a member, still scored.
  assert.deepEqual(lines.sort(), [
    ['const client = new Client();', ['Client']],
    ['export function start(correlationId: string): Client {', ['Client']],
    ['return client.correlationId;', ['correlationId']],
  ]);
});
